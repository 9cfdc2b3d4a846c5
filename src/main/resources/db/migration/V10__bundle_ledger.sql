-- What each sealed bundle carried (issue 5), so the next bundle carries exactly what the desk
-- does not have yet. A row counts only while the outbox holds a complete bundle with that
-- sequence number: a bundle whose enqueuing failed or was interrupted covers nothing. Stamps are
-- revision@updated_at for interviews (a review step changes only updated_at), withdrawal and purge
-- dates, an attachment's SHA-256, and a digest of the vocabulary and of an identity.
CREATE TABLE sealed_item (
    seq             BIGINT NOT NULL,
    kind            VARCHAR(20) NOT NULL,
    item_key        VARCHAR(100) NOT NULL,
    stamp           VARCHAR(200) NOT NULL,
    PRIMARY KEY (seq, kind, item_key),
    CHECK (kind IN ('interview', 'identity', 'withdrawal', 'tombstone', 'attachment', 'vocabulary'))
);

CREATE INDEX sealed_item_key ON sealed_item(kind, item_key);

-- The last sequence number given to a bundle: strictly increasing, never reused, even when
-- sealing failed after the number was taken.
CREATE TABLE bundle_sequence (
    singleton       INT PRIMARY KEY CHECK (singleton = 1),
    last_seq        BIGINT NOT NULL
);
