package org.coopbank.platform;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;

/**
 * Applies the Flyway migrations while Hibernate builds the session factory, before its schema validation
 * runs ({@code hibernate.hbm2ddl.auto=validate}): the persistence unit starts before any EJB, so a
 * {@code @Startup} bean would be too late on an empty database. Registered through
 * {@code META-INF/services/org.hibernate.integrator.spi.Integrator}.
 * <p>
 * {@code baselineVersion=0} with baseline-on-migrate lets Flyway start on a schema that JBeret's job
 * repository tables already occupy, while still applying every migration from V1.
 * <p>
 * Locations: {@code db/migration} (portable SQL) plus {@code db/vendor/h2} or {@code db/vendor/postgresql}, picked
 * from the datasource's connection metadata, for what cannot be portable (the audit_log guard of V6).
 * <p>
 * Schema owner: by default Flyway migrates through the application's datasource. When the environment variable
 * {@value #OWNER_USER_ENV} is set (PostgreSQL only), Flyway opens its own connection to the same database URL as
 * that owner ({@value #OWNER_PASSWORD_ENV}), and after every migrate grants the datasource's user exactly
 * SELECT/INSERT/UPDATE/DELETE on the tables, SELECT/INSERT only on {@code audit_log}, SELECT only on the schema
 * history ({@code db/owner/postgresql}), so the application can run as a role that owns no tables.
 * <p>
 * After migrating, a boot check proves through the application's datasource that {@code audit_log} refuses a DELETE;
 * the deployment fails if it does not.
 */
public class FlywayIntegrator implements Integrator {

    static final String DATASOURCE = "java:jboss/datasources/PortalDS";
    public static final String OWNER_USER_ENV = "PORTAL_DB_OWNER_USER";
    public static final String OWNER_PASSWORD_ENV = "PORTAL_DB_OWNER_PASSWORD";
    private static final Logger LOG = Logger.getLogger(FlywayIntegrator.class.getName());

    /** What the application's datasource connects to. */
    record Target(String vendor, String url, String user) {
    }

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
        migrate(lookup());
    }

    public static MigrateResult migrate(DataSource dataSource) {
        return migrate(dataSource, System.getenv(OWNER_USER_ENV), System.getenv(OWNER_PASSWORD_ENV));
    }

    static MigrateResult migrate(DataSource dataSource, String ownerUser, String ownerPassword) {
        ClassLoader bank = FlywayIntegrator.class.getClassLoader();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // H2 loads trigger classes through the context class loader: make it the bank's while migrating
        thread.setContextClassLoader(bank);
        try {
            Target target = describe(dataSource);
            List<String> locations = new ArrayList<>(List.of("classpath:db/migration", "classpath:db/vendor/" + target.vendor()));
            FluentConfiguration config = Flyway.configure(bank)
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .validateMigrationNaming(true);
            boolean asOwner = ownerUser != null && !ownerUser.isBlank();
            if (asOwner) {
                if (!"postgresql".equals(target.vendor())) {
                    throw new IllegalStateException(OWNER_USER_ENV + " (a separate schema owner) is supported on PostgreSQL only");
                }
                locations.add("classpath:db/owner/postgresql");
                config.dataSource(target.url(), ownerUser, ownerPassword == null ? "" : ownerPassword)
                        .placeholders(Map.of("appUser", target.user()));
            } else {
                config.dataSource(dataSource);
            }
            Flyway flyway = config.locations(locations.toArray(String[]::new)).load();
            MigrateResult result = flyway.migrate();
            LOG.info(() -> "Flyway (" + target.vendor() + (asOwner ? ", as schema owner " + ownerUser
                    + ", application role " + target.user() : "") + "): " + result.migrationsExecuted
                    + " migration(s) applied, schema at version " + flyway.info().current().getVersion());
            checkAuditLogAppendOnly(dataSource);
            return result;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    static Target describe(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData md = c.getMetaData();
            return new Target(vendor(md.getDatabaseProductName()), md.getURL(), md.getUserName());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot connect to the bank's database " + DATASOURCE, e);
        }
    }

    /** {@code h2} or {@code postgresql}, from JDBC's product name; anything else is refused. */
    public static String vendor(String productName) {
        String p = productName == null ? "" : productName.toLowerCase(Locale.ROOT);
        if (p.equals("h2")) {
            return "h2";
        }
        if (p.equals("postgresql")) {
            return "postgresql";
        }
        throw new IllegalStateException("Unsupported database '" + productName + "': the bank runs on H2 or PostgreSQL");
    }

    /** The database, not only the entity, must refuse changes to the audit trail: fail the deployment otherwise. */
    static void checkAuditLogAppendOnly(DataSource dataSource) {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM audit_log WHERE 1 = 0");
        } catch (SQLException refused) {
            LOG.fine(() -> "audit_log refused a DELETE, as it must: " + refused.getMessage());
            return;
        }
        throw new IllegalStateException("audit_log accepted a DELETE: its append-only guard (migration V6) is missing");
    }

    private static DataSource lookup() {
        try {
            return (DataSource) new InitialContext().lookup(DATASOURCE);
        } catch (NamingException e) {
            throw new IllegalStateException("Datasource " + DATASOURCE + " not found", e);
        }
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory,
                             org.hibernate.service.spi.SessionFactoryServiceRegistry serviceRegistry) {
        // nothing to release
    }
}
