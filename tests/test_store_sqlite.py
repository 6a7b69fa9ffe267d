"""The SQLite store: migrations, WAL, incremental ingest, consistent readers, crash-safety."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import threading

import pytest

from crosswire.errors import CrosswireError
from crosswire.runners import ingest_paths
from crosswire.store import SCHEMA_VERSION, Store
from crosswire.store import write
from stream_helpers import write_copy, write_stream


def _assignments(store: Store) -> dict[str, str]:
    return {r[0]: r[1] for r in store.rows("SELECT source, story_id FROM articles ORDER BY source")}


def test_store_new_file_is_migrated_and_in_wal_mode(tmp_path):
    path = tmp_path / "s.db"
    with Store(path) as store:
        assert store.applied_migrations == [1, 2] and store.schema_version() == SCHEMA_VERSION
    with Store(path) as store:
        assert store.applied_migrations == []
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert [r[0] for r in conn.execute("SELECT version FROM schema_migrations")] == [1, 2]
    conn.close()


def test_store_a_version_1_store_is_migrated_and_keeps_working(tmp_path):
    folder = tmp_path / "in"
    write_stream(folder, per_event=1)
    path = tmp_path / "old.db"
    with Store(path) as store:
        ingest_paths([str(folder)], store, analyze=False)
    conn = sqlite3.connect(path)   # back to what version 1 wrote: no blocking keys
    conn.executescript("DROP TABLE article_keys; DELETE FROM schema_migrations WHERE version = 2; "
                       "PRAGMA user_version = 1;")
    conn.close()
    with Store(path, readonly=False) as store:
        assert store.applied_migrations == [2] and store.meta("keys_missing") == "1"
        write_stream(folder, events=("fire",), per_event=1, start=1)
        report = ingest_paths([str(folder)], store, analyze=False)
        assert report.stories_new == [] and len(report.stories_updated) == 1 and len(report.articles_new) == 1
        assert store.meta("keys_missing") == "0"
        assert store.rows("SELECT count(DISTINCT article_id) FROM article_keys")[0][0] == 4


def test_store_readonly_needs_an_existing_store(tmp_path):
    with pytest.raises(CrosswireError, match="crosswire ingest"):
        Store(tmp_path / "missing.db", readonly=True)
    Store(tmp_path / "s.db").close()
    with Store(tmp_path / "s.db", readonly=True) as reader:
        assert reader.list_stories() == [] and reader.outlets() == []
        with pytest.raises(CrosswireError, match="read-only"):
            with reader.transaction():
                pass


def test_store_ingest_is_incremental_and_copies_count_as_one_origin(tmp_path):
    folder = tmp_path / "in"
    write_stream(folder)
    with Store(tmp_path / "s.db") as store:
        first = ingest_paths([str(folder)], store, analyze=False)
        assert len(first.articles_new) == 6 and len(first.stories_new) == 3 and first.problems == []
        counts = store.counts()
        again = ingest_paths([str(folder)], store, analyze=False)
        assert again.articles_new == [] and again.stories_new == [] and again.stories_updated == []
        assert again.already_stored == 6 and store.counts() == counts
        # a copy and a new article of one story touch only that story
        versions_before = {s["id"]: s["updated"] for s in store.list_stories()}
        copy = write_copy(folder)
        write_stream(folder, events=("fire",), per_event=1, start=2)
        third = ingest_paths([str(folder)], store, analyze=False)
        flood = third.assigned[str(copy) + "#1"]
        fire = third.assigned[str(folder / "fire-2.json") + "#1"]
        assert len(third.articles_new) == 2 and len(third.copies) == 1 and third.stories_new == []
        assert third.stories_updated == sorted({flood, fire})
        untouched = set(versions_before) - {flood, fire}
        assert all(s["updated"] == versions_before[s["id"]] for s in store.list_stories() if s["id"] in untouched)
        row = next(s for s in store.list_stories() if s["id"] == flood)
        assert row["documents"] == 3 and row["independent_origins"] == 2
        assert "Harbour Times" in row["outlets"] and "Harbour Times" in store.outlets()
        assert store.rows("SELECT kind FROM copies")[0][0] == "near"


def test_store_search_and_filters(tmp_path):
    folder = tmp_path / "in"
    write_stream(folder)
    with Store(tmp_path / "s.db") as store:
        report = ingest_paths([str(folder)], store, analyze=False)
        fire = report.assigned[str(folder / "fire-0.json") + "#1"]
        assert [s["id"] for s in store.list_stories(query="textile factory")] == [fire]
        assert store.list_stories(query="zeppelin") == []
        assert [s["id"] for s in store.list_stories(since="2024-03-06", until="2024-03-06")] == [fire]
        assert len(store.list_stories(outlet="Daily Compass")) == 3
        newest = store.list_stories()
        assert [s["last_published"] for s in newest] == ["2024-03-07", "2024-03-06", "2024-03-05"]
        story = store.story(fire)
        assert story["story"]["id"] == fire and len(story["documents"]) == 2
        doc_id = story["documents"][0]["id"]
        assert store.document(fire, doc_id)["id"] == doc_id and store.document(fire, "doc-none") is None
        assert store.story("story-none") is None


def test_store_reader_sees_the_last_commit_while_a_writer_writes(tmp_path):
    folder = tmp_path / "in"
    write_stream(folder, per_event=1)
    path = tmp_path / "s.db"
    with Store(path) as store:
        ingest_paths([str(folder)], store, analyze=False)
    writer, reader = Store(path), Store(path, readonly=True)
    before = reader.list_stories()
    inside, release = threading.Event(), threading.Event()

    def write_slowly():
        with writer.transaction() as conn:
            conn.execute("UPDATE stories SET title = 'half-written', documents = documents + 100")
            inside.set()
            release.wait(10)

    thread = threading.Thread(target=write_slowly)
    thread.start()
    assert inside.wait(10)
    assert reader.list_stories() == before          # not blocked, and nothing half-written shows
    release.set()
    thread.join()
    after = reader.list_stories()
    assert {s["title"] for s in after} == {"half-written"}
    assert [s["documents"] for s in after] == [s["documents"] + 100 for s in before]
    writer.close()
    reader.close()


KILLER = """
import os, signal, sys
import crosswire.runners.ingest as ingest
from crosswire.store import Store
ingest.ARTICLE_BATCH = 2
def progress(stage, done, total):
    if stage == "cluster" and done >= 4:
        os.kill(os.getpid(), signal.SIGKILL)
