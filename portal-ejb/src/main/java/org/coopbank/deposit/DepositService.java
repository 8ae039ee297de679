package org.coopbank.deposit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.coopbank.account.AccountService;
import org.coopbank.account.BankAccount;
import org.coopbank.account.TxnType;
import org.coopbank.audit.AuditService;
import org.coopbank.ledger.EventType;
import org.coopbank.ledger.GlCode;
import org.coopbank.ledger.JournalEntry;
import org.coopbank.ledger.LedgerService;
import org.coopbank.ledger.Posting;
import org.coopbank.settings.SettingsService;
import org.coopbank.shared.Actor;
import org.coopbank.shared.BusinessClock;
import org.coopbank.shared.InvalidStateException;
import org.coopbank.shared.InputGuard;
import org.coopbank.shared.Money;
import org.coopbank.shared.NotFoundException;
import org.coopbank.shared.NumberSequences;
import org.coopbank.shared.Validation;
import org.coopbank.shared.ValidationFailedException;
import org.coopbank.staff.StaffRole;

@Stateless
@Interceptors(InputGuard.class)
public class DepositService {

    /** What opening an FD today would give, shown before confirming. */
    public record Quote(Money principal, BigDecimal annualRate, int tenureMonths, LocalDate openedOn,
                        LocalDate maturityDate, Money maturityAmount) {
    }

    public static final Money MINIMUM = Money.of(1000);

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    LedgerService ledger;

    @Inject
    SettingsService settings;

    @Inject
    AuditService audit;

    @Inject
    BusinessClock clock;

    @Inject
    NumberSequences numbers;

    /** One band of a new rate card: tenures of {@code minDays} to {@code maxDays} days earn {@code annualRate}. */
    public record RateBand(int minDays, int maxDays, BigDecimal annualRate) {
    }

    public Quote quote(BigDecimal principal, int tenureMonths) {
        Money p = Validation.amount(principal, "principal", settings.maxFd());
        if (p.isLessThan(MINIMUM)) {
            throw new ValidationFailedException("principal", "must be at least " + MINIMUM);
        }
        Validation.range(tenureMonths, "tenureMonths", 1, 120);
        LocalDate today = clock.today();
        LocalDate maturity = today.plusMonths(tenureMonths);
        BigDecimal rate = rateFor(ChronoUnit.DAYS.between(today, maturity), today)
                .orElseThrow(() -> new ValidationFailedException("tenureMonths", "has no rate on the rate card"));
        return new Quote(p, rate, tenureMonths, today, maturity, FdCalculator.maturityAmount(p, rate, today, tenureMonths));
    }

    /** Opens an FD funded from the customer's account: debit 20x0, credit 2100. */
    public FixedDeposit openFromAccount(long accountId, BigDecimal principal, int tenureMonths, Actor actor) {
        return openFromAccount(accountId, principal, tenureMonths, false, actor);
    }

    /**
     * Opens an FD funded from the customer's account (debit 20x0, credit 2100); with {@code autoRenew} the nightly
     * maturity job places the maturity amount again for the same tenure instead of paying it out.
     */
    public FixedDeposit openFromAccount(long accountId, BigDecimal principal, int tenureMonths, boolean autoRenew,
                                        Actor actor) {
        return openFromAccount(accountId, principal, tenureMonths, autoRenew, false, actor);
    }

    /**
     * As above; with {@code payoutToExternal} the nightly maturity job pays the maturity amount out to the customer's
     * linked bank account elsewhere (org.coopbank.payout), or to the funding account when none is linked by then.
     * Auto-renewal and payout exclude each other.
     */
    public FixedDeposit openFromAccount(long accountId, BigDecimal principal, int tenureMonths, boolean autoRenew,
                                        boolean payoutToExternal, Actor actor) {
        if (!actor.isCustomer()) {
            actor.requireStaff(StaffRole.CLERK, StaffRole.CASHIER);
        }
        Quote q = quote(principal, tenureMonths);
        BankAccount a = accounts.lock(accountId);
        actor.requireSelfOrStaff(a.customer().id(), StaffRole.CLERK, StaffRole.CASHIER);
        if (!a.customer().status().canTransact()) {
            throw new InvalidStateException("Customer " + a.customer().customerNumber() + " is " + a.customer().status());
        }
        a.checkCanDebit(q.principal());
        FixedDeposit fd = new FixedDeposit(numbers.next(NumberSequences.FD), a, q.principal(), q.annualRate(), tenureMonths,
                q.openedOn(), autoRenew, payoutToExternal);
        em.persist(fd);
        JournalEntry e = ledger.post(Posting.of(EventType.FD_OPENING, a.branch(), "FD " + fd.fdNumber() + " opened from "
                        + a.maskedNumber())
                .debit(a.type().controlAccount(), q.principal()).credit(GlCode.FIXED_DEPOSITS, q.principal())
                .reference(fd.fdNumber()).touching(a.id()), actor);
        accounts.record(a.debit(q.principal(), TxnType.FD_OPENING, "FD " + fd.fdNumber() + " opened", e));
        audit.record(actor, "fd.open", "FixedDeposit", fd.id(), null, describe(fd));
        return fd;
    }

