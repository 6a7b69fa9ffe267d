"""Fact frames read from real parses, and the conflicts between them: same holder and attribute,
incompatible values, different documents. Sentences are written for these tests."""

from __future__ import annotations

import pytest

from claims_helpers import make_doc, one_claim_each

from crosswire.annotate import annotate
from crosswire.attribute import extract_statements
from crosswire.contrast import find_conflicts, headline
from crosswire.frame import compatible, extract_frames
from crosswire.frame.values import bounds, format_range, parse_number, word_number
from crosswire.models import DateValue
from crosswire.resolve import resolve_entities


def _analyse(nlp, *texts, published=None):
    docs = [make_doc(f"d{i}", [t], outlet=f"Outlet {i}", published=(published or {}).get(i))
            for i, t in enumerate(texts)]
    annotations = annotate(docs, nlp=nlp)
    entities = resolve_entities(docs, annotations)
    statements = [s for d, a in zip(docs, annotations) for s in extract_statements(d, a, entities)]
    frames = [f for d, a in zip(docs, annotations) for f in extract_frames(d, a, statements, entities)]
    for f in frames:  # every slot is exact evidence
        doc = next(d for d in docs if d.id == f.doc)
        for slot in (f.holder, f.attribute, f.value):
            if slot is not None:
                assert doc.text[slot.span.start:slot.span.end] == slot.span.text
    conflicts, claims = find_conflicts(one_claim_each(statements), docs, frames, entities)
    return frames, conflicts, claims


def test_frame_values_parse_numbers_words_and_bounds():
    assert parse_number("1 , 500") == 1500 and parse_number("5 . 9") == 5.9 and parse_number("12") == 12
    assert word_number(["twenty", "-", "five"]) == 25 and word_number(["two", "dozen"]) == 24
    assert word_number(["a", "dozen"]) == 12 and word_number(["seven"]) == 7 and word_number(["guards"]) is None
    assert bounds(6, "at least")[0] == 6 and compatible(bounds(6, "at least"), (7, 7))
    assert not compatible(bounds(10, "more than"), (10, 10))
    assert compatible(bounds(100, "about"), (95, 95)) and not compatible((12, 12), (9, 9))
    # values are shown as told: "over 24,000" is "more than 24000", not "at least 24001"
    shown = {m: format_range(*bounds(v, m), "", m) for v, m in ((24000, "over"), (6, "at least"), (10, "fewer than"),
                                                               (80, "up to"), (5.5, "more than"))}
    assert shown == {"over": "more than 24000", "at least": "at least 6", "fewer than": "fewer than 10",
                     "up to": "up to 80", "more than": "more than 5.5"}


def test_frame_partitive_count_keeps_holder_possessor_and_predicate(nlp):
    frames, _c, _cl = _analyse(nlp, "The minister said that seven of his security guards were injured in the blast.")
    (f,) = [f for f in frames if f.kind == "quantity"]
    assert (f.holder.norm, f.attribute.norm, f.low, f.high) == ("guard", "injured", 7, 7)
    assert f.possessor is not None and f.value.span.text == "seven"


def test_frame_quantity_conflict_has_topic_values_and_documents(nlp):
    _f, conflicts, claims = _analyse(nlp, "Seven guards were injured in the attack on the compound.",
                                     "Six guards were injured in the attack on the compound.")
    (c,) = conflicts
    assert c.kind == "quantity" and "guards injured" in c.topic
    assert sorted(s.value for s in c.sides) == ["6", "7"]
    assert sorted(d for s in c.sides for d in s.docs) == ["d0", "d1"]
    assert headline(c).startswith(c.topic + ": ")
    assert all(cl.status == "contested" for cl in claims)


def test_frame_compatible_bounds_and_different_holders_are_not_conflicts(nlp):
    _f, conflicts, _cl = _analyse(nlp, "At least six guards were injured in the attack.",
                                  "Seven guards were injured in the attack.")
    assert conflicts == []
    _f, conflicts, _cl = _analyse(nlp, "Seven guards were injured in the attack.",
                                  "Prime Minister Ahmed Salem was unharmed in the attack.")
    assert conflicts == []


def test_frame_a_document_stating_both_values_is_not_a_side(nlp):
    _f, conflicts, _cl = _analyse(nlp, "Three people were killed in the north. Ten people were killed overall.",
                                  "Ten people were killed in the storm.")
    assert conflicts == []


def test_frame_none_against_a_count_is_a_polarity_conflict(nlp):
    _f, conflicts, _cl = _analyse(nlp, "No people were injured in the fire at the depot.",
                                  "Four people were injured in the fire at the depot.")
    assert [c.kind for c in conflicts] == ["polarity"]


def test_frame_person_state_conflict(nlp):
    _f, conflicts, _cl = _analyse(nlp, "Governor Maria Okafor escaped unscathed from the explosion.",
                                  "Governor Maria Okafor was injured in the explosion, officials said.")
    assert [c.kind for c in conflicts] == ["state"]
    assert {s.value for s in conflicts[0].sides} == {"unharmed", "injured"}


def test_frame_clock_times_of_one_happening_conflict(nlp):
    _f, conflicts, _cl = _analyse(nlp, "The gunman opened fire at about 10 a.m. near the school.",
                                  "The gunman opened fire at 11:30 a.m. near the school.")
    assert [c.kind for c in conflicts] == ["time"]


