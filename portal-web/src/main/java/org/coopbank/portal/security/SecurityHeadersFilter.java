package org.coopbank.portal.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.coopbank.payment.PaymentGateways;
import org.coopbank.security.web.SecurityHeaders;

/**
 * CSP, nosniff, Referrer-Policy on every response; with HTTPS on, HTTP→HTTPS and HSTS. First filter in web.xml. The
 * checkout page alone, and only while the Razorpay gateway is in use, gets the policy that lets Razorpay Checkout load
 * ({@link SecurityHeaders#CSP_RAZORPAY_CHECKOUT}).
 */
public class SecurityHeadersFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(SecurityHeadersFilter.class.getName());

    @Inject
    PaymentGateways gateways;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        if (SecurityHeaders.apply(req, resp)) {
            return;
        }
        if (isCheckoutPage(req) && razorpay()) {
            resp.setHeader("Content-Security-Policy", SecurityHeaders.CSP_RAZORPAY_CHECKOUT);
        }
        chain.doFilter(req, resp);
    }

    static boolean isCheckoutPage(HttpServletRequest req) {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        return path.equals("/portal/checkout") || path.equals("/portal/checkout.xhtml");
    }

    private boolean razorpay() {
        try {
            return gateways.isRazorpay();
        } catch (RuntimeException e) {
            // the gateway is not configured: the page will say so; the strict policy stays
            LOG.log(Level.FINE, "No gateway for the checkout page's policy", e);
            return false;
        }
    }
}
