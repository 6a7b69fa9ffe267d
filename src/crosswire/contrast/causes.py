"""What one person died of, told differently ("died of pneumonia" / "succumbed to complications from a heart
attack"): an `attribution` conflict over the cause, between documents neither of which names the other's."""

from __future__ import annotations

from collections.abc import Sequence

from crosswire.contrast.conflicts import _conflict, _Context, _disputes
from crosswire.models import Conflict, Frame


def cause_disputes(frames: Sequence[Frame], ctx: _Context) -> list[Conflict]:
    told = [f for f in frames if f.kind == "state" and f.attribute is not None and f.attribute.norm == "cause"
            and f.entity]
    out = []
    for group, sides in _disputes(told, lambda a, b: a.entity == b.entity, lambda a, b: a.value.norm != b.value.norm,
                                  ctx, lambda f: f.entity):
        c = _conflict("attribution", f"what {ctx.names.get(group[0].entity or '', 'the person')} died of", dict(sides), ctx)
        if c:
            out.append(c)
    return out
