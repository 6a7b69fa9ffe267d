"""A change told in percent or points: "Greek stocks plunged 5.4 per cent", "stocks closed down 3.9 percent",
"services were down by 80 percent", "turnout dropped 10 percentage points". The frame's holder is what
changed (the subject, with its own modifiers as qualifiers: "Greek stocks", "oil prices"), its attribute the
direction ("fell" or "rose", whatever verb says it), its value the size of the change. Two outlets giving
one market's or one service's fall different sizes disagree; a rise and a fall are different facts."""

from __future__ import annotations

import math

from crosswire.frame.parse import ParsedStatement
from crosswire.frame.values import bounds, format_range
from crosswire.models import Frame, Token

DOWN = {"fall", "drop", "plunge", "plummet", "decline", "slide", "sink", "tumble", "slump", "dip", "lose",
        "shed", "decrease", "shrink", "crash", "collapse", "ease", "retreat", "contract"}
UP = {"rise", "climb", "jump", "surge", "soar", "gain", "increase", "grow", "rally", "advance", "rebound",
      "spike", "leap", "expand"}
DIRECTION_WORDS = {"down": "fell", "lower": "fell", "up": "rose", "higher": "rose"}
CHANGE_UNITS = {"percent", "%", "cent", "point"}


def percent_unit(s: ParsedStatement, number: Token) -> Token | None:
    """The unit token of "5.4 per cent", "12 percent", "3 %" or "10 percentage points" right after ``number``
    (the tagger may call "per cent" money), else None."""
    after = [t for t in s.tokens if t.i > number.i][:2]
    if after and after[0].text.lower() in ("percent", "%"):
        return after[0]
    if len(after) == 2 and after[0].text.lower() == "per" and after[1].text.lower() == "cent":
        return after[1]
    if len(after) == 2 and after[0].text.lower() == "percentage" and after[1].lemma.lower() == "point":
        return after[1]  # "10 percentage points"
    return None


def _direction(s: ParsedStatement, verb: Token, via: Token | None) -> str | None:
    if via is not None and via.text.lower() in DIRECTION_WORDS:
        return DIRECTION_WORDS[via.text.lower()]
    lemma = verb.lemma.lower()
    if lemma in DOWN:
        return "fell"
    if lemma in UP:
        return "rose"
    adverbs = [c for c in s.children(verb) if c.dep in ("advmod", "prt") and c.text.lower() in DIRECTION_WORDS]
    return DIRECTION_WORDS[adverbs[0].text.lower()] if adverbs else None


def _changed_by(s: ParsedStatement, anchor: Token) -> tuple[Token, str] | None:
    """The verb whose change the figure at ``anchor`` measures, and its direction."""
    up, via = s.head(anchor), None
    if up is not None and up.text.lower() == "by" and up.dep in ("prep", "agent"):
        up = s.head(up)  # "fell by 2.5 percent"
    if up is not None and up.text.lower() in DIRECTION_WORDS and up.pos in ("ADV", "ADJ", "ADP"):
        via, up = up, s.head(up)  # "was down 52 percent", "closed down 3.9 percent"
    if up is None or up.pos not in ("VERB", "AUX"):
        return None
    direction = _direction(s, up, via)
    return (up, direction) if direction is not None else None


def change_of(s: ParsedStatement, unit: Token, value: float, modifier: str | None,
              text_span: tuple[int, int], first: Token | None = None) -> Frame | None:
    """The change a percent or points figure measures, or None when the figure is not the size of a
    rise or fall of a named subject ("5 percent of output" is a share, handled elsewhere). ``first`` is the
    figure's first token, read when a decimal written apart ("5 . 4 per cent") hangs its parts apart."""
    if unit.lemma.lower() not in CHANGE_UNITS and unit.text.lower() not in CHANGE_UNITS:
        return None
    anchor = unit
    per = s.head(unit)
    if per is not None and per.text.lower() == "per" and unit.dep == "pobj" and s.head(per) is not None and \
            s.head(per).like_num:
        anchor = s.head(per)  # "gained 12 per cent": the number hangs on the verb, "per cent" on the number
    if anchor.dep in ("nsubj", "nsubjpass", "attr") or any(c.dep == "prep" and c.text.lower() == "of"
                                                             for c in s.children(unit)):
        return None  # "65 per cent of traffic was down": a share of something, not the size of a change
    found = _changed_by(s, anchor) or (_changed_by(s, first) if first is not None else None)
    if found is None:
        return None
    up, direction = found
    subject = next((c for c in s.children(up) if c.dep in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos not in ("NOUN", "PROPN"):
        return None  # "it fell 5 percent": without what fell, nothing to compare
    if any(c.dep == "neg" for c in s.children(up)):
        return None
    quals = {c.lemma.lower() for c in s.children(subject) if c.dep in ("amod", "compound") and not c.like_num}
    quals |= {"unit:" + ("point" if unit.lemma.lower() == "point" else "percent"), "way:" + direction}
    low, high = bounds(value, modifier)
    raw = s.ctx.text[text_span[0]:text_span[1]]
    span = s.slot(text_span[0], unit.end if unit.end > text_span[1] else text_span[1],
                  format_range(low, high, raw, modifier))
    return Frame(id="", statement=s.statement.id, doc=s.statement.doc, kind="quantity",
                 holder=s.token_slot(subject, subject.lemma.lower()), attribute=s.token_slot(up, direction),
                 value=span, low=low, high=None if math.isinf(high) else high, negated=False, possessor=None,
                 entity=None, qualifiers=tuple(sorted(quals)))
