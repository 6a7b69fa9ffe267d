"""A person's age as a fact: "Jane Doe , 61 , said", "Jane Doe, aged 61", "61-year-old Jane Doe": holder
``age`` (its slot the person's name as written), the age as the value, the person's entity id as the
frame's entity. Two outlets giving one person ages further apart than the time between their reports
disagree; ages of different people, or of a person no entity names, never meet."""

from __future__ import annotations

import re
from collections.abc import Mapping

from crosswire.frame.parse import ParsedStatement, person_of
from crosswire.models import Document, Frame, Token

# ", 61 ," / ", aged 61 ." / ", 61 , and" right after a name; a number of people ("Smith , 3 others") is
# no age, nor is a list of numbers
AFTER = re.compile(r"\s?,\s?(?:aged\s)?(\d{1,3})(?=\s?(?:,|\.|;|\)|$|and\b|who\b|was\b|is\b))(?!\s?,\s?\d)")
# "61-year-old", "61 - year - old" (tokenised copy)
BEFORE = re.compile(r"(\d{1,3})\s?-\s?years?\s?-\s?old\b", re.I)
OLDEST = 110


def _frame(s: ParsedStatement, name: Token, person: tuple[int, int, str, str], start: int, end: int,
           value: int) -> Frame | None:
    if not 0 < value <= OLDEST:
        return None
    return Frame(id="", statement=s.statement.id, doc=s.statement.doc, kind="quantity",
                 holder=s.slot(person[0], person[1], "age") if s.statement.start <= person[0] and
                 person[1] <= s.statement.end else s.token_slot(name, "age"),
                 attribute=None, value=s.slot(start, end, str(value)), low=value, high=value, entity=person[2])


def ages(s: ParsedStatement) -> list[Frame]:
    """The ages the statement gives named people."""
    out: list[Frame] = []
    text, end = s.ctx.text, s.statement.end
    for i, t in enumerate(s.tokens):
        if t.pos == "PROPN" and (i + 1 == len(s.tokens) or s.tokens[i + 1].pos != "PROPN"):
            m = AFTER.match(text, t.end, end)
            person = person_of(s, t) if m else None
            if person is not None:
                frame = _frame(s, t, person, m.start(1), m.end(1), int(m.group(1)))
                out += [frame] if frame else []
    for m in BEFORE.finditer(text, s.statement.start, end):
        old = next((t for t in s.tokens if t.start >= m.end() - 3 and t.text.lower() == "old"), None)
        noun = s.head(old) if old is not None else None
        # a name only: "the 17-year-old" or "her 11-year-old daughter" may be resolved to the wrong person
        person = person_of(s, noun) if noun is not None and noun.pos == "PROPN" else None
        if person is not None:
            frame = _frame(s, noun, person, m.start(1), m.end(1), int(m.group(1)))
            out += [frame] if frame else []
    return out


def _same_name(a: str, b: str) -> bool:
    """One written name: the same words, or two full names with the same first name and surname (a
    surname alone may stand for a relative: "Ortiz , 35" and "Jeremy Ortiz , 17")."""
    wa, wb = a.lower().split(), b.lower().split()
    return wa == wb or (len(wa) >= 2 and len(wb) >= 2 and wa[-1] == wb[-1] and wa[0] == wb[0])


def _year(doc: Document | None) -> int | None:
    """The year a document was published, where a page or its metadata says so (not inferred from its text)."""
    date = doc.published if doc is not None else None
    if date is None or (date.basis or "").startswith("inferred") or not date.value[:4].isdigit():
        return None
    return int(date.value[:4])


def ages_apart(a: Frame, b: Frame, documents: Mapping[str, Document]) -> bool:
    """Two ages that are not one person's age told two ways: written for differently written names, or
    apart by no more than time may explain: a year more than the years between the reports when both are
    dated (27 at the crime, 29 at the trial two years later), two years when they are not."""
    if a.holder is None or b.holder is None or a.holder.norm != "age" or b.holder.norm != "age":
        return False
    if not _same_name(a.holder.span.text, b.holder.span.text):
        return True
    ya, yb = _year(documents.get(a.doc)), _year(documents.get(b.doc))
    years = abs(ya - yb) if ya is not None and yb is not None else 1
    return abs((a.low or 0) - (b.low or 0)) <= years + 1
