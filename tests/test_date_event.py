"""The story's event date by evidence vote: basis weights, the publication bound, background dates,
relative expressions against each document's own date, and the story year from weekday-date pairs."""

from __future__ import annotations

import datetime as dt
import itertools

from crosswire.date import event_date, find_timexes, story_timexes
from crosswire.date.documents import date_documents
from crosswire.date.event import is_deadline, is_stamp, story_bound
from dating import doc as _doc, undated_year


def _annotated(nlp, docs):
    from crosswire.annotate import annotate

    return annotate(docs, nlp=nlp)


PEG = [
    _doc(0, "Drones struck the governor's residence early Sunday, officials said.\n\n"
            "The attack came weeks after elections held on October 10 were disputed.", "2021-11-07"),
    _doc(1, "The governor survived a drone attack on his home on Sunday.\n\n"
            "Protests over last month's vote had turned violent on Friday, October 29.", "2021-11-07"),
    _doc(2, "Officials said on Monday that three drones were used in Sunday's attack.", "2021-11-08"),
]


def test_background_dates_never_beat_the_news_peg(nlp):
    assert event_date(PEG, _annotated(nlp, PEG)).value == "2021-11-07"


def test_the_vote_does_not_depend_on_document_order(nlp):
    anns = _annotated(nlp, PEG)
    values = {event_date([PEG[k] for k in order], [anns[k] for k in order]).value
              for order in itertools.permutations(range(3))}
    assert values == {"2021-11-07"}


def test_nothing_after_the_earliest_corroborated_publication_wins(nlp):
    docs = [_doc(0, "The trial of the two men opened on Tuesday in the county court.", "2013-04-10"),
            _doc(1, "Jurors on Wednesday heard the first witnesses in the trial.", "2013-04-11"),
            _doc(2, "The woman was killed on Oct. 21, 2011 outside a school.", "2011-10-25"),
            _doc(3, "Police arrested a teenager on Tuesday for the shooting that took place last Friday.",
                 "2011-10-26")]
    assert story_bound(docs) == dt.date(2011, 10, 25)
    assert event_date(docs, _annotated(nlp, docs)).value == "2011-10-21"


def test_one_stray_metadata_date_does_not_bound_the_story():
    docs = [_doc(0, "x", "2011-03-12"), _doc(1, "x", "2013-03-12"), _doc(2, "x", "2013-03-13")]
    assert story_bound(docs) == dt.date(2013, 3, 12)
    assert story_bound([_doc(0, "x", "2013-03-12", basis="inferred-from-story")]) is None


def test_relative_days_resolve_against_each_documents_own_date(nlp):
    docs = [_doc(0, "The bridge collapsed on Sunday, killing two people.", "2021-11-07"),
            _doc(1, "Engineers inspected the bridge on Monday, a day after it collapsed.", "2021-11-09"),
            _doc(2, "Divers searched the river on Tuesday for a missing driver.")]
    anns = _annotated(nlp, docs)
    story = event_date(docs, anns)
    assert story.value == "2021-11-07"
    timexes = story_timexes(docs, anns, story)
    by_text = {t.span.text: t.value.value for ts in timexes.values() for t in ts}
    assert by_text["Monday"] == "2021-11-08"        # against d1's own date (a Tuesday)
    assert by_text["Tuesday"] == "2021-11-09"       # d2 has no date: the nearest Tuesday to the event


def test_stamp_lines_and_deadlines_are_told_apart():
    text = "Posted Oct 26, 2011 8:57 AM CDT\nService should be back to normal by Dec. 31, officials said on Oct 24."
    found = find_timexes("d", text)
    assert is_stamp(text, found[0]) and not is_stamp(text, found[-1])
    deadline = next(t for t in found if t.span.text.startswith("Dec"))
    assert is_deadline(text, deadline) and not is_deadline(text, found[-1])


