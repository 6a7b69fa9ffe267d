"""A story dict (the story.json contract) → what the page templates show: document labels and outlets,
citations with their links, conflict cards, quote groups, outlet profiles and highlighted article text.

Every record is read with ``.get`` so that stories written by older and newer versions of the contract
render alike. Links come from a :class:`Links` object: the static report links to anchors in the same file,
the web app to its article view.
"""

from __future__ import annotations

import pathlib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from functools import cached_property
from typing import Any, Protocol
from urllib.parse import urlsplit

from markupsafe import Markup, escape

Span = dict[str, Any]  # {"doc", "start", "end", "text"}

# evidence kinds in the article view, strongest last (the last one present names the segment's colour)
KINDS = ("claim", "shared", "date", "quote", "conflict")
SIGNALS = (("original_share", "original text"), ("shared_share", "shared with other outlets"),
           ("attributed_share", "attributed statements"), ("hedging_rate", "hedged statements"),
           ("boilerplate_share", "page chrome removed"))


class Links(Protocol):
    def span(self, span: Span) -> str: ...

    def doc(self, doc_id: str) -> str: ...

    def anchor(self, doc_id: str, start: int, end: int) -> str: ...


class ReportLinks:
    """Links inside one self-contained report.html: documents are sections of the same page. Every span
    linked is remembered, so that the page can mark exactly those words when a link is followed (CSS only)."""

    def __init__(self, labels: dict[str, str]):
        self.labels = labels
        self.cited: set[str] = set()

    def span(self, span: Span) -> str:
        name = self.anchor(span["doc"], span["start"], span["end"])
        self.cited.add(name)
        return f"#{name}"

    def doc(self, doc_id: str) -> str:
        return f"#{self.labels.get(doc_id, doc_id)}"

    def anchor(self, doc_id: str, start: int, end: int) -> str:
        return f"{self.labels.get(doc_id, doc_id)}-{start}-{end}"

    def target_css(self) -> str:
        """A followed link marks every piece of its span: the pieces after its start anchor and before its
        end marker (the article text is one run of siblings)."""
        return "".join(f"#{a}:target~mark:not(#{a}-end~*){{background:#fde047}}" for a in sorted(self.cited))


def clip(text: str | None, n: int = 220) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 1] + "…"


def outlet_name(doc: dict[str, Any]) -> str:
    """The outlet as a reader knows it: the named outlet, else the site of the URL, else the file name."""
    if doc.get("outlet"):
        return doc["outlet"]
    host = urlsplit(doc.get("url") or "").hostname
    if host:
        return host.removeprefix("www.")
    return pathlib.PurePosixPath(doc.get("source") or doc.get("id") or "?").stem or "?"


def date_label(value: str | None) -> str:
    """2021-11-07 → 7 Nov 2021; 2021-11 → Nov 2021; anything else as given."""
    months = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
    v = (value or "")[:10]
    parts = v.split("-")
    try:
        if len(parts) == 3:
            return f"{int(parts[2])} {months[int(parts[1]) - 1]} {parts[0]}"
        if len(parts) == 2:
            return f"{months[int(parts[1]) - 1]} {parts[0]}"
    except (ValueError, IndexError):
        pass
    return value or "date unknown"


