/**
 * The accountant's screens (/admin/accountant/*): journal with drill-down, trial balance, day book, GL account
 * statement, loan ageing, and reversal requests (filed from an entry's page, listed with their outcome). Thin view beans: each calls one read method of {@code org.coopbank.ledger} with the
 * signed-in actor; exports (CSV, Excel) are PrimeFaces' data exporter over the same tables.
 */
package org.coopbank.admin.accountant;