def test_frame_later_higher_toll_is_flagged_as_an_update(nlp):
    published = {0: DateValue("2024-03-01", "day"), 1: DateValue("2024-03-03", "day")}
    _f, conflicts, _cl = _analyse(nlp, "Twelve people were killed in the flooding along the river delta.",
                                  "Nineteen people were killed in the flooding along the river delta.", published=published)
    (c,) = conflicts
    assert c.update is True
    assert [s.value for s in c.sides if s.update] == ["19"]


def test_frame_pairs_link_statements_that_state_the_same_fact(nlp):
    from crosswire.align.claims import frame_pairs

    docs = [make_doc("d0", ["Three drones attacked the residence before dawn."]),
            make_doc("d1", ["Before dawn, three drones attacked the home of the minister."]),
            make_doc("d2", ["Two drones attacked the residence before dawn."])]
    annotations = annotate(docs, nlp=nlp)
    entities = resolve_entities(docs, annotations)
    statements = [s for d, a in zip(docs, annotations) for s in extract_statements(d, a, entities)]
    frames = [f for d, a in zip(docs, annotations) for f in extract_frames(d, a, statements, entities)]
    pairs = {(statements[a].doc, statements[b].doc) for a, b in frame_pairs(statements, frames)}
    assert pairs == {("d0", "d1")}  # same holder, attribute and value; d2 states another count


def test_frame_origin_names_count_one_agency_once():
    from crosswire.align.claims import origin_name

    assert origin_name("The Associated Press's") == origin_name("Associated Press") == "associated press"
    assert origin_name("Reuters news agency") == "reuters"


def test_frame_sentences_about_earlier_events_take_no_side(nlp):
    published = {0: DateValue("2024-09-10", "day"), 1: DateValue("2024-09-10", "day")}
    _f, conflicts, _cl = _analyse(nlp, "In 2019 twelve people were killed when the old dam near Arlow failed.",
                                  "Three people were killed when the old dam near Arlow failed on Monday.",
                                  published=published)
    assert conflicts == []


def test_frame_clock_times_need_a_real_hour():
    from crosswire.frame.values import CLOCK, clock_minutes

    assert [clock_minutes(m) for m in CLOCK.finditer("at 10 : 30 a . m . and 8pm")] == [630, 1200]
    assert [clock_minutes(m) for m in CLOCK.finditer("updated 2:40am")] == [160]
    assert list(CLOCK.finditer("40am on Saturday")) == []


def test_frame_each_side_lists_every_document_stating_its_value(nlp):
    # the third document states seven in a sentence that shares nothing with the six; it still takes a side
    _f, conflicts, _cl = _analyse(nlp, "Seven guards were injured in the attack on the compound.",
                                  "Six guards were injured in the attack on the compound.",
                                  "Officials said seven guards were injured in the compound attack.")
    (c,) = conflicts
    sides = {s.value: s.docs for s in c.sides}
    assert sides == {"7": ("d0", "d2"), "6": ("d1",)}


def test_frame_a_bare_toll_counts_people_and_words_before_an_article_bound_it(nlp):
    _f, conflicts, _cl = _analyse(nlp, "The governor said 50 were injured in the earthquake on the island.",
                                  "Officials said 80 people were injured in the earthquake on the island.")
    (c,) = conflicts
    assert sorted(s.value for s in c.sides) == ["50", "80"]
    frames, conflicts, _cl = _analyse(nlp, "More than a hundred people joined the vigil in the park.",
                                      "About 130 people joined the vigil in the park.")
    (f,) = [f for f in frames if f.kind == "quantity" and f.doc == "d0"]
    assert (f.low, f.high) == (101, None) and conflicts == []


def test_frame_things_counted_with_different_verbs_are_one_count(nlp):
    # boats are counted by their noun; people by what happened to them
    _f, conflicts, _cl = _analyse(nlp, "The pirates in two boats surrounded the tanker off the coast.",
                                  "The pirates in three boats attacked the tanker off the coast.")
    assert [c.kind for c in conflicts] == ["quantity"]
    _f, conflicts, _cl = _analyse(nlp, "Two guards were injured at the gate of the compound.",
                                  "Three guards were killed at the gate of the compound.")
    assert conflicts == []


def test_frame_shot_to_death_is_a_killing(nlp):
    frames, _c, _cl = _analyse(nlp, "A gunman shot to death one person at the office.")
    (f,) = [f for f in frames if f.kind == "quantity"]
    assert f.attribute.norm == "killed"


def test_frame_magnitudes_compare_however_they_are_written(nlp):
    frames, conflicts, _cl = _analyse(nlp, "A 5.9-magnitude earthquake struck the island of Vellor on Sunday.",
                                      "The quake on the island of Vellor registered 6.1 on the Richter scale.")
    assert sorted(f.holder.norm for f in frames if f.kind == "quantity") == ["magnitude", "magnitude"]
    (c,) = conflicts
    assert sorted(s.value for s in c.sides) == ["5.9", "6.1"]


def test_frame_a_weaker_form_of_its_own_value_is_not_a_second_value(nlp):
    # "at least three" in the first document only weakens its own three: it does not state the other's ten
    _f, conflicts, _cl = _analyse(nlp, "At least three people were killed when the quake struck the island. "
                                       "Three people were killed on the island, officials said.",
                                  "Ten people were killed when the quake struck the island.")
    assert [sorted(s.value for s in c.sides) for c in conflicts] == [["10", "3"]]


