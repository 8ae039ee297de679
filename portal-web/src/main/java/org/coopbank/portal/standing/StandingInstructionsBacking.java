package org.coopbank.portal.standing;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.coopbank.account.AccountStatus;
import org.coopbank.portal.security.CurrentCustomer;
import org.coopbank.selfservice.MyAccount;
import org.coopbank.selfservice.MyLoan;
import org.coopbank.selfservice.MyStandingInstruction;
import org.coopbank.selfservice.SelfService;
import org.coopbank.shared.NotFoundException;
import org.coopbank.standing.StandingInstruction;

/**
 * {@code /portal/standing-instructions}: the signed-in customer's standing instructions, active ones first, then
 * paused. {@code ?cancel={id}}, {@code ?pause={id}} or {@code ?resume={id}} shows the confirmation of that step for one
 * of them (someone else's id: 404); "Yes" posts the id back and the self-service checks it again (ownership, state).
 * Below the list the customer sets up an EMI auto-debit of a running loan or a regular transfer between their own
 * active accounts; every rule (and the ownership) is the service's, a refusal shows as a message and changes nothing.
 */
@Named
@ViewScoped
public class StandingInstructionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SelfService self;

    @Inject
    transient CurrentCustomer me;

    private List<MyStandingInstruction> list;
    private List<MyLoan> loans;
    private List<MyAccount> accounts;
    /** The steps a confirmation can be for, each with the query parameter that opens it. */
    public enum Step { CANCEL, PAUSE, RESUME }

    private MyStandingInstruction confirm;
    private Step step = Step.CANCEL;
    private Long cancelId;

    private Long loanId;
    private Long fromAccountId;
    private Long toAccountId;
    private BigDecimal amount;
    private StandingInstruction.Frequency frequency = StandingInstruction.Frequency.MONTHLY;
    private LocalDate firstDate;

    @PostConstruct
    void load() {
        list = self.standingInstructions(me.actor());
        loans = self.loansWithoutAutoDebit(me.actor());
        accounts = self.accounts(me.actor()).stream().filter(a -> a.status() == AccountStatus.ACTIVE).toList();
    }

    /**
     * The page's view action (a GET, before anything renders): {@code ?cancel=}, {@code ?pause=} or {@code ?resume=}
     * with an id opens the confirmation of that step, or says why it cannot be taken.
     */
    public void open() {
        var params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        for (Step s : Step.values()) {
            String p = params.get(s.name().toLowerCase(java.util.Locale.ROOT));
            if (p == null) {
                continue;
            }
            if (!p.matches("\\d{1,18}")) {
                throw new NotFoundException("No standing instruction");
            }
            MyStandingInstruction si = self.standingInstruction(me.actor(), Long.parseLong(p));
            String refusal = switch (s) {
                case CANCEL -> si.live() ? null : "si.alreadyCancelled";
                case PAUSE -> si.active() ? null : si.paused() ? "si.alreadyPaused" : "si.alreadyCancelled";
                case RESUME -> si.paused() ? null : si.active() ? "si.notPaused" : "si.alreadyCancelled";
            };
            if (refusal == null) {
                confirm = si;
                cancelId = si.id();
                step = s;
            } else {
                message(FacesMessage.SEVERITY_WARN, refusal);
            }
            return;
        }
    }

    /** "Yes": the step confirmed, on the id posted back, checked again by the self-service (someone else's: 404). */
    public String confirmStep() {
        long id = cancelId == null ? -1 : cancelId;
        return switch (step == null ? Step.CANCEL : step) {
            case CANCEL -> {
                self.cancelStandingInstruction(me.actor(), id);
                yield done("si.cancelled");
            }
            case PAUSE -> {
                self.pauseStandingInstruction(me.actor(), id);
                yield done("si.pausedDone") + "#si-" + id;
            }
            case RESUME -> {
                self.resumeStandingInstruction(me.actor(), id);
                yield done("si.resumedDone") + "#si-" + id;
            }
        };
    }

    public String setUpEmi() {
        MyStandingInstruction s = self.setUpEmiAutoDebit(me.actor(), loanId == null ? -1 : loanId);
        return done("si.emiSetUp") + "#si-" + s.id();
    }

    public String setUpTransfer() {
        MyStandingInstruction s = self.setUpTransfer(me.actor(), fromAccountId, toAccountId, amount, frequency, firstDate);
        return done("si.transferSetUp") + "#si-" + s.id();
    }

    private String done(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        message(FacesMessage.SEVERITY_INFO, key);
        return "/portal/standing-instructions?faces-redirect=true";
    }

    private static void message(FacesMessage.Severity severity, String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(severity,
                faces.getApplication().getResourceBundle(faces, "msg").getString(key), null));
    }

    public List<MyStandingInstruction> getList() {
        return list;
    }

    public List<MyLoan> getLoans() {
        return loans;
    }

    public List<MyAccount> getAccounts() {
        return accounts;
    }

    public StandingInstruction.Frequency[] getFrequencies() {
        return StandingInstruction.Frequency.values();
    }

    public MyStandingInstruction getConfirm() {
        return confirm;
    }

    public Step getStep() {
        return step;
    }

    public void setStep(Step step) {
        this.step = step;
    }

    /** The step's name for message keys: cancel, pause or resume. */
    public String getStepKey() {
        return (step == null ? Step.CANCEL : step).name().toLowerCase(java.util.Locale.ROOT);
    }

    public Long getCancelId() {
        return cancelId;
    }

    public void setCancelId(Long cancelId) {
        this.cancelId = cancelId;
    }

    public Long getLoanId() {
        return loanId;
    }

    public void setLoanId(Long loanId) {
        this.loanId = loanId;
    }

    public Long getFromAccountId() {
        return fromAccountId;
    }

    public void setFromAccountId(Long fromAccountId) {
        this.fromAccountId = fromAccountId;
    }

    public Long getToAccountId() {
        return toAccountId;
    }

    public void setToAccountId(Long toAccountId) {
        this.toAccountId = toAccountId;
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
}
