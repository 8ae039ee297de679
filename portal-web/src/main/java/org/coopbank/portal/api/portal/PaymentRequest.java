package org.coopbank.portal.api.portal;

import java.math.BigDecimal;
import org.coopbank.payment.EmiChoice;
import org.coopbank.payment.PaymentType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A payment to start. EMI: {@code loanId} and {@code choice} (NEXT, OVERDUE, or PART with {@code amount}); DEPOSIT:
 * {@code accountId} and {@code amount}; FD_OPENING: {@code accountId} (the FD's linked account), {@code amount} and
 * {@code tenureMonths}.
 */
public record PaymentRequest(PaymentType type, Long loanId, EmiChoice choice, Long accountId,
                             @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                                     example = "2500.00") BigDecimal amount,
                             Integer tenureMonths) {
}
