package org.coopbank.security;

import java.time.Duration;
import java.time.Instant;

/**
 * The throttle's arithmetic, free of the database so it can be unit-tested.
 * <ul>
 * <li>A key's failures are counted in a window ({@code freeFailures} within {@code window}, e.g. 5 a minute) and in
 * a streak of consecutive failures, forgotten after a success, an unlock, an expired lock, or {@code lockout} of
 * quiet.</li>
 * <li>From the {@code freeFailures}-th failure in a window, or any failure once the streak is past it, the key backs
 * off for {@code backOffBase * 2^(failures - freeFailures)}, at most {@code backOffMax}.</li>
 * <li>The {@code lockoutThreshold}-th failure in a streak locks the key for {@code lockout}.</li>
 * <li>Attempts refused while backing off or locked are not attempts: they do not count and do not extend anything
 * (unlike Elytron's own lock, which a correct password during the lock restarts).</li>
 * </ul>
 */
final class BackOff {

    private BackOff() {
    }

    static Verdict verdict(ThrottleState s, Instant now) {
        if (s == null) {
            return Verdict.ALLOWED;
        }
        if (s.lockedUntil != null && now.isBefore(s.lockedUntil)) {
            return new Verdict(Verdict.Status.LOCKED, secondsUntil(now, s.lockedUntil));
        }
        if (s.blockedUntil != null && now.isBefore(s.blockedUntil)) {
            return new Verdict(Verdict.Status.BACK_OFF, secondsUntil(now, s.blockedUntil));
        }
        return Verdict.ALLOWED;
    }

    /** Counts one failure at {@code now}; answers the verdict for the next attempt. */
    static Verdict recordFailure(ThrottleState s, Instant now, ThrottlePolicy p) {
        boolean lockExpired = s.lockedUntil != null && !now.isBefore(s.lockedUntil);
        boolean quiet = s.lastFailureAt != null && Duration.between(s.lastFailureAt, now).compareTo(p.lockout()) > 0;
        if (lockExpired || quiet) {
            s.reset();
        }
        if (s.windowStart == null || Duration.between(s.windowStart, now).compareTo(p.window()) >= 0) {
            s.windowStart = now;
            s.windowFailures = 0;
        }
        s.windowFailures++;
        s.streak++;
        s.lastFailureAt = now;
        if (p.lockoutThreshold() > 0 && s.streak >= p.lockoutThreshold()) {
            s.blockedUntil = null;
            s.lockedUntil = now.plus(p.lockout());
            return verdict(s, now);
        }
        int beyond = Math.max(s.streak, s.windowFailures) - p.freeFailures();
        if (s.windowFailures >= p.freeFailures() || beyond > 0) {
            s.blockedUntil = now.plus(delay(beyond, p));
            return verdict(s, now);
        }
        s.blockedUntil = null;
        return Verdict.ALLOWED;
    }

    /** {@code base * 2^beyond}, capped at {@code max}; {@code beyond} 0 is the first back-off. */
    static Duration delay(int beyond, ThrottlePolicy p) {
        long base = Math.max(1, p.backOffBase().toMillis());
        long max = Math.max(base, p.backOffMax().toMillis());
        int doublings = Math.max(0, Math.min(beyond, 40));
        long millis = doublings >= Long.numberOfLeadingZeros(base) - 1 ? max : Math.min(max, base << doublings);
        return Duration.ofMillis(millis);
    }

    private static long secondsUntil(Instant now, Instant until) {
        long millis = Duration.between(now, until).toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }
}
