package org.coopbank.shared;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.coopbank.staff.StaffRole;

/**
 * Who asks a service to act. Never built from request input: each WAR produces it once per request from the
 * container's authenticated principal and roles (staff realm or customer realm); batch jobs, the payment gateway's
 * consumer and the demo loader act as {@link Kind#SYSTEM}. Services record it in the ledger and the audit log and
 * check, with the {@code require…} methods, that it may do what it asks, so a mistake in a page cannot open a door.
 * A customer actor carries its own customer id: it may reach only its own data (anything else is "not found").
 */
public record Actor(String name, Kind kind, Set<StaffRole> roles, Long customerId) implements Serializable {

    public enum Kind { STAFF, CUSTOMER, SYSTEM }

    public Actor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (name.isBlank()) {
            throw new IllegalArgumentException("actor name is blank");
        }
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        if (kind != Kind.STAFF && !roles.isEmpty()) {
            throw new IllegalArgumentException("only staff actors have roles");
        }
        if ((kind == Kind.CUSTOMER) != (customerId != null)) {
            throw new IllegalArgumentException("a customer actor, and only a customer actor, has a customer id");
        }
    }

    public static Actor staff(String username, Collection<StaffRole> roles) {
        return new Actor(username, Kind.STAFF, roles == null ? Set.of() : Set.copyOf(roles), null);
    }

    public static Actor staff(String username, StaffRole... roles) {
        return staff(username, Arrays.asList(roles));
    }

    public static Actor customer(String customerNumber, long customerId) {
        return new Actor(customerNumber, Kind.CUSTOMER, Set.of(), customerId);
    }

    public static Actor system(String process) {
        return new Actor(process, Kind.SYSTEM, Set.of(), null);
    }

    public boolean isStaff() {
        return kind == Kind.STAFF;
    }

    public boolean isCustomer() {
        return kind == Kind.CUSTOMER;
    }

    public boolean isSystem() {
        return kind == Kind.SYSTEM;
    }

    public boolean hasRole(StaffRole role) {
        return roles.contains(role);
    }

    /** Refuses unless the actor is staff holding one of {@code anyOf}. */
    public Actor requireStaff(StaffRole... anyOf) {
        if (!isStaff() || Arrays.stream(anyOf).noneMatch(roles::contains)) {
            throw new AccessDeniedException(this + " needs one of the roles " + Arrays.toString(anyOf));
        }
        return this;
    }

    /** Refuses unless the actor is the system (a batch job, the gateway's consumer) or staff holding one of {@code anyOf}. */
    public Actor requireStaffOrSystem(StaffRole... anyOf) {
        return isSystem() ? this : requireStaff(anyOf);
    }

    /** Refuses unless the actor is the system. */
    public Actor requireSystem() {
        if (!isSystem()) {
            throw new AccessDeniedException(this + " may not do what only the bank's own processes do");
        }
        return this;
    }

    /**
     * The customer {@code customerId} themself, or staff holding one of {@code anyOf}. Another customer is told
     * "not found", as if the record did not exist, so ids cannot be probed.
     */
    public Actor requireSelfOrStaff(long customerId, StaffRole... anyOf) {
        if (isCustomer()) {
            if (this.customerId != customerId) {
                throw new NotFoundException("Not found");
            }
            return this;
        }
        return requireStaff(anyOf);
    }

    /** Maker-checker: refuses when the checker is the maker recorded on the item ({@code maker} as {@link #toString()}). */
    public Actor requireNotMaker(String maker, String what) {
        if (toString().equals(maker) || name.equals(maker)) {
            throw new AccessDeniedException(this + " entered " + what + " and cannot also approve it");
        }
        return this;
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase() + ":" + name;
    }
}
