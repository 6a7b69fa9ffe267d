"""Entity mentions from the annotation pass, trimmed to the name itself with exact offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass

from crosswire.models import Annotation, Document, Span

from crosswire.resolve.names import LEADING_ARTICLE, POSSESSIVE, TITLES, fold

NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART"}
TITLE_WORD = re.compile(r"^(?:[A-Z][a-z]*\.?|U\.S\.)\s+")


@dataclass(frozen=True, slots=True)
class Mention:
    span: Span
    label: str
    sentence: int


def _trim(text: str, start: int, end: int, label: str) -> tuple[int, int]:
    """Drop a leading article, leading titles (for people) and a trailing possessive; keep offsets exact."""
    piece = text[start:end]
    m = LEADING_ARTICLE.match(piece)
    if m and label not in {"WORK_OF_ART", "LAW"}:
        start += m.end()
    while label == "PERSON":
        m = TITLE_WORD.match(text[start:end])
        if not m or fold(m.group(0)).strip() not in TITLES or len(text[start:end].split()) < 2:
            break
        start += m.end()
    m = POSSESSIVE.search(text[start:end])
    if m and end - start - len(m.group(0)) >= 2:
        end -= len(m.group(0))
    while end > start and text[end - 1] in " ,.;:\"“”'’":
        if text[end - 1] == "." and re.search(r"\b[A-Z]\.[A-Z]?\.?$", text[start:end]):
            break  # keep the dot of an abbreviation such as U.S.
        end -= 1
    return start, end


def extract_mentions(document: Document, annotation: Annotation) -> list[Mention]:
    out = []
    text = document.text
    for e in annotation.ents:
        if e.label not in NAME_LABELS:
            continue
        start, end = _trim(text, e.start, e.end, e.label)
        piece = text[start:end]
        if end - start < 2 or not any(c.isupper() for c in piece) or not re.search(r"[A-Za-z]", piece):
            continue
        sentence = annotation.tokens[e.token_start].sent if annotation.tokens else 0
        out.append(Mention(Span(document.id, start, end, piece), e.label, sentence))
    return out
