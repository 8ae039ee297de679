package org.coopbank.customer;

public enum CustomerStatus {
    PENDING, APPROVED, ACTIVE, BLOCKED,
    /** Refused after KYC by a manager, with a reason; final. */
    REJECTED;

    /** May this customer hold and operate accounts? */
    public boolean canTransact() {
        return this == APPROVED || this == ACTIVE;
    }
}
