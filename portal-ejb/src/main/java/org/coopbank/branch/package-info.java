/** Branches of the bank. Every customer, account, loan, FD and journal line belongs to one. */
package org.coopbank.branch;
