"""Running tallies: a count of what someone holds *now* ("they still hold at least 14 vessels", "pirates
holding about a dozen ships", "17 ships are still being held") adds up the captives or possessions of many
earlier happenings and changes from one report to the next. It is marked ``tally``: it states the standing
total at the moment of writing, not what the story's happening did, and takes no side in a conflict."""

from __future__ import annotations

from crosswire.frame.parse import ParsedStatement
from crosswire.frame.values import TIME_UNITS
from crosswire.models import Token

# verbs of holding or possessing: a state that lasts, counted at the moment of writing
HOLDING = {"hold", "keep", "control", "occupy", "own", "possess"}
# adverbs that place a state at the moment of writing
NOW = {"still", "currently", "now"}


def standing(s: ParsedStatement, verb: Token | None, counted: Token | None) -> bool:
    """A holding verb told in the present ("hold", "holds", "holding", "are being held") or with "still",
    "currently" or "now", whose count is of what is held (not a span of time: "after holding them for two
    weeks" measures how long)."""
    if verb is None or verb.lemma.lower() not in HOLDING:
        return False
    if counted is not None and counted.lemma.lower() in TIME_UNITS:
        return False
    kids = s.children(verb)
    if any(c.dep == "advmod" and c.text.lower() in NOW for c in kids):
        return True
    auxiliaries = [c for c in kids if c.dep in ("aux", "auxpass")]
    if any(c.tag in ("VBD", "MD") or c.lemma.lower() == "have" for c in auxiliaries):
        return False  # "were holding", "will hold", "had held": another moment than the writing
    return verb.tag in ("VBP", "VBZ") or (verb.tag == "VBG" and verb.dep != "pcomp") or \
        any(c.tag in ("VBP", "VBZ") for c in auxiliaries)
