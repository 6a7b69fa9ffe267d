"""Dates: expressions resolved against the right anchor, publication dates, republication, timeline."""

import datetime as dt
import json
import pathlib

import pytest
from hypothesis import given, settings, strategies as st

from crosswire.date import find_timexes, resolve
from crosswire.date.documents import date_documents
from crosswire.models import Document, RawInput, Removal

GOLD = json.loads((pathlib.Path(__file__).parent / "gold" / "kadhimi" / "timeline.json").read_text())
MONDAY = dt.date(2021, 11, 8)


def _resolved(text, anchor=MONDAY, **kw):
    return [(t.span.text, resolve(t, anchor, **kw).value.value, resolve(t, anchor, **kw).value.precision)
            for t in find_timexes("d", text)]


@pytest.mark.parametrize("text,value,precision", [
    ("The attack came early Sunday.", "2021-11-07", "day"),
    ("He spoke on Sunday morning.", "2021-11-07", "day"),
    ("They clashed on Friday.", "2021-11-05", "day"),
    ("They met on Monday.", "2021-11-08", "day"),
    ("The vote was held last month.", "2021-10", "month"),
    ("He survived an attempt earlier this month.", "2021-11", "month"),
    ("Drones have been used since July 2020.", "2020-07", "month"),
    ("He was killed in January 2020.", "2020-01", "month"),
    ("Officials spoke on November 8.", "2021-11-08", "day"),
    ("The polls on October 10 went badly.", "2021-10-10", "day"),
    ("He died in the 2020 strike.", "2020", "year"),
    ("Forces there since 2003 were blamed.", "2003", "year"),
    ("It happened on Feb. 4, 2009 at night.", "2009-02-04", "day"),
    ("It was yesterday.", "2021-11-07", "day"),
    ("She arrived two days ago.", "2021-11-06", "day"),
    ("Posted Apr 12, 2013 at noon.", "2013-04-12", "day"),
    ("The fair opened on Jun 3.", "2021-06-03", "day"),
    ("It closed Jul 4, 2021.", "2021-07-04", "day"),
    ("She vanished the day before Christmas 2019.", "2019", "year"),
    ("The plant closed in the summer 2019 heat wave.", "2019", "year"),
])
def test_date_expressions_resolve_with_precision(text, value, precision):
    found = _resolved(text)
    assert len(found) == 1, found
    assert found[0][1:] == (value, precision)


def test_date_month_day_after_the_anchor_means_last_year():
    assert _resolved("The deal was signed on December 20.", dt.date(2022, 1, 5))[0][1] == "2021-12-20"


def test_date_weekday_near_an_event_is_the_nearest_day():
    # anchored on a Sunday event, "Monday" is the day after, not six days before
    assert _resolved("They spoke on Monday.", dt.date(2021, 11, 7), nearest=True)[0][1] == "2021-11-08"


def test_date_a_sentence_may_open_with_its_year_or_month():
    found = [(t.kind, t.span.text) for t in find_timexes("d", "In 2005, he left. During March the court met.")]
    assert found == [("year", "2005"), ("month", "During March")]


def test_date_short_month_names_that_are_also_words_need_a_number():
    assert find_timexes("d", "Nothing could mar the day. Jul and Jun are names.") == []
    assert [t.span.text for t in find_timexes("d", "Filed Mar 9, 2010.")] == ["Mar 9, 2010"]


def test_date_modal_may_and_plain_numbers_are_not_dates():
    assert find_timexes("d", "He may resign. 2000 troops and 1,999 people were sent.") == []


@given(st.text(max_size=300))
@settings(max_examples=200, deadline=None)
def test_date_resolution_never_raises_and_spans_are_exact(text):
    for t in find_timexes("d", text):
        assert text[t.span.start:t.span.end] == t.span.text
        r = resolve(t, MONDAY)
        if r.value is not None:
            assert len(r.value.value) == {"year": 4, "month": 7, "day": 10}[r.value.precision]


def _doc(text, removed=(), i=0):
    return Document(id=f"d{i}", source=f"d{i}", sha256=str(i), title="", text=text, removed=tuple(removed))


def test_date_metadata_wins_and_page_header_alone_is_the_published_date():
    docs = [_doc("Lawmakers met on Tuesday to discuss the budget, officials said.", [Removal("March 3, 2020", "page-date")]),
            _doc("The mayor resigned on Monday, officials said.", i=1)]
    raws = {"d1": RawInput(source="x.json#1", data=b"", format="txt", sha256="", fields={"published": "2020-03-02"})}
    out = date_documents(docs, [None, None], raws)
    assert (out[0].published.value, out[0].published.basis) == ("2020-03-03", "page-header")
    assert "republished" not in out[0].flags and out[0].page_date is None
    assert (out[1].published.value, out[1].published.basis) == ("2020-03-02", "metadata")


def test_date_example_corpus_matches_gold(kadhimi_story):
    gold = GOLD
    assert kadhimi_story.event_date.value == gold["event_date"]
    by_name = {d.source.rsplit("/", 1)[-1]: d for d in kadhimi_story.documents}
    for name, want in gold["republished"].items():
        doc = by_name[name]
        assert "republished" in doc.flags
        assert doc.page_date.value == want["page_date"] and doc.published.value.startswith(want["published_month"])
    for name, month in gold["published_month"].items():
        assert by_name[name].published.value.startswith(month) and "republished" not in by_name[name].flags
    for entry in gold["entries"]:
        assert any(t.date.value == entry["date"] and any(entry["words"] in s.text for s in t.evidence)
                   for t in kadhimi_story.timeline), entry
    dates = [t.date.value for t in kadhimi_story.timeline]
    assert dates == sorted(dates)


@pytest.mark.parametrize("text,value", [
    ("His trial is set to begin Monday.", "2021-11-08"),       # a Monday page: that day
    ("The ministers will meet on Friday.", "2021-11-12"),
    ("The ministers met on Friday.", "2021-11-05"),
    ("They will meet, as they did last Friday, to talk.", "2021-11-05"),
])
def test_date_a_weekday_told_as_to_come_is_the_next_such_day(text, value):
    from crosswire.date.spans import resolve_told

    found = [t for t in find_timexes("d", text) if t.kind == "weekday"]
    assert resolve_told(text, found[0], MONDAY).value.value == value