with Store(sys.argv[1]) as store:
    ingest.ingest_paths([sys.argv[2]], store, analyze=False, progress=progress)
"""


def test_store_ingest_killed_midway_keeps_commits_and_resumes(tmp_path):
    folder = tmp_path / "in"
    write_stream(folder, per_event=3)
    path = tmp_path / "killed.db"
    run = subprocess.run([sys.executable, "-c", KILLER, str(path), str(folder)], capture_output=True,
                         env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    assert run.returncode != 0
    with Store(path) as store:
        assert store.rows("PRAGMA integrity_check")[0][0] == "ok"
        kept = store.counts()["articles"]
        assert kept == 4                                   # two whole batches of two, nothing half-written
        resumed = ingest_paths([str(folder)], store, analyze=False)
        assert resumed.already_stored == 4 and len(resumed.articles_new) == 5
        got = _assignments(store)
        pending = store.stories_needing_analysis()
    with Store(tmp_path / "whole.db") as whole:
        ingest_paths([str(folder)], whole, analyze=False)
        assert got == _assignments(whole)
        assert sorted(pending) == sorted(s["id"] for s in whole.list_stories())


def test_store_story_versions_keep_history(tmp_path):
    with Store(tmp_path / "s.db") as store:
        with store.transaction() as conn:
            write.refresh_story(conn, "story-x", {"id": "story-x", "terms": {}, "documents": 0})
            for n in (1, 2):
                text = json.dumps({"story": {"id": "story-x", "title": f"v{n}"}, "documents": []})
                write.add_story_version(conn, "story-x", text, f"v{n}", None, n, [("claim-1", "tram line vote")],
                                        analysed=True)
        assert store.story("story-x")["story"]["title"] == "v2"
        assert store.counts()["story_versions"] == 2
        assert [s["id"] for s in store.list_stories(query="tram")] == ["story-x"]
        assert store.list_stories()[0]["conflicts"] == 2 and store.stories_needing_analysis() == []


def test_store_same_stories_and_bytes_whatever_the_arrival_order(tmp_path):
    paths = [str(p) for p in write_stream(tmp_path / "in", per_event=3)]
    stored = []
    for name, order in (("a.db", paths), ("b.db", paths[::-1])):
        with Store(tmp_path / name) as store:
            report = ingest_paths(order, store, analyze=False)
            stored.append(({s: report.assigned[s] for s in sorted(report.assigned)},
                           {s["id"]: store.story_json(s["id"]) for s in store.list_stories()}))
    assert stored[0] == stored[1] and len(stored[0][1]) == 3
