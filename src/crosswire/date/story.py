"""The story's event date and its timeline: dated entries, merged across documents, with evidence."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence

from crosswire.models import Annotation, Claim, DateValue, Document, Span, TimelineEntry

from crosswire.date.event import TRUSTED, event_vote
from crosswire.date.spans import resolve_told
from crosswire.date.timex import Timex, find_timexes, resolve, to_date

STOP = set("the a an of in on at to and or for by with from that this was were is are be been has have had "
           "it its his her their they he she after before since as said says".split())
CONTENT = re.compile(r"[A-Za-z][A-Za-z'’-]+")


def resolve_timexes(doc: Document, ann: Annotation, anchor: DateValue | None, nearest: bool = False) -> list[Timex]:
    """The document's time expressions resolved against its publication date (or the given anchor;
    ``nearest`` when the anchor is the event rather than the day of writing)."""
    del ann
    found = find_timexes(doc.id, doc.text)
    if anchor is None:
        return [t for t in (resolve(t, dt.date(1, 1, 1)) for t in found if t.kind in ("full", "month_year", "year"))
                if t.value is not None]
    base = to_date(anchor)
    return [r for r in (resolve_told(doc.text, t, base, nearest=nearest) for t in found) if r.value is not None]


def _sentence(ann: Annotation, span: Span) -> tuple[int, int] | None:
    for s in ann.sentences:
        if s.start <= span.start < s.end:
            return s.start, s.end
    return None


def event_date(documents: Sequence[Document], annotations: Sequence[Annotation],
               timexes_by_doc: Mapping[str, list[Timex]] | None = None) -> DateValue | None:
    """The story's event date by evidence vote across documents (crosswire.date.event)."""
    del timexes_by_doc  # the vote resolves each document's expressions against its own date
    return event_vote(documents, annotations)


def story_timexes(documents: Sequence[Document], annotations: Sequence[Annotation],
                  event: DateValue | None) -> dict[str, list[Timex]]:
    """Each document's expressions resolved against its own publication date when it has one of its
    own (metadata, page date, dateline); a document without one falls back to the event date."""
    out = {}
    for doc, ann in zip(documents, annotations):
        own = doc.published is not None and doc.published.basis in TRUSTED
        if own or event is None or event.precision != "day":
            out[doc.id] = resolve_timexes(doc, ann, doc.published)
        else:
            out[doc.id] = resolve_timexes(doc, ann, event, nearest=True)
    return out


def _words(text: str) -> set[str]:
    return {w.lower() for w in CONTENT.findall(text) if w.lower() not in STOP}


def build_timeline(documents: Sequence[Document], annotations: Sequence[Annotation],
                   timexes_by_doc: Mapping[str, list[Timex]], claims: Sequence[Claim] = ()) -> list[TimelineEntry]:
    """Dated entries in date order. Each is the sentence around a resolved expression (its words,
    trimmed to the clause when long); entries for one date with overlapping wording merge."""
    claim_spans = defaultdict(list)
    for c in claims:
        for s in c.statements:
            claim_spans[s.doc].append((s.start, s.end, c.id))
    groups: dict[str, list[dict]] = defaultdict(list)
    for doc, ann in zip(documents, annotations):
        for t in timexes_by_doc.get(doc.id, []):
            if t.value is None:
                continue
            bounds = _sentence(ann, t.span)
            if bounds is None:
                continue
            start, end = _clause(doc.text, bounds, t.span)
            sentence = Span(doc.id, start, end, doc.text[start:end])
            entry = {"date": t.value, "text": sentence.text, "evidence": [t.span, sentence],
                     "words": _words(sentence.text), "claims": {cid for s, e, cid in claim_spans[doc.id]
                                                                 if s < end and start < e}}
            bucket = groups[t.value.value]
            twin = next((g for g in bucket if len(g["words"] & entry["words"]) >=
                         max(2, 0.3 * min(len(g["words"]), len(entry["words"])))), None)
            if twin is None:
                bucket.append(entry)
            elif not any(e.doc == sentence.doc and e.start == sentence.start for e in twin["evidence"]):
                twin["evidence"] += entry["evidence"]
                twin["claims"] |= entry["claims"]
                twin["words"] |= entry["words"]
    entries = [TimelineEntry(date=g["date"], text=g["text"],
                             evidence=tuple(sorted(set(g["evidence"]), key=lambda s: (s.doc, s.start, s.end))),
                             claims=tuple(sorted(g["claims"])))
               for bucket in groups.values() for g in bucket]
    return sorted(entries, key=lambda e: (e.date.value, e.evidence[0].doc, e.evidence[0].start))


def _clause(text: str, bounds: tuple[int, int], timex: Span) -> tuple[int, int]:
    """A long sentence is cut to the clause holding the expression (commas, semicolons, dashes)."""
    start, end = bounds
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - start <= 160:
        return start, end
    cuts = [m.end() for m in re.finditer(r"[,;—–]\s+", text[start:end])]
    left = max([start + c for c in cuts if start + c <= timex.start] or [start])
    right = min([start + c - 2 for c in cuts if start + c - 2 >= timex.end] or [end])
    return left, max(right, timex.end)
