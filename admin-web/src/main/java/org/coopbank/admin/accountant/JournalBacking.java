package org.coopbank.admin.accountant;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.coopbank.admin.security.CurrentStaff;
import org.coopbank.ledger.EventType;
import org.coopbank.ledger.JournalEntryRow;
import org.coopbank.ledger.JournalQueries;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** Journal entries filtered by date range, event type and reference; paged, sorted and filtered in the database. */
@Named
@ViewScoped
public class JournalBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    JournalQueries queries;

    @Inject
    CurrentStaff current;

    private LocalDate from;
    private LocalDate to;
    private EventType eventType;
    private String reference;

    private final LazyDataModel<JournalEntryRow> entries = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, queries.count(from, to, eventType, reference, current.actor()));
        }

        @Override
        public List<JournalEntryRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                          Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy == null || sortBy.isEmpty() ? null : sortBy.values().iterator().next();
            return queries.search(from, to, eventType, reference, first, pageSize, sort == null ? null : sort.getField(),
                    sort == null || sort.getOrder() != SortOrder.DESCENDING, current.actor());
        }

        @Override
        public String getRowKey(JournalEntryRow row) {
            return String.valueOf(row.id());
        }

        @Override
        public JournalEntryRow getRowData(String rowKey) {
            return null;
        }
    };

    public LazyDataModel<JournalEntryRow> getEntries() {
        return entries;
    }

    public EventType[] getEventTypes() {
        return EventType.values();
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public EventType getEventType() {
        return eventType;
    }

    public void setEventType(EventType eventType) {
        this.eventType = eventType;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }
}
