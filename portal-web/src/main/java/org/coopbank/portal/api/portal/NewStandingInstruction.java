package org.coopbank.portal.api.portal;

import java.math.BigDecimal;
import org.coopbank.standing.StandingInstruction;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A standing instruction to set up. EMI: {@code loanId} (one of the customer's running loans; paid from the loan's own
 * account). TRANSFER: {@code fromAccountId}, {@code toAccountId} (both the customer's own), {@code amount},
 * {@code frequency} (WEEKLY or MONTHLY) and {@code firstDate} (today or later, {@code 2026-12-01}).
 */
public record NewStandingInstruction(StandingInstruction.Kind kind, Long loanId, Long fromAccountId, Long toAccountId,
                                     @Schema(type = SchemaType.STRING, example = "5000.00") BigDecimal amount,
                                     StandingInstruction.Frequency frequency,
                                     @Schema(type = SchemaType.STRING, example = "2026-12-01") String firstDate) {
}
