package org.coopbank.portal.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.coopbank.security.web.SecurityHeaders;

/** With HTTPS on ({@code COOPBANK_HTTPS}), the session cookie is Secure. */
@WebListener
public class SecureCookieListener implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent sce) {
        if (SecurityHeaders.httpsEnabled()) {
            sce.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
