"""Independent origins: copies and reports citing one upstream outlet count once; every statement in one claim."""

from __future__ import annotations

from claims_helpers import BagEmbedder, make_doc, statements_of

from crosswire.align import align_claims, find_shares
from crosswire.align.claims import candidate_pairs, content_words

FACT = "Three drones attacked the residence of the prime minister early on Sunday morning in the capital."
FACT_B = "Early on Sunday three drones attacked the residence of the prime minister in the capital, police said."
FACT_C = "In the capital the residence of the prime minister was attacked by three drones early on Sunday."
OTHER = "Local shops in the northern districts stayed closed for the religious holiday this week."


def _run(docs, via=None):
    statements = [s for d in docs for s in statements_of(d, (via or {}).get(d.id))]
    shares = find_shares(docs)
    return align_claims(statements, docs, shares, BagEmbedder()), statements, shares


def _claim_with(claims, text):
    return next(c for c in claims if c.text == text)


def test_distinct_outlets_corroborate():
    docs = [make_doc("a", [FACT], "Alpha"), make_doc("b", [FACT_B], "Beta"), make_doc("c", [OTHER], "Gamma")]
    claims, statements, _ = _run(docs)
    fact = _claim_with(claims, FACT)
    assert fact.docs == ("a", "b") and fact.independent_sources == 2 and fact.status == "corroborated"
    assert _claim_with(claims, OTHER).status == "single-source"
    assert sorted(s.id for c in claims for s in c.statements) == sorted(s.id for s in statements)


def test_same_upstream_outlet_counts_once():
    docs = [make_doc("a", [FACT], "Alpha"), make_doc("b", [FACT_B], "Beta"), make_doc("c", [FACT_C], "Gamma")]
    claims, _, _ = _run(docs, via={"a": {0: ("Reuters",)}, "b": {0: ("Reuters",)}})
    fact = _claim_with(claims, FACT)
    assert len(fact.docs) == 3 and fact.independent_sources == 2


def test_copied_passage_counts_once_and_fills_shares():
    para = FACT + " " + OTHER
    docs = [make_doc("a", [para], "Alpha"), make_doc("b", [para], "Beta"),
            make_doc("c", [FACT_C], "Gamma")]
    claims, _, shares = _run(docs)
    assert shares["a"][0].doc == "b" and shares["a"][0].fraction > 0.9
    assert "c" not in shares
    fact = _claim_with(claims, FACT)
    assert fact.docs == ("a", "b", "c") and fact.independent_sources == 2 and fact.status == "corroborated"


class CountingEmbedder:
    def __init__(self):
        self.inner, self.texts = BagEmbedder(), []

    def encode(self, texts):
        self.texts.extend(texts)
        return self.inner.encode(texts)


def test_gate_keeps_paraphrase_pairs_and_spares_loose_ones_from_the_model():
    loose = "The prime minister visited a hospital in the south to meet nurses and doctors on duty there."
    docs = [make_doc("a", [FACT, loose], "Alpha"), make_doc("b", [FACT_B, OTHER], "Beta")]
    statements = [s for d in docs for s in statements_of(d)]
    words = [content_words(s.text) for s in statements]
    gated, blocked = candidate_pairs(statements, words), candidate_pairs(statements, words, gate=0.0)
    fact, fact_b = 0, 2  # FACT (doc a) and its paraphrase (doc b)
    assert (fact, fact_b) in gated
    assert (1, 2) in blocked and (1, 2) not in gated  # "prime minister" alone: blocked, but below the gate
    assert all(statements[a].doc != statements[b].doc for a, b in blocked)
    embedder = CountingEmbedder()
    claims = align_claims(statements, docs, {}, embedder)
    assert sorted(embedder.texts) == sorted([FACT, FACT_B])  # the others never reach the model
    assert _claim_with(claims, FACT).docs == ("a", "b")


def test_an_agency_abbreviation_and_its_full_name_are_one_origin():
    docs = [make_doc("a", [FACT], "Alpha"), make_doc("b", [FACT_B], "Beta")]  # no copied passage
    claims, _s, _ = _run(docs, via={"a": {0: ("AP",)}, "b": {0: ("The Associated Press",)}})
    assert _claim_with(claims, FACT).independent_sources == 1
    claims, _s, _ = _run(docs, via={"a": {0: ("AP",)}, "b": {0: ("Reuters",)}})
    assert _claim_with(claims, FACT).independent_sources == 2
