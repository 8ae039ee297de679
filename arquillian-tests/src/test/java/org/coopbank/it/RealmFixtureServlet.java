package org.coopbank.it;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumSet;
import org.coopbank.branch.BranchService;
import org.coopbank.customer.Customer;
import org.coopbank.customer.CustomerService;
import org.coopbank.staff.StaffRole;
import org.coopbank.staff.StaffService;

/**
 * Test-only (lives in the test WAR): creates one cashier and one active customer, answers "username mobile";
 * with {@code ?block=MOBILE} blocks that customer.
 */
@WebServlet("/fixtures/realm-users")
public class RealmFixtureServlet extends HttpServlet {

    public static final String PASSWORD = "Sep4rate!pw";

    @Inject
    StaffService staff;

    @Inject
    CustomerService customers;

    @Inject
    BranchService branches;

    @Inject
    TestData data;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String block = req.getParameter("block");
        if (block != null) {
            Customer c = customers.findByLoginMobile(block).orElseThrow();
            customers.block(c.id(), "Test: blocked while signed in", TestData.MANAGER);
            resp.getWriter().write("blocked");
            return;
        }
        String username = "cashier" + System.nanoTime() % 1_000_000_000L;
        staff.create(new StaffService.NewStaff(username, "Realm Cashier", null, branches.headOffice().id(),
                EnumSet.of(StaffRole.CASHIER), PASSWORD), TestData.SUPERADMIN);
        Customer c = data.approvedCustomer("Realm Customer");
        customers.activatePortal(c.id(), PASSWORD, TestData.MANAGER);
        resp.setContentType("text/plain");
        resp.getWriter().write(username + " " + c.mobile());
    }
}
