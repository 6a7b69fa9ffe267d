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
