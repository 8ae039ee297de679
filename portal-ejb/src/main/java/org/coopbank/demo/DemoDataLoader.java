package org.coopbank.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.coopbank.platform.FlywayIntegrator;
import org.coopbank.platform.RuntimeSettings;

/**
 * Loads the demo bank once, on an empty database, when the server says so ({@code coopbank.demo-data}) and only
 * if the database is H2: whatever the switch says, demo customers, staff with known passwords and made-up money
 * never reach PostgreSQL (the production database). The database is read from the connection's metadata, not from
 * configuration. The demo history is built as of past dates with {@code BusinessClock.asOf}, never by pinning.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    @Inject
    RuntimeSettings runtime;

    @Inject
    DemoBankBuilder builder;

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource dataSource;

    /** Demo data loads only when the switch asks for it and the database is H2. */
    public static boolean shouldLoad(boolean switchOn, String vendor) {
        return switchOn && "h2".equals(vendor);
    }

    @PostConstruct
    void load() {
        if (!runtime.demoDataEnabled()) {
            LOG.info("Demo data disabled (coopbank.demo-data=false)");
            return;
        }
        String vendor = vendor();
        if (!shouldLoad(true, vendor)) {
            LOG.warning("COOPBANK_DEMO_DATA (coopbank.demo-data) asks for demo data, but the database is " + vendor
                    + ": demo data loads only on H2, so none is loaded");
            return;
        }
        long staff = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM staff_user").getSingleResult()).longValue();
        if (staff > 0) {
            LOG.info("Database already has staff users: demo data not loaded again");
            return;
        }
        try {
            builder.build();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Demo data could not be loaded; the bank starts empty", e);
        }
    }

    private String vendor() {
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName();
            try {
                return FlywayIntegrator.vendor(product);
            } catch (IllegalStateException unsupported) {
                return product;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read which database the bank runs on", e);
        }
    }
}