def test_frame_an_active_harm_verb_harms_its_object_not_its_subject(nlp):
    frames, _c, _cl = _analyse(nlp, "Prime Minister Ahmed Salem was travelling when the drone struck his home, "
                                    "wounding two of his guards.")
    assert [f for f in frames if f.kind == "state"] == []


def test_frame_spans_of_time_compare_only_for_the_same_happening(nlp):
    _f, conflicts, _cl = _analyse(nlp, "Deputy Jose Ortiz was married two weeks ago, his family said.",
                                  "Deputy Jose Ortiz had married three weeks before the shooting.")
    assert [sorted(s.value for s in c.sides) for c in conflicts] == [["2", "3"]]
    _f, conflicts, _cl = _analyse(nlp, "Deputy Jose Ortiz was married two weeks ago, his family said.",
                                  "Deputy Jose Ortiz had worked for three weeks on the case.")
    assert conflicts == []


def test_frame_a_sentence_going_on_about_an_earlier_event_takes_no_side(nlp):
    published = {0: DateValue("2005-11-28", "day", "metadata"), 1: DateValue("2005-11-28", "day", "metadata")}
    _f, conflicts, _cl = _analyse(nlp, "The quake injured 70 people on the island of Vellor on Sunday.",
                                  "A quake struck the region of Bam in 2003. It injured more than 1,400 people "
                                  "on the island of Vellor.", published=published)
    assert conflicts == []


def test_frame_an_ordinal_subset_is_not_the_whole_count(nlp):
    _f, conflicts, _cl = _analyse(nlp, "Manning completed his first 17 passes in the win over Jacksonville.",
                                  "Manning completed 28 passes in the win over Jacksonville.")
    assert conflicts == []


def test_frame_the_whole_of_a_ratio_is_marked_and_never_compared(nlp):
    frames, _c, _cl = _analyse(nlp, "Garrard completed 28 of 41 passes in the loss.")
    assert [f.value.norm for f in frames if f.kind == "quantity" and "total" in f.qualifiers] == ["41"]
    _f, conflicts, _cl = _analyse(nlp, "Rahman connected on 30 of 207 punches thrown in the fight.",
                                  "Rahman connected on 30 of 68 punches thrown in the fight.")
    assert conflicts == []


def test_frame_counts_sharing_one_noun_are_parts_not_the_count(nlp):
    _f, conflicts, _cl = _analyse(nlp, "Commandos arrested 12 Somali and 11 Yemeni pirates in the Gulf of Aden.",
                                  "Commandos arrested 23 pirates in the Gulf of Aden.")
    assert conflicts == []


def test_frame_things_held_are_not_arrests(nlp):
    frames, _c, _cl = _analyse(nlp, "The pirates still hold 14 ships off the coast.")
    (f,) = [f for f in frames if f.kind == "quantity"]
    assert f.holder.norm == "ship" and f.attribute.norm == "hold"


def test_frame_a_part_of_the_doer_makes_a_subset(nlp):
    _f, conflicts, _cl = _analyse(nlp, "The initial tremor lasted 10 seconds in the city of Dubai.",
                                  "The tremor lasted 30 seconds in the city of Dubai.")
    assert conflicts == []


def test_frame_last_month_is_background(nlp):
    _f, conflicts, _cl = _analyse(nlp, "Last month, 12 people were killed in floods along the river.",
                                  "Twenty people were killed in floods along the river.")
    assert conflicts == []


@pytest.mark.parametrize("main, apart, against, expected", [
    # a sentence opening on an earlier time, or telling recent days, tells another happening
    ("Three shells killed 40 people at the school on Tuesday, the agency said.",
     ("Earlier that day, a shell hit a house in the camp, killing seven people.",
      "Hours earlier, a missile hit another school, killing three people.",
      "The day before, a shell hit a house nearby, killing seven people.",
      "The army has shelled the camp in recent days, killing seven people.",
      "In a separate attack on Tuesday, a shell killed seven people.",
      "In a separate attack, seven people were killed at the school."),
     "A shell hit the school on Tuesday, killing seven people.", ("people killed", ["40", "7"])),
    # magnitudes of other shocks, or of any shock of that strength, take no side
    ("A 4.4-magnitude quake struck the valley on Sunday morning.",
     ("At 9:32 p.m., it was followed by a 2.0-magnitude quake east of the valley.",
      "A magnitude 3.1 aftershock shook the valley an hour later.",
      "A second quake of magnitude 5.6 hit the valley.",
      "A magnitude 6 quake can cause severe damage."),
     "An earthquake of magnitude 4.2 shook the valley on Sunday.", ("magnitude", ["4.2", "4.4"])),
    # the first of several shocks is compared only with the first
    ("The first earthquake measuring 7.6 magnitude struck on Sunday near the city.",
     ("The 7.3 magnitude quake damaged 42 buildings near the city.",
      "One 7.3-magnitude tremor was felt as far away as the coast."),
     "The first quake had a magnitude of 7.5 near the city on Sunday.", ("magnitude", ["7.5", "7.6"])),
    # one of several shocks, named in an apposition, is not the shock the story is about
    ("A 7.7 magnitude quake damaged 42 buildings near the city.",
     ("One of the quakes -- a 7.3-magnitude tremor -- was felt as far away as the coast.",
      "The province was hit by a magnitude 6.1 earthquake today , the latest powerful tremor to shake the city .",
      "The 6.1-magnitude quake was the latest in a series of powerful tremors to have hit the city ."),
     "The quake measured 7.6 magnitude near the city.", ("magnitude", ["7.6", "7.7"])),
    # the time of one of several happenings is compared only with the time of the same one
    ("The first quake struck at 4:43 a.m. local time near the city.",
     ("The quake struck off the coast at 7:48 a.m. local time , west of the city .",),
     "The first quake struck at 4:58 a.m. local time near the city.", ("when quake struck", ["04:43", "04:58"])),
])
def test_frame_values_of_other_happenings_take_no_side(nlp, main, apart, against, expected):
    for other in apart:
        _f, conflicts, _cl = _analyse(nlp, main, other)
        assert conflicts == [], other
    _f, conflicts, _cl = _analyse(nlp, main, against)
    assert [(c.topic, sorted(s.value for s in c.sides)) for c in conflicts] == [expected]


