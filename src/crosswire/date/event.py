"""The story's event date by evidence vote across its documents.

Each document votes with a total weight set by how it is dated: structured metadata counts most, a page
date or dateline next, a date inferred from the content least. Inside one document the weight goes to the
days its time expressions name, resolved against *its own* publication date: the lead counts more than
the body, and a day told as background (inside a quotation, in the past perfect, in a relative clause
about something else, as the start of what is still going on: "since the offensive began on 27 December")
counts less, and so does the day of the telling ("police said Monday that a bomb exploded on Sunday"); a
day told as to come ("his trial is set to begin Monday") or as a limit ("until Dec. 31") counts nothing. A
date stamp line ("Posted Oct 26, 2011 8:57 AM") is the document's own date, not the news, and is counted
as such. No document votes for a day after its own date (a day's slack for time zones): that is what is to
come. No day after the story's earliest publication date can win (an article cannot report what has not
happened yet); the earliest date counts only when a second document is dated near it, so one wrong
metadata field does not bound the story, and only when a document published after it recalls the day it
lets win or a fair share of the documents is published by it (a preview or two published before the news
bound nothing); a document's weight for days after that date is spent on them, not handed to the earlier
days it recalls (a report of Thursday's arrests does not become a vote for the day the law they protest
was passed). When the documents cover two separate events, the larger one's documents vote
(:mod:`crosswire.date.groups`). Relative expressions of documents with no date of their own are resolved
against the voted event date afterwards.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from crosswire.models import Annotation, DateValue, Document, Token

from crosswire.date.groups import news_documents
from crosswire.date.spans import told_as_to_come
from crosswire.date.timex import WEEKDAY_RE, WEEKDAYS, Timex, find_timexes, resolve, to_date

BASIS_WEIGHT = {"metadata": 3.0, "dateline": 2.0, "url": 2.0, "page-header": 2.0, "content": 1.0,
                "inferred-from-story": 1.0}
LATER = "later"  # the weight a document gives to days after the story's bound: spent, not handed to other days
TRUSTED = ("metadata", "dateline", "url", "page-header")
EXPLICIT = {"full": 2, "month_day": 1}  # shown as evidence before a weekday or "yesterday"
WINDOW_DAYS = 10          # a relative or month-day expression names the news only this close to its document's date
CORROBORATION_DAYS = 7    # the earliest publication date bounds the story when another one lies this close
PREVIEW_SHARE = 0.25      # documents published by the bound, no later one recalling its day: fewer are a preview
STAMP_WORDS = re.compile(r"^(?:published|posted|updated|last updated|first posted|edited time|published time|"
                         r"date|on|at|am|pm|a\.m\.|p\.m\.|et|edt|est|gmt|bst|utc|cdt|cst|pdt|pst|ist|uk|time|"
                         r"[ap]m|\d+|[:,/|().\-–—\[\]]|of|the)$", re.I)
DEADLINE = re.compile(r"\b(?:by|until|till|before|through|no later than)\s+(?:the\s+)?(?:end\s+of\s+)?$", re.I)
REPORTING = {"say", "tell"}  # verbs that date the telling of the news, not the news
SINCE = re.compile(r"\bsince\b[^.;:!?,()]{0,80}$", re.I)  # in a "since ..." clause, up to the expression
QUOTE_OPEN = re.compile(r"``|“")
QUOTE_CLOSE = re.compile(r"''|”")


def _line(text: str, start: int, end: int) -> str:
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    return text[a: b if b >= 0 else len(text)]


WEEKDAY_OR_MONTH = re.compile(r"^(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
                              re.I)
CLOCK_IN_STAMP = re.compile(r"\d{1,2}\s?:\s?\d{2}")


def _stamp_words(rest: str) -> bool:
    words = re.findall(r"[A-Za-z][A-Za-z.]*|\d+|[^\sA-Za-z\d]", rest)
    return all(STAMP_WORDS.match(w) or WEEKDAY_OR_MONTH.match(w) for w in words)


def is_stamp(text: str, timex: Timex) -> bool:
    """The expression sits on a line that holds nothing but a date, a time and stamp words — or it ends a
    line after a finished sentence, followed by a clock time ("... in 15 games. Dec. 18 - 11:14 pm et")."""
    line = _line(text, timex.span.start, timex.span.end)
    if len(line.split()) <= 16 and _stamp_words(line.replace(timex.span.text, " ", 1)):
        return True
    end = text.find("\n", timex.span.end)
    after = text[timex.span.end: end if end >= 0 else len(text)]
    before = text[text.rfind("\n", 0, timex.span.start) + 1: timex.span.start].rstrip()
    return (len(after.split()) <= 8 and bool(CLOCK_IN_STAMP.search(after)) and _stamp_words(after)
            and (not before or before[-1] in ".!?\"'”"))


def is_deadline(text: str, timex: Timex) -> bool:
    """A date given as a limit ("back to normal by Dec. 31", "until Monday"), not as a happening."""
    return bool(DEADLINE.search(text[max(0, timex.span.start - 20):timex.span.start]))


def _quoted(text: str, sent_start: int, at: int) -> bool:
    """An opening quotation mark before the position in its sentence is still open."""
    before = text[sent_start:at]
    return len(QUOTE_OPEN.findall(before)) > len(QUOTE_CLOSE.findall(before)) or before.count('"') % 2 == 1


def _background(ann: Annotation | None, token_at: Mapping[int, Token], text: str, timex: Timex) -> float:
    """How much a time expression counts as the news rather than background, from its clause."""
    if ann is None:
        return 1.0
    token = token_at.get(timex.span.start)
    if token is None:
        return 1.0
    sent = ann.sentences[token.sent] if token.sent < len(ann.sentences) else None
    if sent is not None and _quoted(text, sent.start, timex.span.start):
        return 0.25
    if sent is not None and SINCE.search(text[sent.start:timex.span.start]):
        return 0.3  # the start of what is still going on: "the toll since the offensive began on 27 December"
    tokens = ann.tokens
    node, seen = token, 0
    while node.head != node.i and seen < 12:
        node = tokens[node.head]
        seen += 1
        if node.pos in ("VERB", "AUX"):
            break
    if node.pos in ("VERB", "AUX"):
        aux = [t for t in tokens[max(0, node.i - 4):node.i] if t.head == node.i and t.dep in ("aux", "auxpass")]
        if node.tag == "VBN" and any(t.lemma.lower() == "have" and t.tag == "VBD" for t in aux):
            return 0.3
        if node.dep in ("relcl", "acl"):
            return 0.6
        if node.lemma.lower() in REPORTING:
            return 0.5  # the day of the telling: "police said Monday that a bomb exploded on Sunday"
    return 1.0


def _position_weight(rank: int) -> float:
    return 3.0 if rank == 0 else 2.0 if rank == 1 else 1.5 if rank < 4 else 1.0


def story_bound(documents: Sequence[Document]) -> dt.date | None:
    """The earliest publication date that a second document's date corroborates (or the earliest one)."""
    days = sorted(to_date(d.published) for d in documents
                  if d.published and d.published.basis in TRUSTED and d.published.precision == "day")
    if not days:
        return None
    for k, day in enumerate(days):
        if any(0 <= (other - day).days <= CORROBORATION_DAYS for j, other in enumerate(days) if j != k):
            return day
    return days[0]


