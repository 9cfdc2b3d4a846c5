-- The outbox of sealed bundles (ADR 0011). A bundle's bytes are already age-encrypted; they are
-- kept in 1 MiB parts like attachments so that every write is a short transaction. A bundle is
-- usable (complete) only once all its parts arrived and its size and SHA-256 matched.
CREATE TABLE outbox_bundle (
    id              UUID PRIMARY KEY,
    device          VARCHAR(64) NOT NULL,
    seq             BIGINT NOT NULL UNIQUE,
    created_at      TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    byte_size       BIGINT NOT NULL,
    sha256          CHAR(64) NOT NULL,
    part_size       INT NOT NULL,
    complete        BOOLEAN NOT NULL,
    state           VARCHAR(20) NOT NULL,
    CHECK (byte_size >= 0 AND part_size > 0 AND seq >= 0),
    CHECK (state IN ('sealed', 'delivered', 'acknowledged'))
);

CREATE TABLE outbox_part (
    bundle_id       UUID NOT NULL REFERENCES outbox_bundle(id) ON DELETE CASCADE,
    seq             INT NOT NULL,
    content         BLOB NOT NULL,
    PRIMARY KEY (bundle_id, seq)
);

-- Where bundles go. The WebDAV password is kept here, inside the encrypted vault, as UTF-8 bytes
-- (never a Java String on the way out).
CREATE TABLE sync_target (
    id              UUID PRIMARY KEY,
    kind            VARCHAR(10) NOT NULL,
    location        VARCHAR(2000) NOT NULL,
    user_name       VARCHAR(255),
    secret          VARBINARY(1024),
    added_at        TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    CHECK (kind IN ('folder', 'webdav'))
);

-- One row per bundle and target once delivery was tried: the retry state survives a crash.
CREATE TABLE outbox_delivery (
    bundle_id       UUID NOT NULL REFERENCES outbox_bundle(id) ON DELETE CASCADE,
    target_id       UUID NOT NULL REFERENCES sync_target(id) ON DELETE CASCADE,
    attempts        INT NOT NULL,
    next_attempt_at TIMESTAMP(9) WITH TIME ZONE,
    last_error      VARCHAR(2000),
    delivered_at    TIMESTAMP(9) WITH TIME ZONE,
    PRIMARY KEY (bundle_id, target_id)
);
