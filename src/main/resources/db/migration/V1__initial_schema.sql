-- Caravan vault schema, version 1.
-- Vocabulary values in interviews are keys into the vocabulary tables. They are not foreign
-- keys on purpose: a vocabulary entry can be merged or renamed later without touching rows
-- inside the same statement, and imports add missing entries before inserting interviews.

CREATE TABLE city (
    city_key    VARCHAR(120) PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    country     VARCHAR(200) NOT NULL DEFAULT '',
    region      VARCHAR(200) NOT NULL DEFAULT '',
    seeded      BOOLEAN NOT NULL DEFAULT FALSE
);

CREATE TABLE city_alias (
    city_key    VARCHAR(120) NOT NULL REFERENCES city(city_key) ON DELETE CASCADE,
    position    INT NOT NULL,
    alias       VARCHAR(200) NOT NULL,
    PRIMARY KEY (city_key, position)
);

CREATE TABLE profession (
    profession_key VARCHAR(120) PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    sector      VARCHAR(200) NOT NULL DEFAULT '',
    seeded      BOOLEAN NOT NULL DEFAULT FALSE
);

CREATE TABLE theme (
    theme_key   VARCHAR(120) PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    parent_key  VARCHAR(120) REFERENCES theme(theme_key),
    color       CHAR(7) NOT NULL,
    description VARCHAR(2000) NOT NULL DEFAULT '',
    position    INT NOT NULL,
    seeded      BOOLEAN NOT NULL DEFAULT FALSE
);

CREATE TABLE interview (
    id              UUID PRIMARY KEY,
    pseudonym       VARCHAR(1000) NOT NULL,
    interviewed_at  TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    interviewer     VARCHAR(1000),
    language        VARCHAR(40),
    place           VARCHAR(120),
    current_city    VARCHAR(120),
    origin_city     VARCHAR(120),
    profession      VARCHAR(120),
    age_band        VARCHAR(20),
    gender          VARCHAR(20),
    departure_date  DATE,
    departure_wave  VARCHAR(40),
    transcript      CLOB NOT NULL,
    status          VARCHAR(40) NOT NULL,
    created_at      TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    revision        BIGINT NOT NULL
);

CREATE INDEX interview_interviewed_at ON interview(interviewed_at);

CREATE TABLE consent (
    interview_id        UUID PRIMARY KEY REFERENCES interview(id) ON DELETE CASCADE,
    participation       BOOLEAN NOT NULL,
    audio_recording     BOOLEAN NOT NULL,
    verbatim_quotes     BOOLEAN NOT NULL,
    publish_pseudonym   BOOLEAN NOT NULL,
    share_research      BOOLEAN NOT NULL,
    recontact           BOOLEAN NOT NULL,
    method              VARCHAR(20),
    recorded_at         TIMESTAMP(9) WITH TIME ZONE,
    withdrawn_at        TIMESTAMP(9) WITH TIME ZONE
);

CREATE TABLE interview_theme (
    interview_id    UUID NOT NULL REFERENCES interview(id) ON DELETE CASCADE,
    position        INT NOT NULL,
    theme_key       VARCHAR(120) NOT NULL,
    PRIMARY KEY (interview_id, position)
);

CREATE INDEX interview_theme_key ON interview_theme(theme_key);

CREATE TABLE segment (
    interview_id    UUID NOT NULL REFERENCES interview(id) ON DELETE CASCADE,
    position        INT NOT NULL,
    start_offset    INT NOT NULL,
    end_offset      INT NOT NULL,
    memo            CLOB NOT NULL,
    PRIMARY KEY (interview_id, position),
    CHECK (start_offset >= 0 AND end_offset > start_offset)
);

CREATE TABLE segment_theme (
    interview_id    UUID NOT NULL,
    segment_position INT NOT NULL,
    position        INT NOT NULL,
    theme_key       VARCHAR(120) NOT NULL,
    PRIMARY KEY (interview_id, segment_position, position),
    FOREIGN KEY (interview_id, segment_position) REFERENCES segment(interview_id, position) ON DELETE CASCADE
);

CREATE TABLE note (
    interview_id    UUID NOT NULL REFERENCES interview(id) ON DELETE CASCADE,
    position        INT NOT NULL,
    offset_seconds  BIGINT NOT NULL,
    text            CLOB NOT NULL,
    PRIMARY KEY (interview_id, position)
);

-- Identity is kept apart from the interview row so that no list query can reach it by accident.
CREATE TABLE identity (
    interview_id    UUID PRIMARY KEY REFERENCES interview(id) ON DELETE CASCADE,
    real_name       VARCHAR(1000) NOT NULL,
    contact         VARCHAR(4000) NOT NULL
);

CREATE TABLE mentioned_person (
    interview_id    UUID NOT NULL REFERENCES identity(interview_id) ON DELETE CASCADE,
    position        INT NOT NULL,
    name            VARCHAR(1000) NOT NULL,
    PRIMARY KEY (interview_id, position)
);

CREATE TABLE setting (
    name    VARCHAR(100) PRIMARY KEY,
    setting_value VARCHAR(4000) NOT NULL
);
