package org.coopbank.settings;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coopbank.audit.AuditService;
import org.coopbank.shared.Actor;
import org.coopbank.shared.InputGuard;
import org.coopbank.shared.Money;
import org.coopbank.staff.StaffRole;
import org.coopbank.shared.NotFoundException;
import org.coopbank.shared.ValidationFailedException;

@Stateless
@Interceptors(InputGuard.class)
public class SettingsService {

    public static final String GRACE_DAYS = "loan.grace-days";
    public static final String PENAL_RATE = "loan.penal-rate";
    public static final String FD_PREMATURE_PENALTY = "fd.premature-penalty";
    public static final String SAVINGS_RATE = "savings.interest-rate";
    public static final String FORECLOSURE_CHARGE = "loan.foreclosure-charge";
    public static final String MAX_TRANSACTION = "limit.transaction-max";
    public static final String MAX_LOAN = "limit.loan-max";
    public static final String MAX_FD = "limit.fd-max";
    public static final String MAX_RATE = "limit.rate-max";
    public static final String WITHDRAWAL_APPROVAL = "limit.withdrawal-approval";
    public static final String LOGIN_FREE_FAILURES = "security.login.free-failures";
    public static final String LOGIN_WINDOW_SECONDS = "security.login.window-seconds";
    public static final String LOGIN_BACKOFF_BASE_SECONDS = "security.login.backoff-base-seconds";
    public static final String LOGIN_BACKOFF_MAX_SECONDS = "security.login.backoff-max-seconds";
    public static final String LOGIN_LOCKOUT_THRESHOLD = "security.login.lockout-threshold";
    public static final String LOGIN_LOCKOUT_MINUTES = "security.login.lockout-minutes";
    public static final String LOGIN_ADDRESS_FREE_FAILURES = "security.login.address.free-failures";
    public static final String LOGIN_ADDRESS_LOCKOUT_THRESHOLD = "security.login.address.lockout-threshold";
    public static final String LOGIN_TRUSTED_PROXIES = "security.login.trusted-proxies";
    public static final String API_TOKEN_IDLE_SECONDS = "security.api.token-idle-seconds";
    public static final String API_TOKEN_MAX_SECONDS = "security.api.token-max-seconds";
    /** Minute of the day (Asia/Kolkata) the nightly fd-maturity job starts; read at server start. */
    public static final String BATCH_FD_MATURITY_MINUTE = "batch.fd-maturity.minute-of-day";
    /** Minute of the day (Asia/Kolkata) the nightly emi-overdue job starts; read at server start. */
    public static final String BATCH_EMI_OVERDUE_MINUTE = "batch.emi-overdue.minute-of-day";
    /** Minute of the day (Asia/Kolkata) the nightly standing-instructions job starts; read at server start. */
    public static final String BATCH_STANDING_MINUTE = "batch.standing-instructions.minute-of-day";
    /** Minute of the day (Asia/Kolkata) the nightly emi-reminders job starts; read at server start. */
    public static final String BATCH_EMI_REMINDERS_MINUTE = "batch.emi-reminders.minute-of-day";
    /** Minute of the day (Asia/Kolkata) interest-posting starts on the day after a quarter end; read at server start. */
    public static final String BATCH_INTEREST_MINUTE = "batch.interest-posting.minute-of-day";
    /** Minute of the day (Asia/Kolkata) the nightly ledger-integrity check starts; read at server start. */
    public static final String BATCH_LEDGER_INTEGRITY_MINUTE = "batch.ledger-integrity.minute-of-day";
    /** Minute past each hour (Asia/Kolkata) the hourly loan-disbursement job starts; read at server start. */
    public static final String BATCH_LOAN_DISBURSEMENT_MINUTE = "batch.loan-disbursement.minute-of-hour";
    /** Minute of the day (Asia/Kolkata) the nightly emi-schedule job starts; read at server start. */
    public static final String BATCH_EMI_SCHEDULE_MINUTE = "batch.emi-schedule.minute-of-day";
    /** emi-reminders: how many days before its due date an instalment's reminder goes out. */
    public static final String BATCH_REMINDER_DAYS_BEFORE = "batch.emi-reminders.days-before";

    /** Minute of the day (Asia/Kolkata) the daily import of the gateway's settlement report runs; read at server start. */
    public static final String PAYMENT_SETTLEMENT_IMPORT_MINUTE = "payment.settlement.import-minute-of-day";

