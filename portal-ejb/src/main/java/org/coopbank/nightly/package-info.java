/**
 * The bank's nightly work as seen by the core: what one item of a nightly job does, and the two guards that make
 * the jobs safe to repeat (the Jakarta Batch jobs themselves live in {@code batch-jobs}, {@code org.coopbank.batch.*}).
 * <ul>
 * <li><b>Once per job and business date</b> ({@link org.coopbank.nightly.JobRuns}): a row in {@code batch_job_run}
 * with the primary key (job, business date) is committed before the job is started; a second start for that date,
 * from this server or another one on the same database, fails on the key. A failed run is restarted, not started.</li>
 * <li><b>Once per item</b> ({@link org.coopbank.nightly.NightlyItems}): each item runs in its own transaction, with
 * the business date set on the batch thread inside it ({@code BusinessClock.asOf}); the row
 * (job, item key, business date) of {@code batch_item_done} is inserted in that same transaction, so a run killed
 * and restarted, or repeated for the date, never charges, pays or credits an item twice: the key decides, and a
 * duplicate rolls the item's posting back.</li>
 * </ul>
 */
package org.coopbank.nightly;
