package org.coopbank.payment;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.coopbank.payment.WebhookEvent.Outcome;
import org.coopbank.shared.BusinessClock;
import org.coopbank.shared.DuplicateException;
import org.coopbank.shared.ValidationFailedException;

/**
 * Gateway webhooks in and out: {@link #receive} checks the signature over the raw body before anything else, stores
 * the event (its id unique: the database decides a redelivery) in a transaction of its own, and once that has
 * committed puts the row id on the {@code WebhookEvents} queue (a transactional outbox: the stored row is the record,
 * the message only the prompt to apply it, so the acknowledgement costs one database commit, not a two-phase commit
 * of the database and the broker). A row stored but never queued (the server died between the commit and the send, or
 * the broker refused the send) is queued again by {@link #requeueStale}, which a timer runs every minute
 * ({@link WebhookRequeueTimer}). {@link #apply} (called by {@link WebhookEventConsumer} in the message's transaction)
 * applies it once: the event row is locked and an event already processed is skipped, so a message sent twice changes
 * nothing twice.
 */
@Stateless
public class WebhookInbox {

    /** Razorpay's body limit is far below this; a larger body is refused, nothing stored. */
    public static final int MAX_BODY = 20000;
    private static final Logger LOG = Logger.getLogger(WebhookInbox.class.getName());

    public enum Receipt { STORED, DUPLICATE }

    @PersistenceContext
    EntityManager em;

    @Inject
    PaymentGateways gateways;

    @Inject
    PaymentSettlement settlement;

    @Inject
    org.coopbank.payout.PayoutWebhooks payouts;

    @Inject
    SettlementPosting settlements;

    @Inject
    RefundWebhooks refunds;

    @Inject
    BusinessClock clock;

    @Inject
    @JMSConnectionFactory("java:/JmsXA")
    JMSContext jms;

    @Resource(lookup = "java:/jms/queue/WebhookEvents")
    Queue queue;

    @Resource(lookup = "java:/jms/queue/WebhookDLQ")
    Queue deadLetters;

    @Inject
    WebhookStore store; // a bean of its own: a nested call into this bean's own pool could wait on itself under load

    /**
     * A delivery: refused ({@link InvalidSignatureException}) unless {@code signature} is the HMAC of {@code rawBody}
     * with the webhook secret; a duplicate event id answers DUPLICATE (or, when two deliveries race, the loser's
     * {@link DuplicateException}), stores nothing and queues nothing. STORED means committed: the row is queued after
     * the commit, and if that send fails the event is still applied, by {@link #requeueStale}.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Receipt receive(String signature, String eventIdHeader, String rawBody) {
        PaymentGateway gateway = gateways.current();
        if (rawBody == null || signature == null || !gateway.verifyWebhookSignature(rawBody, signature)) {
            throw new InvalidSignatureException("Webhook signature missing or not matching the body");
        }
        if (rawBody.length() > MAX_BODY) {
            throw new ValidationFailedException("body", "is too large");
        }
        String type;
        try {
            JsonObject o = Json.createReader(new StringReader(rawBody)).readObject();
            type = o.getString("event");
        } catch (JsonException | ClassCastException | NullPointerException e) {
            throw new ValidationFailedException("body", "is not a gateway event");
        }
        String eventId = eventIdHeader == null || eventIdHeader.isBlank() ? "body-sha256:" + sha256(rawBody)
                : eventIdHeader.strip();
        if (eventId.length() > 100 || type.length() > 60) {
            throw new ValidationFailedException("event", "id or type too long");
        }
        Long rowId = store.store(gateway.name(), eventId, type, rawBody);
        if (rowId == null) {
            return Receipt.DUPLICATE;
        }
        try {
            jms.createProducer().send(queue, String.valueOf(rowId)); // no transaction here: sent once stored
        } catch (RuntimeException ex) {
            LOG.log(Level.WARNING, "Webhook " + eventId + " stored but not queued; the requeue timer will queue it", ex);
        }
        return Receipt.STORED;
    }

    /**
     * Queues again, in one transaction with the sends, the events stored more than {@code olderThan} ago and not
     * applied yet that are neither waiting on the {@code WebhookEvents} queue nor dead-lettered (those wait for the
     * accountant's retry), at most {@code max} of them, oldest first. Answers how many were queued. A message that
     * meets one still being applied changes nothing ({@link #apply} skips an event already processed). While the queue
     * holds more than {@value #REQUEUE_BROWSE_LIMIT} messages the consumers are behind: nothing is queued then.
     */
    public int requeueStale(java.time.Duration olderThan, int max) {
        List<Long> stale = em.createQuery("SELECT e.id FROM WebhookEvent e WHERE e.processedAt IS NULL"
                        + " AND e.receivedAt < :cutoff ORDER BY e.receivedAt, e.id", Long.class)
                .setParameter("cutoff", clock.now().minus(olderThan)).setMaxResults(max).getResultList();
        if (stale.isEmpty()) {
            return 0;
        }
        Set<Long> present = queuedIds(queue, REQUEUE_BROWSE_LIMIT);
        if (present == null) {
            return 0;
        }
        Set<Long> dead = queuedIds(deadLetters, Integer.MAX_VALUE);
        int sent = 0;
        for (Long id : stale) {
            if (!present.contains(id) && !dead.contains(id)) {
                jms.createProducer().send(queue, String.valueOf(id));
                sent++;
            }
        }
        if (sent > 0) {
            LOG.warning("Queued again " + sent + " webhook event(s) stored but not applied for over " + olderThan);
        }
        return sent;
    }

