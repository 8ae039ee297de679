package org.coopbank.admin.superadmin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.coopbank.admin.AdminQueries;
import org.coopbank.admin.AuditRow;
import org.coopbank.admin.AuditFilter;
import org.coopbank.admin.security.CurrentStaff;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The audit trail, newest first, filtered by actor, action, entity and dates; paged in the database. */
@Named
@ViewScoped
public class AuditLogBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AdminQueries queries;

    @Inject
    CurrentStaff current;

    private String actor;
    private String action;
    private String entityType;
    private String entityId;
    private LocalDate from;
    private LocalDate to;

    private final LazyDataModel<AuditRow> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, queries.auditCount(filter(), current.actor()));
        }

        @Override
        public List<AuditRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                                Map<String, FilterMeta> filterBy) {
            return queries.audit(filter(), first, pageSize, current.actor());
        }

        @Override
        public String getRowKey(AuditRow row) {
            return String.valueOf(row.id());
        }

        @Override
        public AuditRow getRowData(String rowKey) {
            return null;
        }
    };

    private AuditFilter filter() {
        return new AuditFilter(actor, action, entityType, entityId, from, to);
    }

    public LazyDataModel<AuditRow> getRows() {
        return rows;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public void setEntityId(String entityId) {
        this.entityId = entityId;
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
}
