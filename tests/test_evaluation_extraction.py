"""Quality gate for article extraction: pinned floors on the held-out split of AEB and webeval."""

import pytest

from crosswire.evaluation import extraction
from floors import assert_floor, check_data


@pytest.fixture(scope="module")
def metrics(shared_dir):
    check_data("extraction", shared_dir)
    return extraction.run(shared_dir, split="test")


def test_evaluation_extraction_plain_text_floor(metrics):
    assert_floor("extraction", "aeb_test_plain_text_f1", metrics["aeb"]["crosswire (plain text)"]["f1"])
    assert_floor("extraction", "aeb_test_en_plain_text_f1", metrics["aeb_en"]["crosswire (plain text)"]["f1"])
    assert_floor("extraction", "webeval_test_en_plain_text_f1", metrics["webeval_en"]["crosswire (plain text)"]["f1"])
    assert_floor("extraction", "webeval_test_plain_text_f1", metrics["webeval"]["crosswire (plain text)"]["f1"])
    # cleaning must beat doing nothing by a wide margin
    assert metrics["aeb"]["crosswire (plain text)"]["f1"] > metrics["aeb"]["baseline: whole rendered text"]["f1"] + 0.1


def test_evaluation_extraction_html_not_below_trafilatura(metrics):
    ours, theirs = metrics["aeb"]["crosswire (HTML)"]["f1"], metrics["aeb"]["trafilatura (HTML)"]["f1"]
    assert_floor("extraction", "aeb_test_html_f1", ours)
    assert_floor("extraction", "webeval_test_en_html_f1", metrics["webeval_en"]["crosswire (HTML)"]["f1"])
    assert_floor("extraction", "webeval_test_html_f1", metrics["webeval"]["crosswire (HTML)"]["f1"])
    assert ours >= theirs - 0.005, (ours, theirs)


def test_evaluation_extraction_scoring_is_the_benchmark_definition():
    p, r, f = extraction.aeb_prf("one two three four five", "one two three four five six")
    assert p == 1.0 and abs(r - 2 / 3) < 1e-9 and abs(f - 0.8) < 1e-9  # 2 of 3 gold 4-shingles
    rendered = extraction.render_plain_text("<html><body><script>x()</script><p>Hello <b>big</b> world</p>"
                                            "<div>Next</div></body></html>")
    assert rendered == "Hello big world\n\nNext"
