"""Spans of time an undated story tells between its news and what it recalls.

Two kinds of evidence bound the date of a story whose documents carry no date of their own:

- **Years that have passed.** A sentence that names the story's weekday (its news) and says a span of
  years ends there ("After more than three years of legal delays, the man was sentenced Saturday") puts
  the news at least that many years after the story's origin: the year the documents recall most (counted
  once per document; the earliest on a tie), such as the year of the crime a trial is about.
- **Last month.** A happening told as "last month" lies in the month before the news. When the story
  also names that happening's month by a day or a month ("convicted on Nov. 7"), the news is in the month
  after it: the news lies in the month of the latest past day the story names when the month before holds
  another day it names, or else in the next month.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Mapping, Sequence

from crosswire.models import DateValue

from crosswire.date.timex import NUMBER_WORDS, WEEKDAY_RE, WEEKDAYS, YEAR_RE, Timex, resolve

PASSED = re.compile(r"\b(?:after|ends?|ended|ending|caps?|capped|capping|closes?|closed|closing|concludes?|"
                    r"concluded|concluding)\s+(?:(?P<qualifier>more\s+than|over|nearly|almost|about|some)\s+)?"
                    r"(?P<count>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+years?\b", re.I)
SHORT_OF = ("nearly", "almost", "about", "some")  # "nearly three years" may be two and a half
SENTENCE_END = re.compile(r"[.!?]\s|\n")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    left = max((m.end() for m in SENTENCE_END.finditer(text, 0, start)), default=0)
    right = SENTENCE_END.search(text, end)
    return left, right.start() if right else len(text)


def origin_year(timexes: Mapping[str, Sequence[Timex]]) -> int | None:
    """The year the documents recall most (each document counts a year once; the earliest on a tie)."""
    counts: Counter = Counter()
    for ts in timexes.values():
        years = {int(re.findall(YEAR_RE, t.span.text)[-1]) for t in ts
                 if t.kind in ("year", "month_year", "full") and re.search(YEAR_RE, t.span.text)}
        counts.update(years)
    if not counts:
        return None
    return max(counts, key=lambda y: (counts[y], -y))


def years_passed(texts: Mapping[str, str], weekday: int) -> int:
    """The longest span of years the story says has passed up to its news: told in a sentence that names
    the story's weekday ("After more than three years ..., he was sentenced Saturday"); 0 when none is."""
    name = WEEKDAYS[weekday]
    longest = 0
    for text in texts.values():
        for m in PASSED.finditer(text):
            start, end = _sentence(text, m.start(), m.end())
            days = re.findall(WEEKDAY_RE, text[start:end], re.I)
            if not any(d.lower() == name for d in days):
                continue
            word = m.group("count").lower()
            count = int(word) if word.isdigit() else NUMBER_WORDS.get(word, 0)
            if (m.group("qualifier") or "").lower() in SHORT_OF:
                count -= 1
            longest = max(longest, count)
    return longest


def least_year(texts: Mapping[str, str], timexes: Mapping[str, Sequence[Timex]], weekday: int) -> int | None:
    """The earliest year the news can lie in by the years the story says have passed since its origin."""
    passed = years_passed(texts, weekday)
    origin = origin_year(timexes)
    if not passed or origin is None:
        return None
    return origin + passed


def told_last_month(texts: Mapping[str, str], timexes: Mapping[str, Sequence[Timex]]) -> bool:
    """Some document tells a happening as "last month" (not "the last month", a span up to now)."""
    for doc_id, ts in timexes.items():
        for t in ts:
            if t.kind == "relative" and t.span.text.lower() == "last month":
                before = texts[doc_id][max(0, t.span.start - 4):t.span.start].lower()
                if not before.endswith("the "):
                    return True
    return False


