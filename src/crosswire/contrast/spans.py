"""Spans of one named activity ("deliberated for 40 hours" / "after 30 hours of deliberation"): a story tells
one such activity, so the two sentences need no other shared word. Happenings a story tells many of (killing,
injuring, attacking: the predicate classes) and general verbs are not activities in this sense."""

from __future__ import annotations

from crosswire.frame.values import PREDICATES, TIME_UNITS
from crosswire.models import Frame


def one_activity(a: Frame, b: Frame) -> bool:
    if a.holder is None or b.holder is None or a.attribute is None or b.attribute is None:
        return False
    return a.holder.norm in TIME_UNITS and b.holder.norm == a.holder.norm and \
        a.attribute.norm == b.attribute.norm and a.attribute.norm not in PREDICATES
