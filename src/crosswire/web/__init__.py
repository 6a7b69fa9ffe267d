"""The web app (layer 5): `crosswire serve` — the stories of a store in a browser, every item one click away
from the words that support it. Pages and charts come from crosswire.render; the store from crosswire.store;
adding an article goes through the same ingest as `crosswire ingest`."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from crosswire.config import Settings
from crosswire.web.app import CSP, StoryReader, create_app

LOOPBACK = {"127.0.0.1", "localhost", "::1"}

__all__ = ["CSP", "StoreIngest", "StoryReader", "create_app", "serve"]


class StoreIngest:
    """POST /api/articles: one upload → the store, one at a time (the store has one writer)."""

    def __init__(self, db: str, settings: Settings | None = None):
        self.db = db
        self.settings = settings or Settings(n_process=1)
        self._lock = threading.Lock()
        self._store = None

    def __call__(self, name: str, data: bytes) -> dict[str, Any]:
        from crosswire.ingest import read_bytes
        from crosswire.runners import ingest_bytes
        from crosswire.store import Store

        raws, problems = read_bytes(name, data, self.settings)
        if not raws:  # checked before the store is touched
            return {"error": "; ".join(f"{p.source}: {p.reason}" for p in problems) or f"{name}: nothing usable"}
        with self._lock:
            if self._store is None:
                self._store = Store(self.db)
            report = ingest_bytes(name, data, self._store, self.settings)
            story_ids = sorted(set(report.assigned.values()))
            if not story_ids and report.already_stored:
                known = self._store.known_inputs(r.sha256 for r in raws)
                articles = sorted(a for a, _problem in known.values() if a)
                story_ids = sorted({r[0] for a in articles
                                    for r in self._store.rows("SELECT story_id FROM articles WHERE id = ?", (a,))
                                    if r[0]})
        if not story_ids:
            return {"error": "; ".join(f"{p.source}: {p.reason}" for p in report.problems)
                    or f"{name}: nothing usable"}
        stories = {s["id"]: s for s in self._store.list_stories(limit=100000) if s["id"] in story_ids}
        joined = [{"id": sid, "title": (stories.get(sid) or {}).get("title"),
                   "documents": (stories.get(sid) or {}).get("documents"), "url": f"/stories/{sid}",
                   "new": sid in report.stories_new} for sid in story_ids]
        return {"story": joined[0], "stories": joined, "articles_new": len(report.articles_new),
                "already_stored": report.already_stored,
                "problems": [{"source": p.source, "reason": p.reason} for p in report.problems]}


def serve(db: str, host: str = "127.0.0.1", port: int = 8000, settings: Settings | None = None,
          say: Callable[[str], None] = print) -> None:
    """Run the app on uvicorn until interrupted. Creates the store file if it does not exist yet."""
    import uvicorn

    from crosswire.store import Store

    Store(db).close()  # creates the file and applies migrations
    reader = Store(db, readonly=True)
    ingest = StoreIngest(db, settings)
    local = host in LOOPBACK
    app = create_app(reader, ingest, max_bytes=(settings or Settings()).max_bytes,
                     allowed_hosts=sorted(LOOPBACK | {"[::1]"}) if local else None)
    where = ("only this machine can connect (pass --host 0.0.0.0 to open it to others)" if local else "other machines can connect: there is no login, anyone who "
             "reaches it can read every story and add articles")
    say(f"crosswire: serving {db} at http://{'[' + host + ']' if ':' in host else host}:{port}/ on {host}; {where}. "
        "Ctrl+C stops it.")
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)
    finally:
        reader.close()
