"""The web app over a story reader: pages, API status codes, security headers, escaping, and uploads that
are refused before anything reaches the store."""

from __future__ import annotations

import copy
import html
import json
import pathlib
import re

import pytest
from starlette.testclient import TestClient

from crosswire.web import CSP, StoreIngest, create_app

from web_helpers import StoriesInMemory, inline_code

GOLDEN = pathlib.Path(__file__).resolve().parent / "golden" / "kadhimi-2021" / "story.json"
EVIL = '<script>document.title="pwned"</script><img src=x onerror=alert(1)>'


def _stories() -> list[dict]:
    good = json.loads(GOLDEN.read_text(encoding="utf-8"))
    evil = copy.deepcopy(good)
    evil["story"]["id"], evil["story"]["title"] = "story-evil", "<b>" + EVIL
    doc = evil["documents"][0]
    doc["text"] = EVIL + " " + doc["text"]
    doc["title"], doc["outlet"] = EVIL, "<i>outlet</i>"
    evil["documents"], evil["conflicts"], evil["claims"], evil["quotes"] = [doc], [], [], []
    evil["timeline"], evil["summary"], evil["sources"], evil["statements"] = [], [], [], []
    evil["story"]["event_date"] = None
    return [good, evil]


@pytest.fixture()
def calls():
    return []


@pytest.fixture()
def client(calls):
    def ingest(name, data):
        calls.append((name, data))
        return {"story": {"id": "story-x", "url": "/stories/story-x"}}

    return TestClient(create_app(StoriesInMemory(_stories()), ingest, max_bytes=2000))


def test_web_pages_answer_with_the_content_security_policy(client):
    good = _stories()[0]
    sid, doc = good["story"]["id"], good["documents"][0]["id"]
    for url in ("/", f"/stories/{sid}", f"/stories/{sid}/documents/{doc}", "/?q=drone&since=2021-11-01",
                "/static/crosswire.css"):
        r = client.get(url)
        assert r.status_code == 200, url
        assert r.headers["content-security-policy"] == CSP and "'unsafe-inline'" not in CSP
        if "html" in r.headers["content-type"]:
            assert inline_code(r.text) == [], url
            assert not re.search(r'(src|href)="(https?:)?//', r.text), url  # nothing from another origin


def test_web_story_page_shows_conflicts_matrix_timeline_and_cites_exact_spans(client):
    good = _stories()[0]
    page = client.get(f"/stories/{good['story']['id']}").text
    assert html.escape(good["story"]["title"], quote=False) in page
    assert 'class="sides"' in page and 'class="matrix"' in page and '<svg class="chart timeline"' in page
    texts = {d["id"]: d["text"] for d in good["documents"]}
    links = re.findall(r'href="/stories/[^/"]+/documents/([^?"]+)\?hl=(\d+)-(\d+)#s-(\d+)-(\d+)"', page)
    assert len(links) > 20
    for doc, s, e, s2, e2 in links:
        assert (s, e) == (s2, e2) and doc in texts and 0 <= int(s) < int(e) <= len(texts[doc])


def test_web_article_view_marks_the_cited_words(client):
    good = _stories()[0]
    q = good["quotes"][0]
    r = client.get(f"/stories/{good['story']['id']}/documents/{q['doc']}?hl={q['start']}-{q['end']}")
    marked = "".join(re.findall(r'<mark class="[^"]*k-hl[^"]*">([^<]*)</mark>', r.text))
    assert html.unescape(marked) == q["text"]
    assert f'id="s-{q["start"]}-{q["end"]}"' in r.text
    assert "removed in cleaning" in r.text and "page-date" in r.text  # what cleaning removed, with the reason


def test_web_article_text_is_shown_as_text(client):
    for url in ("/", "/stories/story-evil", f"/stories/story-evil/documents/{_stories()[1]['documents'][0]['id']}",
                "/stories/story-evil/report.html"):
        page = client.get(url).text
        assert "<script>document" not in page and "<img src=x" not in page and "<b><script" not in page, url
    assert "&lt;script&gt;document.title=" in client.get("/stories/story-evil/documents/"
                                                          + _stories()[1]["documents"][0]["id"]).text


