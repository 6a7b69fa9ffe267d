"""Publication dates: metadata, page header, dateline or content — and republications told apart.

Evidence, strongest first: an HTML page's own metadata (htmldate) or a JSON record's ``published``; a
dateline at the top of the body; a date line at the top of scraped text (a *page* date, which may be
the day the page was shown rather than written). When the page date lies far after every date the
article itself speaks of, the article is a republication: both dates are kept and it is flagged.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter
from collections.abc import Mapping, Sequence

from crosswire.models import Annotation, DateValue, Document, RawInput, Span

from crosswire.date.timex import WEEKDAY_RE, WEEKDAYS, Timex, find_timexes, parse_explicit, resolve, to_date

DATELINE = re.compile(r"^[A-Z][A-Za-z .'-]{1,40},?\s*(?:\([A-Za-z. ]+\))?\s*[-–—:]")
REPUBLISHED_AFTER_DAYS = 60


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
            return found
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
    return None


def page_date(doc: Document) -> DateValue | None:
    """The date line cleaning removed from the top of scraped text, if any."""
    for r in doc.removed:
        if r.reason == "page-date":
            value = _explicit(r.text, "page-header", r.text)
            if value:
                return value
    return None


def story_year(documents: Sequence[Document], timexes: Mapping[str, list[Timex]]) -> tuple[int, str, Span] | None:
    """With no trusted date anywhere, the year of the story from its own words: the event's weekday
    (the weekday the articles name most) must fall on a month-day they name, in a year no earlier than
    the latest year they mention and no later than any page date; among such years, the one where the
    month-days they name fall on the weekdays they name most often (later year on a tie)."""
    weekdays = Counter(re.search(WEEKDAY_RE, t.span.text, re.I).group(0).lower()
                       for ts in timexes.values() for t in ts if t.kind == "weekday")
    years = [int(t.span.text) if t.kind == "year" else to_date(t.value).year
             for ts in timexes.values() for t in ts if t.kind in ("year", "month_year", "full") and
             (t.kind == "year" or t.value is not None)]
    if not weekdays:
        return None
    weekday = WEEKDAYS.index(weekdays.most_common(1)[0][0])
    low = max(years) if years else None
    pages = [to_date(p).year for p in (page_date(d) for d in documents) if p]
    high = max(pages) if pages else (low + 5 if low else None)
    if low is None or high is None:
        return None
    month_days = [t for ts in timexes.values() for t in ts if t.kind == "month_day"]
    # each candidate year scores how well the month-days it gives fall on the weekdays the story names
    best = None
    for year in range(low, high + 1):
        score, hit = 0, None
        for t in month_days:
            resolved = resolve(t, dt.date(year, 12, 31))
            if not resolved.value or to_date(resolved.value).year != year:
                continue
            day = to_date(resolved.value)
            score += weekdays.get(WEEKDAYS[day.weekday()], 0)
            if day.weekday() == weekday and hit is None:
                hit = (resolved.value.value, t.span)
        if hit and (best is None or score >= best[0]):
            best = (score, year, hit)
    return (best[1], best[2][0], best[2][1]) if best else None


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
