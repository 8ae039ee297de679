package org.coopbank.admin.accountant;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.coopbank.account.AccountQueries;
import org.coopbank.account.ReversalRequestRow;
import org.coopbank.admin.security.CurrentStaff;

/** The accountant's reversal requests (any status, with the decision) and every request still pending. */
@Named
@RequestScoped
public class ReversalsBacking {

    private static final int MAX = 200;

    @Inject
    AccountQueries queries;

    @Inject
    CurrentStaff current;

    private List<ReversalRequestRow> rows;

    public List<ReversalRequestRow> getRows() {
        if (rows == null) {
            rows = queries.reversalRequests(MAX, current.actor());
        }
        return rows;
    }

    /** Whether the row is the signed-in user's own request. */
    public boolean mine(ReversalRequestRow r) {
        return current.actor().toString().equals(r.requestedBy());
    }
}
