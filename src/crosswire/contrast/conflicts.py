"""Conflicts from fact frames: the same holder and attribute, incompatible values, in different documents.

quantity — counts whose ranges cannot both be true ("at least six" agrees with seven, not with five); costs
           of the damage an order of magnitude apart;
polarity — one document says none ("no one was hurt"), another a positive count of the same thing;
state    — one named person unharmed in one document, injured or dead in another; the same victims killed in
           different manners; different kinds of weapon for one harm; one place on opposite bearings of a
           reference at the same distance;
time     — one happening dated to different clock times, weekdays or calendar dates;
attribution — the agents blamed fall into camps that name different actors.
A document that itself states both values is taken as describing two things, not as a side. A later
report of a higher casualty count is kept and flagged as an update. ``contrast.gather`` runs every family
over a story's frames.
"""

from __future__ import annotations

import dataclasses
import math
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence

from crosswire.align import Links, content_words, independent_origins
from crosswire.contrast.background import dated_apart
from crosswire.contrast.groups import named_group
from crosswire.contrast.sets import happenings_apart, kinds_apart, one_told
from crosswire.contrast.spans import one_activity
from crosswire.frame import compatible
from crosswire.frame.ages import ages_apart
from crosswire.frame.scope import scoped
from crosswire.frame.values import (
    BEARINGS, GROWING, HUMAN, MEASURES, PREDICATES, SUBSET, SUBSET_CLASS, TIME_UNITS, UNIT_NAMES, bounds,
)
from crosswire.models import Claim, Conflict, ConflictSide, Document, Frame, Statement, stable_id

# nouns that name a measured property of one thing, not a count of things
PROPERTIES = {"magnitude", "caliber", "calibre", "height", "weight", "length", "depth", "speed",
              "temperature", "score", "population", "capacity", "distance", "age"}
UNITS = MEASURES | set(UNIT_NAMES.values())
# attributes said of many things in a story (where something lies from a city): even when both frames name
# them, their sentences need two shared words, not one
LOOSE = {"bearing"}
# injured and then dead is a sequence, not a contradiction
STATE_CLASH = {frozenset({"injured", "unharmed"}), frozenset({"dead", "unharmed"}), frozenset({"dead", "alive"})}


@dataclasses.dataclass(frozen=True)
class _Context:
    by_statement: Mapping[str, tuple[Claim, Statement]]
    documents: Mapping[str, Document]
    links: Links | None
    names: Mapping[str, str]
    mentions: Mapping[str, tuple[tuple[int, int, str], ...]]  # per document: (start, end, entity id)
    around: dict[str, tuple[set[str], set[str]]] = dataclasses.field(default_factory=dict)  # _context by frame


def _range(f: Frame) -> tuple[float, float]:
    """A frame's value as a range; no upper bound ("at least six") is open-ended."""
    return (f.low if f.low is not None else 0.0, f.high if f.high is not None else math.inf)


def _counted(f: Frame) -> str:
    """What a quantity frame counts; a bare number of a toll ("50 were injured") counts people."""
    if f.holder is not None:
        return f.holder.norm
    return "people" if f.attribute is not None and f.attribute.norm in GROWING else ""


def _subset(f: Frame) -> set[str]:
    """The kind of part a count is of ("two additional engines" and "two further engines" are one kind)."""
    return {SUBSET_CLASS.get(q, q) for q in f.qualifiers if q in SUBSET}


