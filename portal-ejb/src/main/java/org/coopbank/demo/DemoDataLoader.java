package org.coopbank.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.coopbank.platform.RuntimeSettings;

/** Loads the demo bank once, on an empty database, when the server says so ({@code coopbank.demo-data}). */
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

    @PostConstruct
    void load() {
        if (!runtime.demoDataEnabled()) {
            LOG.info("Demo data disabled (coopbank.demo-data=false)");
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
}
