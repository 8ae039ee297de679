package org.coopbank.it.portal;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.coopbank.featureflag.FeatureFlags;
import org.coopbank.featureflag.FlagMode;
import org.coopbank.featureflag.Rollout;
import org.coopbank.it.TestData;

/** Test-only: switches the real {@code portal} flag as a superadmin would ({@code ?do=flag&mode=&percent=}), and tells a customer's bucket. */
@WebServlet("/fixtures/rollout")
public class RolloutFixtureServlet extends HttpServlet {

    @Inject
    FeatureFlags flags;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String answer = switch (req.getParameter("do")) {
            case "flag" -> flags.change(FeatureFlags.PORTAL, FlagMode.valueOf(req.getParameter("mode")),
                    Integer.parseInt(req.getParameter("percent")), TestData.SUPERADMIN).mode().name();
            case "bucket" -> String.valueOf(Rollout.bucket(FeatureFlags.PORTAL, Long.parseLong(req.getParameter("id"))));
            default -> throw new IllegalArgumentException("unknown fixture action");
        };
        resp.setContentType("text/plain");
        resp.getWriter().write(answer);
    }
}
