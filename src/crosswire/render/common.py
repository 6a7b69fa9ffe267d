"""Small helpers both reports use: short citations of spans and per-document labels."""

from __future__ import annotations

from collections.abc import Sequence

from crosswire.models import Document, Span, Story


def doc_labels(documents: Sequence[Document]) -> dict[str, str]:
    """A short human label per document: D1, D2, … in story order."""
    return {d.id: f"D{k}" for k, d in enumerate(documents, 1)}


def cite(span: Span, labels: dict[str, str]) -> str:
    return f"{labels.get(span.doc, span.doc)}[{span.start}:{span.end}]"


def outlet_of(doc: Document) -> str:
    return doc.outlet or doc.source.rsplit("/", 1)[-1]


def entity_names(story: Story) -> dict[str, str]:
    return {e.id: e.name for e in story.entities}


def clip(text: str, n: int = 220) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"
