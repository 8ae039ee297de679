package org.coopbank.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.coopbank.branch.Branch;
import org.coopbank.shared.InvalidStateException;

@Entity
@Table(name = "customer")
public class Customer {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_seq")
    @SequenceGenerator(name = "customer_seq", sequenceName = "customer_seq", allocationSize = 50)
    private Long id;

    @Column(name = "customer_number", nullable = false, unique = true, length = 12)
    private String customerNumber;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "branch_id", nullable = false)
    private Branch branch;

    @Column(name = "full_name", nullable = false, length = 120)
    private String fullName;

    @Column(name = "date_of_birth", nullable = false)
    private LocalDate dateOfBirth;

    @Column(nullable = false, length = 10)
    private String mobile;

    @Column(length = 120)
    private String email;

    @Column(nullable = false, length = 255)
    private String address;

    @Column(name = "pan_number", length = 10)
    private String panNumber;

    @Column(name = "aadhaar_last4", length = 4)
    private String aadhaarLast4;

    @Column(name = "nominee_name", length = 120)
    private String nomineeName;

    @Column(name = "nominee_relation", length = 40)
    private String nomineeRelation;

    @Column(name = "alternate_phone", length = 10)
    private String alternatePhone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CustomerStatus status;

    @Column(name = "login_mobile", unique = true, length = 10)
    private String loginMobile;

    @Column(name = "password_hash", length = 100)
    private String passwordHash;

    @Column(name = "blocked_reason", length = 255)
    private String blockedReason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "approved_by", length = 100)
    private String approvedBy;

    @Column(name = "rejection_reason", length = 255)
    private String rejectionReason;

    @Column(name = "rejected_by", length = 100)
    private String rejectedBy;

    @Column(name = "rejected_at")
    private Instant rejectedAt;

    @Version
    private long version;

    protected Customer() {
    }

    Customer(String customerNumber, Branch branch, String fullName, LocalDate dateOfBirth, String mobile, String email, String address,
             String panNumber, String aadhaarLast4, String nomineeName, String nomineeRelation,
             Instant createdAt, String createdBy) {
        this.customerNumber = customerNumber;
        this.branch = branch;
        this.fullName = fullName;
        this.dateOfBirth = dateOfBirth;
        this.mobile = mobile;
        this.email = email;
        this.address = address;
        this.panNumber = panNumber;
        this.aadhaarLast4 = aadhaarLast4;
        this.nomineeName = nomineeName;
        this.nomineeRelation = nomineeRelation;
        this.status = CustomerStatus.PENDING;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    void approve(String by, Instant at) {
        requireStatus(CustomerStatus.PENDING, "approve");
        this.status = CustomerStatus.APPROVED;
        this.approvedBy = by;
        this.approvedAt = at;
    }

    /** KYC refused: the customer may not hold accounts; the reason stays on record. */
    void reject(String by, Instant at, String reason) {
        requireStatus(CustomerStatus.PENDING, "reject");
        this.status = CustomerStatus.REJECTED;
        this.rejectedBy = by;
        this.rejectedAt = at;
        this.rejectionReason = reason;
    }

    /** Gives portal access: the login mobile is the registered mobile, the password is the customer's own. */
    void activatePortal(String newPasswordHash) {
        if (status != CustomerStatus.APPROVED && status != CustomerStatus.ACTIVE) {
            throw new InvalidStateException("Customer " + customerNumber + " is " + status
                    + "; portal access needs an approved customer");
        }
        this.loginMobile = mobile;
        this.passwordHash = newPasswordHash;
        this.status = CustomerStatus.ACTIVE;
    }

    /** The registered mobile, and the login if the customer has one, become {@code newMobile} (confirmed by a code sent to it). */
    void changeMobile(String newMobile) {
        this.mobile = newMobile;
        if (loginMobile != null) {
            this.loginMobile = newMobile;
        }
    }

    void block(String reason) {
        if (status == CustomerStatus.BLOCKED || status == CustomerStatus.REJECTED) {
            throw new InvalidStateException("Customer " + customerNumber + " is already " + status);
        }
        this.status = CustomerStatus.BLOCKED;
        this.blockedReason = reason;
    }

    void unblock() {
        requireStatus(CustomerStatus.BLOCKED, "unblock");
        this.blockedReason = null;
        if (approvedAt == null) {
            this.status = CustomerStatus.PENDING;
        } else {
            this.status = passwordHash != null ? CustomerStatus.ACTIVE : CustomerStatus.APPROVED;
        }
    }

    void updateContact(String newEmail, String newAddress, String newNomineeName, String newNomineeRelation) {
        this.email = newEmail;
        this.address = newAddress;
        this.nomineeName = newNomineeName;
        this.nomineeRelation = newNomineeRelation;
    }

    /** The customer's own profile change on the portal (the login mobile changes only through an OTP). */
    void updateProfile(String newEmail, String newAddress, String newAlternatePhone, String newNomineeName,
                       String newNomineeRelation) {
        updateContact(newEmail, newAddress, newNomineeName, newNomineeRelation);
        this.alternatePhone = newAlternatePhone;
    }

    public String alternatePhone() {
        return alternatePhone;
    }

    private void requireStatus(CustomerStatus expected, String action) {
        if (status != expected) {
            throw new InvalidStateException("Cannot " + action + " customer " + customerNumber + ": status is "
                    + status + ", expected " + expected);
        }
    }

    public Long id() {
        return id;
    }

    public String customerNumber() {
        return customerNumber;
    }

    public Branch branch() {
        return branch;
    }

    public String fullName() {
        return fullName;
    }

    public LocalDate dateOfBirth() {
        return dateOfBirth;
    }

    public String mobile() {
        return mobile;
    }

    public String email() {
        return email;
    }

    public String address() {
        return address;
    }

    public String panNumber() {
        return panNumber;
    }

    public String aadhaarLast4() {
        return aadhaarLast4;
    }

    public String nomineeName() {
        return nomineeName;
    }

    public String nomineeRelation() {
        return nomineeRelation;
    }

    public CustomerStatus status() {
        return status;
    }

    public String loginMobile() {
        return loginMobile;
    }

    public boolean hasPortalAccess() {
        return status == CustomerStatus.ACTIVE && passwordHash != null;
    }

    public String blockedReason() {
        return blockedReason;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public String rejectionReason() {
        return rejectionReason;
    }

    public String rejectedBy() {
        return rejectedBy;
    }
}
