"""A star named by a blend of the first letters of the given name and the surname ('JoVa')."""

import re

from crosswire.annotate import annotate
from crosswire.models import Document, Span
from crosswire.resolve.blends import blend_pairs
from crosswire.resolve.cluster import cluster_mentions
from crosswire.resolve.mentions import Mention


def test_resolve_blends_a_blend_nickname_joins_the_one_full_name_it_abbreviates(nlp):
    texts = {"a": "Jolene Vance checked into a clinic on Monday. Jolene Vance is 31.",
             "b": "JoVa was seen leaving the clinic. Friends said JoVa was tired.",
             "c": "Martin Varga, her lawyer, said nothing. Martin Varga left."}
    docs = [Document(id=k, source=k, sha256=k, title="", text=v) for k, v in sorted(texts.items())]
    anns = annotate(docs, nlp=nlp)
    mentions = [Mention(Span(d.id, f.start(), f.end(), f.group(0)), "PERSON", 0)
                for d in docs for f in re.finditer(r"Jolene Vance|JoVa|Martin Varga", d.text)]
    cl, _stated = cluster_mentions(mentions, docs, anns)
    by = {m.span.text: i for i, m in enumerate(mentions)}
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
