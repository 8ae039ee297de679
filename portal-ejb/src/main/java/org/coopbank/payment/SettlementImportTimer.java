package org.coopbank.payment;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.coopbank.settings.SettingsService;
import org.coopbank.shared.BusinessClock;

/**
 * Imports the gateway's settlement report once a day ({@link SettlementImport#importRecent}: yesterday and today), at
 * the minute of the day in {@code payment.settlement.import-minute-of-day} (Asia/Kolkata, default 600 = 10:00, read at
 * server start). A non-persistent calendar timer; every server of a cluster may run it, since the unique keys let only
 * one record a settlement. Off on the test server (as the other timers are), whose tests import themselves; off too
 * for a gateway without a settlement report.
 */
@Singleton
@Startup
public class SettlementImportTimer {

    private static final Logger LOG = Logger.getLogger(SettlementImportTimer.class.getName());
    private static final int DEFAULT_MINUTE = 600;

    @Resource
    TimerService timers;

    @Inject
    SettlementImport imports;

    @Inject
    SettingsService settings;

    @PostConstruct
    void schedule() {
        if (BusinessClock.pinningAllowed()) {
            LOG.info("The settlement import timer is off on the test server (-D" + BusinessClock.PINNING_SWITCH + "=true)");
            return;
        }
        int minute = DEFAULT_MINUTE;
        try {
            minute = settings.intSetting(SettingsService.PAYMENT_SETTLEMENT_IMPORT_MINUTE);
        } catch (RuntimeException e) {
            LOG.warning("No usable " + SettingsService.PAYMENT_SETTLEMENT_IMPORT_MINUTE + "; importing at 10:00");
        }
        timers.createCalendarTimer(new ScheduleExpression().timezone(BusinessClock.ZONE.getId())
                .hour(minute / 60).minute(minute % 60).second(0), new TimerConfig("settlement-import", false));
        LOG.info(String.format("Gateway settlements are imported daily at %02d:%02d %s", minute / 60, minute % 60,
                BusinessClock.ZONE));
    }

    @Timeout
    void fire() {
        try {
            SettlementImportResult r = imports.importRecent();
            LOG.info(() -> "Daily settlement import: " + r.count(SettlementImportResult.Outcome.POSTED) + " posted, "
                    + r.count(SettlementImportResult.Outcome.FLAGGED) + " flagged, "
                    + r.count(SettlementImportResult.Outcome.ERROR) + " errors");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Daily settlement import failed; the accountant can import from the reconciliation screen", e);
        }
    }
}
