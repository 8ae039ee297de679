package org.coopbank.shared;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The bank's business date, in Asia/Kolkata. Domain code reads dates only from here, never from
 * {@code LocalDate.now()}, so tests, demo data and batch jobs can run "as of" any date:
 * <ul>
 * <li>{@link #asOf(LocalDate, Callable)} runs one piece of work on the calling thread as of a date
 * (a batch job for a missed day, the demo history); nested calls see the innermost date;</li>
 * <li>{@link #pin(LocalDate)} fixes the date server-wide until {@link #unpin()}: tests only. It is refused unless
 * the JVM runs with {@code -D}{@value #PINNING_SWITCH}{@code =true}, which only the Arquillian test server's JVM
 * arguments set (no CLI script, no production configuration): a production server can never be moved to
 * another business date for everyone.</li>
 * </ul>
 */
@ApplicationScoped
public class BusinessClock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Kolkata");

    /** System property that allows {@link #pin(LocalDate)}; set only by the test server (arquillian.xml). */
    public static final String PINNING_SWITCH = "coopbank.test.clock-pinning";

    private static final ThreadLocal<LocalDate> AS_OF = new ThreadLocal<>();

    private volatile Clock clock = Clock.system(ZONE);
    private volatile LocalDate pinned;

    public LocalDate today() {
        LocalDate local = AS_OF.get();
        if (local != null) {
            return local;
        }
        LocalDate p = pinned;
        return p != null ? p : LocalDate.now(clock);
    }

    /** Wall-clock instant for audit stamps (not affected by the business date). */
    public Instant now() {
        return clock.instant();
    }

    public Optional<LocalDate> pinnedDate() {
        return Optional.ofNullable(pinned);
    }

    /** Tests only: fixes the business date for the whole server. Refused without the test switch. */
    public void pin(LocalDate date) {
        if (!pinningAllowed()) {
            throw new IllegalStateException("Pinning the business date server-wide is for tests only: it needs -D"
                    + PINNING_SWITCH + "=true, which only the test server sets; use asOf(date, work) for work as of a date");
        }
        this.pinned = date;
    }

    public static boolean pinningAllowed() {
        return Boolean.parseBoolean(System.getProperty(PINNING_SWITCH));
    }

    public void unpin() {
        this.pinned = null;
    }

    public <T> T asOf(LocalDate date, Callable<T> work) {
        LocalDate previous = AS_OF.get();
        AS_OF.set(date);
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            if (previous == null) {
                AS_OF.remove();
            } else {
                AS_OF.set(previous);
            }
        }
    }

    public void asOf(LocalDate date, Runnable work) {
        asOf(date, () -> {
            work.run();
            return null;
        });
    }
}
