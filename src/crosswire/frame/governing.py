"""Which verb a count belongs to, and counts a sentence does not assert.

A count's attribute comes from the verb that governs the counted noun, never from a participle that
describes it: in "the blast killed 40 villagers sheltering in a barn" a parser may make the villagers the
subject of "sheltering"; they are what "killed" counts. A modal statement about a kind ("a quake of that
size can damage 300 homes") tells what may happen, not what did: it asserts no value.
"""

from __future__ import annotations

from crosswire.frame.parse import ParsedStatement
from crosswire.frame.values import PREDICATE_OF
from crosswire.models import Token

GENERIC_MODALS = {"can", "may", "might", "could"}


def governing(s: ParsedStatement, noun: Token | None, verb: Token | None) -> Token | None:
    """The verb a count is about. A parser may make the counted noun the subject of a later verb ("killed
    40 villagers sheltering in a church": "sheltering", or the main verb of the sentence) though it stands
    right after a named happening that has no object of its own; then that happening governs it."""
    if noun is not None and verb is not None and noun.dep == "dobj" and s.head(noun) is verb:
        # "leaving 40 people dead", "left 12 residents wounded": the state the verb leaves them in is the count's
        result = next((c for c in s.children(verb) if c.dep in ("oprd", "acomp", "xcomp", "ccomp") and c.i > noun.i
                       and c.lemma.lower() in PREDICATE_OF and c.pos in ("ADJ", "VERB")), None)
        return result or verb
    if noun is None or noun.dep not in ("nsubj", "nsubjpass") or (verb is not None and verb.i < noun.i):
        return verb
    before = [t for t in s.tokens if t.i < noun.i]
    k = len(before) - 1
    while k >= 0 and before[k].dep in ("nummod", "quantmod", "advmod", "amod", "compound", "det") and \
            s.head(before[k]) is not None and s.head(before[k]).i <= noun.i:
        k -= 1  # the words of the noun phrase itself: "about 40", "some 300 stranded"
    up = before[k] if k >= 0 else None
    if up is None or up.pos != "VERB" or up.lemma.lower() not in PREDICATE_OF or k == len(before) - 1 or \
            any(c.dep in ("dobj", "attr") for c in s.children(up)):
        return verb
    return up


def generic(s: ParsedStatement, verb: Token | None) -> bool:
    """A modal statement of what may happen ("can cause", "may damage", "could kill"): no value asserted."""
    return verb is not None and any(c.dep == "aux" and c.text.lower() in GENERIC_MODALS for c in s.children(verb))
