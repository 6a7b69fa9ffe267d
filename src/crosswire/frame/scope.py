"""Where and by what a count happened, as qualifiers of its frame: "In neighbouring Central Aceh district, 10
people were killed" → ``in:central aceh``; "twelve were killed by a landslide" → ``by:landslide``.

A count told of one place or one cause may be a part of the story's toll, not a rival value of it. Which
scope is the story's own (the place or the cause most of its documents name) is decided later, over the
whole story (``contrast.scope``); here each count only records the scope its own clause gives it.
"""

from __future__ import annotations

from crosswire.frame.parse import ParsedStatement
from crosswire.frame.values import GROWING
from crosswire.models import Slot, Token

PLACE_TYPES = ("GPE", "LOC", "FAC")
# the prepositions that set a count in a place ("killed in X", "died at X")
PLACE_PREPS = {"in", "at"}
# the tolls a story adds up from parts: people harmed or held, things damaged (how long someone "lived in
# X" is no part of anything)
TOLLS = GROWING | {"destroyed", "damaged"}


def _place(s: ParsedStatement, obj: Token) -> str | None:
    """The proper name a place phrase gives ("neighbouring Central Aceh district" → "central aceh"), or None
    when the phrase names no place ("in hospitals", "in the quake")."""
    words = [c for c in s.children(obj) if c.dep in ("compound", "amod") and c.i < obj.i and
             (c.pos == "PROPN" or c.ent_type in PLACE_TYPES)]
    if obj.pos == "PROPN" or obj.ent_type in PLACE_TYPES:
        words.append(obj)
    if not words or not any(w.ent_type in PLACE_TYPES or w.pos == "PROPN" for w in words):
        return None
    if not any(w.ent_type in PLACE_TYPES for w in words) and obj.pos != "NOUN":
        return None  # a name that is no place ("in Nugroho's words") unless the noun says it is one ("X district")
    return " ".join(w.text.lower() for w in sorted(words, key=lambda w: w.i))


def scope(s: ParsedStatement, verb: Token | None, noun: Token | None = None,
          attribute: Slot | None = None) -> tuple[str, ...]:
    """The places (``in:``) and causes (``by:``) a toll is told of, from its own clause: phrases on its
    verb, on the verb a conjoined verb shares its clause with ("10 were killed, 140 were injured" in one
    district), or on the counted noun ("10 people in X district")."""
    if verb is None or attribute is None or attribute.norm not in TOLLS:
        return ()
    heads = [verb] + ([noun] if noun is not None else [])
    up = s.head(verb)
    if verb.dep == "conj" and up is not None and up.pos in ("VERB", "AUX"):
        heads.append(up)
    out = set()
    for head in heads:
        for c in s.children(head):
            obj = next((g for g in s.children(c) if g.dep == "pobj"), None)
            if obj is None:
                continue
            if c.dep == "prep" and c.text.lower() in PLACE_PREPS:
                place = _place(s, obj)
                if place:
                    out.add("in:" + place)
            elif c.dep == "agent" and obj.pos == "NOUN" and head is not noun:
                out.add("by:" + obj.lemma.lower())  # "killed by a landslide"; a named doer is an actor
    return tuple(sorted(out))


SCOPES = ("in:", "by:")


def scoped(qualifiers: tuple[str, ...]) -> frozenset[str]:
    """The place and cause qualifiers among a frame's qualifiers."""
    return frozenset(q for q in qualifiers if q.startswith(SCOPES))
