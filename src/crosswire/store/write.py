"""Writes of one ingest batch. Each function takes the connection of an open ``store.transaction()``."""

from __future__ import annotations

import json
import sqlite3
import zlib
from collections.abc import Iterable, Mapping, Sequence

from crosswire.store.sqlite import now_iso


def add_input(conn: sqlite3.Connection, sha256: str, source: str, article_id: str | None,
              problem: str | None = None) -> None:
    conn.execute("INSERT OR IGNORE INTO inputs (sha256, source, article_id, problem) VALUES (?, ?, ?, ?)",
                 (sha256, source, article_id, problem))


def add_article(conn: sqlite3.Connection, article: Mapping, story_id: str, copy_of: Mapping | None) -> bool:
    """Insert one article (skipped when its id is already stored); returns whether it was new."""
    if conn.execute("SELECT 1 FROM articles WHERE id = ?", (article["id"],)).fetchone():
        return False
    seq = conn.execute("SELECT coalesce(max(seq), 0) + 1 FROM articles").fetchone()[0]
    conn.execute(
        "INSERT INTO articles (id, seq, sha256, text_sha256, source, title, outlet, url, published, text, document, "
        "raw_format, raw_fields, raw_data, signature, features, story_id, copy_of) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (article["id"], seq, article["sha256"], article["text_sha256"], article["source"], article["title"],
         article["outlet"], article["url"], article["published"], article["text"],
         json.dumps(article["document"], ensure_ascii=False, sort_keys=True), article["raw_format"],
         json.dumps(article["raw_fields"], ensure_ascii=False, sort_keys=True), zlib.compress(article["raw_data"]),
         article["signature"], json.dumps(article["features"], sort_keys=True), story_id,
         copy_of["original"] if copy_of else None))
    if copy_of:
        conn.execute("INSERT INTO copies (copy_id, original_id, similarity, kind) VALUES (?, ?, ?, ?)",
                     (article["id"], copy_of["original"], copy_of["similarity"], copy_of["kind"]))
    conn.execute("INSERT INTO articles_fts (article_id, story_id, title, text) VALUES (?, ?, ?, ?)",
                 (article["id"], story_id, article["title"], article["text"]))
    return True


def add_keys(conn: sqlite3.Connection, article_id: str, story_id: str, terms: Iterable[str]) -> None:
    conn.executemany("INSERT OR IGNORE INTO article_keys (term, article_id, story_id) VALUES (?, ?, ?)",
                     [(t, article_id, story_id) for t in sorted(set(terms))])


def add_doc_freq(conn: sqlite3.Connection, terms: Iterable[str]) -> None:
    conn.executemany("INSERT INTO doc_freq (term, n) VALUES (?, 1) ON CONFLICT(term) DO UPDATE SET n = n + 1",
                     [(t,) for t in sorted(set(terms))])
    conn.execute("INSERT INTO meta (key, value) VALUES ('n_docs', '1') "
                 "ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1")


def refresh_story(conn: sqlite3.Connection, story_id: str, profile: Mapping, title: str | None = None) -> None:
    """Recompute a story's row from its articles (counts, outlets, dates) and store its profile."""
    rows = conn.execute("SELECT title, outlet, published, copy_of FROM articles WHERE story_id = ? "
                        "ORDER BY published IS NULL, substr(published, 1, 10), id", (story_id,)).fetchall()
    outlets = sorted({r[1] for r in rows if r[1]})
    dates = sorted(r[2][:10] for r in rows if r[2])
    origins = sum(1 for r in rows if r[3] is None)
    title = title or (rows[0][0] if rows else "")
    conn.execute(
        "INSERT INTO stories (id, title, documents, outlets, independent_origins, first_published, last_published, "
        "updated, profile, needs_analysis) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1) ON CONFLICT(id) DO UPDATE SET "
        "title = excluded.title, documents = excluded.documents, outlets = excluded.outlets, "
        "independent_origins = excluded.independent_origins, first_published = excluded.first_published, "
        "last_published = excluded.last_published, updated = excluded.updated, profile = excluded.profile, "
        "needs_analysis = 1",
        (story_id, title, len(rows), json.dumps(outlets), origins, dates[0] if dates else None,
         dates[-1] if dates else None, now_iso(), json.dumps(profile, sort_keys=True)))


def add_story_version(conn: sqlite3.Connection, story_id: str, story_json: str, title: str,
                      event_date: str | None, conflicts: int, claims: Sequence[tuple[str, str]],
                      analysed: bool) -> int:
    """Store a story.json as the story's next version; ``analysed`` clears the story's pending mark."""
    version = conn.execute("SELECT coalesce(max(version), 0) + 1 FROM story_versions WHERE story_id = ?",
                           (story_id,)).fetchone()[0]
    conn.execute("INSERT INTO story_versions (story_id, version, created, story_json) VALUES (?, ?, ?, ?)",
                 (story_id, version, now_iso(), story_json))
    conn.execute("DELETE FROM claims_fts WHERE story_id = ?", (story_id,))
    conn.executemany("INSERT INTO claims_fts (story_id, claim_id, text) VALUES (?, ?, ?)",
                     [(story_id, cid, text) for cid, text in claims])
    conn.execute("UPDATE stories SET title = ?, event_date = ?, conflicts = ?, version = ?, updated = ?, "
                 "needs_analysis = ? WHERE id = ?",
                 (title, event_date, conflicts, version, now_iso(), 0 if analysed else 1, story_id))
    return version
