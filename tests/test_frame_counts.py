"""Numbers that are not counts of what a sentence is about, and counts of one class of things that name
different things. Sentences are written for these tests."""

from __future__ import annotations

import pytest
from test_frame_conflicts import _analyse

from crosswire.models import DateValue


def _counts(frames):
    return sorted((f.holder.norm if f.holder else "", f.low) for f in frames if f.kind == "quantity")


def test_multipliers_are_not_counts_of_occasions(nlp):
    frames, conflicts, _cl = _analyse(
        nlp, "The company says the new battery lasts three times the industry standard .",
        "Tests show the new chip is five times faster than the old one .")
    assert _counts(frames) == [] and conflicts == []
    # shots or blows counted in "times" are counts
    frames, conflicts, _cl = _analyse(nlp, "The guard was shot three times in the chest on Friday .",
                                      "The guard was shot five times in the chest on Friday .")
    assert [c.kind for c in conflicts] == ["quantity"]


@pytest.mark.parametrize("texts, holder, value", [
    # what was left, not what was done
    (("The new design removes all but three of the chips on the board .",
      "The design fits the whole system into a couple of chips ."), "chip", 3),
    # a threshold, not a value
    (("The valley was hit by 300 aftershocks , including 40 aftershocks stronger than five on the Richter scale .",
      "The quake in the valley measured 6.2 on the Richter scale ."), "magnitude", 5),
    # a capacity in units of storage
    (("Storage remains at 64 GB and 128 GB in the basic models .",
      "The top model has a fast processor and 256 GB in all ."), "gb", None),
    # numbers in the names of things
    (("The maker also chose to include a pair of USB 3 . 0 ports in its new laptop line .",
      "And as for ports : SD , HDMI , USB 3 , a new power port and two fast ports ."), "usb", None),
    # a count that names a thing's kind
    (("The firm put its chips in a 10 - rack system in its first design .",
      "Ordinary servers would need two full racks of machines to do the same ."), "rack", 10),
])
def test_numbers_that_are_not_counts_take_no_side(nlp, texts, holder, value):
    frames, conflicts, _cl = _analyse(nlp, *texts)
    assert not [(h, low) for h, low in _counts(frames) if h == holder and value in (None, low)]
    assert conflicts == []


def test_range_ends_are_not_counts(nlp):
    frames, conflicts, _cl = _analyse(
        nlp, "So far nine men have been convicted and received sentences of between six and 40 years .",
        "The leader received a sentence of 20 years for the assault .")
    assert 6 not in [low for _h, low in _counts(frames)] and 40 not in [low for _h, low in _counts(frames)]
    assert conflicts == []


def test_followers_are_people_counted_by_what_happened_to_them(nlp):
    _f, conflicts, _cl = _analyse(
        nlp, "The case stems from two young followers the preacher took as brides in Dunmere .",
        "The preacher's sect in Dunmere is believed to have about 9,000 followers .")
    assert conflicts == []


def test_tokenised_decimals_stay_in_their_sentence(nlp):
    doc = nlp("The company also chose to include a pair of USB 3 . 0 ports on the side . It sold well .")
    assert [s.text for s in doc.sents] == ["The company also chose to include a pair of USB 3 . 0 ports on the side .",
                                           "It sold well ."]
    doc = nlp("The toll rose in 2011. 3 people died later .")
    assert len(list(doc.sents)) == 2


def test_running_tolls_and_happenings_years_back_take_no_side(nlp):
    _f, conflicts, _cl = _analyse(
        nlp, "More than 600 people have been killed in Valdra since the offensive began 12 days ago .",
        "Forty people were killed in Valdra when shells hit a school on Tuesday .")
    assert conflicts == []
    _f, conflicts, _cl = _analyse(
        nlp, "The flood four years ago killed more than 2,000 people along the Orna river .",
        "The flood on Monday killed 14 people along the Orna river .")
    assert conflicts == []


def test_numbers_of_a_list_are_not_counts_and_a_count_before_a_happening_is(nlp):
    frames, conflicts, _cl = _analyse(
        nlp, "While tremors around magnitude 2 and 3 are common in the valley , Monday's quake was stronger .",
        "A magnitude 4 quake shook the valley on Monday .")
    assert [f.low for f in frames if f.kind == "quantity"] == [4] and conflicts == []
    # a count written before a happening counts what took part in it
    frames, _c, _cl = _analyse(nlp, "A warship foiled a five - boat pirate attack on Friday .")
    assert _counts(frames) == [("boat", 5)]


