package org.coopbank.settings;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
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
            if (GRACE_DAYS.equals(key)) {
                int d = Integer.parseInt(value.trim());
                if (d < 0 || d > 90) {
                    throw new ValidationFailedException(key, "must be between 0 and 90 days");
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
