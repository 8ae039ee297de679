package org.coopbank.selfservice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class NarrationMaskTest {

    @Test
    void freeStandingAccountNumbers_areMasked_toTheirLastFour() {
        assertEquals("Transfer to XXXX0857", SelfService.mask("Transfer to 001010000857"));
        assertEquals("From XXXX4321 and XXXX9999", SelfService.mask("From 87654321 and 1234567899999"));
    }

    @Test
    void loanAndFdNumbers_shortNumbersAndAmounts_stayAsTheyAre() {
        assertEquals("Loan LN0010000052 disbursed", SelfService.mask("Loan LN0010000052 disbursed"));
        assertEquals("FD FD0010000035 opened", SelfService.mask("FD FD0010000035 opened"));
        assertEquals("ATM cash 1234567 of 100000.00", SelfService.mask("ATM cash 1234567 of 100000.00"));
        assertNull(SelfService.mask(null));
    }
}
