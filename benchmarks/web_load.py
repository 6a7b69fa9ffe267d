"""Load on the web app: a bounded number of requests from several threads to `crosswire serve` on 127.0.0.1.

    .venv/bin/python benchmarks/web_load.py [--docs 30] [--requests 400] [--threads 4] [--shared ../shared]

One story of ~30 articles (ECB+ texts of one topic, read at run time from ../shared/datasets/ecbplus,
never copied into the repository) is analysed once and stored in a temporary store; then `crosswire serve`
runs on it in its own process and the threads send their requests (keep-alive connections): mostly the
story page, plus the story list, article views with a cited span and the story API. Every request must be
answered with 200. Prints p50/p95/max latency per kind of page (target: story page p95 < 200 ms on 2 cores).
"""

from __future__ import annotations

import argparse
import gzip
import http.client
import json
import pathlib
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict


def load_topic(shared: pathlib.Path, n: int) -> list[dict]:
    """The first ``n`` documents of the ECB+ topic with the most documents (both sub-topics: one kind of event)."""
    with gzip.open(shared / "datasets" / "ecbplus" / "ecbplus_docs.jsonl.gz", "rt", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    by_topic = defaultdict(list)
    for r in rows:
        by_topic[r["topic"]].append(r)
    topic = max(sorted(by_topic), key=lambda t: len(by_topic[t]))
    docs = sorted(by_topic[topic], key=lambda r: r["doc_id"])[:n]
    return [{"text": "\n".join(line for line in r["text"].split("\n") if not line.startswith("http")),
             "title": r["text"].split("\n")[1 if r["text"].startswith("http") else 0][:120],
             "outlet": f"outlet-{k % 12:02d}", "url": r.get("url")} for k, r in enumerate(docs)]


def build_store(db: pathlib.Path, records: list[dict]) -> str:
    """Analyse the articles as one story and store it as the story's version (the ingest path would first
    cluster them; here the story is fixed so that its size is known)."""
    from crosswire import analyze
    from crosswire.render import to_json
    from crosswire.store import Store, write

    folder = db.parent / "articles"
    folder.mkdir()
    for k, rec in enumerate(records):
        (folder / f"{k:03d}.json").write_text(json.dumps(rec), encoding="utf-8")
    story = analyze([str(folder)])
    with Store(db) as store, store.transaction() as conn:
        write.refresh_story(conn, story.id, {}, story.title)
        write.add_story_version(conn, story.id, to_json(story), story.title,
                                story.event_date.value if story.event_date else None, len(story.conflicts),
                                [(c.id, c.text) for c in story.claims], analysed=True)
    print(f"story {story.id}: {len(story.documents)} documents, {len(story.claims)} claims, "
          f"{len(story.conflicts)} conflicts, {len(story.quotes)} quotes", file=sys.stderr)
    return story.id


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=30)
    ap.add_argument("--requests", type=int, default=400)
    ap.add_argument("--threads", type=int, default=4)
    ap.add_argument("--shared", default="../shared")
    args = ap.parse_args()

    tmp = pathlib.Path(tempfile.mkdtemp(prefix="crosswire-web-load-"))
    db = tmp / "stories.db"
    story_id = build_store(db, load_topic(pathlib.Path(args.shared), args.docs))
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "crosswire.cli", "serve", "--db", str(db), "--port", str(port),
                               "--quiet"])
    try:
        conn = None
        for _ in range(100):
            try:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                conn.request("GET", f"/api/stories/{story_id}")
                story = json.loads(conn.getresponse().read())
                break
            except OSError:
                time.sleep(0.2)
        else:
            raise SystemExit("crosswire serve did not start")
        conn.close()
        spans = [s for c in story["claims"] for s in c["statements"]][:50]
        plan = []
        for k in range(args.requests):  # 70% story page, 10% each of the others
            kind = ("story", "story", "story", "story", "story", "story", "story", "list", "article", "api")[k % 10]
            if kind == "story":
                plan.append((kind, f"/stories/{story_id}"))
            elif kind == "list":
                plan.append((kind, "/"))
            elif kind == "api":
                plan.append((kind, f"/api/stories/{story_id}"))
            else:
                s = spans[k % len(spans)]
                plan.append((kind, f"/stories/{story_id}/documents/{s['doc']}?hl={s['start']}-{s['end']}"))
        times: dict[str, list[float]] = defaultdict(list)
        failures: list[str] = []
        lock = threading.Lock()
        cursor = iter(plan)

        def worker() -> None:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            while True:
                with lock:
                    item = next(cursor, None)
                if item is None:
                    break
                kind, url = item
                t0 = time.perf_counter()
                c.request("GET", url)
                r = c.getresponse()
                body = r.read()
                dt = time.perf_counter() - t0
                with lock:
                    times[kind].append(dt)
                    if r.status != 200 or not body:
                        failures.append(f"{r.status} {url}")
            c.close()

        started = time.perf_counter()
        threads = [threading.Thread(target=worker) for _ in range(args.threads)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.perf_counter() - started
    finally:
        server.terminate()
        server.wait(timeout=20)
        shutil.rmtree(tmp, ignore_errors=True)
    answered = sum(len(v) for v in times.values())
    print(f"{answered}/{len(plan)} requests answered, {len(failures)} not 200, {args.threads} threads, "
          f"{wall:.1f} s, {answered / wall:.0f} requests/s; story of {len(story['documents'])} articles")
    for kind in ("story", "list", "article", "api"):
        v = sorted(times[kind])
        if v:
            p95 = v[min(len(v) - 1, int(0.95 * len(v)))]
            print(f"  {kind:8s} n={len(v):4d}  p50 {1000 * statistics.median(v):6.1f} ms  p95 {1000 * p95:6.1f} ms  "
                  f"max {1000 * v[-1]:6.1f} ms")
    return 1 if failures or answered != len(plan) else 0


if __name__ == "__main__":
    sys.exit(main())