def _same_thing(a: Frame, b: Frame) -> bool:
    """Two quantity frames count the same thing: same counted noun (and the same kind of subset), and
    the same predicate — which may be left unsaid for things, never for people."""
    ha, hb = _counted(a), _counted(b)
    aa, ab = (a.attribute.norm if a.attribute else ""), (b.attribute.norm if b.attribute else "")
    if ha != hb:
        return False
    if not ha:
        return bool(aa) and aa == ab
    if aa != ab and (ha in HUMAN or ha == "people" or named_group(a) or (aa in PREDICATES and ab in PREDICATES)):
        # people are counted by what happened to them; things by their noun, unless both sentences name
        # known, different happenings ("two boats surrounded the ship" / "the pirates in three boats
        # attempted": one count of boats; "three cables cut" / "two cables repaired": two counts)
        return False
    if ha in TIME_UNITS and not (aa and aa == ab):
        return False  # a span of time measures the happening it is said of: "married two weeks ago"
    if not aa and ha in SUBSET:
        return False  # "two others" are others than someone: without what happened to them, not comparable
    if _subset(a) != _subset(b):
        return False
    if scoped(a.qualifiers) != scoped(b.qualifiers):
        return False  # "10 killed in a neighbouring district", "12 by a landslide": parts, not the toll
    qa, qb = set(a.qualifiers) - SUBSET - scoped(a.qualifiers), set(b.qualifiers) - SUBSET - scoped(b.qualifiers)
    if (qa and qb and not qa & qb) or kinds_apart(a, b) or happenings_apart(a, b):
        return False
    if "total" in a.qualifiers or "total" in b.qualifiers:
        return False  # the whole of a ratio ("28 of 41 passes", "30 of his 207 punches") is not what is told
    if a.entity and b.entity and a.entity != b.entity:
        return False  # "Manning completed 17 passes" / "Garrard completed 28 passes"
    return not (a.possessor and b.possessor and a.possessor != b.possessor)


def _measure(a: Frame, b: Frame) -> bool:
    """Two frames that measure one named property of a thing ("a .38 caliber revolver", "a 5.9 magnitude"):
    the property is as specific as a named predicate."""
    return a.kind == b.kind == "quantity" and a.holder is not None and b.holder is not None and \
        a.holder.norm == b.holder.norm and a.holder.norm in PROPERTIES


def _qualified(a: Frame, b: Frame) -> bool:
    """Two counts whose nouns carry the same word ("three strong aftershocks" / "four strong aftershocks",
    "an additional six engines" / "a further four engines") name one thing as specifically as a predicate."""
    if a.kind != "quantity" or b.kind != "quantity" or a.holder is None or b.holder is None or \
            a.holder.norm in UNITS or b.holder.norm in UNITS:
        return False  # "12 nautical miles", "90 % of the traffic": a measure, not a thing
    def own(f: Frame) -> set[str]:
        return {SUBSET_CLASS.get(q, q) for q in f.qualifiers
                if ":" not in q and " " not in q and q not in ("total", "vague")}

    return bool(own(a) & own(b))


def _context(frame: Frame, ctx: _Context) -> tuple[set[str], set[str]]:
    """What else the frame's statement talks about: its content words less the frame's own words, and the
    entities it names (computed once per frame)."""
    if frame.id in ctx.around:
        return ctx.around[frame.id]
    statement = ctx.by_statement[frame.statement][1]
    own = set()
    for slot in (frame.holder, frame.attribute, frame.value):
        if slot is not None:
            own |= content_words(slot.span.text)
    named = {e for a, b, e in ctx.mentions.get(statement.doc, ()) if statement.start <= a and b <= statement.end}
    ctx.around[frame.id] = content_words(statement.text) - own, named
    return ctx.around[frame.id]


def _related(a: tuple[set[str], set[str]], b: tuple[set[str], set[str]], words: int = 2) -> bool:
    """Two sentences about one happening share a name, or ``words`` other content words."""
    return bool(a[1] & b[1]) or len(a[0] & b[0]) >= words


def _buckets(frames: Sequence[Frame], key) -> list[list[Frame]]:
    """Frames split by a key that ``same`` requires to be equal, each bucket in id order: pairs from
    different buckets are never about one thing, so they need not be compared."""
    by_key: dict[object, list[Frame]] = defaultdict(list)
    for f in frames:
        by_key[key(f)].append(f)
    return [sorted(fs, key=lambda f: f.id) for fs in by_key.values()]


