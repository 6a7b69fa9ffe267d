"""Per-outlet signals: shared text, attributed and hedged statements, exclusives, omissions, boilerplate."""

from __future__ import annotations

import dataclasses

from claims_helpers import BagEmbedder, make_doc, statements_of

from crosswire.align import align_claims, find_shares
from crosswire.models import Removal
from crosswire.profile import profile_sources

FACT = "Three drones attacked the residence of the prime minister early on Sunday in the capital."
FACT_B = "Early on Sunday three drones attacked the residence of the prime minister in the capital, police said."
FACT_C = "In the capital the residence of the prime minister was attacked by three drones early on Sunday."
ONLY = "A local poet read verses about the river at the ceremony last spring."


def test_signals_per_outlet():
    docs = [make_doc("a", [FACT, ONLY], "Alpha"), make_doc("b", [FACT_B], "Beta"), make_doc("c", [FACT_C]),
            make_doc("d", ["Markets in the region were calm on Monday as traders awaited data."], "Delta")]
    docs[0] = dataclasses.replace(docs[0], removed=(Removal("x" * len(docs[0].text), "boilerplate"),))
    statements = [s for d in docs for s in statements_of(d, {"b": {0: ("police",)}}.get(d.id))]
    statements = [dataclasses.replace(s, certainty="likely") if s.doc == "c" else s for s in statements]
    claims = align_claims(statements, docs, find_shares(docs), BagEmbedder())
    profiles = {p.name: p.signals for p in profile_sources(docs, claims, statements)}
    assert set(profiles) == {"Alpha", "Beta", "c", "Delta"}  # unknown outlet → doc id
    assert profiles["Alpha"]["exclusive_claims"] == 1 and profiles["Beta"]["exclusive_claims"] == 0
    assert profiles["Alpha"]["boilerplate_share"] == 0.5
    assert profiles["Beta"]["attributed_share"] == 1.0 and profiles["Alpha"]["attributed_share"] == 0.0
    assert profiles["c"]["hedging_rate"] == 1.0
    assert profiles["Delta"]["omitted_claims"] == 1 and profiles["Alpha"]["omitted_claims"] == 0
    assert profiles["Alpha"]["original_share"] == 1.0
