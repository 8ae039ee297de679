/**
 * The manager's screens: the approval queues (KYC, loans, disbursements, reversals, withdrawals above the approval
 * limit), the branch dashboard, and portal access (an activation code sent by SMS to the customer; the screen shows
 * only the masked mobile, never the code), and the floating-rate change (a running floating-rate loan's new rate,
 * keeping the EMI or the tenure, reviewed with the schedule's figures before it is made; pending until the nightly
 * emi-schedule job rebuilds the schedule). An approved loan to be paid out elsewhere offers no "Disburse": the hourly
 * loan-disbursement run pays it.
 * Every decision goes through a confirmation step and one service call; the services enforce the role and
 * maker ≠ checker, and a refusal is shown as a message with nothing changed.
 */
package org.coopbank.admin.manager;
