"""A count's attribute comes from the verb that governs the counted noun; a modal statement of what may
happen asserts no count. Sentences are written for these tests."""

from __future__ import annotations

from test_frame_conflicts import _analyse


def _counts(nlp, text):
    frames, _c, _cl = _analyse(nlp, text)
    return [(f.holder.norm if f.holder else None, f.attribute.norm if f.attribute else None, f.low)
            for f in frames if f.kind == "quantity"]


def test_a_participle_describing_the_counted_noun_does_not_give_its_attribute(nlp):
    counts = _counts(nlp, "A rebel rocket strike that killed about 40 villagers sheltering in a church Sunday "
                           "brought new urgency to the talks.")
    assert [(h, a) for h, a, _v in counts] == [("villager", "killed")]


def test_a_participle_with_its_own_auxiliary_keeps_its_attribute(nlp):
    counts = _counts(nlp, "Some 5,000 farmers displaced from their villages were in camps.")
    assert [(h, a) for h, a, _v in counts] == [("farmer", "evacuated")]


def test_a_modal_statement_about_a_kind_asserts_no_count(nlp):
    assert _counts(nlp, "A magnitude-6.0 quake can cause severe damage to 300 homes.") == []
    assert _counts(nlp, "Floods of that size may destroy 40 bridges.") == []
    assert ("bridge", "destroyed", 40) in _counts(nlp, "The flood destroyed 40 bridges on Monday.")


def test_what_a_verb_leaves_its_object_in_is_the_count_s_attribute(nlp):
    assert ("people", "killed", 40) in _counts(nlp, "A bomb exploded in the market, leaving 40 people dead.")


def test_counts_of_a_named_group_are_compared_only_by_what_happened_to_them(nlp):
    from crosswire.contrast.groups import named_group

    frames, conflicts, _cl = _analyse(nlp, "The shelling killed 30 Moravians near the border town on Monday.",
                                      "About 900 Moravians sheltered near the border town on Monday.")
    assert any(named_group(f) for f in frames)
    assert conflicts == []
    frames, conflicts, _cl = _analyse(nlp, "The shelling killed 30 Moravians near the border town on Monday.",
                                      "The shelling killed 45 Moravians near the border town on Monday.")
    assert len(conflicts) == 1
