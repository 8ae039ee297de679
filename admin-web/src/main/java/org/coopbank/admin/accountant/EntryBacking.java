package org.coopbank.admin.accountant;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import org.coopbank.account.AccountService;
import org.coopbank.account.ReversalRequest;
import org.coopbank.account.TransactionRow;
import org.coopbank.admin.security.CurrentStaff;
import org.coopbank.ledger.JournalEntryRow;
import org.coopbank.ledger.JournalLineRow;
import org.coopbank.ledger.JournalQueries;

/**
 * One journal entry, by the {@code id} view parameter: its lines and the customer transactions it explains; and a
 * reversal request for it (reason → review → confirm). The request moves no money: a manager other than the
 * requester approves it, and the service refuses what cannot be reversed.
 */
@Named
@ViewScoped
public class EntryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    JournalQueries queries;

    @Inject
    AccountService accounts;

    @Inject
    CurrentStaff current;

    private Long id;
    private JournalEntryRow entry;
    private List<JournalLineRow> lines = List.of();
    private List<TransactionRow> transactions = List.of();
    private String reason;
    private boolean reviewing;

    /** Loaded by {@code f:viewAction}; an unknown id is a refusal shown on the page. */
    public void load() {
        if (id != null) {
            entry = queries.entry(id, current.actor());
            lines = queries.lines(id, current.actor());
            transactions = queries.transactions(id, current.actor());
        }
    }

    /** Shows what will be asked, changing nothing. */
    public void review() {
        reviewing = entry != null;
    }

    public void cancel() {
        reviewing = false;
    }

    public void confirm() {
        reviewing = false;
        ReversalRequest r = accounts.requestReversal(entry.id(), reason, current.actor());
        reason = null;
        FacesContext f = FacesContext.getCurrentInstance();
        String text = ResourceBundle.getBundle("org.coopbank.admin.i18n.Messages", f.getViewRoot().getLocale())
                .getString("reversal.requested");
        f.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, MessageFormat.format(text, r.id(), entry.id()), null));
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

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public boolean isReviewing() {
        return reviewing;
    }
}
