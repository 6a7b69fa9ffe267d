"""End to end in a real browser: headless Chromium (Debian's `chromium`, driven by Playwright for Python
through its executable_path; nothing is downloaded) against `crosswire serve` on a temporary store filled
with the example corpus and one article that carries a <script> tag. Screenshots go to out/screenshots/.

Requires the `chromium` command (`make test` installs Debian's package when it is missing) and the
`playwright` Python package (the test extra)."""

from __future__ import annotations

import json
import os
import pathlib
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
SHOTS = ROOT / "out" / "screenshots"
CHROMIUM = os.environ.get("CROSSWIRE_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
EVIL_TEXT = ('<script>document.title="pwned";document.body.dataset.pwned="1"</script>')
EVIL_ARTICLE = (
    "Town bakery wins regional prize for sourdough\n\n"
    "The small bakery on Mill Street won the regional bread prize on Saturday, its owner said. The judges praised "
    f"the crust and the long fermentation of the sourdough loaves. {EVIL_TEXT} The owner, who opened the shop "
    "eleven years ago, said the prize money would pay for a second oven. \"We bake every night from two in the "
    "morning,\" she said. Customers queued outside the shop on Sunday to buy the winning loaf, and the bakery sold "
    "out before ten o'clock.\n")

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="the browser tests need Debian's chromium "
                                "(`apt-get install -y chromium`; `make test` installs it when missing)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> tuple[int, dict | list | None]:
    try:
        with urllib.request.urlopen(url, timeout=30) as r:
            return r.status, json.loads(r.read() or b"null")
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read() or b"null")


@pytest.fixture(scope="module")
def server(tmp_path_factory, example_dir):
    from crosswire.runners import ingest_paths
    from crosswire.store import Store

    tmp = tmp_path_factory.mktemp("web")
    (tmp / "extra").mkdir()
    (tmp / "extra" / "bakery.txt").write_text(EVIL_ARTICLE, encoding="utf-8")
    db = tmp / "stories.db"
    with Store(db) as store:
        report = ingest_paths([str(example_dir), str(tmp / "extra")], store)
    assert not report.problems and len(report.assigned) == 5
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "crosswire.cli", "serve", "--db", str(db), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            try:
                if urllib.request.urlopen(base + "/api/stories", timeout=2).status == 200:
                    break
            except OSError:
                if proc.poll() is not None:
                    pytest.fail(f"crosswire serve exited: {proc.stderr.read()}")
                time.sleep(0.2)
        yield {"base": base, "proc": proc, "assigned": report.assigned}
    finally:
        proc.terminate()
        proc.wait(timeout=20)


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="the browser tests need the playwright package "
                                   "(pip install -e '.[test]')")
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield b
        b.close()


@pytest.fixture()
def page(browser):
    context = browser.new_context(viewport={"width": 1360, "height": 900})
    pg = context.new_page()
    pg.console_messages = []
    pg.on("console", lambda m: pg.console_messages.append(m.text))
    yield pg
    context.close()


def _csp_violations(pg) -> list[str]:
    return [m for m in pg.console_messages if "Content Security Policy" in m or "Refused to" in m]


def test_web_browser_front_page_story_and_conflict_citation(server, page):
    base = server["base"]
    stories = _get(base + "/api/stories")[1]
    story = max(stories, key=lambda s: (s["conflicts"], s["documents"], s["id"]))
    assert story["conflicts"] > 0, "the example corpus should make one story with conflicts"
    page.goto(base + "/")
    page.screenshot(path=str(SHOTS / "front.png"), full_page=True)
    page.get_by_role("link", name=story["title"]).click()
    page.wait_for_url(f"**/stories/{story['id']}")
    assert page.locator("h1").inner_text() == story["title"]
    assert page.locator(".conflict").count() == story["conflicts"]
    assert page.locator("svg.chart.timeline").count() == 1 and page.locator("table.matrix").count() == 1
    page.screenshot(path=str(SHOTS / "story.png"), full_page=True)

    cite = page.locator(".conflict .side blockquote a.cite").first
    href = cite.get_attribute("href")
    cite.click()
    page.wait_for_url("**/documents/**")
    doc_id = href.split("/documents/")[1].split("?")[0]
    start, end = (int(x) for x in href.split("hl=")[1].split("#")[0].split("-"))
    doc = _get(f"{base}/api/stories/{story['id']}/documents/{doc_id}")[1]
    marked = page.locator("mark.k-hl")
    assert "".join(marked.all_inner_texts()) == doc["text"][start:end]
    box, height = marked.first.bounding_box(), page.viewport_size["height"]
    assert box and 0 <= box["y"] < height  # scrolled to the cited words
    page.screenshot(path=str(SHOTS / "article.png"))
    page.locator("summary", has_text="removed").click()
    assert page.locator(".removed li").count() == len(doc["removed"])
    assert _csp_violations(page) == []


