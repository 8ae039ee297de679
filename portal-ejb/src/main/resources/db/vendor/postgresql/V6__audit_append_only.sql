-- audit_log is append-only (PostgreSQL): a statement-level trigger refuses every UPDATE, DELETE and TRUNCATE,
-- even of no rows, whoever runs it (the table owner included; only a superuser can disable triggers).
-- Running the application as a role that owns no tables adds privileges on top (see FlywayIntegrator and
-- db/owner/postgresql): that role may only SELECT and INSERT here.
-- H2 has the same guard in db/vendor/h2/V6__audit_append_only.sql.
CREATE FUNCTION audit_log_refuse_change() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_log_append_only
    BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
