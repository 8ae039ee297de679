package org.coopbank.settings;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
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

    /** Foreclosure charge, % of the outstanding principal (0: none). */
    public BigDecimal foreclosureCharge() {
        return new BigDecimal(value(FORECLOSURE_CHARGE));
    }

    /** Largest amount one deposit, withdrawal, transfer or repayment may move. */
    public Money maxTransaction() {
        return Money.of(value(MAX_TRANSACTION));
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
            } else if (GRACE_DAYS.equals(key)) {
                int d = Integer.parseInt(value.trim());
                if (d < 0 || d > 90) {
                    throw new ValidationFailedException(key, "must be between 0 and 90 days");
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

    private String value(String key) {
        AppSetting s = em.find(AppSetting.class, key);
        if (s == null) {
            throw new NotFoundException("Setting " + key + " not found");
        }
        return s.value();
    }
}
