package org.coopbank.selfservice;

import java.util.List;

/** A loan with its whole schedule. */
public record MyLoanDetail(MyLoan loan, List<MyInstallment> schedule) {

    public MyLoanDetail {
        schedule = List.copyOf(schedule);
    }
}
