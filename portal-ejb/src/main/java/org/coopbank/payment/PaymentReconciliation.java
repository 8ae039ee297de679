package org.coopbank.payment;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.coopbank.audit.AuditService;
import org.coopbank.branch.BranchService;
import org.coopbank.ledger.EventType;
import org.coopbank.ledger.GlCode;
import org.coopbank.ledger.JournalEntry;
import org.coopbank.ledger.LedgerService;
import org.coopbank.ledger.Posting;
import org.coopbank.settings.SettingsService;
import org.coopbank.shared.Actor;
import org.coopbank.shared.BusinessClock;
import org.coopbank.shared.DuplicateException;
import org.coopbank.shared.InvalidStateException;
import org.coopbank.shared.Money;
import org.coopbank.shared.NotFoundException;
import org.coopbank.shared.Validation;
import org.coopbank.shared.ValidationFailedException;
import org.coopbank.staff.StaffRole;

/**
 * The accountant's side of online payments (accountant or superadmin): the reconciliation view, "reconcile now" on a
 * stuck order ({@link PaymentReconciler}), retrying a dead-lettered webhook event, and recording a settlement received
 * from the gateway (1100 bank &lt;- 1200 gateway clearing, its reference unique). Every action is audited.
 */
@Stateless
public class PaymentReconciliation {

