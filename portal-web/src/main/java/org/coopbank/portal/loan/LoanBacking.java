package org.coopbank.portal.loan;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.coopbank.loan.PrepaymentPlan;
import org.coopbank.loan.PrepaymentPreview;
import org.coopbank.portal.security.CurrentCustomer;
import org.coopbank.portal.web.RouteId;
import org.coopbank.selfservice.MyLoanDetail;
import org.coopbank.selfservice.MyStandingInstruction;
import org.coopbank.selfservice.SelfService;

/**
 * {@code /portal/loans/{id}}: the loan and its schedule; the what-if asks the core's preview (nothing is posted) and
 * shows both choices side by side. The loan id comes from the URL once and is kept for the what-if's postbacks; the
 * façade checks it belongs to the customer on every call.
 */
@Named
@ViewScoped
public class LoanBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SelfService self;

    @Inject
    transient CurrentCustomer me;

    private long loanId;
    private transient MyLoanDetail detail;
    private BigDecimal amount;
    private transient PrepaymentPreview preview;
    private transient java.util.Optional<MyStandingInstruction> autoDebit;

    @PostConstruct
    void load() {
        loanId = RouteId.get();
        detail = self.loan(me.actor(), loanId);
    }

    public void preview() {
        preview = null;
        preview = self.prepaymentWhatIf(me.actor(), loanId, amount);
    }

    public MyLoanDetail getDetail() {
        if (detail == null) {
            detail = self.loan(me.actor(), loanId);
        }
        return detail;
    }

    /** The EMI auto-debit paying this loan, active or paused, or null. */
    public MyStandingInstruction getAutoDebit() {
        if (autoDebit == null) {
            autoDebit = self.standingInstructions(me.actor()).stream()
                    .filter(s -> s.emi() && s.live() && Long.valueOf(loanId).equals(s.loanId())).findFirst();
        }
        return autoDebit.orElse(null);
    }

    public List<PrepaymentPlan> getPlans() {
        return preview == null ? List.of() : List.of(preview.reduceEmi(), preview.reduceTenure());
    }

    public PrepaymentPreview getPreview() {
        return preview;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }
}