def _clash(frames: Sequence[Frame], same, incompatible, ctx: _Context, key=lambda f: None,
           bonded=lambda a, b: False, apart=lambda a, b: False) -> list[list[Frame]]:
    """Groups of frames about one thing in which two documents hold incompatible values, their sentences
    share something else to talk about (a name, a place, an event word) or are ``bonded`` otherwise, and
    neither document also holds the other's value. ``key`` must be equal for any two frames ``same`` accepts;
    two frames ``apart`` are never set against each other, though each still counts as its document's value."""
    edges: dict[str, set[str]] = defaultdict(set)
    index = {f.id: f for f in frames}
    for bucket in _buckets(frames, key):
        by_doc: dict[str, list[Frame]] = defaultdict(list)
        for f in bucket:
            by_doc[f.doc].append(f)
        for i, a in enumerate(bucket):
            for b in bucket[i + 1:]:
                if a.doc == b.doc or not same(a, b) or not incompatible(a, b) or apart(a, b):
                    continue
                # a named predicate on both sides ("12 people were injured" / "18 people had been injured")
                # is specific enough that one more shared word places both sentences in one happening
                named = bool(a.attribute and b.attribute and a.attribute.norm == b.attribute.norm
                             and a.attribute.norm not in LOOSE) or _measure(a, b) or _qualified(a, b)
                if not _related(_context(a, ctx), _context(b, ctx), 1 if named else 2) and not bonded(a, b):
                    continue
                # one document holds both values: two different things, not a disagreement ("three were
                # killed in the village; ten in all"); a weaker form of its own value ("at least three") is
                # not a second value
                if any(same(a, x) and not incompatible(b, x) and incompatible(a, x) for x in by_doc[a.doc]) or \
                        any(same(b, x) and not incompatible(a, x) and incompatible(b, x) for x in by_doc[b.doc]):
                    continue
                edges[a.id].add(b.id)
                edges[b.id].add(a.id)
    seen: set[str] = set()
    groups = []
    for fid in sorted(edges):
        if fid in seen:
            continue
        group, todo = [], [fid]
        while todo:
            k = todo.pop()
            if k in seen:
                continue
            seen.add(k)
            group.append(index[k])
            todo.extend(sorted(edges[k] - seen))
        groups.append(group)
    return groups


def _grow(sides: dict[str, list[Frame]], pool: Sequence[Frame], same, incompatible, ctx: _Context,
          apart=lambda a, b: False) -> None:
    """Every other frame about the same thing that takes exactly one side joins it, so that each side lists
    every document stating its value, not only those whose sentences met a sentence of the other side.
    A frame joins when it counts the same thing as a member, its sentence shares a name or a word with
    that member's, it agrees with every frame of one side and disagrees with every frame of the others,
    and its document takes no other side."""
    members = {f.id for fs in sides.values() for f in fs}
    docs = {v: {f.doc for f in fs} for v, fs in sides.items()}
    joining: list[tuple[str, Frame]] = []
    for f in pool:
        if f.id in members or any(apart(f, g) for fs in sides.values() for g in fs):
            continue
        if not any(same(f, g) and _related(_context(f, ctx), _context(g, ctx), 1) for fs in sides.values() for g in fs):
            continue
        takes = [v for v, fs in sides.items() if not any(incompatible(f, g) for g in fs)]
        if len(takes) != 1:
            continue
        if all(incompatible(f, g) for v in sides if v != takes[0] for g in sides[v]):
            joining.append((takes[0], f))
    for v, f in joining:
        docs[v].add(f.doc)
    torn = {d for v in docs for d in docs[v] if sum(d in docs[w] for w in docs) > 1}
    for v, f in joining:
        if f.doc not in torn:
            sides[v].append(f)


