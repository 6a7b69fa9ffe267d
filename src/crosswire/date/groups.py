"""Two events in one story, told apart by when their documents were published.

A story's documents can cover two happenings months apart: a crime and the trial that followed it, or two
unrelated outages that a reader filed together. Documents whose trusted publication dates (metadata, page
date, dateline, page address) lie within ``GAP_DAYS`` of each other form one group. A later group that
recalls an earlier one — one of its documents names, with its year, a day or month within the earlier
group's span, or its month and day ("the Oct. 21 shooting") — is coverage of the same event and joins it
(the trial reports name the day of the crime). A later group that never does is a separate event. The event date is then voted by the larger of the
separate events (by documents; the earlier on a tie), so the smaller one's publication dates do not
bound it and its days do not outvote it. Documents without a trusted date are kept with every group.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from crosswire.models import Document

from crosswire.date.timex import Timex, resolve, to_date

GAP_DAYS = 30          # publication dates further apart than this start a new group
RECALL_SLACK_DAYS = 31  # a later group recalls an earlier one by naming a day this close before its first date


def _trusted_day(doc: Document, trusted: Sequence[str]) -> dt.date | None:
    pub = doc.published
    if pub is None or pub.basis not in trusted or pub.precision != "day":
        return None
    return to_date(pub)


def publication_groups(documents: Sequence[Document], trusted: Sequence[str]) -> list[list[Document]]:
    """Documents with a trusted day, grouped by runs of publication dates at most GAP_DAYS apart, in
    date order (within a group by date, then id)."""
    dated = sorted(((day, d) for d in documents if (day := _trusted_day(d, trusted)) is not None),
                   key=lambda pair: (pair[0], pair[1].id))
    groups: list[list[Document]] = []
    last: dt.date | None = None
    for day, doc in dated:
        if last is None or (day - last).days > GAP_DAYS:
            groups.append([])
        groups[-1].append(doc)
        last = day
    return groups


def _recalls(later: Sequence[Document], span: tuple[dt.date, dt.date],
             found: Mapping[str, Sequence[Timex]]) -> bool:
    """A document of the later group names, with its year, a day or month inside the earlier span."""
    first, last = span
    start = first - dt.timedelta(days=RECALL_SLACK_DAYS)
    month_days = {(start + dt.timedelta(days=k)).strftime("%m-%d") for k in range((last - start).days + 1)}
    for doc in later:
        for t in found[doc.id]:
            if t.kind == "month_day":
                # "the Oct. 21 shooting" in a report of the trial two years on: the year is left out
                value = resolve(t, last).value
                if value is not None and value.value[5:] in month_days:
                    return True
                continue
            if t.kind not in ("full", "month_year"):
                continue
            value = resolve(t, first).value
            if value is None:
                continue
            day = to_date(value)
            if value.precision == "month":
                month_end = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1) - dt.timedelta(days=1)
                if day <= last and month_end >= first - dt.timedelta(days=RECALL_SLACK_DAYS):
                    return True
            elif first - dt.timedelta(days=RECALL_SLACK_DAYS) <= day <= last:
                return True
    return False


def news_documents(documents: Sequence[Document], trusted: Sequence[str],
                   found: Mapping[str, Sequence[Timex]]) -> set[str]:
    """The ids of the documents that vote the event date: those of the largest separate event (the
    earliest on a tie) and every document without a trusted date; all of them when there is one event."""
    groups = publication_groups(documents, trusted)
    if len(groups) < 2:
        return {d.id for d in documents}
    events: list[list[Document]] = []
    spans: list[tuple[dt.date, dt.date]] = []
    for group in groups:
        days = [_trusted_day(d, trusted) for d in group]
        span = (min(days), max(days))
        joined = next((k for k, earlier in enumerate(spans) if _recalls(group, earlier, found)), None)
        if joined is None:
            events.append(list(group))
            spans.append(span)
        else:
            events[joined] += group
            spans[joined] = (spans[joined][0], max(spans[joined][1], span[1]))
    chosen = max(range(len(events)), key=lambda k: (len(events[k]), -k))
    undated = {d.id for d in documents if _trusted_day(d, trusted) is None}
    return {d.id for d in events[chosen]} | undated
