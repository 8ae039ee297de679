package org.coopbank.demo;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.coopbank.platform.FlywayIntegrator;
import org.junit.jupiter.api.Test;

/** Demo data loads on H2 only, whatever COOPBANK_DEMO_DATA says; the database comes from JDBC's product name. */
class DemoDataRuleTest {

    @Test
    void loadsOnlyOnH2_andOnlyWhenAskedFor() {
        assertTrue(DemoDataLoader.shouldLoad(true, FlywayIntegrator.vendor("H2")));
        assertFalse(DemoDataLoader.shouldLoad(false, FlywayIntegrator.vendor("H2")));
        assertFalse(DemoDataLoader.shouldLoad(true, FlywayIntegrator.vendor("PostgreSQL")));
        assertFalse(DemoDataLoader.shouldLoad(true, "Oracle"));
    }

    @Test
    void unknownDatabases_areRefusedByName() {
        assertThrows(IllegalStateException.class, () -> FlywayIntegrator.vendor("MySQL"));
        assertThrows(IllegalStateException.class, () -> FlywayIntegrator.vendor(null));
    }
}
