"""Publication dates: metadata, page header, dateline or content — and republications told apart.

Evidence, strongest first: an HTML page's own metadata (htmldate) or a JSON record's ``published`` (a time
given in UTC takes the local day of the page's own stamp when that names the day before or after); a
dateline at the top of the body or a date stamp line near it; the day the page's address names; a date
line at the top of scraped text (a *page* date, which may be the day the page was shown rather than
written). When the page date lies far after every date the
article itself speaks of, the article is a republication: both dates are kept and it is flagged.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter
from collections.abc import Mapping, Sequence

from crosswire.models import Annotation, DateValue, Document, RawInput, Span

from crosswire.date.event import is_deadline, is_stamp
from crosswire.date.spans import (least_year, month_after_last_month, told_as_before, told_as_to_come,
                                  told_last_month)
from crosswire.date.timex import (WEEKDAY_RE, YEAR_RE, WEEKDAYS, Timex, find_timexes, parse_explicit, resolve,
                                  to_date, url_date)

DATELINE = re.compile(r"^[A-Z][A-Za-z .'-]{1,40},?\s*(?:\([A-Za-z. ]+\))?\s*[-–—:]")
REPUBLISHED_AFTER_DAYS = 60
CHANCE = 1.5  # a year told by its month-days falling on the story's weekdays must fit this much better than any other
LEAD_CHARS = 300  # characters from the top of the text that count as the lead
STAMP_WINDOW = 400  # characters from the top of the text where a date stamp line dates the page
CLOCK = re.compile(r"\d[T ]\d{1,2}:\d{2}")  # a publication date given with its time of day


def _explicit(text: str, basis: str, evidence: str | None = None, span: Span | None = None) -> DateValue | None:
    parsed = parse_explicit(text)
    if parsed is None:
        return None
    day, period = parsed
    precision = {"year": "year", "month": "month"}.get(period, "day")
    value = {"year": f"{day.year:04d}", "month": f"{day.year:04d}-{day.month:02d}"}.get(precision, day.isoformat())
    return DateValue(value, precision, basis, evidence or text, span)


def own_date(doc: Document, raw: RawInput | None) -> DateValue | None:
    """The date the input itself states for the article, before looking at its content."""
    if raw is not None and isinstance(raw.fields.get("published"), str):
        found = _explicit(raw.fields["published"], "metadata")
        if found:
            return local_day(doc, raw.fields["published"], found)
    if raw is not None and raw.format == "html":
        from htmldate import find_date

        html = raw.data.decode("utf-8", errors="replace")
        found = find_date(html, original_date=True, extensive_search=True, outputformat="%Y-%m-%d")
        if found:
            return DateValue(found, "day", "metadata", f"page metadata: {found}")
    first = doc.text.split("\n\n", 1)[0][:200]
    head = DATELINE.match(first)
    if head:
        window = first[: head.end() + 40]
        for t in find_timexes(doc.id, window):
            if t.kind == "full":
                value = _explicit(t.span.text, "dateline", span=t.span)
                if value:
                    return value
    # a date stamp line near the top of the text ("Posted Oct 26, 2011 8:57 AM CDT") dates the page;
    # the first one counts (an "Updated" stamp comes after the "Published" one)
    top = doc.text[:STAMP_WINDOW]
    for t in find_timexes(doc.id, top):
        if t.kind == "full" and is_stamp(doc.text, t):
            value = _explicit(t.span.text, "dateline", span=t.span)
            if value and value.precision == "day":
                return value
    # the day the page's address names (``/2013/03/11/``), as publishers file their articles
    url = doc.url or (raw.fields.get("url") if raw is not None and isinstance(raw.fields.get("url"), str) else None)
    day = url_date(url)
    if day:
        return DateValue(day, "day", "url", f"page address: {url}")
    return None


def local_day(doc: Document, stated: str, found: DateValue) -> DateValue:
    """A publication time (``2013-03-12T04:51Z``) names an instant, often in UTC; the page's own date stamp
    near its top ("Monday, March 11, 2013 23:51") names the day where it was written. When the stamp names
    the day before or after, that local day dates the article (its "tonight" is that day's night)."""
    if found.precision != "day" or not CLOCK.search(stated):
        return found
    for t in find_timexes(doc.id, doc.text[:STAMP_WINDOW]):
        if t.kind == "full" and is_stamp(doc.text, t):
            stamp = _explicit(t.span.text, "metadata", span=t.span)
            if stamp is not None and stamp.precision == "day" and abs((to_date(stamp) - to_date(found)).days) == 1:
                return DateValue(stamp.value, "day", "metadata", f"{stated}, local day from the page stamp",
                                 t.span)
            return found
    return found


def page_date(doc: Document) -> DateValue | None:
    """The date line cleaning removed from the top of scraped text, if any."""
    for r in doc.removed:
        if r.reason == "page-date":
            value = _explicit(r.text, "page-header", r.text)
            if value:
                return value
    return None


def weekday_pairs(timexes: Mapping[str, list[Timex]], texts: Mapping[str, str]) -> list[tuple[int, Timex]]:
    """A weekday written next to a date ("Thursday, December 11"; "Saturday December 13 2008"; "Tuesday
    (6 January)"): the weekday that date must fall on, and the date expression."""
    out = []
    for doc_id, ts in timexes.items():
        text = texts[doc_id]
        for a, b in zip(ts, ts[1:]):
            between = text[a.span.end:b.span.start]
            if a.kind == "weekday" and b.kind == "month_day" and re.fullmatch(r"\s*[,(]?\s*", between):
                out.append((WEEKDAYS.index(re.search(WEEKDAY_RE, a.span.text, re.I).group(0).lower()), b))
        for t in ts:
            m = re.match(WEEKDAY_RE, t.span.text, re.I)
            if t.kind == "full" and m:
                out.append((WEEKDAYS.index(m.group(0).lower()), t))
    return out


def story_year(documents: Sequence[Document], timexes: Mapping[str, list[Timex]]) -> tuple[int, str, Span] | None:
    """With no trusted date anywhere, the year of the story from its own words. A weekday written next
    to a date is the strongest evidence: the year must put that date on that weekday (and an explicit
    year written with its weekday is taken as it stands). Otherwise the event's weekday (the weekday the
    articles name most) must fall on a month-day they name, in a year no earlier than the latest year
    they mention and no later than any page date; among such years, the one where the month-days they
    name (not those told as to come, nor days in a month told as to come) fall on the weekdays they name
    most often (the earlier year on a tie: the latest year an
    article mentions is most often its own). A year found that way from a month-day deep in a body only
    counts when it fits CHANCE times better than any other year; failing that, the story stays in the latest
    year it mentions, on the day the months and days it names without a year bound (:func:`bounded_day`)."""
    # a weekday in an article's lead names its news; one further down is more often background or what
    # comes next ("will play on Sunday"), so the lead counts three times
    weekdays: Counter = Counter()
    for ts in timexes.values():
        for t in ts:
            if t.kind == "weekday":
                weekdays[re.search(WEEKDAY_RE, t.span.text, re.I).group(0).lower()] += \
                    3 if t.span.start < LEAD_CHARS else 1
    pairs = weekday_pairs(timexes, {d.id: d.text for d in documents})
    stated = Counter()
    for weekday, t in pairs:
        if t.kind == "full":
            parsed = parse_explicit(t.span.text)
            if parsed and parsed[0].weekday() == weekday:
                stated[parsed[0].year] += 1
    texts = {d.id: d.text for d in documents}
    # a year alone recalled as a past happening beside the news ("still recovering from a disaster in 2004") puts
    # the news in a later year (a day or month of a year recalled, "on September 15, 2008", may be of its year)
    # and a year told as what is to come ("will not catch up until 2007") bounds nothing
    years = [int(re.findall(YEAR_RE, t.span.text)[-1]) +
             (1 if t.kind == "year" and told_as_before(texts[t.span.doc], t) else 0)
             for ts in timexes.values() for t in ts if t.kind in ("year", "month_year", "full") and
             re.search(YEAR_RE, t.span.text) and not told_as_to_come(texts[t.span.doc], t)]
    if not weekdays:
        return None
    weekday = WEEKDAYS.index(weekdays.most_common(1)[0][0])
    low = max(years) if years else None
    least = least_year(texts, timexes, weekday)  # "after more than three years" since the year recalled most
    if least is not None and (low is None or least > low):
        low = least
    pages = [to_date(p).year for p in (page_date(d) for d in documents) if p]
    high = max(pages) if pages else (low + 5 if low else None)
    if stated:
        low = high = max(stated, key=lambda y: (stated[y], y))
    if low is None or high is None:
        return None
    candidates = list(range(low, high + 1))
    if not candidates:
        return None  # the text's years lie after every page date: nothing consistent to choose
    day_pairs = [(w, t) for w, t in pairs if t.kind == "month_day"]
    paired = False
    if day_pairs and not stated:
        def holds(year: int) -> int:
            return sum(1 for w, t in day_pairs
                       if (r := resolve(t, dt.date(year, 12, 31))).value and to_date(r.value).year == year
                       and to_date(r.value).weekday() == w)
        best_hold = max(holds(y) for y in candidates)
        if best_hold:
            candidates = [y for y in candidates if holds(y) == best_hold]
            paired = True
    # a month-day on a date stamp line is the page's own date: it counts three times; a day in a month the story
    # tells as to come is to come too ("will be available in February" ... "the date of February 11 was leaked")
    # (one written with its weekday, "Tuesday (Jan 6)", stands: "ships in late January" may be said in January)
    ahead = months_to_come(texts, timexes)
    with_weekday = {(t.span.doc, t.span.start) for _w, t in pairs}
    month_days = sorted(((3 if is_stamp(texts[t.span.doc], t) else 1, t) for ts in timexes.values() for t in ts
                         if t.kind == "month_day" and not is_deadline(texts[t.span.doc], t)
                         and not _told_as_future(texts[t.span.doc], t)  # "court is scheduled for Jan. 21"
                         and (month_of(t) not in ahead or (t.span.doc, t.span.start) in with_weekday)),
                        key=lambda wt: (-wt[0], wt[1].span.doc, wt[1].span.start))
    # each candidate year scores how well the month-days it gives fall on the weekdays the story names
    best = None
    scores: dict[int, int] = {}
    for year in candidates:
        score, hit = 0, None
        for weight, t in month_days:
            resolved = resolve(t, dt.date(year, 12, 31))
            if not resolved.value or to_date(resolved.value).year != year:
                continue
            day = to_date(resolved.value)
            score += weight * weekdays.get(WEEKDAYS[day.weekday()], 0)
            if day.weekday() == weekday and hit is None:
                hit = (resolved.value.value, t.span, weight > 1 or t.span.start < LEAD_CHARS)
        scores[year] = score
        if hit and (best is None or score > best[0]):
            best = (score, year, hit)
    if best is not None and not (stated or paired or best[2][2]) and \
            any(y != best[1] and CHANCE * s >= best[0] for y, s in scores.items()):
        best = None  # a month-day deep in a body, and another year fits about as well: chance, not the year
    if best is None and stated:
        year = low
        shown = next(t for _w, t in pairs
                     if t.kind == "full" and (p := parse_explicit(t.span.text)) and p[0].year == year)
        return year, parse_explicit(shown.span.text)[0].isoformat(), shown.span
    if best is None and not stated and low is not None:
        bounded = bounded_day(low, weekday, timexes, texts)
        if bounded is not None:
            return bounded[0].year, bounded[0].isoformat(), bounded[1]
    return (best[1], best[2][0], best[2][1]) if best else None


def bounded_day(year: int, weekday: int, timexes: Mapping[str, list[Timex]],
                texts: Mapping[str, str]) -> tuple[dt.date, Span] | None:
    """The day of an undated story in a year it names, from the months and days it speaks of without a year
    (a year left out is the year of writing): the news comes after the latest of them that is told as past
    and before the earliest told as a limit ("back to normal by Dec. 31"); one told as what is to come ("will
    be held in November"), nor does a day in a month the story tells as to come (:func:`months_to_come`); a
    day told as to come ("court appearance scheduled for Jan. 21") is a limit when a past day is named too, in
    the next year when it falls before that past day. The story's weekday closest to the limit, or else the
    first one after the latest past day; None when no such day is named."""
    after: tuple[dt.date, Span] | None = None
    before: tuple[dt.date, Span] | None = None
    named: set[tuple[int, int]] = set()  # the months of the past days and months the story names
    ahead = months_to_come(texts, timexes)
    coming: list[tuple[dt.date, Span]] = []  # days told as to come
    for ts in timexes.values():
        for t in ts:
            if t.kind not in ("month_day", "month"):
                continue
            resolved = resolve(t, dt.date(year, 12, 31))
            if resolved.value is None or to_date(resolved.value).year != year:
                continue
            day = to_date(resolved.value)
            if t.kind == "month_day" and _told_as_future(texts[t.span.doc], t):
                coming.append((day, t.span))  # "their court appearance is scheduled for Jan. 21"
                continue
            if _told_as_future(texts[t.span.doc], t) or day.month in ahead:
                continue  # "the vote will be held in November" says nothing of when the news happened
            if is_deadline(texts[t.span.doc], t):
                if before is None or (day, t.span.doc, t.span.start) < (before[0], before[1].doc, before[1].start):
                    before = (day, t.span)
            else:
                named.add((day.year, day.month))
                if after is None or (day, t.span.doc, t.span.start) > (after[0], after[1].doc, after[1].start):
                    after = (day, t.span)
    if after is not None and told_last_month(texts, timexes):
        # something told as "last month" lies in a month the story names: the news is in the month after
        after = (month_after_last_month(after[0], named), after[1])
    if after is not None:
        before = _first_to_come(before, after[0], coming)
    if before is not None and (after is None or before[0] > after[0]):
        day = before[0] - dt.timedelta(days=(before[0].weekday() - weekday - 1) % 7 + 1)
        if after is None or day >= after[0]:
            return day, before[1]
    if after is None:
        return None
    return after[0] + dt.timedelta(days=(weekday - after[0].weekday()) % 7), after[1]


def _first_to_come(limit: tuple[dt.date, Span] | None, past: dt.date,
                   coming: Sequence[tuple[dt.date, Span]]) -> tuple[dt.date, Span] | None:
    """The earliest limit on the news: the given one, or a day told as to come after the latest past day; a day
    to come that falls before that past day in the same year lies in the next year (early December is past,
    the court date of Jan. 21 to come: the news is in the January after)."""
    for day, span in sorted(coming, key=lambda c: (c[0], c[1].doc, c[1].start)):
        if day <= past:
            try:
                day = day.replace(year=day.year + 1)
            except ValueError:  # February 29
                continue
        if limit is None or (day, span.doc, span.start) < (limit[0], limit[1].doc, limit[1].start):
            limit = (day, span)
    return limit


def months_to_come(texts: Mapping[str, str], timexes: Mapping[str, list[Timex]]) -> set[int]:
    """The months (1-12) a story names, without a year or day, more often as what is to come ("will be available
    in February") than as past ("sales fell in February")."""
    ahead: Counter = Counter()
    for ts in timexes.values():
        for t in ts:
            if t.kind == "month" and (month := month_of(t)) is not None:
                ahead[month] += 1 if told_as_to_come(texts[t.span.doc], t) else -1
    return {month for month, lead in ahead.items() if lead > 0}


def month_of(timex: Timex) -> int | None:
    """The month a month or month-day expression names."""
    resolved = resolve(timex, dt.date(2000, 12, 31))
    return to_date(resolved.value).month if resolved.value is not None else None


FUTURE = re.compile(r"\b(?:will|won't|would|shall|scheduled|expected|due|plans?|planned|planning|next|upcoming|"
                    r"coming|set\s+to|is\s+to|are\s+to)\b", re.I)


def _told_as_future(text: str, timex: Timex) -> bool:
    """The clause before the expression, from its sentence start, speaks of what is to come."""
    start = max(text.rfind(".", 0, timex.span.start), text.rfind("\n", 0, timex.span.start),
                text.rfind(";", 0, timex.span.start), timex.span.start - 120)
    return bool(FUTURE.search(text[start + 1:timex.span.start]))


def date_documents(documents: Sequence[Document], annotations: Sequence[Annotation],
                   raws: Mapping[str, RawInput]) -> list[Document]:
    """Documents with ``published`` (value, precision, basis, evidence), ``page_date`` and the
    ``republished`` flag filled in, in the same order."""
    del annotations  # dates come from metadata and text patterns; the parse is not needed here
    timexes = {d.id: find_timexes(d.id, d.text) for d in documents}
    owns = {d.id: own_date(d, raws.get(d.id)) for d in documents}
    trusted = [to_date(v) for v in owns.values() if v is not None]
    inferred = None if trusted else story_year(documents, timexes)
    out = []
    for doc in documents:
        published, shown, flags = owns[doc.id], page_date(doc), list(doc.flags)
        anchor = to_date(published) if published else (to_date(shown) if shown else None)
        if inferred is not None:
            anchor = dt.date.fromisoformat(inferred[1])
        elif anchor is None and trusted:
            anchor = max(trusted)
        content = _content_date(doc, timexes[doc.id], anchor, nearest=published is None) if anchor else None
        if published is None and shown is not None:
            if content and (to_date(shown) - to_date(content)).days > REPUBLISHED_AFTER_DAYS:
                flags.append("republished")
                published = content
            elif content is None or abs((to_date(shown) - to_date(content)).days) <= REPUBLISHED_AFTER_DAYS:
                published, shown = shown, None
        if published is None and content is not None:
            published = content
        out.append(dataclasses.replace(doc, published=published, page_date=shown if "republished" in flags else None,
                                       flags=tuple(flags)))
    return out


def _content_date(doc: Document, timexes: list[Timex], anchor: dt.date, nearest: bool) -> DateValue | None:
    """The latest day the article speaks of near the anchor: it was written on or after that day."""
    best: Timex | None = None
    for t in timexes:
        r = resolve(t, anchor, nearest=nearest)
        if r.value is None or r.value.precision != "day" or t.kind not in ("weekday", "month_day", "full"):
            continue
        gap = (to_date(r.value) - anchor).days
        if -10 <= gap <= 10 and (best is None or to_date(r.value) > to_date(best.value)):
            best = r
    if best is None:
        return None
    basis = "content" if best.kind in ("month_day", "full") else "inferred-from-story"
    return DateValue(best.value.value, "day", basis, best.span.text, best.span)