def test_dates_in_capitals_are_found():
    found = find_timexes("d", "PUBLISHED : MONDAY , MARCH 11 , 2013 , 10 : 34 PM")
    assert [t.kind for t in found] == ["full"] and found[0].span.text == "MONDAY , MARCH 11 , 2013"


def test_a_weekday_written_with_a_date_fixes_the_story_year():
    docs = [_doc(0, "The singer, who was born in 2003, died Thursday, December 11, at a hospital.", None),
            _doc(1, "She died on Thursday after a heart attack on Dec. 2, her agent said in 2006.", None)]
    year, day, _span = undated_year(docs)
    assert (year, day) == (2008, "2008-12-11")
    dated = date_documents(docs, [None, None], {})
    assert all(d.published.value.startswith("2008-12") for d in dated)


def test_a_date_in_brackets_after_its_weekday_fixes_the_story_year():
    # "Tuesday (6 January)": January 6 is a Tuesday in 2009; a campaign said to have begun "on December 27"
    # falls on a Tuesday in 2011 and must not move the story there
    docs = [_doc(0, "Officials said on Tuesday the toll passed 600 since the campaign began on December 27."),
            _doc(1, "Envoys met on Tuesday to press for a truce. " * 8 + "Shells hit a school on Tuesday "
                    "(6 January), killing 40 people. The last truce broke down in November 2008.")]
    year, day, _span = undated_year(docs)
    assert (year, day) == (2009, "2009-01-06")


def test_a_date_stamp_line_near_the_top_dates_the_page():
    doc = _doc(0, "Harbour closed after storm\nPosted Oct 26, 2011 8:57 AM CDT\nThe harbour closed on Tuesday.\n"
                  "Updated Oct 27, 2011 9:00 AM CDT")
    dated = date_documents([doc], [None], {})[0]
    assert (dated.published.value, dated.published.basis) == ("2011-10-26", "dateline")
    plain = _doc(1, "The harbour, which reopened on Oct 26, 2011, closed again on Tuesday after a storm.")
    published = date_documents([plain], [None], {})[0].published
    assert published is None or published.basis != "dateline"


def test_the_event_date_shows_its_most_explicit_evidence(nlp):
    docs = [_doc(0, "The storm hit the coast on Sunday, flooding hundreds of homes.", "2021-11-07"),
            _doc(1, "Residents cleaned up after the storm that hit on November 7 flooded their homes.", "2021-11-09")]
    found = event_date(docs, _annotated(nlp, docs))
    assert (found.value, found.basis, found.evidence) == ("2021-11-07", "document-vote", "November 7")
    assert docs[1].text[found.span.start:found.span.end] == found.evidence


def test_an_undated_story_does_not_take_a_recalled_date_as_its_news(nlp):
    docs = [_doc(0, "A judge sentenced the man on Saturday to life in prison. He escaped from the courthouse "
                    "on March 11, 2005, during his rape trial."),
            _doc(1, "The man was sentenced Saturday morning for the 2005 courthouse escape.")]
    dated = date_documents(docs, [None, None], {})
    assert all(d.published is None for d in dated)
    assert event_date(dated, _annotated(nlp, dated)) is None   # March 11, 2005 was a Friday, not the news


def test_a_date_ending_a_line_before_a_clock_time_is_a_stamp():
    from crosswire.date.event import is_stamp
    from crosswire.date.timex import find_timexes
    text = "He finished with 26 touchdowns in 15 games. Dec. 18 - 11:14 pm et\nThe next game is on Jan. 10 ."
    stamp, later = [t for t in find_timexes("d", text) if t.kind == "month_day"]
    assert is_stamp(text, stamp) and not is_stamp(text, later)


def test_the_weekday_of_the_leads_dates_an_undated_story():
    # the leads say Thursday; the bodies talk more of Sunday's game. With no page dates, the year is the one
    # that puts the stamped "Dec. 18" on the leads' Thursday, no earlier than the latest year mentioned.
    lead = "The Colts clinched a playoff spot with a win on Thursday night over the Jaguars."
    body = " The quarterback threw for two touchdowns and ran for another." * 5 + \
        " They play on Sunday. The coach said Sunday matters. They last won in 2006."
    docs = [_doc(0, lead + body, None), _doc(1, lead + body, None),
            _doc(2, "He ran for two scores in 15 games. Dec. 18 - 11:14 pm et\nHe is hurt .", None)]
    year, day, _span = undated_year(docs)
    assert (year, day) == (2008, "2008-12-18")


