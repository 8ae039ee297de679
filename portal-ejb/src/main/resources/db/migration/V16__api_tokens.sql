-- Bearer tokens of the customer REST API (/api/portal/*). Only the SHA-256 of a token is stored (hex, unique): the
-- token itself is shown once, at sign-in. A token is refused once expires_at has passed (each use moves it forward,
-- never beyond the absolute lifetime from created_at), once revoked_at is set (sign-out, or all of a customer's
-- tokens at once), or when its customer is no longer ACTIVE with portal access.
CREATE SEQUENCE api_token_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE api_token (
    id             BIGINT       NOT NULL PRIMARY KEY,
    customer_id    BIGINT       NOT NULL,
    token_hash     VARCHAR(64)  NOT NULL,
    created_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    expires_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    last_used_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    revoked_at     TIMESTAMP(6) WITH TIME ZONE,
    client_address VARCHAR(64)  NOT NULL,
    user_agent     VARCHAR(200),
    CONSTRAINT uq_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT ck_api_token_expiry CHECK (expires_at > created_at)
);
CREATE INDEX ix_api_token_customer ON api_token (customer_id, revoked_at);
CREATE INDEX ix_api_token_expires ON api_token (expires_at);

INSERT INTO app_setting (setting_key, setting_value, description) VALUES ('security.api.token-idle-seconds', '600', 'API bearer token: seconds without a request after which it expires (each request starts it again)');
INSERT INTO app_setting (setting_key, setting_value, description) VALUES ('security.api.token-max-seconds', '28800', 'API bearer token: absolute lifetime in seconds from sign-in, however active');
