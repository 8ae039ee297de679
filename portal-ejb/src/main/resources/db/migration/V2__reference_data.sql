-- Reference data every installation needs: the chart of accounts, the head office, the FD rate card
-- and the default settings. Demo customers and staff are NOT here (DemoDataLoader, embedded default only).

INSERT INTO gl_account (code, name, gl_type) VALUES ('1000', 'Cash in hand', 'ASSET');
INSERT INTO gl_account (code, name, gl_type) VALUES ('1100', 'Bank settlement account', 'ASSET');
INSERT INTO gl_account (code, name, gl_type) VALUES ('1200', 'Payment gateway clearing', 'ASSET');
INSERT INTO gl_account (code, name, gl_type) VALUES ('1300', 'Loans receivable (principal)', 'ASSET');
INSERT INTO gl_account (code, name, gl_type) VALUES ('1320', 'Penal interest receivable', 'ASSET');
INSERT INTO gl_account (code, name, gl_type) VALUES ('2000', 'Savings deposits', 'LIABILITY');
INSERT INTO gl_account (code, name, gl_type) VALUES ('2010', 'Current deposits', 'LIABILITY');
INSERT INTO gl_account (code, name, gl_type) VALUES ('2100', 'Fixed deposits', 'LIABILITY');
INSERT INTO gl_account (code, name, gl_type) VALUES ('2200', 'Payout clearing', 'LIABILITY');
INSERT INTO gl_account (code, name, gl_type) VALUES ('3000', 'Member share capital', 'EQUITY');
INSERT INTO gl_account (code, name, gl_type) VALUES ('4000', 'Loan interest income', 'INCOME');
INSERT INTO gl_account (code, name, gl_type) VALUES ('4100', 'Penal interest income', 'INCOME');
INSERT INTO gl_account (code, name, gl_type) VALUES ('5000', 'Savings interest expense', 'EXPENSE');
INSERT INTO gl_account (code, name, gl_type) VALUES ('5100', 'FD interest expense', 'EXPENSE');

INSERT INTO branch (id, code, name, address, active, version) VALUES (1, '001', 'Head Office', 'Main Road', TRUE, 0);

-- FD rate card (% p.a.) by tenure in days; premature closure uses the row for the days actually run.
INSERT INTO fd_rate (id, min_days, max_days, annual_rate) VALUES (1, 7, 45, 3.5000);
INSERT INTO fd_rate (id, min_days, max_days, annual_rate) VALUES (2, 46, 179, 4.5000);
INSERT INTO fd_rate (id, min_days, max_days, annual_rate) VALUES (3, 180, 364, 5.7500);
INSERT INTO fd_rate (id, min_days, max_days, annual_rate) VALUES (4, 365, 729, 6.8000);
INSERT INTO fd_rate (id, min_days, max_days, annual_rate) VALUES (5, 730, 1824, 7.0000);
INSERT INTO fd_rate (id, min_days, max_days, annual_rate) VALUES (6, 1825, 3660, 6.5000);

INSERT INTO app_setting (setting_key, setting_value, description) VALUES ('loan.grace-days', '0', 'Days after the due date before an unpaid instalment is overdue');
INSERT INTO app_setting (setting_key, setting_value, description) VALUES ('loan.penal-rate', '2.00', 'Penal interest, % p.a., on overdue principal');
INSERT INTO app_setting (setting_key, setting_value, description) VALUES ('fd.premature-penalty', '1.00', 'Percentage points taken off the rate on premature FD closure');
INSERT INTO app_setting (setting_key, setting_value, description) VALUES ('savings.interest-rate', '3.00', 'Savings interest, % p.a.');
