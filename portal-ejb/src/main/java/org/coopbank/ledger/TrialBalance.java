package org.coopbank.ledger;

import java.time.LocalDate;
import java.util.List;
import org.coopbank.shared.Money;

/** Debit and credit totals per GL account as of a date; it balances when the totals are equal. */
public record TrialBalance(LocalDate asOf, List<Row> rows) {

    public record Row(String code, String name, GlAccount.Type type, Money debits, Money credits) {

        /** Balance in the account's own nature: positive debit balance for assets/expenses, credit for the rest. */
        public Money balance() {
            boolean debitNature = type == GlAccount.Type.ASSET || type == GlAccount.Type.EXPENSE;
            return debitNature ? debits.minus(credits) : credits.minus(debits);
        }
    }

    public Money totalDebits() {
        return rows.stream().map(Row::debits).reduce(Money.ZERO, Money::plus);
    }

    public Money totalCredits() {
        return rows.stream().map(Row::credits).reduce(Money.ZERO, Money::plus);
    }

    public boolean balances() {
        return totalDebits().equals(totalCredits());
    }

    public Money balanceOf(GlCode gl) {
        return rows.stream().filter(r -> r.code().equals(gl.code())).map(Row::balance).findFirst().orElse(Money.ZERO);
    }
}
