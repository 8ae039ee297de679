/**
 * What the chunk jobs share: a reader of ids paged in id order with the last id as checkpoint, a writer that reports
 * the processors' results, the failure/skip listener, and the test-only failure switch.
 */
package org.coopbank.batch.support;