def _disputes(frames: Sequence[Frame], same, differ, ctx: _Context, key=lambda f: None,
              bonded=lambda a, b: False, apart=lambda a, b: False) -> Iterator[tuple[list[Frame], dict[str, list[Frame]]]]:
    """Each group of clashing frames with its sides by value, grown to every frame that takes one.
    ``key`` must be equal for any two frames ``same`` accepts: only frames of one key are compared."""
    buckets = {key(b[0]): b for b in _buckets(frames, key)}
    for group in _clash(frames, same, differ, ctx, key, bonded, apart):
        sides: dict[str, list[Frame]] = defaultdict(list)
        for f in group:
            sides[f.value.norm].append(f)
        _grow(sides, buckets[key(group[0])], same, differ, ctx, apart)
        yield group, sides


def _side(value: str, frames: Sequence[Frame], ctx: _Context, update: bool = False) -> ConflictSide:
    items = [ctx.by_statement[f.statement] for f in frames if f.statement in ctx.by_statement]
    statements = sorted({s.id: s for _c, s in items}.values(), key=lambda s: (s.doc, s.start))
    docs = sorted({s.doc for s in statements})
    outlets = {(ctx.documents[d].outlet or d).lower() for d in docs if d in ctx.documents}
    origins = independent_origins(statements, [ctx.documents[d] for d in docs], ctx.links or {}) if statements else []
    return ConflictSide(value=value, statements=tuple(s.span for s in statements),
                        claims=tuple(sorted({c.id for c, _s in items})), docs=tuple(docs), outlets=len(outlets),
                        origins=len(origins), frames=tuple(sorted(f.id for f in frames)), update=update)


def _conflict(kind: str, topic: str, sides: dict[str, list[Frame]], ctx: _Context,
              updated: set[str] = frozenset()) -> Conflict | None:
    docs = {f.doc for frames in sides.values() for f in frames}
    if len(sides) < 2 or len(docs) < 2:
        return None
    built = [_side(v, fs, ctx, v in updated) for v, fs in sides.items()]
    built = [s for s in built if s.statements]
    if len(built) < 2:
        return None
    built.sort(key=lambda s: (-len(s.docs), s.value))
    explanation = "the later report may update the earlier figure" if updated else None
    key = sorted(f"{sp.doc}:{sp.start}" for s in built for sp in s.statements)
    return Conflict(id=stable_id("x", kind, topic, key), kind=kind, topic=topic, sides=tuple(built),
                    explanation=explanation, update=bool(updated))


TOPIC_NAMES = {"child": "children", "magnitude": "magnitude", "weight": "weight"}


def _topic(frames: Sequence[Frame]) -> str:
    f = min(frames, key=lambda x: (x.holder is None, x.attribute is None, x.id))
    if f.holder is not None and f.holder.norm == "age":
        return f"age of {f.holder.span.text}"  # one person's age, named as written
    holder = f.holder.span.text.lower() if f.holder else ""
    if f.holder is not None and f.holder.norm in ("magnitude", "weight") and f.attribute is None:
        return f.holder.norm  # a strength or a weight is named as such, never "number of magnitude"
    if f.holder is not None and f.holder.norm in TOPIC_NAMES and f.holder.norm not in holder:
        holder = TOPIC_NAMES[f.holder.norm]  # "a mother of 12" counts children; "6.1 on the Richter scale" a magnitude
        return holder if holder in ("magnitude", "weight") else f"number of {holder}"
    attribute = f.attribute.norm if f.attribute else ""
    if holder and attribute:
        return f"{holder} {attribute}"
    return f"number of {holder}" if holder else f"number {attribute}"


def _published(ctx: _Context, doc: str) -> str:
    d = ctx.documents.get(doc)
    return d.published.value[:10] if d is not None and d.published else ""


