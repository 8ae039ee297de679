package org.coopbank.it.superadmin;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.coopbank.featureflag.FlagChanged;

/**
 * Test-only: a feature flag of its own for one test (flags are defined by migrations; the product has no way to make
 * one), so tests never switch the real {@code portal} flag.
 */
@Stateless
public class FlagFixtures {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<FlagChanged> changed;

    public String newFlag(String prefix) {
        String key = prefix + "-" + Long.toString(System.nanoTime() % 10_000_000_000L, 36);
        em.createNativeQuery("INSERT INTO feature_flag (flag_key, mode, percent, description, updated_by, updated_at, version)"
                        + " VALUES (?1, 'OFF', 0, 'A flag of one test', 'test', ?2, 0)")
                .setParameter(1, key).setParameter(2, Instant.now()).executeUpdate();
        changed.fire(new FlagChanged(key)); // as a migration's new flag is seen at deployment, this one is seen at once
        return key;
    }
}