def test_an_undated_story_lies_before_the_limits_it_announces():
    # the year is named once; repairs are due "by Dec. 25" and "by Dec. 31": the news is the story's
    # weekday (Friday) closest before the earliest limit, after the past months it recalls
    docs = [_doc(0, "Three undersea cables were cut on Friday, slowing the internet. It is the second time in "
                    "2008 that cables were damaged; cables were also cut in early February."),
            _doc(1, "Service should be back to normal by Dec. 31, and one cable could be operating by Dec. 25, "
                    "the company said of Friday's cuts.")]
    year, day, span = undated_year(docs)
    assert (year, day) == (2008, "2008-12-19") and span.text == "Dec. 25"


def test_an_undated_story_comes_after_the_latest_past_month_it_names():
    docs = [_doc(0, "The navy foiled a pirate attack on Saturday. The frigate replaced another early December."),
            _doc(1, "Pirates hijacked a tanker in September this year, and a navy ship sank a mother ship on "
                    "November 18. On Saturday commandos arrested 23 pirates. Somalia has had no government "
                    "since 1991, and the tanker seized on September 15, 2008 is still held.")]
    year, day, _span = undated_year(docs)
    assert year == 2008 and day.startswith("2008-12")


def test_a_year_is_not_told_by_month_days_falling_on_the_weekday_by_chance():
    # November 19 falls on a Saturday in 2011 and October 23 in 2010, both deep in a body: two later years
    # fit about equally, so neither is taken; the year the articles name stands
    docs = [_doc(0, "Commandos arrested pirates on Saturday. The tanker was seized on September 15, 2008. " +
                    "The navy has stepped up its patrols in the gulf. " * 8 +
                    "On October 23 a frigate was sent; on November 19 it sank a mother ship."),
            _doc(1, "The navy said on Saturday that the pirates were caught. The frigate arrived early December.")]
    year, day, _span = undated_year(docs)
    assert year == 2008 and day.startswith("2008-12")


def test_the_day_a_page_address_names_dates_a_document_without_another_date():
    from crosswire.models import RawInput

    doc = _doc(0, "A vigil turned violent on Monday night, police said.")
    raw = RawInput(source="d0", data=b"", format="txt", sha256="0", fields={"url": "https://x.example/2013/03/11/riot"})
    dated = date_documents([doc], [None], {doc.id: raw})[0]
    assert (dated.published.value, dated.published.basis) == ("2013-03-11", "url")
    stamped = _doc(1, "Vigil turns violent\nPosted Mar. 12, 2013 8:57 AM CDT\nA vigil turned violent on Monday night.")
    raw = RawInput(source="d1", data=b"", format="txt", sha256="1", fields={"url": "https://x.example/2013/03/11/riot"})
    assert date_documents([stamped], [None], {stamped.id: raw})[0].published.basis == "dateline"


def test_a_month_told_as_future_does_not_bound_an_undated_story():
    docs = [_doc(0, "Protesters marched on Saturday against the law passed in early February. A vote on repeal "
                    "will be held in November, organisers said."),
            _doc(1, "Thousands marched on Saturday, as they did in the protests of 2010.")]
    year, day, _span = undated_year(docs)
    assert (year, day) == (2010, "2010-02-06")


