package org.coopbank.batch.operations;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.coopbank.account.DailyBalanceInterest;
import org.coopbank.nightly.NightlyJob;
import org.coopbank.settings.SettingsService;
import org.coopbank.shared.Actor;
import org.coopbank.shared.BusinessClock;
import org.coopbank.shared.BusinessException;

/**
 * Starts the daily jobs for today's business date, every day in Asia/Kolkata, at the minute of the day the settings
 * give, read at server start: {@code batch.emi-schedule.minute-of-day} (default 15: 00:15, so a rebuilt schedule is
 * what the auto-debits then take), {@code batch.standing-instructions.minute-of-day} (default 20: 00:20, before the
 * instalments due today could turn overdue), {@code batch.fd-maturity.minute-of-day} (30: 00:30),
 * {@code batch.emi-overdue.minute-of-day} (45: 00:45), {@code batch.emi-reminders.minute-of-day} (60: 01:00) and
 * {@code batch.ledger-integrity.minute-of-day} (150: 02:30, after the others). {@code interest-posting} fires daily at
 * {@code batch.interest-posting.minute-of-day} (90: 01:30) but starts only on the first day of a quarter, for the
 * quarter end just closed (yesterday), whose daily closing balance is then final. {@code loan-disbursement} starts
 * every hour at the minute past the hour in {@code batch.loan-disbursement.minute-of-hour} (default 10), for today;
 * its guard is per date and hour, and a start is refused while a run of it is still going. Non-persistent timers: every server fires them, and the once-per-date row
 * lets exactly one start the job (the others log that it was already started). Off on the test server, whose
 * business date tests pin.
 */
@Singleton
@Startup
public class NightlyTimers {

    private static final Logger LOG = Logger.getLogger(NightlyTimers.class.getName());

    @Resource
    TimerService timers;

    @Inject
    SettingsService settings;

    @Inject
    BusinessClock clock;

    @EJB
    BatchOperations operations;

    @PostConstruct
    void schedule() {
        if (BusinessClock.pinningAllowed()) {
            // the test server moves the business date around (BusinessClock.pin): a timer firing then would run the
            // jobs for whatever date a test has pinned
            LOG.info("Nightly job timers are off on the test server (-D" + BusinessClock.PINNING_SWITCH + "=true)");
            return;
        }
        schedule(NightlyJob.EMI_SCHEDULE, SettingsService.BATCH_EMI_SCHEDULE_MINUTE, 15);
        schedule(NightlyJob.STANDING_INSTRUCTIONS, SettingsService.BATCH_STANDING_MINUTE, 20);
        schedule(NightlyJob.FD_MATURITY, SettingsService.BATCH_FD_MATURITY_MINUTE, 30);
        schedule(NightlyJob.EMI_OVERDUE, SettingsService.BATCH_EMI_OVERDUE_MINUTE, 45);
        schedule(NightlyJob.EMI_REMINDERS, SettingsService.BATCH_EMI_REMINDERS_MINUTE, 60);
        schedule(NightlyJob.INTEREST_POSTING, SettingsService.BATCH_INTEREST_MINUTE, 90);
        schedule(NightlyJob.LEDGER_INTEGRITY, SettingsService.BATCH_LEDGER_INTEGRITY_MINUTE, 150);
        scheduleHourly(NightlyJob.LOAN_DISBURSEMENT, SettingsService.BATCH_LOAN_DISBURSEMENT_MINUTE, 10);
    }

    private void scheduleHourly(NightlyJob job, String setting, int fallback) {
        int minute = fallback;
        try {
            minute = settings.intSetting(setting);
        } catch (RuntimeException e) {
            LOG.warning("Setting " + setting + " unreadable (" + e.getMessage() + "): " + job.jobName()
                    + " at minute " + fallback + " past the hour");
        }
        ScheduleExpression at = new ScheduleExpression().hour("*").minute(minute).second(0)
                .timezone(BusinessClock.ZONE.getId());
        timers.createCalendarTimer(at, new TimerConfig(job.name(), false));
        LOG.info(String.format("Job %s starts hourly at minute %02d, %s", job.jobName(), minute,
                BusinessClock.ZONE.getId()));
    }

    private void schedule(NightlyJob job, String setting, int fallback) {
        int minute = fallback;
        try {
            minute = settings.intSetting(setting);
        } catch (RuntimeException e) {
            LOG.warning("Setting " + setting + " unreadable (" + e.getMessage() + "): " + job.jobName() + " at minute "
                    + fallback);
        }
        ScheduleExpression at = new ScheduleExpression().hour(minute / 60).minute(minute % 60).second(0)
                .timezone(BusinessClock.ZONE.getId());
        timers.createCalendarTimer(at, new TimerConfig(job.name(), false));
        LOG.info(String.format("Nightly job %s starts daily at %02d:%02d %s", job.jobName(), minute / 60, minute % 60,
                BusinessClock.ZONE.getId()));
    }

    /** The business date the timer starts {@code job} for today, or null when it has nothing to start today. */
    static LocalDate businessDateFor(NightlyJob job, LocalDate today) {
        if (job == NightlyJob.INTEREST_POSTING) {
            LocalDate yesterday = today.minusDays(1);
            return DailyBalanceInterest.isQuarterEnd(yesterday) ? yesterday : null;
        }
        return today;
    }

    @Timeout
    void fire(Timer timer) {
        NightlyJob job = NightlyJob.valueOf((String) timer.getInfo());
        LocalDate date = businessDateFor(job, clock.today());
        if (date == null) {
            return;
        }
        try {
            long id = operations.start(job, date, Actor.system("nightly-timer"));
            LOG.info("Nightly job " + job.jobName() + " started for " + date + ": execution " + id);
        } catch (BusinessException e) {
            LOG.info("Nightly job " + job.jobName() + " not started: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Nightly job " + job.jobName() + " could not be started", e);
        }
    }
}
