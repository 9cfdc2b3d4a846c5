-- Library filters saved under a name. name_key is the name folded across case and script, so
-- "Ташкент IT" and "tashkent it" cannot both exist; the filter itself is JSON (facet → values).
CREATE TABLE saved_filter (
    id              UUID PRIMARY KEY,
    name            VARCHAR(200) NOT NULL,
    name_key        VARCHAR(200) NOT NULL UNIQUE,
    filter_json     CLOB NOT NULL,
    created_at      TIMESTAMP(9) WITH TIME ZONE NOT NULL
);
