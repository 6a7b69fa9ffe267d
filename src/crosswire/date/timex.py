"""Time expressions: found by patterns, resolved against an anchor date with their precision.

dateparser reads explicit dates ("November 8, 2021", "8 November 2021", "2021-11-08", "July 2020").
Our own rules cover what it gets wrong for news (measured): weekday names resolve to the most recent such
day on or before the anchor (news is written in the past tense), "early Sunday" / "Sunday morning" keep
day precision, "last month" and "earlier this month" keep month precision instead of copying the anchor's
day, a bare year ("in 2003", "the 2020 strike") stays a year, and a month-day without a year takes the
anchor's year unless that would put it well after the anchor.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from crosswire.models import DateValue, Span

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
# an abbreviation without its full stop counts where no word can be meant ("Apr 12"; "Mar", "Jun", "Jul" only
# before a number)
MONTH_RE = (r"(?:Jan(?:uary|\s?\.)?|Feb(?:ruary|\s?\.)?|March|Mar(?:\s?\.|(?=\s\d))|April|Apr(?:\s?\.)?|May|June|"
            r"Jun(?:\s?\.|(?=\s\d))|July|Jul(?:\s?\.|(?=\s\d))|"
            r"Aug(?:ust|\s?\.)?|Sept?(?:ember|\s?\.)?|Oct(?:ober|\s?\.)?|Nov(?:ember|\s?\.)?|Dec(?:ember|\s?\.)?)")
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
WEEKDAY_RE = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
PART = r"(?:\s+(?:morning|afternoon|evening|night))"
YEAR_RE = r"(?:1[89]\d\d|20\d\d)"
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "several": 3, "few": 3}

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("full", re.compile(rf"\b(?:{WEEKDAY_RE}\s*,?\s+)?(?:{MONTH_RE}\s+\d{{1,2}}(?:st|nd|rd|th)?\s*,?\s+{YEAR_RE}|"
                        rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_RE}\s*,?\s+{YEAR_RE}|{YEAR_RE}-\d\d-\d\d)\b")),
    ("month_year", re.compile(rf"\b{MONTH_RE}\s*,?\s+(?:of\s+)?{YEAR_RE}\b")),
    ("month_day", re.compile(rf"\b(?:{MONTH_RE}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?"
                             rf"{MONTH_RE})(?!\w)(?!\.\d)(?![,\s]*\d)")),
    ("weekday", re.compile(rf"\b(?:(?:early|late|last|this|next|on)\s+)?{WEEKDAY_RE}{PART}?\b|"
                           rf"\b(?:early|late)\s+(?:(?:on|in)\s+)?{WEEKDAY_RE}\b|"
                           rf"\bthe\s+early\s+hours\s+of\s+{WEEKDAY_RE}{PART}?\b", re.I)),
    ("relative", re.compile(r"\b(?:(?:earlier|later|late|early)\s+)?(?:this|last|next|past)\s+(?:week|month|year)\b|"
                            r"\b(?:yesterday|today|tomorrow|last|this|early\s+this|late\s+this)\s+"
                            r"(?:morning|afternoon|evening|night)\b|"
                            r"\b(?:yesterday|today|tonight|tomorrow)\b|"
                            r"\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few)\s+"
                            r"(?:days?|weeks?|months?|years?)\s+ago\b", re.I)),
    ("month", re.compile(rf"\b(?:(?i:in|since|until|by|during|early|late|mid-?)\s+){MONTH_RE}\b(?![,\s]*\d)")),
    ("year", re.compile(rf"(?:\b(?i:in|since|of|by|until|from|before|after|during|early|late|mid-?|through|throughout|"
                        rf"the|between|and|"
                        rf"christmas|easter|thanksgiving|summer|spring|autumn|fall|winter)\s+)"  # "Christmas 2002"
                        rf"({YEAR_RE})\b(?![,.]?\d)(?!\s*[x×]\s*\d)")),  # not "1920 x 1200"
]


CAPITALS = re.compile(r"\b[A-Z]{3,}\b")


@dataclass(frozen=True, slots=True)
class Timex:
    """A time expression in a document: where it is, what kind, and (once resolved) its date."""

    span: Span
    kind: str
    value: DateValue | None = None


def find_timexes(doc_id: str, text: str) -> list[Timex]:
    """Every time expression in the text, longest pattern first, never overlapping. Words in capitals
    ("PUBLISHED: MONDAY, MARCH 11, 2013") are read as capitalised words; spans keep the text as written.
    (Dating a document, voting the event date and the timeline each read a document's expressions: they
    are found once; Timex records are immutable.)"""
    return list(_find_timexes(doc_id, text))


@lru_cache(maxsize=4096)  # more than the documents of a large story: each stage reads them all in turn
def _find_timexes(doc_id: str, text: str) -> tuple[Timex, ...]:
    taken: list[tuple[int, int]] = []
    found: list[Timex] = []
    seen = CAPITALS.sub(lambda m: m.group(0).capitalize(), text)  # same length: offsets are shared
    for kind, pattern in PATTERNS:
        for m in pattern.finditer(seen):
            start, end = (m.start(1), m.end(1)) if kind == "year" else (m.start(), m.end())
            if kind == "weekday" and text[start:end].lower().startswith("on "):
                start += 3
            if any(s < end and start < e for s, e in taken):
                continue
            if kind == "month" and not re.match(r"(?i:in|since|until|by|during|early|late|mid)", seen[start:end]):
                continue
            taken.append((start, end))
            found.append(Timex(Span(doc_id, start, end, text[start:end]), kind))
    return tuple(sorted(found, key=lambda t: t.span.start))


def _month_number(word: str) -> int:
    return next(k for k, name in enumerate(MONTHS, 1) if word.lower().rstrip(".").startswith(name.lower()[:3]))


def _value(day: dt.date, precision: str) -> str:
    return {"year": f"{day.year:04d}", "month": f"{day.year:04d}-{day.month:02d}"}.get(precision, day.isoformat())


def parse_explicit(text: str) -> tuple[dt.date, str] | None:
    """An explicit date through dateparser, with the precision it found ('day', 'month', 'year')."""
    from dateparser.date import DateDataParser

    text = re.sub(r"\s+([.,])", r"\1", text)
    data = DateDataParser(languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first",
                                                      "REQUIRE_PARTS": ["year"]}).get_date_data(text)
    if data is None or data.date_obj is None:
        return None
    return data.date_obj.date(), data.period or "day"


def _shift_months(day: dt.date, months: int) -> dt.date:
    total = day.year * 12 + day.month - 1 + months
    return dt.date(total // 12, total % 12 + 1, 1)


def resolve(timex: Timex, anchor: dt.date, basis: str = "relative-to-publication", nearest: bool = False) -> Timex:
    """The timex with its value resolved against ``anchor`` (None when it cannot be resolved).

    Against a publication date a weekday is the latest such day on or before it; with ``nearest`` (the
    anchor is the event, not the writing) it is the closest such day, so "on Monday" after a Sunday event
    is the next day."""
    text = CAPITALS.sub(lambda m: m.group(0).capitalize(), timex.span.text)
    low = text.lower()
    value: tuple[dt.date, str] | None = None
    kind = timex.kind
    if kind in ("full", "month_year"):
        parsed = parse_explicit(text)
        if parsed:
            value = (parsed[0], "month" if kind == "month_year" else parsed[1])
        basis = "explicit"
    elif kind == "year":
        value = (dt.date(int(text), 1, 1), "year")
        basis = "explicit"
    elif kind == "month_day":
        m = re.search(r"\d{1,2}", text)
        month = _month_number(re.search(MONTH_RE, text).group(0))
        day_number = int(m.group(0))
        try:
            day = dt.date(anchor.year, month, day_number)
            if day > anchor + dt.timedelta(days=45):
                day = dt.date(anchor.year - 1, month, day_number)
            value = (day, "day")
        except ValueError:
            value = None
    elif kind == "month":
        month = _month_number(re.search(MONTH_RE, text).group(0))
        year = anchor.year if month <= anchor.month else anchor.year - 1
        value = (dt.date(year, month, 1), "month")
    elif kind == "weekday":
        target = WEEKDAYS.index(re.search(WEEKDAY_RE, text, re.I).group(0).lower())
        delta = (anchor.weekday() - target) % 7
        if nearest and not low.startswith(("last", "next")):
            day = anchor - dt.timedelta(days=delta if delta <= 3 else delta - 7)
        elif low.startswith("next"):
            day = anchor + dt.timedelta(days=(target - anchor.weekday()) % 7 or 7)
        else:
            if low.startswith("last") and delta == 0:
                delta = 7
            day = anchor - dt.timedelta(days=delta)
        value = (day, "day")
        basis = "relative-to-event" if nearest else basis
    elif kind == "relative":
        if "yesterday" in low or low == "last night":
            value = (anchor - dt.timedelta(days=1), "day")
        elif "tomorrow" in low:
            value = (anchor + dt.timedelta(days=1), "day")
        elif re.search(r"\b(?:morning|afternoon|evening|night)$", low):
            value = (anchor, "day")
        elif "today" in low or "tonight" in low:
            value = (anchor, "day")
        elif low.endswith("ago"):
            n = re.match(r"(\w+)", low).group(1)
            count = int(n) if n.isdigit() else NUMBER_WORDS.get(n, 1)
            if "day" in low:
                value = (anchor - dt.timedelta(days=count), "day")
            elif "week" in low:
                value = (anchor - dt.timedelta(days=7 * count), "month")
            elif "month" in low:
                value = (_shift_months(anchor, -count), "month")
            else:
                value = (dt.date(anchor.year - count, 1, 1), "year")
        else:
            unit = low.split()[-1]
            step = -1 if re.search(r"\b(?:last|past)\b", low) else (1 if "next" in low else 0)
            if unit == "week":
                value = (anchor + dt.timedelta(days=7 * step), "month")
            elif unit == "month":
                value = (_shift_months(anchor, step), "month")
            else:
                value = (dt.date(anchor.year + step, 1, 1), "year")
    if value is None:
        return timex
    day, precision = value
    precision = precision if precision in ("year", "month", "day") else "day"
    return Timex(timex.span, kind, DateValue(_value(day, precision), precision, basis, timex.span.text, timex.span))


def to_date(value: DateValue) -> dt.date:
    parts = [int(p) for p in value.value[:10].split("-")]
    return dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


URL_MONTHS = {m[:3].lower(): k for k, m in enumerate(MONTHS, 1)}
URL_DATE = re.compile(r"(?<!\d)(20\d\d|19\d\d)([/_-]?)(\d\d|[a-z]{3})\2(\d\d)(?!\d)", re.I)


def url_date(url: str | None) -> str | None:
    """The day a URL names (``/2013/may/03/``, ``/2021/10/18/``, ``2021-10-18``, ``20211018``), if any."""
    for m in URL_DATE.finditer(url or ""):
        year, month, day = int(m.group(1)), m.group(3).lower(), int(m.group(4))
        month_n = URL_MONTHS.get(month[:3]) if month.isalpha() else int(month)
        try:
            return dt.date(year, month_n or 0, day).isoformat()
        except ValueError:
            continue
    return None
