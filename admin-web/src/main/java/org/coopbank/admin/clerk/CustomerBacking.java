package org.coopbank.admin.clerk;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.coopbank.admin.security.CurrentStaff;
import org.coopbank.customer.Customer360;
import org.coopbank.customer.CustomerQueries;

/** The customer 360° view, by the {@code id} view parameter. */
@Named
@RequestScoped
public class CustomerBacking {

    @Inject
    CustomerQueries queries;

    @Inject
    CurrentStaff current;

    private Long id;
    private Customer360 view;

    /** Loaded by {@code f:viewAction}; an unknown id is a refusal shown on the page. */
    public void load() {
        if (id != null) {
            view = queries.overview(id, current.actor());
        }
    }

    public Customer360 getView() {
        return view;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
