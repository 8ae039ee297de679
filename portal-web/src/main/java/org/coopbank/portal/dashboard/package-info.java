/** The customer's home page and alerts: balances, loans with the next EMI, FDs maturing soon, latest transactions. */
package org.coopbank.portal.dashboard;
