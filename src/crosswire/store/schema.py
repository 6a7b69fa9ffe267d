"""The store's schema as numbered migrations. A migration is applied once, in order, inside one transaction,
and recorded in ``schema_migrations``; ``PRAGMA user_version`` mirrors the latest applied version."""

from __future__ import annotations

import sqlite3

MIGRATIONS: list[tuple[int, str, str]] = [
    (1, "articles, copies, stories, story versions, full-text search", """
CREATE TABLE inputs (
    sha256 TEXT PRIMARY KEY,            -- the bytes of one input (file, record, feed entry, WARC record)
    source TEXT NOT NULL,
    article_id TEXT,                    -- NULL when the input was skipped
    problem TEXT                        -- why it was skipped
);
CREATE TABLE articles (
    id TEXT PRIMARY KEY,                -- the Document id (content hash of the input bytes)
    seq INTEGER NOT NULL UNIQUE,        -- arrival order, for paging only (never for decisions)
    sha256 TEXT NOT NULL,
    text_sha256 TEXT NOT NULL,
    source TEXT NOT NULL,
    title TEXT NOT NULL,
    outlet TEXT,
    url TEXT,
    published TEXT,                     -- ISO date (or year / month) or NULL
    text TEXT NOT NULL,
    document TEXT NOT NULL,             -- the cleaned Document as JSON (what story analysis reads)
    raw_format TEXT NOT NULL,           -- the input as read: format, fields and bytes (zlib), so that story
    raw_fields TEXT NOT NULL,           -- analysis dates it exactly as `crosswire analyze` would
    raw_data BLOB NOT NULL,
    signature BLOB,                     -- MinHash hash values of the text (near-duplicate detection)
    features TEXT NOT NULL,             -- the clustering features as JSON
    story_id TEXT,
    copy_of TEXT REFERENCES articles(id)
);
CREATE INDEX articles_text_sha ON articles(text_sha256);
CREATE INDEX articles_story ON articles(story_id);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_outlet ON articles(outlet);
CREATE TABLE copies (
    copy_id TEXT PRIMARY KEY REFERENCES articles(id),
    original_id TEXT NOT NULL REFERENCES articles(id),
    similarity REAL NOT NULL,           -- estimated Jaccard of word 5-grams (1.0: same text)
    kind TEXT NOT NULL                  -- 'exact' or 'near'
);
CREATE TABLE stories (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    documents INTEGER NOT NULL DEFAULT 0,
    outlets TEXT NOT NULL DEFAULT '[]', -- JSON list, sorted
    independent_origins INTEGER NOT NULL DEFAULT 0,
    first_published TEXT,
    last_published TEXT,
    event_date TEXT,
    conflicts INTEGER NOT NULL DEFAULT 0,
    updated TEXT NOT NULL,              -- ISO timestamp of the last change
    profile TEXT NOT NULL,              -- the clustering representation as JSON
    needs_analysis INTEGER NOT NULL DEFAULT 1,
    version INTEGER NOT NULL DEFAULT 0  -- latest stored story version (0: none yet)
);
CREATE INDEX stories_updated ON stories(last_published, updated);
CREATE TABLE story_versions (
    story_id TEXT NOT NULL REFERENCES stories(id),
    version INTEGER NOT NULL,
    created TEXT NOT NULL,
    story_json TEXT NOT NULL,
    PRIMARY KEY (story_id, version)
);
CREATE TABLE doc_freq (
    term TEXT PRIMARY KEY,
    n INTEGER NOT NULL
);
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE VIRTUAL TABLE articles_fts USING fts5(article_id UNINDEXED, story_id UNINDEXED, title, text);
CREATE VIRTUAL TABLE claims_fts USING fts5(story_id UNINDEXED, claim_id UNINDEXED, text);
"""),
    (2, "blocking keys of articles, so an ingest loads only the stories its articles may join", """
CREATE TABLE article_keys (
    term TEXT NOT NULL,                 -- one of the article's most informative terms when it was placed
    article_id TEXT NOT NULL REFERENCES articles(id),
    story_id TEXT NOT NULL,
    PRIMARY KEY (term, article_id)
) WITHOUT ROWID;
CREATE INDEX article_keys_story ON article_keys(story_id);
INSERT INTO meta (key, value) VALUES ('keys_missing', '1') ON CONFLICT(key) DO UPDATE SET value = '1'
"""),
]

LATEST = MIGRATIONS[-1][0]


def migrate(conn: sqlite3.Connection) -> list[int]:
    """Apply the migrations not yet applied; returns their numbers."""
    conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                 "applied TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')))")
    done = {row[0] for row in conn.execute("SELECT version FROM schema_migrations")}
    applied = []
    for version, name, sql in MIGRATIONS:
        if version in done:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in sql.split(";\n"):
                if statement.strip():
                    conn.execute(statement)
            conn.execute("INSERT INTO schema_migrations (version, name) VALUES (?, ?)", (version, name))
            conn.execute(f"PRAGMA user_version = {int(version)}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        applied.append(version)
    return applied
