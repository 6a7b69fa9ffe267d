"""Quality gate for cross-document entities on the ECB+ test topics."""

from crosswire.evaluation import entities
from floors import assert_floor, check_data


def test_evaluation_entities_ecbplus_floor(shared_dir, nlp):
    check_data("entities", shared_dir)
    m = entities.run(shared_dir, split="test", nlp=nlp)
    assert_floor("entities", "ecbplus_test_b3_f1", m["crosswire"]["b3_f1"])
    assert_floor("entities", "ecbplus_test_b3_precision", m["crosswire"]["b3_precision"])
    assert_floor("entities", "ecbplus_test_b3_f1_names_only", m["crosswire (names only)"]["b3_f1"])
    assert_floor("entities", "ecbplus_test_mention_recall", m["crosswire"]["mention_recall"])
    assert_floor("entities", "ecbplus_test_pronoun_precision", m["pronouns"]["precision"])
    assert_floor("entities", "ecbplus_test_pronoun_recall", m["pronouns"]["recall"])
    assert_floor("entities", "ecbplus_test_description_precision", m["descriptions"]["precision"])
    assert_floor("entities", "ecbplus_test_description_recall", m["descriptions"]["recall"])
    assert m["crosswire"]["b3_f1"] > m["baseline: exact string"]["b3_f1"]


def test_evaluation_entities_scores_are_the_textbook_ones():
    gold = ["a", "a", "b", "b"]
    assert entities.b_cubed(gold, ["x", "x", "y", "y"]) == (1.0, 1.0)
    p, r = entities.b_cubed(gold, ["x", "y", "z", "w"])
    assert p == 1.0 and r == 0.5
    assert entities.muc(gold, ["x", "x", "x", "x"]) == (2 / 3, 1.0)


def test_evaluation_entities_reference_counts_credit_the_clusters_named_entity():
    from crosswire.models import Span

    names = [(Span("d", 0, 5, "Anna"), "c1"), (Span("d", 10, 15, "Anna"), "c1"), (Span("d", 20, 25, "Bo"), "c2")]
    assigned = ["e1", "e1", "e2"]
    refs = [(Span("d", 30, 32, "he"), "c1"), (Span("d", 40, 43, "she"), "c2"), (Span("d", 50, 53, "him"), "c3")]
    predicted = [(Span("d", 30, 32, "he"), "e1"), (Span("d", 40, 43, "she"), "e1")]
    c = entities.reference_counts(names, assigned, refs, predicted)
    assert c == {"gold": 3, "reachable": 2, "linked": 2, "correct": 1}


def test_evaluation_entities_head_word_of_a_gold_phrase():
    from crosswire.models import Span

    def head(text):
        s, e = entities._head(Span("d", 100, 100 + len(text), text))
        return text[s - 100:e - 100]

    assert head("Mafia boss") == "boss"
    assert head("a Brooklyn mother of 12") == "mother"
    assert head("in the Gulf of Aden") == "Gulf"
    assert head("Benjamin David Banky , 40") == "Banky"
    assert head("Woman") == "Woman"
    assert head("Lindsay Lohan 's") == "Lohan"


def test_evaluation_entities_gold_phrases_read_all_of_crosswires_mentions():
    """A headline's common noun is scored against crosswire's description of it; a phrase whose head a
    description covers takes that description's entity, not the entity of the name that modifies it."""
    from crosswire.models import Span

    gold = [(Span("d", 0, 5, "Woman"), "c1"), (Span("d", 20, 35, "Brooklyn mother"), "c1"),
            (Span("d", 50, 58, "Brooklyn"), "c2"), (Span("d", 70, 75, "Rehab"), "c3")]
    names = [(Span("d", 20, 28, "Brooklyn"), "place"), (Span("d", 50, 58, "Brooklyn"), "place")]
    refs = [(Span("d", 0, 5, "Woman"), "person"), (Span("d", 18, 35, "a Brooklyn mother"), "person")]
    assert entities._assign_heads(gold, names, refs) == ["person", "person", "place", "singleton-3"]
    # names only, as before: the headline word is a singleton and the mother is the place
    assert entities._assign(gold, names)[0] == ["singleton-0", "place", "place", "singleton-3"]
