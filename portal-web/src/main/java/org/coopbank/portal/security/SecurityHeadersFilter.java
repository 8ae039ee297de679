package org.coopbank.portal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.coopbank.security.web.SecurityHeaders;

/** CSP, nosniff, Referrer-Policy on every response; with HTTPS on, HTTP→HTTPS and HSTS. First filter in web.xml. */
public class SecurityHeadersFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        if (!SecurityHeaders.apply(req, resp)) {
            chain.doFilter(req, resp);
        }
    }
}
