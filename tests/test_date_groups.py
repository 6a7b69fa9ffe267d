"""Event-date rules for stories that mix events or carry no dates: separate events told apart by their
publication dates, a late report's weight kept off the day it only recalls, years said to have passed since
the story's origin, and a happening told as "last month"."""

from __future__ import annotations

import datetime as dt

from crosswire.date import event_date, find_timexes
from crosswire.date.groups import news_documents, publication_groups
from crosswire.date.event import TRUSTED
from crosswire.date.spans import least_year, month_after_last_month, origin_year, told_last_month, years_passed
from dating import doc as _doc, undated_year


def _found(docs):
    return {d.id: find_timexes(d.id, d.text) for d in docs}


def _annotated(nlp, docs):
    from crosswire.annotate import annotate

    return annotate(docs, nlp=nlp)


# a brief outage in March covered by three reports; a long one in June covered by four that never recall March
MARCH = [_doc(0, "A power line failed on Tuesday, leaving the city dark for an hour.", "2019-03-05"),
         _doc(1, "The city was dark for an hour on Tuesday after a line failed.", "2019-03-05"),
         _doc(2, "Engineers said the line that failed on Tuesday had been replaced.", "2019-03-07")]
JUNE = [_doc(3, "The grid went down on Saturday 15 June 2019 and has not recovered.", "2019-06-17"),
        _doc(4, "Most homes are still without power after the grid failed on Saturday 15 June 2019.", "2019-06-18"),
        _doc(5, "Repairs to the grid that went down on 15 June 2019 will take a week.", "2019-06-18"),
        _doc(6, "Power came back to half the city; the grid had failed on Saturday 15 June 2019.", "2019-06-20")]


def test_publication_dates_far_apart_form_groups():
    groups = publication_groups(MARCH + JUNE + [_doc(7, "no date")], TRUSTED)
    assert [[d.id for d in g] for g in groups] == [["d0", "d1", "d2"], ["d3", "d4", "d5", "d6"]]


def test_two_separate_events_vote_by_the_larger_one(nlp):
    docs = MARCH + JUNE
    assert news_documents(docs, TRUSTED, _found(docs)) == {"d3", "d4", "d5", "d6"}
    assert event_date(docs, _annotated(nlp, docs)).value == "2019-06-15"
    smaller = MARCH + JUNE[:2]            # the earlier event has more documents: it stands
    assert event_date(smaller, _annotated(nlp, smaller)).value == "2019-03-05"


def test_a_later_group_that_recalls_the_first_event_is_its_coverage(nlp):
    crime = [_doc(0, "A shopkeeper was shot dead on Friday outside his store.", "2011-10-22"),
             _doc(1, "Police are hunting the gunman who shot a shopkeeper on Friday.", "2011-10-23")]
    trial = [_doc(2 + k, f"The trial of the man accused of killing the shopkeeper on Oct. 21, 2011 went on "
                         f"on {day}.", pub)
             for k, (day, pub) in enumerate([("Monday", "2013-04-08"), ("Tuesday", "2013-04-09"),
                                             ("Wednesday", "2013-04-10")])]
    docs = crime + trial
    assert news_documents(docs, TRUSTED, _found(docs)) == {d.id for d in docs}
    assert event_date(docs, _annotated(nlp, docs)).value == "2011-10-21"
    no_year = crime + [_doc(2 + k, f"Jurors heard on {day} how the Oct. 21 shooting of the shopkeeper unfolded.", pub)
                       for k, (day, pub) in enumerate([("Monday", "2013-04-08"), ("Tuesday", "2013-04-09"),
                                                       ("Wednesday", "2013-04-10")])]
    assert news_documents(no_year, TRUSTED, _found(no_year)) == {d.id for d in no_year}
    unrelated = crime + [_doc(2 + k, f"Jurors heard on {day} how the robbery of the bank unfolded.", pub)
                         for k, (day, pub) in enumerate([("Monday", "2013-04-08"), ("Tuesday", "2013-04-09"),
                                                         ("Wednesday", "2013-04-10")])]
    assert news_documents(unrelated, TRUSTED, _found(unrelated)) == {"d2", "d3", "d4"}


def test_a_late_report_does_not_hand_its_news_to_the_day_it_recalls(nlp):
    # two reports of Sunday's march; three reports days later whose news (Thursday's arrests) lies after the
    # earliest publication date and which recall the day the law passed: their weight stays with Thursday
    early = [_doc(0, "Thousands of protesters marched through the capital on Sunday against the new law.\n\n"
                     "Parliament passed the law on Nov. 3 after a long debate.", "2021-11-07"),
             _doc(1, "Protesters marched against the new law in the capital on Sunday, police said.", "2021-11-08")]
    late = [_doc(2 + k, "Police arrested forty protesters on Thursday after clashes in the capital.\n\n"
                        "Parliament passed the law on Nov. 3 after a long debate.", pub)
            for k, pub in enumerate(["2021-11-12", "2021-11-12", "2021-11-13"])]
    docs = early + late
    assert event_date(docs, _annotated(nlp, docs)).value == "2021-11-07"


