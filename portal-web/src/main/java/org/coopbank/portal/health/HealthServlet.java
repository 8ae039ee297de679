package org.coopbank.portal.health;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import org.coopbank.platform.DatabaseStatus;

/**
 * Public health: {@code {"status":"UP"}} or {@code {"status":"DOWN"}} and nothing else (no product, version or
 * error text on the public port). Why the database is down goes to the log; the management port (9990) has the
 * server's own detailed health.
 */
@WebServlet({"/health", "/health/ready", "/health/live"})
public class HealthServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(HealthServlet.class.getName());

    @Inject
    DatabaseStatus database;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        boolean live = req.getServletPath().endsWith("/live");
        boolean up = true;
        if (!live) {
            DatabaseStatus.Report r = database.check();
            up = r.up();
            if (!up) {
                LOG.warning(() -> "Readiness DOWN: the database does not answer: " + r.error());
            }
        }
        resp.setStatus(up ? 200 : 503);
        resp.setContentType("application/json");
        resp.setHeader("Cache-Control", "no-store");
        resp.getWriter().write(up ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\"}");
    }
}
