package org.coopbank.admin.accountant;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.coopbank.admin.security.CurrentStaff;
import org.coopbank.payment.GatewaySettlement;
import org.coopbank.payment.PaymentReconciler;
import org.coopbank.payment.PaymentReconciliation;
import org.coopbank.payment.ReconciliationView;
import org.coopbank.payment.SettlementImport;
import org.coopbank.payment.SettlementImportResult;
import org.coopbank.shared.BusinessClock;
import org.coopbank.payment.WebhookEvent;

/**
 * {@code /accountant/payments}: online payments reconciled (accountant, superadmin). One service call per action:
 * reconcile a stuck order now, retry a dead-lettered webhook event, import the gateway's settlement report for a range
 * of days (default yesterday to today), record a settlement received by hand (after a review).
 */
@Named
@ViewScoped
public class PaymentReconciliationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PaymentReconciliation reconciliation;

    @Inject
    transient SettlementImport imports;

    @Inject
    transient BusinessClock clock;

    @Inject
    transient CurrentStaff current;

    private java.time.LocalDate importFrom;
    private java.time.LocalDate importTo;
    private SettlementImportResult imported;

    private transient ReconciliationView view;
    private BigDecimal amount;
    private String reference;
    private boolean reviewing;

    public ReconciliationView getView() {
        if (view == null) {
            view = reconciliation.view(current.actor());
        }
        return view;
    }

    public void reconcile(long paymentId) {
        PaymentReconciler.Outcome o = reconciliation.reconcileNow(paymentId, current.actor());
        view = null;
        info(format("recon.reconciled", String.valueOf(paymentId), format("recon.outcome." + o.name())));
    }

    public void retry(long webhookEventRowId) {
        WebhookEvent.Outcome o = reconciliation.retryDeadLetter(webhookEventRowId, current.actor());
        view = null;
        info(format("recon.retried", String.valueOf(webhookEventRowId), o.name()));
    }

    /** Imports the gateway's settlement report for the days chosen; the result table shows what became of each. */
    public void importSettlements() {
        imported = imports.importSettlements(getImportFrom(), getImportTo(), current.actor());
        view = null;
        info(format("recon.imported", String.valueOf(imported.lines().size()),
                String.valueOf(imported.count(SettlementImportResult.Outcome.POSTED)),
                String.valueOf(imported.count(SettlementImportResult.Outcome.ALREADY_RECORDED)),
                String.valueOf(imported.count(SettlementImportResult.Outcome.FLAGGED))));
    }

    public java.time.LocalDate getImportFrom() {
        if (importFrom == null) {
            importFrom = clock.today().minusDays(1);
        }
        return importFrom;
    }

    public void setImportFrom(java.time.LocalDate importFrom) {
        this.importFrom = importFrom;
    }

    public java.time.LocalDate getImportTo() {
        if (importTo == null) {
            importTo = clock.today();
        }
        return importTo;
    }

    public void setImportTo(java.time.LocalDate importTo) {
        this.importTo = importTo;
    }

    public SettlementImportResult getImported() {
        return imported;
    }

    /** The lines of the last import on this screen (none before the first). */
    public java.util.List<SettlementImportResult.Line> getImportedLines() {
        return imported == null ? java.util.List.of() : imported.lines();
    }

    public void review() {
        reviewing = true;
    }

    public void cancel() {
        reviewing = false;
    }

    public void record() {
        GatewaySettlement s = reconciliation.recordSettlement(amount, reference, current.actor());
        reviewing = false;
        view = null;
        info(format("recon.recorded", s.reference(), s.amount().toString(), String.valueOf(s.journalEntryId())));
        amount = null;
        reference = null;
    }

    private static String format(String key, Object... args) {
        FacesContext f = FacesContext.getCurrentInstance();
        return MessageFormat.format(ResourceBundle.getBundle("org.coopbank.admin.i18n.Messages",
                f.getViewRoot().getLocale()).getString(key), args);
    }

    private static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public boolean isReviewing() {
        return reviewing;
    }
}
