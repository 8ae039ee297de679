package org.coopbank.admin.clerk;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** What the clerk's task pages share: bundle texts, and ending a task on the customer's 360° view with a message. */
final class ClerkPages {

    private ClerkPages() {
    }

    static String text(String key, Object... args) {
        FacesContext f = FacesContext.getCurrentInstance();
        String pattern = ResourceBundle.getBundle("org.coopbank.admin.i18n.Messages", f.getViewRoot().getLocale())
                .getString(key);
        return args.length == 0 ? pattern : MessageFormat.format(pattern, args);
    }

    static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    /** The outcome that shows the customer's 360° view after a redirect, carrying {@code done} as an info message. */
    static String toCustomer(long customerId, String done) {
        FacesContext f = FacesContext.getCurrentInstance();
        f.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
        f.getExternalContext().getFlash().setKeepMessages(true);
        return "/clerk/customer?faces-redirect=true&id=" + customerId;
    }
}
