package org.coopbank.admin.superadmin;

import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** A text of the intranet's bundle, formatted. */
final class Texts {

    private Texts() {
    }

    static String format(String key, Object... args) {
        FacesContext f = FacesContext.getCurrentInstance();
        return MessageFormat.format(ResourceBundle.getBundle("org.coopbank.admin.i18n.Messages",
                f.getViewRoot().getLocale()).getString(key), args);
    }
}
