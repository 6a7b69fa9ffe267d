"""A place that stands for its team ('Dalton beat Marlow 3-1', "Dalton's defence", 'a win over Dalton'), in a
story that names the team in full ('the Dalton Herons'; rule ``team-name``).

Sports copy names a team by its city as often as by its nickname, and the same story uses the city as a place
too ('fans in Dalton'), so the whole name cannot go to the team (resolve.teams joins it only where the story
never uses it as a place). One mention at a time can: where the name is the subject of a clause, a
possessor, the object of a result verb ('beat', 'edged', 'faced') or follows 'against', 'over' or 'versus',
and is neither after a place preposition ('in', 'at', 'near', …) nor qualified by its state ('Dalton, Ga.'),
it names the team, when the story names exactly one team after that place and reads as sports copy (three
words such as 'season', 'coach', 'playoffs').
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from crosswire.models import Annotation, Document

from crosswire.resolve.mentions import Mention
from crosswire.resolve.names import key
from crosswire.resolve.nicknames import lower_words

NICKNAME = re.compile(r"(?:[A-Z][a-z]+[ \t]+)?(?:[A-Z][a-z]{2,}|\d{1,3}[a-z]{2,})(?<!s)s")
PLACE_BEFORE = re.compile(r"\b(?:in|at|near|outside|across|throughout|from|to|into|of|around|toward|towards)"
                          r"[ \t]+(?:the[ \t]+)?$", re.I)
RESULT_VERBS = {"beat", "defeat", "edge", "rout", "top", "upset", "play", "face", "host", "outscore", "blank",
                "stun", "eliminate", "oust", "sweep", "trail", "down", "thrash", "overpower", "outlast", "meet",
                "overcome", "lead", "crush", "dominate", "whip", "hold"}
AGAINST = {"against", "over", "versus", "vs", "vs."}
SUBJECT = {"nsubj", "nsubjpass", "poss"}
# words of sports copy: a story with three of them reports games
SPORTS = {"game", "games", "season", "coach", "league", "playoff", "playoffs", "scored", "win", "victory",
          "quarterback", "touchdown", "inning", "innings", "goal", "goals", "halftime", "tournament",
          "championship", "roster", "standings", "seed", "rebounds", "homers", "stadium", "arena"}


def team_uses(mentions: Sequence[Mention], documents: Sequence[Document],
              annotations: Sequence[Annotation]) -> dict[int, int]:
    """Mention index of each place used for its team → index of a mention of that team's full name."""
    texts = {d.id: d.text for d in documents}
    anns = {d.id: a for d, a in zip(documents, annotations)}
    lower = lower_words(documents)  # lines of web addresses left out: 'new-orleans-saints' is no common noun
    if len(lower & SPORTS) < 3:
        return {}  # not sports copy: 'Texas' in a story about the Texas Rangers' inquiry is the state
    places = {m.span.text for m in mentions if m.label in ("GPE", "LOC")}
    teams: dict[str, set[str]] = defaultdict(set)  # place as written → the keys of the team names after it
    first: dict[str, int] = {}
    # capitalised words the tagger reads as plural nouns somewhere in the story ('Broncos', '76ers')
    plurals = {t.text for a in annotations for t in a.tokens if t.tag in ("NNS", "NNPS") and t.text[:1].isupper()
               or t.tag in ("NNS", "NNPS") and t.text[:1].isdigit()}
    for j, m in enumerate(mentions):
        words = m.span.text.split()
        if len(words) < 2 or words[-1].lower() in lower or words[-1] not in plurals:
            continue  # 'Kathina Thomas', 'Athens Acropolis': a name ending in s is no plural nickname
        # the longest place in front: 'Kansas City' of 'Kansas City Chiefs', not 'Kansas'
        cut = next((c for c in range(min(len(words) - 1, 3), 0, -1) if " ".join(words[:c]) in places), 0)
        if cut and NICKNAME.fullmatch(" ".join(words[cut:])):
            k = key(m.span.text, person=False)  # 'the New Orleans Saints'' is the New Orleans Saints
            teams[" ".join(words[:cut])].add(k)
            first.setdefault(k, j)
    if not teams:
        return {}
    out = {}
    for i, m in enumerate(mentions):
        names = teams.get(m.span.text)
        if not names or len(names) != 1 or m.extent >= 0 or m.token < 0 or m.label not in ("GPE", "LOC", "ORG"):
            continue
        text, ann = texts[m.span.doc], anns.get(m.span.doc)
        if ann is None or PLACE_BEFORE.search(text[max(0, m.span.start - 30):m.span.start]):
            continue
        last = m.token
        while last + 1 < len(ann.tokens) and ann.tokens[last + 1].start < m.span.end:
            last += 1
        t = ann.tokens[last]
        head = ann.tokens[t.head] if 0 <= t.head < len(ann.tokens) else t
        if t.dep in SUBJECT or (t.dep == "dobj" and head.lemma.lower() in RESULT_VERBS) or \
                (t.dep == "pobj" and head.text.lower() in AGAINST):
            out[i] = first[next(iter(names))]
    return out
