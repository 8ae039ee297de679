package org.coopbank.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.coopbank.ledger.LedgerReports;
import org.coopbank.platform.RuntimeSettings;
import org.coopbank.shared.BusinessClock;
import org.coopbank.staff.StaffService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The EAR deploys, Flyway has migrated the schema, Hibernate validated it, and the demo data rule holds. */
@ExtendWith(ArquillianExtension.class)
class BootIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.bankWithTests(BootIT.class);
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    RuntimeSettings runtime;

    @Inject
    StaffService staff;

    @Inject
    LedgerReports reports;

    @Inject
    BusinessClock clock;

    @Test
    void flywayAppliedEveryMigration() {
        Number applied = (Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = TRUE AND \"version\" IN ('1', '2', '3', '4')").getSingleResult();
        assertEquals(4, applied.intValue());
        Number gl = (Number) em.createNativeQuery("SELECT COUNT(*) FROM gl_account").getSingleResult();
        assertEquals(16, gl.intValue(), "V2, V4 (4200) and V28 (5200 gateway charges)");
        Number appendOnly = (Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = TRUE AND \"version\" = '6'"
                + " AND \"script\" = 'V6__audit_append_only.sql'").getSingleResult();
        assertEquals(1, appendOnly.intValue(), "V6__audit_append_only.sql (the vendor's guard of audit_log) applied");
        Number flags = (Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = TRUE AND \"version\" = '11'"
                + " AND \"script\" = 'V11__feature_flags.sql'").getSingleResult();
        assertEquals(1, flags.intValue(), "V11__feature_flags.sql applied");
        assertEquals("ON", em.createNativeQuery("SELECT mode FROM feature_flag WHERE flag_key = 'portal'").getSingleResult(),
                "the portal flag is seeded ON");
    }

    @Test
    void demoData_loadsOnH2Only() {
        String db = System.getProperty("coopbank.database");
        assertEquals(System.getProperty("coopbank.database"), runtime.database());
        if ("h2".equals(db)) {
            assertTrue(runtime.demoDataEnabled());
            assertTrue(staff.findByUsername("admin").isPresent(), "demo superadmin missing");
            Number loans = (Number) em.createNativeQuery(
                    "SELECT COUNT(*) FROM loan_installment WHERE status = 'PAID'").getSingleResult();
            assertTrue(loans.intValue() >= 4, "demo loan should have paid instalments");
            Number pending = (Number) em.createNativeQuery(
                    "SELECT COUNT(*) FROM loan_installment WHERE status <> 'PAID'").getSingleResult();
            assertTrue(pending.intValue() > 0, "demo loan should have pending instalments");
        } else {
            assertFalse(runtime.demoDataEnabled());
            assertTrue(staff.findByUsername("admin").isEmpty(), "demo data must not load on " + db);
        }
    }

    @Test
    void clockPinning_isSwitchedOnForTheTestServerOnly() {
        assertEquals("true", System.getProperty(BusinessClock.PINNING_SWITCH),
                "arquillian.xml's javaVmArguments set the test switch");
        java.time.LocalDate day = java.time.LocalDate.of(2025, 1, 15);
        try {
            clock.pin(day);
            assertEquals(day, clock.today());
        } finally {
            clock.unpin();
        }
        assertTrue(clock.pinnedDate().isEmpty());
    }

    @Test
    void booksAreSoundAfterBoot() {
        LedgerAssertions.assertBooksSound(reports, clock);
    }
}