def test_frame_shortly_before_a_clock_time_is_before_it(nlp):
    _f, conflicts, _cl = _analyse(nlp, "Police were alerted to the fire at the store at 8.49pm on Friday.",
                                  "Fire crews were called to the fire at the store shortly before 9pm on Friday.")
    assert conflicts == []


def test_frame_different_weapons_for_one_happening_are_a_state_conflict(nlp):
    _f, conflicts, _cl = _analyse(nlp, "The gunman walked into the office with a shotgun and shot three people.",
                                  "The gunman walked into the office with a rifle and shot three people.")
    assert [(c.kind, c.topic) for c in conflicts] == [("state", "weapon used")]
    assert sorted(s.value for s in conflicts[0].sides) == ["rifle", "shotgun"]
    _f, conflicts, _cl = _analyse(nlp, "The gunman walked into the office with a shotgun and shot three people.",
                                  "Police armed with rifles surrounded the office after three people were shot.")
    assert conflicts == []
    _f, conflicts, _cl = _analyse(nlp, "The gunman walked into the office with a shotgun and shot three people.",
                                  "The gunman walked into the office with a rifle and a shotgun and shot three people.")
    assert conflicts == []


def test_frame_opposite_bearings_from_one_place_are_a_state_conflict(nlp):
    _f, conflicts, _cl = _analyse(nlp, "Pirates attacked the ship 150 nautical miles west of Aden on Saturday.",
                                  "Pirates attacked the ship 150 nautical miles east of Aden on Saturday.")
    assert [c.kind for c in conflicts] == ["state"] and "aden" in conflicts[0].topic
    _f, conflicts, _cl = _analyse(nlp, "The quake struck 100 kilometers south of Tehran on Sunday.",
                                  "The quake struck 100 kilometers southeast of Tehran on Sunday.")
    assert conflicts == []


def test_frame_approximate_clock_times_of_one_moment_conflict_across_verbs(nlp):
    _f, conflicts, _cl = _analyse(
        nlp, "The gunman walked into the accounting office on Main Street at about 10 a.m.",
        "There were sounds of gunfire at the accounting office on Main Street around 10:30 a.m.")
    assert [c.kind for c in conflicts] == ["time"]
    _f, conflicts, _cl = _analyse(nlp, "The gunman walked into the accounting office on Main Street at 10 a.m.",
                                  "Police arrested the gunman at the accounting office on Main Street at 10:40 a.m.")
    assert conflicts == []


def test_frame_a_mother_of_twelve_counts_her_children(nlp):
    frames, conflicts, _cl = _analyse(nlp, "Horton, a mother of 12, was killed near the school in Brooklyn.",
                                      "Horton, a mother of 13, was killed near the school in Brooklyn.")
    assert {f.holder.norm for f in frames if f.kind == "quantity"} == {"child"}
    assert [(c.kind, c.topic) for c in conflicts] == [("quantity", "number of children")]


def test_frame_additional_and_further_are_one_kind_of_subset(nlp):
    _f, conflicts, _cl = _analyse(nlp, "Crews called in an additional six engines to the blaze at the store.",
                                  "Crews called in a further four engines to the blaze at the store.")
    assert [c.kind for c in conflicts] == ["quantity"]


def test_frame_the_same_victims_killed_in_different_manners_are_a_state_conflict(nlp):
    _f, conflicts, _cl = _analyse(nlp, "Three bank employees were burnt to death in the fire on Stadiou Avenue.",
                                  "Three bank employees suffocated in the fire on Stadiou Avenue.")
    assert [(c.kind, c.topic) for c in conflicts] == [("state", "how they were killed")]
    assert sorted(s.value for s in conflicts[0].sides) == ["burned", "suffocated"]
    _f, conflicts, _cl = _analyse(nlp, "Officer Maria Gonzalez was stabbed to death at the prison in Chino.",
                                  "Deputy Jose Ortiz was shot to death at the apartment in Chino.")
    assert conflicts == []
    # victims found dead, and "both" of them, are the same two victims
    frames, conflicts, _cl = _analyse(nlp, "Both women had been stabbed to death in the flat on Elm Road.",
                                      "The two women were found strangled to death in the flat on Elm Road.")
    assert sorted(f.qualifiers for f in frames if f.attribute and f.attribute.norm == "manner") == \
        [("victims:2",), ("victims:2",)]
    assert [c.topic for c in conflicts] == ["how they were killed"]
    frames, _c, _cl = _analyse(nlp, "Police said he stabbed his mother and a former girlfriend to death.")
    assert [f.qualifiers for f in frames if f.attribute and f.attribute.norm == "manner"] == [("victims:2",)]


