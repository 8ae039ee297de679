-- Gateway settlements imported from the gateway's settlement report (issue 13, the part left undone).
-- Portable SQL (H2 and PostgreSQL).

-- What the gateway keeps as its charges on a settlement (its fee and the GST on it) is the bank's expense.
INSERT INTO gl_account (code, name, gl_type) VALUES ('5200', 'Payment gateway charges', 'EXPENSE');

-- A settlement now says what the gateway took: gross (credited to 1200) = amount (what reached the bank, debited to
-- 1100) + fees + tax (debited to 5200). A settlement typed in by the accountant has no charges: gross = amount.
-- source: MANUAL (typed in) or REPORT (imported from the gateway's report). utr: the bank transfer's reference; a
-- manual settlement stores what the accountant typed both as reference and as utr, so the unique keys
-- (gateway, reference) and (gateway, utr) refuse the same settlement recorded twice, whichever of the two ids the
-- accountant typed and in whichever order the import and the manual entry come.
ALTER TABLE gateway_settlement ADD COLUMN source VARCHAR(10) DEFAULT 'MANUAL' NOT NULL;
ALTER TABLE gateway_settlement ADD COLUMN fees NUMERIC(15,2) DEFAULT 0 NOT NULL;
ALTER TABLE gateway_settlement ADD COLUMN tax NUMERIC(15,2) DEFAULT 0 NOT NULL;
ALTER TABLE gateway_settlement ADD COLUMN gross NUMERIC(15,2);
ALTER TABLE gateway_settlement ADD COLUMN utr VARCHAR(64);
ALTER TABLE gateway_settlement ADD COLUMN settled_at TIMESTAMP(6) WITH TIME ZONE;
UPDATE gateway_settlement SET gross = amount, utr = reference;
ALTER TABLE gateway_settlement ALTER COLUMN gross SET NOT NULL;
ALTER TABLE gateway_settlement ADD CONSTRAINT uq_gateway_settlement_utr UNIQUE (gateway, utr);
ALTER TABLE gateway_settlement ADD CONSTRAINT ck_gateway_settlement_source CHECK (source IN ('MANUAL', 'REPORT'));
ALTER TABLE gateway_settlement ADD CONSTRAINT ck_gateway_settlement_parts
    CHECK (fees >= 0 AND tax >= 0 AND gross = amount + fees + tax);

-- A settlement from the report that was not posted because its amounts do not add up (or are more than 1200 holds):
-- kept once per settlement id for the accountant, who records what really reached the bank by hand.
CREATE SEQUENCE gateway_settlement_flag_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE gateway_settlement_flag (
    id            BIGINT        NOT NULL PRIMARY KEY,
    gateway       VARCHAR(20)   NOT NULL,
    settlement_id VARCHAR(64)   NOT NULL,
    utr           VARCHAR(64),
    gross         NUMERIC(15,2),
    fees          NUMERIC(15,2),
    tax           NUMERIC(15,2),
    amount        NUMERIC(15,2),
    settled_at    TIMESTAMP(6) WITH TIME ZONE,
    reason        VARCHAR(255)  NOT NULL,
    flagged_by    VARCHAR(100)  NOT NULL,
    flagged_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_gateway_settlement_flag UNIQUE (gateway, settlement_id)
);

-- The daily import and the simulated gateway's settlements.
INSERT INTO app_setting (setting_key, setting_value, description) VALUES ('payment.settlement.import-minute-of-day', '600', 'Gateway settlements: minute of the day the daily import of the settlement report runs, Asia/Kolkata (600 = 10:00, for yesterday and today; applied at the next server start)');
INSERT INTO app_setting (setting_key, setting_value, description) VALUES ('payment.simulated.settlement-fee-percent', '2', 'Simulated gateway only: its fee on each settlement, % of the gross');
INSERT INTO app_setting (setting_key, setting_value, description) VALUES ('payment.simulated.settlement-gst-percent', '18', 'Simulated gateway only: GST on its fee, %');
