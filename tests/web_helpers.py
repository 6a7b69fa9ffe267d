"""A story reader over story.json dicts (for web tests that need no database), and page checks."""

from __future__ import annotations

import re
from typing import Any

TAG = re.compile(r"<[a-zA-Z][^>]*>")
INLINE = re.compile(r"^<script|\son[a-z]+\s*=|\sstyle\s*=|javascript:", re.I)


def inline_code(page: str) -> list[str]:
    """Tags of a page that carry script or inline style (text that merely looks like them is escaped)."""
    return [t for t in TAG.findall(page) if INLINE.search(t)]


class StoriesInMemory:
    """The read interface of crosswire.store.Store over a few story dicts."""

    def __init__(self, stories: list[dict[str, Any]]):
        self.stories = {s["story"]["id"]: s for s in stories}

    def list_stories(self, query=None, outlet=None, since=None, until=None, limit=200) -> list[dict[str, Any]]:
        rows = []
        for s in self.stories.values():
            docs = s["documents"]
            if query and not any(query.lower() in d["text"].lower() for d in docs):
                continue
            dates = sorted((d.get("published") or {}).get("value") or "" for d in docs)
            rows.append({"id": s["story"]["id"], "title": s["story"]["title"], "documents": len(docs),
                         "outlets": sorted({d["outlet"] for d in docs if d.get("outlet")}), "independent_origins": 2,
                         "first_published": dates[0] or None, "last_published": dates[-1] or None,
                         "event_date": (s["story"].get("event_date") or {}).get("value"),
                         "conflicts": len(s.get("conflicts") or []), "updated": "2026-01-01T00:00:00Z"})
        return rows[:limit]

    def story(self, story_id):
        return self.stories.get(story_id)

    def document(self, story_id, doc_id):
        story = self.stories.get(story_id)
        return next((d for d in story["documents"] if d["id"] == doc_id), None) if story else None

    def outlets(self):
        return sorted({d["outlet"] for s in self.stories.values() for d in s["documents"] if d.get("outlet")})
