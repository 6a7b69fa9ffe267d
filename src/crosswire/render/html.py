"""report.html: one self-contained page. All article text is untrusted and goes through html.escape;
every item links to the place in its document where its evidence starts."""

from __future__ import annotations

import html
from collections import defaultdict

from crosswire.models import Span, Story
from crosswire.render.common import clip, doc_labels, entity_names, outlet_of

_CSS = """
body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.6rem}h2{border-bottom:1px solid #ddd;margin-top:2rem}
blockquote{margin:.3rem 0 .3rem 1rem;padding-left:.6rem;border-left:3px solid #bbb;color:#444}
.ev{font-size:.8rem;color:#666}.side{margin-left:1rem}.doc{white-space:pre-wrap;background:#fafafa;
padding:.8rem;border:1px solid #eee}a.anchor{scroll-margin-top:3rem}:target+span{background:#ffe58a}
table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:.2rem .5rem;text-align:left}
"""


def _e(text: str | None) -> str:
    return html.escape(text or "", quote=True)


def _anchor(labels: dict[str, str], span: Span) -> str:
    return f"{labels.get(span.doc, span.doc)}-{span.start}"


def _ev(labels: dict[str, str], spans) -> str:
    links = [f'<a href="#{_anchor(labels, s)}">{_e(labels.get(s.doc, s.doc))}[{s.start}:{s.end}]</a>'
             for s in spans]
    return f'<span class="ev">{" ".join(links)}</span>'


def _document_text(text: str, label: str, starts: set[int]) -> str:
    """The clean text with an empty anchor at every place evidence starts; text between anchors escaped."""
    parts, pos = [], 0
    for start in sorted(s for s in starts if 0 <= s <= len(text)):
        parts.append(_e(text[pos:start]))
        parts.append(f'<a class="anchor" id="{label}-{start}"></a>')
        pos = start
    parts.append(_e(text[pos:]))
    return "".join(parts)


def to_html(story: Story) -> str:
    labels = doc_labels(story.documents)
    names = entity_names(story)
    starts: dict[str, set[int]] = defaultdict(set)

    def used(spans):
        for s in spans:
            starts[s.doc].add(s.start)
        return spans

    body: list[str] = [f"<h1>{_e(story.title)}</h1>"]
    if story.event_date:
        body.append(f"<p>Event date: <b>{_e(story.event_date.value)}</b> ({_e(story.event_date.precision)})</p>")
    body.append(f"<p>{len(story.documents)} documents · {len(story.entities)} entities · {len(story.quotes)} quotes · "
                f"{len(story.claims)} claims · {len(story.conflicts)} conflicts</p>")
    claim_spans = {c.id: [s.span for s in c.statements] for c in story.claims}

    if story.summary:
        body.append("<h2>Summary</h2><ul>")
        for s in story.summary:
            spans = used([sp for cid in s.claims for sp in claim_spans.get(cid, [])][:6])
            body.append(f"<li>{_e(s.text)} {_ev(labels, spans)}</li>")
        body.append("</ul>")

    if story.conflicts:
        body.append("<h2>Where the outlets disagree</h2>")
        for c in story.conflicts:
            body.append(f"<h3>{_e(c.topic)} <small>({_e(c.kind)})</small></h3>")
            for side in c.sides:
                body.append(f'<div class="side"><b>{_e(side.value)}</b> {_ev(labels, used(side.statements))}')
                body += [f"<blockquote>{_e(clip(sp.text, 300))}</blockquote>" for sp in side.statements[:3]]
                body.append("</div>")
            if c.explanation:
                body.append(f"<p>{_e(c.explanation)}</p>")

    if story.claims:
        body.append("<h2>Claims</h2><ol>")
        for c in sorted(story.claims, key=lambda c: (-c.independent_sources, -len(c.docs), c.id)):
            body.append(f"<li>{_e(clip(c.text, 300))} <i>{_e(c.status)}, {c.independent_sources} independent</i> "
                        f"{_ev(labels, used([s.span for s in c.statements]))}</li>")
        body.append("</ol>")

    if story.quotes:
        body.append("<h2>Who said what</h2><ul>")
        for q in story.quotes:
            who = names.get(q.speaker or "", None) or q.speaker_text or "unattributed"
            span = used([Span(q.doc, q.start, q.end, q.text)])
            how = ", ".join(x for x in (q.cue, q.channel) if x)
            body.append(f"<li><b>{_e(who)}</b> {_e('(' + how + ')' if how else '')}"
                        f"<blockquote>{_e(q.text)}</blockquote>{_ev(labels, span)}</li>")
        body.append("</ul>")

    if story.timeline:
        body.append("<h2>Timeline</h2><table><tr><th>date</th><th>what</th><th>evidence</th></tr>")
        for t in story.timeline:
            body.append(f"<tr><td>{_e(t.date.value)}</td><td>{_e(clip(t.text, 240))}</td>"
                        f"<td>{_ev(labels, used(t.evidence))}</td></tr>")
        body.append("</table>")

    if story.entities:
        body.append("<h2>Entities</h2><ul>")
        for e in sorted(story.entities, key=lambda e: (-len(e.mentions), e.name))[:40]:
            body.append(f"<li><b>{_e(e.name)}</b> ({_e(e.type)}): {_e(', '.join(e.aliases))} "
                        f"{_ev(labels, used(list(e.mentions[:3])))}</li>")
        body.append("</ul>")

    body.append("<h2>Documents</h2>")
    for d in story.documents:
        label = labels[d.id]
        pub = d.published.value if d.published else "date unknown"
        body.append(f'<h3 id="{label}">{label}: {_e(d.title)}</h3>'
                    f"<p>{_e(outlet_of(d))} · {_e(pub)} · {_e(d.source)}</p>"
                    f'<div class="doc">{_document_text(d.text, label, starts.get(d.id, set()))}</div>')
        if d.removed:
            body.append(f"<details><summary>{len(d.removed)} pieces removed in cleaning</summary><ul>")
            body += [f"<li><i>{_e(r.reason)}</i>: {_e(clip(r.text, 160))}</li>" for r in d.removed]
            body.append("</ul></details>")

    if story.problems:
        body.append("<h2>Inputs skipped</h2><ul>")
        body += [f"<li>{_e(p.source)}: {_e(p.reason)}</li>" for p in story.problems]
        body.append("</ul>")
    return ("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>{_e(story.title)}</title><style>{_CSS}</style></head><body>\n"
            + "\n".join(body) + "\n</body></html>\n")
