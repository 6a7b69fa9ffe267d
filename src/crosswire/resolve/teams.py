"""A team named by its place and by its nickname ('Vermont' and 'the Sea Otters'; rule ``team-name``).

Sports copy names a team by the place it plays for ("Vermont beat Danbury") and by its nickname
("the Sea Otters (10-0)"), and writes both together once in a while ("the third-ranked Vermont Sea
Otters", "Dalton Marlins 65"). Where a text writes a name straight before a nickname the story also
uses alone, the two name one team: the name joins the nickname's entity.

Guards, so that a city or a state is never taken for a team it merely hosts:
- the nickname is a plural of capitalised words whose last word the story never writes in lower case
  ('Sea Otters', 'Marlins', not 'Times' of 'New York Times', since the story writes 'times');
- the nickname stands alone somewhere in the story after 'the' ('the Sea Otters'), as a team does and a
  person's surname does not ('Williams');
- the place is never used as a place in the story: never after 'in', 'near', 'outside', 'across' or
  'throughout' (unless it modifies a noun there: 'in Dalton history'), never qualified by a state or country
  ('Boston, Mass.'), and never a person's name.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from crosswire.models import Document

from crosswire.resolve.cluster import Clusters, _person
from crosswire.resolve.mentions import Mention

PLURAL = re.compile(r"(?:[A-Z][a-z]+[ \t]+){0,2}[A-Z][a-z]{2,}[^s\W]s")
PLACE_USE = re.compile(r"(?:\b(?:in|near|outside|across|throughout)[ \t]+(?:the[ \t]+)?)$")

# words that may follow a place after 'in' ('in Boston on Monday'); any other word in lower case makes the
# name a modifier of a noun ('in Dalton history'), not a place
AFTER_PLACE = {"on", "and", "or", "at", "for", "with", "to", "after", "before", "since", "last", "this", "where",
               "when", "as", "by", "until", "during", "from", "of", "in", "but", "that", "who", "which", "early",
               "late", "yesterday", "today", "tonight", "is", "was", "has", "had", "will", "the", "a", "an"}


def _placed(text: str, m: Mention) -> bool:
    """The name used as a place here: after a place preposition and not modifying a noun, or qualified by its
    state or country (spans.qualified_places gave it an extent)."""
    if m.extent >= 0:
        return True
    if not PLACE_USE.search(text[max(0, m.span.start - 30):m.span.start]):
        return False
    nxt = re.match(r"[ \t]*([A-Za-z]+)", text[m.span.end:m.span.end + 30])
    return not nxt or not nxt.group(1).islower() or nxt.group(1) in AFTER_PLACE


def team_names(cl: Clusters, documents: Sequence[Document]) -> None:
    """Join a name written straight before a team's nickname to the nickname's entity (see the module)."""
    texts = {d.id: d.text for d in documents}
    lower = {w for t in texts.values() for w in re.findall(r"\b[a-z]+\b", t)}
    mentions = cl.mentions
    roots = [cl.find(i) for i in range(len(mentions))]
    members: dict[int, list[int]] = defaultdict(list)
    for i, r in enumerate(roots):
        members[r].append(i)
    # nicknames: plural names that stand alone in the story, by their surface
    nick: dict[str, set[int]] = defaultdict(set)
    memo: dict[str, bool] = {}
    for i, m in enumerate(mentions):
        surface = m.span.text
        if PLURAL.fullmatch(surface) and surface.split()[-1].lower() not in lower:
            if surface not in memo:
                the = re.compile(rf"\b[Tt]he[ \t]+{re.escape(surface)}(?![\w-])")
                memo[surface] = any(surface in t and the.search(t) for t in texts.values())  # `in` first: fast
            if memo[surface]:
                nick[surface].add(roots[i])
    if not nick:
        return
    placed: dict[int, bool] = {}

    def used_as_place(r: int) -> bool:
        if r not in placed:
            placed[r] = any(_placed(texts[mentions[j].span.doc], mentions[j]) for j in members[r])
        return placed[r]

    by_surface: dict[str, set[int]] = defaultdict(set)  # a name as written → the clusters that use it
    for i, m in enumerate(mentions):
        by_surface[m.span.text].add(roots[i])
    pairs: set[tuple[int, int]] = set()
    # the place and the nickname written together, tagged apart or not: 'Vermont Sea Otters'
    for surface in sorted(nick):
        together = re.compile(rf"((?:[A-Z][\w.'’-]*[ \t]+){{1,3}}){re.escape(surface)}(?![\w-])")
        for text in texts.values():
            if surface not in text:
                continue
            for found in together.finditer(text):
                words = found.group(1).split()
                for cut in range(len(words)):
                    for place in by_surface.get(" ".join(words[cut:]), ()):
                        pairs.update((place, team) for team in nick[surface])
    # one tagged phrase whose cluster holds the nickname alone: 'Dalton Marlins' with 'Marlins'
    for i, m in enumerate(mentions):
        words = m.span.text.split()
        for cut in range(1, len(words)):
            rest = " ".join(words[cut:])
            if rest in nick and roots[i] in nick[rest]:
                for place in by_surface.get(" ".join(words[:cut]), ()):
                    pairs.add((place, roots[i]))
    for place, team in sorted(pairs):
        if place == team or _person_named(cl, place) or used_as_place(place):
            continue
        cl.union(members[team][0], members[place][0], "team-name", guard=False)


def _person_named(cl: Clusters, root: int) -> bool:
    return _person(cl.votes[root]) and cl.votes[root]["PERSON"] >= 2
