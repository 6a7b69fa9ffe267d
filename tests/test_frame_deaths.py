"""Where a named person died, told as the scene, the way to a hospital or a hospital. Sentences are written
for these tests."""

from __future__ import annotations

from test_frame_conflicts import _analyse


def _places(frames):
    return sorted(f.value.norm for f in frames if f.attribute is not None and f.attribute.norm == "died where")


def test_one_death_told_at_the_scene_and_on_the_way_to_hospital_is_a_state_conflict(nlp):
    frames, conflicts, _cl = _analyse(
        nlp, "Police said Marta Lindqvist was pronounced dead at the scene in Orbury .",
        "Marta Lindqvist died on the way to the hospital in Orbury , police said .")
    assert _places(frames) == ["en route", "scene"]
    (c,) = [c for c in conflicts if c.topic.startswith("where")]
    assert c.kind == "state" and c.topic == "where Marta Lindqvist died"
    assert sorted(s.value for s in c.sides) == ["en route", "scene"]


def test_hospitals_however_named_are_one_place_and_other_people_or_phrases_are_none(nlp):
    frames, conflicts, _cl = _analyse(
        nlp, "Marta Lindqvist was taken to Orbury General Hospital , where she died .",
        "Marta Lindqvist died at Lakeside Medical Center in Orbury .",
        "Marta Lindqvist died while being rushed to a hospital in Orbury .")
    assert _places(frames) == ["en route", "hospital", "hospital"]
    assert [c.kind for c in conflicts if c.topic.startswith("where")] == ["state"]
    frames, conflicts, _cl = _analyse(nlp, "Marta Lindqvist died at the scene in Orbury .",
                                      "Piet Lindqvist died in hospital in Orbury .",
                                      "Marta Lindqvist did not die in Orbury , her lawyer said at the scene .")
    assert _places(frames) == ["hospital", "scene"]
    assert [c for c in conflicts if c.topic.startswith("where")] == []


def test_an_unnamed_victim_is_the_one_death_of_a_story_that_tells_one(nlp):
    one = ("One person was killed in the shooting at the office in Orbury on Monday. "
           "The woman, a receptionist, died at the scene, police said.")
    other = ("One person was killed in the shooting at the office in Orbury on Monday. "
             "A spokeswoman said the victim died on the way to the hospital.")
    frames, conflicts, _cl = _analyse(nlp, one, other)
    assert _places(frames) == ["en route", "scene"]
    (c,) = [c for c in conflicts if c.topic.startswith("where")]
    assert c.kind == "state" and sorted(s.value for s in c.sides) == ["en route", "scene"]
    three = [t.replace("One person was", "Three people were") for t in (one, other)]
    frames, conflicts, _cl = _analyse(nlp, *three)
    assert _places(frames) == ["en route", "scene"]
    assert [c for c in conflicts if c.topic.startswith("where")] == []  # which of three died where is not told
