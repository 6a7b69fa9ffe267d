"""A stored story written out as story.json (the stored bytes), report.md and report.html."""

from __future__ import annotations

import json
from pathlib import Path

from crosswire.errors import CrosswireError
from crosswire.render import to_html, to_markdown
from crosswire.store import Store

from crosswire.runners.records import story_from_dict


def render_story(store: Store, story_id: str, out: Path) -> dict[str, Path]:
    text = store.story_json(story_id)
    if text is None:
        raise CrosswireError(f"no story '{story_id}' in {store.path}; list them with `crosswire stories --db {store.path}`")
    story = story_from_dict(json.loads(text))
    out.mkdir(parents=True, exist_ok=True)
    paths = {"story": out / "story.json", "report": out / "report.md", "html": out / "report.html"}
    paths["story"].write_text(text, encoding="utf-8")
    paths["report"].write_text(to_markdown(story), encoding="utf-8")
    paths["html"].write_text(to_html(story), encoding="utf-8")
    return paths
