package org.coopbank.staff;

import java.util.Arrays;

/** Staff roles; {@link #roleName()} is the name the realm and the web tier use ({@code role_name} column). */
public enum StaffRole {
    SUPERADMIN, MANAGER, CLERK, CASHIER, ACCOUNTANT;

    public String roleName() {
        return name().toLowerCase();
    }

    public static StaffRole fromRoleName(String name) {
        return Arrays.stream(values()).filter(r -> r.roleName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown staff role " + name));
    }
}