def test_web_browser_report_citation_jumps_to_the_words_without_script(server, page):
    base = server["base"]
    story = max(_get(base + "/api/stories")[1], key=lambda s: (s["conflicts"], s["documents"], s["id"]))
    page.goto(f"{base}/stories/{story['id']}/report.html")
    assert page.locator("script").count() == 0 and page.locator("link[rel=stylesheet]").count() == 0
    cite = page.locator(".conflict .side blockquote a.cite").first
    anchor = cite.get_attribute("href")[1:]
    cite.click()
    page.wait_for_function(f"location.hash === '#{anchor}'")
    doc_label, start, end = anchor.split("-")
    story_data = _get(f"{base}/api/stories/{story['id']}")[1]
    text = story_data["documents"][int(doc_label[1:]) - 1]["text"]
    marked = page.evaluate("""() => [...document.querySelectorAll('mark')]
        .filter(m => getComputedStyle(m).backgroundColor === 'rgb(253, 224, 71)').map(m => m.textContent).join('')""")
    assert marked == text[int(start):int(end)]  # exactly the cited words are marked
    box = page.locator(f"[id='{anchor}'] + mark").bounding_box()
    assert box and 0 <= box["y"] < page.viewport_size["height"]
    page.screenshot(path=str(SHOTS / "report-citation.png"))
    assert _csp_violations(page) == []


def test_web_browser_article_with_script_tag_shows_it_as_text(server, page):
    base = server["base"]
    story_id = server["assigned"][next(k for k in server["assigned"] if k.endswith("bakery.txt"))]
    story = _get(f"{base}/api/stories/{story_id}")[1]
    doc = story["documents"][0]
    assert EVIL_TEXT in doc["text"]
    for url in (f"{base}/stories/{story_id}", f"{base}/stories/{story_id}/documents/{doc['id']}",
                f"{base}/stories/{story_id}/report.html"):
        page.goto(url)
        assert page.title() != "pwned" and page.evaluate("document.body.dataset.pwned") is None
        assert page.locator("script").count() == 0
    assert EVIL_TEXT in page.locator("#D1 .text").inner_text()  # report.html: shown as text
    page.goto(f"{base}/stories/{story_id}/documents/{doc['id']}")
    assert EVIL_TEXT in page.locator(".article .text").inner_text()
    page.screenshot(path=str(SHOTS / "script-as-text.png"))
    assert _csp_violations(page) == []


def test_web_browser_api_status_codes(server):
    base = server["base"]
    assert _get(base + "/api/stories")[0] == 200
    status, body = _get(base + "/api/stories/story-nope")
    assert status == 404 and "story-nope" in body["error"]
    request = urllib.request.Request(base + "/api/articles", data=b"words", method="POST",
                                     headers={"Content-Type": "text/plain"})
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(request, timeout=30)
    assert err.value.code == 415 and "content type" in json.loads(err.value.read())["error"]


NEW_ARTICLE = {
    "title": "Harbour ferry service resumes after storm repairs",
    "outlet": "Coastal Courier", "published": "2024-03-12",
    "text": ("The harbour ferry service resumed on Tuesday after three weeks of repairs to the pier damaged in "
             "the February storm, the port authority said. The first crossing left at seven in the morning with "
             "forty passengers on board. Engineers replaced two damaged pylons and rebuilt the boarding ramp, "
             "according to the authority's statement. \"We are glad to have the ferry back,\" said a commuter "
             "who crosses the harbour every day for work. The authority said timetables would return to normal "
             "from next week, with crossings every twenty minutes during the morning and evening peaks."),
}


def test_web_browser_posted_article_joins_a_story_seen_without_restart(server, page):
    base = server["base"]
    request = urllib.request.Request(base + "/api/articles", data=json.dumps(NEW_ARTICLE).encode(), method="POST",
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=300) as r:
        assert r.status == 201
        joined = json.loads(r.read())["story"]
    status, story = _get(f"{base}/api/stories/{joined['id']}")
    assert status == 200 and any(d["title"] == NEW_ARTICLE["title"] for d in story["documents"])
    assert joined["id"] in {s["id"] for s in _get(base + "/api/stories")[1]}
    page.goto(base + "/?q=ferry")
    assert page.get_by_role("link", name=story["story"]["title"]).count() == 1


def test_web_browser_server_says_where_it_listens(server):
    proc = server["proc"]
    assert proc.poll() is None
    line = ""
    deadline = time.time() + 10
    while "serving" not in line and time.time() < deadline:
        line = proc.stderr.readline()
    assert "127.0.0.1" in line and "only this machine" in line
