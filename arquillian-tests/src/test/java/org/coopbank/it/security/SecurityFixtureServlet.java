package org.coopbank.it.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.coopbank.branch.BranchService;
import org.coopbank.customer.Customer;
import org.coopbank.customer.CustomerService;
import org.coopbank.it.TestData;
import org.coopbank.security.LoginThrottle;
import org.coopbank.security.SignInEvent;
import org.coopbank.security.SignInLog;
import org.coopbank.settings.AppSetting;
import org.coopbank.settings.SettingsService;
import org.coopbank.shared.Actor;
import org.coopbank.staff.StaffRole;
import org.coopbank.staff.StaffService;
import org.coopbank.staff.StaffUser;

/**
 * Test-only (lives in the test WAR): sets up and changes users behind the signed-in browser's back.
 * {@code POST ?do=ACTION&...}; answers plain text.
 */
@WebServlet("/fixtures/security")
public class SecurityFixtureServlet extends HttpServlet {

    public static final String PASSWORD = "Thr0ttle!pw";
    static final Actor SUPERADMIN = Actor.staff("test.superadmin", StaffRole.SUPERADMIN);

    @Inject
    StaffService staff;

    @Inject
    CustomerService customers;

    @Inject
    BranchService branches;

    @Inject
    TestData data;

    @Inject
    SettingsService settings;

    @Inject
    LoginThrottle throttle;

    @Inject
    SignInLog log;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String p = req.getParameter("p");
        String answer = switch (req.getParameter("do")) {
            case "staff" -> {
                String username = "sec" + System.nanoTime() % 1_000_000_000L;
                staff.create(new StaffService.NewStaff(username, "Security Tester", null, branches.headOffice().id(),
                        roles(p == null ? "clerk" : p), PASSWORD), SUPERADMIN);
                yield username;
            }
            case "customer" -> {
                Customer c = data.approvedCustomer("Security Customer");
                customers.activatePortal(c.id(), PASSWORD, TestData.MANAGER);
                yield c.mobile();
            }
            case "account" -> {
                org.coopbank.account.BankAccount a = data.savingsWith("Intranet Customer", p == null ? "1500.00" : p);
                yield a.customer().id() + " " + a.accountNumber();
            }
            case "temporary-password" -> {
                staff.resetPassword(user(req).id(), p, SUPERADMIN);
                yield "ok";
            }
            case "disable" -> {
                staff.disable(user(req).id(), SUPERADMIN);
                yield "ok";
            }
            case "roles" -> {
                staff.changeRoles(user(req).id(), roles(p), SUPERADMIN);
                yield "ok";
            }
            case "block" -> {
                customers.block(customers.findByLoginMobile(req.getParameter("user")).orElseThrow().id(), "Test", TestData.MANAGER);
                yield "ok";
            }
            case "setting" -> {
                String key = req.getParameter("key");
                String old = settings.all().stream().filter(s -> s.key().equals(key)).map(AppSetting::value).findFirst().orElseThrow();
                settings.change(key, p, SUPERADMIN);
                yield old;
            }
            case "unlock" -> String.valueOf(throttle.unlock(req.getParameter("user"), SUPERADMIN));
            case "events" -> log.search(req.getParameter("user"), req.getParameter("address"), 100, SUPERADMIN).stream()
                    .map(SignInEvent::outcome).map(Enum::name).collect(Collectors.joining(" "));
            case "https" -> {
                String old = System.getProperty("coopbank.https", "false");
                System.setProperty("coopbank.https", p);
                yield old;
            }
            default -> throw new IllegalArgumentException("unknown fixture action");
        };
        resp.setContentType("text/plain");
        resp.getWriter().write(answer);
    }

    private StaffUser user(HttpServletRequest req) {
        return staff.findByUsername(req.getParameter("user")).orElseThrow();
    }

    private static Set<StaffRole> roles(String names) {
        return Arrays.stream(names.split(",")).map(StaffRole::fromRoleName).collect(Collectors.toSet());
    }
}
