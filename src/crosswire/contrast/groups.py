"""Counts of a named group of people ("40 Palestinians", "300 Americans", "12 Marines"): a plural proper
noun counted is people of that group, and people are compared only by what happened to them."""

from __future__ import annotations

from crosswire.models import Frame


def named_group(f: Frame) -> bool:
    """The frame counts a named group of people: its counted noun is a capitalised plural word
    ("Palestinians"), not a common noun ("guards") nor a unit or a name in capitals ("GB", "USB")."""
    if f.kind != "quantity" or f.holder is None:
        return False
    text = f.holder.span.text
    return len(text) > 3 and text[0].isupper() and text[1:].islower() and text.isalpha() and \
        text.endswith("s") and not text.endswith("ss") and f.holder.norm == text.lower()
