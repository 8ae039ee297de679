package org.coopbank.admin.clerk;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.coopbank.loan.LoanStatus;
import org.coopbank.standing.StandingInstruction;
import org.coopbank.standing.StandingInstructionRow;
import org.coopbank.standing.StandingInstructionService;

/**
 * A customer's standing instructions: the list, a new EMI auto-debit or recurring own-account transfer (after a review),
 * and pausing, resuming or stopping one. The nightly {@code standing-instructions} job carries them out.
 */
@Named
@ViewScoped
public class StandingInstructionsBacking extends CustomerTask {

    private static final long serialVersionUID = 1L;

    @Inject
    StandingInstructionService instructions;

    private List<StandingInstructionRow> rows;
    private String kind = "EMI";
    private Long loanId;
    private Long fromId;
    private Long toId;
    private BigDecimal amount;
    private StandingInstruction.Frequency frequency = StandingInstruction.Frequency.MONTHLY;
    private LocalDate firstDate;
    private boolean reviewing;

    public List<StandingInstructionRow> getRows() {
        if (rows == null && getCustomerId() != null) {
            rows = instructions.rowsFor(getCustomerId(), current.actor());
        }
        return rows;
    }

    /** The customer's disbursed loans (an auto-debit pays from the loan's own account). */
    public List<SelectItem> getLoanItems() {
        return getCustomer() == null ? List.of() : getCustomer().loans().stream()
                .filter(l -> l.status() == LoanStatus.DISBURSED)
                .map(l -> new SelectItem(l.id(), l.loanNumber() + " · EMI " + l.emiAmount())).toList();
    }

    public void review() {
        reviewing = "EMI".equals(kind) ? loanId != null : fromId != null && toId != null && amount != null
                && firstDate != null;
        if (!reviewing) {
            ClerkPages.error(ClerkPages.text("si.incomplete"));
        }
    }

    public void cancel() {
        reviewing = false;
    }

    public String confirm() {
        if ("EMI".equals(kind)) {
            instructions.createEmi(loanId, current.actor());
        } else {
            instructions.createTransfer(fromId, toId, amount, frequency, firstDate, current.actor());
        }
        return ClerkPages.toCustomer(getCustomerId(), ClerkPages.text("si.done"));
    }

    public void stop(long id) {
        instructions.stop(id, current.actor());
        rows = null;
        ClerkPages.info(ClerkPages.text("si.stopped", String.valueOf(id)));
    }

    /** Pauses an active instruction: the nightly job leaves it alone until it is resumed. */
    public void pause(long id) {
        instructions.pause(id, current.actor());
        rows = null;
        ClerkPages.info(ClerkPages.text("si.paused", String.valueOf(id)));
    }

    /** Resumes a paused instruction: a transfer goes on from its first date on or after today. */
    public void resume(long id) {
        StandingInstruction si = instructions.resume(id, current.actor());
        rows = null;
        ClerkPages.info(si.kind() == StandingInstruction.Kind.TRANSFER
                ? ClerkPages.text("si.resumedTransfer", String.valueOf(id), si.nextDate())
                : ClerkPages.text("si.resumed", String.valueOf(id)));
    }

    /** What confirming will do, in one sentence. */
    public String getConfirmation() {
        if ("EMI".equals(kind)) {
            return getLoanItems().stream().filter(i -> i.getValue().equals(loanId)).findFirst()
                    .map(i -> ClerkPages.text("si.confirmEmi", i.getLabel())).orElse("");
        }
        var from = account(fromId);
        var to = account(toId);
        return from == null || to == null ? "" : ClerkPages.text("si.confirmTransfer", amount, from.accountNumber(),
                to.accountNumber(), ClerkPages.text("si.frequency." + frequency.name()), firstDate);
    }

    public StandingInstruction.Frequency[] getFrequencies() {
        return StandingInstruction.Frequency.values();
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public Long getLoanId() {
        return loanId;
    }

    public void setLoanId(Long loanId) {
        this.loanId = loanId;
    }

    public Long getFromId() {
        return fromId;
    }

    public void setFromId(Long fromId) {
        this.fromId = fromId;
    }

    public Long getToId() {
        return toId;
    }

    public void setToId(Long toId) {
        this.toId = toId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public StandingInstruction.Frequency getFrequency() {
        return frequency;
    }

    public void setFrequency(StandingInstruction.Frequency frequency) {
        this.frequency = frequency;
    }

    public LocalDate getFirstDate() {
        return firstDate;
    }

    public void setFirstDate(LocalDate firstDate) {
        this.firstDate = firstDate;
    }

    public boolean isReviewing() {
        return reviewing;
    }
}