def test_a_lone_number_tagged_as_a_date_is_a_count_and_labels_are_not(nlp):
    frames, _c, _cl = _analyse(nlp, "A strong quake hit the coast on Sunday , destroying seven villages and "
                                    "killing 10 people and injuring 80 .")
    assert sorted((f.attribute.norm, f.low) for f in frames if f.kind == "quantity" and f.attribute
                  and f.attribute.norm in ("killed", "injured")) == [("injured", 80), ("killed", 10)]
    frames, _c, _cl = _analyse(nlp, "The new laptops use Intel HD Graphics 4000 chips and sell well .")
    assert _counts(frames) == []


def test_no_one_shares_of_a_group_and_of_a_told_set(nlp):
    frames, _c, _cl = _analyse(nlp, "Aid workers said no one was killed in the attack on the camp .")
    assert 1 not in [f.low for f in frames if f.kind == "quantity"]
    frames, _c, _cl = _analyse(nlp, "A tank fired on a house used by the soldiers , killing four of them on Monday .")
    assert 4 not in [f.low for f in frames if f.kind == "quantity"]
    _f, conflicts, _cl = _analyse(nlp, "Aid workers in the Dalo camp said four bombs fell on Monday .",
                                  "Two of the bombs fell inside the Dalo camp on Monday , a spokesman said .")
    assert conflicts == []
    # two shares of one told set still disagree
    _f, conflicts, _cl = _analyse(nlp, "Four of the guards were injured in the Dalo camp on Monday , aid workers said .",
                                  "Two of the guards were injured in the Dalo camp on Monday , a spokesman said .")
    assert [c.kind for c in conflicts] == ["quantity"]


def test_the_whole_of_a_share_with_its_own_happening_is_a_count_of_it(nlp):
    frames, conflicts, _cl = _analyse(
        nlp, "Police said three of the seven bullets fired by the officers struck the teenager in Dalton Street .",
        "Police said the officers fired 11 shots at the teenager in Dalton Street .")
    assert sorted((q, f.low) for f in frames if f.kind == "quantity" for q in f.qualifiers or ("",)) == \
        [("", 7), ("", 11), ("part", 3)]
    (c,) = conflicts
    assert sorted(s.value for s in c.sides) == ["11", "7"]
    # the whole of a ratio without a happening of its own still counts no happening
    frames, _c, _cl = _analyse(nlp, "The quarterback completed 28 of 41 passes for 300 yards .")
    assert ("total", 41) in [(q, f.low) for f in frames if f.kind == "quantity" for q in f.qualifiers]


def test_one_persons_ages_told_differently_conflict_unless_time_explains_them(nlp):
    _f, conflicts, _cl = _analyse(
        nlp, "Police said Marta Lindqvist , 61 , was found dead in her flat in Orbury on Monday .",
        "Marta Lindqvist , aged 68 , was found dead in Orbury on Monday , police said .")
    (c,) = conflicts
    assert c.topic == "age of Marta Lindqvist" and sorted(s.value for s in c.sides) == ["61", "68"]
    # a year apart may be a birthday; two years apart in reports two years apart is time passing
    _f, conflicts, _cl = _analyse(nlp, "Marta Lindqvist , 61 , was found dead in Orbury .",
                                  "Marta Lindqvist , 62 , was found dead in Orbury .")
    assert conflicts == []
    published = {0: DateValue("2005-06-25", "day"), 1: DateValue("2007-05-03", "day")}
    _f, conflicts, _cl = _analyse(nlp, "Piet Lindqvist , 27 , was arrested in Orbury on Monday .",
                                  "Piet Lindqvist , 29 , was sentenced in Orbury on Monday .", published=published)
    assert conflicts == []
    _f, conflicts, _cl = _analyse(nlp, "Piet Lindqvist , 27 , was arrested in Orbury on Monday .",
                                  "Piet Lindqvist , 29 , was arrested in Orbury on Monday .")
    assert conflicts == []  # undated reports: two years may have passed
    # a surname alone may be a relative's; different people, and ages given to role nouns, never meet
    _f, conflicts, _cl = _analyse(nlp, "Lindqvist , 61 , was found dead in Orbury on Monday .",
                                  "Her grandson Erik Lindqvist , 17 , found Marta Lindqvist in Orbury on Monday .")
    assert [c for c in conflicts if c.topic.startswith("age")] == []
    _f, conflicts, _cl = _analyse(nlp, "Marta Lindqvist , 61 , was found dead in Orbury .",
                                  "Her son Piet Lindqvist , 40 , was arrested in Orbury .")
    assert conflicts == []
    frames, _c, _cl = _analyse(nlp, "Deputy sheriff and 35-year-old Tom Hale was killed in Orbury , while the "
                                    "17-year-old suspect fled .")
    assert [f.low for f in frames if f.holder is not None and f.holder.norm == "age"] == [35]



