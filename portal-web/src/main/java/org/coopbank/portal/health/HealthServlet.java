package org.coopbank.portal.health;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.coopbank.platform.DatabaseStatus;

@WebServlet({"/health", "/health/ready", "/health/live"})
public class HealthServlet extends HttpServlet {

    @Inject
    DatabaseStatus database;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        boolean live = req.getServletPath().endsWith("/live");
        JsonArrayBuilder checks = Json.createArrayBuilder();
        boolean up = true;
        if (!live) {
            DatabaseStatus.Report r = database.check();
            up = r.up();
            JsonObjectBuilder data = Json.createObjectBuilder();
            if (r.product() != null) {
                data.add("product", r.product());
            }
            if (r.schemaVersion() != null) {
                data.add("schemaVersion", r.schemaVersion());
            }
            if (r.error() != null) {
                data.add("error", r.error());
            }
            checks.add(Json.createObjectBuilder().add("name", "database").add("status", r.up() ? "UP" : "DOWN")
                    .add("data", data));
        }
        resp.setStatus(up ? 200 : 503);
        resp.setContentType("application/json");
        resp.setHeader("Cache-Control", "no-store");
        resp.getWriter().write(Json.createObjectBuilder().add("status", up ? "UP" : "DOWN").add("checks", checks)
                .build().toString());
    }
}