def test_frame_nearly_and_almost_approximate_from_below():
    assert not compatible(bounds(100, "nearly"), bounds(100, "more than"))
    assert compatible(bounds(100, "nearly"), (95, 95)) and not compatible(bounds(100, "almost"), (110, 110))
    from crosswire.frame.values import format_range

    assert format_range(*bounds(100, "nearly"), "100", "nearly") == "nearly 100"


def test_frame_a_count_of_people_setting_off_counts_what_they_set_off_to_do(nlp):
    frames, conflicts, _cl = _analyse(nlp, "Nearly 100 people set off from the vigil site to march to the precinct.",
                                      "More than 100 people marched from the vigil site to the precinct.")
    assert {f.attribute.norm for f in frames if f.kind == "quantity"} == {"marched"}
    assert [c.kind for c in conflicts] == ["quantity"]


def test_frame_counts_of_one_qualified_noun_need_one_more_shared_word_only(nlp):
    _f, conflicts, _cl = _analyse(nlp, "State media said three strong aftershocks were felt on the island.",
                                  "The first quake was followed by at least four strong aftershocks, officials said.")
    assert [c.kind for c in conflicts] == ["quantity"]
    _f, conflicts, _cl = _analyse(nlp, "Territorial waters extend to 12 nautical miles from the coast of Yemen.",
                                  "The destroyer sailed 13 nautical miles from the coast of Yemen.")
    assert conflicts == []


def test_frame_a_noun_before_a_participle_without_hyphen_is_a_modifier(nlp):
    frames, _c, _cl = _analyse(nlp, "The cache included one rocket propelled grenade launcher and seven rifles.")
    assert [f.holder.norm for f in frames if f.kind == "quantity"] == ["gun"]


def test_frame_a_sentence_recalling_the_last_event_of_its_kind_takes_no_side(nlp):
    earlier = ("The last major quake to hit the region was in February , when a magnitude - 6 . 4 temblor rocked "
               "Zarand . It killed 612 people and injured more than 1,400 , leveling several villages .")
    _f, conflicts, _cl = _analyse(nlp, earlier,
                                  "The quake killed 10 people and injured 70 , leveling several villages .")
    assert conflicts == []


def test_frame_a_decimal_before_a_plural_noun_is_a_version_not_a_count(nlp):
    frames, _c, _cl = _analyse(nlp, "The new laptop offers two USB 2.0 ports and a card slot.")
    assert [f.value.span.text for f in frames if f.kind == "quantity"] == ["two"]


def test_frame_a_weekday_on_a_participle_dates_the_main_clause(nlp):
    frames, conflicts, _cl = _analyse(
        nlp, "An Indian warship foiled a pirate attack on merchant vessels transiting the Gulf of Aden on Friday .",
        "The Indian Navy on Thursday thwarted a pirate attack on merchant vessels in the Gulf of Aden .")
    days = [f for f in frames if f.kind == "time"]
    assert sorted((f.holder.norm, f.attribute.norm) for f in days) == [("attack", "foiled")] * 2
    assert [c.kind for c in conflicts] == ["time"]


def test_frame_a_weekday_of_a_fatal_shooting_dates_the_killing_of_its_victim(nlp):
    frames, conflicts, _cl = _analyse(
        nlp, "The fatal shooting of Marco Dellis , 15 , on Saturday sparked riots across the country .",
        "According to the charge sheet , Officer Paul Varga killed Marco Dellis on Sunday in the city centre .")
    days = [f for f in frames if f.kind == "time"]
    assert len(days) == 2 and {f.attribute.norm for f in days} == {"killed"}
    assert len({f.holder.norm for f in days}) == 1  # the victim, not the officer
    assert [c.kind for c in conflicts] == ["time"]


def test_frame_distances_from_one_place_on_about_one_bearing_are_a_quantity_conflict(nlp):
    _f, conflicts, _cl = _analyse(
        nlp, "Lamu , located 1 , 150 kilometers ( 700 miles ) southeast of Nairobi , has a busy port .",
        "Lamu , a popular island , lies 1 , 500 kilometers south of Nairobi .")
    (c,) = conflicts
    assert c.kind == "quantity" and c.topic == "distance from nairobi"
    assert sorted(s.value for s in c.sides) == ["1150 kilometers", "1500 kilometers"]
    # two places at different distances from one city are not one place
    _f, conflicts, _cl = _analyse(nlp, "The office building is about 15 miles north of Dayton .",
                                  "Hours later , a motorist 50 miles north of Dayton spotted the car .")
    assert conflicts == []


def test_frame_a_participle_read_as_a_singular_noun_counts_nothing(nlp):
    frames, _c, _cl = _analyse(nlp, "The jury was deadlocked , with nine in favor of death and three voting for life .")
    assert not [f for f in frames if f.kind == "quantity" and f.holder is not None and f.holder.norm == "voting"]


