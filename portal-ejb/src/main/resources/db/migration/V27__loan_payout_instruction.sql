-- The loan's disbursement instruction "pay out to the customer's bank account elsewhere" (issue 14 loan-disbursement,
-- issue 13 payouts), chosen by the clerk with the application. Portable SQL (H2, PostgreSQL).
ALTER TABLE loan ADD COLUMN payout_to_external BOOLEAN DEFAULT FALSE NOT NULL;
