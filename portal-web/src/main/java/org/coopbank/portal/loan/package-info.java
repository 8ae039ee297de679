/** The customer's loans: outstanding, next EMI, the schedule with each instalment's state, and the prepayment what-if. */
package org.coopbank.portal.loan;
