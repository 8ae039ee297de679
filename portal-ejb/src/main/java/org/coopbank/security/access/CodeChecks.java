package org.coopbank.security.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.coopbank.security.LoginThrottle;
import org.coopbank.security.SignInLog;
import org.coopbank.security.SignInOutcome;
import org.coopbank.security.ThrottleKey;
import org.coopbank.security.Verdict;
import org.coopbank.shared.BusinessClock;
import org.coopbank.shared.ValidationFailedException;

/**
 * The throttle, the hash check and the sign-in log around every code: what {@link PortalAccess} asks before sending a
 * code ({@link #admitSend}) and when checking one ({@link #verify}, then {@link Attempt#accept} or a refusal). Counting
 * and logging run in their own transactions, so a refused attempt is counted although the caller's transaction rolls back.
 */
@ApplicationScoped
public class CodeChecks {

    /** Throttle scope of code verification (all purposes). */
    public static final String VERIFY_SCOPE = "customer-otp";
    /** Throttle scope of code sending (all purposes): every send counts, a verified code clears the mobile's count. */
    public static final String SEND_SCOPE = "customer-otp-send";
    /** The realm the sign-in log files these events under. */
    public static final String LOG_REALM = "customer";

    @Inject
    LoginThrottle throttle;

    @Inject
    SignInLog log;

    @Inject
    OneTimeCodes codes;

    @Inject
    BusinessClock clock;

    /** A mobile number as the portal takes it; a malformed one is refused for its form only. */
    static String mobile(String raw) {
        String m = raw.strip();
        if (!m.matches("[6-9]\\d{9}")) {
            throw new ValidationFailedException("mobile", "must be a 10-digit mobile number");
        }
        return m;
    }

    /** May a code be sent to {@code mobile} at the request of {@code address}? Refused while either backs off; else counted. */
    void admitSend(String mobile, String address) {
        admitSend(List.of(ThrottleKey.username(SEND_SCOPE, mobile), ThrottleKey.address(SEND_SCOPE, address)), mobile, address);
    }

    /** May a signed-in customer ({@code login}) have a code sent to {@code newMobile}? Counted on both numbers. */
    void admitSendToNewMobile(String login, String newMobile) {
        admitSend(List.of(ThrottleKey.username(SEND_SCOPE, login), ThrottleKey.username(SEND_SCOPE, newMobile)), login, "");
    }

    private void admitSend(List<ThrottleKey> keys, String logUser, String address) {
        Verdict v = throttle.check(keys);
        if (!v.allowed()) {
            log(logUser, address, "code request", v.status() == Verdict.Status.LOCKED ? SignInOutcome.LOCKED : SignInOutcome.THROTTLED);
            throw new TooManyAttemptsException(v, true);
        }
        count(keys);
    }

    /**
     * Checks {@code code} against the live code {@code live} finds (one bcrypt check either way: a dummy hash when
     * there is none). A wrong code is counted on the code, the mobile and the address, logged and refused.
     */
    Attempt verify(String mobile, String address, String logUser, String code, Supplier<Optional<OneTimeCode>> live) {
        List<ThrottleKey> keys = List.of(ThrottleKey.username(VERIFY_SCOPE, mobile), ThrottleKey.address(VERIFY_SCOPE, address));
        Verdict v = throttle.check(keys);
        if (!v.allowed()) {
            log(logUser, address, "code check", v.status() == Verdict.Status.LOCKED ? SignInOutcome.LOCKED : SignInOutcome.THROTTLED);
            throw new TooManyAttemptsException(v, false);
        }
        Optional<OneTimeCode> found = live.get();
        String given = code.strip();
        boolean ok = Secrets.matches(given, found.map(OneTimeCode::codeHash).orElse(Secrets.DUMMY_HASH)) && found.isPresent();
        Attempt a = new Attempt(keys, found.orElse(null), mobile, logUser, address);
        if (!ok) {
            a.fail();
        }
        return a;
    }

    void logSent(String mobile, String address, String what) {
        log(mobile, address, what, SignInOutcome.CODE_SENT);
    }

    void log(String user, String address, String what, SignInOutcome outcome) {
        log.record(LOG_REALM, user, address == null ? "" : address, what, outcome);
    }

    private Verdict count(List<ThrottleKey> keys) {
        try {
            return throttle.recordFailure(keys);
        } catch (RuntimeException firstRowRace) {
            return throttle.recordFailure(keys); // two first attempts raced to insert the same row: count again
        }
    }

    /** A code that matched; {@link #accept} uses it up, {@link #require} refuses it like a wrong one. */
    final class Attempt {
        private final List<ThrottleKey> keys;
        private final OneTimeCode code;
        private final String mobile;
        private final String logUser;
        private final String address;

        private Attempt(List<ThrottleKey> keys, OneTimeCode code, String mobile, String logUser, String address) {
            this.keys = keys;
            this.code = code;
            this.mobile = mobile;
            this.logUser = logUser;
            this.address = address;
        }

        OneTimeCode code() {
            return code;
        }

        /** Refuses the attempt, with the same answer as a wrong code, unless {@code condition} holds. */
        void require(boolean condition) {
            if (!condition) {
                fail();
            }
        }

        /** Consumes the code (conditional UPDATE in the caller's transaction) and clears the mobile's counts. */
        void accept() {
            if (!codes.consume(code.id(), clock.now())) {
                fail(); // used, superseded or expired a moment ago by a concurrent request
            }
            List<ThrottleKey> cleared = new ArrayList<>(keys);
            cleared.add(ThrottleKey.username(SEND_SCOPE, mobile));
            throttle.recordSuccess(cleared);
            log(logUser, address, code.purpose().name(), SignInOutcome.CODE_ACCEPTED);
        }

        void fail() {
            if (code != null) {
                codes.recordWrongAttempt(code.id(), clock.now());
            }
            Verdict next = count(keys);
            log(logUser, address, code == null ? "no live code" : code.purpose().name(), SignInOutcome.CODE_FAILURE);
            if (next.status() == Verdict.Status.LOCKED) {
                log(logUser, address, "code check", SignInOutcome.LOCKOUT);
            }
            throw new InvalidCodeException(next);
        }
    }
}
