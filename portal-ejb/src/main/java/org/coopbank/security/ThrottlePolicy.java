package org.coopbank.security;

import java.time.Duration;

/**
 * The limits for one kind of key, read from the settings table ({@code security.login.*}).
 *
 * @param freeFailures     failures within {@code window} before back-off starts
 * @param window           the window for counting failures
 * @param backOffBase      the first back-off; it doubles with each further failure
 * @param backOffMax       the longest back-off
 * @param lockoutThreshold consecutive failures that lock the key (0: never)
 * @param lockout          how long a lock lasts; also the idle time after which past failures are forgotten
 */
public record ThrottlePolicy(int freeFailures, Duration window, Duration backOffBase, Duration backOffMax,
                             int lockoutThreshold, Duration lockout) {

    public static ThrottlePolicy defaults() {
        return new ThrottlePolicy(5, Duration.ofSeconds(60), Duration.ofSeconds(5), Duration.ofSeconds(900), 10,
                Duration.ofMinutes(30));
    }
}
