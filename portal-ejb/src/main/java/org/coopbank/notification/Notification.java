package org.coopbank.notification;

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
import org.coopbank.customer.Customer;

@Entity
@Table(name = "notification")
public class Notification {

    public enum Channel { EMAIL, SMS }

    public enum Status { QUEUED, SENT, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    private Long id;

    /** The customer of an alert; null for an SMS addressed to a number only (a one-time code). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Channel channel;

    @Column(nullable = false, length = 120)
    private String recipient;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(nullable = false, length = 2000)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status;

    @Column(name = "dedupe_key", nullable = false, unique = true, length = 100)
    private String dedupeKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = 255)
    private String lastError;

    @Version
    private long version;

    protected Notification() {
    }

    Notification(Customer customer, Channel channel, String recipient, String subject, String body, String dedupeKey,
                 Instant createdAt) {
        this.customer = customer;
        this.channel = channel;
        this.recipient = recipient;
        this.subject = subject;
        this.body = body.length() > 2000 ? body.substring(0, 2000) : body;
        this.dedupeKey = dedupeKey;
        this.createdAt = createdAt;
        this.status = Status.QUEUED;
    }

    void markSent(Instant at) {
        status = Status.SENT;
        sentAt = at;
        attempts++;
        lastError = null;
    }

    void markAttemptFailed(String error) {
        attempts++;
        lastError = error == null ? null : error.length() > 255 ? error.substring(0, 255) : error;
    }

    void markFailed() {
        status = Status.FAILED;
    }

    public Long id() {
        return id;
    }

    public Customer customer() {
        return customer;
    }

    public Channel channel() {
        return channel;
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public Status status() {
        return status;
    }

    public String dedupeKey() {
        return dedupeKey;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public int attempts() {
        return attempts;
    }

    public String lastError() {
        return lastError;
    }
}
