package org.coopbank.notification;

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

/**
 * After a posting commits, one alert per customer account it touched: "XXXX1234 credited with INR 500.00 ...".
 * Runs after the money transaction, in its own; a failure here is logged and never undoes the posting.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PostingAlerts {

    private static final Logger LOG = Logger.getLogger(PostingAlerts.class.getName());
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @PersistenceContext
    EntityManager em;

    @Inject
    NotificationService notifications;

    public void onPosted(@Observes(during = TransactionPhase.AFTER_SUCCESS) MoneyPosted posted) {
        if (posted.accountIds().isEmpty()) {
            return;
        }
        try {
            List<AccountTransaction> lines = em.createQuery(
                            "SELECT t FROM AccountTransaction t WHERE t.journalEntry.id = :e ORDER BY t.id", AccountTransaction.class)
                    .setParameter("e", posted.journalEntryId()).getResultList();
            for (AccountTransaction t : lines) {
                String masked = t.account().maskedNumber();
                String verb = t.direction() == AccountTransaction.Direction.CREDIT ? "credited with" : "debited by";
                String subject = "Account " + masked + " " + verb + " INR " + t.amount();
                String body = "Dear " + t.account().customer().fullName() + ",\n\nYour account " + masked + " was "
                        + verb + " INR " + t.amount() + " on " + DATE.format(t.txnDate()) + " (" + t.narration()
                        + ").\nAvailable balance: INR " + t.balanceAfter()
                        + ".\n\nIf you did not expect this, call your branch at once.\nCo-operative Bank";
                notifications.queue(t.account().customer(), "posting-" + posted.journalEntryId() + "-" + t.account().id(),
                        subject, body);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Alert for journal entry " + posted.journalEntryId() + " not queued", e);
        }
    }
}
