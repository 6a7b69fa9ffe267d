"""Aliases a text states, and context cues for types: each pattern found, look-alikes refused."""

from crosswire.models import Document
from crosswire.resolve.aliases import stated_aliases
from crosswire.resolve.cues import conflicting, cue_votes
from collections import Counter


def _doc(text):
    return Document(id="d0", source="d0", sha256="0", title="", text=text)


def _pairs(text):
    doc = _doc(text)
    out = []
    for s in stated_aliases(doc):
        assert doc.text[s.evidence.start:s.evidence.end] == s.evidence.text
        assert doc.text[s.right.start:s.right.end] == s.right.text
        out.append((s.rule, s.left.text if s.left else s.noun, s.right.text))
    return out


def test_resolve_aliases_parenthesis_and_acronym():
    # the left side may run back over capitalised words; it is matched to a mention by where it ends
    [(rule, left, right)] = _pairs("Fighters of Saraya Nur (Light Companies) crossed the river on Monday.")
    assert rule == "stated-alias" and left.endswith("Saraya Nur") and right == "Light Companies"
    assert ("acronym-defined", "Northern Grain Board", "NGB") in _pairs(
        "Officials of the Northern Grain Board (NGB) met farmers.")


def test_resolve_aliases_appositive_forms():
    assert ("stated-alias", "Jamaat Sahil", "Coast Society") in _pairs(
        "Jamaat Sahil, also known as the Coast Society, denied the report.")
    assert ("stated-alias", "Harbour Watch", "Port Guard") in _pairs(
        "Harbour Watch, or Port Guard, said it had seen nothing.")
    assert ("stated-alias", "group", "River Front") in _pairs(
        "The group, known as River Front, has not commented.")


def test_resolve_aliases_refuses_datelines_numbers_and_verbs():
    assert _pairs("KELTON (Wire Service) - The council met on Monday.") == []
    assert _pairs("The vendor released update KB-2231 (Patch 7) on Tuesday.") == []
    # "dubbed" as a verb, without an appositive comma, is not a definition
    assert _pairs("The software firm Orvex dubbed Nimbus its fastest release.") == []


def test_resolve_cues_vote_from_context():
    text = "Leaders of the Saraya Nur militia met members of Harbour Watch in Kelton province on Monday."
    militia = cue_votes(text, text.index("Saraya"), text.index(" militia"))
    assert militia["ORG"] >= 10
    watch = cue_votes(text, text.index("Harbour"), text.index(" in Kelton"))
    assert watch["ORG"] >= 10
    kelton = cue_votes(text, text.index("Kelton"), text.index(" province"))
    assert kelton["GPE"] >= 10
    # an adjective before a group noun ('Northern militias') takes no vote from it
    text = "Northern militias attacked."
    assert cue_votes(text, 0, 8, adjective=True)["ORG"] == 0


def test_resolve_cues_coordination_and_apposition():
    text = "Officials blamed the Saraya Nur and Jamaat Sahil groups."
    assert cue_votes(text, text.index("Saraya"), text.index(" and"))["ORG"] >= 10
    text = "It was carried out by militias, Saraya Nur and Jamaat Sahil, officials said."
    assert cue_votes(text, text.index("Jamaat"), text.index(", officials"))["ORG"] >= 10
    # a bare noun before a name is no apposition: "the groups Kelton supports"
    text = "the militia groups Kelton has supported"
    assert cue_votes(text, text.index("Kelton"), text.index(" has"))["ORG"] == 0


def test_resolve_cues_conflicting_types_need_confidence():
    assert conflicting(Counter({"GPE": 12}), Counter({"PERSON": 3}))
    assert not conflicting(Counter({"GPE": 1}), Counter({"PERSON": 30}))  # a lone place tag is often wrong
    assert conflicting(Counter({"GPE": 12}), Counter({"PERSON": 1}))  # a sure place blocks
    assert not conflicting(Counter({"ORG": 5}), Counter({"PERSON": 5}))  # the model confuses these
