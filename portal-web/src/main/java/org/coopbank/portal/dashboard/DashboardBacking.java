package org.coopbank.portal.dashboard;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.coopbank.portal.security.CurrentCustomer;
import org.coopbank.selfservice.MyDashboard;
import org.coopbank.selfservice.SelfService;

/** {@code /portal/dashboard}: one call to the self-service façade. */
@Named
@RequestScoped
public class DashboardBacking {

    @Inject
    SelfService self;

    @Inject
    CurrentCustomer me;

    private MyDashboard view;

    @PostConstruct
    void load() {
        view = self.dashboard(me.actor());
    }

    public MyDashboard getView() {
        return view;
    }
}
