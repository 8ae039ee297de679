/**
 * The audit trail: who did what, when, with the state before and after. Written in the same transaction as the
 * change it describes (MANDATORY), so there is never a change without its record, nor a record of a change that
 * rolled back. Rows are only ever inserted.
 */
package org.coopbank.audit;
