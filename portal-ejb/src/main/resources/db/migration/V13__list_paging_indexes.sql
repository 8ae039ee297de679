-- Indexes for paging the accountant's journal at 1,000,000 entries (portable: H2 2.2 and PostgreSQL 15).
-- Measured with the data generator and the list benchmark (README "List benchmark"): the journal's order is
-- (entry_date, id) both ways, so a page is a walk along this index (index-only for the page's ids) instead of
-- a sort of every entry of each date. They replace the single-column and (event_type, entry_date) ones, which
-- they cover.
CREATE INDEX ix_journal_entry_date_id ON journal_entry (entry_date, id);
DROP INDEX ix_journal_entry_date;
CREATE INDEX ix_journal_entry_event_date_id ON journal_entry (event_type, entry_date, id);
DROP INDEX ix_journal_entry_event_date;
