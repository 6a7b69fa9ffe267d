"""story.json: the contract's shape (crosswire.story/1), deterministic byte for byte."""

from __future__ import annotations

import orjson
from typing import Any

from crosswire.models import SCHEMA, Story, to_plain


EXTRACT_FIELDS = ("id", "source", "title", "text", "removed", "published", "outlet", "byline", "cites", "language")


def _document(doc) -> dict[str, Any]:
    return to_plain(doc)


def document_fields(doc) -> dict[str, Any]:
    """The contract's document fields, as `crosswire extract` prints them."""
    d = to_plain(doc)
    return {k: d[k] for k in EXTRACT_FIELDS}


def story_to_dict(story: Story) -> dict[str, Any]:
    head: dict[str, Any] = {
        "id": story.id,
        "title": story.title,
        "event_date": to_plain(story.event_date),
        "generator": story.generator,
    }
    if story.generated_at:
        head["generated_at"] = story.generated_at
    return {
        "schema": SCHEMA,
        "story": head,
        "documents": [_document(d) for d in story.documents],
        "entities": to_plain(story.entities),
        "quotes": to_plain(story.quotes),
        "claims": to_plain(story.claims),
        "conflicts": to_plain(story.conflicts),
        "timeline": to_plain(story.timeline),
        "sources": to_plain(story.sources),
        "summary": to_plain(story.summary),
        "statements": to_plain(story.statements),
        "frames": to_plain(story.frames),
        "problems": to_plain(story.problems),
    }


def to_json(story: Story | dict[str, Any]) -> str:
    """story.json for a Story record or its :func:`story_to_dict` dict: UTF-8 text indented by two spaces, as
    ``json.dumps(data, ensure_ascii=False, indent=2)`` writes it (floats in their shortest round-trip form;
    below 1e-4 without an exponent)."""
    data = story if isinstance(story, dict) else story_to_dict(story)
    return orjson.dumps(data, option=orjson.OPT_INDENT_2).decode("utf-8") + "\n"
