package org.coopbank.payout;

import java.time.Instant;
import org.coopbank.shared.Money;

/** A payout as pages and the API show it: the destination masked ({@code XXXX1234}). */
public record PayoutRow(Long id, PayoutPurpose purpose, Long sourceId, Money amount, String toAccount, String ifsc,
                        PayoutStatus status, String utr, Instant createdAt) {
}