    /** Whole-number settings and their allowed ranges. */
    private static final Map<String, int[]> INT_RANGES = Map.ofEntries(
            Map.entry(GRACE_DAYS, new int[] {0, 90}),
            Map.entry(LOGIN_FREE_FAILURES, new int[] {1, 1000}),
            Map.entry(LOGIN_WINDOW_SECONDS, new int[] {1, 86_400}),
            Map.entry(LOGIN_BACKOFF_BASE_SECONDS, new int[] {1, 3600}),
            Map.entry(LOGIN_BACKOFF_MAX_SECONDS, new int[] {1, 86_400}),
            Map.entry(LOGIN_LOCKOUT_THRESHOLD, new int[] {0, 100_000}),
            Map.entry(LOGIN_LOCKOUT_MINUTES, new int[] {1, 43_200}),
            Map.entry(LOGIN_ADDRESS_FREE_FAILURES, new int[] {1, 100_000}),
            Map.entry(LOGIN_ADDRESS_LOCKOUT_THRESHOLD, new int[] {0, 1_000_000}),
            Map.entry(API_TOKEN_IDLE_SECONDS, new int[] {1, 86_400}),
            Map.entry(API_TOKEN_MAX_SECONDS, new int[] {1, 2_592_000}),
            Map.entry(BATCH_FD_MATURITY_MINUTE, new int[] {0, 1439}),
            Map.entry(BATCH_EMI_OVERDUE_MINUTE, new int[] {0, 1439}),
            Map.entry(BATCH_STANDING_MINUTE, new int[] {0, 1439}),
            Map.entry(BATCH_EMI_REMINDERS_MINUTE, new int[] {0, 1439}),
            Map.entry(BATCH_INTEREST_MINUTE, new int[] {0, 1439}),
            Map.entry(BATCH_LEDGER_INTEGRITY_MINUTE, new int[] {0, 1439}),
            Map.entry(BATCH_LOAN_DISBURSEMENT_MINUTE, new int[] {0, 59}),
            Map.entry(BATCH_EMI_SCHEDULE_MINUTE, new int[] {0, 1439}),
            Map.entry(BATCH_REMINDER_DAYS_BEFORE, new int[] {1, 30}),
            Map.entry(PAYMENT_SETTLEMENT_IMPORT_MINUTE, new int[] {0, 1439}));

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditService audit;

    @Inject
    SettingsCache cache;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private static final String CHANGED = SettingsService.class.getName() + ".changed";

    public int graceDays() {
        return Integer.parseInt(value(GRACE_DAYS));
    }

    public BigDecimal penalRate() {
        return new BigDecimal(value(PENAL_RATE));
    }

    public BigDecimal fdPrematurePenalty() {
        return new BigDecimal(value(FD_PREMATURE_PENALTY));
    }

    public BigDecimal savingsRate() {
        return new BigDecimal(value(SAVINGS_RATE));
    }

    /** Foreclosure charge, % of the outstanding principal (0: none). */
    public BigDecimal foreclosureCharge() {
        return new BigDecimal(value(FORECLOSURE_CHARGE));
    }

    /** Largest amount one deposit, withdrawal, transfer or repayment may move. */
    public Money maxTransaction() {
        return Money.of(value(MAX_TRANSACTION));
    }

    /** Cash withdrawals above this amount wait for a manager's approval (maker-checker). */
    public Money withdrawalApprovalLimit() {
        return Money.of(value(WITHDRAWAL_APPROVAL));
    }

    public Money maxLoan() {
        return Money.of(value(MAX_LOAN));
    }

    public Money maxFd() {
        return Money.of(value(MAX_FD));
    }

    /** Highest interest rate (% p.a.) a loan may carry. */
    public BigDecimal maxRate() {
        return new BigDecimal(value(MAX_RATE));
    }

    /** A whole-number setting (see {@link #INT_RANGES}). */
    public int intSetting(String key) {
        return Integer.parseInt(value(key).trim());
    }

    /** A decimal setting (a rate or a percentage). */
    public BigDecimal decimalSetting(String key) {
        return new BigDecimal(value(key).trim());
    }