def test_web_api_lists_and_returns_stories(client):
    good = _stories()[0]
    listing = client.get("/api/stories").json()
    assert {s["id"] for s in listing} == {"story-evil", good["story"]["id"]}
    assert all({"id", "title", "documents"} <= set(s) for s in listing)
    assert client.get(f"/api/stories/{good['story']['id']}").json() == good
    doc = good["documents"][1]
    assert client.get(f"/api/stories/{good['story']['id']}/documents/{doc['id']}").json() == doc


@pytest.mark.parametrize("url", ["/api/stories/nope", "/api/stories/nope/documents/doc-1",
                                 "/api/stories/story-evil/documents/doc-nope", "/api/nothing-here"])
def test_web_api_unknown_ids_are_404_json(client, url):
    r = client.get(url)
    assert r.status_code == 404 and r.headers["content-type"] == "application/json" and r.json()["error"]


def test_web_unknown_pages_are_404_pages(client):
    for url in ("/stories/nope", "/stories/story-evil/documents/nope", "/nothing"):
        r = client.get(url)
        assert r.status_code == 404 and "text/html" in r.headers["content-type"]


def test_web_api_bad_query_is_400(client):
    assert client.get("/api/stories?since=yesterday").status_code == 400
    assert client.get("/api/stories?limit=0").status_code == 400


@pytest.mark.parametrize("kwargs, status", [
    ({"content": b"plain words", "headers": {"content-type": "text/plain"}}, 415),
    ({"content": b"", "headers": {}}, 415),
    ({"content": b"{not json", "headers": {"content-type": "application/json"}}, 400),
    ({"json": ["a", "list"]}, 400),
    ({"json": {"title": "no text"}}, 400),
    ({"json": {"text": "x" * 5000}}, 413),
    ({"files": {"file": ("a.exe", b"MZ\x00\x00", "application/octet-stream")}}, 415),
    ({"files": {"file": ("a.txt", b"   ", "text/plain")}}, 400),
    ({"files": {"other": ("a.txt", b"words", "text/plain")}}, 400),
    ({"files": {"file": ("a.txt", b"w" * 5000, "text/plain")}}, 413),
])
def test_web_bad_uploads_are_refused_and_nothing_is_ingested(client, calls, kwargs, status):
    r = client.post("/api/articles", **kwargs)
    assert r.status_code == status and r.json()["error"], r.text
    assert calls == []


def test_web_good_uploads_reach_ingest(client, calls):
    assert client.post("/api/articles", json={"text": "Some words.", "title": "t"}).status_code == 201
    r = client.post("/api/articles", files={"file": ("story.txt", b"Some words here.", "text/plain")})
    assert r.status_code == 201 and r.json()["story"]["id"] == "story-x"
    assert [name for name, _ in calls] == ["article.json", "story.txt"]


def test_web_posts_from_another_site_are_refused(client, calls):
    r = client.post("/api/articles", json={"text": "Some words."}, headers={"Origin": "https://elsewhere.example"})
    assert r.status_code == 403 and calls == []
    r = client.post("/api/articles", json={"text": "Some words."}, headers={"Origin": "http://testserver"})
    assert r.status_code == 201


def test_web_answers_only_the_hosts_it_is_told():
    client = TestClient(create_app(StoriesInMemory(_stories()), allowed_hosts=["127.0.0.1", "localhost"]),
                        base_url="http://127.0.0.1:8000")
    assert client.get("/").status_code == 200
    assert client.get("/", headers={"Host": "evil.example:8000"}).status_code == 400


def test_web_unusable_upload_leaves_the_store_untouched(tmp_path):
    from crosswire.store import Store

    db = str(tmp_path / "s.db")
    Store(db).close()
    ingest = StoreIngest(db)
    client = TestClient(create_app(Store(db, readonly=True), ingest))
    r = client.post("/api/articles", files={"file": ("bin.txt", bytes(range(256)) * 20, "text/plain")})
    assert r.status_code == 400 and "bin.txt" in r.json()["error"]
    with Store(db, readonly=True) as store:
        assert store.rows("SELECT count(*) FROM inputs")[0][0] == 0 and store.list_stories() == []
