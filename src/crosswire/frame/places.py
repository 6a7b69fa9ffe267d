"""Where a happening befell a person, told as a street: "Tom Harlow was found barricaded in a room on Elm Street"
→ a state frame with the street's name as its value, the person as its entity and the happening's verb as
a qualifier. A street is a proper noun ending in a street word ("Street", "Road", "Ave .") with a name of
its own before it; house numbers and compass words are not part of the name."""

from __future__ import annotations

from crosswire.frame.parse import ParsedStatement, person_of, subject_of
from crosswire.frame.values import GENERIC, PREDICATE_OF
from crosswire.models import Frame, Token

STREET_WORDS = {"street": "street", "st": "street", "road": "road", "rd": "road", "avenue": "avenue",
                "ave": "avenue", "boulevard": "boulevard", "blvd": "boulevard", "drive": "drive", "lane": "lane",
                "terrace": "terrace"}  # not "Court" (of law), "Place" or "Way" (as often other names)
COMPASS = {"east", "west", "north", "south", "e", "w", "n", "s"}


def _name(s: ParsedStatement, street: Token) -> list[Token]:
    """The words of the street's own name: the proper nouns and numbered names ("223rd") compounded on it."""
    return [c for c in s.children(street) if c.dep == "compound" and c.i < street.i and
            (c.pos == "PROPN" or c.text[:1].isdigit() and c.text[-2:].lower() in ("st", "nd", "rd", "th"))
            and c.text.lower().rstrip(".") not in COMPASS]


def _happening(s: ParsedStatement, street: Token) -> Token | None:
    """The verb the street's phrase hangs on ("arrested at a Elm Street apartment", "barricaded in a room on
    Elm Street"), through prepositions and the nouns they govern."""
    t, hops = street, 0
    while t is not None and hops < 6:
        up = s.head(t)
        if up is None or t.dep not in ("pobj", "prep", "compound", "nmod", "npadvmod", "appos", "dobj"):
            return None
        if up.pos == "VERB":
            return up
        t, hops = up, hops + 1
    return None


def streets(s: ParsedStatement) -> list[Frame]:
    out = []
    for t in s.tokens:
        kind = STREET_WORDS.get(t.text.lower().rstrip("."))
        if kind is None or t.pos != "PROPN" or not t.text[:1].isupper():
            continue
        name = _name(s, t)
        verb = _happening(s, t) if name else None
        if verb is None or verb.lemma.lower() in GENERIC or any(c.dep == "neg" for c in s.children(verb)):
            continue
        # the person it befell: the object of a harm or an arrest, else whoever the clause is about
        target = next((c for c in s.children(verb) if c.dep in ("nsubjpass", "dobj")), None)
        person = person_of(s, target) or person_of(s, subject_of(s, verb))
        if person is None:
            continue
        value = " ".join([w.text.lower() for w in name] + [kind])
        happening = PREDICATE_OF.get(verb.lemma.lower(), verb.lemma.lower())
        out.append(Frame(id="", statement=s.statement.id, doc=s.statement.doc, kind="state", holder=None,
                         attribute=s.token_slot(verb, "street"), value=s.slot(name[0].start, t.end, value),
                         entity=person[2], qualifiers=("event:" + happening,)))
    return out
