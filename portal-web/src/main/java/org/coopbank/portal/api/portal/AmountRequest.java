package org.coopbank.portal.api.portal;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An amount in rupees with at most two decimals, as a string ({@code "25000.00"}) or a number. */
public record AmountRequest(@Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
        example = "25000.00") BigDecimal amount) {
}