def test_a_bound_only_its_own_early_documents_speak_of_does_not_stand(nlp):
    # a preview published days before the news bounds nothing when no later document recalls its day
    docs = [_doc(0, "The singer is the favourite to win the prize, bookmakers said on Wednesday.", "2019-07-31"),
            _doc(1, "Preparations for the prize show went on in the city on Thursday.", "2019-08-01"),
            _doc(2, "The singer won the prize on Sunday at a ceremony in the capital.", "2019-08-04"),
            _doc(3, "Fans celebrated on Monday after the singer won the prize on Sunday.", "2019-08-05"),
            _doc(4, "The singer, who won the prize on Sunday, thanked her fans.", "2019-08-05")]
    assert story_bound(docs) == dt.date(2019, 7, 31)
    assert event_date(docs, _annotated(nlp, docs)).value == "2019-08-04"


def test_the_start_of_what_is_still_going_on_does_not_beat_the_news(nlp):
    docs = [_doc(0, "The toll has passed 600 since the offensive began on January 3, officials said.\n\n"
                    "A shell hit a school on Tuesday.", "2009-01-07"),
            _doc(1, "More than 600 people have died since the offensive began on January 3.\n\n"
                    "On Tuesday, a school was hit.", "2009-01-07")]
    assert event_date(docs, _annotated(nlp, docs)).value == "2009-01-06"


def test_a_day_after_a_documents_own_date_is_to_come_not_news(nlp):
    # with the preview's bound set aside, the later documents vote; the tour date they announce lies after
    # each one's own date and cannot be what they report
    docs = [_doc(0, "The singer is the favourite to win the prize, bookmakers said on Wednesday.", "2019-07-31"),
            _doc(1, "Preparations for the prize show went on in the city on Thursday.", "2019-08-01"),
            _doc(2, "Her tour opens on September 20, 2019 in the capital.\n\nThe singer won the prize on Sunday.",
                 "2019-08-04"),
            _doc(3, "The tour opening on September 20, 2019 sold out in an hour.\n\nShe won the prize on Sunday.",
                 "2019-08-05"),
            _doc(4, "Tickets for September 20, 2019 went on sale.\n\nThe singer, who won on Sunday, thanked fans.",
                 "2019-08-05")]
    assert event_date(docs, _annotated(nlp, docs)).value == "2019-08-04"


def test_a_fair_share_of_early_documents_keeps_the_bound(nlp):
    # two of five pages tell the attack on the day; the later ones report the arrests without naming its day:
    # the attack, not the arrests, is the news the bound keeps
    docs = [_doc(0, "Gunmen attacked a market on Sunday, killing six people.", "2019-03-03"),
            _doc(1, "Six people died when gunmen attacked a market on Sunday.", "2019-03-03"),
            _doc(2, "Police arrested two men on Tuesday over last week's market attack.", "2019-03-05"),
            _doc(3, "Two men were arrested on Tuesday after the market attack.", "2019-03-06"),
            _doc(4, "The two men arrested on Tuesday appeared in court.", "2019-03-06")]
    assert story_bound(docs) == dt.date(2019, 3, 3)
    assert event_date(docs, _annotated(nlp, docs)).value == "2019-03-03"


def test_the_day_of_the_telling_counts_less_than_the_day_told(nlp):
    docs = [_doc(0, "Police said on Monday that a bomb exploded in the market on Sunday, killing five.", "2021-11-08"),
            _doc(1, "Officials said Monday that five people died in the blast on Sunday.", "2021-11-08"),
            _doc(2, "A bomb killed five people on Sunday, officials said Monday.", "2021-11-08")]
    assert event_date(docs, _annotated(nlp, docs)).value == "2021-11-07"


def test_a_day_told_as_to_come_is_no_vote_for_the_past_day_of_its_name(nlp):
    # "set to begin Monday" in a page of Saturday is the Monday to come, not the Monday before
    docs = [_doc(0, "Police arrested the suspect on Thursday.\n\nHis trial is set to begin Monday.", "2021-11-06"),
            _doc(1, "The suspect, arrested Thursday, will appear in court on Monday.", "2021-11-06"),
            _doc(2, "A hearing is scheduled for Monday. The arrest came on Thursday.", "2021-11-06")]
    assert event_date(docs, _annotated(nlp, docs)).value == "2021-11-04"
