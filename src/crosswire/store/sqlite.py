"""The SQLite store: one file, WAL mode (readers never block the writer and always see a committed
state), schema migrations, full-text search over articles and claims.

Readers open it with ``readonly=True``. Every read method runs inside one read transaction, so what it
returns is one consistent snapshot even while an ingest commits. Writers group their changes with
``with store.transaction():`` — one batch of articles, one story version — so a killed ingest leaves every
committed batch whole and nothing half-written.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from crosswire.errors import CrosswireError

from crosswire.store.schema import LATEST, migrate

BUSY_TIMEOUT_MS = 30_000


def now_iso() -> str:
    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _fts_query(text: str) -> str:
    """Words of a user's query as an FTS5 query: every word must occur (prefix match), no syntax errors."""
    words = ["".join(ch for ch in w if ch.isalnum()) for w in text.split()]
    return " ".join(f'"{w}"*' for w in words if w)


class Store:
    """Articles, copies, stories and their story.json versions in one SQLite file."""

    def __init__(self, path: str | Path, readonly: bool = False):
        self.path = Path(path)
        self.readonly = readonly
        self._lock = threading.RLock()
        if readonly:
            if not self.path.exists():
                raise CrosswireError(f"no store at {self.path}; create one with `crosswire ingest PATH --db {self.path}`")
            uri = f"file:{self.path.resolve()}?mode=ro"
            self._conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False,
                                         timeout=BUSY_TIMEOUT_MS / 1000)
        else:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._conn = sqlite3.connect(str(self.path), isolation_level=None, check_same_thread=False,
                                         timeout=BUSY_TIMEOUT_MS / 1000)
        self._conn.row_factory = sqlite3.Row
        self._conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if readonly:
            version = self._conn.execute("PRAGMA user_version").fetchone()[0]
            if version > LATEST:
                raise CrosswireError(f"{self.path} was written by a newer crosswire (schema {version} > {LATEST}); "
                                     "upgrade crosswire to read it")
            if version < LATEST:
                raise CrosswireError(f"{self.path} has schema {version}, this crosswire needs {LATEST}; run "
                                     f"`crosswire ingest --db {self.path}` once to migrate it")
        else:
            self._conn.execute("PRAGMA journal_mode = WAL")
            self._conn.execute("PRAGMA synchronous = NORMAL")
            self._conn.execute("PRAGMA foreign_keys = ON")
            self.applied_migrations = migrate(self._conn)

    # -- life cycle ---------------------------------------------------------------------------------

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: everything inside commits together or not at all."""
        if self.readonly:
            raise CrosswireError(f"{self.path} was opened read-only")
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    @contextlib.contextmanager
    def _snapshot(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._conn.execute("BEGIN")
            try:
                yield self._conn
            finally:
                self._conn.execute("COMMIT")

    # -- the read interface -------------------------------------------------------------------------

    def schema_version(self) -> int:
        with self._lock:
            return self._conn.execute("PRAGMA user_version").fetchone()[0]

    def list_stories(self, query: str | None = None, outlet: str | None = None, since: str | None = None,
                     until: str | None = None, limit: int = 200) -> list[dict]:
        """Stories, newest first (last publication, then last change). ``query`` searches article titles and
        texts and claim texts (FTS5, every word must match); ``outlet`` keeps stories with an article from that
        outlet; ``since``/``until`` (ISO dates, inclusive) keep stories with an article published in the range."""
        where, params = [], []
        if query and _fts_query(query):
            q = _fts_query(query)
            where.append("s.id IN (SELECT story_id FROM articles_fts WHERE articles_fts MATCH ? "
                         "UNION SELECT story_id FROM claims_fts WHERE claims_fts MATCH ?)")
            params += [q, q]
        article_filter, article_params = [], []
        if outlet:
            article_filter.append("a.outlet = ?")
            article_params.append(outlet)
        if since:
            article_filter.append("a.published >= ?")
            article_params.append(since[:10])
        if until:
            article_filter.append("substr(a.published, 1, 10) <= ?")
            article_params.append(until[:10])
        if article_filter:
            where.append("s.id IN (SELECT a.story_id FROM articles a WHERE " + " AND ".join(article_filter) + ")")
            params += article_params
        sql = ("SELECT s.* FROM stories s" + (" WHERE " + " AND ".join(where) if where else "")
               + " ORDER BY s.last_published IS NULL, s.last_published DESC, s.updated DESC, s.id LIMIT ?")
        params.append(int(limit))
        with self._snapshot() as conn:
            rows = conn.execute(sql, params).fetchall()
        return [self._story_row(r) for r in rows]

    @staticmethod
    def _story_row(row: sqlite3.Row) -> dict:
        return {
            "id": row["id"], "title": row["title"], "documents": row["documents"],
            "outlets": json.loads(row["outlets"]), "independent_origins": row["independent_origins"],
            "first_published": row["first_published"], "last_published": row["last_published"],
            "event_date": row["event_date"], "conflicts": row["conflicts"], "updated": row["updated"],
        }

    def story(self, story_id: str) -> dict | None:
        """The latest stored story.json of a story, as a dict; None when there is no such story (or none
        stored yet)."""
        with self._snapshot() as conn:
            row = conn.execute("SELECT story_json FROM story_versions WHERE story_id = ? "
                               "ORDER BY version DESC LIMIT 1", (story_id,)).fetchone()
        return json.loads(row[0]) if row else None

    def story_json(self, story_id: str) -> str | None:
        """The latest stored story.json text, byte for byte as it was written."""
        with self._snapshot() as conn:
            row = conn.execute("SELECT story_json FROM story_versions WHERE story_id = ? "
                               "ORDER BY version DESC LIMIT 1", (story_id,)).fetchone()
        return row[0] if row else None

    def document(self, story_id: str, doc_id: str) -> dict | None:
        story = self.story(story_id)
        if story is None:
            return None
        return next((d for d in story.get("documents", []) if d.get("id") == doc_id), None)

    def outlets(self) -> list[str]:
        with self._snapshot() as conn:
            rows = conn.execute("SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL "
                                "AND story_id IS NOT NULL ORDER BY outlet").fetchall()
        return [r[0] for r in rows]

    def counts(self) -> dict[str, int]:
        with self._snapshot() as conn:
            return {
                "articles": conn.execute("SELECT count(*) FROM articles").fetchone()[0],
                "copies": conn.execute("SELECT count(*) FROM copies").fetchone()[0],
                "stories": conn.execute("SELECT count(*) FROM stories").fetchone()[0],
                "story_versions": conn.execute("SELECT count(*) FROM story_versions").fetchone()[0],
            }

    # -- what ingest reads --------------------------------------------------------------------------

    def known_inputs(self, shas: Iterable[str]) -> dict[str, tuple[str | None, str | None]]:
        """sha256 → (article id, problem) for inputs already ingested."""
        shas = list(shas)
        out: dict[str, tuple[str | None, str | None]] = {}
        with self._snapshot() as conn:
            for k in range(0, len(shas), 500):
                chunk = shas[k:k + 500]
                marks = ",".join("?" * len(chunk))
                for r in conn.execute(f"SELECT sha256, article_id, problem FROM inputs WHERE sha256 IN ({marks})", chunk):
                    out[r[0]] = (r[1], r[2])
        return out

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        """A read query inside one snapshot (for the ingest runner and the tests)."""
        with self._snapshot() as conn:
            return conn.execute(sql, params).fetchall()

    def doc_freq(self, terms: Iterable[str]) -> dict[str, int]:
        terms = sorted(set(terms))
        out: dict[str, int] = {}
        with self._snapshot() as conn:
            for k in range(0, len(terms), 500):
                chunk = terms[k:k + 500]
                marks = ",".join("?" * len(chunk))
                out.update(conn.execute(f"SELECT term, n FROM doc_freq WHERE term IN ({marks})", chunk).fetchall())
        return out

    def meta(self, key: str, default: str | None = None) -> str | None:
        with self._snapshot() as conn:
            row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    # -- what ingest writes (always inside ``with store.transaction() as conn``) --------------------------

    def load_profiles(self, story_ids: Iterable[str] | None = None) -> list[dict]:
        if story_ids is None:
            return [json.loads(r[0]) for r in self.rows("SELECT profile FROM stories ORDER BY id")]
        return [json.loads(r[0]) for r in self._in("SELECT profile FROM stories WHERE id IN ({})", story_ids)]

    def load_members(self, story_ids: Iterable[str] | None = None) -> list[tuple[str, dict]]:
        """(story id, clustering features) of the articles that are not copies, for the given stories."""
        sql = "SELECT story_id, features, id FROM articles WHERE copy_of IS NULL"
        rows = (self.rows(sql) if story_ids is None
                else self._in(sql + " AND story_id IN ({})", story_ids))
        return [(r[0], json.loads(r[1])) for r in sorted(rows, key=lambda r: r[2])]

    def stories_with_keys(self, terms: Iterable[str]) -> set[str]:
        """Stories holding an article one of whose blocking keys is among ``terms``."""
        return {r[0] for r in self._in("SELECT DISTINCT story_id FROM article_keys WHERE term IN ({})", terms)}

    def _in(self, sql: str, values: Iterable[str]) -> list[sqlite3.Row]:
        values = sorted(set(values))
        out: list[sqlite3.Row] = []
        with self._snapshot() as conn:
            for k in range(0, len(values), 500):
                chunk = values[k:k + 500]
                out += conn.execute(sql.format(",".join("?" * len(chunk))), chunk).fetchall()
        return out

    def load_originals(self) -> list[tuple[str, str, bytes | None]]:
        """(article id, text hash, signature) of every article that is not a copy."""
        return [(r[0], r[1], r[2]) for r in
                self.rows("SELECT id, text_sha256, signature FROM articles WHERE copy_of IS NULL ORDER BY id")]

    def stories_needing_analysis(self) -> list[str]:
        return [r[0] for r in self.rows("SELECT id FROM stories WHERE needs_analysis = 1 ORDER BY id")]

    def story_articles(self, story_id: str) -> list[sqlite3.Row]:
        return self.rows("SELECT * FROM articles WHERE story_id = ? ORDER BY published IS NULL, "
                         "substr(published, 1, 10), id", (story_id,))
