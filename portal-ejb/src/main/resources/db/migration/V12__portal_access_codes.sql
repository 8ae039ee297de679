-- Portal access codes (issue 12): one-time codes sent by SMS (activation, login OTP, password reset, mobile change)
-- and the short-lived single-use login tickets that the customer realm accepts after an OTP was verified.
-- Codes and tickets are stored only as bcrypt hashes. Portable SQL (H2 and PostgreSQL).
CREATE SEQUENCE one_time_code_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE one_time_code (
    id            BIGINT       NOT NULL PRIMARY KEY,
    purpose       VARCHAR(20)  NOT NULL,
    customer_id   BIGINT       NOT NULL REFERENCES customer (id),
    target_mobile VARCHAR(10)  NOT NULL,
    code_hash     VARCHAR(100) NOT NULL,
    expires_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    used_at       TIMESTAMP(6) WITH TIME ZONE,
    closed_reason VARCHAR(12),
    attempts      INTEGER      NOT NULL,
    created_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    created_by    VARCHAR(100) NOT NULL,
    CONSTRAINT ck_one_time_code_purpose CHECK (purpose IN ('ACTIVATION', 'LOGIN', 'RESET', 'MOBILE_CHANGE')),
    CONSTRAINT ck_one_time_code_closed CHECK (closed_reason IS NULL OR closed_reason IN ('USED', 'SUPERSEDED', 'EXHAUSTED')),
    CONSTRAINT ck_one_time_code_attempts CHECK (attempts >= 0)
);
CREATE INDEX ix_one_time_code_mobile ON one_time_code (target_mobile, purpose, used_at);
CREATE INDEX ix_one_time_code_customer ON one_time_code (customer_id, purpose, used_at);

CREATE SEQUENCE login_ticket_seq START WITH 1000 INCREMENT BY 50;

-- Read by the customer realm's second principal-query (server/cli/server.cli): a live ticket (unused, unexpired)
-- is the credential of its login mobile for ~30 seconds; it is marked used right after the sign-in.
CREATE TABLE login_ticket (
    id           BIGINT       NOT NULL PRIMARY KEY,
    customer_id  BIGINT       NOT NULL REFERENCES customer (id),
    login_mobile VARCHAR(10)  NOT NULL,
    ticket_hash  VARCHAR(100) NOT NULL,
    expires_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    used_at      TIMESTAMP(6) WITH TIME ZONE,
    created_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_login_ticket_mobile ON login_ticket (login_mobile, used_at, expires_at);

-- An SMS with a code goes to a mobile number, not to a customer's alert history (a clerk's 360 view lists a
-- customer's alerts and must never show a code; a new mobile number belongs to no customer yet).
ALTER TABLE notification ALTER COLUMN customer_id DROP NOT NULL;

-- The sign-in log records code requests, sends and verifications too.
ALTER TABLE sign_in_event DROP CONSTRAINT ck_sign_in_event_outcome;
ALTER TABLE sign_in_event ADD CONSTRAINT ck_sign_in_event_outcome CHECK (outcome IN
    ('SUCCESS', 'FAILURE', 'THROTTLED', 'LOCKED', 'LOCKOUT', 'UNLOCK', 'SIGN_OUT', 'SESSION_ENDED',
     'CODE_SENT', 'CODE_NOT_SENT', 'CODE_ACCEPTED', 'CODE_FAILURE', 'PASSWORD_SET', 'MOBILE_CHANGED'));
