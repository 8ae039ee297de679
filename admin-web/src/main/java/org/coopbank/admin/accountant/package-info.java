/**
 * The accountant's screens (/admin/accountant/*): journal with drill-down, trial balance, day book, GL account
 * statement, loan ageing, reversal requests (filed from an entry's page, listed with their outcome), and the online
 * payments reconciliation ({@code /admin/accountant/payments}, also open to the superadmin: web.xml's exact pattern;
 * {@code org.coopbank.payment.PaymentReconciliation} checks the role again). Thin view beans: each calls one read method of {@code org.coopbank.ledger} with the
 * signed-in actor; exports (CSV, Excel) are PrimeFaces' data exporter over the same tables.
 */
package org.coopbank.admin.accountant;
