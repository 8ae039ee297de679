package org.coopbank.portal.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.coopbank.shared.BusinessException;
import org.coopbank.shared.DuplicateException;
import org.coopbank.shared.InsufficientFundsException;
import org.coopbank.shared.NotFoundException;
import org.coopbank.shared.ValidationFailedException;
import org.junit.jupiter.api.Test;

/** Problem JSON carries a fixed text per refusal code, never what the service put in the exception's message. */
class BusinessExceptionMapperTest {

    private static void assertNothingLeaks(Problem p, String... secrets) {
        String text = p.toString();
        for (String s : secrets) {
            assertFalse(text.contains(s), "leaked '" + s + "' in " + text);
        }
        assertFalse(text.contains("Exception") || text.contains("org.coopbank"), text);
    }

    @Test
    void duplicate_doesNotEchoThePan() {
        Problem p = BusinessExceptionMapper.problem(new DuplicateException("A customer with PAN ABCDE1234F already exists"));
        assertEquals(409, p.status());
        assertEquals("urn:coopbank:problem:duplicate", p.type());
        assertEquals("A record with these details already exists.", p.detail());
        assertNothingLeaks(p, "ABCDE1234F", "PAN");
    }

    @Test
    void insufficientFunds_doesNotNameTheAccountOrBalance() {
        Problem p = BusinessExceptionMapper.problem(
                new InsufficientFundsException("Insufficient funds in account 00212345678901: balance 10.00"));
        assertEquals(422, p.status());
        assertNothingLeaks(p, "00212345678901", "10.00");
    }

    @Test
    void notFound_andUnknownCodes_haveFixedDetails() {
        assertNothingLeaks(BusinessExceptionMapper.problem(new NotFoundException("Account 4711 not found")), "4711");
        Problem other = BusinessExceptionMapper.problem(new BusinessException("something-new", "SELECT * FROM customer"));
        assertEquals("The request was refused.", other.detail());
        assertNothingLeaks(other, "SELECT", "customer");
    }

    @Test
    void validation_keepsFieldNamesWithTheirFixedMessages() {
        Problem p = BusinessExceptionMapper.problem(new ValidationFailedException(List.of(
                Map.entry("panNumber", "must match \"[A-Z]{5}[0-9]{4}[A-Z]\""), Map.entry("mobile", "must not be blank"),
                Map.entry("mobile", "size must be between 10 and 10"))));
        assertEquals(400, p.status());
        assertEquals(Map.of("panNumber", "must match \"[A-Z]{5}[0-9]{4}[A-Z]\"",
                "mobile", "must not be blank; size must be between 10 and 10"), p.errors());
        assertEquals("Some fields are not valid; see errors.", p.detail());
    }

    @Test
    void otherRefusals_haveNoErrorsMap() {
        assertNull(BusinessExceptionMapper.problem(new NotFoundException("x")).errors());
    }
}