    static final int REQUEUE_BROWSE_LIMIT = 10_000;

    /** The event row ids waiting on {@code q}, or null when there are more than {@code limit}. */
    private Set<Long> queuedIds(Queue q, int limit) {
        Set<Long> ids = new HashSet<>();
        try {
            java.util.Enumeration<?> messages = jms.createBrowser(q).getEnumeration();
            while (messages.hasMoreElements()) {
                if (messages.nextElement() instanceof TextMessage t && t.getText() != null
                        && t.getText().strip().matches("-?\\d{1,18}")) {
                    ids.add(Long.parseLong(t.getText().strip()));
                    if (ids.size() > limit) {
                        return null;
                    }
                }
            }
        } catch (JMSException ex) {
            throw new IllegalStateException("The queue " + q + " cannot be read", ex);
        }
        return ids;
    }

    /** Whether the event id was stored (committed); its own transaction, for the loser of a race. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean isStored(String eventId) {
        return exists(eventId);
    }

    /** A stored event by the gateway's event id (operations screens, tests). */
    public java.util.Optional<WebhookEvent> find(String eventId) {
        return em.createQuery("SELECT e FROM WebhookEvent e WHERE e.eventId = :id", WebhookEvent.class)
                .setParameter("id", eventId).getResultStream().findFirst();
    }

    private boolean exists(String eventId) {
        return !em.createQuery("SELECT e.id FROM WebhookEvent e WHERE e.eventId = :id", Long.class)
                .setParameter("id", eventId).getResultList().isEmpty();
    }

    /**
     * Applies a stored event once. Unknown orders and event types are recorded as such, not retried. Anything thrown
     * rolls back with the message, which is redelivered and, after three attempts, goes to the dead-letter queue.
     */
    public Outcome apply(long webhookEventId) {
        WebhookEvent e = em.find(WebhookEvent.class, webhookEventId, LockModeType.PESSIMISTIC_WRITE);
        if (e == null) {
            throw new IllegalStateException("Webhook event row " + webhookEventId + " not found");
        }
        if (e.processedAt() != null) {
            return e.outcome();
        }
        JsonObject body = Json.createReader(new StringReader(e.body())).readObject();
        JsonObject payload = body.getJsonObject("payload");
        JsonObject payment = entity(payload, "payment");
        PaymentSettlement.Result r = switch (e.eventType()) {
            case "payment.captured", "order.paid" -> settlement.settle(payment.getString("order_id", null),
                    payment.getString("id"), payment.getJsonNumber("amount").longValueExact(),
                    payment.getString("currency"));
            case "payment.failed" -> settlement.fail(payment.getString("order_id", null),
                    payment.getString("error_description", "Payment failed at the gateway"));
            case "refund.processed" -> refunds.processed(refundEntity(e.body()));
            case "refund.failed" -> refunds.failed(refundEntity(e.body()));
            case "payout.processed", "payout.reversed", "payout.failed" ->
                    new PaymentSettlement.Result(payouts.apply(e.eventType(), entity(payload, "payout")), null);
            case "settlement.processed" -> new PaymentSettlement.Result(settlementProcessed(e.gateway(),
                    e.body()), null);
            default -> new PaymentSettlement.Result(Outcome.IGNORED, null);
        };
        e.processed(r.outcome(), r.paymentId(), clock.now());
        if (r.outcome() == Outcome.UNKNOWN_ORDER || r.outcome() == Outcome.FLAGGED) {
            LOG.warning(() -> "Webhook " + e.eventId() + " (" + e.eventType() + "): " + r.outcome());
        }
        return r.outcome();
    }

    /**
     * Razorpay's {@code settlement.processed}: the settlement recorded once, as the import does it
     * ({@link SettlementPosting}, its own transaction; the unique keys make the webhook, the import and the manual entry
     * post it once between them). Read with org.json, the SDK's own parser, like the settlement report.
     */
    private Outcome settlementProcessed(String gateway, String body) {
        org.json.JSONObject entity = new org.json.JSONObject(body).getJSONObject("payload").getJSONObject("settlement")
                .getJSONObject("entity");
        GatewaySettlementReport r = GatewaySettlementReport.fromRazorpay(entity);
        if (!r.processed()) {
            return Outcome.IGNORED;
        }
        try {
            return switch (settlements.record(gateway, r, org.coopbank.shared.Actor.system("gateway-webhook")).outcome()) {
                case POSTED -> Outcome.APPLIED;
                case FLAGGED -> Outcome.FLAGGED;
                case NOT_PROCESSED, ERROR -> Outcome.IGNORED;
                case ALREADY_RECORDED, ALREADY_FLAGGED -> Outcome.ALREADY_SETTLED;
            };
        } catch (DuplicateException ex) {
            return Outcome.ALREADY_SETTLED;
        }
    }

    /** The refund entity of a {@code refund.*} event, read with org.json (the SDK's parser; its notes may be [] or {}). */
    private static org.json.JSONObject refundEntity(String body) {
        return new org.json.JSONObject(body).getJSONObject("payload").getJSONObject("refund").getJSONObject("entity");
    }

    private static JsonObject entity(JsonObject payload, String name) {
        if (payload == null || !payload.containsKey(name) || payload.get(name).getValueType() != JsonValue.ValueType.OBJECT) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        JsonObject wrapper = payload.getJsonObject(name);
        return wrapper.containsKey("entity") ? wrapper.getJsonObject("entity") : JsonValue.EMPTY_JSON_OBJECT;
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
