"""Counts told of another place or cause than the story's own are parts of the toll, and statements dated
to another happening take no side. Sentences are written for these tests."""

from __future__ import annotations

from test_frame_conflicts import _analyse

from crosswire.frame.scope import scoped

STORY = ("Twenty-four people were killed by the storm in Norland , officials said on Monday .",
         "Thirty people were killed by the storm in Norland , officials said on Monday .")


def test_a_count_in_another_district_is_a_part_not_a_rival_of_the_toll(nlp):
    frames, conflicts, _claims = _analyse(
        nlp, *STORY, "In neighbouring Westvale county , eight people were killed in the storm , officials said .")
    assert any("in:westvale" in scoped(f.qualifiers) for f in frames)
    (c,) = [c for c in conflicts if c.kind == "quantity"]
    assert sorted(s.value for s in c.sides) == ["24", "30"]


def test_a_count_by_another_cause_is_a_part_not_a_rival_of_the_toll(nlp):
    frames, conflicts, _claims = _analyse(
        nlp, *STORY, "Eleven people were killed by a mudslide after the storm in Norland , officials said .")
    assert any("by:mudslide" in scoped(f.qualifiers) for f in frames)
    (c,) = [c for c in conflicts if c.kind == "quantity"]
    assert sorted(s.value for s in c.sides) == ["24", "30"]


def test_the_story_s_own_place_does_not_split_its_counts(nlp):
    _frames, conflicts, _claims = _analyse(nlp, *STORY, "Nine people were killed in the storm , "
                                                        "officials said on Monday .")
    (c,) = [c for c in conflicts if c.kind == "quantity"]
    assert sorted(s.value for s in c.sides) == ["24", "30", "9"]


def _with_event(nlp, event, *texts):
    from claims_helpers import make_doc, one_claim_each

    from crosswire.annotate import annotate
    from crosswire.attribute import extract_statements
    from crosswire.contrast import find_conflicts
    from crosswire.frame import extract_frames
    from crosswire.resolve import resolve_entities

    docs = [make_doc(f"d{i}", [t], outlet=f"Outlet {i}") for i, t in enumerate(texts)]
    annotations = annotate(docs, nlp=nlp)
    entities = resolve_entities(docs, annotations)
    statements = [s for d, a in zip(docs, annotations) for s in extract_statements(d, a, entities)]
    frames = [f for d, a in zip(docs, annotations) for f in extract_frames(d, a, statements, entities)]
    return find_conflicts(one_claim_each(statements), docs, frames, entities, None, event)[0]


QUAKES = ("A 6.1-magnitude earthquake struck Norland province on Tuesday , officials said .",
          "A 6.3-magnitude earthquake struck Norland province on Tuesday , the agency said .",
          "On April 20 , a 5.2-magnitude earthquake struck Norland province , the agency said .")


def test_an_undated_statement_on_another_month_than_the_event_takes_no_side(nlp):
    (c,) = _with_event(nlp, "2013-07-02", *QUAKES)
    assert sorted(s.value for s in c.sides) == ["6.1", "6.3"]
    undated = _with_event(nlp, None, *QUAKES)
    assert any("5.2" in [s.value for s in c.sides] for c in undated)  # without the story's date it cannot tell


def test_statements_dated_to_different_days_are_not_set_against_each_other(nlp):
    assert not _with_event(nlp, None, "On April 20 , a 6.4-magnitude earthquake struck Norland province , officials said .",
                           "On April 6 , a 7.2-magnitude earthquake struck Norland province , officials said .")
    (c,) = _with_event(nlp, None, "On April 6 , a 6.4-magnitude earthquake struck Norland province , officials said .",
                       "On April 6 , a 7.2-magnitude earthquake struck Norland province , officials said .")
    assert sorted(s.value for s in c.sides) == ["6.4", "7.2"]


def test_a_calendar_day_told_before_the_event_date_takes_no_side_even_in_a_dated_document(nlp):
    texts = QUAKES[:2] + ("On November 3 , a 5.2-magnitude earthquake struck Norland province , the agency said .",)
    (c,) = _with_event(nlp, "2005-11-27", *texts)
    assert sorted(s.value for s in c.sides) == ["6.1", "6.3"]
    # a later day may be a later report of the same happening: it still takes a side
    later = QUAKES[:2] + ("On November 28 , a 5.2-magnitude earthquake struck Norland province , the agency said .",)
    (c,) = _with_event(nlp, "2005-11-27", *later)
    assert sorted(s.value for s in c.sides) == ["5.2", "6.1", "6.3"]


def test_where_the_happening_that_killed_them_struck_is_their_place(nlp):
    frames, conflicts, _claims = _analyse(
        nlp, *STORY, "Two people were killed when a shell hit a school in the southern city of Westvale , officials said .")
    assert any("in:westvale" in scoped(f.qualifiers) for f in frames)
    (c,) = [c for c in conflicts if c.kind == "quantity"]
    assert sorted(s.value for s in c.sides) == ["24", "30"]
