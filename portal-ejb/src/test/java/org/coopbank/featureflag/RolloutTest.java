package org.coopbank.featureflag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RolloutTest {

    private static final int CUSTOMERS = 10_000;

    @Test
    void bucket_isTheFirstFourBytesOfSha256_floorMod100() {
        // SHA-256("portal:1") starts efd05251 = -271560111 as an int: floorMod gives 89, not the -11 of %
        assertEquals(89, Rollout.bucket("portal", 1));
        assertEquals(2, Rollout.bucket("portal", 42)); // 51498d52 = 1363774802
        assertEquals(30, Rollout.bucket("beta", 1));   // c68cdad2 = -963847470
    }

    @Test
    void bucket_isStable_andAlways0to99() {
        for (long id = 1; id <= CUSTOMERS; id++) {
            int b = Rollout.bucket("portal", id);
            assertTrue(b >= 0 && b < 100, "bucket " + b);
            assertEquals(b, Rollout.bucket("portal", id), "same customer, same bucket");
        }
    }

    @Test
    void raisingThePercent_onlyAddsCustomers() {
        for (int p = 0; p < 100; p++) {
            for (long id = 1; id <= 2_000; id++) {
                if (Rollout.isOn(FlagMode.PERCENT, p, "portal", id)) {
                    assertTrue(Rollout.isOn(FlagMode.PERCENT, p + 1, "portal", id), "customer " + id + " lost at " + (p + 1) + "%");
                }
            }
        }
    }

    @Test
    void percent_givesRoughlyThatShare_of10000Customers() {
        int[] perBucket = new int[100];
        for (long id = 1; id <= CUSTOMERS; id++) {
            perBucket[Rollout.bucket("portal", id)]++;
        }
        double chiSquare = 0;
        for (int n : perBucket) {
            assertTrue(n > 50 && n < 150, "a bucket holds " + n + " of 10,000, expected about 100");
            chiSquare += (n - 100.0) * (n - 100.0) / 100.0;
        }
        // 99 degrees of freedom: the 99.9th percentile is about 148
        assertTrue(chiSquare < 148, "chi-square " + chiSquare);
        for (int p : new int[] {1, 10, 25, 50, 90}) {
            long on = 0;
            for (long id = 1; id <= CUSTOMERS; id++) {
                on += Rollout.isOn(FlagMode.PERCENT, p, "portal", id) ? 1 : 0;
            }
            assertEquals(p * 100.0, on, 3 * Math.sqrt(CUSTOMERS * p / 100.0 * (1 - p / 100.0)) + 1, p + "%: " + on);
        }
    }

    @Test
    void offAndZeroPercent_nobody_onAndHundredPercent_everybody() {
        for (long id = 1; id <= 1_000; id++) {
            assertFalse(Rollout.isOn(FlagMode.OFF, 100, "portal", id));
            assertFalse(Rollout.isOn(FlagMode.PERCENT, 0, "portal", id));
            assertTrue(Rollout.isOn(FlagMode.ON, 0, "portal", id));
            assertTrue(Rollout.isOn(FlagMode.PERCENT, 100, "portal", id));
        }
    }

    @Test
    void eachFlag_picksItsOwnShare() {
        long both = 0;
        for (long id = 1; id <= CUSTOMERS; id++) {
            if (Rollout.isOn(FlagMode.PERCENT, 50, "portal", id) && Rollout.isOn(FlagMode.PERCENT, 50, "beta", id)) {
                both++;
            }
        }
        assertEquals(2_500, both, 200, "two 50% flags overlap on about a quarter, not on the same half");
    }

    @Test
    void storedPercent_offIs0_onIs100() {
        assertEquals(0, Rollout.effectivePercent(FlagMode.OFF, 40));
        assertEquals(100, Rollout.effectivePercent(FlagMode.ON, 40));
        assertEquals(40, Rollout.effectivePercent(FlagMode.PERCENT, 40));
    }
}
