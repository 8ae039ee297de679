package org.coopbank.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.coopbank.account.AccountType;
import org.coopbank.deposit.FdStatus;
import org.coopbank.loan.LoanStatus;
import org.coopbank.payment.PaymentStatus;
import org.coopbank.payment.PaymentType;
import org.coopbank.selfservice.MyInstallment;
import org.coopbank.standing.LastRun;
import org.coopbank.standing.StandingInstruction;
import org.junit.jupiter.api.Test;

/**
 * The portal's pages label enum values through the message bundle ({@code msg['si.status.' += s.status]}); a value
 * without its key would show to the customer as "???si.status.X???". Every value of each enum shown that way has one.
 */
class EnumLabelsTest {

    private static final ResourceBundle MSG = ResourceBundle.getBundle("org.coopbank.portal.i18n.Messages", Locale.ENGLISH);

    private static List<String> missing(String prefix, Enum<?>[] values) {
        return Stream.of(values).map(v -> prefix + v.name()).filter(k -> !MSG.containsKey(k)).toList();
    }

    @Test
    void everyStatusAndTypeACustomerIsShown_hasALabel() {
        assertEquals(List.of(), missing("si.status.", StandingInstruction.Status.values()));
        assertEquals(List.of(), missing("si.frequency.", StandingInstruction.Frequency.values()));
        assertEquals(List.of(), missing("si.result.", LastRun.Result.values()));
        assertEquals(List.of(), missing("type.", AccountType.values()));
        assertEquals(List.of(), missing("fd.status.", FdStatus.values()));
        assertEquals(List.of(), missing("loan.status.", LoanStatus.values()));
        assertEquals(List.of(), missing("payments.status.", PaymentStatus.values()));
        assertEquals(List.of(), missing("payments.type.", PaymentType.values()));
        assertEquals(List.of(), missing("state.", MyInstallment.State.values()));
    }
}
