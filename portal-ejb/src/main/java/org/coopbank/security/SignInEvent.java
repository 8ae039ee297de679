package org.coopbank.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One row of the sign-in log ({@code sign_in_event}). Never holds a password. */
@Entity
@Table(name = "sign_in_event")
public class SignInEvent {

    static final int USER_AGENT_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sign_in_event_seq")
    @SequenceGenerator(name = "sign_in_event_seq", sequenceName = "sign_in_event_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 20)
    private String realm;

    @Column(nullable = false, length = 150)
    private String username;

    @Column(name = "client_address", nullable = false, length = 64)
    private String clientAddress;

    @Column(name = "user_agent", length = USER_AGENT_LENGTH)
    private String userAgent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SignInOutcome outcome;

    protected SignInEvent() {
    }

    SignInEvent(Instant at, String realm, String username, String clientAddress, String userAgent, SignInOutcome outcome) {
        this.at = at;
        this.realm = cut(realm, 20);
        this.username = cut(username == null ? "" : username, 150);
        this.clientAddress = cut(clientAddress == null ? "" : clientAddress, 64);
        this.userAgent = cut(userAgent, USER_AGENT_LENGTH);
        this.outcome = outcome;
    }

    static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    public Long id() {
        return id;
    }

    public Instant at() {
        return at;
    }

    public String realm() {
        return realm;
    }

    public String username() {
        return username;
    }

    public String clientAddress() {
        return clientAddress;
    }

    public String userAgent() {
        return userAgent;
    }

    public SignInOutcome outcome() {
        return outcome;
    }
}
