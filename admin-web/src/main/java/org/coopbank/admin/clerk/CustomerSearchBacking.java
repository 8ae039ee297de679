package org.coopbank.admin.clerk;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.coopbank.admin.security.CurrentStaff;
import org.coopbank.customer.CustomerQueries;
import org.coopbank.customer.CustomerRow;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** Customer search: name, mobile, customer or account number; paged and sorted in the database. */
@Named
@ViewScoped
public class CustomerSearchBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CustomerQueries queries;

    @Inject
    CurrentStaff current;

    private String query;

    private final LazyDataModel<CustomerRow> customers = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, queries.count(query, current.actor()));
        }

        @Override
        public List<CustomerRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                      Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy == null || sortBy.isEmpty() ? null : sortBy.values().iterator().next();
            return queries.search(query, first, pageSize, sort == null ? null : sort.getField(),
                    sort == null || sort.getOrder() != SortOrder.DESCENDING, current.actor());
        }

        @Override
        public String getRowKey(CustomerRow row) {
            return String.valueOf(row.id());
        }

        @Override
        public CustomerRow getRowData(String rowKey) {
            return null;
        }
    };

    public LazyDataModel<CustomerRow> getCustomers() {
        return customers;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }
}
