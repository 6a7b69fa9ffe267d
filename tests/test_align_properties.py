"""Properties over random stories: spans exact, each statement in exactly one claim, origins ≤ documents."""

from __future__ import annotations

from claims_helpers import BagEmbedder, make_doc, statements_of
from hypothesis import given, settings
from hypothesis import strategies as st

from crosswire.align import align_claims, find_shares
from crosswire.contrast import find_conflicts
from crosswire.profile import profile_sources
from crosswire.summarize import summarize

SENTENCES = [
    "Twelve people were killed in the market bombing in Kabul.",
    "Nine people were killed in the market bombing in Kabul.",
    "Governor Alan Smith escaped unscathed from the attack on his convoy.",
    "Governor Alan Smith suffered a light cut on his hand in the attack.",
    "The attack was carried out by Iran-backed militias, officials said.",
    "The minister said the attack was the work of foreign agents.",
    "The Northern Front denied that it carried out the bombing of the Kabul bridge.",
    "The Northern Front carried out the bombing of the Kabul bridge.",
    "Several people were injured in the market bombing in Kabul.",
    "Shops stayed closed for the holiday on Sunday.",
]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=6), min_size=1, max_size=5),
       st.lists(st.sampled_from(["Alpha", "Beta", None]), min_size=5, max_size=5))
def test_claims_conflicts_summary_keep_evidence(doc_sentences, outlets):
    docs = [make_doc(f"d{i}", ss, outlets[i]) for i, ss in enumerate(doc_sentences)]
    text = {d.id: d.text for d in docs}
    statements = [s for d in docs for s in statements_of(d)]
    claims = align_claims(statements, docs, find_shares(docs), BagEmbedder())
    ids = [s.id for c in claims for s in c.statements]
    assert sorted(ids) == sorted(s.id for s in statements)
    for c in claims:
        assert 1 <= c.independent_sources <= len(c.docs) <= len(docs)
        assert c.text in {s.text for s in c.statements}
    conflicts, claims = find_conflicts(claims, docs)
    claim_ids = {c.id for c in claims}
    for x in conflicts:
        assert len(x.sides) >= 2
        for side in x.sides:
            assert set(side.claims) <= claim_ids
            for sp in side.statements:
                assert text[sp.doc][sp.start:sp.end] == sp.text
    for sentence in summarize(claims, conflicts, docs):
        assert sentence.claims and set(sentence.claims) <= claim_ids and set(sentence.docs) <= set(text)
    assert {p.name for p in profile_sources(docs, claims, statements)} == {d.outlet or d.id for d in docs}
