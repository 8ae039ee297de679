package org.coopbank.admin.clerk;

import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import org.coopbank.account.AccountRow;
import org.coopbank.admin.security.CurrentStaff;
import org.coopbank.customer.Customer360;
import org.coopbank.customer.CustomerQueries;

/**
 * A clerk's task on one customer, reached from the 360° view with {@code ?customer=ID}: loads the customer's read
 * model once per view (the {@code f:viewAction}); an unknown id is a refusal shown on the page.
 */
abstract class CustomerTask implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CustomerQueries queries;

    @Inject
    CurrentStaff current;

    private Long customerId;
    private Customer360 customer;

    public void load() {
        if (customerId != null) {
            customer = queries.overview(customerId, current.actor());
        }
    }

    /** The customer's accounts to choose from, with their type and status in the label. */
    public List<SelectItem> getAccountItems() {
        return customer == null ? List.of() : customer.accounts().stream()
                .map(a -> new SelectItem(a.id(), a.accountNumber() + " · " + a.type() + " · " + a.status()))
                .toList();
    }

    protected AccountRow account(Long accountId) {
        return customer == null || accountId == null ? null : customer.accounts().stream()
                .filter(a -> a.id().equals(accountId)).findFirst().orElse(null);
    }

    public Customer360 getCustomer() {
        return customer;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }
}
