package org.coopbank.admin.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.coopbank.admin.security.CurrentStaff;
import org.coopbank.shared.BusinessClock;
import org.coopbank.shared.IndianFormat;
import org.coopbank.shared.Money;
import org.coopbank.staff.StaffRole;
import org.coopbank.staff.StaffUser;

/** What the template shows on every page: who is signed in, where, with which roles, and the business date. */
@Named("ui")
@RequestScoped
public class Ui {

    @Inject
    CurrentStaff current;

    @Inject
    BusinessClock clock;

    public String getFullName() {
        return current.get().fullName();
    }

    public String getUsername() {
        return current.get().username();
    }

    public String getBranch() {
        StaffUser u = current.get();
        return u.branch().code() + " " + u.branch().name();
    }

    public String getRoles() {
        return current.actor().roles().stream().map(StaffRole::roleName).sorted().collect(Collectors.joining(", "));
    }

    public boolean has(String role) {
        return current.actor().hasRole(StaffRole.fromRoleName(role));
    }

    public LocalDate getBusinessDate() {
        return clock.today();
    }

    public String rupees(Money m) {
        return m == null ? "" : IndianFormat.rupees(m);
    }
}