def test_frame_it_never_stands_for_a_person_and_not_safe_is_negated(nlp):
    frames, _c, _cl = _analyse(nlp, "Professor Yanek Borowski did not go to work today because it was not safe .")
    assert not [f for f in frames if f.kind == "state"]
    frames, _c, _cl = _analyse(nlp, "Mayor John Brant was not safe in the building .")
    assert [f.value.norm for f in frames if f.kind == "state"] == ["injured"]  # the negation sits on the copula


def test_frame_a_span_before_a_later_happening_measures_the_main_clause(nlp):
    frames, conflicts, _cl = _analyse(
        nlp, "Sam Keller , who married the deputy three weeks before he was murdered , spoke to the court .",
        "The deputy was married two weeks ago to his wife , Sam Keller .")
    assert [(f.holder.norm, f.attribute.norm) for f in frames if f.kind == "quantity"] == [("week", "marry")] * 2
    assert [c.kind for c in conflicts] == ["quantity"]


def test_frame_a_persons_weight_is_a_quantity_of_that_person(nlp):
    frames, conflicts, _cl = _analyse(
        nlp, "Police said Jose Ortega is 5 - feet - 8 inches tall , weighing 130 pounds , and is heavily tattooed .",
        "Deputies said that Jose Ortega is 5 - foot - 8 , 135 pounds , with tattoos on his forehead .")
    weights = [f for f in frames if f.holder is not None and f.holder.norm == "weight"]
    assert sorted(f.value.span.text for f in weights) == ["130", "135"]
    (c,) = conflicts
    assert c.kind == "quantity" and c.topic == "weight" and sorted(s.value for s in c.sides) == ["130", "135"]


def test_frame_a_span_with_a_while_clause_measures_what_went_on_meanwhile(nlp):
    frames, conflicts, _cl = _analyse(
        nlp, "What followed was a tense two hours while police negotiated the suspect 's exit from the building .",
        "Police locked down the busy neighbourhood for almost three hours while they negotiated with the suspect .")
    assert {f.attribute.norm for f in frames if f.kind == "quantity"} == {"negotiate"}
    assert [c.kind for c in conflicts] == ["quantity"]


def test_frame_one_numbered_group_given_exclusive_fates_is_a_state_conflict(nlp):
    _f, conflicts, _cl = _analyse(
        nlp, "The navy thwarted an attack in the Gulf of Aden on Thursday , apprehending 26 Somali pirates .",
        "The warship thwarted an attack in the Gulf of Aden on Thursday and rescued 26 Somali crewmembers .")
    (c,) = conflicts
    assert c.kind == "state" and sorted(s.value for s in c.sides) == ["arrested", "rescued"]
    _f, conflicts, _cl = _analyse(
        nlp, "The navy thwarted an attack in the Gulf of Aden on Thursday , apprehending 26 Somali pirates .",
        "The warship thwarted an attack in the Gulf of Aden on Thursday and rescued 12 Somali crewmembers .")
    assert conflicts == []


def test_frame_a_mixed_fraction_is_one_number(nlp):
    frames, conflicts, _cl = _analyse(nlp, "The driver was sentenced to 3 1/2 years in prison for the robbery .",
                                      "The driver was sentenced to 3 years in prison for the robbery .")
    assert sorted(f.low for f in frames if f.holder is not None and f.holder.norm == "year") == [3, 3.5]
    assert [c.kind for c in conflicts] == ["quantity"]


def test_frame_weekdays_of_one_counted_happening_conflict_whatever_names_its_holder(nlp):
    frames, conflicts, _cl = _analyse(nlp, "The pair have each been held since Tuesday .",
                                      "On Thursday , two prison guards involved in the escape were arrested .")
    days = [f for f in frames if f.kind == "time"]
    assert len(days) == 2 and days[0].holder.norm != days[1].holder.norm
    assert [c.kind for c in conflicts] == ["time"]
    # different numbers counted: not known to be one happening
    _f, conflicts, _cl = _analyse(nlp, "The pair have each been held since Tuesday .",
                                  "On Thursday , three prison guards involved in the escape were arrested .")
    assert conflicts == []


def test_frame_moving_back_is_a_return_and_they_names_no_single_actor(nlp):
    frames, conflicts, _cl = _analyse(
        nlp, "Anna Berg returned to her home town 12 weeks ago after four years living in Leeds .",
        "Tom Berg had been living in Leeds with his mother and they moved back to the town around six weeks ago .")
    weeks = [f for f in frames if f.holder is not None and f.holder.norm == "week"]
    assert [f.attribute.norm for f in weeks] == ["return", "return"] and weeks[1].entity is None
    assert [c.kind for c in conflicts] == ["quantity"]


def test_frame_one_persons_record_in_parentheses_written_differently_is_a_quantity_conflict(nlp):
    frames, conflicts, _cl = _analyse(
        nlp, "Michael Grant ( 45-1 , 33 KOs ) had been training in Spain since September .",
        "On the undercard , former champion Michael Grant ( 43-1 ) scored a unanimous decision over Dan Pike ( 14-13-2 ) .")
    assert sorted(f.value.norm for f in frames if "record" in f.qualifiers) == ["14-13-2", "43-1", "45-1"]
    (c,) = conflicts
    assert c.kind == "quantity" and c.topic.startswith("record of") and sorted(s.value for s in c.sides) == ["43-1", "45-1"]
    # after a comma the figures are as often a score
    frames, _c, _cl = _analyse(nlp, "The Colts beat the Jacksonville Jaguars , 31-24 , on Thursday night .")
    assert not [f for f in frames if "record" in f.qualifiers]


