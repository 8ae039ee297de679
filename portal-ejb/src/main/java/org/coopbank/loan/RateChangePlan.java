package org.coopbank.loan;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.coopbank.shared.Money;

/**
 * What a floating-rate loan's rate change would do to its schedule as it stands (read model of the manager's review):
 * the EMI and the instalments left before and after; {@code rebuilt} instalments, from {@code firstRebuiltDue}, get
 * new figures (0: none can, e.g. only the running one is left, and only the rate changes). Nothing is changed by it;
 * the emi-schedule job rebuilds the schedule by the same rule. {@code lastInstalmentAfter}: the last instalment's amount
 * after the change (keeping the EMI, the last one takes what is left).
 */
public record RateChangePlan(RateChangeOption keep, BigDecimal oldRate, BigDecimal newRate, Money emiBefore,
                             Money emiAfter, long instalmentsLeftBefore, long instalmentsLeftAfter, int rebuilt,
                             LocalDate firstRebuiltDue, LocalDate lastDueAfter,
                             Money lastInstalmentAfter) implements Serializable {
}
