package org.coopbank.payment;

import java.time.Instant;
import org.coopbank.shared.Money;

/**
 * A payment as its customer sees it: what it paid ({@code payable}: a loan number or a masked account number), the
 * amount, the status and the gateway's ids.
 */
public record MyPayment(long id, PaymentType type, String payable, Money amount, String currency, PaymentStatus status,
                        String gateway, String orderId, String gatewayPaymentId, Instant createdAt, Instant settledAt) {
}
