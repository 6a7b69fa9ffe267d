"""Celebrity nicknames made of the first letters of the given name and the surname ('JoVa' for 'Jolene
Vance', 'J.Va' or 'J-Vance' too; rule ``blend``).

Entertainment and sports copy names a star by such a blend and never spells it out. A single word of two
capitalised parts (optionally joined by '.' or '-') whose first part starts the given name and whose second
part (two letters or more) starts the surname of exactly one person's full name in the story names that
person. The blend is tagged a person or nothing the tagger trusts (an acronym such as 'AP' has no lower-case
letter and is never read as a blend).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from crosswire.resolve.names import tokens

BLEND = re.compile(r"([A-Z][a-z]{0,3})[.\-]?([A-Z][a-z]{1,6})")


def blend_pairs(mentions, people: Sequence[bool]) -> list[tuple[int, int]]:
    """(full name, blend) pairs of mention indices; ``people[i]``: mention i is in a person's cluster."""
    full: dict[tuple[str, str], int] = {}
    for i, m in enumerate(mentions):
        ts = tokens(m.span.text)
        if people[i] and len(ts) >= 2 and len(m.span.text.split()) >= 2:
            full.setdefault((ts[0], ts[-1]), i)
    out = []
    for i, m in enumerate(mentions):
        found = BLEND.fullmatch(m.span.text.strip())
        if not found or m.label not in ("PERSON", "ORG", "NORP", "GPE", "PRODUCT", "WORK_OF_ART"):
            continue
        first, second = found.group(1).lower(), found.group(2).lower()
        hits = {j for (given, surname), j in full.items()
                if given.startswith(first) and surname.startswith(second) and surname != second}
        if len(hits) == 1:
            out.append((hits.pop(), i))
    return sorted(out)
