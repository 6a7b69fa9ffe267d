"""Records to and from the JSON the store keeps (a Document, a RawInput)."""

from __future__ import annotations

import json
import zlib
from collections.abc import Mapping

from crosswire.models import DateValue, Document, RawInput, Removal, Share, Span, to_plain


def _date(value: Mapping | None) -> DateValue | None:
    if not value:
        return None
    span = value.get("span")
    return DateValue(value["value"], value["precision"], value.get("basis"), value.get("evidence"),
                     Span(**span) if span else None)


def document_from_dict(d: Mapping) -> Document:
    return Document(
        id=d["id"], source=d["source"], sha256=d["sha256"], title=d["title"], text=d["text"],
        removed=tuple(Removal(**r) for r in d.get("removed", ())), outlet=d.get("outlet"), byline=d.get("byline"),
        published=_date(d.get("published")), page_date=_date(d.get("page_date")), language=d.get("language"),
        cites=tuple(d.get("cites", ())), shares=tuple(Share(**s) for s in d.get("shares", ())), url=d.get("url"),
        flags=tuple(d.get("flags", ())))


def document_to_dict(doc: Document) -> dict:
    return to_plain(doc)


def raw_from_row(row: Mapping) -> RawInput:
    return RawInput(source=row["source"], data=zlib.decompress(row["raw_data"]), format=row["raw_format"],
                    sha256=row["sha256"], fields=json.loads(row["raw_fields"]))


def from_plain(cls, data):
    """JSON-ready data (as :func:`crosswire.models.to_plain` makes it) → the record type ``cls``."""
    import dataclasses
    import types
    import typing

    origin = typing.get_origin(cls)
    if data is None:
        return None
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(cls) if a is not type(None)]
        return from_plain(inner[0], data) if len(inner) == 1 else data
    if origin is tuple:
        (item, *_rest) = typing.get_args(cls)
        return tuple(from_plain(item, x) for x in data)
    if dataclasses.is_dataclass(cls):
        hints = typing.get_type_hints(cls)
        return cls(**{f.name: from_plain(hints[f.name], data[f.name])
                      for f in dataclasses.fields(cls) if f.name in data})
    return data


def story_from_dict(data: Mapping):
    """A story.json (as a dict) → the Story record the renderers take."""
    from crosswire.models import Story

    head = data["story"]
    body = {k: v for k, v in data.items() if k not in ("schema", "story")}
    body.update(id=head["id"], title=head["title"], event_date=head.get("event_date"),
                generator=head.get("generator", ""), generated_at=head.get("generated_at"))
    return from_plain(Story, body)
