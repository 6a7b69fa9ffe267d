"""report.md: the story for a reader, every item with its evidence (document and offsets)."""

from __future__ import annotations

from crosswire.contrast import headline
from crosswire.models import Story
from crosswire.render.common import cite, clip, doc_labels, entity_names, outlet_of


def _md(text: str) -> str:
    """Article text is untrusted: neutralise Markdown/HTML control characters."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    for ch in "\\`*_[]|#":
        text = text.replace(ch, "\\" + ch)
    return text


def to_markdown(story: Story) -> str:
    labels = doc_labels(story.documents)
    names = entity_names(story)
    out = [f"# {_md(story.title)}", ""]
    if story.event_date:
        out.append(f"Event date: **{story.event_date.value}** ({story.event_date.precision}"
                   f"{', ' + story.event_date.basis if story.event_date.basis else ''})")
    out += [f"{len(story.documents)} documents · {len(story.entities)} entities · {len(story.quotes)} quotes · "
            f"{len(story.claims)} claims · {len(story.conflicts)} conflicts", ""]

    if story.summary:
        out += ["## Summary", ""]
        for s in story.summary:
            docs = ", ".join(labels.get(d, d) for d in s.docs)
            out.append(f"- {_md(s.text)} _({docs})_")
        out.append("")

    if story.conflicts:
        out += ["## Where the outlets disagree", ""]
        for c in story.conflicts:
            out.append(f"### {_md(headline(c))}")
            out.append(f"_{c.kind}{' · a later report may update an earlier figure' if c.update else ''}_")
            for side in c.sides:
                ev = "; ".join(cite(sp, labels) for sp in side.statements)
                flag = " (later report)" if side.update else ""
                out.append(f"- **{_md(side.value)}**{flag} — {ev}")
                for sp in side.statements[:3]:
                    out.append(f"  > {_md(clip(sp.text))}")
            out.append("")

    if story.claims:
        out += ["## Claims, most independent origins first", ""]
        ranked = sorted(story.claims, key=lambda c: (-c.independent_sources, -len(c.docs), c.id))
        for c in ranked[:40]:
            docs = ", ".join(labels.get(d, d) for d in c.docs)
            out.append(f"- {_md(clip(c.text))} — {c.status}, {c.independent_sources} independent "
                       f"origin{'s' if c.independent_sources != 1 else ''} ({docs})")
        if len(ranked) > 40:
            out.append(f"- … {len(ranked) - 40} more claims in story.json")
        out.append("")

    if story.quotes:
        out += ["## Who said what", ""]
        for q in sorted(story.quotes, key=lambda q: (names.get(q.speaker or "", q.speaker_text or "~"), q.doc, q.start)):
            who = names.get(q.speaker or "", None) or q.speaker_text or "unattributed"
            how = ", ".join(x for x in (q.cue, q.channel) if x)
            grp = f" · group {q.group}" if q.group else ""
            out.append(f"- **{_md(who)}**{' (' + _md(how) + ')' if how else ''}: “{_md(clip(q.text, 300))}” "
                       f"— {labels.get(q.doc, q.doc)}[{q.start}:{q.end}]{grp}")
        out.append("")

    if story.timeline:
        out += ["## Timeline", ""]
        for t in story.timeline:
            ev = "; ".join(cite(sp, labels) for sp in t.evidence)
            out.append(f"- **{t.date.value}** ({t.date.precision}) {_md(clip(t.text))} — {ev}")
        out.append("")

    out += ["## Documents", "", "| | outlet | title | published | words | shares |", "|---|---|---|---|---|---|"]
    for d in story.documents:
        pub = d.published.value if d.published else "?"
        if "republished" in d.flags and d.page_date:
            pub += f" (page shows {d.page_date.value}: republished)"
        shares = ", ".join(f"{labels.get(s.doc, s.doc)} {s.fraction:.0%}" for s in d.shares) or "—"
        out.append(f"| {labels[d.id]} | {_md(outlet_of(d))} | {_md(clip(d.title, 90))} | {pub} | "
                   f"{len(d.text.split())} | {shares} |")
    out.append("")

    if story.sources:
        out += ["## Outlets on this story", ""]
        for s in story.sources:
            sig = ", ".join(f"{k}: {v:.2f}" if isinstance(v, float) else f"{k}: {v}"
                            for k, v in sorted(s.signals.items()) if not isinstance(v, (list, dict)))
            out.append(f"- **{_md(s.name)}** ({', '.join(labels.get(d, d) for d in s.docs)}): {_md(sig)}")
        out.append("")

    if story.entities:
        out += ["## Entities", ""]
        for e in sorted(story.entities, key=lambda e: (-len(e.mentions), e.name))[:30]:
            aliases = ", ".join(a for a in e.aliases if a != e.name)
            out.append(f"- **{_md(e.name)}** ({e.type}, {len(e.mentions)} mentions)"
                       f"{': ' + _md(aliases) if aliases else ''}")
        out.append("")

    if story.problems:
        out += ["## Inputs skipped", ""]
        out += [f"- {_md(p.source)}: {_md(p.reason)}" for p in story.problems]
        out.append("")
    return "\n".join(out).rstrip() + "\n"
