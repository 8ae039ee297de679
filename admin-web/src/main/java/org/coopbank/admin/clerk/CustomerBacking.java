package org.coopbank.admin.clerk;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.coopbank.admin.security.CurrentStaff;
import org.coopbank.customer.Customer360;
import org.coopbank.customer.CustomerQueries;
import org.coopbank.notification.AlertRow;
import org.coopbank.notification.NotificationQueries;

/** The customer 360° view, by the {@code id} view parameter, with the alerts sent to the customer. */
@Named
@RequestScoped
public class CustomerBacking {

    @Inject
    CustomerQueries queries;

    @Inject
    NotificationQueries notifications;

    @Inject
    CurrentStaff current;

    private Long id;
    private Customer360 view;
    private List<AlertRow> alerts = List.of();

    /** Loaded by {@code f:viewAction}; an unknown id is a refusal shown on the page. */
    public void load() {
        if (id != null) {
            view = queries.overview(id, current.actor());
            alerts = notifications.forCustomer(id, 20, current.actor());
        }
    }

    public Customer360 getView() {
        return view;
    }

    /** The latest alerts sent (or queued) to the customer, newest first. */
    public List<AlertRow> getAlerts() {
        return alerts;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
