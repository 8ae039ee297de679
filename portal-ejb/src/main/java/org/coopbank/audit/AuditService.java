package org.coopbank.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.coopbank.shared.Actor;
import org.coopbank.shared.BusinessClock;

@Stateless
public class AuditService {

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext
    EntityManager em;

    @Inject
    BusinessClock clock;

    /** Records a change; {@code before}/{@code after} are small maps of the fields that matter (never secrets). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(Actor actor, String action, String entityType, Object entityId,
                       Map<String, ?> before, Map<String, ?> after) {
        em.persist(new AuditRecord(clock.now(), actor.name(), actor.kind().name(), action, entityType,
                entityId == null ? null : entityId.toString(), json(before), json(after)));
    }

    public List<AuditRecord> forEntity(String entityType, Object entityId) {
        return em.createQuery("SELECT a FROM AuditRecord a WHERE a.entityType = :t AND a.entityId = :id ORDER BY a.id",
                        AuditRecord.class)
                .setParameter("t", entityType).setParameter("id", entityId.toString()).getResultList();
    }

    private static String json(Map<String, ?> state) {
        if (state == null) {
            return null;
        }
        String s = JSON.toJson(new TreeMap<>(state));
        return s.length() > 4000 ? s.substring(0, 4000) : s;
    }
}