def test_frame_one_verdict_on_different_calendar_dates_is_a_time_conflict(nlp):
    frames, conflicts, _cl = _analyse(nlp, "Jose Orozco was convicted March 20 of first - degree murder .",
                                      "In April 2007 the suspect was found guilty of capital murder .")
    dated = sorted(f.value.norm for f in frames if f.attribute is not None and f.attribute.norm == "date")
    assert dated == ["2007-04-?", "?-03-20"]
    (c,) = [c for c in conflicts if c.kind == "time"]
    assert sorted(s.value for s in c.sides) == ["April 2007", "March 20"]
    # the same month written with and without a year is one date
    _f, conflicts, _cl = _analyse(nlp, "Jose Orozco was convicted March 20 of first - degree murder .",
                                  "On March 20 , 2007 Jose Orozco was convicted of capital murder .")
    assert [c for c in conflicts if c.kind == "time"] == []


def test_frame_damage_costs_an_order_of_magnitude_apart_are_a_quantity_conflict(nlp):
    _f, conflicts, _cl = _analyse(nlp, "Eight days of riots caused 200 million euros ( $ 265.3 million ) of damage in the city .",
                                  "Property damage from the riots in the city is an estimated $ 2 million .")
    (c,) = [c for c in conflicts if c.topic == "cost of the damage"]
    assert c.kind == "quantity" and sorted(s.value for s in c.sides) == ["$ 2 million", "200 million euros"]
    # another currency or a rounding is not a conflict
    _f, conflicts, _cl = _analyse(nlp, "Eight days of riots caused 200 million euros of damage in the city .",
                                  "Property damage from the riots in the city is an estimated $ 265 million .")
    assert [c for c in conflicts if c.topic == "cost of the damage"] == []


def test_frame_a_record_after_a_comma_with_knockouts_is_a_record_of_any_named_competitor(nlp):
    frames, conflicts, _cl = _analyse(
        nlp, "Pavel Dorosh ( 31-2 , 25 KOs ) stopped Sam Ortega in the ninth round in Hamburg on Saturday .",
        "Heavyweight champion , Pavel Dorosh , 32-2 , 26 KO 's , easily stopped Sam Ortega in the ninth round .")
    assert sorted(f.value.norm for f in frames if "record" in f.qualifiers) == ["31-2", "32-2"]
    (c,) = [c for c in conflicts if c.topic.startswith("record of")]
    assert c.kind == "quantity" and sorted(s.value for s in c.sides) == ["31-2", "32-2"]
    # without a count of knockouts, figures after a comma stay a score
    frames, _c, _cl = _analyse(nlp, "The Rams beat the Denver Broncos , 27-20 , on Sunday .")
    assert not [f for f in frames if "record" in f.qualifiers]


def test_frame_a_negated_counterfactual_asserts_its_count_and_a_plain_condition_does_not(nlp):
    frames, conflicts, _cl = _analyse(
        nlp, "In Lyon , the traders had 410 shops damaged or destroyed by the rioters .",
        "If the police had acted , we would n't have 260 damaged shops in Lyon .")
    shops = sorted(f.low for f in frames if f.holder is not None and f.holder.norm == "shop")
    assert shops == [260, 410]
    assert [c.kind for c in conflicts] == ["quantity"]
    # a condition about the future asserts nothing, nor does the counterfactual's own clause
    frames, _c, _cl = _analyse(nlp, "If the storm hits the coast , 300 homes would not survive .",
                               "If 40 officers had come , we would n't have 260 damaged shops in Lyon .")
    assert sorted(f.low for f in frames if f.kind == "quantity") == [260]


def test_frame_clock_times_of_tokenised_text_stay_in_their_sentence_and_keep_their_precision(nlp):
    doc = nlp("They said the rally began around 8 : 30pm tonight and ended at 10 p . m . in the park . It was calm .")
    assert [s.text for s in doc.sents] == ["They said the rally began around 8 : 30pm tonight and ended at 10 p . m . "
                                           "in the park .", "It was calm ."]
    # "about 3 : 10" is told to five minutes, "about 3 : 30" to the half hour: two moments
    _f, conflicts, _cl = _analyse(
        nlp, "The shooting occurred about 3 : 10 p . m . in the 400 block of Elm Street .",
        "Deputy Cole followed the man to a house in the 400 block of Elm Street at about 3 : 30 p . m .")
    assert [c.kind for c in conflicts] == ["time"]
    _f, conflicts, _cl = _analyse(
        nlp, "The shooting occurred about 3 p . m . in the 400 block of Elm Street .",
        "Deputy Cole followed the man to a house in the 400 block of Elm Street at about 3 : 10 p . m .")
    assert conflicts == []


def test_frame_one_happening_of_one_person_on_different_streets_is_a_state_conflict(nlp):
    frames, conflicts, _cl = _analyse(
        nlp, "Mr. Tom Harlow was found barricaded in a room on Maple Street with his brother .",
        "Tom Harlow was found barricaded in a dwelling on Birch Road in the South End .")
    assert sorted(f.value.norm for f in frames if f.attribute is not None and f.attribute.norm == "street") == \
        ["birch road", "maple street"]
    (c,) = [c for c in conflicts if c.kind == "state"]
    assert c.topic.startswith("where Tom Harlow") and sorted(s.value for s in c.sides) == ["birch road", "maple street"]
    # one street written in more words, or another happening, is no conflict
    _f, conflicts, _cl = _analyse(nlp, "Tom Harlow was arrested at 2088 East Maple Street on Tuesday .",
                                  "Tom Harlow was arrested on Maple Street on Tuesday night .")
    assert conflicts == []
    _f, conflicts, _cl = _analyse(nlp, "Tom Harlow was arrested on Maple Street on Tuesday .",
                                  "Tom Harlow was born on Birch Road in 1970 .")
    assert conflicts == []


