/** The customer's fixed deposits: rate, principal, maturity date and amount, and what a premature closure pays today. */
package org.coopbank.portal.deposit;
