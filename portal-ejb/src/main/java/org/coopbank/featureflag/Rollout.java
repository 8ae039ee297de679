package org.coopbank.featureflag;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The rollout rule, container-free. A customer's bucket for a flag is a number 0–99 fixed by the flag's key and the
 * customer's id: the first four bytes of SHA-256({@code key + ":" + customerId}) read as a big-endian int, floor-mod 100.
 * A PERCENT flag is on for the customers whose bucket is below the percent, so the same customers keep it from one
 * request to the next, raising the percent only adds customers (never swaps them), and each flag picks its own share
 * (the key is in the hash).
 */
public final class Rollout {

    private Rollout() {
    }

    /** 0–99, the same for the same key and customer on every node and every day. */
    public static int bucket(String key, long customerId) {
        byte[] h = sha256((key + ":" + customerId).getBytes(StandardCharsets.UTF_8));
        int first4 = ((h[0] & 0xff) << 24) | ((h[1] & 0xff) << 16) | ((h[2] & 0xff) << 8) | (h[3] & 0xff);
        return Math.floorMod(first4, 100);
    }

    /** Whether a flag in {@code mode} at {@code percent} is on for the customer. */
    public static boolean isOn(FlagMode mode, int percent, String key, long customerId) {
        return switch (mode) {
            case OFF -> false;
            case ON -> true;
            case PERCENT -> bucket(key, customerId) < percent;
        };
    }

    /** The percent a mode stores: OFF 0, ON 100, PERCENT as given. */
    static int effectivePercent(FlagMode mode, int percent) {
        return switch (mode) {
            case OFF -> 0;
            case ON -> 100;
            case PERCENT -> percent;
        };
    }

    private static byte[] sha256(byte[] in) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(in);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
