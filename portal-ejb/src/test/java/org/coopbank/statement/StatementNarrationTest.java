package org.coopbank.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The statement masks free text by the portal's rule: the same narration reads the same on the page and on paper. */
class StatementNarrationTest {

    @Test
    void accountNumbersAreMasked_loanAndFdNumbersStayAsThePortalShowsThem() {
        assertEquals("Transfer to XXXX0857", StatementPdf.masked("Transfer to 001010000857"));
        assertEquals("Loan LN0010000001 disbursed", StatementPdf.masked("Loan LN0010000001 disbursed"));
        assertEquals("Repayment of loan LN0010000001", StatementPdf.masked("Repayment of loan LN0010000001"));
        assertEquals("FD FD0010000035 opened", StatementPdf.masked("FD FD0010000035 opened"));
        assertEquals("", StatementPdf.masked(null));
    }
}
