package org.coopbank.it.access;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.coopbank.customer.Customer;
import org.coopbank.customer.CustomerService;
import org.coopbank.it.TestData;
import org.coopbank.security.access.PortalAccess;

/**
 * Test-only (lives in the test WAR): a customer with portal access, and a login ticket obtained as the portal's OTP
 * page would get it (request an OTP, read it from the outbox like the customer's phone, verify it).
 * {@code POST ?do=ACTION&...}; answers plain text.
 */
@WebServlet("/fixtures/access")
public class AccessFixtureServlet extends HttpServlet {

    public static final String PASSWORD = "Mango#Tree42";

    @Inject
    TestData data;

    @Inject
    CustomerService customers;

    @Inject
    PortalAccess access;

    @Inject
    AccessProbe probe;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String mobile = req.getParameter("mobile");
        String address = "192.0.2." + (1 + (int) (System.nanoTime() % 250));
        String answer = switch (req.getParameter("do")) {
            case "customer" -> {
                Customer c = data.approvedCustomer("Ticket Customer");
                access.grantAccess(c.id(), TestData.MANAGER);
                access.activate(c.mobile(), probe.latestCode(c.mobile()), PASSWORD, address);
                yield c.mobile();
            }
            case "ticket" -> {
                access.requestLoginOtp(mobile, address);
                yield access.verifyLoginOtp(mobile, probe.latestCode(mobile), address);
            }
            case "granted" -> { // approved, access granted: the activation code waits in the outbox
                Customer c = data.approvedCustomer("Activation Member");
                access.grantAccess(c.id(), TestData.MANAGER);
                yield c.mobile();
            }
            case "approved" -> {
                Customer c = data.approvedCustomer("Portal Grant");
                yield c.customerNumber() + " " + c.mobile();
            }
            case "sms-count" -> String.valueOf(probe.smsCount(mobile));
            case "latest-code" -> probe.latestCode(mobile);
            case "request-otp" -> {
                access.requestLoginOtp(mobile, address);
                yield "ok";
            }
            case "sms-http" -> { // switches this server to the HTTP provider at url (the test's own little server)
                System.setProperty("coopbank.sms.url", req.getParameter("url"));
                System.setProperty("coopbank.sms.api-key", "test-key");
                yield String.valueOf(System.setProperty("coopbank.sms.mode", "http"));
            }
            case "sms-outbox" -> {
                System.clearProperty("coopbank.sms.url");
                System.clearProperty("coopbank.sms.api-key");
                yield String.valueOf(System.setProperty("coopbank.sms.mode", "outbox"));
            }
            case "expire-tickets" -> String.valueOf(probe.expireTickets(mobile));
            case "live-tickets" -> String.valueOf(probe.liveTickets(mobile));
            default -> throw new IllegalArgumentException("unknown fixture action");
        };
        resp.setContentType("text/plain");
        resp.getWriter().write(answer);
    }
}
