-- The device's own keys for encrypted bundles (issue 5). One row: the age X25519 identity that
-- desk bundles are encrypted to, and the Ed25519 key pair that signs this device's bundles.
-- The secrets are stored as bytes, never as text, so reading them leaves nothing to wipe but arrays;
-- they are as safe as the rest of the vault (AES-encrypted database).
CREATE TABLE device_key (
    singleton       INT PRIMARY KEY CHECK (singleton = 1),
    device_id       UUID NOT NULL,
    age_identity    VARBINARY(128) NOT NULL,
    signing_public  VARBINARY(32) NOT NULL,
    signing_private VARBINARY(128) NOT NULL,
    created_at      TIMESTAMP(9) WITH TIME ZONE NOT NULL
);

-- Editors' age recipients (age1…) that this device's bundles are encrypted to.
CREATE TABLE desk_recipient (
    recipient       VARCHAR(100) PRIMARY KEY,
    label           VARCHAR(200),
    added_at        TIMESTAMP(9) WITH TIME ZONE NOT NULL
);

-- Field devices a desk vault has seen bundles from: trust on first use of the signing key.
CREATE TABLE known_device (
    device_id       UUID PRIMARY KEY,
    public_key      VARBINARY(32) NOT NULL,
    fingerprint     VARCHAR(64) NOT NULL,
    first_seen      TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    trusted         BOOLEAN NOT NULL
);
