package org.coopbank.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Pinning the business date server-wide needs the test switch; working as of a date does not. */
class BusinessClockTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 31);

    @AfterEach
    void clearSwitch() {
        System.clearProperty(BusinessClock.PINNING_SWITCH);
    }

    @Test
    void pin_isRefusedWithoutTheTestSwitch() {
        System.clearProperty(BusinessClock.PINNING_SWITCH);
        BusinessClock clock = new BusinessClock();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> clock.pin(DAY));
        assertTrue(e.getMessage().contains(BusinessClock.PINNING_SWITCH), e.getMessage());
        assertTrue(clock.pinnedDate().isEmpty());
        assertEquals(LocalDate.now(BusinessClock.ZONE), clock.today());
    }

    @Test
    void pin_isRefusedWhenTheSwitchIsAnythingButTrue() {
        System.setProperty(BusinessClock.PINNING_SWITCH, "yes");
        assertFalse(BusinessClock.pinningAllowed());
        assertThrows(IllegalStateException.class, () -> new BusinessClock().pin(DAY));
    }

    @Test
    void pin_worksWithTheTestSwitch_untilUnpinned() {
        System.setProperty(BusinessClock.PINNING_SWITCH, "true");
        BusinessClock clock = new BusinessClock();
        clock.pin(DAY);
        assertEquals(DAY, clock.today());
        clock.unpin();
        assertEquals(LocalDate.now(BusinessClock.ZONE), clock.today());
    }

    @Test
    void asOf_needsNoSwitch_andNests() {
        BusinessClock clock = new BusinessClock();
        LocalDate seen = clock.asOf(DAY, () -> clock.asOf(DAY.plusDays(1), clock::today));
        assertEquals(DAY.plusDays(1), seen);
        assertEquals(DAY, clock.asOf(DAY, clock::today));
        assertEquals(LocalDate.now(BusinessClock.ZONE), clock.today());
    }
}
