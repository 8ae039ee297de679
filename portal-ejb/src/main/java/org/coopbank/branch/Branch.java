package org.coopbank.branch;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "branch")
public class Branch {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "branch_seq")
    @SequenceGenerator(name = "branch_seq", sequenceName = "branch_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 3, unique = true)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(length = 255)
    private String address;

    @Column(nullable = false)
    private boolean active;

    @Version
    private long version;

    protected Branch() {
    }

    public Branch(String code, String name, String address) {
        this.code = code;
        this.name = name;
        this.address = address;
        this.active = true;
    }

    public void rename(String newName, String newAddress) {
        this.name = newName;
        this.address = newAddress;
    }

    /** Closes the branch to new business (the service first checks that nothing is open there). */
    public void close() {
        if (!active) {
            throw new org.coopbank.shared.InvalidStateException("Branch " + code + " is already closed");
        }
        this.active = false;
    }

    public void reopen() {
        if (active) {
            throw new org.coopbank.shared.InvalidStateException("Branch " + code + " is open");
        }
        this.active = true;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String address() {
        return address;
    }

    public boolean isActive() {
        return active;
    }
}
