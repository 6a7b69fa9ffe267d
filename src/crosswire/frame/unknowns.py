"""A cause not yet known, as a fact: "the cause of the fire is still unclear", "It remains unclear what caused
the damage", "for unknown reasons", "no word yet on an official cause", "officials are not sure what caused
the cut" → a state frame (holder ``cause``, attribute ``known``, value ``unknown``). Outlets that all say
the cause is not known state one fact in many words; the frame lets alignment see it."""

from __future__ import annotations

import re

from crosswire.frame.parse import ParsedStatement
from crosswire.models import Frame

_NOT_KNOWN = r"(?:unknown|unclear|(?:not|n['’]t) (?:yet |immediately |entirely )?(?:known|clear|sure|certain|determined)|" \
             r"(?:still |yet )?to be determined|under investigation|a mystery)"
PATTERNS = (
    # "the cause of the cuts is still unclear", "Cause of the failure is not known at this time"
    re.compile(r"\b(?P<holder>cause|causes|origin)\b[^.;]{0,60}?\b(?:is|was|are|were|remains?|remained)\s+"
               r"(?:still\s+|as\s+yet\s+|yet\s+|also\s+)?(?P<value>" + _NOT_KNOWN + r")", re.I),
    # "It remains unclear what caused the damage", "it was not clear how the cables were damaged"
    re.compile(r"\b(?P<value>" + _NOT_KNOWN + r")\s+(?:exactly\s+|precisely\s+)?(?:what|how|why)\b[^.;]{0,60}?"
               r"\b(?P<holder>caused|cause|happened|damaged|started|broke|failed|cut)\b", re.I),
    # "for unknown reasons", "from an unknown cause"
    re.compile(r"\b(?:for|from|of)\s+(?:an?\s+)?(?P<value>unknown|undetermined)\s+(?P<holder>reasons?|causes?)\b",
               re.I),
    # "no word yet on an official cause", "no indication of what caused"
    re.compile(r"\b(?P<value>no (?:word|indication|explanation|information))\b[^.;]{0,30}?"
               r"\b(?P<holder>cause|caused)\b", re.I),
)


def unknown_causes(s: ParsedStatement) -> list[Frame]:
    """One frame per statement that says the cause of what happened is not (yet) known."""
    text, base = s.statement.text, s.statement.start
    for pattern in PATTERNS:
        m = pattern.search(text)
        if m is None:
            continue
        return [Frame(id="", statement=s.statement.id, doc=s.statement.doc, kind="state",
                      holder=s.slot(base + m.start("holder"), base + m.end("holder"), "cause"),
                      attribute=s.slot(base + m.start("value"), base + m.end("value"), "known"),
                      value=s.slot(base + m.start("value"), base + m.end("value"), "unknown"))]
    return []
