-- The desk side of bundles (issue 5). Per field device, the last bundle imported: a bundle whose
-- sequence is not newer is the same one again (same manifest digest) or a replay.
CREATE TABLE imported_bundle (
    device_id       UUID PRIMARY KEY,
    seq             BIGINT NOT NULL,
    manifest_sha256 CHAR(64) NOT NULL,
    imported_at     TIMESTAMP(9) WITH TIME ZONE NOT NULL
);

-- Per interview that came from a device: its revision on the device when last imported and the
-- desk's revision right after. A desk revision that moved since means the desk changed it.
CREATE TABLE sync_interview (
    interview_id      UUID PRIMARY KEY,
    device_id         UUID NOT NULL,
    incoming_revision BIGINT NOT NULL,
    desk_revision     BIGINT NOT NULL
);

-- An incoming version that was not applied because the desk changed the interview too. The
-- JSON is interchange format, inside the encrypted vault like everything else.
CREATE TABLE sync_conflict (
    id                UUID PRIMARY KEY,
    interview_id      UUID NOT NULL REFERENCES interview(id) ON DELETE CASCADE,
    device_id         UUID NOT NULL,
    incoming_revision BIGINT NOT NULL,
    incoming_json     CLOB NOT NULL,
    received_at       TIMESTAMP(9) WITH TIME ZONE NOT NULL
);

-- Attachment content while a bundle is being read: moved into attachment_part in the same
-- transaction once the bundle verified, so this table is empty outside an import.
CREATE TABLE import_part (
    attachment_id   UUID NOT NULL,
    seq             INT NOT NULL,
    content         BLOB NOT NULL,
    PRIMARY KEY (attachment_id, seq)
);