def test_frame_what_one_person_died_of_told_differently_is_an_attribution_conflict(nlp):
    frames, conflicts, _cl = _analyse(
        nlp, "Film star Mara Quill died Thursday of pneumonia at a hospital in Boston , her agent said .",
        "Yesterday in Boston , film star Mara Quill succumbed to complications from a stroke suffered a week ago .")
    assert sorted(f.value.norm for f in frames if f.attribute is not None and f.attribute.norm == "cause") == \
        ["pneumonia", "stroke"]
    (c,) = [c for c in conflicts if c.kind == "attribution"]
    assert c.topic == "what Mara Quill died of" and sorted(s.value for s in c.sides) == ["pneumonia", "stroke"]
    # wounds and injuries are one cause, and a vague cause names none
    _f, conflicts, _cl = _analyse(nlp, "Officer Dan Reyes died of his wounds at a hospital in Boston on Friday .",
                                  "Officer Dan Reyes died from his injuries in Boston on Friday night .")
    assert [c for c in conflicts if c.kind == "attribution"] == []
    _f, conflicts, _cl = _analyse(nlp, "Film star Mara Quill died of natural causes at her home in Boston .",
                                  "Film star Mara Quill died of pneumonia at her home in Boston .")
    assert [c for c in conflicts if c.kind == "attribution"] == []


def test_frame_approximate_clock_times_of_one_named_happening_conflict_without_other_shared_words(nlp):
    _f, conflicts, _cl = _analyse(
        nlp, "Starting at about 6 p . m . , nearly 80 people set off from the church to march to the town hall .",
        "Organisers said the protest started around 6 : 30pm but the crowd was dispersed by officers .")
    assert [c.kind for c in conflicts] == ["time"]
    # a time on the hour may round one twenty minutes away
    _f, conflicts, _cl = _analyse(
        nlp, "Starting at about 6 p . m . , nearly 80 people set off from the church to march to the town hall .",
        "Organisers said the protest started about 5 : 40pm but the crowd was dispersed by officers .")
    assert conflicts == []


def test_frame_a_count_of_what_is_held_now_is_a_running_tally_and_takes_no_side(nlp):
    frames, conflicts, _cl = _analyse(nlp, "Rebels holding about a dozen villages in the northern province fired shells.",
                                      "The rebels still hold at least 14 villages in the northern province.")
    assert {f.value.span.text: "tally" in f.qualifiers for f in frames if f.kind == "quantity"} == \
        {"dozen": True, "14": True}
    assert conflicts == []
    _f, conflicts, _cl = _analyse(nlp, "The rebels held 14 villages in the northern province last spring.",
                                  "The rebels held 11 villages in the northern province last spring.")
    assert [c.kind for c in conflicts] == ["quantity"]  # a past holding is what happened, not a tally


def test_frame_a_definite_count_without_a_predicate_names_a_known_set(nlp):
    _f, conflicts, _cl = _analyse(nlp, "Three undersea pipelines were damaged off the coast of Crete on Monday.",
                                  "The main damage is to the four undersea pipelines off the coast of Crete.")
    assert conflicts == []
    _f, conflicts, _cl = _analyse(nlp, "Three undersea pipelines were damaged off the coast of Crete on Monday.",
                                  "Four undersea pipelines were damaged off the coast of Crete on Monday.")
    assert [c.kind for c in conflicts] == ["quantity"]


def test_frame_she_opening_a_sentence_is_the_one_person_the_sentence_before_names(nlp):
    frames, conflicts, _cl = _analyse(
        nlp, "Officer Ann Price was shot in the arm on Main Street. Police were searching for Maria Keller, 31, on "
             "Friday night. She is 5-foot-4, weighing 130 pounds.",
        "Maria Keller is 5-foot-4, weighing 120 pounds, police said.")
    assert len({f.entity for f in frames if f.holder is not None and f.holder.norm == "weight"}) == 1
    assert [(c.kind, sorted(s.value for s in c.sides)) for c in conflicts] == [("quantity", ["120", "130"])]


def test_frame_hours_of_an_activity_noun_measure_the_activity_and_keep_what_they_ended_in(nlp):
    _f, conflicts, _cl = _analyse(nlp, "The panel deliberated the fate of the defendant for 40 hours over four days.",
                                  "The jury was unable to reach a decision after 30 hours of deliberation.")
    assert [(c.kind, sorted(s.value for s in c.sides)) for c in conflicts] == [("quantity", ["30", "40"])]
    frames, conflicts, _cl = _analyse(nlp, "The jury convicted Smith on May 2 after 12 hours of deliberation.",
                                      "The jury was unable to reach a decision after 30 hours of deliberation.")
    assert {f.value.span.text: f.qualifiers for f in frames if f.kind == "quantity"} == \
        {"12": ("ending:convict",), "30": ("ending:reach",)}
    assert conflicts == []
