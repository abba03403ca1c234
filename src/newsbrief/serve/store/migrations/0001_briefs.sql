-- Briefs, and a full-text index (FTS5) over their titles, highlights and article text.
-- `seq` is the row's stable number (the index refers to it); `id` is what the API shows.
CREATE TABLE briefs (
    seq        INTEGER PRIMARY KEY,
    id         TEXT NOT NULL UNIQUE,
    created    TEXT NOT NULL,
    title      TEXT,
    lead       TEXT NOT NULL,
    url        TEXT,
    words      INTEGER NOT NULL,
    highlights TEXT NOT NULL,
    article    TEXT NOT NULL,
    data       TEXT NOT NULL,
    markdown   TEXT NOT NULL,
    html       TEXT NOT NULL
);

CREATE INDEX briefs_by_created ON briefs (created DESC, seq DESC);

CREATE VIRTUAL TABLE briefs_text USING fts5(
    title, highlights, article,
    content = 'briefs', content_rowid = 'seq',
    tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER briefs_text_insert AFTER INSERT ON briefs BEGIN
    INSERT INTO briefs_text (rowid, title, highlights, article)
    VALUES (new.seq, new.title, new.highlights, new.article);
END;

CREATE TRIGGER briefs_text_delete AFTER DELETE ON briefs BEGIN
    INSERT INTO briefs_text (briefs_text, rowid, title, highlights, article)
    VALUES ('delete', old.seq, old.title, old.highlights, old.article);
END;

CREATE TRIGGER briefs_text_update AFTER UPDATE ON briefs BEGIN
    INSERT INTO briefs_text (briefs_text, rowid, title, highlights, article)
    VALUES ('delete', old.seq, old.title, old.highlights, old.article);
    INSERT INTO briefs_text (rowid, title, highlights, article)
    VALUES (new.seq, new.title, new.highlights, new.article);
END;
