"""An undated story's year: a year recalled as a past happening beside the news bounds it from the year after;
numbers that only look like years ("1920 x 1200") are no years."""

from __future__ import annotations

import pytest

from crosswire.date import find_timexes
from crosswire.date.spans import told_as_before, told_as_to_come
from dating import doc as _doc, undated_year


def _year(text: str):
    return next(t for t in find_timexes("d", text) if t.kind == "year")


@pytest.mark.parametrize("text,told", [
    ("A flood swept the valley on Monday, in a region still rebuilding from a storm that struck in 1997.", True),
    ("There have been many floods here since a dam burst in 1997 and drowned the lower town.", True),
    ("In 1997, a storm levelled the harbour and left thousands homeless.", True),
    ("Thousands were killed by the 1997 storm, the worst on record.", True),
    ("The mayor, who resigned in 1997, spoke on Monday.", True),
    ("The harbour will reopen in 1997, officials said.", False),
    ("The new line is expected to open in 1997.", False),
    ("The 1997 edition of the fair opens on Monday.", False),
    ("The fair is the largest of 1997 so far.", False),
])
def test_a_year_told_as_a_past_happening_beside_the_news(text, told):
    assert told_as_before(text, _year(text)) is told


def test_a_recalled_year_puts_an_undated_story_in_a_later_year():
    # Jan. 4 falls on a Sunday in 2004 and in 2009: the storm recalled "in 2004" is not the news, so the
    # story lies in the next year after it where the day falls on its weekday
    docs = [_doc(0, "A flood swept the valley on Sunday, Jan. 4, killing two people. The region is still "
                    "rebuilding from a storm that struck in 2004."),
            _doc(1, "Rescuers searched the valley on Sunday. Floods have hit the valley often since a dam burst "
                    "in 2004 and drowned the lower town.")]
    year, day, _span = undated_year(docs)
    assert (year, day) == (2009, "2009-01-04")


def test_a_year_named_as_the_news_year_still_bounds_it_from_that_year():
    docs = [_doc(0, "A flood swept the valley on Sunday, Jan. 4, killing two people."),
            _doc(1, "Rescuers searched the valley on Sunday, the first flood of 2004.")]
    year, day, _span = undated_year(docs)
    assert (year, day) == (2004, "2004-01-04")


def test_a_day_of_a_year_recalled_does_not_move_the_story_to_the_next_year():
    # "seized on September 15, 2008" is past, but the story may well lie later in 2008
    docs = [_doc(0, "Commandos freed the crew on Saturday, Dec. 6. The tanker was seized on September 15, 2008."),
            _doc(1, "The crew was freed on Saturday, the navy said.")]
    year, day, _span = undated_year(docs)
    assert (year, day) == (2008, "2008-12-06")


@pytest.mark.parametrize("text,years", [
    ("The screen shows 1920 x 1200 pixels in the edition of 2009.", ["2009"]),
    ("It has a 1920×1080 panel.", []),
    ("He lost weight throughout 2008.", ["2008"]),
    ("Prices rose in 2008 and fell in 2009.", ["2008", "2009"]),
])
def test_numbers_that_only_look_like_years_are_not_years(text, years):
    assert [t.span.text for t in find_timexes("d", text) if t.kind == "year"] == years


@pytest.mark.parametrize("text,to_come", [
    ("The company will not catch up until 2011, analysts said.", True),
    ("The new plant is set for opening in the second half of 2011.", True),
    ("Beginning in 2011, the group plans to merge the two lines.", True),
    ("The plant opened in 2011 and now employs 300.", False),
    ("In 2011, the group merged the two lines.", False),
])
def test_a_year_told_as_what_is_to_come(text, to_come):
    assert told_as_to_come(text, _year(text)) is to_come


def test_a_year_to_come_does_not_push_an_undated_story_later():
    # July 24 is a Monday in 2000 and in 2006: the deal "expected to close in 2007" says nothing of how late
    # the news is; the sales "in 2005" put it after 2005
    docs = [_doc(0, "The chipmaker said on Monday, July 24, it would buy its rival. It spent heavily on research "
                    "in 2005. The deal is expected to close in 2007."),
            _doc(1, "Shares fell on Monday after the deal was announced. The rival will not catch up until 2007.")]
    year, day, _span = undated_year(docs)
    assert (year, day) == (2006, "2006-07-24")


