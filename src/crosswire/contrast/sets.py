"""Counts that name a known set: "the main damage is to the four submarine cables" says which cables, not
how many the happening touched. A count written after "the", "these" or "those" with no predicate of its
own is compared only with counts that have none either."""

from __future__ import annotations

from collections.abc import Mapping

from crosswire.frame.values import SUBSET
from crosswire.models import Document, Frame

DEFINITE = {"the", "these", "those"}
# classes of things whose kinds are told by their use: an office building is not a home
TOLD_BY_USE = {"building"}


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


def _noun(f: Frame) -> str:
    word = f.holder.span.text.lower() if f.holder is not None else ""
    return word[:-1] if word.endswith("s") else word


def _named_kind(f: Frame) -> bool:
    """The counted noun carries a word of its own ("government office buildings", "three strong tremors")."""
    return any(":" not in q and " " not in q and q not in ("total", "vague", "tally") and q not in SUBSET
               for q in f.qualifiers)


def kinds_apart(a: Frame, b: Frame) -> bool:
    """Two counts of buildings written with different nouns, one of them narrowed by a word of its own:
    "42 government office buildings" are not among "18 houses", though buildings and houses are one class
    when nothing narrows them. Buildings are told apart by their use; other classes ("three machine guns",
    "two other rifles") name one set of things in different words."""
    if a.holder is None or b.holder is None or a.holder.norm not in TOLD_BY_USE:
        return False
    return _noun(a) != _noun(b) and _named_kind(a) != _named_kind(b)


APART_BY = ("during:", "way:", "shock:", "narrowed:", "which:")


def happenings_apart(a: Frame, b: Frame) -> bool:
    """Counts told of an arrest ("no shots were fired when he was taken into custody") and counts that are
    not ("he fired one shot") are about different happenings; a rise and a fall ("way:rose", "way:fell")
    are different changes; the strength of "the first" of several shocks is not that of "one of" them
    ("shock:first", "shock:one of") or of a shock told without either, nor is the time of "the first quake"
    that of "the quake" ("which:first"); a count a participle narrows ("51
    wins coming by way of knockout") is not the count of the bare noun ("58 wins")."""
    def marks(f: Frame) -> set[str]:
        return {q for q in f.qualifiers if q.startswith(APART_BY)}

    return marks(a) != marks(b)