def month_after_last_month(latest: dt.date, named_months: set[tuple[int, int]]) -> dt.date:
    """The first day the news can lie on when the story tells something as "last month": the latest past
    day it names, when the month before that day's month is one the story names too (then that month can
    be "last month"); else the first day of the next month."""
    before = (latest.year - 1, 12) if latest.month == 1 else (latest.year, latest.month - 1)
    if before in named_months:
        return latest
    return dt.date(latest.year + latest.month // 12, latest.month % 12 + 1, 1)


# a verb told in the past (regular "-ed" forms and common irregular ones) and what tells the news instead
PAST_VERB = re.compile(r"\b(?:[a-z]{2,}ed|was|were|had|hit|struck|left|began|took|came|made|won|lost|fell|rose|"
                       r"shook|swept|saw|went|led|ran|sank|spread|killed|survived|since)\b", re.I)
NOT_PAST = re.compile(r"\b(?:will|would|shall|is|are|am|this|next|until|till|expected|scheduled|planned|due|"
                      r"upcoming|coming|to\s+be|to\s+take|to\s+make)\b", re.I)
CLAUSE_BREAK = re.compile(r"[,;:]\s|\s[-–—]+\s")
SENTENCE_OPENING_WORDS = 4  # "In December 2004, a massive quake struck ...": a year this close to the start


def told_as_before(text: str, timex: Timex) -> bool:
    """A year (or month of a year) told as a past happening recalled beside the news: the clause before it in
    its sentence tells something past ("quakes that hit the town in 2002", "since a temblor in 2004", "who
    survived cancer in 2004") and nothing present or to come; or the sentence opens with it and goes on in the
    past ("In December 2004, a quake triggered ..."). A story that recalls such a year lies after it."""
    start, end = _sentence(text, timex.span.start, timex.span.end)
    cut = max((m.end() for m in CLAUSE_BREAK.finditer(text, start, timex.span.start)), default=start)
    before = text[cut:timex.span.start]  # its own clause: "marched on Saturday, as they did in 2010" is not
    after = text[timex.span.end:end]
    if NOT_PAST.search(before):
        return False
    if PAST_VERB.search(before):
        return True
    return cut == start and len(before.split()) <= SENTENCE_OPENING_WORDS and bool(PAST_VERB.search(after)) \
        and not NOT_PAST.search(after)


TO_COME = re.compile(r"\b(?:will|won't|shall|scheduled|expected|anticipated|due|plans?|planned|planning|next|upcoming|"
                     r"set\s+(?:to|for)|is\s+to|are\s+to|until)\b", re.I)


def told_as_to_come(text: str, timex: Timex) -> bool:
    """A year told as what is to come: its own clause before it speaks of the future ("will not catch up until
    mid-2007", "set for release in the second half of 2007"), or the sentence opens with it and goes on so
    ("Beginning in 2008, the company plans to ..."). Such a year says nothing of how late the news is."""
    start, end = _sentence(text, timex.span.start, timex.span.end)
    cut = max((m.end() for m in CLAUSE_BREAK.finditer(text, start, timex.span.start)), default=start)
    if TO_COME.search(text[cut:timex.span.start]):
        return True
    return cut == start and len(text[cut:timex.span.start].split()) <= SENTENCE_OPENING_WORDS \
        and bool(TO_COME.search(text[timex.span.end:end]))


def resolve_told(text: str, timex: Timex, anchor: dt.date, nearest: bool = False) -> Timex:
    """The expression resolved against the anchor as its text tells it: a weekday told as what is to come ("his
    trial is set to begin Monday", "will meet on Friday") is the next such day, not the last one."""
    if timex.kind == "weekday" and not nearest and told_as_to_come(text, timex) \
            and not timex.span.text.lower().startswith(("last", "next")):
        target = WEEKDAYS.index(re.search(WEEKDAY_RE, timex.span.text, re.I).group(0).lower())
        day = anchor + dt.timedelta(days=(target - anchor.weekday()) % 7)
        return Timex(timex.span, timex.kind, DateValue(day.isoformat(), "day", "relative-to-publication",
                                                       timex.span.text, timex.span))
    return resolve(timex, anchor, nearest=nearest)
