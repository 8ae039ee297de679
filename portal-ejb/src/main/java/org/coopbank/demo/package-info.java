/**
 * The demo bank loaded on a fresh embedded (H2) start: one staff user per role, customers with six months of
 * history, a running loan with paid and overdue instalments, fixed deposits. Built only through the real services,
 * as of past business dates, so every demo posting is a real balanced journal entry. Never loads on PostgreSQL
 * unless {@code COOPBANK_DEMO_DATA=true}.
 */
package org.coopbank.demo;
