package org.coopbank.payment;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.coopbank.shared.Money;

/**
 * What the browser needs to open the gateway's checkout for a new payment: our payment id, the gateway's order id,
 * the amount (rupees, and integer paise as the gateway takes it), the public key id and the gateway's name. For an FD
 * opening also the maturity preview from today's rate card.
 */
public record Checkout(long paymentId, String orderId, PaymentType type, Money amount, long amountPaise, String currency,
                       String keyId, String gateway, BigDecimal fdAnnualRate, LocalDate fdMaturityDate,
                       Money fdMaturityAmount) {
}
