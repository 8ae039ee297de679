package org.coopbank.batch.support;

import org.coopbank.shared.BusinessClock;

/**
 * A failure injected by tests in the middle of a chunk: with {@code -Dcoopbank.test.clock-pinning=true} (only the
 * test server has it) and the system property {@value #POISON} set to {@code <job-id>:<item id>}, that item fails
 * with a non-skippable error, so the job stops FAILED after the items before it. Inert on any other server.
 */
public final class TestFaults {

    public static final String POISON = "coopbank.test.batch.poison";

    private TestFaults() {
    }

    public static void check(String jobName, long id) {
        if (poisoned(jobName, id)) {
            throw new IllegalStateException("Injected test failure at " + jobName + " item " + id);
        }
    }

    /** Is the test failure switch set to this item (test server only)? */
    public static boolean poisoned(String jobName, long id) {
        if (!BusinessClock.pinningAllowed()) {
            return false;
        }
        String poison = System.getProperty(POISON);
        return poison != null && poison.equals(jobName + ":" + id);
    }
}