def test_a_day_told_as_scheduled_is_not_taken_for_the_news_day():
    # Jan. 21 falls on a Wednesday in 2009, the weekday the story names; but it is the day of a court date to
    # come, not of the arrests
    docs = [_doc(0, "Two men were arrested on Wednesday. Their court appearance is scheduled for Jan. 21. "
                    "They were charged for acts between 2004 and Oct. 8, 2008."),
            _doc(1, "The men were arrested Wednesday, officials said.")]
    found = undated_year(docs)
    assert found is None or found[1] != "2009-01-21"


def test_a_day_in_a_month_told_as_to_come_is_not_the_news_day():
    # February 11 falls on a Tuesday (the story's weekday) in 2014; but February is the month the phone
    # "will be available" in, so the leaked day is to come, and the story stays after the past month it names
    docs = [_doc(0, "The carrier said on Tuesday that the phone will be available in February. Earlier, the "
                    "date of February 11 was leaked."),
            _doc(1, "The phone, shown in early January at a fair, is anticipated to be available in February. "
                    "The maker sold its first model in 2012.")]
    year, day, _span = undated_year(docs)
    assert (year, day) == (2012, "2012-01-03")


@pytest.mark.parametrize("texts,months", [
    (["The phone will be available in February.", "It is anticipated to be available in February."], {2}),
    (["The phone will be available in February.", "Sales fell in February.", "Prices rose in February."], set()),
    (["A vote will be held in November, after the law passed in early March."], {11}),
])
def test_months_told_as_to_come(texts, months):
    from crosswire.date.documents import months_to_come

    docs = {f"d{i}": t for i, t in enumerate(texts)}
    assert months_to_come(docs, {k: find_timexes(k, t) for k, t in docs.items()}) == months


def test_a_day_written_with_its_weekday_stands_in_a_month_told_as_to_come():
    # "ships in late January" can be said in January: "Tuesday (Jan 6)" still names the news day
    docs = [_doc(0, "The maker on Tuesday (Jan 6) unveiled a laptop that is due to ship in late January. Its "
                    "chief fell ill in 2004 and lost weight throughout 2008."),
            _doc(1, "The laptop, left out of the maker's event in October, is expected to ship in late January.")]
    year, day, _span = undated_year(docs)
    assert (year, day) == (2009, "2009-01-06")


def test_a_day_to_come_after_the_past_months_bounds_the_news_across_the_new_year():
    # early December is past and the court date of Jan. 21 is to come: the arrests (a Wednesday) lie between,
    # in the January after, not on the first Wednesday of December
    docs = [_doc(0, "Two men were arrested on Wednesday. They were charged over acts between 2004 and Oct. 8, "
                    "2008. A prosecutor approved the charges in early December. Their first court appearance is "
                    "scheduled for Jan. 21."),
            _doc(1, "The men were arrested Wednesday, officials said.")]
    year, day, span = undated_year(docs)
    assert (year, day, span.text) == (2009, "2009-01-14", "Jan. 21")


def test_a_day_to_come_alone_does_not_date_the_news():
    # with no past month or day named, a launch "set for March 9" says nothing of how long before it the news is
    docs = [_doc(0, "The maker said on Monday the phone would go on sale on March 9. It sold well in 2010."),
            _doc(1, "Shares rose on Monday after the announcement.")]
    found = undated_year(docs)
    assert found is None or found[1] != "2011-03-07"


def test_a_year_named_after_a_holiday_puts_an_undated_story_after_it():
    # "the day before Christmas 2002" is past; November 12 falls on a Friday (the story's weekday) in 2004
    docs = [_doc(0, "On November 12, a jury convicted the man of murder."),
            _doc(1, "The woman vanished the day before Christmas 2002. A jury found the man guilty Friday."),
            _doc(2, "The jury found him guilty on Friday after a trial of five months.")]
    year, day, _span = undated_year(docs)
    assert (year, day) == (2004, "2004-11-12")
