"""Typed disagreements between claims about the same thing: quantity, state, polarity, attribution, time."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Sequence

from crosswire.align import content_words
from crosswire.contrast.rules import (
    DENIAL,
    NEGATION,
    UPDATE_CUES,
    blamed_agents,
    compatible,
    harm_state,
    quantities,
    stated_days,
)
from crosswire.models import Claim, Conflict, ConflictSide, Document, Statement, stable_id

MAX_BLOCK = 60      # words shared by more statements than this say nothing about the topic
SAME_TOPIC = 0.25  # content-word Jaccard above which two statements are about the same thing


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / max(1, len(a | b))


def _proper(text: str) -> set[str]:
    """Capitalised words after the first: the named things a sentence is about."""
    words = text.replace("’s", "").replace("'s", "").split()
    return {w.strip(".,;:\"“”()").lower() for w in words[1:] if any(ch.isupper() for ch in w) and len(w) > 2}


def _side(value: str, items: Sequence[tuple[Claim, Statement]]) -> ConflictSide:
    spans = tuple(sorted({s.span for _c, s in items}, key=lambda sp: (sp.doc, sp.start)))
    return ConflictSide(value=value, statements=spans, claims=tuple(sorted({c.id for c, _s in items})))


def _conflict(kind: str, topic: str, groups: dict[str, list[tuple[Claim, Statement]]],
              explanation: str | None = None) -> Conflict | None:
    docs = {s.doc for items in groups.values() for _c, s in items}
    if len(groups) < 2 or len(docs) < 2:
        return None
    sides = tuple(_side(v, items) for v, items in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])))
    key = sorted(sp.doc + str(sp.start) for side in sides for sp in side.statements)
    return Conflict(id=stable_id("x", kind, topic, key), kind=kind, topic=topic, sides=sides,
                    explanation=explanation)


def _pairs(entries: list[tuple[Claim, Statement, set[str]]], anchor=None):
    """Pairs of statements from different documents sharing an informative word (blocked), at least one of
    them an anchor (a statement the rule can fire on); statements of one claim too, since aligned statements
    can still disagree on a value."""
    index: dict[str, list[int]] = defaultdict(list)
    for k, (_c, _s, words) in enumerate(entries):
        for w in words:
            index[w].append(k)
    anchors = {k for k, e in enumerate(entries) if anchor is None or anchor(e)}
    seen = set()
    for members in index.values():
        if len(members) > MAX_BLOCK:
            continue
        for a in (m for m in members if m in anchors):
            for b in members:
                pair = (min(a, b), max(a, b))
                if a != b and pair not in seen and entries[a][1].doc != entries[b][1].doc:
                    seen.add(pair)
                    yield entries[pair[0]], entries[pair[1]]


def _quantity(entries, published) -> list[Conflict]:
    groups: dict[tuple[str, frozenset], dict[str, list]] = {}
    out = []
    found = {id(e): quantities(e[1].text) for e in entries}
    entries = [e for e in entries if found[id(e)]]
    for ea, eb in _pairs(entries):
        (ca, sa, wa), (cb, sb, wb) = ea, eb
        if _jaccard(wa, wb) < SAME_TOPIC:
            continue
        for ua, la, ha, ta in found[id(ea)]:
            for ub, lb, hb, tb in found[id(eb)]:
                if ua != ub or compatible((la, ha), (lb, hb)):
                    continue
                if UPDATE_CUES.search(sa.text) or UPDATE_CUES.search(sb.text):
                    continue  # "the toll rose to ...": an update, not a contradiction
                key = (ua, frozenset({sa.id, sb.id}))
                groups[key] = {ta: [(ca, sa)], tb: [(cb, sb)]}
    merged: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for (unit, _k), sides in groups.items():
        for value, items in sides.items():
            for item in items:
                if item not in merged[unit][value]:
                    merged[unit][value].append(item)
    for unit, sides in merged.items():
        days = {published.get(s.doc) for items in sides.values() for _c, s in items} - {None}
        note = ("reports published on different days; the later figure may be an update" if len(days) > 1
                else None)
        c = _conflict("quantity", f"number {unit}", dict(sides), note)
        if c:
            out.append(c)
    return out


def _state(entries) -> list[Conflict]:
    by_subject: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    states = {id(e): harm_state(e[1].text) for e in entries}
    entries = [e for e in entries if states[id(e)]]
    for ea, eb in _pairs(entries):
        sa, sb = states[id(ea)], states[id(eb)]
        if not sa or not sb or sa == sb:
            continue
        shared = _proper(ea[1].text) & _proper(eb[1].text)
        if not shared:
            continue
        subject = max(sorted(shared), key=len)
        for e, st in ((ea, sa), (eb, sb)):
            if (e[0], e[1]) not in by_subject[subject][st]:
                by_subject[subject][st].append((e[0], e[1]))
    return [c for subject, sides in by_subject.items()
            if (c := _conflict("state", f"whether {subject} was harmed", dict(sides)))]


def _polarity(entries) -> list[Conflict]:
    out = []
    # per statement, once: (denial verb, denied by verb or certainty, negated)
    marks = {}
    for e in entries:
        verb = bool(DENIAL.search(e[1].text))
        marks[id(e)] = (verb, verb or e[1].certainty == "denied", bool(NEGATION.search(e[1].text)))
    proper: dict[int, set[str]] = {}

    def names(e) -> set[str]:
        if id(e) not in proper:
            proper[id(e)] = _proper(e[1].text)
        return proper[id(e)]

    for ea, eb in _pairs(entries, lambda e: any(marks[id(e)])):
        (_va, da, na), (_vb, db, nb) = marks[id(ea)], marks[id(eb)]
        if (da, na) == (db, nb):
            continue
        if _jaccard(ea[2], eb[2]) < 0.4 or not (names(ea) & names(eb)):
            continue
        neg, pos = (ea, eb) if (da or na) and not (db or nb) else (eb, ea)
        pos_verb, _pos_denied, pos_negated = marks[id(pos)]
        # the negative side is denied or negated; the positive side carries no denial verb and no negation
        if any(marks[id(neg)]) and not (pos_verb or pos_negated):
            topic = " ".join(sorted(ea[2] & eb[2])[:4])
            c = _conflict("polarity", topic, {"asserted": [pos[:2]], "denied": [neg[:2]]})
            if c:
                out.append(c)
    return out


def _attribution(entries) -> list[Conflict]:
    sides: dict[str, list] = defaultdict(list)
    for c, s, _w in entries:
        for agent in blamed_agents(s.text):
            if (c, s) not in sides[agent.lower()]:
                sides[agent.lower()].append((c, s))
    # agents naming the same thing ("militias" / "Iranian-backed militias") are one side
    keys = sorted(sides, key=len)
    merged: dict[str, list] = {}
    for k in keys:
        home = next((m for m in merged if _stems(m) & _stems(k) - {"group", "force", "state"}), None)
        if home:
            merged[home].extend(x for x in sides[k] if x not in merged[home])
        else:
            merged[k] = list(sides[k])
    c = _conflict("attribution", "who is responsible", merged)
    return [c] if c and len(merged) >= 2 else []


def _stems(agent: str) -> set[str]:
    return {w.rstrip("s") for w in agent.replace("-", " ").split() if len(w) > 2}


def _time(entries) -> list[Conflict]:
    out = []
    days = {id(e): stated_days(e[1].text) for e in entries}
    entries = [e for e in entries if days[id(e)]]
    for ea, eb in _pairs(entries):
        (ca, sa, wa), (cb, sb, wb) = ea, eb
        da, db = days[id(ea)], days[id(eb)]
        if da & db or _jaccard(wa, wb) < 0.45:
            continue
        c = _conflict("time", " ".join(sorted(wa & wb)[:4]),
                      {", ".join(sorted(da)): [(ca, sa)], ", ".join(sorted(db)): [(cb, sb)]})
        if c:
            out.append(c)
    return out


def find_conflicts(claims: Sequence[Claim], documents: Sequence[Document]) -> tuple[list[Conflict], list[Claim]]:
    """Conflicts between claims, and the claims with status "contested" where they take part in one."""
    published = {d.id: d.published.value[:10] for d in documents if d.published}
    entries = [(c, s, content_words(s.text)) for c in claims for s in c.statements]
    conflicts = _quantity(entries, published) + _state(entries) + _polarity(entries) + _attribution(entries) \
        + _time(entries)
    unique = {c.id: c for c in conflicts}
    conflicts = sorted(unique.values(), key=lambda c: (c.kind, c.id))
    contested = {cid for c in conflicts for side in c.sides for cid in side.claims}
    claims_out = [dataclasses.replace(c, status="contested") if c.id in contested else c for c in claims]
    return conflicts, claims_out
