"""Quality gate for dates: publication dates from HTML, time expression values (ESC)."""

from crosswire.evaluation import dates
from floors import assert_floor, check_data


def test_evaluation_dates_floors(shared_dir):
    check_data("dates", shared_dir)
    m = dates.run(shared_dir, split="test")
    assert_floor("dates", "webeval_test_publication_day_accuracy", m["publication"]["crosswire"]["day_accuracy"])
    assert m["publication"]["crosswire"]["day_accuracy"] >= m["publication"]["htmldate alone"]["day_accuracy"]
    assert_floor("dates", "esc_test_value_accuracy", m["timex"]["value_accuracy"])
    assert_floor("dates", "esc_test_value_accuracy_of_found", m["timex"]["value_accuracy_of_found"])
    assert_floor("dates", "semeval_test_anchoring_accuracy", m["timeline"]["anchoring_accuracy"])
    assert_floor("dates", "semeval_test_order_accuracy", m["timeline"]["order_accuracy"])


def test_evaluation_dates_granularity_match():
    assert dates._matches("2021-11-07", "2021-11-07TMO")
    assert dates._matches("2021-11", "2021-11")
    assert not dates._matches("2021-11", "2021-11-07")
    assert not dates._matches("2020-11-07", "2021-11-07")
