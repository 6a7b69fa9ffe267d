"""An extractive, evidence-linked summary: the best-corroborated claims first, conflicts stated as conflicts."""

from __future__ import annotations

from collections.abc import Sequence

from crosswire.contrast import headline
from crosswire.models import Claim, Conflict, Document, SummarySentence

MAX_SENTENCES = 10
MAX_CLAIMS = 7


def summarize(claims: Sequence[Claim], conflicts: Sequence[Conflict],
              documents: Sequence[Document]) -> list[SummarySentence]:
    """5–10 sentences where the story has that much: claim texts (actual statement wordings) ranked by
    independent origins, then one sentence per conflict built from its sides' values."""
    del documents  # kept in the signature: a summary may weigh outlets later
    ranked = sorted((c for c in claims if 30 <= len(c.text) <= 400),
                    key=lambda c: (-c.independent_sources, -len(c.docs), c.status == "contested",
                                   c.statements[0].doc, c.statements[0].start))
    out: list[SummarySentence] = []
    seen_text: set[str] = set()
    for c in ranked:
        if len(out) >= MAX_CLAIMS:
            break
        text = " ".join(c.text.split())
        if text.lower() in seen_text:
            continue
        seen_text.add(text.lower())
        out.append(SummarySentence(text=text, claims=(c.id,), docs=tuple(sorted(c.docs))))
    for x in conflicts:
        if len(out) >= MAX_SENTENCES:
            break
        sides = [s for s in x.sides if s.statements][:3]
        if len(sides) < 2:
            continue
        docs = tuple(sorted({sp.doc for s in sides for sp in s.statements}))
        claim_ids = tuple(sorted({cid for s in sides for cid in s.claims}))
        out.append(SummarySentence(text=f"Outlets disagree on {headline(x)}.",
                                   claims=claim_ids, docs=docs))
    return [s for s in out if s.claims and s.docs]