def test_counts_told_of_an_arrest_are_not_counts_of_the_story_happening(nlp):
    _f, conflicts, _cl = _analyse(nlp, "No shots were fired when Tom Hale was taken into custody in Orbury , he said .",
                                  "Tom Hale fired just one shot from his pistol in Orbury , he said .")
    assert conflicts == []
    _f, conflicts, _cl = _analyse(nlp, "No shots were fired when Tom Hale was arrested in Orbury , he said .",
                                  "Two shots were fired when Tom Hale was arrested in Orbury , police said .")
    assert [c.kind for c in conflicts] == ["polarity"]


TOLD = "Aid workers said that four bombs fell on the camp at Dorra but that they caused no casualties."


@pytest.mark.parametrize("a, b, sides", [
    # "office buildings" are not among the "houses", though buildings and houses are one class
    ("Officials said the storm damaged 40 government office buildings in the town of Brenmoor .",
     "Officials said the storm damaged 18 houses in the town of Brenmoor .", []),
    ("Officials said the storm damaged 40 houses in the town of Brenmoor .",
     "Officials said the storm damaged 18 homes in the town of Brenmoor .", [["18", "40"]]),
    # a participle telling how narrows the count to a part ...
    ("With the win he improves to a record of 40 - 2 with 33 wins coming by way of knockout .",
     "With the win he improves to a career record of 40 wins and two defeats .", []),
    # ... one that says what happened to them, or describes them, does not
    ("Police said 12 people were wounded in the attack on the town .",
     "Police said 14 people wounded in the attack on the town were taken to hospital .", [["12", "14"]]),
    ("The strike killed 40 people seeking shelter in the school on Tuesday.",
     "The strike killed 30 people sheltering in the school on Tuesday.", [["30", "40"]]),
    # a count broken down by where is a part; the whole told before a dash stays a count
    ("According to an aid worker, two bombs fell on an airstrip at Dorra, one hit a school and one landed on a "
     "market.", TOLD, []),
    ("Six bombs were dropped on the camp at Dorra - two landed inside the camp, while the other four were "
     "dropped near the airstrip.", TOLD, [["4", "6"]]),
    # the rest of a set just told is a part; others told on their own are a count
    ("Four bombs were dropped on the camp at Dorra - two landed inside it, while the other two bombs were "
     "dropped near the airstrip.", "Three other bombs exploded outside the camp at Dorra.", []),
    ("Two other people were injured in the attack on the camp.",
     "Three other people were injured in the attack on the camp.", [["2", "3"]]),
    # a count added to one told before ("another 20", "twelve more") is a part of the toll
    ("Forty people were killed in the blast at the camp.", "Another 20 people were killed in the blast at the camp.",
     []),
    ("Forty people were killed in the blast at the camp.", "Twelve more people were killed in the blast at the camp.",
     []),
    # outcomes are counts of their own
    ("Three people were killed and 12 were injured in the blast at the camp.",
     "Five people were killed in the blast at the camp.", [["3", "5"]]),
])
def test_parts_and_wholes_of_told_sets(nlp, a, b, sides):
    _f, conflicts, _cl = _analyse(nlp, a, b)
    assert [sorted(s.value for s in c.sides) for c in conflicts if c.kind == "quantity"] == sides


def test_a_bare_number_before_a_count_stands_for_something_told_earlier(nlp):
    frames, _c, _cl = _analyse(nlp, "Two were intercepted while a third exploded at the house, injuring several "
                                    "of the minister's guards.")
    assert [f.qualifiers for f in frames if f.holder is not None and f.holder.norm == "guard"] == [("vague",)]
