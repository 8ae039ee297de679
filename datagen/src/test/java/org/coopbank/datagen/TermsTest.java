package org.coopbank.datagen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TermsTest {

    @Test
    void everyLoanTemplate_schedulePrincipalsSumToTheLoan_andNoInstalmentIsZero() {
        for (Terms.LoanTemplate t : Terms.LOANS) {
            List<Terms.Line> lines = Terms.schedule(t);
            assertEquals(t.months(), lines.size());
            assertEquals(0, t.principal().compareTo(lines.stream().map(Terms.Line::principal).reduce(BigDecimal.ZERO, BigDecimal::add)));
            assertTrue(lines.stream().allMatch(l -> l.principal().signum() > 0));
        }
    }

    @Test
    void emi_of1Lakh_at10point5_for24Months_is4637point60() {
        // 100000 × r(1+r)^24 / ((1+r)^24 − 1), r = 10.5/1200
        assertEquals(new BigDecimal("4637.60"), Terms.emi(Terms.LOANS.get(1)));
    }

    @Test
    void fdOf1Lakh_at6point8_for12Months_compoundsQuarterly() {
        // 100000 × (1 + 6.8/400)^4 = 106,975.37
        assertEquals(new BigDecimal("106975.37"), Terms.fdMaturity(new BigDecimal("100000.00"), new BigDecimal("6.8000"),
                LocalDate.of(2025, 11, 26), LocalDate.of(2026, 11, 26)));
    }
}