def _quantities(frames: Sequence[Frame], ctx: _Context) -> list[Conflict]:
    counts = [f for f in frames if f.kind == "quantity" and "record" not in f.qualifiers]
    out = []
    differ = lambda a, b: not compatible(_range(a), _range(b))  # noqa: E731
    # one told of in one sentence, or two sentences each dated to their own calendar day or year
    apart = lambda a, b: one_told(a, b, ctx.documents) or dated_apart(  # noqa: E731
        ctx.by_statement[a.statement][1].text, ctx.by_statement[b.statement][1].text) or \
        ages_apart(a, b, ctx.documents)
    for group, sides in _disputes(counts, _same_thing, differ, ctx, _counted, one_activity, apart):
        zero = [v for v, fs in sides.items() if all(f.low == 0 and f.high == 0 for f in fs)]
        kind = "polarity" if zero else "quantity"
        updated: set[str] = set()
        attribute = next((f.attribute.norm for f in group if f.attribute), "")
        if kind == "quantity" and attribute in GROWING:
            latest = max((_published(ctx, f.doc), f.high or 0) for f in group)
            earliest = min(_published(ctx, f.doc) for f in group)
            if latest[0] and latest[0] > earliest:
                updated = {v for v, fs in sides.items() if any(_published(ctx, f.doc) == latest[0] for f in fs)
                           and max(f.low or 0 for f in fs) >= max(f.low or 0 for g in sides.values() for f in g)}
        c = _conflict(kind, _topic(group), dict(sides), ctx, updated)
        if c:
            out.append(c)
    return out


def _state_disputes(frames: Sequence[Frame], ctx: _Context, attribute: str, same, differ, topic,
                    key=lambda f: None, bonded=lambda a, b: False) -> list[Conflict]:
    """State conflicts over one attribute: frames ``same`` pairs up whose values ``differ``; ``topic`` names
    a group of them; ``bonded`` pairs need no other shared word (see :func:`_clash`)."""
    states = [f for f in frames if f.kind == "state" and f.attribute is not None and f.attribute.norm == attribute]
    out = []
    for group, sides in _disputes(states, same, differ, ctx, key, bonded):
        c = _conflict("state", topic(group), dict(sides), ctx)
        if c:
            out.append(c)
    return out


def _other_value(a: Frame, b: Frame) -> bool:
    return a.value.norm != b.value.norm


def _states(frames: Sequence[Frame], ctx: _Context) -> list[Conflict]:
    """One person harmed in one account and unharmed in another."""
    def name(group: list[Frame]) -> str:
        return ctx.names.get(group[0].entity or "", group[0].holder.span.text if group[0].holder else "")

    return _state_disputes(frames, ctx, "harmed", lambda a, b: a.entity == b.entity,
                           lambda a, b: frozenset({a.value.norm, b.value.norm}) in STATE_CLASH,
                           lambda group: f"whether {name(group)} was harmed", lambda f: f.entity)


def _instruments(frames: Sequence[Frame], ctx: _Context) -> list[Conflict]:
    """Different kinds of weapon for one happening ("walked in with a shotgun" / "brought a rifle"): related
    sentences of two documents, neither of which names the other's kind."""
    return _state_disputes(frames, ctx, "weapon", lambda a, b: True, _other_value, lambda group: "weapon used")


def _manners(frames: Sequence[Frame], ctx: _Context) -> list[Conflict]:
    """The same victims killed in different manners ("burnt to death" / "suffocated")."""
    return _state_disputes(frames, ctx, "manner", lambda a, b: a.qualifiers == b.qualifiers, _other_value,
                           lambda group: "how they were killed", lambda f: f.qualifiers)


def _bearings(frames: Sequence[Frame], ctx: _Context) -> list[Conflict]:
    """One place put on opposite sides of the same reference at the same distance ("150 miles west of Aden" /
    "150 miles east of Aden"); a neighbouring bearing (south / southeast) is a rounding, not a conflict."""
    def same(a: Frame, b: Frame) -> bool:
        return a.qualifiers == b.qualifiers and compatible(bounds(a.low or 0, "about"), bounds(b.low or 0, "about"))

    def differ(a: Frame, b: Frame) -> bool:
        turn = abs(BEARINGS[a.value.norm] - BEARINGS[b.value.norm]) % 360
        return min(turn, 360 - turn) >= 135

    def topic(group: list[Frame]) -> str:
        return "location relative to " + next(q[3:] for q in group[0].qualifiers if q.startswith("of:"))

    return _state_disputes(frames, ctx, "bearing", same, differ, topic, lambda f: f.qualifiers)


