"""Where and by what a count happened, as qualifiers of its frame: "In neighbouring West Norland district, 10
people were killed" → ``in:west norland``; "twelve were killed by a landslide" → ``by:landslide``.

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


def _modifiers(s: ParsedStatement, t: Token) -> list[Token]:
    """The compound and adjective words before a noun, through their own modifiers ("West Norland")."""
    out = []
    for c in s.children(t):
        if c.dep in ("compound", "amod") and c.i < t.i:
            out += _modifiers(s, c) + [c]
    return out


def _place(s: ParsedStatement, obj: Token) -> str | None:
    """The proper name a place phrase gives ("neighbouring West Norland district" → "west norland"), or None
    when the phrase names no place ("in hospitals", "in the quake")."""
    words = [c for c in _modifiers(s, obj) if c.pos == "PROPN" or c.ent_type in PLACE_TYPES]
    if obj.pos == "PROPN" or obj.ent_type in PLACE_TYPES:
        words.append(obj)
    if not words:  # "in the southern city of X"
        named = next((g for c in s.children(obj) if c.dep == "prep" and c.text.lower() == "of"
                      for g in s.children(c) if g.dep == "pobj" and (g.ent_type in PLACE_TYPES or g.pos == "PROPN")), None)
        if named is None:
            return None
        words = [c for c in _modifiers(s, named) if c.pos == "PROPN" or c.ent_type in PLACE_TYPES] + [named]
        return " ".join(w.text.lower() for w in sorted(words, key=lambda w: w.i))  # "the city of" names a place
    if not any(w.ent_type in PLACE_TYPES for w in words) and obj.pos != "NOUN":
        return None  # a name that is no place ("in Nugroho's words") unless the noun says it is one ("X district")
    return " ".join(w.text.lower() for w in sorted(words, key=lambda w: w.i))


def _nouns(s: ParsedStatement, obj: Token) -> list[Token]:
    """A noun and the nouns joined to it or naming it ("a landslide or collapsing buildings")."""
    out = [obj]
    for c in s.children(obj):
        if c.dep in ("conj", "nmod") and c.pos in ("NOUN", "PROPN"):
            out += _nouns(s, c)
    return out


def _within(s: ParsedStatement, t: Token, depth: int = 0) -> set[str]:
    """A place named further down a chain of place phrases ("in an air strike on a school in X camp")."""
    out: set[str] = set()
    for c in s.children(t):
        obj = next((g for g in s.children(c) if g.dep == "pobj"), None)
        if c.dep != "prep" or obj is None or c.text.lower() not in PLACE_PREPS | {"on", "near"}:
            continue
        place = _place(s, obj) if c.text.lower() in PLACE_PREPS else None
        if place:
            out.add("in:" + place)
        elif depth < 2:
            out |= _within(s, obj, depth + 1)
    return out


def _clause(s: ParsedStatement, verb: Token) -> list[Token]:
    """The verb and the verbs coordinated with it ("twelve were killed and 70 injured by a landslide")."""
    top = verb
    while top.dep == "conj" and s.head(top) is not None and s.head(top).pos in ("VERB", "AUX"):
        top = s.head(top)
    out, todo = [], [top]
    while todo and len(out) < 8:
        t = todo.pop()
        out.append(t)
        todo += [c for c in s.children(t) if c.dep == "conj" and c.pos in ("VERB", "AUX")]
    return out


def scope(s: ParsedStatement, verb: Token | None, noun: Token | None = None,
          attribute: Slot | None = None) -> tuple[str, ...]:
    """The places (``in:``) and causes (``by:``) a toll is told of, from its own clause: phrases on its
    verb or the verbs coordinated with it, a place phrase that opens the sentence ("In X district, 10 were
    killed, 140 were injured"), or phrases on the counted noun ("10 people in X district")."""
    if verb is None or attribute is None or attribute.norm not in TOLLS:
        return ()
    heads = _clause(s, verb) + ([noun] if noun is not None else [])
    first = s.tokens[0]
    if first.dep == "prep" and first.text.lower() in PLACE_PREPS:
        heads.append(s.head(first) or first)  # "In neighbouring X district , 10 were killed , 140 injured"
    # the happening that did it ("killed when a shell hit a school in X"): where it struck is where they died
    heads += [c for h in heads[:8] for c in s.children(h) if c.dep == "advcl" and
              any(m.dep == "advmod" and m.text.lower() == "when" for m in s.children(c))]
    out = set()
    for head in heads:
        for c in s.children(head):
            obj = next((g for g in s.children(c) if g.dep == "pobj"), None)
            if obj is None:
                if c.dep in ("dobj", "nsubj") and head.dep == "advcl":  # "hit a UN school in X"
                    out.update(_within(s, c))
                continue
            if c.dep == "prep" and c.text.lower() in PLACE_PREPS:
                place = _place(s, obj)
                out.update(["in:" + place] if place else _within(s, obj))
            elif c.dep == "agent" and obj.pos == "NOUN" and head is not noun:
                # "killed by a landslide or collapsing buildings"; a named doer is an actor
                out.update("by:" + n.lemma.lower() for n in _nouns(s, obj) if n.pos == "NOUN")
    return tuple(sorted(out))


SCOPES = ("in:", "by:")


def scoped(qualifiers: tuple[str, ...]) -> frozenset[str]:
    """The place and cause qualifiers among a frame's qualifiers."""
    return frozenset(q for q in qualifiers if q.startswith(SCOPES))