def document_votes(doc: Document, ann: Annotation | None, found: Sequence[Timex],
                   anchor: dt.date | None, nearest: bool,
                   bound: dt.date | None) -> dict[str, tuple[float, Timex | None]]:
    """The days one document speaks of as its news, each with a weight and the expression showing it."""
    votes: dict[str, tuple[float, Timex | None]] = {}
    token_at = {t.start: t for t in ann.tokens} if ann is not None else {}
    sentence_rank: dict[int, int] = {}
    if ann is not None:
        rank = 0
        for s in ann.sentences:
            line = doc.text[s.start:s.end]
            if len(re.findall(r"[A-Za-z]{3,}", line)) >= 4:
                sentence_rank[s.index] = rank
                rank += 1

    # a document cannot report what happens after it is written: a day past its own date (a day's slack for
    # time zones) is to come ("the summit will open on December 5, 2021"), and its weight is spent like a later day's
    own = anchor if anchor is not None and not nearest else None

    def add(day: dt.date, weight: float, timex: Timex | None) -> None:
        if (bound is not None and day > bound) or (own is not None and (day - own).days > 1):
            votes[LATER] = (votes.get(LATER, (0.0, None))[0] + weight, None)
            return
        key = day.isoformat()
        old = votes.get(key)
        if old is None:
            votes[key] = (weight, timex)
            return
        keep = old[1]
        if timex is not None and (keep is None or EXPLICIT.get(timex.kind, 0) > EXPLICIT.get(keep.kind, 0)):
            keep = timex
        votes[key] = (old[0] + weight, keep)

    for t in found:
        if anchor is None and t.kind != "full":
            continue
        r = resolve(t, anchor or dt.date(1, 1, 1), nearest=nearest)
        if r.value is None or r.value.precision != "day":
            continue
        day = to_date(r.value)
        if is_stamp(doc.text, t):
            add(day, 1.0, r)
            continue
        if is_deadline(doc.text, t) or (t.kind != "full" and told_as_to_come(doc.text, t)):
            continue  # "his trial is set to begin Monday": not a day of the news (and not last Monday)
        if t.kind != "full" and anchor is not None and not -1 <= (anchor - day).days <= WINDOW_DAYS:
            continue
        token = token_at.get(t.span.start)
        rank = sentence_rank.get(token.sent, 9) if token is not None else 9
        add(day, _position_weight(rank) * _background(ann, token_at, doc.text, t), r)
    if anchor is not None and doc.published is not None and doc.published.basis in TRUSTED:
        add(anchor, 0.5, None)
    return votes