    /**
     * Opens an FD paid online through the payment gateway (org.coopbank.payment, after the gateway confirmed it):
     * debit gateway clearing (1200), credit fixed deposits (2100). {@code linkedAccountId} is the customer's account
     * that receives the maturity; nothing is taken from it. Only the system does this, once per gateway payment.
     */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.MANDATORY)
    public FixedDeposit openOnline(long linkedAccountId, BigDecimal principal, int tenureMonths, String reference,
                                   Actor actor) {
        actor.requireSystem();
        String ref = Validation.text(reference, "reference", 64, true);
        Quote q = quote(principal, tenureMonths);
        BankAccount a = accounts.lock(linkedAccountId);
        a.requireActive();
        if (!a.customer().status().canTransact()) {
            throw new InvalidStateException("Customer " + a.customer().customerNumber() + " is " + a.customer().status());
        }
        FixedDeposit fd = new FixedDeposit(numbers.next(NumberSequences.FD), a, q.principal(), q.annualRate(), tenureMonths, q.openedOn());
        em.persist(fd);
        ledger.post(Posting.of(EventType.FD_OPENING, a.branch(), "FD " + fd.fdNumber() + " opened online, payment " + ref)
                .debit(GlCode.GATEWAY_CLEARING, q.principal()).credit(GlCode.FIXED_DEPOSITS, q.principal())
                .reference(fd.fdNumber()), actor);
        audit.record(actor, "fd.open-online", "FixedDeposit", fd.id(), null, describe(fd));
        return fd;
    }

    /**
     * The FD was opened online and its payment is refunded through the gateway (org.coopbank.payment, the accountant's
     * refund): only in full, only while the FD is ACTIVE and before its maturity date; it is closed with no interest
     * (CLOSED_PREMATURE, amount paid = principal) and the principal goes back to gateway clearing (debit 2100, credit
     * 1200), under the FD's row lock. Anything else is refused and nothing changes.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public JournalEntry refundOnlineOpening(long fdId, Money amount, String reference, Actor actor) {
        actor.requireStaff(StaffRole.ACCOUNTANT, StaffRole.SUPERADMIN);
        String ref = Validation.text(reference, "reference", 64, true);
        FixedDeposit fd = lock(fdId);
        if (fd.status() != FdStatus.ACTIVE) {
            throw new InvalidStateException("FD " + fd.fdNumber() + " is " + fd.status() + ": its opening payment can no longer be refunded");
        }
        if (!clock.today().isBefore(fd.maturityDate())) {
            throw new InvalidStateException("FD " + fd.fdNumber() + " has matured: its opening payment can no longer be refunded");
        }
        if (!amount.equals(fd.principal())) {
            throw new InvalidStateException("An FD opened online is refunded in full only (" + fd.principal()
                    + "), not in part");
        }
        fd.closePrematurely(fd.principal(), clock.today());
        JournalEntry e = ledger.post(Posting.of(EventType.ONLINE_REFUND, fd.branch(), "FD " + fd.fdNumber()
                        + " closed: its online payment refunded").debit(GlCode.FIXED_DEPOSITS, fd.principal())
                .credit(GlCode.GATEWAY_CLEARING, fd.principal()).reference(ref), actor);
        audit.record(actor, "fd.refund-online", "FixedDeposit", fd.id(), Map.of("status", "ACTIVE"), describe(fd));
        return e;
    }

    /** On or after the maturity date: principal and interest to the linked account (debit 2100 + 5100, credit 20x0). */
    public FixedDeposit closeOnMaturity(long fdId, Actor actor) {
        actor.requireStaffOrSystem(StaffRole.MANAGER);
        FixedDeposit fd = lock(fdId);
        BankAccount a = accounts.lock(fd.linkedAccount().id());
        Money payout = fd.mature(clock.today());
        payOut(fd, a, payout, EventType.FD_MATURITY, TxnType.FD_MATURITY, "FD " + fd.fdNumber() + " matured", actor);
        audit.record(actor, "fd.mature", "FixedDeposit", fd.id(), Map.of("status", "ACTIVE"), describe(fd));
        return fd;
    }

    /**
     * On or after the maturity date, by payout instruction (org.coopbank.payout): the FD is closed at its maturity
     * amount and the money moves to payout clearing, in transit to the customer's bank account (debit 2100 principal and
     * 5100 interest, credit 2200). Only the payout service calls this, inside its own transaction, once per FD (the
     * payout's unique source key and the FD's status). Returns the entry; nothing is credited to the linked account.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public JournalEntry matureToPayout(long fdId, String payoutReference, Actor actor) {
        actor.requireSystem();
        FixedDeposit fd = lock(fdId);
        Map<String, Object> before = describe(fd);
        Money payout = fd.mature(clock.today());
        Money interest = payout.minus(fd.principal());
        JournalEntry e = ledger.post(Posting.of(EventType.FD_MATURITY, fd.branch(), "FD " + fd.fdNumber()
                        + " matured, paid out (" + payoutReference + ")")
                .debit(GlCode.FIXED_DEPOSITS, fd.principal()).debit(GlCode.FD_INTEREST_EXPENSE, interest)
                .credit(GlCode.PAYOUT_CLEARING, payout).reference(fd.fdNumber()), actor);
        audit.record(actor, "fd.mature-payout", "FixedDeposit", fd.id(), before, describe(fd));
        return e;
    }

    /** What the nightly maturity job did with one FD. */
    public enum MaturityOutcome { PAID_TO_ACCOUNT, RENEWED, PAID_TO_ACCOUNT_NO_RATE_TO_RENEW }

    /**
     * The nightly maturity of one FD whose maturity date has come (business date from the clock): renewed when
     * auto-renewal was chosen at opening, otherwise closed at its maturity amount to the linked account
     * ({@link #closeOnMaturity}). A renewal closes the FD at its maturity amount on its maturity date and opens a new
     * FD of that principal, the same tenure, from that date, at the rate the card in force on that date gives
     * (debit 2100 old principal and 5100 interest, credit 2100 new principal). A late run catches up: while the new
     * FD has matured by the business date too, it is renewed again, so no FD is left matured after the run. With no
     * rate on the card for the tenure the FD is paid to the linked account instead. Refused (InvalidStateException)
     * if not ACTIVE or not yet due.
     */
    public MaturityOutcome matureOnSchedule(long fdId, Actor actor) {
        actor.requireStaffOrSystem(StaffRole.MANAGER);
        FixedDeposit fd = lock(fdId);
        if (!fd.autoRenew()) {
            closeOnMaturity(fdId, actor);
            return MaturityOutcome.PAID_TO_ACCOUNT;
        }
        LocalDate today = clock.today();
        if (today.isBefore(fd.maturityDate())) {
            throw new InvalidStateException("FD " + fd.fdNumber() + " matures on " + fd.maturityDate());
        }
        FixedDeposit current = fd;
        while (!today.isBefore(current.maturityDate())) {
            LocalDate from = current.maturityDate();
            java.util.Optional<BigDecimal> rate = rateFor(ChronoUnit.DAYS.between(from,
                    from.plusMonths(current.tenureMonths())), from);
            if (rate.isEmpty()) {
                em.flush(); // a renewal made just now must be a row before it is locked and closed
                closeOnMaturity(current.id(), actor);
                return MaturityOutcome.PAID_TO_ACCOUNT_NO_RATE_TO_RENEW;
            }
            current = renew(current, rate.get(), actor);
        }
        return MaturityOutcome.RENEWED;
    }

    private FixedDeposit renew(FixedDeposit fd, BigDecimal rate, Actor actor) {
        FixedDeposit next = fd.renew(numbers.next(NumberSequences.FD), rate);
        em.persist(next);
        Money interest = fd.maturityAmount().minus(fd.principal());
        ledger.post(Posting.of(EventType.FD_MATURITY, fd.branch(), "FD " + fd.fdNumber() + " matured, renewed as "
                        + next.fdNumber())
                .debit(GlCode.FIXED_DEPOSITS, fd.principal()).debit(GlCode.FD_INTEREST_EXPENSE, interest)
                .credit(GlCode.FIXED_DEPOSITS, next.principal())
                .reference(fd.fdNumber()), actor);
        audit.record(actor, "fd.renew", "FixedDeposit", fd.id(), Map.of("status", "ACTIVE"),
                Map.of("status", fd.status().name(), "renewedAs", next.fdNumber(), "rate", rate.toPlainString(),
                        "principal", next.principal().toString(), "maturityDate", next.maturityDate().toString()));
        return next;
    }

    /** Before maturity: the rate card's rate for the days actually run, less the penalty points, never below zero. */
    public FixedDeposit closePrematurely(long fdId, Actor actor) {
        if (!actor.isCustomer()) {
            actor.requireStaff(StaffRole.CLERK, StaffRole.MANAGER);
        }
        FixedDeposit fd = lock(fdId);
        actor.requireSelfOrStaff(fd.customer().id(), StaffRole.CLERK, StaffRole.MANAGER);
        BankAccount a = accounts.lock(fd.linkedAccount().id());
        Money payout = fd.closePrematurely(prematurePayout(fd), clock.today());
        payOut(fd, a, payout, EventType.FD_PREMATURE_CLOSURE, TxnType.FD_PREMATURE_CLOSURE,
                "FD " + fd.fdNumber() + " closed before maturity", actor);
        audit.record(actor, "fd.close-premature", "FixedDeposit", fd.id(), Map.of("status", "ACTIVE"), describe(fd));
        return fd;
    }

    /**
     * What a premature closure today would pay: the rate that the card in force on the opening date gave for the
     * days actually run (zero below the card's shortest band), less the penalty points, never below zero.
     */
    public Money prematurePayout(FixedDeposit fd) {
        LocalDate today = clock.today();
        BigDecimal rateRun = rateFor(ChronoUnit.DAYS.between(fd.openedOn(), today), fd.openedOn()).orElse(BigDecimal.ZERO);
        return FdCalculator.prematureAmount(fd.principal(), rateRun, settings.fdPrematurePenalty(), fd.openedOn(), today);
    }

    private void payOut(FixedDeposit fd, BankAccount a, Money payout, EventType event, TxnType txnType, String text,
                        Actor actor) {
        if (a.status() != org.coopbank.account.AccountStatus.ACTIVE) {
            throw new InvalidStateException("Linked account " + a.maskedNumber() + " is " + a.status()
                    + "; the FD cannot be paid into it");
        }
        Money interest = payout.minus(fd.principal());
        JournalEntry e = ledger.post(Posting.of(event, fd.branch(), text + " to " + a.maskedNumber())
                .debit(GlCode.FIXED_DEPOSITS, fd.principal()).debit(GlCode.FD_INTEREST_EXPENSE, interest)
                .credit(a.type().controlAccount(), a.branch(), payout)
                .reference(fd.fdNumber()).touching(a.id()), actor);
        accounts.record(a.credit(payout, txnType, text, e));
    }

    /** The card's rate for a tenure of {@code days}, as the card stood on {@code on}. */
    public java.util.Optional<BigDecimal> rateFor(long days, LocalDate on) {
        return em.createQuery("""
                        SELECT r FROM FdRate r WHERE r.minDays <= :d AND r.maxDays >= :d AND r.effectiveFrom <= :on
                        AND (r.effectiveTo IS NULL OR r.effectiveTo > :on) ORDER BY r.minDays""", FdRate.class)
                .setParameter("d", (int) Math.min(days, Integer.MAX_VALUE)).setParameter("on", on).getResultStream()
                .findFirst().map(FdRate::annualRate);
    }

    /** The rate card in force today. */
    public List<FdRate> rateCard() {
        return rateCard(clock.today());
    }

    /** The rate card as it stood on {@code on}. */
    public List<FdRate> rateCard(LocalDate on) {
        return em.createQuery("""
                        SELECT r FROM FdRate r WHERE r.effectiveFrom <= :on AND (r.effectiveTo IS NULL OR r.effectiveTo > :on)
                        ORDER BY r.minDays""", FdRate.class).setParameter("on", on).getResultList();
    }

    /**
     * Replaces the rate card from today's business date on: the rows in force end today (rows starting later, which only
     * a clock set back can leave, end on their first day: they never apply), the new bands start today.
     * Bands must not overlap. FDs already open keep their rate; premature closure of them keeps using the card of
     * their opening date.
     */
    public List<FdRate> replaceRateCard(List<RateBand> bands, Actor actor) {
        actor.requireStaff(StaffRole.SUPERADMIN);
        List<RateBand> sorted = checkRateCard(bands);
        LocalDate today = clock.today();
        // every row not ended by today: the card in force, and any row starting after today (there is none while the
        // business date only moves forward; a test's clock pinned to a past date could otherwise leave two cards in
        // force): those never apply, so at most one card is ever in force
        List<FdRate> old = em.createQuery("SELECT r FROM FdRate r WHERE r.effectiveTo IS NULL OR r.effectiveTo > :on"
                + " ORDER BY r.effectiveFrom, r.minDays", FdRate.class).setParameter("on", today).getResultList();
        old.forEach(r -> r.endOn(r.effectiveFrom().isAfter(today) ? r.effectiveFrom() : today));
        List<FdRate> created = sorted.stream().map(b -> new FdRate(b.minDays(), b.maxDays(), b.annualRate(), today)).toList();
        created.forEach(em::persist);
        audit.record(actor, "fd.rate-card", "FdRate", null, Map.of("bands", describe(old)), Map.of("bands", describe(created)));
        return created;
    }

    /**
     * Checks a new rate card and changes nothing: 1 to 50 bands, each 1 <= minDays <= maxDays <= 3660 with a rate from 0
     * to the {@code limit.rate-max} setting at most 4 decimals, and no two bands overlapping. Violations name the band by
     * its place in {@code bands} ({@code bands[2].maxDays}), so a screen can show each beside its field. Answers the
     * bands sorted by {@code minDays}.
     */
    public List<RateBand> checkRateCard(List<RateBand> bands) {
        if (bands.isEmpty() || bands.size() > 50) {
            throw new ValidationFailedException("bands", "must have 1 to 50 bands");
        }
        List<Map.Entry<String, String>> errors = new java.util.ArrayList<>();
        BigDecimal maxRate = settings.maxRate();
        for (int i = 0; i < bands.size(); i++) {
            RateBand b = bands.get(i);
            String at = "bands[" + i + "].";
            if (b == null) {
                errors.add(Map.entry("bands[" + i + "]", "is required"));
                continue;
            }
            if (b.minDays() < 1 || b.minDays() > 3660) {
                errors.add(Map.entry(at + "minDays", "must be between 1 and 3660 days"));
            } else if (b.maxDays() < b.minDays() || b.maxDays() > 3660) {
                errors.add(Map.entry(at + "maxDays", "must be from the band's first day (" + b.minDays() + ") to 3660 days"));
            }
            try {
                Validation.rate(b.annualRate(), at + "annualRate", maxRate);
            } catch (ValidationFailedException e) {
                errors.addAll(e.violations());
            }
        }
        if (errors.isEmpty()) {
            List<Integer> order = java.util.stream.IntStream.range(0, bands.size()).boxed()
                    .sorted(java.util.Comparator.comparingInt(i -> bands.get(i).minDays())).toList();
            for (int k = 1; k < order.size(); k++) {
                RateBand previous = bands.get(order.get(k - 1));
                if (bands.get(order.get(k)).minDays() <= previous.maxDays()) {
                    errors.add(Map.entry("bands[" + order.get(k) + "].minDays", "overlaps the band of "
                            + previous.minDays() + " to " + previous.maxDays() + " days"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        return bands.stream().sorted(java.util.Comparator.comparingInt(RateBand::minDays)).toList();
    }

    private static String describe(List<FdRate> rates) {
        return rates.stream().map(r -> r.minDays() + "-" + r.maxDays() + "d:" + r.annualRate().toPlainString())
                .collect(java.util.stream.Collectors.joining(", "));
    }

    public FixedDeposit get(long fdId) {
        FixedDeposit fd = em.find(FixedDeposit.class, fdId);
        if (fd == null) {
            throw new NotFoundException("FD " + fdId + " not found");
        }
        return fd;
    }

    public List<FixedDeposit> forCustomer(long customerId) {
        return em.createQuery("SELECT f FROM FixedDeposit f WHERE f.customer.id = :c ORDER BY f.id", FixedDeposit.class)
                .setParameter("c", customerId).getResultList();
    }

    /** Active FDs whose maturity date has come (for the nightly maturity job). */
    public List<Long> maturedIds() {
        return em.createQuery("SELECT f.id FROM FixedDeposit f WHERE f.status = :s AND f.maturityDate <= :d ORDER BY f.id",
                        Long.class)
                .setParameter("s", FdStatus.ACTIVE).setParameter("d", clock.today()).getResultList();
    }

    /** Up to {@code limit} ids above {@code afterId} of ACTIVE FDs maturing on or before {@code on}, in id order. */
    public List<Long> maturedIds(LocalDate on, long afterId, int limit) {
        return maturedIds(on, afterId, limit, org.coopbank.nightly.Shard.ALL);
    }

    /** {@link #maturedIds(LocalDate, long, int)} of one share of the FDs (a parallel step's). */
    public List<Long> maturedIds(LocalDate on, long afterId, int limit, org.coopbank.nightly.Shard shard) {
        if (shard.empty()) {
            return List.of();
        }
        return shard.bind(em.createQuery("SELECT f.id FROM FixedDeposit f WHERE f.status = :s AND f.maturityDate <= :d"
                        + " AND f.id > :after" + shard.jpql("f.id") + " ORDER BY f.id", Long.class))
                .setParameter("s", FdStatus.ACTIVE).setParameter("d", on).setParameter("after", afterId)
                .setMaxResults(limit).getResultList();
    }

    /**
     * Locks the FDs of one chunk of the nightly maturity job in the caller's transaction, and their linked accounts
     * after them (FDs before accounts, each in id order: the order every single-FD path locks in too), in two
     * statements instead of two per FD; the per-FD work that follows in the same transaction finds them locked.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public List<FixedDeposit> lockForMaturity(java.util.Collection<Long> fdIds) {
        if (fdIds.isEmpty()) {
            return List.of();
        }
        List<FixedDeposit> fds = em.createQuery("SELECT f FROM FixedDeposit f WHERE f.id IN :ids ORDER BY f.id",
                        FixedDeposit.class)
                .setParameter("ids", fdIds).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        jakarta.persistence.PersistenceUnitUtil ids = em.getEntityManagerFactory().getPersistenceUnitUtil();
        accounts.lockAll(fds.stream().map(f -> (Long) ids.getIdentifier(f.linkedAccount())).toList());
        return fds;
    }

    /**
     * Why the nightly maturity of {@code fd} as of today (the business date) would be refused, or empty: it is not
     * ACTIVE, not yet due, or its money would be credited to a linked account that cannot take it (frozen, closed) —
     * a plain maturity, or an auto-renewal reaching a tenure the rate card has no rate for. {@code byPayout}: it goes
     * to the customer's bank account elsewhere, so the linked account is not touched. The maturity job checks this on
     * each page of FDs before they are read (the refused are skipped and stay ACTIVE for the next run) and again under
     * its locks, so a refusal never fails a chunk.
     */
    public java.util.Optional<String> maturityRefusal(FixedDeposit fd, boolean byPayout) {
        LocalDate today = clock.today();
        if (fd.status() != FdStatus.ACTIVE) {
            return java.util.Optional.of("FD " + fd.fdNumber() + " is " + fd.status());
        }
        if (today.isBefore(fd.maturityDate())) {
            return java.util.Optional.of("FD " + fd.fdNumber() + " matures on " + fd.maturityDate());
        }
        BankAccount a = fd.linkedAccount();
        if (byPayout || a.status() == org.coopbank.account.AccountStatus.ACTIVE
                || (fd.autoRenew() && renewsThrough(fd, today))) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("Linked account " + a.maskedNumber() + " is " + a.status()
                + "; the FD cannot be paid into it");
    }

    /** Whether every renewal an auto-renewing FD goes through by {@code today} has a rate (none is paid out). */
    private boolean renewsThrough(FixedDeposit fd, LocalDate today) {
        LocalDate from = fd.maturityDate();
        while (!today.isBefore(from)) {
            LocalDate to = from.plusMonths(fd.tenureMonths());
            if (rateFor(ChronoUnit.DAYS.between(from, to), from).isEmpty()) {
                return false;
            }
            from = to;
        }
        return true;
    }

    private FixedDeposit lock(long fdId) {
        FixedDeposit fd = em.find(FixedDeposit.class, fdId, LockModeType.PESSIMISTIC_WRITE);
        if (fd == null) {
            throw new NotFoundException("FD " + fdId + " not found");
        }
        return fd;
    }

    private static Map<String, Object> describe(FixedDeposit fd) {
        return Map.of("fdNumber", fd.fdNumber(), "status", fd.status().name(), "principal", fd.principal().toString(),
                "rate", fd.annualRate().toPlainString(), "maturityDate", fd.maturityDate().toString(),
                "maturityAmount", fd.maturityAmount().toString(), "autoRenew", fd.autoRenew(),
                "payoutToExternal", fd.payoutToExternal());
    }
}
