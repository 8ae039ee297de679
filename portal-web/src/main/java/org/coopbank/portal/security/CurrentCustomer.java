package org.coopbank.portal.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;
import org.coopbank.customer.Customer;
import org.coopbank.customer.CustomerService;
import org.coopbank.shared.Actor;

/**
 * The signed-in customer of this request, looked up once from the container's principal (the login mobile),
 * never from request input. Empty when nobody is signed in or the login no longer belongs to a customer.
 */
@RequestScoped
public class CurrentCustomer {

    @Inject
    HttpServletRequest request;

    @Inject
    CustomerService customers;

    private Optional<Customer> customer;

    public Optional<Customer> find() {
        if (customer == null) {
            Principal p = request.getUserPrincipal();
            customer = p == null ? Optional.empty() : customers.findByLoginMobile(p.getName());
        }
        return customer;
    }

    /** The {@link Actor} of this request: the signed-in customer's number and id (never request input). */
    public Actor actor() {
        Customer c = get();
        return Actor.customer(c.customerNumber(), c.id());
    }

    /** The signed-in customer; fails if there is none (pages behind the security constraint always have one). */
    public Customer get() {
        return find().orElseThrow(() -> new IllegalStateException("No signed-in customer"));
    }
}
