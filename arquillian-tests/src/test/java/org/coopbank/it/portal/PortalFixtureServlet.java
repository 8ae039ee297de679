package org.coopbank.it.portal;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Test-only: {@code POST /bank-tests/fixtures/portal?name=…} makes a {@link PortalBank} customer, answers its line. */
@WebServlet("/fixtures/portal")
public class PortalFixtureServlet extends HttpServlet {

    @Inject
    PortalBank bank;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getParameter("name") == null ? "Portal Customer" : req.getParameter("name");
        resp.setContentType("text/plain");
        resp.getWriter().write(bank.create(name).line());
    }
}
