-- Review workflow: comments anchored to transcript ranges.
-- quote keeps the text the range covered, so the anchor can be found again after the
-- transcript is edited; detached marks a comment whose text was deleted (it is kept).
CREATE TABLE review_comment (
    id              UUID PRIMARY KEY,
    interview_id    UUID NOT NULL REFERENCES interview(id) ON DELETE CASCADE,
    start_offset    INT NOT NULL,
    end_offset      INT NOT NULL,
    quote           CLOB NOT NULL,
    body            CLOB NOT NULL,
    author          VARCHAR(1000) NOT NULL,
    created_at      TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    resolved_at     TIMESTAMP(9) WITH TIME ZONE,
    resolved_by     VARCHAR(1000),
    detached        BOOLEAN NOT NULL DEFAULT FALSE,
    CHECK (start_offset >= 0 AND end_offset >= start_offset)
);

CREATE INDEX review_comment_interview ON review_comment(interview_id);
