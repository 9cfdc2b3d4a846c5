-- Two-way sync (issue 5): review results and acknowledgements travel back from the desk.

-- The age recipient a field device asked replies to be sealed to (manifest "replyTo"), and the
-- last of its bundles this desk acknowledged in a reply.
ALTER TABLE known_device ADD COLUMN reply_to VARCHAR(100);
ALTER TABLE known_device ADD COLUMN acked_seq BIGINT NOT NULL DEFAULT 0;

-- The review state (domain.ReviewState.stamp) of an interview that the other side already has:
-- because this vault sent it, or because it came from there. peer is 'desk' on a field vault
-- (its bundles go to the desk as a whole) and the field device's id on a desk vault. A review
-- state travels again only when its stamp differs, so applying an answer never echoes it back.
CREATE TABLE review_shared (
    interview_id    UUID NOT NULL,
    peer            VARCHAR(64) NOT NULL,
    stamp           VARCHAR(64) NOT NULL,
    PRIMARY KEY (interview_id, peer)
);

-- Where on a target a bundle goes: '' for the target's root (field → desk), 'replies/<device id>'
-- for a desk's reply to one field device.
ALTER TABLE outbox_bundle ADD COLUMN folder VARCHAR(200) NOT NULL DEFAULT '';

-- Files on a target that an earlier pull could not import for a reason that will not go away
-- (not sealed to this vault, damaged, a replay): not downloaded again. A bundle from a device not
-- trusted yet is not listed here; it is tried again after the editor trusts the device.
CREATE TABLE inbox_refused (
    target_id       UUID NOT NULL REFERENCES sync_target(id) ON DELETE CASCADE,
    name            VARCHAR(400) NOT NULL,
    reason          VARCHAR(2000) NOT NULL,
    refused_at      TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (target_id, name)
);
