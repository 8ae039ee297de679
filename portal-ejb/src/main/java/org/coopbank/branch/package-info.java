/**
 * Branches of the bank. Every customer, account, loan, FD and journal line belongs to one. The superadmin creates
 * them (a 3-digit code, fixed for ever because account numbers start with it), edits name and address, and closes or
 * reopens them ({@link org.coopbank.branch.BranchService}, audited). A branch closes only when it has no open account,
 * no loan applied for, approved or running and no active FD; the head office never closes. A closed branch takes no
 * new customers or staff users ({@link org.coopbank.branch.BranchService#requireOpen}).
 */
package org.coopbank.branch;
