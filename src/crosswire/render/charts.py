"""Charts drawn on the server, so the web app and the self-contained report.html show the same pictures:
the timeline (when things happened vs when each outlet reported them) as inline SVG, and the coverage
matrix (claims × outlets: who reports what, from an origin of its own, citing another outlet, or copied).

SVG uses presentation attributes and classes only (no inline style, no script): it passes a
Content-Security-Policy that forbids inline styles and scripts.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from markupsafe import Markup, escape

from crosswire.render.view import StoryView, clip, date_label

LEFT, COL, ROW, TOP = 190, 78, 30, 58
EVENT, PUBLISHED, REPUBLISHED, INK, MUTED, GRID = "#c2410c", "#1d4ed8", "#b91c1c", "#1f2937", "#6b7280", "#e5e7eb"


def _key(value: str | None) -> str:
    return (value or "")[:10]


def _gap(a: str, b: str) -> bool:
    """Consecutive columns more than a year apart get a break mark between them."""
    try:
        return int(b[:4]) - int(a[:4]) > 1
    except ValueError:
        return False


def timeline_svg(view: StoryView) -> Markup:
    """Dates on an ordinal axis (one column per distinct date, breaks where years are skipped); the first row
    shows what the articles say happened on each date, one row per outlet shows when it published,
    and a republished page is drawn at its page date, joined to the date its content carries."""
    events: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for t in view.data.get("timeline") or []:
        value = _key((t.get("date") or {}).get("value"))
        if value:
            evidence = (t.get("evidence") or [None])[0]
            events[value].append({"text": t.get("text", ""), "href": view.links.span(evidence) if evidence else None})
    event_day = _key((view.event_date or {}).get("value"))
    rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
    undated: dict[str, list[str]] = defaultdict(list)
    for d in view.documents:
        outlet, label = view.outlet[d["id"]], view.labels[d["id"]]
        pub, page = _key((d.get("published") or {}).get("value")), _key((d.get("page_date") or {}).get("value"))
        republished = "republished" in (d.get("flags") or ()) and page and page != pub
        if not pub:
            undated[outlet].append(label)
            rows.setdefault(outlet, [])
            continue
        rows[outlet].append({"label": label, "pub": pub, "page": page if republished else None,
                             "href": view.links.doc(d["id"]), "title": d.get("title") or ""})
    columns = sorted({*events, *(event_day and [event_day] or []),
                      *(x["pub"] for r in rows.values() for x in r), *(x["page"] for r in rows.values() for x in r if x["page"])})
    if not columns:
        return Markup('<p class="muted">No dates found in these articles.</p>')
    x = {c: LEFT + COL // 2 + k * COL for k, c in enumerate(columns)}
    outlets = view.outlets
    height = TOP + ROW * (len(outlets) + 1) + 30
    width = LEFT + COL * len(columns) + 20
    out = [f'<svg class="chart timeline" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" role="img" aria-labelledby="tl-title" font-family="inherit">',
           '<title id="tl-title">When things happened, and when each outlet reported them</title>']
    for k, c in enumerate(columns):  # column guides and date labels
        cx = x[c]
        if c == event_day:
            out.append(f'<rect x="{cx - COL // 2 + 4}" y="6" width="{COL - 8}" height="{height - 12}" rx="6" fill="#fff7ed"/>')
            out.append(f'<text x="{cx}" y="18" text-anchor="middle" font-size="10" font-weight="600" fill="{EVENT}">EVENT</text>')
        out.append(f'<line x1="{cx}" y1="{TOP - 6}" x2="{cx}" y2="{height - 22}" stroke="{GRID}"/>')
        day, _, year = date_label(c).rpartition(" ")
        out.append(f'<text x="{cx}" y="{TOP - 26}" text-anchor="middle" font-size="11" fill="{INK}">{escape(day or year)}</text>')
        if day:
            out.append(f'<text x="{cx}" y="{TOP - 13}" text-anchor="middle" font-size="10" fill="{MUTED}">{escape(year)}</text>')
        if k and _gap(columns[k - 1], c):
            gx = cx - COL // 2
            out.append(f'<path d="M{gx - 4} {TOP - 2} l4 -8 l4 8" fill="none" stroke="{MUTED}"/>')
    y0 = TOP + ROW // 2
    out.append(f'<text x="{LEFT - 12}" y="{y0 + 4}" text-anchor="end" font-size="12" font-weight="600" fill="{EVENT}">'
               "what happened</text>")
    out.append(f'<line x1="{LEFT}" y1="{TOP + ROW}" x2="{width - 10}" y2="{TOP + ROW}" stroke="#d1d5db"/>')
    for c, items in events.items():
        r = min(5 + 2 * (len(items) - 1), 12)
        tip = "; ".join(clip(i["text"], 120) for i in items[:4]) + (f" (+{len(items) - 4} more)" if len(items) > 4 else "")
        dot = (f'<circle cx="{x[c]}" cy="{y0}" r="{r}" fill="{EVENT}" fill-opacity="0.85"><title>{escape(date_label(c))}: '
               f'{escape(tip)}</title></circle>')
        if len(items) > 1:
            dot += f'<text x="{x[c]}" y="{y0 + 4}" text-anchor="middle" font-size="10" fill="#fff">{len(items)}</text>'
        out.append(f'<a href="{escape(items[0]["href"])}">{dot}</a>' if items[0]["href"] else dot)
    for k, outlet in enumerate(outlets, 1):
        y = TOP + ROW * k + ROW // 2
        name = clip(outlet, 26)
        out.append(f'<text x="{LEFT - 12}" y="{y + 4}" text-anchor="end" font-size="12" fill="{INK}">{escape(name)}'
                   f'<title>{escape(outlet)}</title></text>')
        if undated.get(outlet):
            out.append(f'<text x="{LEFT + 4}" y="{y + 4}" font-size="10" fill="{MUTED}">'
                       f'{escape(", ".join(undated[outlet]))}: no date</text>')
        for item in rows.get(outlet, ()):
            px = x[item["pub"]]
            tip = f'{item["label"]}: {item["title"]}, {date_label(item["pub"])}'
            if item["page"]:
                qx = x[item["page"]]
                out.append(f'<line x1="{px}" y1="{y}" x2="{qx}" y2="{y}" stroke="{REPUBLISHED}" stroke-dasharray="4 3"/>')
                out.append(f'<a href="{escape(item["href"])}"><rect x="{qx - 6}" y="{y - 6}" width="12" height="12" '
                           f'fill="#fff" stroke="{REPUBLISHED}" stroke-width="2" transform="rotate(45 {qx} {y})">'
                           f'<title>{escape(item["label"])} republished: the page is dated {escape(date_label(item["page"]))}'
                           f'</title></rect></a>')
                out.append(f'<text x="{qx}" y="{y - 10}" text-anchor="middle" font-size="9" fill="{REPUBLISHED}">'
                           "republished</text>")
                tip += f' (page dated {date_label(item["page"])})'
            out.append(f'<a href="{escape(item["href"])}"><circle cx="{px}" cy="{y}" r="9" fill="{PUBLISHED}">'
                       f'<title>{escape(tip)}</title></circle>'
                       f'<text x="{px}" y="{y + 3.5}" text-anchor="middle" font-size="9" fill="#fff">'
                       f'{escape(item["label"])}</text></a>')
    out.append("</svg>")
    return Markup("".join(out))


def coverage_matrix(view: StoryView, limit: int = 20) -> dict[str, Any]:
    """Claims × outlets. A cell says how the outlet carries the claim: ``own`` (an independent origin),
    ``cites`` (attributed to another outlet), ``copy`` (in a passage shared with another page) or nothing.
    Claims reported by several documents come first, most independent origins first."""
    claims = sorted(view.claims.values(), key=lambda c: (-len(c.get("docs") or ()), -(c.get("independent_sources") or 0),
                                                        c.get("id", "")))
    shown = [c for c in claims if len(c.get("docs") or ()) > 1][:limit]
    rows = []
    tally: dict[str, dict[str, int]] = {o: {"own": 0, "cites": 0, "copy": 0} for o in view.outlets}
    for c in shown:
        origins = set(c.get("origins") or ())
        cells: dict[str, dict[str, Any]] = {}
        for s in c.get("statements") or ():
            doc = view.by_id.get(s.get("doc"))
            if doc is None:
                continue
            outlet = view.outlet[doc["id"]]
            via = (s.get("attribution") or {}).get("via") or []
            if via:
                state = "cites"
            elif ("outlet:" + doc["outlet"].lower() if doc.get("outlet") else "doc:" + doc["id"]) in origins:
                state = "own"
            else:
                state = "copy"
            rank = {"own": 0, "cites": 1, "copy": 2}[state]
            if outlet not in cells or rank < cells[outlet]["rank"]:
                cells[outlet] = {"state": state, "rank": rank, "href": view.links.span(s),
                                 "title": f"{view.labels[doc['id']]}: {clip(s.get('text'), 160)}"
                                          + (f" (according to {via[-1]})" if via else "")}
        for outlet, cell in cells.items():
            tally[outlet][cell["state"]] += 1
        rows.append({"text": clip(c.get("text"), 160), "origins": c.get("independent_sources") or 0,
                     "status": c.get("status", ""), "cells": [cells.get(o) for o in view.outlets]})
    columns = [{"name": o, "tally": tally[o],
                "only_copies": tally[o]["copy"] > 0 and tally[o]["own"] == 0 and tally[o]["cites"] == 0}
               for o in view.outlets]
    return {"columns": columns, "rows": rows, "hidden": max(0, len([c for c in claims if len(c.get("docs") or ()) > 1])
                                                               - len(shown)),
            "single": len([c for c in claims if len(c.get("docs") or ()) <= 1])}
