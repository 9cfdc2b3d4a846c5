-- Anonymized export (issue 6): the editor's corrections to the automatic de-identification,
-- kept for the next export. UNDO keeps a text the automatic pass would replace; MARK replaces
-- more text. Anchored by the quoted text (and roughly where it was), so they survive edits.
-- The quote is interview text: it lives here, inside the encrypted vault, and goes with the
-- interview (ON DELETE CASCADE).
CREATE TABLE deid_decision (
    id              UUID PRIMARY KEY,
    interview_id    UUID NOT NULL REFERENCES interview(id) ON DELETE CASCADE,
    kind            VARCHAR(10) NOT NULL,
    category        VARCHAR(20) NOT NULL,
    quote           CLOB NOT NULL,
    approx_start    INT NOT NULL,
    created_at      TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(1000) NOT NULL,
    CHECK (kind IN ('undo', 'mark')),
    CHECK (approx_start >= 0)
);

CREATE INDEX deid_decision_interview ON deid_decision(interview_id);
