package org.coopbank.customer;

import java.time.Instant;

/** A customer waiting for KYC approval, as the manager's queue shows it (read model). */
public record PendingCustomerRow(Long id, String customerNumber, String fullName, String mobile, String panNumber,
                                 String aadhaarLast4, String branchCode, String enteredBy, Instant enteredAt) {

    /** "staff:clerk" reads as "clerk". */
    public String enteredByName() {
        return enteredBy == null ? null : enteredBy.substring(enteredBy.indexOf(':') + 1);
    }

    /** The day it was entered, in the bank's zone. */
    public java.time.LocalDate enteredOn() {
        return enteredAt == null ? null : enteredAt.atZone(java.time.ZoneId.of("Asia/Kolkata")).toLocalDate();
    }
}
