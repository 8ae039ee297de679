package org.coopbank.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;

/** Is the bank's database reachable, which product is it, and at which schema version. */
@ApplicationScoped
public class DatabaseStatus {

    public record Report(boolean up, String product, String schemaVersion, String error) {
    }

    @Resource(lookup = FlywayIntegrator.DATASOURCE)
    DataSource dataSource;

    public Report check() {
        try (Connection c = dataSource.getConnection();
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(
                     "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" = TRUE"
                     + " AND \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC FETCH FIRST 1 ROWS ONLY")) {
            String version = rs.next() ? rs.getString(1) : null;
            return new Report(true, c.getMetaData().getDatabaseProductName(), version, null);
        } catch (Exception e) {
            return new Report(false, null, null, String.valueOf(e.getMessage()));
        }
    }
}
