package org.coopbank.shared;

import java.io.Serializable;
import java.util.Objects;

/**
 * Who asks a service to act. The web tiers authenticate (each against its own realm) and pass the actor;
 * services record it in the ledger and the audit log. Roles are checked in the web tier.
 */
public record Actor(String name, Kind kind) implements Serializable {

    public enum Kind { STAFF, CUSTOMER, SYSTEM }

    public Actor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (name.isBlank()) {
            throw new IllegalArgumentException("actor name is blank");
        }
    }

    public static Actor staff(String username) {
        return new Actor(username, Kind.STAFF);
    }

    public static Actor customer(String customerNumber) {
        return new Actor(customerNumber, Kind.CUSTOMER);
    }

    public static Actor system(String process) {
        return new Actor(process, Kind.SYSTEM);
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase() + ":" + name;
    }
}
