package org.coopbank.security;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import org.coopbank.customer.Customer;
import org.coopbank.customer.CustomerService;
import org.coopbank.security.access.LoginTickets;
import org.coopbank.settings.SettingsService;
import org.coopbank.staff.StaffService;
import org.coopbank.staff.StaffUser;

/**
 * What the web tier's sign-in handlers ask before and after checking a password with the container
 * ({@code request.login} against the WAR's own realm): may this attempt go ahead, count this failure, record
 * this success or sign-out. Every step is written to the sign-in log. A failure for a username the realm does
 * not know (or would not let in) verifies a dummy bcrypt hash, so it takes as long as a wrong password for a
 * real user: the response time does not tell whether a username exists.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SignInGuard {

    @Inject
    LoginThrottle throttle;

    @Inject
    SignInLog log;

    @Inject
    SettingsService settings;

    @Inject
    StaffService staff;

    @Inject
    CustomerService customers;

    @Inject
    PasswordHasher hasher;

    @Inject
    LoginTickets tickets;

    /** The client address to count and log, from the peer address and a trusted proxy's X-Forwarded-For. */
    public String clientAddress(String peer, String forwardedFor) {
        return ClientAddress.resolve(peer, forwardedFor, settings.trustedProxies());
    }

    /** May this attempt go ahead? A refusal is logged (THROTTLED or LOCKED) and counts as nothing more. */
    public Verdict admit(SignInRealm realm, String username, String address, String userAgent) {
        Verdict v = throttle.check(keys(realm, username, address));
        if (!v.allowed()) {
            log.record(realm.scope(), username, address, userAgent,
                    v.status() == Verdict.Status.LOCKED ? SignInOutcome.LOCKED : SignInOutcome.THROTTLED);
        }
        return v;
    }

    /** The container refused the password: equalize timing, count the failure, log it; the verdict for the next try. */
    public Verdict failed(SignInRealm realm, String username, String password, String address, String userAgent) {
        if (!realmWouldCheck(realm, username)) {
            hasher.matches(password == null ? "" : password, DummyHash.VALUE);
        }
        List<ThrottleKey> keys = keys(realm, username, address);
        Verdict v;
        try {
            v = throttle.recordFailure(keys);
        } catch (RuntimeException firstRowRace) {
            v = throttle.recordFailure(keys); // two first failures raced to insert the same row: count again
        }
        log.record(realm.scope(), username, address, userAgent, SignInOutcome.FAILURE);
        if (v.status() == Verdict.Status.LOCKED) {
            log.record(realm.scope(), username, address, userAgent, SignInOutcome.LOCKOUT);
        }
        return v;
    }

    /**
     * The container accepted the credential. For a customer, the live login ticket of the mobile (if the credential
     * was one, see {@code org.coopbank.security.access}) is used up here, whichever handler signed in: a ticket works once.
     */
    public void succeeded(SignInRealm realm, String username, String address, String userAgent) {
        if (realm == SignInRealm.CUSTOMER) {
            tickets.consume(username);
        }
        throttle.recordSuccess(keys(realm, username, address));
        log.record(realm.scope(), username, address, userAgent, SignInOutcome.SUCCESS);
    }

    public void signedOut(SignInRealm realm, String username, String address, String userAgent) {
        log.record(realm.scope(), username, address, userAgent, SignInOutcome.SIGN_OUT);
    }

    public void sessionEnded(SignInRealm realm, String username, String address, String userAgent) {
        log.record(realm.scope(), username, address, userAgent, SignInOutcome.SESSION_ENDED);
    }

    static List<ThrottleKey> keys(SignInRealm realm, String username, String address) {
        return List.of(ThrottleKey.username(realm.scope(), username), ThrottleKey.address(realm.scope(), address));
    }

    /** Did the realm find a user whose hash it verified (so the failure already took a bcrypt's time)? */
    private boolean realmWouldCheck(SignInRealm realm, String username) {
        if (username == null || username.isBlank()) {
            return false;
        }
        return switch (realm) {
            case STAFF -> staff.findByUsername(username).map(StaffUser::isEnabled).orElse(false);
            case CUSTOMER -> customers.findByLoginMobile(username).map(Customer::hasPortalAccess).orElse(false);
        };
    }

    /** A bcrypt hash of a random secret, at the cost real hashes use; computed once. */
    private static final class DummyHash {
        static final String VALUE = new PasswordHasher().hash("x1" + java.util.UUID.randomUUID());
    }
}
