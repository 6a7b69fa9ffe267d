"""All conflicts of a story: every rule family run over the frames of its claims, the duplicates dropped,
and the claims that take a side marked "contested".

The rule families live beside this module: counts, states, times and who is blamed in
``contrast.conflicts``; the streets of one happening and the place of a death in ``contrast.places``; causes of death in
``contrast.causes``. Vague amounts, running tallies and sentences about earlier events take no side
(``contrast.background``).
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Sequence

from crosswire.align import Links
from crosswire.contrast.background import background
from crosswire.contrast.causes import cause_disputes
from crosswire.contrast.conflicts import (
    _agents, _bearings, _Context, _costs, _dates, _distances, _fates, _instruments, _manners, _quantities,
    _records, _states, _times,
)
from crosswire.contrast.places import death_place_disputes, street_disputes
from crosswire.contrast.scope import story_scopes
from crosswire.models import Claim, Conflict, Document, Entity, Frame


def find_conflicts(claims: Sequence[Claim], documents: Sequence[Document], frames: Sequence[Frame] = (),
                   entities: Sequence[Entity] = (), links: Links | None = None,
                   event: str | None = None) -> tuple[list[Conflict], list[Claim]]:
    """Conflicts between the frames of different documents, and the claims with status "contested"
    where one of their statements takes a side. ``event`` (the story's event date) dates what undated
    documents tell."""
    by_statement = {s.id: (c, s) for c in claims for s in c.statements}
    frames = [f for f in frames if f.statement in by_statement]
    mentions: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for e in entities:
        for m in e.mentions:
            mentions[m.doc].append((m.start, m.end, e.id))
    ctx = _Context(by_statement, {d.id: d for d in documents}, links, {e.id: e.name for e in entities},
                   {d: tuple(sorted(ms)) for d, ms in mentions.items()})
    # a running tally ("they still hold 14 vessels") states a standing total that changes from report to
    # report, not what the happening did: it takes no side
    frames = [f for f in frames if "tally" not in f.qualifiers]
    # a count told of another place or cause than the story's own is a part of the toll, not a rival of it
    frames = story_scopes(frames, documents)
    # vague amounts ("several") and sentences about earlier events take no side; who is blamed is read from
    # every sentence, since a claim of responsibility often recalls a date ("forces pushing evil since 2003")
    current = [f for f in frames if "vague" not in f.qualifiers and not background(f, ctx.by_statement, ctx.documents, event)]
    conflicts = street_disputes(current, ctx) + cause_disputes(current, ctx) + _quantities(current, ctx) + \
        _states(current, ctx) + _instruments(current, ctx) + _manners(current, ctx) + _bearings(current, ctx) + \
        _distances(current, ctx) + _fates(frames, ctx) + _records(current, ctx) + _dates(frames, ctx) + \
        _costs(current, ctx) + _times(current, ctx) + _agents(frames, ctx) + death_place_disputes(current, ctx)
    unique = {c.id: c for c in conflicts}
    conflicts = sorted(unique.values(), key=lambda c: (c.kind, c.id))
    contested = {cid for c in conflicts for side in c.sides for cid in side.claims}
    claims_out = [dataclasses.replace(c, status="contested") if c.id in contested else c for c in claims]
    return conflicts, claims_out
