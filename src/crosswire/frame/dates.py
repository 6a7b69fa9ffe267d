"""The calendar date of one happening, as a state frame: "Vela was convicted March 20", "in April 2007 the
suspect was found guilty" → value the date as year-month-day with unknown parts as "?", the happening's class
and whom it befell as qualifiers. Only a date that hangs on the happening's own verb counts."""

from __future__ import annotations

import re

from crosswire.frame.parse import ParsedStatement, person_of
from crosswire.frame.values import PREDICATE_OF
from crosswire.models import Frame, Token

MONTHS = {m: i + 1 for i, m in enumerate(("january", "february", "march", "april", "may", "june", "july", "august",
                                           "september", "october", "november", "december"))}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
DATED = {"killed", "arrested", "sentenced"}
YEAR = re.compile(r"^(1[89]|20)\d\d$")


def _happening(s: ParsedStatement, t: Token) -> str | None:
    lemma = t.lemma.lower()
    if t.pos != "VERB" or any(c.dep == "neg" for c in s.children(t)):
        return None
    if lemma == "convict" or (lemma == "find" and any(c.text.lower() == "guilty" for c in s.children(t))):
        return "convicted"
    return PREDICATE_OF.get(lemma) if PREDICATE_OF.get(lemma) in DATED else None


def _subtree(s: ParsedStatement, t: Token) -> list[Token]:
    out, todo = [], [t]
    while todo:
        x = todo.pop()
        out.append(x)
        todo.extend(s.children(x))
    return sorted(out, key=lambda x: x.i)


def _date(s: ParsedStatement, verb: Token) -> tuple[int, int, str] | None:
    """The explicit date among the verb's own modifiers ("convicted March 20", "in April 2007"), as the
    span of its words and a year-month-day value."""
    for c in s.children(verb):
        phrase, anchor = None, c
        if c.dep in ("npadvmod", "obl", "tmod") and c.text.lower().rstrip(".") in MONTHS:
            phrase = _subtree(s, c)
        elif c.dep == "prep" and c.text.lower() in ("in", "on"):
            obj = next((g for g in s.children(c) if g.dep == "pobj"), None)
            if obj is not None and obj.text.lower().rstrip(".") in MONTHS:
                phrase, anchor = _subtree(s, obj), obj
        if phrase:  # only the date's own words, next to the month ("March 20 of first-degree murder")
            words = {x.i: x for x in phrase if x.text.lower().rstrip(".") in MONTHS or x.text.isdigit() or
                     (x.text == "," and x.ent_type == "DATE")}
            k = j = anchor.i
            while k - 1 in words:
                k -= 1
            while j + 1 in words:
                j += 1
            phrase = [words[i] for i in range(k, j + 1)]
            while phrase and phrase[-1].text == ",":
                phrase.pop()
        if not phrase or len(phrase) > 5:
            continue
        month = next(MONTHS[x.text.lower().rstrip(".")] for x in phrase if x.text.lower().rstrip(".") in MONTHS)
        day = next((int(x.text) for x in phrase if x.text.isdigit() and 1 <= int(x.text) <= 31), None)
        year = next((x.text for x in phrase if YEAR.match(x.text)), None)
        if any(x.pos not in ("PROPN", "NUM", "PUNCT", "NOUN") for x in phrase):
            continue  # "in March of last year", "in the month after": not an explicit date
        value = f"{year or '?'}-{month:02d}-{day:02d}" if day else f"{year or '?'}-{month:02d}-?"
        return phrase[0].start, phrase[-1].end, value
    return None


def dates(s: ParsedStatement) -> list[Frame]:
    out = []
    for t in s.tokens:
        happening = _happening(s, t)
        if happening is None:
            continue
        target = next((c for c in s.children(t) if c.dep in ("nsubjpass", "dobj")), None)
        if target is None:
            continue
        person = person_of(s, target)
        who = "person:" + person[2] if person else None
        if who is None and target.pos in ("NOUN", "PROPN"):  # a name the tagger missed, or a role noun
            who = ("name:" if target.pos == "PROPN" else "noun:") + target.lemma.lower()
        when = _date(s, t)
        if who is None or when is None:
            continue
        out.append(Frame(id="", statement=s.statement.id, doc=s.statement.doc, kind="state", holder=None,
                         attribute=s.token_slot(t, "date"), value=s.slot(when[0], when[1], when[2]),
                         qualifiers=("event:" + happening, "who:" + who)))
    return out