    private static final int MAX_ROWS = 200;
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9_./:-]{1,64}");

    @PersistenceContext
    EntityManager em;

    @Inject
    PaymentReconciler reconciler;

    @Inject
    WebhookInbox inbox;

    @Inject
    PaymentGateways gateways;

    @Inject
    LedgerService ledger;

    @Inject
    BranchService branches;

    @Inject
    SettingsService settings;

    @Inject
    AuditService audit;

    @Inject
    BusinessClock clock;

    @Inject
    @JMSConnectionFactory("java:/JmsXA")
    JMSContext jms;

    @Resource(lookup = "java:/jms/queue/WebhookDLQ")
    Queue deadLetterQueue;

    public ReconciliationView view(Actor actor) {
        requireAccountant(actor);
        List<ReconciliationView.StatusTotal> byStatus = new ArrayList<>();
        for (Object[] r : rows("SELECT status, COUNT(*), COALESCE(SUM(amount), 0) FROM payment GROUP BY status ORDER BY status")) {
            byStatus.add(new ReconciliationView.StatusTotal(PaymentStatus.valueOf((String) r[0]),
                    ((Number) r[1]).longValue(), money(r[2])));
        }
        Money captured = money(single("SELECT COALESCE(SUM(amount), 0) FROM payment WHERE status IN ('PAID', 'REFUNDED')"));
        Money settled = money(single("SELECT COALESCE(SUM(gross), 0) FROM gateway_settlement"));
        Money clearing = money(single("SELECT COALESCE(SUM(debit - credit), 0) FROM journal_line WHERE gl_code = '"
                + GlCode.GATEWAY_CLEARING.code() + "'"));
        int after = afterMinutes();
        List<ReconciliationView.DeskPayment> flagged = desk(em.createQuery("""
                SELECT p FROM Payment p WHERE p.status = :flagged OR (p.status = :refunded AND p.flagReason IS NOT NULL)
                ORDER BY p.id DESC""", Payment.class).setParameter("flagged", PaymentStatus.FLAGGED)
                .setParameter("refunded", PaymentStatus.REFUNDED).setMaxResults(MAX_ROWS).getResultList());
        List<ReconciliationView.DeskPayment> stuck = desk(em.createQuery("""
                        SELECT p FROM Payment p WHERE p.status = :initiated AND p.createdAt < :before ORDER BY p.createdAt, p.id""",
                        Payment.class).setParameter("initiated", PaymentStatus.INITIATED)
                .setParameter("before", clock.now().minus(Duration.ofMinutes(after))).setMaxResults(MAX_ROWS).getResultList());
        List<ReconciliationView.SettlementRow> settlements = em.createQuery(
                        "SELECT s FROM GatewaySettlement s ORDER BY s.id DESC", GatewaySettlement.class)
                .setMaxResults(MAX_ROWS).getResultList().stream().map(s -> new ReconciliationView.SettlementRow(s.id(),
                        s.reference(), s.amount(), s.journalEntryId(), s.recordedBy(), s.recordedAt(), s.source(), s.gross(),
                        s.fees().plus(s.tax()), s.utr())).toList();
        List<ReconciliationView.FlaggedSettlement> flaggedSettlements = em.createQuery("""
                        SELECT f FROM GatewaySettlementFlag f WHERE NOT EXISTS (SELECT s.id FROM GatewaySettlement s
                        WHERE s.gateway = f.gateway AND (s.reference = f.settlementId OR s.utr = f.settlementId
                        OR s.reference = f.utr OR s.utr = f.utr)) ORDER BY f.id DESC""", GatewaySettlementFlag.class)
                .setMaxResults(MAX_ROWS).getResultList().stream().map(f -> new ReconciliationView.FlaggedSettlement(
                        f.settlementId(), f.utr(), f.gross(), f.fees(), f.tax(), f.amount(), f.reason(), f.flaggedAt()))
                .toList();
        Money refunded = money(single("""
                SELECT COALESCE(SUM(amount), 0) FROM payment_refund WHERE source = 'BANK' AND return_journal_entry_id IS NULL"""));
        return new ReconciliationView(byStatus, captured, settled, captured.minus(settled).minus(refunded), clearing,
                flagged, stuck, deadLetters(), settlements, after, flaggedSettlements, gateways.current().reportsSettlements(),
                refunded, refundRows());
    }

    /** The gateway's id of a payment (the simulated gateway's refund webhook names it). */
    public String gatewayPaymentId(long paymentId, Actor actor) {
        requireAccountant(actor);
        Payment p = em.find(Payment.class, paymentId);
        if (p == null) {
            throw new NotFoundException("Payment " + paymentId + " not found");
        }
        return p.gatewayPaymentId();
    }

    /** Asks the gateway about one stuck order now and settles it through the exactly-once path. */
    public PaymentReconciler.Outcome reconcileNow(long paymentId, Actor actor) {
        requireAccountant(actor);
        if (em.find(Payment.class, paymentId) == null) {
            throw new NotFoundException("Payment " + paymentId + " not found");
        }
        PaymentReconciler.Outcome outcome = reconciler.reconcile(paymentId);
        audit.record(actor, "payment.reconcile", "Payment", paymentId, null, Map.of("outcome", outcome.name()));
        return outcome;
    }

    /**
     * Takes the event's message off the dead-letter queue and applies the stored event, in one transaction: applied once
     * (the event row is locked, an event already processed is skipped); if it fails again nothing changes and the
     * message stays in the dead-letter queue. A message already taken (another retry) is refused.
     */
    public WebhookEvent.Outcome retryDeadLetter(long webhookEventRowId, Actor actor) {
        requireAccountant(actor);
        WebhookEvent e = em.find(WebhookEvent.class, webhookEventRowId);
        if (e == null) {
            throw new NotFoundException("Webhook event " + webhookEventRowId + " not found");
        }
        String messageId = messageIdOf(webhookEventRowId);
        if (messageId == null) {
            throw new InvalidStateException("Webhook event " + e.eventId() + " is no longer in the dead-letter queue");
        }
        Message taken;
        try (JMSConsumer consumer = jms.createConsumer(deadLetterQueue, "JMSMessageID = '" + messageId + "'")) {
            taken = consumer.receive(2000);
        }
        if (taken == null) {
            throw new InvalidStateException("Webhook event " + e.eventId() + " was taken off the dead-letter queue meanwhile");
        }
        WebhookEvent.Outcome outcome;
        try {
            outcome = inbox.apply(webhookEventRowId);
        } catch (EJBException ex) {
            throw new InvalidStateException("Webhook event " + e.eventId() + " still cannot be applied ("
                    + rootMessage(ex) + "); it stays in the dead-letter queue");
        }
        audit.record(actor, "payment.webhook-retry", "WebhookEvent", webhookEventRowId, null,
                Map.of("eventId", e.eventId(), "outcome", outcome.name()));
        return outcome;
    }

    /**
     * The gateway's settlement report says {@code amount} reached the bank's account under {@code reference}: posts
     * 1100 &lt;- 1200, once (the reference is unique), never more than the clearing account holds. The reference is kept
     * as the UTR too, so a settlement imported from the report ({@link SettlementImport}) under that settlement id or
     * UTR, before or after, is refused as already recorded (the unique keys decide). For gateways without a report,
     * and for a settlement the import flagged (record what really reached the bank, under its settlement id).
     */
    public GatewaySettlement recordSettlement(BigDecimal amount, String reference, Actor actor) {
        requireAccountant(actor);
        Money m = Validation.amount(amount, "amount", Money.of(new BigDecimal("9999999999999.99")));
        String ref = Validation.text(reference, "reference", 64, true);
        if (!REFERENCE.matcher(ref).matches()) {
            throw new ValidationFailedException("reference", "may contain letters, digits and _ . / : - only");
        }
        String gateway = gateways.current().name();
        if (!em.createQuery("SELECT s.id FROM GatewaySettlement s WHERE s.gateway = :g AND (s.reference = :r OR s.utr = :r)",
                        Long.class)
                .setParameter("g", gateway).setParameter("r", ref).getResultList().isEmpty()) {
            throw new DuplicateException("Settlement " + ref + " was already recorded");
        }
        Money clearing = money(single("SELECT COALESCE(SUM(debit - credit), 0) FROM journal_line WHERE gl_code = '"
                + GlCode.GATEWAY_CLEARING.code() + "'"));
        if (m.isGreaterThan(clearing)) {
            throw new ValidationFailedException("amount", "is more than the gateway clearing account holds (" + clearing + ")");
        }
        JournalEntry entry = ledger.post(Posting.of(EventType.GATEWAY_SETTLEMENT, branches.headOffice(),
                        "Gateway settlement " + ref).debit(GlCode.BANK_SETTLEMENT, m).credit(GlCode.GATEWAY_CLEARING, m)
                .reference(ref), actor);
        GatewaySettlement s = new GatewaySettlement(gateway, ref, m, entry.id(), actor.toString(), clock.now());
        em.persist(s);
        try {
            em.flush(); // the unique reference decides when two record the same settlement at once
        } catch (PersistenceException ex) {
            throw new DuplicateException("Settlement " + ref + " was already recorded");
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("reference", ref);
        after.put("amount", m.toString());
        after.put("journalEntry", entry.id());
        audit.record(actor, "payment.settlement-received", "GatewaySettlement", s.id(), null, after);
        return s;
    }

    private List<ReconciliationView.RefundRow> refundRows() {
        List<ReconciliationView.RefundRow> out = new ArrayList<>();
        for (Object[] row : em.createQuery("""
                        SELECT r, p.type FROM PaymentRefund r, Payment p WHERE p.id = r.paymentId ORDER BY r.id DESC""",
                Object[].class).setMaxResults(MAX_ROWS).getResultList()) {
            PaymentRefund r = (PaymentRefund) row[0];
            out.add(new ReconciliationView.RefundRow(r.id(), r.paymentId(), (PaymentType) row[1], r.amount(),
                    r.source().name(), r.status(), r.gatewayRefundId(), r.reason(), r.createdBy(), r.createdAt(),
                    r.lastError(), r.flagReason(), r.journalEntryId()));
        }
        return out;
    }

    private List<ReconciliationView.DeadLetter> deadLetters() {
        List<ReconciliationView.DeadLetter> out = new ArrayList<>();
        for (Map.Entry<Long, String> m : browse().entrySet()) {
            WebhookEvent e = em.find(WebhookEvent.class, m.getKey());
            if (e != null) {
                out.add(new ReconciliationView.DeadLetter(e.id(), e.eventId(), e.eventType(), e.receivedAt(), orderOf(e)));
            }
            if (out.size() >= MAX_ROWS) {
                break;
            }
        }
        return out;
    }

    /** The dead-letter queue's messages: webhook event row id → JMS message id. */
    private Map<Long, String> browse() {
        Map<Long, String> ids = new LinkedHashMap<>();
        try {
            Enumeration<?> messages = jms.createBrowser(deadLetterQueue).getEnumeration();
            while (messages.hasMoreElements()) {
                if (messages.nextElement() instanceof TextMessage t && t.getText() != null
                        && t.getText().strip().matches("-?\\d{1,18}")) {
                    ids.putIfAbsent(Long.parseLong(t.getText().strip()), t.getJMSMessageID());
                }
            }
        } catch (JMSException ex) {
            throw new IllegalStateException("The dead-letter queue cannot be read", ex);
        }
        return ids;
    }

    private String messageIdOf(long rowId) {
        return browse().get(rowId);
    }

    private static String orderOf(WebhookEvent e) {
        try {
            JsonObject payload = Json.createReader(new StringReader(e.body())).readObject().getJsonObject("payload");
            for (String entity : List.of("payment", "order")) {
                if (payload != null && payload.containsKey(entity)) {
                    JsonObject o = payload.getJsonObject(entity).getJsonObject("entity");
                    String id = o.getString(entity.equals("payment") ? "order_id" : "id", null);
                    if (id != null) {
                        return id;
                    }
                }
            }
        } catch (RuntimeException ex) {
            // a body we cannot read is shown without its order
        }
        return "";
    }

    private List<ReconciliationView.DeskPayment> desk(List<Payment> payments) {
        return payments.stream().map(p -> new ReconciliationView.DeskPayment(p.id(), p.customerId(), p.type(), p.amount(),
                p.status(), p.gatewayOrderId(), p.gatewayPaymentId(), p.createdAt(),
                p.flagReason() != null ? p.flagReason() : p.failureReason())).toList();
    }

    private int afterMinutes() {
        try {
            return Math.max(0, settings.intSetting(PaymentReconciler.AFTER_MINUTES));
        } catch (RuntimeException e) {
            return 15;
        }
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        return em.createNativeQuery(sql).getResultList();
    }

    private Object single(String sql) {
        return em.createNativeQuery(sql).getSingleResult();
    }

    private static Money money(Object n) {
        return Money.of(n instanceof BigDecimal b ? b : new BigDecimal(String.valueOf(n)));
    }

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null) {
            c = c.getCause();
        }
        return c.getClass().getSimpleName() + (c.getMessage() == null ? "" : ": " + c.getMessage());
    }

    private static void requireAccountant(Actor actor) {
        if (actor == null) {
            throw new org.coopbank.shared.AccessDeniedException("Staff only");
        }
        actor.requireStaff(StaffRole.ACCOUNTANT, StaffRole.SUPERADMIN);
    }
}
