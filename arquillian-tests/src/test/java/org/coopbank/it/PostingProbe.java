package org.coopbank.it;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.coopbank.branch.BranchService;
import org.coopbank.ledger.EventType;
import org.coopbank.ledger.GlCode;
import org.coopbank.ledger.LedgerService;
import org.coopbank.ledger.Posting;
import org.coopbank.shared.Money;

/** Test-only: posts arbitrary (possibly unbalanced) entries in its own transaction. */
@Stateless
public class PostingProbe {

    @Inject
    LedgerService ledger;

    @Inject
    BranchService branches;

    public void post(Money debit, Money credit) {
        ledger.post(Posting.of(EventType.GATEWAY_SETTLEMENT, branches.headOffice(), "probe")
                .debit(GlCode.BANK_SETTLEMENT, debit).credit(GlCode.GATEWAY_CLEARING, credit), TestData.CASHIER);
    }
}
