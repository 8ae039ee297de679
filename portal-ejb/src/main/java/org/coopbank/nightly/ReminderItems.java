package org.coopbank.nightly;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.coopbank.customer.Customer;
import org.coopbank.loan.InstallmentStatus;
import org.coopbank.loan.LoanInstallment;
import org.coopbank.loan.LoanStatus;
import org.coopbank.notification.NotificationService;
import org.coopbank.settings.SettingsService;
import org.coopbank.shared.BusinessClock;

/**
 * emi-reminders: one alert per instalment and kind, whatever the date of the run. {@code due} (the instalment falls
 * due in {@code batch.emi-reminders.days-before} days, default 3) and {@code overdue} (unpaid after due date plus
 * the grace days). The key {@code inst:<id>:<kind>} is stored with the instalment's due date as its date, so a run
 * for any later date finds it taken; the alert is queued (notification outbox: e-mail or SMS, and the portal's alert
 * list) in the same transaction as the key.
 */
@Stateless
public class ReminderItems {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @PersistenceContext
    EntityManager em;

    @Inject
    BusinessClock clock;

    @Inject
    SettingsService settings;

    @Inject
    NotificationService notifications;

    @Inject
    ItemKeys keys;

    /** Reminder kinds: due soon, overdue. */
    public enum Kind { DUE, OVERDUE }

    /** Up to {@code limit} ids above {@code afterId} of unpaid instalments due soon or overdue as of the date. */
    public List<Long> ids(LocalDate businessDate, long afterId, int limit) {
        return query("SELECT i.id", businessDate, afterId, Long.class).setMaxResults(limit).getResultList();
    }

    public long count(LocalDate businessDate, long afterId) {
        return query("SELECT COUNT(i)", businessDate, afterId, Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> query(String select, LocalDate businessDate, long afterId, Class<T> type) {
        String order = select.contains("COUNT") ? "" : " ORDER BY i.id";
        return em.createQuery(select + " FROM LoanInstallment i WHERE i.loan.status = :s AND i.status NOT IN :settled"
                        + " AND (i.dueDate = :soon OR i.dueDate < :cutoff) AND i.id > :after" + order, type)
                .setParameter("s", LoanStatus.DISBURSED)
                .setParameter("settled", List.of(InstallmentStatus.PAID, InstallmentStatus.WAIVED, InstallmentStatus.CANCELLED))
                .setParameter("soon", businessDate.plusDays(daysBefore()))
                .setParameter("cutoff", businessDate.minusDays(settings.graceDays()))
                .setParameter("after", afterId);
    }

    private int daysBefore() {
        return settings.intSetting(SettingsService.BATCH_REMINDER_DAYS_BEFORE);
    }

    /**
     * Queues the instalment's reminder of the kind the date gives, once; {@code null} when it was already sent (or
     * the instalment is settled by now).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String remind(LocalDate businessDate, long installmentId) {
        return clock.asOf(businessDate, () -> {
            LoanInstallment i = em.find(LoanInstallment.class, installmentId);
            if (i == null || i.isSettled() || i.status() == InstallmentStatus.CANCELLED) {
                return null;
            }
            Kind kind = i.dueDate().isBefore(businessDate.minusDays(settings.graceDays())) ? Kind.OVERDUE
                    : i.dueDate().equals(businessDate.plusDays(daysBefore())) ? Kind.DUE : null;
            if (kind == null) {
                return null;
            }
            String key = "inst:" + installmentId + ":" + kind.name().toLowerCase();
            if (keys.isDone(NightlyJob.EMI_REMINDERS, key, i.dueDate())) {
                return null;
            }
            Customer c = i.loan().customer();
            String loanNo = i.loan().loanNumber();
            String subject = kind == Kind.DUE
                    ? "EMI of INR " + i.outstanding() + " due on " + DATE.format(i.dueDate())
                    : "EMI overdue: INR " + i.outstanding() + " on loan " + loanNo;
            String body = "Dear " + c.fullName() + ",\n\n" + (kind == Kind.DUE
                    ? "Instalment " + i.seqNo() + " of your loan " + loanNo + " (INR " + i.outstanding() + ") falls due on "
                        + DATE.format(i.dueDate()) + ". Please keep the amount in your account or pay it online."
                    : "Instalment " + i.seqNo() + " of your loan " + loanNo + ", due on " + DATE.format(i.dueDate())
                        + ", is unpaid: INR " + i.outstanding() + " is overdue and penal interest accrues until it is"
                        + " paid. Please pay it at your branch or online.")
                    + "\n\nCo-operative Bank";
            notifications.queue(c, "emi-reminder-" + installmentId + "-" + kind.name().toLowerCase(), subject, body);
            String outcome = kind.name().toLowerCase() + " reminder queued";
            keys.markDone(NightlyJob.EMI_REMINDERS, key, i.dueDate(), outcome);
            return outcome;
        });
    }
}
