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
import org.coopbank.payment.PaymentGateways;
import org.coopbank.payment.PaymentReconciler;
import org.coopbank.payment.PaymentRefund;
import org.coopbank.payment.PaymentRefunds;
import org.coopbank.payment.RefundStatus;
import org.coopbank.payment.SimulatedGateway;
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

    @Inject
    transient PaymentRefunds refunds;

    @Inject
    transient PaymentGateways gateways;

    private Long refundPaymentId;
    private BigDecimal refundAmount;
    private String refundReason;
    private boolean reviewingRefund;

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

    public void reviewRefund() {
        reviewingRefund = true;
    }

    public void cancelRefund() {
        reviewingRefund = false;
    }

    /** Refunds the payment (reversal posted, gateway asked); with the simulated gateway its webhook follows. */
    public void refund() {
        reviewingRefund = false;
        PaymentRefund r = refunds.refund(refundPaymentId, refundAmount, refundReason, current.actor());
        view = null;
        refunded(r);
        refundPaymentId = null;
        refundAmount = null;
        refundReason = null;
    }

    /** Asks the gateway again for a refund it has not accepted yet; nothing is posted again. */
    public void retryRefund(long refundId) {
        PaymentRefund r = refunds.retry(refundId, current.actor());
        view = null;
        refunded(r);
    }

    private void refunded(PaymentRefund r) {
        info(format("recon.refunded", String.valueOf(r.id()), r.amount().toString(), String.valueOf(r.paymentId()),
                format("recon.refundStatus." + r.status().name())
                        + (r.lastError() == null || r.status() != RefundStatus.PENDING ? "" : " (" + r.lastError() + ")")));
        if (r.status() == RefundStatus.REQUESTED) {
            gateways.simulated().ifPresent(sim -> SimulatedWebhookSender.send(sim.refundWebhook("refund.processed",
                    r.gatewayRefundId(), paymentOf(r), r.amountPaise(), r.currency(), r.id())));
        }
    }

    private String paymentOf(PaymentRefund r) {
        return reconciliation.gatewayPaymentId(r.paymentId(), current.actor());
    }

    public Long getRefundPaymentId() {
        return refundPaymentId;
    }

    public void setRefundPaymentId(Long refundPaymentId) {
        this.refundPaymentId = refundPaymentId;
    }

    public BigDecimal getRefundAmount() {
        return refundAmount;
    }

    public void setRefundAmount(BigDecimal refundAmount) {
        this.refundAmount = refundAmount;
    }

    public String getRefundReason() {
        return refundReason;
    }

    public void setRefundReason(String refundReason) {
        this.refundReason = refundReason;
    }

    public boolean isReviewingRefund() {
        return reviewingRefund;
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
