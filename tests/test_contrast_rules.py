"""Conflict rules: quantities (vague and bounded), updates, harm states, polarity, attribution, time, topic."""

from __future__ import annotations

import math

from claims_helpers import make_doc, one_claim_each, statements_of

from crosswire.contrast import blamed_agents, compatible, find_conflicts, harm_state, quantities
from crosswire.models import DateValue


def _conflicts(*texts, published=None):
    docs = [make_doc(f"d{i}", [t], published=(published or {}).get(i)) for i, t in enumerate(texts)]
    claims = one_claim_each([s for d in docs for s in statements_of(d)])
    conflicts, out = find_conflicts(claims, docs)
    for c in conflicts:
        for side in c.sides:
            for sp in side.statements:
                assert next(d for d in docs if d.id == sp.doc).text[sp.start:sp.end] == sp.text
    return conflicts, out


def test_quantity_ranges_and_vague_words():
    (u, lo, hi, _), = quantities("At least ten people were killed.")
    assert (u, lo, hi) == ("dead", 10, math.inf)
    assert compatible((lo, hi), (12, 12))
    (_, lo, hi, _), = quantities("Several people were hurt.")
    assert compatible((lo, hi), (5, 5))
    assert not compatible((12, 12), (9, 9))
    assert quantities("Two of the drones were shot down.") == []
    assert quantities("three separate drones flew over")[0][0] == "drone"


def test_quantity_conflict_marks_claims_contested():
    conflicts, claims = _conflicts("Twelve people were killed in the market bombing in Kabul.",
                                   "Nine people were killed in the market bombing in Kabul.")
    assert [c.kind for c in conflicts] == ["quantity"]
    assert {s.value.split()[0].lower() for s in conflicts[0].sides} == {"twelve", "nine"}
    assert all(c.status == "contested" for c in claims)


def test_compatible_and_vague_quantities_are_no_conflict():
    assert _conflicts("At least ten people were killed in the market bombing in Kabul.",
                      "12 people were killed in the market bombing in Kabul.")[0] == []
    assert _conflicts("Several people were injured in the market bombing in Kabul.",
                      "Five people were injured in the market bombing in Kabul.")[0] == []


def test_update_is_not_a_conflict():
    conflicts, claims = _conflicts("The toll from the market bombing in Kabul rose to 12 people killed.",
                                   "Nine people were killed in the market bombing in Kabul.")
    assert conflicts == []
    assert all(c.status != "contested" for c in claims)


def test_different_days_say_the_later_figure_may_be_an_update():
    conflicts, _ = _conflicts("Twelve people were killed in the market bombing in Kabul.",
                              "Nine people were killed in the market bombing in Kabul.",
                              published={0: DateValue("2021-05-02", "day"), 1: DateValue("2021-05-01", "day")})
    assert conflicts and "update" in conflicts[0].explanation


def test_no_conflict_between_different_events():
    assert _conflicts("Five people were injured in the attack on the Kabul market.",
                      "Two people were hurt in clashes in Herat the day before.")[0] == []


def test_state_unharmed_vs_light_cut():
    assert harm_state("The governor escaped unscathed.") == "unharmed"
    assert harm_state("The governor was not injured.") == "unharmed"
    assert harm_state("Governor Smith suffered a light cut on his hand.") == "injured"
    conflicts, _ = _conflicts("Governor Alan Smith escaped unscathed from the attack on his convoy.",
                              "Governor Alan Smith suffered a light cut on his hand in the attack.")
    assert [c.kind for c in conflicts] == ["state"]
    assert {s.value for s in conflicts[0].sides} == {"unharmed", "injured"}


def test_polarity_assertion_vs_denial_and_negation():
    for other in ("The Northern Front denied that it carried out the bombing of the Kabul bridge.",
                  "The Northern Front did not carry out the bombing of the Kabul bridge."):
        conflicts, _ = _conflicts("The Northern Front carried out the bombing of the Kabul bridge.", other)
        assert "polarity" in [c.kind for c in conflicts], other
    conflicts, _ = _conflicts("The Northern Front denied that it carried out the bombing of the Kabul bridge.",
                              "The Northern Front did not carry out the bombing of the Kabul bridge.")
    assert "polarity" not in [c.kind for c in conflicts]


def test_attribution_sides_by_blamed_agent():
    assert blamed_agents("The attack was carried out by Iran-backed militias.") == ["Iran-backed militias"]
    assert blamed_agents("Officials said it was staged.") == ["staged"]
    conflicts, _ = _conflicts("The attack was carried out by Iran-backed militias, officials said.",
                              "The minister said the attack was the work of foreign agents.",
                              "The attack was carried out by Iran-backed militias, police said.")
    (c,) = [c for c in conflicts if c.kind == "attribution"]
    assert len(c.sides) == 2
    assert len(c.sides[0].statements) == 2  # the side named by two outlets comes first


def test_time_conflict_on_stated_days():
    conflicts, _ = _conflicts("The drone attack on the prime minister residence happened on Sunday.",
                              "The drone attack on the prime minister residence happened on Saturday.")
    assert [c.kind for c in conflicts] == ["time"]
