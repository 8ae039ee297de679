package org.coopbank.it.browser;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Collectors;
import org.coopbank.branch.BranchService;
import org.coopbank.deposit.DepositService;
import org.coopbank.it.TestData;
import org.coopbank.it.superadmin.FlagFixtures;

/**
 * Test-only (in the test WAR): what the superadmin's browser tests of issue 11 set up and put back.
 * {@code POST ?do=flag} answers the key of a new flag of the test's own (OFF); {@code ?do=branch-code} an unused branch
 * code; {@code ?do=card} the card in force as {@code 7-45:3.5000,46-179:4.5000,...}; {@code ?do=restore-card&bands=...}
 * makes such a card the one in force again.
 */
@WebServlet("/fixtures/setup")
public class SetupFixtureServlet extends HttpServlet {

    @Inject
    FlagFixtures flags;

    @Inject
    BranchService branches;

    @Inject
    DepositService deposits;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String answer = switch (String.valueOf(req.getParameter("do"))) {
            case "flag" -> flags.newFlag("browser");
            case "branch-code" -> {
                Random r = new Random();
                String code;
                do {
                    code = String.format("%03d", 100 + r.nextInt(900));
                } while (branches.findByCode(code).isPresent());
                yield code;
            }
            case "card" -> deposits.rateCard().stream()
                    .map(b -> b.minDays() + "-" + b.maxDays() + ":" + b.annualRate().toPlainString())
                    .collect(Collectors.joining(","));
            case "restore-card" -> {
                deposits.replaceRateCard(Arrays.stream(req.getParameter("bands").split(",")).map(s -> {
                    String[] daysRate = s.split(":");
                    String[] days = daysRate[0].split("-");
                    return new DepositService.RateBand(Integer.parseInt(days[0]), Integer.parseInt(days[1]),
                            new BigDecimal(daysRate[1]));
                }).toList(), TestData.SUPERADMIN);
                yield "restored";
            }
            default -> throw new IllegalArgumentException("unknown fixture action");
        };
        resp.setContentType("text/plain");
        resp.getWriter().write(answer);
    }
}
