package org.coopbank.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndianFormatTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0|₹0.00", "5.5|₹5.50", "999.99|₹999.99", "1000|₹1,000.00",
            "277895.8|₹2,77,895.80", "100000|₹1,00,000.00", "12345678.9|₹1,23,45,678.90",
            "10000000|₹1,00,00,000.00", "-1234.5|-₹1,234.50"})
    void rupees_groupedInLakhsAndCrores(String amount, String expected) {
        assertEquals(expected, IndianFormat.rupees(Money.of(amount)));
    }
}
