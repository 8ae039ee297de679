package org.coopbank.notification;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.coopbank.account.AccountTransaction;
import org.coopbank.ledger.MoneyPosted;
import org.coopbank.shared.IndianFormat;

/**
 * After a posting commits, one alert per customer account it touched: "XXXX1234 credited with INR 1,500.00 ..."
 * (amounts in Indian grouping, ASCII so that an SMS stays in the 160-character GSM alphabet).
 * The observer only hands the entry id to an asynchronous call, so the teller's or customer's request returns as
 * soon as the money is committed; the alerts are queued in a transaction of their own and a failure there is logged
 * and never undoes the posting. (A crash in the instant between the two transactions loses those alerts, never
 * money: the posting is already durable.)
 */
@Stateless
public class PostingAlerts {

    private static final Logger LOG = Logger.getLogger(PostingAlerts.class.getName());
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @PersistenceContext
    EntityManager em;

    @Inject
    NotificationService notifications;

    @Inject
    PostingAlerts self;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void onPosted(@Observes(during = TransactionPhase.AFTER_SUCCESS) MoneyPosted posted) {
        if (!posted.accountIds().isEmpty()) {
            self.queueAlerts(posted.journalEntryId());
        }
    }

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void queueAlerts(long journalEntryId) {
        try {
            List<AccountTransaction> lines = em.createQuery(
                            "SELECT t FROM AccountTransaction t WHERE t.journalEntry.id = :e ORDER BY t.id",
                            AccountTransaction.class)
                    .setParameter("e", journalEntryId).getResultList();
            for (AccountTransaction t : lines) {
                String masked = t.account().maskedNumber();
                String verb = t.direction() == AccountTransaction.Direction.CREDIT ? "credited with" : "debited by";
                String subject = "Account " + masked + " " + verb + " INR " + IndianFormat.grouped(t.amount());
                String body = "Dear " + t.account().customer().fullName() + ",\n\nYour account " + masked + " was "
                        + verb + " INR " + IndianFormat.grouped(t.amount()) + " on " + DATE.format(t.txnDate())
                        + " (" + t.narration() + ").\nAvailable balance: INR " + IndianFormat.grouped(t.balanceAfter())
                        + ".\n\nIf you did not expect this, call your branch at once.\nCo-operative Bank";
                notifications.queue(t.account().customer(), "posting-" + journalEntryId + "-" + t.account().id(),
                        subject, body);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Alert for journal entry " + journalEntryId + " not queued", e);
            throw e;
        }
    }
}
