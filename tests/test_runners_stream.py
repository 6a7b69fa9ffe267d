"""Ingest with story analysis: stored story.json, rendering a stored story, and the Ray executor giving
the same stories and the same bytes as the local one."""

from __future__ import annotations

import json

import pytest

from crosswire.render import contract_problems, story_to_dict, to_html
from crosswire.runners import ingest_bytes, ingest_paths, render_story, story_from_dict
from crosswire.store import Store
from stream_helpers import record, write_copy, write_stream


@pytest.fixture(scope="module")
def stream(tmp_path_factory):
    folder = tmp_path_factory.mktemp("stream")
    write_stream(folder, events=("flood", "vote"), per_event=2)
    write_copy(folder)
    return folder


def _stored(store: Store) -> dict[str, str]:
    return {s["id"]: store.story_json(s["id"]) for s in store.list_stories()}


@pytest.fixture(scope="module")
def local_store(stream, tmp_path_factory):
    path = tmp_path_factory.mktemp("local") / "local.db"
    with Store(path) as store:
        report = ingest_paths([str(stream)], store)
        stored = _stored(store)
    return path, report, stored


def test_runners_ingest_analyses_changed_stories(local_store):
    path, report, stored = local_store
    assert len(report.articles_new) == 5 and len(report.copies) == 1 and len(report.stories_new) == 2
    assert sorted(report.analysed) == sorted(stored)
    for story_id, text in stored.items():
        data = json.loads(text)
        assert data["story"]["id"] == story_id and contract_problems(data) == []
        for doc in data["documents"]:
            assert doc["id"] in {d["id"] for d in data["documents"]}
    flood = next(json.loads(t) for t in stored.values() if "Riverton" in t)
    shares = [d["shares"] for d in flood["documents"] if d["outlet"] == "Harbour Times"]
    assert shares and shares[0], "the copy shares its text with its original"


def test_runners_show_writes_the_stored_bytes_and_reports(local_store, tmp_path):
    path, _report, stored = local_store
    story_id = sorted(stored)[0]
    with Store(path, readonly=True) as store:
        paths = render_story(store, story_id, tmp_path / "out")
    assert paths["story"].read_text(encoding="utf-8") == stored[story_id]
    story = story_from_dict(json.loads(stored[story_id]))
    assert story_to_dict(story) == json.loads(stored[story_id])
    assert paths["html"].read_text(encoding="utf-8") == to_html(story)


def test_runners_ingest_bytes_adds_an_upload_to_its_story(local_store, tmp_path):
    path, _report, stored = local_store
    copy = tmp_path / "copy.db"
    copy.write_bytes(path.read_bytes())
    upload = json.dumps(record("vote", 2)).encode()
    with Store(copy) as store:
        report = ingest_bytes("upload.json", upload, store, analyze=False)
        assert len(report.articles_new) == 1 and report.stories_new == []
        vote = report.assigned["upload.json#1"]
        assert vote in stored and report.stories_updated == [vote]
        again = ingest_bytes("upload.json", upload, store, analyze=False)
        assert again.articles_new == [] and again.already_stored == 1
        bad = ingest_bytes("empty.txt", b"   ", store)
        assert bad.articles_new == [] and "empty" in bad.problems[0].reason


def test_runners_ray_executor_gives_the_same_stories_and_bytes(stream, local_store, tmp_path):
    ray = pytest.importorskip("ray")
    _path, local_report, local_stored = local_store
    try:
        with Store(tmp_path / "ray.db") as store:
            report = ingest_paths([str(stream)], store, executor="ray")
            ray_stored = _stored(store)
    finally:
        ray.shutdown()
    assert report.assigned == local_report.assigned
    assert ray_stored == local_stored
