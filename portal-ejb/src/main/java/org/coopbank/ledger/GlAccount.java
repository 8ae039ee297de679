package org.coopbank.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A general-ledger account. Reference data: read only. */
@Entity
@Table(name = "gl_account")
public class GlAccount {

    public enum Type { ASSET, LIABILITY, EQUITY, INCOME, EXPENSE }

    @Id
    @Column(length = 4)
    private String code;

    @Column(nullable = false, length = 80)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "gl_type", nullable = false, length = 10)
    private Type type;

    protected GlAccount() {
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public Type type() {
        return type;
    }

    /** Assets and expenses carry debit balances; the rest credit balances. */
    public boolean debitNature() {
        return type == Type.ASSET || type == Type.EXPENSE;
    }
}
