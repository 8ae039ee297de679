-- audit_log is append-only (H2): a statement-level trigger refuses every UPDATE and DELETE, even of no rows.
-- The trigger is Java (org.coopbank.audit.AppendOnlyTrigger, in the EJB module); H2 loads it through the thread's
-- context class loader, which FlywayIntegrator sets to the deployment's while it migrates.
-- PostgreSQL has the same guard in db/vendor/postgresql/V6__audit_append_only.sql.
CREATE TRIGGER audit_log_append_only BEFORE UPDATE, DELETE ON audit_log FOR EACH STATEMENT
    CALL 'org.coopbank.audit.AppendOnlyTrigger';

-- H2's TRUNCATE fires no trigger, but it refuses a table that a foreign key references: this empty table is
-- that reference and nothing else.
CREATE TABLE audit_log_truncate_guard (
    audit_log_id BIGINT,
    CONSTRAINT fk_audit_log_truncate_guard FOREIGN KEY (audit_log_id) REFERENCES audit_log (id)
);