# fates that cannot befall one group at once
FATES = {frozenset({"arrested", "rescued"}), frozenset({"killed", "rescued"}), frozenset({"killed", "arrested"})}


def _fates(frames: Sequence[Frame], ctx: _Context) -> list[Conflict]:
    """One group told apart by its number and a word of its own ("26 Somali pirates apprehended" / "rescued
    26 Somali crewmembers") given fates that exclude each other. Only a distinctive exact number (ten or more)
    identifies the group."""
    def own(f: Frame) -> set[str]:
        return {q for q in f.qualifiers if ":" not in q and " " not in q and q not in SUBSET | {"total", "vague"}}

    counts = [f for f in frames if f.kind == "quantity" and f.attribute is not None and f.low is not None and
              f.low == f.high and f.low >= 10 and own(f) and any(f.attribute.norm in p for p in FATES)]
    same = lambda a, b: a.low == b.low and bool(own(a) & own(b))  # noqa: E731
    differ = lambda a, b: frozenset({a.attribute.norm, b.attribute.norm}) in FATES  # noqa: E731
    out = []
    for group in _clash(counts, same, differ, ctx, lambda f: f.low):
        sides: dict[str, list[Frame]] = defaultdict(list)
        for f in group:
            sides[f.attribute.norm].append(f)
        _grow(sides, [f for f in counts if f.low == group[0].low], same, differ, ctx)
        f = group[0]
        c = _conflict("state", f"fate of the {f.value.span.text} {sorted(own(f))[0]}", dict(sides), ctx)
        if c:
            out.append(c)
    return out


def _dates(frames: Sequence[Frame], ctx: _Context) -> list[Conflict]:
    """One happening befalling the same person given different calendar dates ("convicted March 20" / "in
    April 2007 ... found guilty"): a part of the date both state differs. A verdict has one defendant, so a
    role noun ("the suspect") stands for the named person. Read from every sentence: a sentence that dates a
    happening to an earlier month is what would otherwise mark it as background."""
    dated = [f for f in frames if f.kind == "state" and f.attribute is not None and f.attribute.norm == "date"]

    def same(a: Frame, b: Frame) -> bool:
        if a.qualifiers[0] != b.qualifiers[0]:
            return False
        return a.qualifiers[1] == b.qualifiers[1] or a.qualifiers[0] == "event:convicted" and \
            (a.qualifiers[1].startswith("who:noun:") or b.qualifiers[1].startswith("who:noun:"))

    def differ(a: Frame, b: Frame) -> bool:
        return any(x != "?" and y != "?" and x != y for x, y in zip(a.value.norm.split("-"), b.value.norm.split("-")))

    out = []
    for group, sides in _disputes(dated, same, differ, ctx, lambda f: f.qualifiers[0]):
        written = {fs[0].value.span.text: fs for fs in sides.values()}
        c = _conflict("time", f"when {group[0].attribute.span.text.lower()}", written, ctx)
        if c:
            out.append(c)
    return out


def _costs(frames: Sequence[Frame], ctx: _Context) -> list[Conflict]:
    """The cost of the damage told as amounts an order of magnitude apart ("200 million euros" / "$ 2 million"):
    not a rounding, nor another currency."""
    def differ(a: Frame, b: Frame) -> bool:
        low, high = sorted((a.low or 0, b.low or 0))
        return low > 0 and high / low >= 10

    out = []
    damages = [f for f in frames if f.kind == "state" and f.attribute is not None and f.attribute.norm == "damage"]
    for _group, sides in _disputes(damages, lambda a, b: True, differ, ctx):
        merged: dict[str, list[Frame]] = {}  # amounts within a tenfold of each other are one figure
        for fs in sorted(sides.values(), key=lambda fs: fs[0].low or 0):
            home = next((v for v, gs in merged.items() if not differ(gs[0], fs[0])), None)
            merged.setdefault(home or fs[0].value.norm, []).extend(fs)
        c = _conflict("quantity", "cost of the damage", merged, ctx)
        if c:
            out.append(c)
    return out


