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


def single_death(frames: Sequence[Frame]) -> bool:
    """The story tells one death: the toll most documents give (each document's largest count of people
    killed) is one."""
    tolls: dict[str, float] = {}
    for f in frames:
        if f.kind == "quantity" and f.attribute is not None and f.attribute.norm == "killed" and f.low is not None \
                and not {"part", "total"} & set(f.qualifiers) and (f.holder is None or f.holder.norm in ("people", "victim", "person")):
            tolls[f.doc] = max(tolls.get(f.doc, 0), f.low)
    if not tolls:
        return False
    values = sorted(tolls.values())
    return values.count(1) * 2 > len(values)


def death_place_disputes(frames: Sequence[Frame], ctx: _Context) -> list[Conflict]:
    """Where one person died. A death told of an unnamed person ("the third victim died on the way to the
    hospital") is compared with the others only when the story tells a single death."""
    single = single_death(frames)

    def topic(group: list[Frame]) -> str:
        named = next((f.entity for f in group if f.entity), None)
        return f"where {ctx.names.get(named or '', 'the victim')} died"

    def same(a: Frame, b: Frame) -> bool:
        if a.entity and b.entity:
            return a.entity == b.entity
        return single

    return _state_disputes(frames, ctx, "died where", same, lambda a, b: a.value.norm != b.value.norm, topic,
                           lambda f: "" if single else f.entity, lambda a, b: single)