    /** Reverse proxies whose {@code X-Forwarded-For} is believed; empty unless configured. */
    public List<String> trustedProxies() {
        String v = em.find(AppSetting.class, LOGIN_TRUSTED_PROXIES) == null ? "none" : value(LOGIN_TRUSTED_PROXIES).trim();
        if (v.isEmpty() || "none".equalsIgnoreCase(v)) {
            return List.of();
        }
        return Arrays.stream(v.split(",")).map(String::trim).filter(x -> !x.isEmpty()).toList();
    }

    public List<AppSetting> all() {
        return em.createQuery("SELECT s FROM AppSetting s ORDER BY s.key", AppSetting.class).getResultList();
    }

    public void change(String key, String newValue, Actor actor) {
        actor.requireStaff(StaffRole.SUPERADMIN);
        AppSetting s = em.find(AppSetting.class, key);
        if (s == null) {
            throw new NotFoundException("Setting " + key + " not found");
        }
        validate(key, newValue);
        String old = s.value();
        s.change(newValue.trim());
        // this transaction reads its own value from now on; this server's cache forgets the key when it ends (committed
        // or not); a read racing the commit may keep the old value, for at most the cache's 5 seconds
        if (transactions.getResource(CHANGED) == null) {
            transactions.putResource(CHANGED, Boolean.TRUE);
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                cache.evict(key);
            }
        });
        audit.record(actor, "setting.change", "AppSetting", key, Map.of("value", old), Map.of("value", s.value()));
    }

    private static void validate(String key, String value) {
        if (value == null || value.isBlank() || value.length() > 255) {
            throw new ValidationFailedException(key, "must be a value of at most 255 characters");
        }
        try {
            if (key.startsWith("limit.") && !MAX_RATE.equals(key)) {
                BigDecimal m = new BigDecimal(value.trim());
                InputGuard.checkSize(key, m);
                if (m.signum() <= 0 || m.compareTo(InputGuard.HARD_LIMIT) > 0 || m.stripTrailingZeros().scale() > 2) {
                    throw new ValidationFailedException(key, "must be a positive amount in paise up to "
                            + InputGuard.HARD_LIMIT.toPlainString());
                }
            } else if (FORECLOSURE_CHARGE.equals(key)) {
                BigDecimal r = new BigDecimal(value.trim());
                if (r.signum() < 0 || r.compareTo(BigDecimal.TEN) > 0 || r.stripTrailingZeros().scale() > 4) {
                    throw new ValidationFailedException(key, "must be a percentage between 0 and 10");
                }
            } else if (LOGIN_TRUSTED_PROXIES.equals(key)) {
                if (!value.trim().matches("none|[0-9A-Fa-f.:]+(\\s*,\\s*[0-9A-Fa-f.:]+)*")) {
                    throw new ValidationFailedException(key, "must be none or a comma-separated list of IP addresses");
                }
            } else if (INT_RANGES.containsKey(key)) {
                int[] range = INT_RANGES.get(key);
                int d = Integer.parseInt(value.trim());
                if (d < range[0] || d > range[1]) {
                    throw new ValidationFailedException(key, "must be between " + range[0] + " and " + range[1]);
                }
            } else {
                BigDecimal r = new BigDecimal(value.trim());
                InputGuard.checkSize(key, r);
                if (r.signum() < 0 || r.compareTo(BigDecimal.valueOf(100)) > 0 || r.stripTrailingZeros().scale() > 4) {
                    throw new ValidationFailedException(key, "must be a rate between 0 and 100");
                }
            }
        } catch (NumberFormatException e) {
            throw new ValidationFailedException(key, "must be a number");
        }
    }

    /**
     * The setting's committed value: from {@link SettingsCache} when read in the last 5 seconds, else read (and kept).
     * A transaction that changed a setting reads past the cache, so it sees its own change.
     */
    private String value(String key) {
        boolean changedHere = transactions.getTransactionKey() != null && transactions.getResource(CHANGED) != null;
        if (!changedHere) {
            Optional<String> cached = cache.get(key);
            if (cached.isPresent()) {
                return cached.get();
            }
        }
        long readAt = System.nanoTime();
        AppSetting s = em.find(AppSetting.class, key);
        if (s == null) {
            throw new NotFoundException("Setting " + key + " not found");
        }
        if (!changedHere) {
            cache.put(key, s.value(), readAt);
        }
        return s.value();
    }
}
