"""The circumstances of a happening as state frames: the weapon it was done with, the manner of a killing,
and a place's bearing from a named reference; and a competitor's win-loss record. Read from the same parse view as the other frames."""

from __future__ import annotations

import re

from crosswire.frame.parse import ParsedStatement, person_of, refer_to, subject_of
from crosswire.frame.values import (
    ASSAILANTS, BEARINGS, HOLDER_CLASS, LETHAL, MANNERS, PREDICATE_OF, RESPONDERS, UNIT_NAMES, WEAPON_OF, WIELD, format_range, parse_number, word_number,
)
from crosswire.models import Frame

HARMS = {"killed", "injured", "fired", "attacked"}
# nouns of a happening a weapon names as a compound ("the shotgun slaying", "a knife attack")
HAPPENINGS = {"slaying", "killing", "stabbing", "shooting", "attack", "murder", "assault", "robbery", "rampage",
              "spree", "wound", "blast", "homicide"}


DOERS = ASSAILANTS | HAPPENINGS


def instruments(s: ParsedStatement) -> list[Frame]:
    """The kind of weapon a happening was done with: "walked in with a shotgun and shot three people",
    "the shooter brought a rifle", "the shotgun slaying" → value shotgun / rifle. Only in a sentence about
    harm or about its doer, and never the weapons of police or soldiers."""
    if not any(t.lemma.lower() in WEAPON_OF or t.text.lower() in WEAPON_OF for t in s.tokens):
        return []
    harm = any(PREDICATE_OF.get(t.lemma.lower()) in HARMS or t.lemma.lower() in DOERS for t in s.tokens)
    out = []
    for t in s.tokens:
        kind = WEAPON_OF.get(t.lemma.lower()) or WEAPON_OF.get(t.text.lower())
        first = t  # "with a rifle and a shotgun": the second weapon stands where the first does
        while first.dep == "conj" and s.head(first) is not None and s.head(first).pos in ("NOUN", "PROPN"):
            first = s.head(first)
        head = s.head(first)
        if kind is None or t.pos not in ("NOUN", "PROPN") or head is None:
            continue
        verb = None
        if first.dep == "pobj" and head.text.lower() == "with":
            verb = s.head(head)
            used = verb is not None and (verb.pos == "VERB" or verb.lemma.lower() in HAPPENINGS)
        elif first.dep == "dobj" and head.lemma.lower() in WIELD:
            verb, used = head, True
        else:
            used = first.dep in ("compound", "amod", "nmod") and head.lemma.lower() in HAPPENINGS
        if not used or not harm:
            continue
        if verb is not None:
            if any(c.dep == "neg" for c in s.children(verb)):
                continue  # "did not carry a gun"
            doer = s.head(verb) if verb.dep in ("acl", "amod", "relcl") else subject_of(s, verb)
            if doer is not None and doer.lemma.lower() in RESPONDERS:  # "police armed with rifles"
                continue
        out.append(Frame(id="", statement=s.statement.id, doc=s.statement.doc, kind="state", holder=None,
                         attribute=s.token_slot(t, "weapon"), value=s.token_slot(t, kind)))
    return out


def _joined(s: ParsedStatement, noun) -> int:
    """How many nouns a coordination starting at ``noun`` joins ("his mother and a former girlfriend" → 2)."""
    return 1 + sum(_joined(s, c) for c in s.children(noun) if c.dep == "conj" and c.pos in ("NOUN", "PROPN"))


def manners(s: ParsedStatement) -> list[Frame]:
    """How victims were killed: "the 3 bank employees were burnt to death" → value burned, with the victims
    as a qualifier (a person, else their number — "both women", "his mother and his ex-girlfriend" are two —
    else their noun) so that only the same victims compare."""
    out = []
    for t in s.tokens:
        lemma = t.lemma.lower()
        if lemma not in MANNERS or t.pos != "VERB" or any(c.dep == "neg" for c in s.children(t)):
            continue
        to_death = any(c.dep == "prep" and c.text.lower() == "to" and
                       any(g.lemma.lower() == "death" for g in s.children(c)) for c in s.children(t))
        if not to_death and lemma not in LETHAL:
            continue
        victim = next((c for c in s.children(t) if c.dep in ("nsubjpass", "dobj")), None)
        if victim is None and lemma in LETHAL:
            victim = next((c for c in s.children(t) if c.dep == "nsubj"), None)
        if victim is None and t.dep in ("oprd", "xcomp", "acomp", "ccomp") and s.head(t) is not None and \
                s.head(t).lemma.lower() in ("find", "discover", "leave"):
            victim = subject_of(s, s.head(t))  # "the two women were found stabbed to death"
        if victim is None:
            continue
        person = person_of(s, victim)
        near = s.children(victim) + [g for c in s.children(victim) if c.dep == "compound" for g in s.children(c)]
        count = next((c for c in near if c.dep == "nummod"), None)  # "the 3 bank employees"
        number = parse_number(count.text) if count is not None else None
        if number is None and count is not None:
            number = word_number([count.text.lower()])
        if count is None and any(c.text.lower() == "both" for c in near):
            number = 2  # "both women were stabbed to death": the two of them
        joined = _joined(s, victim)
        if count is None and joined > 1:  # "stabbed his ex-girlfriend and his own mother to death": two victims
            number, person = joined, None
        key = person[2] if person else (format_range(number, number, "") if number is not None else
                                        HOLDER_CLASS.get(victim.lemma.lower(), victim.lemma.lower()))
        out.append(Frame(id="", statement=s.statement.id, doc=s.statement.doc, kind="state", holder=None,
                         attribute=s.token_slot(t, "manner"), value=s.token_slot(t, MANNERS[lemma]),
                         qualifiers=("victims:" + key,)))
    return out


