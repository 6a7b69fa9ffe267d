"""Shared helpers of the date tests: a plain document, and the year and day of an undated story."""

from __future__ import annotations

from crosswire.date import find_timexes
from crosswire.date.documents import story_year
from crosswire.models import DateValue, Document


def doc(i: int, text: str, published: str | None = None, basis: str = "metadata") -> Document:
    pub = DateValue(published, "day", basis) if published else None
    return Document(id=f"d{i}", source=f"d{i}", sha256=str(i), title="", text=text, published=pub)


def undated_year(docs: list[Document]):
    """story_year over the documents' own time expressions: (year, day, span)."""
    return story_year(docs, {d.id: find_timexes(d.id, d.text) for d in docs})
