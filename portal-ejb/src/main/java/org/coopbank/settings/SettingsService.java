package org.coopbank.settings;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.coopbank.audit.AuditService;
import org.coopbank.shared.Actor;
import org.coopbank.shared.NotFoundException;
import org.coopbank.shared.ValidationFailedException;

@Stateless
public class SettingsService {

    public static final String GRACE_DAYS = "loan.grace-days";
    public static final String PENAL_RATE = "loan.penal-rate";
    public static final String FD_PREMATURE_PENALTY = "fd.premature-penalty";
    public static final String SAVINGS_RATE = "savings.interest-rate";
    public static final String LOGIN_FREE_FAILURES = "security.login.free-failures";
    public static final String LOGIN_WINDOW_SECONDS = "security.login.window-seconds";
    public static final String LOGIN_BACKOFF_BASE_SECONDS = "security.login.backoff-base-seconds";
    public static final String LOGIN_BACKOFF_MAX_SECONDS = "security.login.backoff-max-seconds";
    public static final String LOGIN_LOCKOUT_THRESHOLD = "security.login.lockout-threshold";
    public static final String LOGIN_LOCKOUT_MINUTES = "security.login.lockout-minutes";
    public static final String LOGIN_ADDRESS_FREE_FAILURES = "security.login.address.free-failures";
    public static final String LOGIN_ADDRESS_LOCKOUT_THRESHOLD = "security.login.address.lockout-threshold";
    public static final String LOGIN_TRUSTED_PROXIES = "security.login.trusted-proxies";

    /** Whole-number settings and their allowed ranges. */
    private static final Map<String, int[]> INT_RANGES = Map.of(
            GRACE_DAYS, new int[] {0, 90},
            LOGIN_FREE_FAILURES, new int[] {1, 1000},
            LOGIN_WINDOW_SECONDS, new int[] {1, 86_400},
            LOGIN_BACKOFF_BASE_SECONDS, new int[] {1, 3600},
            LOGIN_BACKOFF_MAX_SECONDS, new int[] {1, 86_400},
            LOGIN_LOCKOUT_THRESHOLD, new int[] {0, 100_000},
            LOGIN_LOCKOUT_MINUTES, new int[] {1, 43_200},
            LOGIN_ADDRESS_FREE_FAILURES, new int[] {1, 100_000},
            LOGIN_ADDRESS_LOCKOUT_THRESHOLD, new int[] {0, 1_000_000});

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditService audit;

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

    /** A whole-number setting (see {@link #INT_RANGES}). */
    public int intSetting(String key) {
        return Integer.parseInt(value(key).trim());
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
        AppSetting s = em.find(AppSetting.class, key);
        if (s == null) {
            throw new NotFoundException("Setting " + key + " not found");
        }
        validate(key, newValue);
        String old = s.value();
        s.change(newValue.trim());
        audit.record(actor, "setting.change", "AppSetting", key, Map.of("value", old), Map.of("value", s.value()));
    }

    private static void validate(String key, String value) {
        try {
            if (LOGIN_TRUSTED_PROXIES.equals(key)) {
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
                if (r.signum() < 0 || r.compareTo(BigDecimal.valueOf(36)) > 0) {
                    throw new ValidationFailedException(key, "must be a rate between 0 and 36");
                }
            }
        } catch (NumberFormatException e) {
            throw new ValidationFailedException(key, "must be a number");
        }
    }

    private String value(String key) {
        AppSetting s = em.find(AppSetting.class, key);
        if (s == null) {
            throw new NotFoundException("Setting " + key + " not found");
        }
        return s.value();
    }
}