def bearings(s: ParsedStatement) -> list[Frame]:
    """Where a place lies from a named reference, with its distance: "150 nautical miles west of Aden" →
    value west, qualifiers of:aden and unit:mile, low = high = 150."""
    out = []
    for t in s.tokens:
        direction = t.text.lower()
        if direction not in BEARINGS:
            continue
        of = next((c for c in s.children(t) if c.dep == "prep" and c.text.lower() == "of"), None)
        place = next((c for c in s.children(of) if c.dep == "pobj" and c.pos == "PROPN"), None) if of else None
        unit = next((c for c in s.children(t) if c.dep in ("npadvmod", "nmod", "obl") and c.pos == "NOUN"), None)
        if unit is None and t.dep == "advmod" and s.head(t) is not None and s.head(t).pos == "NOUN":
            unit = s.head(t)  # "150 nautical miles east of Aden" parsed with the bearing under the unit
        number = next((c for c in s.children(unit) if c.dep == "nummod"), None) if unit is not None else None
        value = parse_number(number.text) if number is not None else None
        name = UNIT_NAMES.get(unit.lemma.lower(), unit.lemma.lower()) if unit is not None else None
        written = _written_distance(s, t)
        if written is not None and (value is None or written[0] != value):
            # "1 , 500 kilometers south of", "1 , 150 kilometers ( 700 miles ) southeast of": the words before
            # the bearing say the distance when the parse splits the number or the unit hangs elsewhere
            value, name = written
        if place is None and of is None:
            after = [x for x in s.tokens if x.i > t.i][:2]
            if len(after) == 2 and after[0].text.lower() == "of" and after[1].pos == "PROPN":
                place = after[1]
        if place is None or value is None:
            continue
        out.append(Frame(id="", statement=s.statement.id, doc=s.statement.doc, kind="state", holder=None,
                         attribute=s.token_slot(t, "bearing"), value=s.token_slot(t, direction.replace("-", "")),
                         low=value, high=value, qualifiers=("of:" + place.lemma.lower(), "unit:" + name)))
    return out


DISTANCE_UNITS = {"mile", "kilometer", "meter", "foot", "yard"}
WRITTEN = re.compile(r"(\d{1,3}(?:\s?,\s?\d{3})+|\d+(?:\s?\.\s?\d+)?)\s+(?:nautical\s+)?([a-z]+)\s*(?:\([^()]{0,30}\)\s*)?$")


def _written_distance(s: ParsedStatement, bearing) -> tuple[float, str] | None:
    """The distance written just before a bearing, as a number and a unit of length."""
    before = s.ctx.text[max(s.statement.start, bearing.start - 60):bearing.start]
    m = WRITTEN.search(before)
    if m is None:
        return None
    unit = m.group(2).rstrip("s") if m.group(2) not in UNIT_NAMES else m.group(2)
    unit = UNIT_NAMES.get(unit, unit)
    unit = {"kilometre": "kilometer", "metre": "meter", "feet": "foot"}.get(unit, unit)
    value = parse_number(m.group(1))
    return (value, unit) if value is not None and unit in DISTANCE_UNITS else None


# in parentheses; after a comma only with a count of knockouts after it ("Marek Brandt , 41-2 , 30 KOs"): without
# one the same figures are as often a score ("beat the Jaguars , 31-24 ,")
PLACES = {"GPE", "LOC", "FAC", "DATE", "TIME"}
RECORD = re.compile(r"(?<=\( )(\d{1,3}-\d{1,3}(?:-\d{1,3})?)(?= ?[,)])|"
                    r"(?<=[A-Za-z] , )(\d{1,3}-\d{1,3}(?:-\d{1,3})?)(?= ?, ?\d{1,3} ?KO)")


def records(s: ParsedStatement) -> list[Frame]:
    """A win-loss record in parentheses beside a person's name: "Marek Brandt ( 40-2 , 29 KOs )" →
    a quantity frame with holder record, the person as its entity and the record as its value (no bounds)."""
    out = []
    text, base = s.ctx.text[s.statement.start:s.statement.end], s.statement.start
    for m in RECORD.finditer(text):
        a = base + m.start()
        name = next((t for t in reversed(s.tokens) if t.end <= a - 2), None)  # the word before "(" or ","
        # a record is of a competitor: a person or a team, whatever type the name was given elsewhere
        named = refer_to(s, name) if name is not None and name.pos == "PROPN" else None
        if named is None or named[3] in PLACES:
            continue
        out.append(Frame(id="", statement=s.statement.id, doc=s.statement.doc, kind="quantity",
                         holder=s.token_slot(name, "record"), attribute=None,
                         value=s.slot(a, base + m.end(), m.group(0)), entity=named[2], qualifiers=("record",)))
    return out
