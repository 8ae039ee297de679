package org.coopbank.payout;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;
import org.coopbank.shared.BusinessClock;
import org.coopbank.shared.NotFoundException;

/**
 * Asks the gateway for a recorded payout, after the transaction that recorded it committed: the customer's contact
 * and fund account first (once; their ids are kept on the linked account), then the payout with the payout's
 * idempotency key and our payout id as {@code reference_id}. QUEUED → PROCESSING by a conditional update. A gateway
 * that cannot be reached leaves the payout QUEUED with the reason; {@link PayoutService#payout} with the same key (or
 * {@link #submit}) asks again with the same key, so the gateway never pays twice.
 */
@Stateless
public class PayoutSubmitter {

    private static final Logger LOG = Logger.getLogger(PayoutSubmitter.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PayoutGateways gateways;

    @Inject
    BusinessClock clock;

    @Inject
    PayoutSubmitter self;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) PayoutQueued event) {
        self.submitLater(event.payoutId());
    }

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void submitLater(long payoutId) {
        submit(payoutId);
    }

    /** Asks the gateway for the payout if it is still QUEUED; returns its status afterwards. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public PayoutStatus submit(long payoutId) {
        Payout p = em.find(Payout.class, payoutId, LockModeType.PESSIMISTIC_WRITE);
        if (p == null) {
            throw new NotFoundException("Payout " + payoutId + " not found");
        }
        if (p.status() != PayoutStatus.QUEUED) {
            return p.status();
        }
        LinkedBankAccount to = em.find(LinkedBankAccount.class, p.linkedBankAccountId(), LockModeType.PESSIMISTIC_WRITE);
        PayoutGateway gateway = gateways.current();
        try {
            if (to.gatewayFundAccountId() == null) {
                String contact = to.gatewayContactId() != null ? to.gatewayContactId()
                        : gateway.createContact(to.holderName(), "customer-" + to.customerId());
                String fundAccount = gateway.createFundAccount(contact, to.holderName(), to.ifsc(), to.accountNumber());
                to.registeredAtGateway(contact, fundAccount);
                em.flush();
            }
            PayoutGateway.Created created = gateway.createPayout(to.gatewayFundAccountId(), p.amount().toPaise(),
                    p.currency(), p.mode(), String.valueOf(p.id()), narration(p), p.idempotencyKey());
            em.createQuery("""
                            UPDATE Payout p SET p.status = :processing, p.gatewayPayoutId = :gid, p.lastError = NULL,
                            p.updatedAt = :now WHERE p.id = :id AND p.status = :queued""")
                    .setParameter("processing", PayoutStatus.PROCESSING).setParameter("gid", created.id())
                    .setParameter("now", clock.now()).setParameter("id", p.id())
                    .setParameter("queued", PayoutStatus.QUEUED).executeUpdate();
            return PayoutStatus.PROCESSING;
        } catch (PayoutGatewayException e) {
            String reason = e.getMessage() == null ? "gateway error" : e.getMessage();
            LOG.warning(() -> "Payout " + payoutId + " stays QUEUED: " + reason);
            em.createQuery("UPDATE Payout p SET p.lastError = :e, p.updatedAt = :now WHERE p.id = :id AND p.status = :queued")
                    .setParameter("e", reason.length() > 255 ? reason.substring(0, 255) : reason)
                    .setParameter("now", clock.now()).setParameter("id", p.id())
                    .setParameter("queued", PayoutStatus.QUEUED).executeUpdate();
            return PayoutStatus.QUEUED;
        }
    }

    private static String narration(Payout p) {
        return switch (p.purpose()) {
            case FD_MATURITY -> "Coop Bank FD maturity";
            case LOAN_DISBURSEMENT -> "Coop Bank loan disbursal";
        };
    }
}
