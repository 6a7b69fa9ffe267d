"""Spans of time told with the activity as a noun: "after 30 hours of deliberation" measures the
deliberating, as "deliberated for 40 hours" does; and when the span comes *after* something it ends in
("convicted him after 12 hours of deliberation", "unable to reach a decision after 30 hours of
deliberation"), that ending is kept (``ending:convict``), so that spans of different phases that end
differently are not compared."""

from __future__ import annotations

from crosswire.frame.parse import ParsedStatement
from crosswire.frame.values import PREDICATE_OF, TIME_UNITS
from crosswire.models import Slot, Token

# a nominalisation and the verb it names: "deliberation" → "deliberate", "discussion" → "discuss"
SUFFIXES = (("ation", "ate"), ("ssion", "ss"))


def verb_of(noun: str) -> str | None:
    if noun in PREDICATE_OF:
        return PREDICATE_OF[noun]
    return next((noun[:-len(end)] + verb for end, verb in SUFFIXES if noun.endswith(end) and len(noun) > len(end) + 3),
                None)


def activity(s: ParsedStatement, unit: Token) -> tuple[Slot, tuple[str, ...], tuple[str, ...]] | None:
    """For a span of time "of" an activity noun: the activity as the attribute, the qualifiers to add (what
    the span ended in) and those to drop (the "of:" noun)."""
    if unit.lemma.lower() not in TIME_UNITS:
        return None
    of = next((c for c in s.children(unit) if c.dep == "prep" and c.text.lower() == "of"), None)
    event = next((c for c in s.children(of) if c.dep == "pobj" and c.pos == "NOUN"), None) if of is not None else None
    verb = verb_of(event.lemma.lower()) if event is not None else None
    if verb is None:
        return None
    added: tuple[str, ...] = ()
    up = s.head(unit)
    if unit.dep in ("pobj", "conj") and up is not None:
        prep = up if up.dep == "prep" else s.head(up)  # "after four days and more than 30 hours of ..."
        main = s.head(prep) if prep is not None and prep.text.lower() == "after" else None
        if main is not None and main.pos in ("VERB", "ADJ", "AUX"):
            added = ("ending:" + main.lemma.lower(),)
    return s.token_slot(event, verb), added, ("of:" + event.lemma.lower(),)
