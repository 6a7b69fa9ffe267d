"""A star named by a blend of the first letters of the given name and the surname ('JoVa')."""

from resolve_helpers import cluster_found

from crosswire.models import Span
from crosswire.resolve.blends import blend_pairs
from crosswire.resolve.mentions import Mention


def test_resolve_blends_a_blend_nickname_joins_the_one_full_name_it_abbreviates(nlp):
    texts = {"a": "Jolene Vance checked into a clinic on Monday. Jolene Vance is 31.",
             "b": "JoVa was seen leaving the clinic. Friends said JoVa was tired.",
             "c": "Martin Varga, her lawyer, said nothing. Martin Varga left."}
    _m, cl, by = cluster_found(nlp, texts, r"Jolene Vance|JoVa|Martin Varga", "PERSON")
    assert cl.find(by["JoVa"]) == cl.find(by["Jolene Vance"])
    assert cl.find(by["Martin Varga"]) != cl.find(by["Jolene Vance"])


def test_resolve_blends_needs_one_person_and_lower_case_letters():
    def mention(text, label="PERSON"):
        return Mention(Span("d", 0, len(text), text), label, 0)

    people = [mention("Jolene Vance"), mention("Jolene Varga"), mention("JoVa")]
    assert blend_pairs(people, [True, True, True]) == []  # two people fit: no guess
    assert blend_pairs([mention("Jolene Vance"), mention("JV", "ORG")], [True, False]) == []
    assert blend_pairs([mention("Jolene Vance"), mention("J-Van")], [True, True]) == [(0, 1)]
    assert blend_pairs([mention("Jolene Vance"), mention("JoVance")], [True, True]) == []  # the whole surname
