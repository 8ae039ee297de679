-- Indexes for the accountant's reports (portable: H2 2.2 and PostgreSQL 15).
-- GL account statement: the lines of one GL account, joined to their entries by date.
CREATE INDEX ix_journal_line_gl_entry ON journal_line (gl_code, journal_entry_id);
-- Journal filtered by event type within a date range.
CREATE INDEX ix_journal_entry_event_date ON journal_entry (event_type, entry_date);
-- Loan ageing: the oldest unpaid instalment of each loan (loan_installment.loan_id had no index).
CREATE INDEX ix_installment_loan_due ON loan_installment (loan_id, due_date);
