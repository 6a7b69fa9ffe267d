"""The contract check: story.json against contract/story.schema.json, and the evidence invariant
(``documents[doc].text[start:end] == text`` for every span). Used before writing and by the tests."""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from typing import Any


def schema() -> dict[str, Any]:
    return json.loads(resources.files("crosswire").joinpath("contract/story.schema.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def _validator():
    import jsonschema_rs

    return jsonschema_rs.Draft202012Validator(schema())


def iter_spans(data: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every evidence span in a story dict, with the kind of item it belongs to."""
    for e in data.get("entities", []):
        for m in e.get("mentions", []):
            yield "entity", m
        for merge in e.get("merges", []):
            if merge.get("evidence"):
                yield "entity merge", merge["evidence"]
    for q in data.get("quotes", []):
        yield "quote", q
        for key in ("speaker_span", "cue_span"):
            if q.get(key):
                yield f"quote {key}", q[key]
    for c in data.get("claims", []):
        yield from _statement_spans("claim", c.get("statements", []))
    yield from _statement_spans("statement", data.get("statements", []))
    for x in data.get("conflicts", []):
        for side in x.get("sides", []):
            for s in side.get("statements", []):
                yield "conflict", s
    for t in data.get("timeline", []):
        for s in t.get("evidence", []):
            yield "timeline", s
    for d in data.get("documents", []):
        for key in ("published", "page_date"):
            if (d.get(key) or {}).get("span"):
                yield f"document {key}", d[key]["span"]
    if ((data.get("story") or {}).get("event_date") or {}).get("span"):
        yield "event date", data["story"]["event_date"]["span"]


def _statement_spans(kind: str, statements) -> Iterator[tuple[str, dict[str, Any]]]:
    for s in statements:
        yield kind, s
        if s.get("hedge"):
            yield "hedge", s["hedge"]
        if (s.get("attribution") or {}).get("span"):
            yield "attribution", s["attribution"]["span"]


def contract_problems(data: dict[str, Any]) -> list[str]:
    """Everything that breaks the contract; an empty list means the story is valid."""
    problems = sorted(f"schema: {'/'.join(map(str, e.instance_path))}: {e.message[:200]}"
                      for e in _validator().iter_errors(data))
    texts = {d["id"]: d["text"] for d in data.get("documents", [])}
    for kind, s in iter_spans(data):
        text = texts.get(s.get("doc"))
        if text is None or not (0 <= s["start"] <= s["end"] <= len(text)) or text[s["start"]:s["end"]] != s["text"]:
            problems.append(f"span: {kind} {s.get('doc')}[{s.get('start')}:{s.get('end')}] "
                            f"does not read {s.get('text', '')[:60]!r}")
    return problems
