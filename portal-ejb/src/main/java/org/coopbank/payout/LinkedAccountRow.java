package org.coopbank.payout;

import java.time.Instant;

/** A linked external bank account as screens show it: the number masked ({@code XXXX1234}). */
public record LinkedAccountRow(Long id, String holderName, String ifsc, String maskedNumber, LinkedBankAccount.Status status,
                               String addedBy, Instant addedAt) {

    static LinkedAccountRow of(LinkedBankAccount a) {
        return new LinkedAccountRow(a.id(), a.holderName(), a.ifsc(), a.maskedNumber(), a.status(), a.addedBy(), a.addedAt());
    }
}
