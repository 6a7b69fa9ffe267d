"""The protagonist a news lead describes before naming ('A suspected gang leader arrested on Tuesday has been
found dead in his cell. Gaetano Lo Presti, 52, …'; rule ``description-lead``).

The first sentence of a story's body often has a description for subject ('A Bloomington man', 'A fired
accountant', 'A suspected gang leader') and names the person only in the next sentences. Such a description
takes the person the document names most, when:

* the noun is a person's (roles.PERSON_NOUNS) and the subject of the lead, and nobody is named before it
  in the lead;
* that person leads the document's count of names (named twice at least, and more often than anyone else)
  and is first named within the three sentences after the lead;
* nothing says otherwise: the person's sex (titles, role nouns, pronouns) fits a noun that says one, the
  person is not described as an official (police, spokesman, …) and has no other role noun.
"""

from __future__ import annotations

from crosswire.models import Annotation, Document, Span

from crosswire.resolve.headlines import people_counts
from crosswire.resolve.mentions import is_headline
from crosswire.resolve.pronouns import Named, Reference
from crosswire.resolve.roles import OFFICIALS, PERSON_NOUNS, sex_of

FOLLOWING = 3  # sentences after the lead within which the person must be named


def _lead_sentence(document: Document, ann: Annotation) -> int | None:
    """The first sentence of the body: not a headline, a dateline-free line with a verb."""
    text = document.text
    verbs: dict[int, bool] = {}
    for t in ann.tokens:
        if t.pos in ("VERB", "AUX"):
            verbs[t.sent] = True
    for t in ann.tokens:
        if not t.text.strip() or t.sent not in verbs or is_headline(text, t.start, t.end):
            continue
        line_start = text.rfind("\n", 0, t.start) + 1
        if "http" in text[line_start:t.start + 40]:
            continue
        return t.sent
    return None


def lead_descriptions(document: Document, ann: Annotation, named: list[Named], taken, roles, sexes,
                      found: list[Reference], describe) -> list[Reference]:
    """The lead's subject description → the document's protagonist (see the module docstring); ``describe``
    reads a description ending at a token ((start, end, role) or None)."""
    text = document.text
    people = people_counts(named)
    if not people or not ann.tokens:
        return []
    ranked = sorted(people, key=lambda e: (-people[e], e))
    if people[ranked[0]] < 2 or (len(ranked) > 1 and people[ranked[0]] == people[ranked[1]]):
        return []  # a person named once, in passing, is too weak
    hero = ranked[0]
    lead = _lead_sentence(document, ann)
    if lead is None:
        return []
    first = min((n for n in named if n.entity == hero and not n.headline), key=lambda n: n.start)
    if not lead <= first.sentence <= lead + FOLLOWING:
        return []
    role_nouns = roles.get(hero, set())
    if role_nouns & OFFICIALS:
        return []
    done = [(r.span.start, r.span.end) for r in found]
    for t in ann.tokens:
        if t.sent < lead:
            continue
        if t.sent > lead:
            break
        if t.dep not in ("nsubj", "nsubjpass") or t.pos != "NOUN":
            continue
        d = describe(ann, text, t.i, ("the", "a", "an"))
        if d is None or d[2] not in PERSON_NOUNS:
            return []
        if any(a < d[1] and d[0] < b for a, b in done) or \
                any(a < d[1] and d[0] < b and not (d[0] <= a and b <= t.start) for a, b in taken):
            return []
        if any(n.type == "PERSON" and not n.headline and n.sentence == lead and n.start < d[0] for n in named):
            return []
        sex = sex_of(d[2])
        if sex and sexes.get(hero, sex) != sex:
            return []
        if role_nouns & PERSON_NOUNS and d[2] not in role_nouns and not sex:
            return []
        return [Reference(Span.of(document.id, text, d[0], d[1]), hero, "description", "description-lead")]
    return []
