"""A cause not yet known, said in many words, is one fact. Sentences are written for these tests."""

from __future__ import annotations

import pytest
from test_frame_conflicts import _analyse


def _unknown(frames):
    return [f for f in frames if f.kind == "state" and f.holder is not None and f.holder.norm == "cause"]


@pytest.mark.parametrize("text", [
    "The cause of the outage is as yet unknown .",
    "It 's still unclear how the pipes were damaged near Dunmere .",
    "The water company is n't sure what caused the leak .",
    "Two pipes burst on Friday for unknown reasons .",
    "No word yet on an official cause of the damage .",
    "It remains unclear what precisely caused the flooding .",
])
def test_a_cause_not_yet_known_is_one_fact_however_it_is_said(nlp, text):
    frames, _c, _cl = _analyse(nlp, text)
    (f,) = _unknown(frames)
    assert (f.attribute.norm, f.value.norm) == ("known", "unknown")


@pytest.mark.parametrize("text", [
    "The cause was a gas leak , officials said .",
    "Officials said the fire was not caused by a gas leak .",
    "It is unclear whether the mayor will run again .",
])
def test_a_known_cause_or_another_unknown_is_no_such_fact(nlp, text):
    frames, _c, _cl = _analyse(nlp, text)
    assert _unknown(frames) == []