def _records(frames: Sequence[Frame], ctx: _Context) -> list[Conflict]:
    """One person's win-loss record written differently ("Brandt ( 40-2 )" / "Brandt , 41-2 ,")."""
    marks = [f for f in frames if f.kind == "quantity" and "record" in f.qualifiers and f.entity]
    out = []
    same = lambda a, b: a.entity == b.entity  # noqa: E731
    differ = lambda a, b: a.value.norm != b.value.norm  # noqa: E731
    for group, sides in _disputes(marks, same, differ, ctx, lambda f: f.entity):
        name = ctx.names.get(group[0].entity or "", group[0].holder.span.text)
        c = _conflict("quantity", f"record of {name}", dict(sides), ctx)
        if c:
            out.append(c)
    return out


def _distances(frames: Sequence[Frame], ctx: _Context) -> list[Conflict]:
    """One place put at different distances from the same reference on about the same bearing ("1,500
    kilometers south of Tehran" / "1,150 kilometers southeast of Tehran"), in the same unit; neither
    distance within the other's rounding."""
    bearings = [f for f in frames if f.kind == "state" and f.attribute is not None and f.attribute.norm == "bearing"]

    def located(f: Frame) -> set[str]:  # what the sentence says besides the reference, the unit and bearings
        ref = {q.split(":", 1)[1] for q in f.qualifiers}
        return {w for w in _context(f, ctx)[0] if w not in BEARINGS and not any(w.startswith(r) for r in ref)}

    def same(a: Frame, b: Frame) -> bool:
        turn = abs(BEARINGS[a.value.norm] - BEARINGS[b.value.norm]) % 360
        # a story names many places by their distance from one city: both sentences must name something
        # else in common (the place itself), not only the city and the unit
        return a.qualifiers == b.qualifiers and min(turn, 360 - turn) <= 45 and bool(located(a) & located(b))

    def differ(a: Frame, b: Frame) -> bool:
        return not compatible(bounds(a.low or 0, "about"), (b.low, b.low)) and \
            not compatible(bounds(b.low or 0, "about"), (a.low, a.low))

    out = []
    for group, sides in _disputes(bearings, same, differ, ctx, lambda f: f.qualifiers):
        place = next(q[3:] for q in group[0].qualifiers if q.startswith("of:"))
        unit = next((q[5:] for q in group[0].qualifiers if q.startswith("unit:")), "")
        by_distance: dict[str, list[Frame]] = defaultdict(list)
        for fs in sides.values():
            for f in fs:
                by_distance[f"{f.low:g} {unit}s".strip()].append(f)
        c = _conflict("quantity", f"distance from {place}", dict(by_distance), ctx)
        if c:
            out.append(c)
    return out


def _events(f: Frame) -> set[str]:
    return {q for q in f.qualifiers if q.startswith("event:")}


def _counts(frames: Sequence[Frame]) -> dict[str, set[tuple[str, float]]]:
    """Per statement, the exact counts it gives with their predicates ("two officers were arrested")."""
    out: dict[str, set[tuple[str, float]]] = defaultdict(set)
    for f in frames:
        if f.kind == "quantity" and f.attribute is not None and f.low is not None and f.low == f.high and f.low:
            out[f.statement].add((f.attribute.norm, f.low))
    return out


