-- Withdrawals above the maker-checker limit (issue 11): a cashier's cash withdrawal above limit.withdrawal-approval
-- is not posted but filed as a request; a manager who is not the cashier approves it (the withdrawal is posted then,
-- under the account's row lock, with the balance checked again) or rejects it with a reason.

INSERT INTO app_setting (setting_key, setting_value, description)
VALUES ('limit.withdrawal-approval', '200000.00', 'Cash withdrawals above this amount wait for a manager''s approval (Rs)');

CREATE SEQUENCE withdrawal_request_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE withdrawal_request (
    id               BIGINT        NOT NULL PRIMARY KEY,
    account_id       BIGINT        NOT NULL REFERENCES bank_account (id),
    amount           NUMERIC(15,2) NOT NULL,
    narration        VARCHAR(200),
    status           VARCHAR(10)   NOT NULL,
    -- the account's id while the request is PENDING, null once decided: one pending request per account
    open_key         BIGINT,
    requested_by     VARCHAR(100)  NOT NULL,
    requested_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    decided_by       VARCHAR(100),
    decided_at       TIMESTAMP(6) WITH TIME ZONE,
    reason           VARCHAR(255),
    journal_entry_id BIGINT        REFERENCES journal_entry (id),
    version          BIGINT        NOT NULL,
    CONSTRAINT uk_withdrawal_request_open UNIQUE (open_key),
    CONSTRAINT uk_withdrawal_request_entry UNIQUE (journal_entry_id),
    CONSTRAINT ck_withdrawal_request_status CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED', 'CANCELLED')),
    CONSTRAINT ck_withdrawal_request_amount CHECK (amount > 0),
    CONSTRAINT ck_withdrawal_request_open CHECK ((status = 'PENDING' AND open_key = account_id)
                                                 OR (status <> 'PENDING' AND open_key IS NULL)),
    CONSTRAINT ck_withdrawal_request_posted CHECK ((status = 'APPROVED' AND journal_entry_id IS NOT NULL)
                                                   OR (status <> 'APPROVED' AND journal_entry_id IS NULL)),
    CONSTRAINT ck_withdrawal_request_decided CHECK (status = 'PENDING' OR (decided_by IS NOT NULL AND decided_at IS NOT NULL)),
    CONSTRAINT ck_withdrawal_request_reason CHECK (status <> 'REJECTED' OR reason IS NOT NULL)
);
CREATE INDEX ix_withdrawal_request_status ON withdrawal_request (status);
CREATE INDEX ix_withdrawal_request_maker ON withdrawal_request (requested_by, id);
CREATE INDEX ix_withdrawal_request_account ON withdrawal_request (account_id);