def _tally(documents: Sequence[Document], annotations: Sequence[Annotation | None],
           found: Mapping[str, Sequence[Timex]], bound: dt.date | None):
    """Each day's score, the documents voting for it, and the expression shown for it."""
    scores: dict[str, float] = defaultdict(float)
    voters: dict[str, set[str]] = defaultdict(set)
    evidence: dict[str, tuple[tuple[int, float], Timex]] = {}
    for doc, ann in zip(documents, annotations):
        pub = doc.published if doc.published and doc.published.precision == "day" else None
        anchor = to_date(pub) if pub else None
        nearest = pub is None or pub.basis not in TRUSTED
        votes = document_votes(doc, ann, found[doc.id], anchor, nearest, bound)
        total = sum(w for w, _t in votes.values())
        votes.pop(LATER, None)
        if not votes:
            continue
        share = BASIS_WEIGHT.get(pub.basis if pub else "", 0.5) / total
        for day, (weight, timex) in votes.items():
            scores[day] += weight * share
            voters[day].add(doc.id)
            if timex is None:
                continue
            # the most explicit expression, then the weightiest, then the first by document and position
            rank = (EXPLICIT.get(timex.kind, 0), round(weight * share, 6))
            held = evidence.get(day)
            if held is None or rank > held[0] or (rank == held[0] and (timex.span.doc, timex.span.start) <
                                                  (held[1].span.doc, held[1].span.start)):
                evidence[day] = (rank, timex)
    return scores, voters, evidence


def _best(scores: Mapping[str, float]) -> str:
    return max(scores, key=lambda d: (round(scores[d], 6), -to_date(DateValue(d, "day")).toordinal()))


def bound_holds(documents: Sequence[Document], bound: dt.date, voters: set[str]) -> bool:
    """The bound stands when a document published after it recalls the day it lets win (the trial
    reports name the day of the crime), when no document is published after it, or when a fair share of
    the dated documents (PREVIEW_SHARE or more) is published by it. When only a few early documents speak
    of that day, they came before the news (the bookmakers' favourite the week before the announcement)
    and the later documents' days are the news."""
    dated = [(d.id, day) for d in documents if (day := _trusted_day(d)) is not None]
    later = {doc_id for doc_id, day in dated if day > bound}
    early = len(dated) - len(later)
    return not later or bool(voters & later) or early >= PREVIEW_SHARE * len(dated)


def _trusted_day(doc: Document) -> dt.date | None:
    pub = doc.published
    return to_date(pub) if pub and pub.basis in TRUSTED and pub.precision == "day" else None


def event_vote(documents: Sequence[Document], annotations: Sequence[Annotation | None],
               found: Mapping[str, Sequence[Timex]] | None = None) -> DateValue | None:
    """The day the documents' weighted evidence points to (ties: the earlier day). When the documents
    cover two separate events (:mod:`crosswire.date.groups`), the larger one's documents vote."""
    if found is None:
        found = {doc.id: find_timexes(doc.id, doc.text) for doc in documents}
    voting = news_documents(documents, TRUSTED, found)
    kept = [k for k, doc in enumerate(documents) if doc.id in voting]
    documents, annotations = [documents[k] for k in kept], [annotations[k] for k in kept]
    bound = story_bound(documents)
    scores, voters, evidence = _tally(documents, annotations, found, bound)
    if bound is not None and scores and not bound_holds(documents, bound, voters[_best(scores)]):
        scores, voters, evidence = _tally(documents, annotations, found, None)
    if not any(d.published and d.published.precision == "day" for d in documents):
        # nothing dates any document: an explicit date can be the news only if it falls on the weekday
        # the articles name most (a story told as "sentenced Saturday" is not about a Friday they recall)
        named = Counter(WEEKDAYS.index(re.search(WEEKDAY_RE, t.span.text, re.I).group(0).lower())
                        for doc in documents for t in found[doc.id] if t.kind == "weekday")
        if named:
            weekday = max(named, key=lambda w: (named[w], -w))
            scores = {day: score for day, score in scores.items() if dt.date.fromisoformat(day).weekday() == weekday}
    if not scores:
        return None
    day = _best(scores)
    shown = evidence.get(day)
    if shown is None:
        return DateValue(day, "day", "publication", f"publication date of {len(voters[day])} document(s)")
    return DateValue(day, "day", "document-vote", shown[1].span.text, shown[1].span)