def test_years_said_to_have_passed_count_from_the_year_recalled_most():
    texts = {"a": "After more than three years of delays, the man was sentenced Saturday to life in prison.",
             "b": "He escaped from the courthouse on March 11, 2005, killing four people.",
             "c": "The March 2005 rampage ended with his capture. A newspaper printed his letters in 2006."}
    timexes = {k: find_timexes(k, v) for k, v in texts.items()}
    saturday = 5
    assert origin_year(timexes) == 2005
    assert years_passed(texts, saturday) == 3
    assert years_passed(texts, 4) == 0                        # the span must reach the story's weekday
    assert least_year(texts, timexes, saturday) == 2008
    nearly = {"a": "After nearly three years, the bridge reopened on Saturday."}
    assert years_passed(nearly, saturday) == 2
    elsewhere = {"a": "He was released after three years in prison. The bridge reopened on Saturday."}
    assert years_passed(elsewhere, saturday) == 0             # another sentence's span says nothing of the news


def test_an_undated_story_takes_the_year_the_passed_years_give():
    docs = [_doc(0, "After more than three years of delays, the man who escaped from the courthouse was "
                    "sentenced Saturday to life in prison."),
            _doc(1, "A judge sentenced him on Saturday for the March 11, 2005 escape. The jury convicted him "
                    "on Oct. 7."),
            _doc(2, "The man, who escaped in March 2005, was sentenced Saturday. A newspaper printed his "
                    "letters in 2006.")]
    year, day, _span = undated_year(docs)
    assert year == 2008 and day.startswith("2008-10")


def test_last_month_puts_the_news_in_the_month_after_the_one_it_names():
    assert month_after_last_month(dt.date(2008, 11, 7), {(2008, 9), (2008, 11)}) == dt.date(2008, 12, 1)
    assert month_after_last_month(dt.date(2008, 11, 7), {(2008, 10), (2008, 11)}) == dt.date(2008, 11, 7)
    assert month_after_last_month(dt.date(2008, 12, 2), {(2008, 12)}) == dt.date(2009, 1, 1)
    texts = {"a": "Prosecutors spent the last month urging jurors to vote for death."}
    assert not told_last_month(texts, {"a": find_timexes("a", texts["a"])})
    texts = {"a": "He was found guilty last month of murder."}
    assert told_last_month(texts, {"a": find_timexes("a", texts["a"])})
    docs = [_doc(0, "The man was sentenced Saturday. He was found guilty last month of murder."),
            _doc(1, "The judge read the sentence to a full courtroom. " * 8 + "A jury began hearing the case "
                    "Sept. 22 and convicted him on Nov. 7. The trial, the longest of 2008, was long."),
            _doc(2, "He was sentenced on Saturday to life in prison.")]
    year, day, _span = undated_year(docs)
    assert (year, day) == (2008, "2008-12-06")
    without = [_doc(0, "The man was sentenced Saturday."), docs[1], docs[2]]
    year, day, _span = undated_year(without)
    assert (year, day) == (2008, "2008-11-08")          # without "last month": the first Saturday after Nov. 7


def test_a_utc_publication_time_takes_the_local_day_of_the_page_stamp():
    from crosswire.date.documents import date_documents
    from crosswire.models import RawInput

    doc = _doc(0, "Monday, March 11, 2013 23:51\n\nA vigil turned into a riot tonight, police said.")
    raw = RawInput(source="d0", data=b"", format="txt", sha256="0", fields={"published": "2013-03-12T04:51Z"})
    dated = date_documents([doc], [None], {doc.id: raw})[0].published
    assert (dated.value, dated.basis) == ("2013-03-11", "metadata")
    assert doc.text[dated.span.start:dated.span.end] == "Monday, March 11, 2013"
    far = _doc(1, "Monday, March 11, 2013 23:51\n\nA vigil turned into a riot tonight, police said.")
    raw = RawInput(source="d1", data=b"", format="txt", sha256="1", fields={"published": "2013-03-15T04:51Z"})
    assert date_documents([far], [None], {far.id: raw})[0].published.value == "2013-03-15"   # not a time zone
    no_clock = _doc(2, "Monday, March 11, 2013\n\nA vigil turned into a riot tonight, police said.")
    raw = RawInput(source="d2", data=b"", format="txt", sha256="2", fields={"published": "2013-03-12"})
    assert date_documents([no_clock], [None], {no_clock.id: raw})[0].published.value == "2013-03-12"
