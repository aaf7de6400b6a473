-- One-time links that let a person whose account has no password yet choose one (docs/security.md).
-- Only the SHA-256 of the link's token is kept; one row per account, so a new link replaces the last.
CREATE TABLE account_activation (
    account_id BIGINT      NOT NULL,
    token_hash VARCHAR(64) NOT NULL,
    issued_at  DATETIME(6) NOT NULL,
    issued_by  BIGINT,
    expires_at DATETIME(6) NOT NULL,
    used_at    DATETIME(6),
    PRIMARY KEY (account_id),
    CONSTRAINT uk_account_activation_token UNIQUE (token_hash),
    CONSTRAINT fk_account_activation_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT fk_account_activation_issuer FOREIGN KEY (issued_by) REFERENCES account (id)
);
