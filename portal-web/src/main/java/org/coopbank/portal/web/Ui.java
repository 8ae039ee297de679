package org.coopbank.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.coopbank.customer.Customer;
import org.coopbank.portal.security.CurrentCustomer;
import org.coopbank.shared.BusinessClock;
import org.coopbank.shared.IndianFormat;
import org.coopbank.shared.Money;

/** What the portal's layout shows on every page ({@code #{ui}}) and the formats every page uses. */
@Named("ui")
@RequestScoped
public class Ui {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    @Inject
    CurrentCustomer current;

    @Inject
    BusinessClock clock;

    @Inject
    HttpServletRequest request;

    /** The signed-in customer's first name for the greeting; empty on the public pages. */
    public String firstName() {
        return current.find().map(Customer::fullName).map(n -> n.split(" ")[0]).orElse("");
    }

    public String fullName() {
        return current.find().map(Customer::fullName).orElse("");
    }

    public boolean signedIn() {
        return current.find().isPresent();
    }

    public String today() {
        return DATE.format(clock.today());
    }

    public LocalDate businessDate() {
        return clock.today();
    }

    /** ₹2,77,895.80 */
    public String money(Money m) {
        return m == null ? "" : IndianFormat.rupees(m);
    }

    public String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    public String dateTime(LocalDateTime t) {
        return t == null ? "" : DATE_TIME.format(t);
    }

    /**
     * {@code aria-current="page"} for the menu entry of the page shown, {@code "false"} for the others (the menu's
     * links are plain markup, whose attributes are always written: a passthrough attribute there was never written).
     */
    public String current(String section) {
        String path = (String) request.getAttribute("jakarta.servlet.forward.request_uri");
        if (path == null) {
            path = request.getRequestURI();
        }
        return path.startsWith("/portal/" + section) ? "page" : "false";
    }
}
