/**
 * The accountant's screens (/admin/accountant/*): journal with drill-down, trial balance, day book, GL account
 * statement and loan ageing. Thin view beans: each calls one read method of {@code org.coopbank.ledger} with the
 * signed-in actor; exports (CSV, Excel) are PrimeFaces' data exporter over the same tables.
 */
package org.coopbank.admin.accountant;
