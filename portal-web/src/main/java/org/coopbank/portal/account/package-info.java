/** The customer's accounts and each one's history (date filter, paged, running balance); numbers masked. */
package org.coopbank.portal.account;