def _times(frames: Sequence[Frame], ctx: _Context) -> list[Conflict]:
    times = [f for f in frames if f.kind == "time"]
    counts = _counts(frames)

    def counted(a: Frame, b: Frame) -> bool:
        """Both sentences count the same number for the predicate the weekday dates ("the pair have been held
        since Monday" / "on Wednesday, two officers were arrested"): one happening, however it is worded."""
        return "weekday" in a.qualifiers and any(k == a.attribute.norm for k, _n in counts[a.statement] &
                                                 counts[b.statement])

    def same(a: Frame, b: Frame) -> bool:
        if ("weekday" in a.qualifiers) != ("weekday" in b.qualifiers) or not a.attribute or not b.attribute:
            return False
        if "weekday" in a.qualifiers:  # a weekday alone dates many things: holder and predicate must agree
            return bool(a.holder and b.holder) and a.attribute.norm == b.attribute.norm and \
                (a.holder.norm == b.holder.norm or counted(a, b))
        if (a.holder and b.holder and a.holder.norm != b.holder.norm) or happenings_apart(a, b):
            return False  # another holder, or another one of several ("the first quake" / "the quake")
        # a clock time dates its predicate, or a happening both sentences name ("gunfire", "shooting"); two
        # approximate times within the hour date the same moment told with different verbs ("walked in at
        # about 10am" / "gunfire around 10:30"): the steps of one happening are told to the minute
        if a.attribute.norm == b.attribute.norm or bool(_events(a) & _events(b)):
            return True
        return "approximate" in a.qualifiers and "approximate" in b.qualifiers and \
            abs((a.low + a.high) - (b.low + b.high)) / 2 <= 60

    out = []
    differ = lambda a, b: not compatible(_range(a), _range(b))  # noqa: E731
    def bonded(a: Frame, b: Frame) -> bool:  # approximate times of one named happening need no other shared word
        return counted(a, b) or ("approximate" in a.qualifiers and "approximate" in b.qualifiers and
                                 a.attribute.norm == b.attribute.norm)

    for group, sides in _disputes(times, same, differ, ctx, lambda f: "weekday" in f.qualifiers, bonded):
        f = group[0]
        holder = f.holder.span.text.lower() + " " if f.holder else ""
        c = _conflict("time", f"when {holder}{f.attribute.span.text.lower()}".strip(), dict(sides), ctx)
        if c:
            out.append(c)
    return out


def _stems(agent: str) -> set[str]:
    return {w.rstrip("s") for w in agent.replace("-", " ").split() if len(w) > 2} - {"group", "force", "state"}


def _agents(frames: Sequence[Frame], ctx: _Context) -> list[Conflict]:
    agents = sorted((f for f in frames if f.kind == "agent"), key=lambda f: (len(f.value.norm), f.id))
    camps: list[tuple[set[str], set[str], list[Frame]]] = []  # (entities, stems, frames)
    for f in agents:
        stems = _stems(f.value.norm)
        home = next((c for c in camps if (f.entity and f.entity in c[0]) or stems & c[1]), None)
        if home is None:
            camps.append(({f.entity} - {None}, set(stems), [f]))
        else:
            home[0].update({f.entity} - {None})
            home[1].update(stems)
            home[2].append(f)
    camps = [c for c in camps if c[1] or c[0]]
    docs_per_camp = [{f.doc for f in c[2]} for c in camps]
    if len(camps) < 2 or len(set().union(*docs_per_camp)) < 2:
        return []
    sides = {min(c[2], key=lambda f: (len(f.value.norm), f.id)).value.norm: c[2] for c in camps}
    c = _conflict("attribution", "who is responsible", sides, ctx)
    return [c] if c else []


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def headline(conflict: Conflict) -> str:
    """One line a reader takes in at a glance: 'guards injured: 7 (4 outlets, 2 independent) vs 6 (2 outlets)'."""
    parts = []
    for side in conflict.sides:
        outlets = side.outlets or len(side.docs)
        detail = _plural(outlets, "outlet")
        if side.origins and side.origins < outlets:  # copies and shared sources count once
            detail += f", {side.origins} independent"
        parts.append(f"{side.value} ({detail}{', later report' if side.update else ''})")
    return f"{conflict.topic}: " + " vs ".join(parts)
