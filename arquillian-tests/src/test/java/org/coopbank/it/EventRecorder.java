package org.coopbank.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.coopbank.ledger.MoneyPosted;

/** Test-only: sees MoneyPosted only after the posting's transaction committed. */
@ApplicationScoped
public class EventRecorder {

    private final List<MoneyPosted> committed = new CopyOnWriteArrayList<>();

    public List<MoneyPosted> committed() {
        return committed;
    }

    public void clear() {
        committed.clear();
    }

    void onPosted(@Observes(during = TransactionPhase.AFTER_SUCCESS) MoneyPosted event) {
        committed.add(event);
    }
}
