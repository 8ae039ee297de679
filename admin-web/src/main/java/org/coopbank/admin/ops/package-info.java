/**
 * Operations (superadmin and accountant): the nightly jobs' executions, starting a job for a business date and
 * restarting a failed run, all through {@code org.coopbank.batch.operations.BatchOperations}; the once-per-date and
 * role rules are the service's.
 */
package org.coopbank.admin.ops;
