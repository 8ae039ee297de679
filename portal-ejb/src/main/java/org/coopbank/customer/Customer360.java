package org.coopbank.customer;

import java.util.List;
import org.coopbank.account.AccountRow;
import org.coopbank.account.TransactionRow;
import org.coopbank.deposit.FdRow;
import org.coopbank.loan.LoanRow;

/** Everything staff see of one customer on one page (read model). */
public record Customer360(CustomerRow customer, String email, String address, String nominee, String createdBy,
                          String approvedBy, String blockedReason, boolean portalAccess, List<AccountRow> accounts,
                          List<LoanRow> loans, List<FdRow> fixedDeposits, List<TransactionRow> recentTransactions) {
}
