package org.coopbank.security.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A single-use login ticket ({@code login_ticket}): the bcrypt hash the customer realm verifies; see {@link LoginTickets}. */
@Entity
@Table(name = "login_ticket")
public class LoginTicket {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "login_ticket_seq")
    @SequenceGenerator(name = "login_ticket_seq", sequenceName = "login_ticket_seq", allocationSize = 50)
    private Long id;

    @Column(name = "customer_id", nullable = false)
    private Long customerId;

    @Column(name = "login_mobile", nullable = false, length = 10)
    private String loginMobile;

    @Column(name = "ticket_hash", nullable = false, length = 100)
    private String ticketHash;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected LoginTicket() {
    }

    LoginTicket(long customerId, String loginMobile, String ticketHash, Instant createdAt, Instant expiresAt) {
        this.customerId = customerId;
        this.loginMobile = loginMobile;
        this.ticketHash = ticketHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public Long id() {
        return id;
    }

    public String loginMobile() {
        return loginMobile;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant usedAt() {
        return usedAt;
    }
}
