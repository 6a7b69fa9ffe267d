"""Two spellings of one person's given name, told by the same surname and the same age in apposition."""

from resolve_helpers import cluster_found

from crosswire.models import Document, Span
from crosswire.resolve.ages import age_after, same_age_pairs
from crosswire.resolve.mentions import Mention


def _cluster(nlp, texts: dict[str, str]):
    mentions, cl, _by = cluster_found(nlp, texts, r"[A-Z][a-z]+ Varos", "PERSON")
    return mentions, cl


def test_resolve_ages_one_surname_and_one_age_join_close_given_names_across_documents(nlp):
    mentions, cl = _cluster(nlp, {"a": "Police said Nikolaos Varos, 15, was hurt in the blast.",
                                  "b": "Nikos Varos , 15 , was taken to hospital on Sunday.",
                                  "c": "A neighbour, Kalia Varos, 15, saw the blast."})
    by = {m.span.text: i for i, m in enumerate(mentions)}
    assert cl.find(by["Nikolaos Varos"]) == cl.find(by["Nikos Varos"])
    assert cl.find(by["Kalia Varos"]) != cl.find(by["Nikos Varos"])
    assert any(merge.rule == "same-age" for _root, merge in cl.merges)


def test_resolve_ages_guards_siblings_of_one_age_and_different_ages(nlp):
    # twins named side by side in one text, and two close names given different ages, stay apart
    mentions, cl = _cluster(nlp, {"a": "The twins, Marco Varos, 8, and Marta Varos, 8, were unhurt.",
                                  "b": "Marco Varos, 8, was rescued.",
                                  "c": "Marius Varos, 41, their uncle, spoke to reporters."})
    by = {m.span.text: i for i, m in enumerate(mentions)}
    assert cl.find(by["Marco Varos"]) != cl.find(by["Marta Varos"])
    assert cl.find(by["Marius Varos"]) != cl.find(by["Marco Varos"])


def test_resolve_ages_reads_the_age_only_in_apposition():
    assert age_after("Lena Varos, 27, said", len("Lena Varos")) == "27"
    assert age_after("Lena Varos , 27 , said", len("Lena Varos")) == "27"
    assert age_after("Lena Varos, 10,000 people", len("Lena Varos")) is None
    assert age_after("Lena Varos said", len("Lena Varos")) is None
    mentions = [Mention(Span("a", 0, 10, "Lena Varos"), "PERSON", 0)]
    docs = [Document(id="a", source="a", sha256="a", title="", text="Lena Varos, 27, said")]
    assert same_age_pairs(mentions, docs, [True]) == []
