-- Hourly nightly jobs (issue 14: loan-disbursement). The once-guard of batch_job_run was one row per job and business
-- date; an hourly job needs one per date and hour. run_slot is '' for the daily jobs (so they stay once per date) and
-- the hour of the day, 'HH' in Asia/Kolkata, for an hourly one: a second start in the same hour, from any server on
-- this database, still fails on the primary key.
ALTER TABLE batch_job_run ADD COLUMN run_slot VARCHAR(8) DEFAULT '' NOT NULL;
ALTER TABLE batch_job_run DROP CONSTRAINT pk_batch_job_run;
ALTER TABLE batch_job_run ADD CONSTRAINT pk_batch_job_run PRIMARY KEY (job_name, business_date, run_slot);

INSERT INTO app_setting (setting_key, setting_value, description) VALUES ('batch.loan-disbursement.minute-of-hour', '10', 'Loan disbursement job: minute past each hour it starts, Asia/Kolkata (10 = hh:10; applied at the next server start)');
