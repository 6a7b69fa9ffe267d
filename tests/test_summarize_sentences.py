"""Summary: claims with most independent origins first, conflicts stated as conflicts, all with evidence."""

from __future__ import annotations

from claims_helpers import BagEmbedder, make_doc, statements_of

from crosswire.align import align_claims, find_shares
from crosswire.annotate import annotate
from crosswire.contrast import find_conflicts
from crosswire.frame import extract_frames
from crosswire.summarize import summarize

A = ["Three drones attacked the residence of the prime minister early on Sunday in the capital.",
     "Twelve people were killed in the market bombing in Kabul."]
B = ["Early on Sunday three drones attacked the residence of the prime minister in the capital, police said.",
     "Nine people were killed in the market bombing in Kabul."]
C = ["A local poet read verses about the river at the ceremony last spring."]


def test_summary_orders_by_origins_and_states_conflicts(nlp):
    docs = [make_doc("a", A, "Alpha"), make_doc("b", B, "Beta"), make_doc("c", C, "Gamma")]
    statements = [s for d in docs for s in statements_of(d)]
    annotations = annotate(docs, nlp=nlp)
    frames = [f for d, a in zip(docs, annotations) for f in extract_frames(d, a, statements, [])]
    claims = align_claims(statements, docs, find_shares(docs), BagEmbedder())
    conflicts, claims = find_conflicts(claims, docs, frames)
    summary = summarize(claims, conflicts, docs)
    by_id = {c.id: c for c in claims}
    assert summary[0].claims and by_id[summary[0].claims[0]].independent_sources == 2
    assert summary[0].text in {s.text for s in by_id[summary[0].claims[0]].statements}
    disagree = [s for s in summary if s.text.startswith("Outlets disagree on")]
    assert len(disagree) == 1 and "people killed: 12 (1 outlet) vs 9 (1 outlet)" in disagree[0].text
    assert set(disagree[0].docs) == {"a", "b"}
    assert all(s.claims and s.docs for s in summary)


def test_empty_story_gives_empty_summary():
    assert summarize([], [], []) == []
