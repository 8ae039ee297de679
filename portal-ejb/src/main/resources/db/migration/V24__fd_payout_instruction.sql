-- The FD's maturity instruction "pay out to the customer's bank account elsewhere" (issue 14 fd-maturity, issue 13
-- payouts), chosen by the clerk at opening. Auto-renewal and payout exclude each other. Portable SQL (H2, PostgreSQL).
ALTER TABLE fixed_deposit ADD COLUMN payout_to_external BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE fixed_deposit ADD CONSTRAINT ck_fd_renew_or_payout CHECK (NOT (auto_renew AND payout_to_external));
