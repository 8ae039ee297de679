package org.coopbank.admin.manager;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import org.coopbank.admin.security.CurrentStaff;
import org.coopbank.security.access.PortalAccess;
import org.coopbank.security.access.PortalAccessRow;

/**
 * The manager grants portal access: a row's button only reviews (the confirmation names the customer and the masked
 * mobile the code goes to); {@link #confirm} makes the one service call. The code itself never reaches this screen.
 */
@Named
@ViewScoped
public class PortalAccessBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MAX = 200;

    @Inject
    PortalAccess access;

    @Inject
    CurrentStaff current;

    private String query;
    private List<PortalAccessRow> rows;
    private PortalAccessRow target;
    private String confirmation;

    @PostConstruct
    void load() {
        rows = access.candidates(query, MAX, current.actor());
    }

    public void search() {
        cancel();
        load();
    }

    public void review(PortalAccessRow row) {
        target = row;
        confirmation = format("portalAccess.confirm", row.maskedMobile(), row.customerNumber(), row.fullName());
    }

    public void cancel() {
        target = null;
        confirmation = null;
    }

    /** The one service call; the review is cleared first, so a refusal leaves the screen as it was. */
    public void confirm() {
        PortalAccessRow row = target;
        cancel();
        if (row == null) {
            return;
        }
        access.grantAccess(row.id(), current.actor());
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                format("portalAccess.done", row.customerNumber(), row.maskedMobile()), null));
        load();
    }

    private static String format(String key, Object... args) {
        FacesContext f = FacesContext.getCurrentInstance();
        return MessageFormat.format(ResourceBundle.getBundle("org.coopbank.admin.i18n.Messages",
                f.getViewRoot().getLocale()).getString(key), args);
    }

    public boolean isReviewing() {
        return target != null;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public List<PortalAccessRow> getRows() {
        return rows;
    }
}
