"""Quality gate for cross-outlet alignment: AllSides roundup coverage and ECB+ event pairs."""

from crosswire.evaluation import roundups
from floors import assert_floor, check_data


def test_evaluation_roundups_allsides_floor(shared_dir, embedder):
    check_data("roundups", shared_dir)
    m = roundups.allsides(shared_dir, "test", 40, embedder)
    assert_floor("roundups", "allsides_test40_roundup_covered_by_cross_outlet_claims",
                 m["allsides_roundup_covered_by_cross_outlet_claims"])
    assert m["allsides_roundup_covered_by_cross_outlet_claims"] <= m["allsides_roundup_covered_by_any_statement"]


def test_evaluation_roundups_ecbplus_event_floor(shared_dir, embedder):
    m = roundups.ecbplus_events(shared_dir, "test", None, embedder)
    assert_floor("roundups", "ecbplus_test_event_pair_precision", m["ecbplus_event_pair_precision"])
    assert_floor("roundups", "ecbplus_test_event_pair_recall", m["ecbplus_event_pair_recall"])


def test_evaluation_roundups_sentences_are_exact():
    text = "The court ruled on Monday. No dissent was filed in either case!  Short one."
    for s in roundups._statements("d", text):
        assert text[s.start:s.end] == s.text
    assert [s.text for s in roundups._statements("d", text)] == ["The court ruled on Monday.",
                                                              "No dissent was filed in either case!"]
