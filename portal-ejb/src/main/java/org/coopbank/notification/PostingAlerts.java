package org.coopbank.notification;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityGraph;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.coopbank.account.AccountTransaction;
import org.coopbank.ledger.MoneyPosted;
import org.coopbank.shared.IndianFormat;

/**
 * After a posting commits, one alert per customer account it touched: "XXXX1234 credited with INR 1,500.00 ..."
 * (amounts in Indian grouping, ASCII so that an SMS stays in the 160-character GSM alphabet).
 * The observer only notes the entry id on the posting's transaction; when that transaction commits, the ids of all
 * its postings go to one asynchronous call (a teller's request: one entry; a nightly chunk: fifty), so the request or
 * chunk returns as soon as the money is committed and the alerts are queued in a transaction of their own, with one
 * read for all the entries. A failure there is logged and never undoes the posting; a rolled-back transaction alerts
 * nobody. (A crash in the instant between the two transactions loses those alerts, never money: the posting is
 * already durable.)
 */
@Stateless
public class PostingAlerts {

    private static final Logger LOG = Logger.getLogger(PostingAlerts.class.getName());
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    /** The transaction's resource key for the entry ids noted so far. */
    private static final Object PENDING = PostingAlerts.class.getName() + ".pending";

    @PersistenceContext
    EntityManager em;

    @Inject
    NotificationService notifications;

    @Inject
    PostingAlerts self;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void onPosted(@Observes(during = TransactionPhase.IN_PROGRESS) MoneyPosted posted) {
        if (posted.accountIds().isEmpty()) {
            return;
        }
        if (transactions.getTransactionKey() == null) {
            self.queueAlerts(List.of(posted.journalEntryId()));
            return;
        }
        @SuppressWarnings("unchecked")
        List<Long> pending = (List<Long>) transactions.getResource(PENDING);
        if (pending == null) {
            List<Long> ids = new ArrayList<>();
            transactions.putResource(PENDING, ids);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        self.queueAlerts(List.copyOf(ids));
                    }
                }
            });
            pending = ids;
        }
        pending.add(posted.journalEntryId());
    }

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void queueAlerts(List<Long> journalEntryIds) {
        try {
            EntityGraph<AccountTransaction> graph = em.createEntityGraph(AccountTransaction.class);
            graph.addSubgraph("account").addAttributeNodes("customer");
            List<Object[]> lines = em.createQuery("SELECT t, t.journalEntry.id FROM AccountTransaction t"
                            + " WHERE t.journalEntry.id IN :e ORDER BY t.id", Object[].class)
                    .setParameter("e", journalEntryIds).setHint("jakarta.persistence.fetchgraph", graph).getResultList();
            List<NotificationService.Draft> drafts = new ArrayList<>(lines.size());
            for (Object[] line : lines) {
                AccountTransaction t = (AccountTransaction) line[0];
                String masked = t.account().maskedNumber();
                String verb = t.direction() == AccountTransaction.Direction.CREDIT ? "credited with" : "debited by";
                String subject = "Account " + masked + " " + verb + " INR " + IndianFormat.grouped(t.amount());
                String body = "Dear " + t.account().customer().fullName() + ",\n\nYour account " + masked + " was "
                        + verb + " INR " + IndianFormat.grouped(t.amount()) + " on " + DATE.format(t.txnDate())
                        + " (" + t.narration() + ").\nAvailable balance: INR " + IndianFormat.grouped(t.balanceAfter())
                        + ".\n\nIf you did not expect this, call your branch at once.\nCo-operative Bank";
                drafts.add(new NotificationService.Draft(t.account().customer(),
                        "posting-" + line[1] + "-" + t.account().id(), subject, body));
            }
            notifications.queueAll(drafts);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Alerts for journal entries " + journalEntryIds + " not queued", e);
            throw e;
        }
    }
}
