package org.coopbank.customer;

public enum CustomerStatus {
    PENDING, APPROVED, ACTIVE, BLOCKED;

    /** May this customer hold and operate accounts? */
    public boolean canTransact() {
        return this == APPROVED || this == ACTIVE;
    }
}
