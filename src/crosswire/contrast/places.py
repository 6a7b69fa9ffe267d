"""Where one happening befell one person, told as different streets ("found barricaded in a room on Elm
Street" / "barricaded in a dwelling on Oak Road"): a `state` conflict. A name written in more words is the
same street ("223rd Street" / "East 223rd Street"). Where one person died, told as the scene, the way to a
hospital or a hospital, is a `state` conflict too."""

from __future__ import annotations

from collections.abc import Sequence

from crosswire.contrast.conflicts import _Context, _state_disputes
from crosswire.models import Conflict, Frame


def _differ(a: Frame, b: Frame) -> bool:
    x, y = set(a.value.norm.split()), set(b.value.norm.split())
    return not (x <= y or y <= x)


def street_disputes(frames: Sequence[Frame], ctx: _Context) -> list[Conflict]:
    def topic(group: list[Frame]) -> str:
        f = group[0]
        return f"where {ctx.names.get(f.entity or '', 'the person')} was {f.attribute.span.text.lower()}"

    return _state_disputes(frames, ctx, "street", lambda a, b: a.entity == b.entity and a.qualifiers == b.qualifiers,
                           _differ, topic, lambda f: (f.entity, f.qualifiers))


def death_place_disputes(frames: Sequence[Frame], ctx: _Context) -> list[Conflict]:
    def topic(group: list[Frame]) -> str:
        return f"where {ctx.names.get(group[0].entity or '', 'the person')} died"

    return _state_disputes(frames, ctx, "died where", lambda a, b: a.entity == b.entity,
                           lambda a, b: a.value.norm != b.value.norm, topic, lambda f: f.entity)
