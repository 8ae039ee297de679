-- Sign-in throttling and the sign-in log, shared by both realms (staff, customer) and, later, OTP sign-in.
-- login_throttle: one row per throttled key (a username or a client address, within a scope such as a realm);
-- written in its own transactions so a failed sign-in is counted even though the sign-in itself fails.
CREATE TABLE login_throttle (
    throttle_key    VARCHAR(200) NOT NULL PRIMARY KEY,
    key_kind        VARCHAR(10)  NOT NULL,
    scope           VARCHAR(20)  NOT NULL,
    key_value       VARCHAR(150) NOT NULL,
    streak          INTEGER      NOT NULL,
    window_start    TIMESTAMP(6) WITH TIME ZONE,
    window_failures INTEGER      NOT NULL,
    last_failure_at TIMESTAMP(6) WITH TIME ZONE,
    blocked_until   TIMESTAMP(6) WITH TIME ZONE,
    locked_until    TIMESTAMP(6) WITH TIME ZONE,
    version         BIGINT       NOT NULL,
    CONSTRAINT ck_login_throttle_kind CHECK (key_kind IN ('USERNAME', 'ADDRESS'))
);
CREATE INDEX ix_login_throttle_locked ON login_throttle (locked_until);

-- Every sign-in, failure, refusal by the throttle, lockout, unlock and sign-out.
CREATE SEQUENCE sign_in_event_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE sign_in_event (
    id             BIGINT       NOT NULL PRIMARY KEY,
    at             TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    realm          VARCHAR(20)  NOT NULL,
    username       VARCHAR(150) NOT NULL,
    client_address VARCHAR(64)  NOT NULL,
    user_agent     VARCHAR(200),
    outcome        VARCHAR(20)  NOT NULL,
    CONSTRAINT ck_sign_in_event_outcome CHECK (outcome IN
        ('SUCCESS', 'FAILURE', 'THROTTLED', 'LOCKED', 'LOCKOUT', 'UNLOCK', 'SIGN_OUT', 'SESSION_ENDED'))
);
CREATE INDEX ix_sign_in_event_user ON sign_in_event (username, at);
CREATE INDEX ix_sign_in_event_address ON sign_in_event (client_address, at);
CREATE INDEX ix_sign_in_event_at ON sign_in_event (at);

INSERT INTO app_setting (setting_key, setting_value, description) VALUES ('security.login.free-failures', '5', 'Failed sign-ins per username within the window before exponential back-off starts');
INSERT INTO app_setting (setting_key, setting_value, description) VALUES ('security.login.window-seconds', '60', 'The window, in seconds, for counting failed sign-ins');
INSERT INTO app_setting (setting_key, setting_value, description) VALUES ('security.login.backoff-base-seconds', '5', 'First back-off, in seconds; doubles with each further failure');
INSERT INTO app_setting (setting_key, setting_value, description) VALUES ('security.login.backoff-max-seconds', '900', 'Longest back-off, in seconds');
INSERT INTO app_setting (setting_key, setting_value, description) VALUES ('security.login.lockout-threshold', '10', 'Consecutive failed sign-ins per username that lock it (0: never)');
INSERT INTO app_setting (setting_key, setting_value, description) VALUES ('security.login.lockout-minutes', '30', 'Minutes a lockout lasts unless a superadmin unlocks it; also the idle time that forgets failures');
INSERT INTO app_setting (setting_key, setting_value, description) VALUES ('security.login.address.free-failures', '20', 'Failed sign-ins per client address (any username) within the window before back-off');
INSERT INTO app_setting (setting_key, setting_value, description) VALUES ('security.login.address.lockout-threshold', '100', 'Consecutive failed sign-ins per client address that lock it (0: never)');
INSERT INTO app_setting (setting_key, setting_value, description) VALUES ('security.login.trusted-proxies', 'none', 'Comma-separated addresses of reverse proxies whose X-Forwarded-For is believed (none: use the peer address)');
