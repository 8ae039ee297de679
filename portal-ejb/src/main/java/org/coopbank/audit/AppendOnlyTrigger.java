package org.coopbank.audit;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2's guard of {@code audit_log} (migration {@code db/vendor/h2/V6__audit_append_only.sql}): a statement-level
 * BEFORE UPDATE/DELETE trigger that refuses the statement. PostgreSQL has the same guard in PL/pgSQL.
 * <p>
 * H2 loads this class by name: first from its own module (where it is not), then from the thread's context class
 * loader, which is the bank's deployment when the trigger is created by Flyway or first fired by the application
 * ({@code FlywayIntegrator} fires it once at boot to check it). The EJB module sees {@code org.h2.api} through an
 * optional {@code Dependencies: com.h2database.h2} entry in its manifest. If H2 cannot load the class at all, the
 * statement is refused as well ("error creating trigger"), so the guard fails closed.
 */
public class AppendOnlyTrigger implements Trigger {

    /** SQLSTATE 42501, insufficient privilege: the same class of error as PostgreSQL's guard. */
    static final String SQL_STATE = "42501";

    private String table = "audit_log";

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
                     int type) {
        this.table = tableName;
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException(table + " is append-only: UPDATE and DELETE are refused", SQL_STATE);
    }
}
