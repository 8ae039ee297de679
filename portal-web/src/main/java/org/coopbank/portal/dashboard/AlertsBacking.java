package org.coopbank.portal.dashboard;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.coopbank.portal.security.CurrentCustomer;
import org.coopbank.portal.web.Paging;
import org.coopbank.selfservice.MyAlert;
import org.coopbank.selfservice.MyPage;
import org.coopbank.selfservice.SelfService;

/** {@code /portal/notifications}: the customer's alerts, newest first, 20 a page; "mark all as read" is a POST. */
@Named
@RequestScoped
public class AlertsBacking {

    static final int PAGE = 20;

    @Inject
    SelfService self;

    @Inject
    CurrentCustomer me;

    private MyPage<MyAlert> page;

    @PostConstruct
    void load() {
        page = self.alerts(me.actor(), Paging.first(), PAGE);
    }

    public String markAllRead() {
        self.markAlertsRead(me.actor());
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                faces.getApplication().getResourceBundle(faces, "msg").getString("notifications.marked"), null));
        return "/portal/notifications?faces-redirect=true";
    }

    public MyPage<MyAlert> getPage() {
        return page;
    }

    public String link(int first) {
        return Paging.link("/portal/notifications", first, null);
    }
}
