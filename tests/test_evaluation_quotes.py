"""Quality gate for quotes and speakers on the PolNeAR test split."""

from crosswire.evaluation import quotes
from floors import assert_floor, check_data


def test_evaluation_quotes_polnear_floor(shared_dir, nlp):
    check_data("quotes", shared_dir)
    m = quotes.run(shared_dir, split="test", nlp=nlp, with_textacy=False)["crosswire"]
    assert_floor("quotes", "polnear_test_quote_f1", m["f1"])
    assert_floor("quotes", "polnear_test_speaker_accuracy", m["speaker_accuracy"])


def test_evaluation_quotes_matching_rules():
    gold = [{"spans": [(10, 20)], "source": "Senator Jane Roe"}]
    score = quotes._score(gold, [(10, 20), (40, 50)], [((12, 18), {"roe"}), ((60, 70), set())])
    assert (score["found"], score["precise"], score["speaker_correct"]) == (1, 1, 1)
    assert quotes._names("the former secretary") == set()
