package org.coopbank.ledger;

import java.util.List;

/** The ledger's invariants, checked in the database. Empty {@link #problems()} means the books are sound. */
public record IntegrityReport(long journalEntries, List<String> problems) {

    public boolean isClean() {
        return problems.isEmpty();
    }
}
