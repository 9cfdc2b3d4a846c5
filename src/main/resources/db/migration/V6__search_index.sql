-- Full-text search index (ADR 0008), kept exact by the app inside every write transaction.
-- It lives in this encrypted database like everything else: there is no index file on disk.

-- One row per indexed interview. doc is a small integer so that postings stay small;
-- sort_key orders hits newest interview first without reading the interview rows; sequence
-- holds the doc's words as term ids in text order (varints, 0 ends each text), so a reindex or
-- delete knows what to remove and a phrase is confirmed without re-reading the text.
CREATE TABLE search_doc (
    doc             INT PRIMARY KEY,
    interview_id    UUID NOT NULL,
    sort_key        BIGINT NOT NULL,
    sequence        VARBINARY(16777216) NOT NULL
);

CREATE UNIQUE INDEX search_doc_interview ON search_doc(interview_id);

-- The term dictionary: every folded word (Transliteration.fold) that occurs in some interview.
-- The unique index on term answers exact look-ups and prefix ranges (term >= 'moskv' AND
-- term < 'moskw', i.e. LIKE 'moskv%'). A term no interview contains any more is deleted.
CREATE TABLE search_term (
    term_id         INT PRIMARY KEY,
    term            VARCHAR(64) NOT NULL
);

CREATE UNIQUE INDEX search_term_term ON search_term(term);

-- Postings: (term, doc) packed into one BIGINT primary key, which is H2's row key itself, so
-- the table is one B-tree of 8-byte keys. Key = partition (doc / 4096) * 2^43 + term_id * 2^12
-- + doc % 4096: a term's documents are one range scan per partition of 4,096 documents, and
-- new documents only touch the newest partition, so a commit never rewrites the whole tree.
CREATE TABLE search_posting (
    posting         BIGINT PRIMARY KEY
);
