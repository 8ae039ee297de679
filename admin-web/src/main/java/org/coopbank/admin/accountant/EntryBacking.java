package org.coopbank.admin.accountant;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.coopbank.account.TransactionRow;
import org.coopbank.admin.security.CurrentStaff;
import org.coopbank.ledger.JournalEntryRow;
import org.coopbank.ledger.JournalLineRow;
import org.coopbank.ledger.JournalQueries;

/** One journal entry, by the {@code id} view parameter: its lines and the customer transactions it explains. */
@Named
@RequestScoped
public class EntryBacking {

    @Inject
    JournalQueries queries;

    @Inject
    CurrentStaff current;

    private Long id;
    private JournalEntryRow entry;
    private List<JournalLineRow> lines = List.of();
    private List<TransactionRow> transactions = List.of();

    /** Loaded by {@code f:viewAction}; an unknown id is a refusal shown on the page. */
    public void load() {
        if (id != null) {
            entry = queries.entry(id, current.actor());
            lines = queries.lines(id, current.actor());
            transactions = queries.transactions(id, current.actor());
        }
    }

    public JournalEntryRow getEntry() {
        return entry;
    }

    public List<JournalLineRow> getLines() {
        return lines;
    }

    public List<TransactionRow> getTransactions() {
        return transactions;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
