package org.coopbank.platform;

import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
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
 */
public class FlywayIntegrator implements Integrator {

    static final String DATASOURCE = "java:jboss/datasources/PortalDS";
    private static final Logger LOG = Logger.getLogger(FlywayIntegrator.class.getName());

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
        migrate(lookup());
    }

    public static MigrateResult migrate(DataSource dataSource) {
        Flyway flyway = Flyway.configure(FlywayIntegrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .validateMigrationNaming(true)
                .load();
        MigrateResult result = flyway.migrate();
        LOG.info(() -> "Flyway: " + result.migrationsExecuted + " migration(s) applied, schema at version "
                + flyway.info().current().getVersion());
        return result;
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
