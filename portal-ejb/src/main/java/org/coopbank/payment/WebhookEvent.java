package org.coopbank.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A gateway webhook as received after its signature was checked (table {@code webhook_event}, V17). */
@Entity
@Table(name = "webhook_event")
public class WebhookEvent {

    /** What applying the event did. */
    public enum Outcome { APPLIED, ALREADY_SETTLED, FLAGGED, FAILED_MARKED, REFUND_RECORDED, REFUND_PROCESSED,
        REFUND_FAILED, UNKNOWN_ORDER, IGNORED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_event_seq")
    @SequenceGenerator(name = "webhook_event_seq", sequenceName = "webhook_event_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 20, updatable = false)
    private String gateway;

    @Column(name = "event_id", nullable = false, length = 100, updatable = false)
    private String eventId;

    @Column(name = "event_type", nullable = false, length = 60, updatable = false)
    private String eventType;

    @Column(nullable = false, length = 20000, updatable = false)
    private String body;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "processed_at")
    private Instant processedAt;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(length = 20)
    private Outcome outcome;

    @Column(name = "payment_id")
    private Long paymentId;

    protected WebhookEvent() {
    }

    WebhookEvent(String gateway, String eventId, String eventType, String body, Instant receivedAt) {
        this.gateway = gateway;
        this.eventId = eventId;
        this.eventType = eventType;
        this.body = body;
        this.receivedAt = receivedAt;
    }

    void processed(Outcome outcome, Long paymentId, Instant at) {
        this.outcome = outcome;
        this.paymentId = paymentId;
        this.processedAt = at;
    }

    public Long id() {
        return id;
    }

    public String eventId() {
        return eventId;
    }

    public String eventType() {
        return eventType;
    }

    public String body() {
        return body;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public String gateway() {
        return gateway;
    }

    public Instant processedAt() {
        return processedAt;
    }

    public Outcome outcome() {
        return outcome;
    }

    public Long paymentId() {
        return paymentId;
    }
}
