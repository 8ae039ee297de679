package org.coopbank.portal.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.coopbank.platform.DatabaseStatus;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code /health/ready} on the management port: the database check. It lives in a WAR because WildFly's health
 * subsystem collects checks from web modules.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    @Inject
    DatabaseStatus database;

    @Override
    public HealthCheckResponse call() {
        DatabaseStatus.Report r = database.check();
        HealthCheckResponseBuilder b = HealthCheckResponse.named("database").status(r.up());
        if (r.product() != null) {
            b.withData("product", r.product());
        }
        if (r.schemaVersion() != null) {
            b.withData("schemaVersion", r.schemaVersion());
        }
        if (r.error() != null) {
            b.withData("error", r.error());
        }
        return b.build();
    }
}
