package org.coopbank.payout;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.Set;
import java.util.logging.Logger;
import org.coopbank.account.AccountService;
import org.coopbank.account.AccountStatus;
import org.coopbank.account.BankAccount;
import org.coopbank.account.TxnType;
import org.coopbank.branch.Branch;
import org.coopbank.ledger.EventType;
import org.coopbank.ledger.GlCode;
import org.coopbank.ledger.JournalEntry;
import org.coopbank.ledger.LedgerService;
import org.coopbank.ledger.Posting;
import org.coopbank.payment.WebhookEvent.Outcome;
import org.coopbank.shared.Actor;
import org.coopbank.shared.BusinessClock;

/**
 * Applies RazorpayX payout webhooks (called by {@link org.coopbank.payment.WebhookInbox} in the webhook message's
 * transaction). The payout row is locked and moved by a conditional update whose row count decides, so a duplicate,
 * late or out-of-order event changes nothing twice:
 * <ul>
 * <li>{@code payout.processed}: QUEUED/PROCESSING → PROCESSED, 2200 → 1100 (the money left the bank's account);</li>
 * <li>{@code payout.reversed} / {@code payout.failed}: QUEUED/PROCESSING → REVERSED/FAILED, 2200 → the customer's own
 * account here (credited); a reversal of a PROCESSED payout (the beneficiary bank sent it back) 1100 → the account;</li>
 * <li>anything else (a processed after a reversal, a second reversal) is ALREADY_SETTLED and posts nothing.</li>
 * </ul>
 * The amount and currency are checked against our record first (a mismatch is FLAGGED, nothing posted).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class PayoutWebhooks {

    private static final Logger LOG = Logger.getLogger(PayoutWebhooks.class.getName());
    private static final Actor GATEWAY = Actor.system("payout-webhook");
    private static final Set<PayoutStatus> OPEN = EnumSet.of(PayoutStatus.QUEUED, PayoutStatus.PROCESSING);

    @PersistenceContext
    EntityManager em;

    @Inject
    LedgerService ledger;

    @Inject
    AccountService accounts;

    @Inject
    BusinessClock clock;

    @Inject
    Event<PayoutConcluded> concluded;

    public Outcome apply(String eventType, JsonObject payout) {
        Payout p = find(payout);
        if (p == null) {
            return Outcome.UNKNOWN_ORDER;
        }
        String gatewayId = text(payout, "id");
        if (gatewayId != null && p.gatewayPayoutId() != null && !gatewayId.equals(p.gatewayPayoutId())) {
            LOG.warning(() -> "Payout " + p.id() + ": webhook for gateway payout " + gatewayId + ", ours is " + p.gatewayPayoutId());
            return Outcome.FLAGGED;
        }
        JsonValue amount = payout.get("amount");
        if (!(amount instanceof JsonNumber n) || !n.isIntegral() || n.longValueExact() != p.amount().toPaise()
                || !p.currency().equals(text(payout, "currency"))) {
            LOG.warning(() -> "Payout " + p.id() + ": gateway amount " + amount + " " + text(payout, "currency")
                    + " differs from ours " + p.amount().toPaise() + " paise");
            return Outcome.FLAGGED;
        }
        return switch (eventType) {
            case "payout.processed" -> processed(p, gatewayId, text(payout, "utr"));
            case "payout.reversed" -> returned(p, gatewayId, PayoutStatus.REVERSED, reason(payout, "Reversed by the beneficiary bank"));
            case "payout.failed" -> returned(p, gatewayId, PayoutStatus.FAILED, reason(payout, "Failed at the gateway"));
            default -> Outcome.IGNORED;
        };
    }

    private Outcome processed(Payout p, String gatewayId, String utr) {
        if (!OPEN.contains(p.status())) {
            return Outcome.ALREADY_SETTLED;
        }
        Branch branch = ledger.get(p.transitEntryId()).branch();
        JournalEntry e = ledger.post(Posting.of(EventType.PAYOUT_PROCESSED, branch, "Payout " + p.id() + " processed")
                .debit(GlCode.PAYOUT_CLEARING, p.amount()).credit(GlCode.BANK_SETTLEMENT, p.amount())
                .reference(ref(p, gatewayId)), GATEWAY);
        move(p, OPEN, PayoutStatus.PROCESSED, gatewayId, utr, null, e.id(), null);
        concluded.fire(new PayoutConcluded(p.id()));
        return Outcome.APPLIED;
    }

    private Outcome returned(Payout p, String gatewayId, PayoutStatus to, String reason) {
        boolean wasSent = p.status() == PayoutStatus.PROCESSED && to == PayoutStatus.REVERSED;
        if (!OPEN.contains(p.status()) && !wasSent) {
            return Outcome.ALREADY_SETTLED;
        }
        BankAccount a = accounts.lock(p.refundAccountId());
        if (a.status() != AccountStatus.ACTIVE) {
            LOG.warning(() -> "Payout " + p.id() + " came back but account " + a.maskedNumber() + " is " + a.status()
                    + ": left in payout clearing for the accountant");
            return Outcome.FLAGGED;
        }
        String text = "Payout " + p.id() + (to == PayoutStatus.REVERSED ? " reversed" : " failed") + ", credited back";
        JournalEntry e = ledger.post(Posting.of(EventType.PAYOUT_RETURNED, a.branch(), text + " to " + a.maskedNumber())
                .debit(wasSent ? GlCode.BANK_SETTLEMENT : GlCode.PAYOUT_CLEARING, p.amount())
                .credit(a.type().controlAccount(), a.branch(), p.amount())
                .reference(ref(p, gatewayId)).touching(a.id()), GATEWAY);
        accounts.record(a.credit(p.amount(), TxnType.PAYOUT_RETURNED, text, e));
        move(p, wasSent ? EnumSet.of(PayoutStatus.PROCESSED) : OPEN, to, gatewayId, null, reason, null, e.id());
        concluded.fire(new PayoutConcluded(p.id()));
        return Outcome.APPLIED;
    }

    private void move(Payout p, Set<PayoutStatus> from, PayoutStatus to, String gatewayId, String utr, String reason,
                      Long settleEntry, Long returnEntry) {
        em.flush(); // the entry just posted must be a row before the payout refers to it (a bulk update flushes only its table)
        int n = em.createQuery("""
                        UPDATE Payout p SET p.status = :to, p.updatedAt = :now,
                        p.gatewayPayoutId = COALESCE(p.gatewayPayoutId, :gid), p.utr = COALESCE(:utr, p.utr),
                        p.failureReason = COALESCE(:reason, p.failureReason),
                        p.settleEntryId = COALESCE(:settle, p.settleEntryId), p.returnEntryId = COALESCE(:ret, p.returnEntryId)
                        WHERE p.id = :id AND p.status IN :from""")
                .setParameter("to", to).setParameter("now", clock.now()).setParameter("gid", gatewayId)
                .setParameter("utr", utr).setParameter("reason", reason).setParameter("settle", settleEntry)
                .setParameter("ret", returnEntry).setParameter("id", p.id()).setParameter("from", from).executeUpdate();
        if (n != 1) {
            throw new IllegalStateException("Payout " + p.id() + " moved under its lock"); // rolls back the posting
        }
    }

    /** By our payout id ({@code reference_id}), else by the gateway's payout id; locked. */
    private Payout find(JsonObject payout) {
        String ref = text(payout, "reference_id");
        Long id = null;
        if (ref != null && ref.matches("\\d{1,18}")) {
            id = Long.valueOf(ref);
        } else if (text(payout, "id") != null) {
            id = em.createQuery("SELECT p.id FROM Payout p WHERE p.gatewayPayoutId = :g", Long.class)
                    .setParameter("g", text(payout, "id")).getResultStream().findFirst().orElse(null);
        }
        if (id == null) {
            return null;
        }
        Payout p = em.find(Payout.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (p != null) {
            em.refresh(p);
        }
        return p;
    }

    private static String ref(Payout p, String gatewayId) {
        String r = gatewayId != null ? gatewayId : "PAYOUT-" + p.id();
        return r.length() > 64 ? r.substring(0, 64) : r;
    }

    private static String reason(JsonObject payout, String fallback) {
        JsonValue d = payout.get("status_details");
        String r = d instanceof JsonObject o ? text(o, "description") : null;
        if (r == null) {
            r = text(payout, "failure_reason");
        }
        r = r == null ? fallback : r;
        return r.length() > 255 ? r.substring(0, 255) : r;
    }

    private static String text(JsonObject o, String name) {
        JsonValue v = o.get(name);
        return v != null && v.getValueType() == JsonValue.ValueType.STRING ? o.getString(name) : null;
    }
}
