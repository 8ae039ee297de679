package org.coopbank.payment;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.coopbank.shared.AccessDeniedException;
import org.coopbank.shared.Actor;
import org.coopbank.shared.BusinessClock;
import org.coopbank.shared.DuplicateException;
import org.coopbank.shared.InvalidStateException;
import org.coopbank.shared.ValidationFailedException;
import org.coopbank.staff.StaffRole;

/**
 * Imports the gateway's settlement report for a range of days (Asia/Kolkata): the accountant's "Import settlements"
 * (accountant or superadmin) and the daily timer ({@link SettlementImportTimer}, yesterday and today). The report is
 * read outside any transaction (it may go over the network); each processed settlement is then recorded in its own
 * transaction by {@link SettlementPosting}, so one bad settlement never holds back the others and nothing is ever half
 * written. Gateways without a report are refused: the accountant records their settlements by hand.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SettlementImport {

    static final int MAX_DAYS = 31;
    private static final Logger LOG = Logger.getLogger(SettlementImport.class.getName());

    @Inject
    PaymentGateways gateways;

    @Inject
    SettlementPosting posting;

    @Inject
    BusinessClock clock;

    public SettlementImportResult importSettlements(LocalDate from, LocalDate to, Actor actor) {
        if (actor == null) {
            throw new AccessDeniedException("Staff only");
        }
        actor.requireStaff(StaffRole.ACCOUNTANT, StaffRole.SUPERADMIN);
        if (from == null || to == null) {
            throw new ValidationFailedException(from == null ? "from" : "to", "is required");
        }
        if (to.isBefore(from)) {
            throw new ValidationFailedException("to", "is before from");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new ValidationFailedException("to", "at most " + MAX_DAYS + " days at a time");
        }
        return run(from, to, actor);
    }

    /** The daily import: yesterday and today (the timer's; no staff actor). */
    public SettlementImportResult importRecent() {
        LocalDate today = clock.today();
        return run(today.minusDays(1), today, Actor.system("settlement-import"));
    }

    private SettlementImportResult run(LocalDate from, LocalDate to, Actor actor) {
        PaymentGateway gateway = gateways.current();
        if (!gateway.reportsSettlements()) {
            throw new InvalidStateException("The " + gateway.name() + " gateway has no settlement report: record settlements by hand");
        }
        Instant start = from.atStartOfDay(BusinessClock.ZONE).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(BusinessClock.ZONE).toInstant().minusSeconds(1);
        List<SettlementImportResult.Line> lines = new ArrayList<>();
        for (GatewaySettlementReport r : gateway.settlements(start, end)) {
            SettlementImportResult.Outcome outcome;
            String detail = null;
            if (!r.processed()) {
                outcome = SettlementImportResult.Outcome.NOT_PROCESSED;
            } else {
                try {
                    SettlementPosting.Result result = posting.record(gateway.name(), r, actor);
                    outcome = result.outcome();
                    detail = result.detail();
                } catch (DuplicateException e) {
                    outcome = SettlementImportResult.Outcome.ALREADY_RECORDED;
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Settlement " + r.id() + " not recorded; the next import tries again", e);
                    outcome = SettlementImportResult.Outcome.ERROR;
                }
            }
            lines.add(new SettlementImportResult.Line(r.id(), r.utr(), r.gross(), r.fees() == null || r.tax() == null
                    ? null : r.charges(), r.net(), r.status(), r.createdAt(), outcome, detail));
        }
        LOG.info(() -> "Settlement import " + from + ".." + to + " by " + actor + ": " + lines.size() + " in the report");
        return new SettlementImportResult(from, to, List.copyOf(lines));
    }
}
