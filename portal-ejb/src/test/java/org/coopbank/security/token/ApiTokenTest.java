package org.coopbank.security.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ApiTokenTest {

    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void eachUse_movesTheExpiryByTheIdleTime_neverPastTheAbsoluteLimit() {
        ApiToken t = new ApiToken(null, "h", T0, T0, "127.0.0.1", "curl");
        t.touch(T0, 600, 28_800);
        assertEquals(T0.plusSeconds(600), t.expiresAt());
        t.touch(T0.plusSeconds(500), 600, 28_800);
        assertEquals(T0.plusSeconds(1100), t.expiresAt());
        t.touch(T0.plusSeconds(28_500), 600, 28_800);
        assertEquals(T0.plusSeconds(28_800), t.expiresAt(), "8 hours after sign-in at the latest");
        assertTrue(t.usableAt(T0.plusSeconds(28_799)));
        assertFalse(t.usableAt(T0.plusSeconds(28_800)));
    }

    @Test
    void revoked_isNeverUsableAgain() {
        ApiToken t = new ApiToken(null, "h", T0, T0, "127.0.0.1", null);
        t.touch(T0, 600, 28_800);
        t.revoke(T0.plusSeconds(1));
        t.touch(T0.plusSeconds(2), 600, 28_800);
        assertFalse(t.usableAt(T0.plusSeconds(3)));
        assertEquals(T0.plusSeconds(1), t.revokedAt());
    }

    @Test
    void hash_isSha256Hex() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ApiTokens.hash("abc"));
    }
}
