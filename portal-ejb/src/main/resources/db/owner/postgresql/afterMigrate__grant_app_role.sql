-- Used only when Flyway migrates as a separate schema owner (PORTAL_DB_OWNER_USER set, see FlywayIntegrator):
-- after every migrate, the application's role (${appUser}, the datasource's user) gets exactly what it needs on
-- the owner's objects, including tables added by later migrations. It owns nothing and may not change the schema.
GRANT USAGE ON SCHEMA ${flyway:defaultSchema} TO "${appUser}";
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${flyway:defaultSchema} TO "${appUser}";
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${flyway:defaultSchema} TO "${appUser}";
-- the audit trail: read and append only (the V6 trigger refuses changes from anyone besides)
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM "${appUser}";
-- the schema history is Flyway's: the application only reads the version (health, status)
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON "${flyway:table}" FROM "${appUser}";
