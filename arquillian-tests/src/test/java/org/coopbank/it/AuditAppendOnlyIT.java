package org.coopbank.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.coopbank.audit.AuditRecord;
import org.coopbank.audit.AuditService;
import org.coopbank.customer.Customer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit trail is append-only in the database itself (migration V6: a trigger on H2 and on PostgreSQL), not
 * only in the entity: native SQL through the bank's own datasource can insert but never change or remove a row.
 */
@ExtendWith(ArquillianExtension.class)
class AuditAppendOnlyIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.bankWithTests(AuditAppendOnlyIT.class);
    }

    @Inject
    TestData data;

    @Inject
    AuditService audit;

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource dataSource;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction tx;

    private List<String> trail(Customer c) {
        return audit.forEntity("Customer", c.id()).stream()
                .map(a -> a.id() + "|" + a.actor() + "|" + a.action() + "|" + a.after()).toList();
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate(sql);
        }
    }

    /**
     * The V6 trigger refuses; when the application runs as a role that owns no tables (PORTAL_DB_OWNER_USER), the
     * missing privilege refuses even before it.
     */
    private static void assertRefusedByTheGuard(SQLException e) {
        String m = String.valueOf(e.getMessage());
        assertTrue(m.contains("append-only") || m.contains("permission denied for table audit_log"), m);
    }

    @Test
    void nativeUpdateAndDelete_areRefusedByTheDatabase() throws Exception {
        Customer c = data.approvedCustomer("Audit Trail");
        List<String> before = trail(c);
        assertEquals(2, before.size(), before.toString());
        long id = audit.forEntity("Customer", c.id()).get(0).id();

        SQLException update = assertThrows(SQLException.class,
                () -> execute("UPDATE audit_log SET actor = 'mallory' WHERE id = " + id));
        assertRefusedByTheGuard(update);
        SQLException delete = assertThrows(SQLException.class, () -> execute("DELETE FROM audit_log WHERE id = " + id));
        assertRefusedByTheGuard(delete);
        assertThrows(SQLException.class, () -> execute("DELETE FROM audit_log"));
        assertThrows(SQLException.class, () -> execute("TRUNCATE TABLE audit_log"));

        assertEquals(before, trail(c), "the audit trail must be unchanged");
    }

    @Test
    void insertsStillWork_andTheNextChangeIsAppended() {
        Customer c = data.approvedCustomer("Audit Append");
        List<String> before = trail(c);
        assertFalse(before.isEmpty());
        // the customer's registration and approval each appended a record, in order
        assertEquals(List.of("customer.register", "customer.approve"),
                audit.forEntity("Customer", c.id()).stream().map(AuditRecord::action).toList());
    }

    @Test
    void jpqlBulkUpdateOfTheImmutableEntity_isRefused() throws Exception {
        Customer c = data.approvedCustomer("Audit Immutable");
        List<String> before = trail(c);
        tx.begin();
        try {
            assertThrows(RuntimeException.class, () -> em.createQuery(
                            "UPDATE AuditRecord a SET a.actor = 'mallory' WHERE a.entityType = 'Customer' AND a.entityId = :id")
                    .setParameter("id", c.id().toString()).executeUpdate());
        } finally {
            tx.rollback();
        }
        assertEquals(before, trail(c));
    }
}
