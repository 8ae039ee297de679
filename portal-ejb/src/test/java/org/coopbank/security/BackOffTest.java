package org.coopbank.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackOffTest {

    private static final ThrottlePolicy P = new ThrottlePolicy(5, Duration.ofSeconds(60), Duration.ofSeconds(5),
            Duration.ofSeconds(900), 10, Duration.ofMinutes(30));
    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    private final ThrottleState s = new ThrottleState(ThrottleKey.username("staff", "Alice"));

    @Test
    void fourFailuresAMinute_areFree_theFifthBacksOffFiveSeconds() {
        for (int i = 0; i < 4; i++) {
            assertEquals(Verdict.ALLOWED, BackOff.recordFailure(s, T0.plusSeconds(i), P));
        }
        Verdict v = BackOff.recordFailure(s, T0.plusSeconds(4), P);
        assertEquals(new Verdict(Verdict.Status.BACK_OFF, 5), v);
        assertEquals(new Verdict(Verdict.Status.BACK_OFF, 3), BackOff.verdict(s, T0.plusSeconds(6)));
        assertTrue(BackOff.verdict(s, T0.plusSeconds(9)).allowed());
    }

    @Test
    void eachFurtherFailure_doublesTheBackOff_upToTheLockout() {
        Instant t = T0;
        for (int i = 0; i < 5; i++) {
            BackOff.recordFailure(s, t, P);
        }
        long expected = 5;
        for (int failure = 6; failure < 10; failure++) {
            t = t.plusSeconds(expected);
            expected *= 2;
            assertEquals(new Verdict(Verdict.Status.BACK_OFF, expected), BackOff.recordFailure(s, t, P), "failure " + failure);
        }
        Verdict locked = BackOff.recordFailure(s, t.plusSeconds(expected), P);
        assertEquals(Verdict.Status.LOCKED, locked.status());
        assertEquals(30 * 60, locked.retryAfterSeconds());
        assertTrue(locked.message().contains("30 minutes"), locked.message());
    }

    @Test
    void failuresSpreadOverMinutes_stillBackOffOnceTheStreakPassesTheFreeCount() {
        for (int i = 0; i < 5; i++) {
            assertTrue(BackOff.recordFailure(s, T0.plus(Duration.ofMinutes(2L * i)), P).allowed(), "failure " + (i + 1));
        }
        assertEquals(new Verdict(Verdict.Status.BACK_OFF, 10), BackOff.recordFailure(s, T0.plus(Duration.ofMinutes(10)), P));
    }

    @Test
    void quietTime_orAnExpiredLock_forgetsPastFailures() {
        for (int i = 0; i < 4; i++) {
            BackOff.recordFailure(s, T0.plusSeconds(i), P);
        }
        assertTrue(BackOff.recordFailure(s, T0.plus(Duration.ofMinutes(31)), P).allowed());
        assertEquals(1, s.streak());
        for (int i = 0; i < 9; i++) {
            BackOff.recordFailure(s, T0.plus(Duration.ofMinutes(40)), P);
        }
        assertEquals(Verdict.Status.LOCKED, BackOff.verdict(s, T0.plus(Duration.ofMinutes(41))).status());
        assertTrue(BackOff.recordFailure(s, T0.plus(Duration.ofMinutes(71)), P).allowed());
        assertEquals(1, s.streak());
    }

    @Test
    void delay_isCappedAndNeverOverflows() {
        assertEquals(Duration.ofSeconds(5), BackOff.delay(0, P));
        assertEquals(Duration.ofSeconds(640), BackOff.delay(7, P));
        assertEquals(Duration.ofSeconds(900), BackOff.delay(8, P));
        assertEquals(Duration.ofSeconds(900), BackOff.delay(Integer.MAX_VALUE, P));
    }

    @Test
    void zeroLockoutThreshold_neverLocks() {
        ThrottlePolicy noLock = new ThrottlePolicy(5, Duration.ofSeconds(60), Duration.ofSeconds(1), Duration.ofSeconds(2), 0,
                Duration.ofMinutes(30));
        for (int i = 0; i < 50; i++) {
            BackOff.recordFailure(s, T0.plusSeconds(i * 10L), noLock);
        }
        assertEquals(Verdict.Status.ALLOWED, BackOff.verdict(s, T0.plusSeconds(510)).status());
    }

    @Test
    void verdicts_combineToTheStrictest_andKeysAreNormalized() {
        Verdict back = new Verdict(Verdict.Status.BACK_OFF, 30);
        Verdict lock = new Verdict(Verdict.Status.LOCKED, 5);
        assertEquals(lock, back.and(lock));
        assertEquals(back, Verdict.ALLOWED.and(back));
        assertEquals(back, back.and(new Verdict(Verdict.Status.BACK_OFF, 3)));
        assertEquals("staff|U|alice", ThrottleKey.username("staff", " Alice ").id());
        assertEquals("10.0.0.7", ClientAddress.resolve("127.0.0.1", "1.2.3.4, 10.0.0.7", List.of("127.0.0.1")));
        assertEquals("127.0.0.1", ClientAddress.resolve("127.0.0.1", "1.2.3.4", List.of()));
        assertEquals("1.2.3.4", ClientAddress.resolve("127.0.0.1", "1.2.3.4, 127.0.0.1", List.of("127.0.0.1")));
    }
}
