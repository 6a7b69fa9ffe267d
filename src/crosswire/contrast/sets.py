"""Counts that name a known set: "the main damage is to the four submarine cables" says which cables, not
how many the happening touched. A count written after "the", "these" or "those" with no predicate of its
own is compared only with counts that have none either."""

from __future__ import annotations

from collections.abc import Mapping

from crosswire.models import Document, Frame

DEFINITE = {"the", "these", "those"}


def known_set(f: Frame, documents: Mapping[str, Document]) -> bool:
    """A quantity frame without a predicate whose number follows a definite determiner ("the four cables")."""
    doc = documents.get(f.doc)
    if f.kind != "quantity" or f.attribute is not None or doc is None:
        return False
    before = doc.text[max(0, f.value.span.start - 12):f.value.span.start].split()
    return bool(before) and before[-1].lower() in DEFINITE


def one_told(a: Frame, b: Frame, documents: Mapping[str, Document]) -> bool:
    """One of two counts tells what happened to the things, the other names a known set of them."""
    return (a.attribute is None) != (b.attribute is None) and (known_set(a, documents) or known_set(b, documents))
