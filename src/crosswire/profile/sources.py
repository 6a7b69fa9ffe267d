"""Per-outlet signals measured on one story: originality, attribution, hedging, exclusives, omissions,
boilerplate."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from crosswire.models import Claim, Document, SourceProfile, Statement

HEDGED = {"likely", "possible", "reported", "disputed"}


def _ratio(n: float, d: float) -> float:
    return round(n / d, 3) if d else 0.0


def profile_sources(documents: Sequence[Document], claims: Sequence[Claim],
                    statements: Sequence[Statement]) -> list[SourceProfile]:
    """One SourceProfile per outlet (the document id where the outlet is unknown)."""
    name_of = {d.id: d.outlet or d.id for d in documents}
    docs_by: dict[str, list[Document]] = defaultdict(list)
    for d in documents:
        docs_by[name_of[d.id]].append(d)
    stmts_by: dict[str, list[Statement]] = defaultdict(list)
    for s in statements:
        stmts_by[name_of.get(s.doc, s.doc)].append(s)
    n_outlets = len(docs_by)
    outlets_of = {c.id: {name_of.get(doc, doc) for doc in c.docs} for c in claims}
    exclusive_of: dict[str, list[str]] = defaultdict(list)  # claims only one outlet states, in claim order
    for c in claims:
        if len(outlets_of[c.id]) == 1 and len(c.statements) >= 1:
            exclusive_of[next(iter(outlets_of[c.id]))].append(c.id)
    widely = [c for c in claims if len(outlets_of[c.id]) >= max(2, (n_outlets + 1) // 2 + (n_outlets > 2))]
    profiles = []
    for name in sorted(docs_by):
        docs = docs_by[name]
        text_len = sum(len(d.text) for d in docs)
        shared = sum(max((sh.fraction for sh in d.shares), default=0.0) * len(d.text) for d in docs)
        removed = sum(len(r.text) for d in docs for r in d.removed)
        own = stmts_by.get(name, [])
        exclusive = exclusive_of.get(name, [])
        omitted = [c.id for c in widely if name not in outlets_of[c.id]]
        profiles.append(SourceProfile(name=name, docs=tuple(sorted(d.id for d in docs)), signals={
            "original_share": round(1 - _ratio(shared, text_len), 3),
            "shared_share": _ratio(shared, text_len),
            "attributed_share": _ratio(sum(s.attribution.kind != "self" for s in own), len(own)),
            "hedging_rate": _ratio(sum(s.certainty in HEDGED or s.hedge is not None for s in own), len(own)),
            "exclusive_claims": len(exclusive),
            "exclusive_claim_ids": exclusive[:20],
            "omitted_claims": len(omitted),
            "omitted_claim_ids": omitted[:20],
            "boilerplate_share": _ratio(removed, removed + text_len),
            "statements": len(own),
        }))
    return profiles