class StoryView:
    """Everything a story page shows, computed once from the story dict."""

    def __init__(self, data: dict[str, Any], links: Links | None = None):
        self.data = data
        head = data.get("story") or {}
        self.id = head.get("id", "")
        self.title = head.get("title") or "Untitled story"
        self.event_date = head.get("event_date")
        self.generator = head.get("generator", "")
        self.documents = data.get("documents") or []
        self.labels = {d["id"]: f"D{k}" for k, d in enumerate(self.documents, 1)}
        self.links: Links = links or ReportLinks(self.labels)
        self.by_id = {d["id"]: d for d in self.documents}
        self.outlet = {d["id"]: outlet_name(d) for d in self.documents}
        self.claims = {c["id"]: c for c in data.get("claims") or []}
        self.outlets = sorted(set(self.outlet.values()), key=lambda o: (self._first_label(o), o))
        self._evidence: dict[str, set[tuple[int, int, str]]] | None = None

    def _first_label(self, outlet: str) -> int:
        return min(int(self.labels[d][1:]) for d, o in self.outlet.items() if o == outlet)

    # -- small pieces the templates use ------------------------------------------------------------
    def cite(self, span: Span | None) -> dict[str, Any] | None:
        if not span or span.get("doc") not in self.by_id:
            return None
        return {"label": self.labels[span["doc"]], "outlet": self.outlet[span["doc"]], "href": self.links.span(span),
                "text": span.get("text", ""), "start": span["start"], "end": span["end"]}

    def cites(self, spans: Iterable[Span]) -> list[dict[str, Any]]:
        return [c for c in (self.cite(s) for s in spans) if c]

    def counts(self) -> dict[str, int]:
        origins = {o for c in self.claims.values() for o in c.get("origins") or ()}
        return {"documents": len(self.documents), "outlets": len(self.outlets), "origins": len(origins),
                "claims": len(self.claims), "conflicts": len(self.data.get("conflicts") or []),
                "quotes": len(self.data.get("quotes") or [])}

    def event(self) -> dict[str, Any] | None:
        e = self.event_date
        if not e:
            return None
        return {"value": e.get("value"), "label": date_label(e.get("value")), "precision": e.get("precision"),
                "basis": e.get("basis"), "evidence": self.cite(e.get("span"))}

    @cached_property
    def rows(self) -> dict[str, dict[str, Any]]:
        """One row per document (label, outlet, title, dates, notes), by document id."""
        return {r["id"]: r for r in self.document_rows()}

    def document_rows(self) -> list[dict[str, Any]]:
        rows = []
        for d in self.documents:
            pub, page = d.get("published") or {}, d.get("page_date") or {}
            rows.append({
                "id": d["id"], "label": self.labels[d["id"]], "outlet": self.outlet[d["id"]],
                "title": d.get("title") or "(untitled)", "href": self.links.doc(d["id"]),
                "published": date_label(pub.get("value")) if pub else "date unknown",
                "published_basis": pub.get("basis"), "published_evidence": self.cite(pub.get("span")),
                "republished": "republished" in (d.get("flags") or ()),
                "page_date": date_label(page.get("value")) if page else None,
                "words": len((d.get("text") or "").split()), "byline": d.get("byline"), "url": d.get("url"),
                "source": d.get("source"), "cites": d.get("cites") or [], "removed": len(d.get("removed") or []),
                "shares": [{"label": self.labels.get(s.get("doc"), s.get("doc")), "outlet": self.outlet.get(s.get("doc"), "?"),
                            "fraction": s.get("fraction", 0.0)} for s in d.get("shares") or []],
            })
        return rows

    # -- sections ------------------------------------------------------------------------------------
    def summary(self) -> list[dict[str, Any]]:
        out = []
        for s in self.data.get("summary") or []:
            spans: dict[str, Span] = {}
            for cid in s.get("claims") or ():
                for st in (self.claims.get(cid) or {}).get("statements") or ():
                    spans.setdefault(st["doc"], st)
            docs = s.get("docs") or sorted(spans)
            cites = [c for c in (self.cite(spans.get(d)) for d in docs) if c]
            cites += [{"label": self.labels[d], "outlet": self.outlet[d], "href": self.links.doc(d), "text": ""}
                      for d in docs if d not in spans and d in self.labels]
            out.append({"text": s.get("text", ""), "cites": sorted(cites, key=lambda c: int(c["label"][1:]))})
        return out

    def conflicts(self) -> list[dict[str, Any]]:
        out = []
        for c in self.data.get("conflicts") or []:
            sides = []
            for side in c.get("sides") or []:
                statements = side.get("statements") or []
                docs = side.get("docs") or sorted({s["doc"] for s in statements}, key=lambda d: self.labels.get(d, d))
                outlets = sorted({self.outlet.get(d, d) for d in docs})
                origins = side.get("origins")
                if isinstance(origins, list):
                    origins = len(origins)
                sides.append({
                    "value": side.get("value") or "", "outlets": outlets, "docs": [self.labels.get(d, d) for d in docs],
                    "origins": origins, "statements": self.cites(statements), "is_latest": bool(side.get("latest")),
                    "is_update": bool(side.get("update")), "first": side.get("first_published") or side.get("published")})
            out.append({"id": c.get("id", ""), "kind": c.get("kind", ""),
                        "topic": c.get("topic") or c.get("kind") or "disagreement", "sides": sides,
                        "explanation": c.get("explanation"), "is_update": bool(c.get("update"))})
        return out

    def quote_groups(self) -> list[dict[str, Any]]:
        """Quotes by speaker; within a speaker, every rendering of the same utterance together."""
        names = {e["id"]: e.get("name") for e in self.data.get("entities") or []}
        speakers: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
        for q in self.data.get("quotes") or []:
            who = names.get(q.get("speaker") or "") or q.get("speaker_text") or "Unattributed"
            cite = self.cite(q)
            if not cite:
                continue
            cite.update(cue=q.get("cue"), channel=q.get("channel"), direct=q.get("direct", True))
            speakers[who][q.get("group") or q.get("id") or f"{q['doc']}:{q['start']}"].append(cite)
        out = []
        for who, groups in speakers.items():
            utterances = [sorted(g, key=lambda c: (int(c["label"][1:]), c["start"])) for g in groups.values()]
            utterances.sort(key=lambda g: (-len(g), int(g[0]["label"][1:]), g[0]["start"]))
            out.append({"speaker": who, "utterances": utterances, "count": sum(len(g) for g in utterances)})
        out.sort(key=lambda s: (s["speaker"] == "Unattributed", -s["count"], s["speaker"]))
        return out

    def outlet_profiles(self) -> list[dict[str, Any]]:
        out = []
        for s in self.data.get("sources") or []:
            docs = s.get("docs") or []
            sig = s.get("signals") or {}
            name = s.get("name", "")
            if name in self.by_id:
                name = self.outlet[name]
            bars = [{"label": label, "value": float(sig[key]), "pct": round(100 * float(sig[key]))}
                    for key, label in SIGNALS if isinstance(sig.get(key), (int, float))]
            out.append({"name": name, "docs": [self.labels.get(d, d) for d in docs], "bars": bars,
                        "exclusive": sig.get("exclusive_claims"), "omitted": sig.get("omitted_claims"),
                        "statements": sig.get("statements")})
        return out

    def problems(self) -> list[dict[str, Any]]:
        return self.data.get("problems") or []

    # -- article text ---------------------------------------------------------------------------------
    def evidence_spans(self, doc_id: str) -> list[tuple[int, int, str]]:
        """Every evidence span in one document, with its kind (claim, shared, quote, conflict, date)."""
        if self._evidence is None:  # one pass over the story for all documents, on first use
            self._evidence = self._evidence_by_document()
        spans = set(self._evidence.get(doc_id, ()))
        doc = self.by_id.get(doc_id) or {}
        for date in (doc.get("published"), doc.get("page_date"), self.event_date):
            span = (date or {}).get("span")
            if span and span.get("doc") == doc_id:
                spans.add((span["start"], span["end"], "date"))
        return sorted(spans)

    def _evidence_by_document(self) -> dict[str, set[tuple[int, int, str]]]:
        """Claim, quote, conflict and timeline evidence spans, by document."""
        out: dict[str, set[tuple[int, int, str]]] = defaultdict(set)
        for c in self.claims.values():
            kind = "shared" if len(c.get("docs") or ()) > 1 else "claim"
            for s in c.get("statements") or ():
                out[s.get("doc")].add((s["start"], s["end"], kind))
        for q in self.data.get("quotes") or ():
            out[q.get("doc")].add((q["start"], q["end"], "quote"))
        for x in self.data.get("conflicts") or ():
            for side in x.get("sides") or ():
                for s in side.get("statements") or ():
                    out[s.get("doc")].add((s["start"], s["end"], "conflict"))
        for t in self.data.get("timeline") or ():
            for s in t.get("evidence") or ():
                kind = "date" if s.get("text") == (t.get("date") or {}).get("evidence") else "claim"
                out[s.get("doc")].add((s["start"], s["end"], kind))
        return out

    def document_markup(self, doc_id: str, target: tuple[int, int] | None = None) -> Markup:
        text = (self.by_id.get(doc_id) or {}).get("text") or ""
        return highlight(text, self.evidence_spans(doc_id), lambda s, e: self.links.anchor(doc_id, s, e), target,
                         ends=isinstance(self.links, ReportLinks))

    def removed(self, doc_id: str) -> list[dict[str, Any]]:
        removed = (self.by_id.get(doc_id) or {}).get("removed") or []
        return [{"reason": r.get("reason", ""), "text": r.get("text", "")} for r in removed]


