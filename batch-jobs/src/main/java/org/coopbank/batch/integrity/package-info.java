/**
 * The nightly ledger integrity check as a Jakarta Batch job ({@code ledger-integrity}). The FD maturity, EMI and
 * overdue jobs of the batch issue will live beside it in {@code org.coopbank.batch.*}.
 */
package org.coopbank.batch.integrity;
