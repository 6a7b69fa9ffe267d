"""One person under two spellings of the given name, told by the age the copy gives each.

Outlets spell a given name differently ('Katerina' / 'Caterina', 'Nikolaos' / 'Nikos'), and the
romanisation rules of ``names`` meet only some of those. Two full names of people with the same surname,
given the same age in apposition ('Nikos Varos, 15,' in one text, 'Nikolaos Varos, 15,' in another), are
one person when their given names are close (one starts with the other, they share their first three letters,
or they differ only by c/k) and no document names both (twins or siblings of one age are named side by
side in one text).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from crosswire.models import Document
from crosswire.resolve.cues import AGE_AFTER
from crosswire.resolve.names import tokens

AGE_NUMBER = re.compile(r"\d+")


def age_after(text: str, end: int) -> str | None:
    """The age written in apposition right after a name ending at ``end``, else None."""
    found = AGE_AFTER.match(text[end:end + 12])
    return AGE_NUMBER.search(found.group(0)).group(0) if found else None


def _close(a: str, b: str) -> bool:
    if a == b or a.startswith(b) or b.startswith(a):
        return True
    if min(len(a), len(b)) >= 3 and a[:3] == b[:3]:
        return True
    return a.replace("k", "c") == b.replace("k", "c")


def same_age_pairs(mentions, documents: Sequence[Document], people: Sequence[bool]) -> list[tuple[int, int]]:
    """Pairs of mention indices (full names of people, ``people[i]``) that this rule makes one person."""
    texts = {d.id: d.text for d in documents}
    by_key: dict[tuple[str, str], dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    docs_of: dict[str, set[str]] = defaultdict(set)  # given name + surname → documents naming it
    for i, m in enumerate(mentions):
        ts = tokens(m.span.text)
        if len(ts) < 2 or not people[i]:
            continue
        docs_of[f"{ts[0]} {ts[-1]}"].add(m.span.doc)
        age = age_after(texts[m.span.doc], m.span.end)
        if age is not None:
            by_key[(ts[-1], age)][ts[0]].append(i)
    pairs = []
    for (surname, _age), given in sorted(by_key.items()):
        names = sorted(given)
        for a in names:
            for b in names:
                if a < b and _close(a, b) and \
                        not docs_of[f"{a} {surname}"] & docs_of[f"{b} {surname}"]:
                    pairs.append((given[a][0], given[b][0]))
    return pairs