def highlight(text: str, spans: list[tuple[int, int, str]], anchor: Callable[[int, int], str],
              target: tuple[int, int] | None = None, ends: bool = False) -> Markup:
    """The text escaped, cut at every span boundary; covered pieces in <mark> with the kinds covering them,
    an empty anchor where each span starts (and, with ``ends``, an end marker ``<anchor>-end`` where it
    ends), and the target span (if any) marked ``hl``."""
    n = len(text)
    spans = [(s, e, k) for s, e, k in spans if 0 <= s < e <= n]
    if target and not (0 <= target[0] < target[1] <= n):
        target = None
    events: dict[int, list[tuple[int, str]]] = defaultdict(list)
    anchors: dict[int, list[str]] = defaultdict(list)
    closing: dict[int, list[str]] = defaultdict(list)
    for s, e, k in spans:
        events[s].append((1, k))
        events[e].append((-1, k))
        anchors[s].append(anchor(s, e))
        if ends:
            closing[e].append(anchor(s, e) + "-end")
    if target:
        events[target[0]].append((1, "hl"))
        events[target[1]].append((-1, "hl"))
        anchors[target[0]].insert(0, anchor(*target))
    bounds = sorted({0, n, *events})
    active: Counter[str] = Counter()
    parts: list[str] = []
    for a, b in zip(bounds, bounds[1:] + [None]):
        for delta, k in events.get(a, ()):
            active[k] += delta
        for name in dict.fromkeys(closing.get(a, ())):
            parts.append(f'<a class="anchor-end" id="{escape(name)}"></a>')
        for name in dict.fromkeys(anchors.get(a, ())):
            parts.append(f'<a class="anchor" id="{escape(name)}"></a>')
        if b is None:
            break
        piece = escape(text[a:b])
        kinds = [k for k in (*KINDS, "hl") if active[k] > 0]
        parts.append(f'<mark class="{" ".join("k-" + k for k in kinds)}">{piece}</mark>' if kinds else str(piece))
    return Markup("".join(parts))
