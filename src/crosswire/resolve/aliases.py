"""Aliases a text states: 'X (Y)', 'X, known as Y', 'X, also called Y', 'X, or Y,' and acronym definitions.

Each statement is evidence that two names name one referent; since entities are resolved across all
documents at once, a name in one document and its translation in another meet when a third states it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from crosswire.models import Document, Span

from crosswire.resolve.names import initials, is_acronym

WORD = r"(?:[A-Z][\w’'.-]*|al-[A-Z][\w-]*|el-[A-Z][\w-]*)"
LINK = r"(?:of|the|and|for|al|el|bin|ibn|de|la)"
NAME = rf"{WORD}(?:[ \t]+(?:{WORD}|{LINK}(?=[ \t]+[A-Za-z])))*"
PAREN = re.compile(rf"({NAME})\s+\(\s*[\"“]?({NAME})[\"”]?\s*\)")
# "X, known as Y", "X, also called Y", "X (also known as Y)", "X, or Y,"
STATED = re.compile(rf"({NAME})(?:,\s+|\s+\()(?:(?:also|better|widely|commonly) )?(?:known as|called|dubbed|"
                    rf"referred to as|which translates as|meaning)\s+(?:the\s+)?[\"“]?({NAME})[\"”]?")
OR_FORM = re.compile(rf"({NAME}),\s+or\s+(?:the\s+)?[\"“]?({NAME})[\"”]?\s*,")
DESCRIBED = re.compile(r"\b[Tt]he (group|militia|movement|organi[sz]ation|party|faction|company|agency),?\s+"
                       rf"(?:(?:also|better) )?(?:known as|called|or)\s+(?:the\s+)?[\"“]?({NAME})[\"”]?")
DATELINE = re.compile(r"^\s*[)]?\s*[-—–:]")
NOT_NAMES = {"The", "A", "An", "He", "She", "It", "They", "This", "That", "In", "On", "At", "But", "And", "I", "We"}


@dataclass(frozen=True, slots=True)
class Stated:
    """Two names of one referent, as a text states it; ``left`` is None for 'the group, known as Y'
    (then ``noun`` is the group noun and the name before it in the text is meant)."""

    rule: str
    left: Span | None
    right: Span
    evidence: Span
    noun: str | None = None


def _clean(doc: Document, start: int, end: int) -> Span | None:
    text = doc.text
    while start < end and text[start:end].split(" ", 1)[0] in NOT_NAMES:
        nxt = text.find(" ", start, end)
        if nxt < 0:
            return None
        start = nxt + 1
    while end > start and text[end - 1] in ".,;:’'":
        end -= 1
    if end - start < 2 or not text[start].isupper():
        return None
    return Span.of(doc.id, text, start, end)


def _acronym_tail(doc: Document, left: Span, acronym: str) -> Span | None:
    """The shortest tail of the expansion whose initials give the acronym ('… Popular Mobilization Forces')."""
    words = [m for m in re.finditer(r"\S+", left.text)]
    for k in range(len(words)):
        if not words[k].group(0)[:1].isupper():
            continue
        tail = left.text[words[k].start():]
        if initials(tail).upper() == acronym.upper().replace(".", ""):
            return Span.of(doc.id, doc.text, left.start + words[k].start(), left.end)
    return None


def stated_aliases(doc: Document) -> list[Stated]:
    text, out = doc.text, []
    for m in PAREN.finditer(text):
        if DATELINE.match(text[m.end():m.end() + 3]) and "\n" in text[max(0, m.start() - 40):m.start()] + "\n":
            continue  # a dateline: "BAGHDAD (Reuters) -"
        left, right = _clean(doc, m.start(1), m.end(1)), _clean(doc, m.start(2), m.end(2))
        if left is None or right is None or re.search(r"\d", right.text):
            continue
        evidence = Span.of(doc.id, text, m.start(), m.end())
        if is_acronym(right.text):
            tail = _acronym_tail(doc, left, right.text)
            if tail is not None:
                out.append(Stated("acronym-defined", tail, right, evidence))
            continue
        out.append(Stated("stated-alias", left, right, evidence))
    for pattern in (STATED, OR_FORM):
        for m in pattern.finditer(text):
            left, right = _clean(doc, m.start(1), m.end(1)), _clean(doc, m.start(2), m.end(2))
            if left is not None and right is not None and left.text != right.text and \
                    not re.search(r"\d", right.text):
                out.append(Stated("stated-alias", left, right, Span.of(doc.id, text, m.start(), m.end())))
    for m in DESCRIBED.finditer(text):
        right = _clean(doc, m.start(2), m.end(2))
        if right is not None:
            out.append(Stated("stated-alias", None, right, Span.of(doc.id, text, m.start(), m.end()), m.group(1)))
    return sorted(out, key=lambda s: (s.evidence.start, s.evidence.end, s.rule))
