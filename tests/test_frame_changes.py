"""Changes told in percent or points ("stocks plunged 5.4 per cent") are quantity frames of what changed and
which way; outlets giving one fall different sizes disagree. Sentences are written for these tests."""

from __future__ import annotations

import pytest

from test_frame_conflicts import _analyse


def _changes(frames):
    return sorted((f.holder.norm, f.attribute.norm, f.low) for f in frames
                  if f.kind == "quantity" and any(q.startswith("unit:") for q in f.qualifiers))


@pytest.mark.parametrize("text,expected", [
    ("Regional stocks plunged 5.4 per cent as protesters marched.", ("stock", "fell", 5.4)),
    ("Regional stocks closed down 3.9 percent on Wednesday.", ("stock", "fell", 3.9)),
    ("Voice traffic was down 52 percent in the country.", ("traffic", "fell", 52)),
    ("The index fell by 2.5 percent.", ("index", "fell", 2.5)),
    ("Shares in the company gained 12 per cent.", ("share", "rose", 12)),
    ("Turnout dropped 10 percentage points.", ("turnout", "fell", 10)),
    ("Markets reacted with alarm as regional stocks plunged 5 . 4 per cent .", ("stock", "fell", 5.4)),
])
def test_change_frames_read_holder_direction_and_size(nlp, text, expected):
    frames, _c, _cl = _analyse(nlp, text)
    assert _changes(frames) == [expected]


@pytest.mark.parametrize("text", ["The mayor won 52 percent of the vote.",
                                  "Sixty-five per cent of traffic to the region was down.",
                                  "At present 65 % of traffic with the region is offline."])
def test_a_share_of_something_is_not_a_change(nlp, text):
    frames, _c, _cl = _analyse(nlp, text)
    assert _changes(frames) == []


def test_two_sizes_of_one_fall_conflict(nlp):
    _f, conflicts, _cl = _analyse(nlp, "Regional stocks plunged 5.4 per cent as protesters marched.",
                                  "Regional stocks closed down 3.9 percent on Wednesday.")
    assert [(c.kind, sorted(s.value for s in c.sides)) for c in conflicts] == [("quantity", ["3.9", "5.4"])]


@pytest.mark.parametrize("other", [
    "Regional stocks rose 3.9 percent on Wednesday.",          # a rise is another fact
    "Bank stocks fell 3.9 percent on Wednesday.",               # other stocks
    "Regional stocks fell by about 5 percent on Wednesday.",    # compatible sizes
])
def test_changes_of_other_things_or_compatible_sizes_do_not_conflict(nlp, other):
    _f, conflicts, _cl = _analyse(nlp, "Regional stocks plunged 5.4 per cent as protesters marched.", other)
    assert conflicts == []
