"""An organisation named again by the first word of its name, where the small model calls that word a person
('Lakeside' for 'Lakeside Recovery', 'People' for 'People magazine'; rule ``short-form``).

``cluster._short_forms`` joins a one-word name to the one group whose name it starts when the word is tagged
a group; the small model tags a lone capitalised word a person as often as not, so here a one-word "person"
joins that group too, when nothing says it is a person: no title gives it a sex, and no full name of a
person in the story starts or ends with it (so 'Ford' stays Harrison Ford's in a story that names him).
"""

from __future__ import annotations

from collections import defaultdict

from crosswire.resolve.cluster import Clusters, _person
from crosswire.resolve.names import is_acronym, key

GROUP_LABELS = {"ORG", "FAC", "WORK_OF_ART"}  # the small model calls a clinic's or a magazine's name a title too


def _top(votes) -> str | None:
    return max(votes, key=lambda lab: (votes[lab], lab)) if votes else None


def first_word_groups(cl: Clusters) -> None:
    """Join each person-typed one-word cluster to the one organisation or facility whose name it starts."""
    roots: dict[int, set[str]] = defaultdict(set)  # cluster → keys of its mentions
    for i, m in enumerate(cl.mentions):
        if "," not in m.span.text:  # 'People, Reid': two names the tagger ran together
            roots[cl.find(i)].add(key(m.span.text, person=False))
    person_parts: set[str] = set()
    starts: dict[str, set[int]] = defaultdict(set)  # first word → groups whose multi-word name it starts
    for r, keys in roots.items():
        multi = [k.split() for k in keys if len(k.split()) > 1]
        if _person(cl.votes[r]):
            for ts in multi:
                person_parts.update((ts[0], ts[-1]))
            continue
        top = _top(cl.votes[r])
        if top in GROUP_LABELS:
            for ts in multi:
                starts[ts[0]].add(r)
    for r, keys in sorted(roots.items()):
        if len(keys) != 1 or not _person(cl.votes[r]) or cl.sexes[r]:
            continue
        k = next(iter(keys))
        if " " in k or len(k) < 3 or k in person_parts:
            continue
        members = [i for i in range(len(cl.mentions)) if cl.find(i) == r]
        if any(is_acronym(cl.mentions[i].span.text) or len(cl.mentions[i].span.text) < 4 for i in members):
            continue
        targets = starts.get(k, set()) - {r}
        if len(targets) == 1:
            cl.union(next(iter(targets)), members[0], "short-form")
