package org.coopbank.admin.superadmin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.coopbank.admin.AdminQueries;
import org.coopbank.admin.SignInRow;
import org.coopbank.admin.OutboxRow;
import org.coopbank.admin.security.CurrentStaff;

/** The sign-in log (filtered by username or address) and the outbox of e-mails and SMS: the latest 200 of each. */
@Named
@RequestScoped
public class LogsBacking {

    private static final int MAX = 200;

    @Inject
    AdminQueries queries;

    @Inject
    CurrentStaff current;

    private String username;
    private String address;

    public List<SignInRow> getSignIns() {
        return queries.signIns(username, address, 0, MAX, current.actor());
    }

    public List<OutboxRow> getOutbox() {
        return queries.outbox(0, MAX, current.actor());
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }
}
