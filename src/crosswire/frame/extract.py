"""Statements → fact frames, read from the dependency parse the annotate stage keeps.

Four kinds: a *quantity* (a number, number words, "a dozen", "no" as zero, with its bounds, the noun it
counts and the predicate that counts it: "seven of his security guards were injured" → holder guard,
possessor his, attribute injured, value 7); a *state* of a named person (injured / unharmed / dead:
"escaped unscathed", "suffered a light cut"); a *time* (a clock time or a weekday and the predicate it
dates); an *agent* (who did it: "carried out by X", "X was behind"). Every slot keeps its exact span.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import replace

from crosswire.attribute.context import DocContext
from crosswire.attribute.lexicon import CUE_LEMMAS
from crosswire.frame.agents import blamed_agents
from crosswire.frame.ages import ages
from crosswire.frame.conditions import conditioned
from crosswire.frame.counts import (arrest_scope, broken_down, lone_number, narrowed, not_a_count, part_of,
                                    told_of, whole_of)
from crosswire.frame.circumstances import bearings, instruments, manners, records
from crosswire.frame.dates import dates
from crosswire.frame.deaths import death_places
from crosswire.frame.governing import generic, governing
from crosswire.frame.changes import change_of, percent_unit
from crosswire.frame.shocks import another_shock, scale_of, which_one, which_shock
from crosswire.frame.money import costs
from crosswire.frame.places import streets
from crosswire.frame.scope import scope
from crosswire.frame.spans import activity
from crosswire.frame.tallies import standing
from crosswire.frame.unknowns import unknown_causes
from crosswire.frame.causes import causes
from crosswire.frame.parse import ParsedStatement, person_of, refer_to, subject_of
from crosswire.frame.values import (
    APPROX, CLOCK, DEAD, GENERIC, GROUPS, GROWING, HARMED, HOLDER_CLASS, HUMAN, LOWER, MEASURES, NUMBER,
    PREDICATE_OF, SCALES, SUBSET, SUFFER, TENS, TIME_UNITS, UNHARMED, UNIT_NAMES, UNITS, UPPER, VAGUE, WEEKDAYS,
    ZERO, bounds, clock_minutes, format_range, parse_number, word_number,
)
from crosswire.models import Annotation, Document, Entity, Frame, Slot, Statement, Token, stable_id

FRACTION = re.compile(r"(?<![\w.,/-])(\d+)(?: | ?- ?)([1-9]) ?/ ?([2-9]|1[0-6])(?![\w/])")
NUMBER_WORDS = set(UNITS) | set(TENS) | set(SCALES) | set(GROUPS)
ARGUMENT = ("nsubj", "nsubjpass", "dobj", "attr", "oprd", "appos", "conj")
MODIFIERS = sorted(LOWER | UPPER | APPROX, key=len, reverse=True)
PARENTS = {"mother", "father", "parent", "mom", "mum", "dad", "grandmother", "grandfather", "grandparent"}
COUNT_HOLDER = {"toll": ("people", "killed"), "death": ("people", "killed"), "fatality": ("people", "killed"),
                "casualty": ("people", "killed"), "dead": ("people", "killed"), "injury": ("people", "injured")}


def _predicate(s: ParsedStatement, noun: Token) -> Token | None:
    """The verb (or predicative adjective / event noun) that says something of ``noun``."""
    up = s.head(noun)
    if noun.lemma.lower() in TIME_UNITS and noun.dep == "npadvmod" and up is not None and up.dep == "advcl" and \
            any(c.dep == "mark" and c.text.lower() in ("before", "after") for c in s.children(up)):
        # "married the deputy three weeks before he was murdered": the span measures the main clause's happening
        # back from the later one, as "married two weeks ago" does from today
        main = s.head(up)
        if main is not None and main.pos == "VERB":
            return main
    for child in s.children(noun):  # "people injured", "the wounded officers", "people who were killed"
        if child.dep in ("acl", "amod", "relcl") and child.pos in ("VERB", "ADJ") and \
                PREDICATE_OF.get(child.lemma.lower()):
            return child
    t, hops = noun, 0
    while t is not None and hops < 4:
        up = s.head(t)
        if up is None:
            return t if t is not noun and t.pos in ("VERB", "ADJ", "AUX") else None
        if up.pos in ("VERB", "ADJ") and (t.dep in ARGUMENT or t.dep in ("pobj", "prep", "npadvmod", "dep")
                                          or t.text.lower() in ("ago", "earlier", "later")):
            return up
        if up.pos == "AUX" and t.dep in ("nsubj", "attr"):
            comp = next((c for c in s.children(up) if c.dep in ("acomp", "attr", "oprd") and c is not t), None)
            return comp or up
        if t.dep not in ("pobj", "prep", "nummod", "quantmod", "compound", "conj", "appos", "npadvmod") and \
                t.text.lower() not in ("ago", "earlier", "later"):  # "married two weeks ago"
            return None
        t, hops = up, hops + 1
    return None


STARTS = {"set", "begin", "start", "go", "come", "continue", "head"}


def _attribute(s: ParsedStatement, verb: Token | None) -> Slot | None:
    if verb is not None and verb.lemma.lower() in STARTS:
        # "100 people set off to march": the count is of what they set off to do
        near, todo = [], [(c, 1) for c in s.children(verb)]
        while todo:  # "set off from the vigil site to march": what they set off to do, a few hops below
            c, hops = todo.pop(0)
            if c.dep in ("xcomp", "advcl", "prep", "pobj", "prt"):
                near.append(c)
                todo += [(g, hops + 1) for g in s.children(c)] if hops < 3 else []
        goal = next((c for c in near if (c.pos == "VERB" or (c.dep == "pobj" and c.text.islower() and
                                                            s.head(c).text.lower() == "to"))
                     and c.lemma.lower() in PREDICATE_OF), None)  # a tagger may read "to march" as a month
        verb = goal or verb
    if verb is not None and verb.lemma.lower() in ("move", "come", "go", "head") and \
            any(c.dep in ("prt", "advmod") and c.text.lower() == "back" for c in s.children(verb)):
        return s.token_slot(verb, "return")  # "moved back to the town", "came back" are returns
    if verb is None or verb.lemma.lower() in GENERIC or verb.lemma.lower() in CUE_LEMMAS:
        return None
    lemma = verb.lemma.lower()
    if any(c.dep == "prep" and c.text.lower() == "to" and any(g.lemma.lower() == "death" for g in s.children(c))
           for c in s.children(verb)):
        return s.token_slot(verb, "killed")  # "shot to death", "beaten to death", "burnt to death"
    return s.token_slot(verb, PREDICATE_OF.get(lemma, lemma))


def _modifier(s: ParsedStatement, first: Token) -> str | None:
    before = [t for t in s.tokens if t.i < first.i]
    if before and before[-1].text.lower() in ("a", "an"):
        before = before[:-1]  # "more than a hundred"
    words = " ".join(t.text.lower() for t in before[-3:])
    return next((m for m in MODIFIERS if words == m or words.endswith(" " + m)), None)


def _holder(s: ParsedStatement, number: Token) -> tuple[Token | None, Token]:
    """The noun a number counts, and the token to read the predicate from."""
    head = s.head(number)
    of = next((c for c in s.children(number) if c.dep == "prep" and c.text.lower() == "of"), None)
    if of is not None:  # partitive: "seven of his security guards"
        noun = next((c for c in s.children(of) if c.dep == "pobj" and c.pos in ("NOUN", "PROPN")), None)
        if noun is not None:
            if number.text.lower() in ("one", "1"):
                return None, number  # "one of the largest providers" is no count
            return noun, number
    if number.dep == "pobj" and head is not None and head.text.lower() == "of" and s.head(head) is not None and \
            s.head(head).lemma.lower() in PARENTS:
        return s.head(head), number  # "a mother of 12" counts her children
    if number.dep in ("nummod", "quantmod", "amod", "compound", "det") and head is not None and head.pos in ("NOUN", "PROPN"):
        if head.like_num or head.lemma.lower() in NUMBER_WORDS:
            return _holder(s, head)
        return head, head
    return None, number


def _actor(s: ParsedStatement, verb: Token | None, counted: Token) -> str | None:
    """Who does what the count is about ("Manning completed 17 passes" → Manning): the verb's subject, or
    its passive agent, when that is not the counted thing itself; an entity id where one is known."""
    subject = _actor_token(s, verb, counted)
    if subject is None or subject.text.lower() in ("they", "we"):
        return None  # a group ("they had moved back") may hold the one person another sentence names
    hit = refer_to(s, subject)
    if hit:
        return hit[2]
    return None if subject.pos == "PRON" else subject.lemma.lower()


def _actor_token(s: ParsedStatement, verb: Token | None, counted: Token) -> Token | None:
    if verb is None:
        return None
    subject = next((c for c in s.children(verb) if c.dep == "nsubj" and c.i != counted.i), None)
    if subject is None:
        by = next((c for c in s.children(verb) if c.dep == "agent"), None)
        subject = next((c for c in s.children(by) if c.dep == "pobj"), None) if by is not None else None
    if subject is None or subject.i == counted.i:
        return None
    return subject


def _measured(s: ParsedStatement, unit: Token) -> str | None:
    """What a measure is of or from: '150 miles off Aden' → 'aden', '5 percent of output' → 'output'."""
    for prep in (c for c in s.children(unit) if c.dep == "prep"):
        obj = next((c for c in s.children(prep) if c.dep == "pobj"), None)
        if obj is not None and obj.pos in ("NOUN", "PROPN"):
            return f"{prep.text.lower()} {obj.lemma.lower()}"
    return None


def _qualifiers(s: ParsedStatement, noun: Token, number: Token | None = None) -> tuple[str, ...]:
    out = {c.lemma.lower() for c in s.children(noun) if c.dep in ("amod", "compound")
           and c.pos in ("ADJ", "NOUN", "PROPN", "VERB") and (not c.like_num or c.lemma.lower() in SUBSET)
           and c.text.lower() not in VAGUE and c.text.lower() not in NUMBER_WORDS}
    for prep in (c for c in s.children(noun) if c.dep == "prep" and c.text.lower() == "of"):
        obj = next((c for c in s.children(prep) if c.dep == "pobj"), None)
        if obj is not None:  # "one count of murder" and "two counts of possession" count different things
            out.add("of:" + obj.lemma.lower())
    head = s.head(noun)
    if noun.dep == "pobj" and head is not None and head.text.lower() == "of" and s.head(head) is not None and \
            (s.head(head).like_num or s.head(head).text.lower() in NUMBER_WORDS) and \
            (number is None or s.head(head).i != number.i) and not told_of(s, noun):
        out.add("total")  # the 41 of "28 of 41 passes" counts the whole ("3 of the 7 shots fired" tells 7 fired)
    if number is not None and (any(c.dep == "det" and c.text.lower() == "another" for c in s.children(noun)) or
                               any(c.i > number.i and c.text.lower() == "more" for c in s.children(number))):
        out.add("more")  # "another 20 people", "twelve more people": added to a count told before
    return tuple(sorted(out))


def _possessor(s: ParsedStatement, noun: Token) -> str | None:
    poss = next((c for c in s.children(noun) if c.dep == "poss"), None)
    if poss is None:
        return None
    ref = refer_to(s, poss)
    return ref[2] if ref else poss.text.lower()


def _quantity_frame(s: ParsedStatement, first: Token, last: Token, value: float, modifier: str | None,
                    text_span: tuple[int, int], qualifiers: tuple[str, ...] = ()) -> Frame | None:
    noun, anchor = _holder(s, last)
    duration = noun is not None and noun.lemma.lower() in TIME_UNITS
    unit = percent_unit(s, last)  # "5.4 per cent", which the tagger may call money
    change = change_of(s, unit, value, modifier, text_span, first) if unit is not None else None
    if change is not None:
        return change  # "Greek stocks plunged 5.4 per cent"
    if first.ent_type in ("DATE", "TIME", "ORDINAL", "MONEY") and not duration and not lone_number(s, first, last):
        return None  # a date ("November 8"), a clock time, an ordinal or an amount of money
    if 1900 <= value <= 2100 and value == int(value) and "," not in s.ctx.text[text_span[0]:text_span[1]]:
        return None  # a year
    if not_a_count(s, first, last, noun):
        return None  # a multiplier, an exception ("all but three") or an end of a range
    if noun is not None and (noun.pos == "PRON" or (noun.ent_type in ("DATE", "TIME") and not duration)
                             or any(c.dep == "case" for c in s.children(noun))):
        return None  # a pronoun, a date, or a possessor ("one officer's uniform" counts no officers)
    before = next((t for t in reversed(s.tokens) if t.i < first.i), None)
    if first.ent_type in ("ORG", "PRODUCT", "FAC", "WORK_OF_ART", "LAW", "EVENT", "PERSON", "GPE") or (
            before is not None and before.pos == "PROPN" and before.ent_type not in ("DATE", "TIME")):
        return None  # a number inside a name ("SEA-ME-WE 4 cable", "Apollo 11", "Flight 370")
    scale = scale_of(s, last, first)
    if scale is not None and another_shock(s, scale):
        return None  # "it was followed by a 2.0-magnitude quake", "a second quake of magnitude 5.6"
    if scale is not None:  # the strength of a quake, whatever it shook
        which = which_shock(s, scale)  # "the first earthquake measuring 7.6": one of several shocks
        low, high = bounds(value, modifier)
        span = s.slot(text_span[0], text_span[1], format_range(low, high, s.ctx.text[text_span[0]:text_span[1]],
                                                               modifier))
        return Frame(id="", statement=s.statement.id, doc=s.statement.doc, kind="quantity",
                     holder=s.token_slot(scale, "magnitude"), attribute=None, value=span, low=low,
                     high=None if math.isinf(high) else high, negated=False, possessor=None, entity=None,
                     qualifiers=tuple(sorted(set(qualifiers) | ({f"shock:{which}"} if which else set()))))
    if noun is not None:
        raw = s.ctx.text[text_span[0]:text_span[1]]
        if "." in raw and not any(w in raw.lower() for w in SCALES) and noun.pos == "NOUN" and \
                noun.tag.endswith("S") and noun.lemma.lower() not in MEASURES | TIME_UNITS:
            return None  # "USB 2.0 ports": a decimal before a plural count noun is a version, not a count
        after = [t for t in s.tokens if noun.i < t.i <= noun.i + 2]
        if len(after) == 2 and after[0].text == "-" and after[1].tag in ("VBN", "VBG"):
            return None  # "rocket-propelled": the noun is half of a modifier, not what is counted
        if len(after) == 2 and noun.tag == "NN" and after[0].tag in ("VBN", "VBD") and after[0].text.islower() \
                and after[0].text.endswith("ed") and after[1].pos == "NOUN":
            return None  # "one rocket propelled grenade launcher": the same modifier written without a hyphen
    if noun is not None and noun.tag == "NN" and noun.text.lower().endswith("ing") and value > 1:
        return None  # "three voting for life": a participle read as a singular noun describes people, counts none
    if (duration and any(t.text.lower() == "old" for t in s.tokens if noun.i < t.i <= noun.i + 2)) or \
            (noun is not None and noun.lemma.lower() == "age"):
        return None  # "a 32-year-old man", "two sons, ages 6 and 16": an age describes a person, it counts nothing
    holder_norm, attribute, parent = None, None, False
    if noun is not None:
        holder_norm = noun.lemma.lower()
        if holder_norm in COUNT_HOLDER:
            holder_norm, cls = COUNT_HOLDER[holder_norm]
            attribute = s.token_slot(noun, cls)
        elif holder_norm in HUMAN and holder_norm in ("people", "person", "individual"):
            holder_norm = "people"
        holder_norm = UNIT_NAMES.get(holder_norm, HOLDER_CLASS.get(holder_norm, holder_norm))
        if holder_norm in PARENTS and last.dep == "pobj":
            holder_norm, parent = "child", True  # what happened to the mother did not happen to her children
    verb = governing(s, noun, _predicate(s, noun or anchor))
    if generic(s, verb):
        return None  # "a quake that size can damage 300 homes" tells what may happen, not what did
    if verb is not None and any(c.dep == "neg" for c in s.children(verb)) and verb.i not in conditioned(s)[2]:
        return None  # "has not been hit in more than 26 years" asserts no count; "would n't have 355" if it had does
    if parent:
        verb = None
    attribute = attribute or _attribute(s, verb)  # "two officials said": saying is not what a number is about
    if noun is not None and noun.lemma.lower() in TIME_UNITS and verb is not None:
        during = next((c for c in s.children(verb) if c.dep == "advcl" and c.pos == "VERB" and
                       any(m.dep == "mark" and m.text.lower() == "while" for m in s.children(c))), None)
        if during is not None:  # "a tense two hours while police negotiated": the span is what went on meanwhile
            attribute = _attribute(s, during) or attribute
    if noun is None and (attribute is None or attribute.norm not in GROWING or
                         anchor.dep not in ("nsubj", "nsubjpass", "dobj")):
        return None  # a bare number ("50 were injured") only as the subject or object of a toll
    weight = _weight_of(s, noun, value, modifier, text_span)
    if weight is not None:
        return weight
    if noun is not None and noun.lemma.lower() in MEASURES:
        ref = _measured(s, noun)
        if ref is None:
            return None  # "150 miles" from what? without the reference the number says nothing comparable
        qualifiers = qualifiers + (ref,)
    if noun is None:
        holder = None
    else:
        if holder_norm == "time" and attribute is not None and attribute.norm == "fired":
            holder_norm = "shot"  # "shot eleven times": eleven shots
        holder = s.token_slot(noun, holder_norm)
    if attribute is not None and attribute.norm == "arrested" and holder_norm is not None and \
            holder_norm not in HUMAN and holder_norm != "people":
        attribute = s.token_slot(verb)  # ships "held" by pirates are not arrests: the verb itself is the attribute
    low, high = bounds(value, modifier)
    actor = _actor(s, verb, noun or anchor) if attribute is not None else None
    span = s.slot(text_span[0], text_span[1], format_range(low, high, s.ctx.text[text_span[0]:text_span[1]], modifier))
    quals = qualifiers + (_qualifiers(s, noun, last) if noun is not None and not parent else ()) + \
        scope(s, verb, noun, attribute) + part_of(s, last) + arrest_scope(s, verb) + narrowed(s, noun, verb) + \
        broken_down(s, first, last)
    doer = _actor_token(s, verb, noun or anchor) if attribute is not None else None
    if doer is not None:  # "the initial tremor lasted 10 seconds" measures a part of what "the tremor" names
        quals += tuple(c.lemma.lower() for c in s.children(doer) if c.dep == "amod" and c.lemma.lower() in SUBSET)
    quals += ("total",) if whole_of(s, first, noun, NUMBER_WORDS) else ()  # the 41 of "28 of 41 passes"
    quals += ("tally",) if standing(s, verb, noun) else ()  # "they still hold 14 vessels": a standing total
    if noun is not None and (spent := activity(s, noun)):  # "30 hours of deliberation" measures deliberating
        attribute, quals = spent[0], tuple(q for q in quals + spent[1] if q not in spent[2])
    return Frame(id="", statement=s.statement.id, doc=s.statement.doc, kind="quantity", holder=holder,
                 attribute=attribute, value=span, low=low, high=None if math.isinf(high) else high, negated=value == 0,
                 possessor=_possessor(s, noun) if noun is not None else None, entity=actor,
                 qualifiers=tuple(sorted(set(quals))))


WEIGHTS = {"pound", "kilogram", "kg", "lb", "stone"}


def _weight_of(s: ParsedStatement, noun: Token | None, value: float, modifier: str | None,
               text_span: tuple[int, int]) -> Frame | None:
    """A person's weight: "weighing 130 pounds", "Vela is 5-foot-8, 135 pounds" → holder weight, the
    person as the frame's entity."""
    if noun is None or noun.lemma.lower() not in WEIGHTS or _measured(s, noun) is not None:
        return None
    head = s.head(noun)
    if head is None or not (head.lemma.lower() == "weigh" and noun.dep == "dobj" or
                            head.lemma.lower() == "be" and noun.dep == "attr"):
        return None
    person = person_of(s, subject_of(s, head))
    if person is None:
        return None
    raw = s.ctx.text[text_span[0]:text_span[1]]
    if value >= 1000 and "," in raw:  # "5 - foot - 8 , 135 pounds": a height, then the weight; no one weighs 8,135
        cut = raw.rindex(",") + 1
        cut += len(raw[cut:]) - len(raw[cut:].lstrip())
        text_span, value = (text_span[0] + cut, text_span[1]), parse_number(raw[cut:]) or value
    low, high = bounds(value, modifier)
    span = s.slot(text_span[0], text_span[1], format_range(low, high, s.ctx.text[text_span[0]:text_span[1]], modifier))
    return Frame(id="", statement=s.statement.id, doc=s.statement.doc, kind="quantity",
                 holder=s.token_slot(noun, "weight"), attribute=None, value=span, low=low,
                 high=None if math.isinf(high) else high, entity=person[2])


def _quantities(s: ParsedStatement) -> list[Frame]:
    condition, skip, _affirmed = conditioned(s)
    if condition:
        return []  # a condition ("if there was just one cable down") asserts no count
    out: list[Frame] = []
    text, base = s.ctx.text[s.statement.start:s.statement.end], s.statement.start
    clocks = [(base + m.start(), base + m.end()) for m in CLOCK.finditer(text)]
    used: set[int] = set(skip)  # nothing in the condition of a counterfactual is read
    for m in FRACTION.finditer(text):  # "2 1/2 years", "a 2-1/2 year sentence"
        a, b = base + m.start(), base + m.end()
        toks = [t for t in s.tokens if t.start < b and a < t.end]
        if any(ca <= a < cb for ca, cb in clocks) or not toks:
            continue
        clocks.append((a, b))  # no number inside it is read again
        used |= {t.i for t in toks}
        frame = _quantity_frame(s, toks[0], toks[-1], int(m.group(1)) + int(m.group(2)) / int(m.group(3)),
                                _modifier(s, toks[0]), (a, b))
        out += [frame] if frame else []
    for m in NUMBER.finditer(text):
        a, b = base + m.start(), base + m.end()
        if any(ca <= a < cb for ca, cb in clocks):
            continue
        toks = [t for t in s.tokens if t.start < b and a < t.end]
        value = parse_number(m.group(1))
        if not toks or value is None or any(t.i in skip for t in toks):
            continue
        tail = [t for t in s.tokens if t.i > toks[-1].i][:2]
        last = toks[-1]
        if tail and tail[0].text.lower() in SCALES:  # "2 million"
            value *= SCALES[tail[0].text.lower()]
            last, b = tail[0], tail[0].end
        used |= {t.i for t in toks}
        frame = _quantity_frame(s, toks[0], last, value, _modifier(s, toks[0]), (a, b))
        if frame:
            out.append(frame)
    run: list[Token] = []
    for t in s.tokens + [None]:
        word = t.text.lower() if t is not None else ""
        if t is not None and t.i not in used and (word in NUMBER_WORDS or (run and word in ("-", "and"))):
            run.append(t)
            continue
        while run and run[-1].text in ("-", "and"):
            run.pop()
        if run:
            value = word_number([r.text.lower() for r in run])
            first = run[0]
            if value is not None:
                frame = _quantity_frame(s, first, run[-1], value, _modifier(s, first), (first.start, run[-1].end))
                if frame:
                    out.append(frame)
        run = []
    for t in (t for t in s.tokens if t.i not in skip):
        word = t.text.lower()
        if word in VAGUE and t.dep in ("amod", "nummod", "nsubj", "nsubjpass", "dobj"):
            if t.dep in ("amod", "nummod") and _holder(s, t)[0] is None:
                continue  # "several" must count something named
            frame = _quantity_frame(s, t, t, VAGUE[word][0], None, (t.start, t.end))
            if frame:
                out.append(_with_bounds(frame, *VAGUE[word], word))
        elif word in ZERO and (t.dep in ("nsubj", "nsubjpass") or (
                t.dep in ("det", "neg") and s.head(t) is not None and s.head(t).pos == "NOUN")):
            frame = _quantity_frame(s, t, t, 0, None, (t.start, t.end))  # "no injuries", "nobody was hurt"
            if frame and frame.attribute is not None:
                out.append(frame)
    return _without_parts(out)


def _without_parts(frames: list[Frame]) -> list[Frame]:
    """Counts that share one counted word are parts of a whole ("12 Somali and 11 Yemeni pirates"): neither
    is the number of what the word names, so neither is kept (a whole, "28 of 41 passes", is marked total;
    a share of a told set, "three of the seven bullets", part)."""
    shared: dict[tuple[int, str], set[float | None]] = {}
    for f in frames:
        if f.holder is not None and not {"total", "part"} & set(f.qualifiers):
            key = (f.holder.span.start, f.attribute.norm if f.attribute else "")
            shared.setdefault(key, set()).add(f.low)
    return [f for f in frames if f.holder is None or {"total", "part"} & set(f.qualifiers) or
            len(shared[(f.holder.span.start, f.attribute.norm if f.attribute else "")]) < 2]


def _with_bounds(frame: Frame, low: float, high: float, word: str) -> Frame:
    return replace(frame, low=low, high=None if math.isinf(high) else high, value=Slot(word, frame.value.span),
                   qualifiers=tuple(sorted(set(frame.qualifiers) | {"vague"})))


def _states(s: ParsedStatement) -> list[Frame]:
    out = []
    for t in s.tokens:
        lemma = t.lemma.lower()
        if lemma in UNHARMED or t.text.lower() in UNHARMED:
            state = "unharmed"
        elif lemma in DEAD and t.pos in ("VERB", "ADJ"):
            state = "dead"
        elif lemma in HARMED and t.pos in ("VERB", "ADJ", "NOUN"):
            state = "injured"
        else:
            continue
        anchor = t if t.pos != "NOUN" else _predicate(s, t)
        if t.pos == "NOUN":
            head = s.head(t)
            shown = head is not None and head.text.lower() == "with"  # "appeared with a bandage"
            if not shown and (anchor is None or anchor.lemma.lower() not in SUFFER):
                continue  # "cuts in salaries" is no injury; "suffered a cut" is
        obj = next((c for c in s.children(t) if c.dep == "dobj"), None) if t.pos == "VERB" else None
        # an active verb harms its object, not its subject: "the drone attacked, wounding his guards"
        subj = obj if obj is not None else subject_of(s, anchor)
        person = person_of(s, subj)
        if person is None:
            continue
        negated = anchor is not None and any(c.dep == "neg" for c in s.children(anchor))
        if anchor is not None and anchor.dep == "acomp" and s.head(anchor) is not None:
            negated = negated or any(c.dep == "neg" for c in s.children(s.head(anchor)))  # "was not safe"
        if negated:
            state = {"injured": "unharmed", "unharmed": "injured", "dead": "alive"}[state]
        holder = s.slot(person[0], person[1], person[2]) if s.statement.start <= person[0] < s.statement.end \
            else s.token_slot(subj, person[2])
        out.append(Frame(id="", statement=s.statement.id, doc=s.statement.doc, kind="state", holder=holder,
                         attribute=s.token_slot(t, "harmed"), value=s.token_slot(t, state), negated=negated,
                         entity=person[2]))
    return out


FATAL = {"fatal", "deadly", "lethal"}


def _happening(s: ParsedStatement, event: Token) -> tuple[Slot | None, Slot]:
    """An event noun as what a time dates: its class ("a fatal shooting" is a killing) and, as holder, the
    person it happened to ("the shooting of X")."""
    fatal = any(c.dep == "amod" and c.lemma.lower() in FATAL for c in s.children(event))
    attribute = s.token_slot(event, "killed" if fatal else PREDICATE_OF[event.lemma.lower()])
    of = next((c for c in s.children(event) if c.dep == "prep" and c.text.lower() == "of"), None)
    victim = next((c for c in s.children(of) if c.dep == "pobj"), None) if of is not None else None
    person = person_of(s, victim)
    return (s.token_slot(victim, person[2]) if person else None), attribute


def _dated(s: ParsedStatement, token: Token) -> tuple[Slot | None, Slot | None]:
    verb, event = token, None
    for _ in range(4):
        verb = s.head(verb)
        if verb is None or verb.pos in ("VERB",):
            break
        if event is None and verb.pos == "NOUN" and verb.lemma.lower() in PREDICATE_OF:
            event = verb  # "gunfire around 10:30 a.m.", "the shooting at 3 p.m."
    if event is not None and (verb is None or verb.pos != "VERB" or verb.lemma.lower() not in PREDICATE_OF):
        return None, s.token_slot(event, PREDICATE_OF[event.lemma.lower()])  # "gunfire around 10:30 a.m."
    if verb is not None and verb.pos == "VERB" and verb.dep == "acl" and verb.tag == "VBG" and \
            verb.lemma.lower() not in PREDICATE_OF:
        # "foiled an attack on vessels transiting the gulf on Friday": a participle describing a noun tells
        # a state; the day dates the clause that noun belongs to
        up = s.head(verb)
        for _ in range(4):
            if up is None or up.pos == "VERB":
                break
            up = s.head(up)
        verb = up if up is not None and up.pos == "VERB" else verb
    if verb is None or verb.pos != "VERB" or verb.lemma.lower() in GENERIC:
        return None, None
    if verb.lemma.lower() not in PREDICATE_OF:
        subject = next((c for c in s.children(verb) if c.dep == "nsubj"), None)
        if subject is not None and subject.pos == "NOUN" and subject.lemma.lower() in PREDICATE_OF:
            # "the fatal shooting of X on Saturday sparked riots": the day dates the happening, not its effect
            return _happening(s, subject)
    # a harm or an arrest happens to its object, not its doer ("X killed Y on Sunday" dates what befell Y)
    args = [c for c in s.children(verb) if c.dep in ("dobj", "nsubjpass", "nsubj")]
    harm = verb.lemma.lower() in PREDICATE_OF
    obj = min(args, key=lambda c: (harm and c.dep == "nsubj", c.i), default=None)
    holder = None
    if obj is not None and obj.pos == "PRON" and person_of(s, obj) is None:
        obj = None  # "who", "that", "it": no holder to compare
    if obj is not None:
        person = person_of(s, obj)
        holder = s.token_slot(obj, person[2] if person else obj.lemma.lower())
    return holder, _attribute(s, verb)


def _times(s: ParsedStatement) -> list[Frame]:
    out = []
    text, base = s.ctx.text[s.statement.start:s.statement.end], s.statement.start
    for m in CLOCK.finditer(text):
        a, b = base + m.start(), base + m.end()
        tok = next((t for t in s.tokens if t.start <= a < t.end or a <= t.start < b), None)
        if tok is None:
            continue
        holder, attribute = _dated(s, tok)
        event = next((t for t in s.tokens if t.lemma.lower() in PREDICATE_OF and t.pos in ("NOUN", "VERB")), None)
        if attribute is None and event is not None:  # "witnesses reported hearing gunfire around 10:30 a.m."
            attribute = s.token_slot(event, PREDICATE_OF[event.lemma.lower()])
        if attribute is None:
            continue
        minutes = clock_minutes(m)
        mod = _modifier(s, tok)
        # an approximate time keeps the precision it is told to: "about 9 p.m." may round anything within
        # twenty minutes, "about 3:30" (a half or quarter hour) is chosen within about seven, "about 3:10" within four
        spread = (20 if minutes % 60 == 0 else 7 if minutes % 15 == 0 else 4 if minutes % 5 == 0 else 2) \
            if mod in APPROX else 0
        low, high = float(minutes - spread), float(minutes + spread)
        words = [t.text.lower() for t in s.tokens if t.i < tok.i][-2:]
        if words and words[-1] in ("before", "after", "by"):  # "shortly before 9pm" is not 9pm
            near = 30 if len(words) == 2 and words[0] in ("shortly", "just", "soon", "right") else 180
            before = words[-1] in ("before", "by")
            low, high = (minutes - near, float(minutes)) if before else (float(minutes), minutes + near)
        value = f"{minutes // 60:02d}:{minutes % 60:02d}"
        # the happenings the sentence names ("gunfire", "shot", "attack"): a clock time in it may date them
        events = tuple(sorted({"event:" + PREDICATE_OF[t.lemma.lower()] for t in s.tokens
                               if t.lemma.lower() in PREDICATE_OF} | ({"approximate"} if spread else set()) |
                              set(which_one(s, holder))))
        out.append(Frame(id="", statement=s.statement.id, doc=s.statement.doc, kind="time", holder=holder,
                         attribute=attribute, value=s.slot(a, b, value), low=float(low), high=float(high),
                         qualifiers=events))
    for t in s.tokens:
        if t.text.lower() in WEEKDAYS and t.ent_type in ("DATE", ""):
            holder, attribute = _dated(s, t)
            if attribute is None or holder is None:
                continue
            day = float(WEEKDAYS.index(t.text.lower()))
            out.append(Frame(id="", statement=s.statement.id, doc=s.statement.doc, kind="time", holder=holder,
                             attribute=attribute, value=s.token_slot(t, t.text.capitalize()), low=day, high=day,
                             qualifiers=("weekday",)))
    return out


def _agents(s: ParsedStatement) -> list[Frame]:
    out = []
    text = s.ctx.text[s.statement.start:s.statement.end]
    for agent in blamed_agents(text):
        k = text.find(agent)
        if k < 0:
            continue
        a = s.statement.start + k
        hit = s.ctx.entity_at(a, a + len(agent))
        out.append(Frame(id="", statement=s.statement.id, doc=s.statement.doc, kind="agent", holder=None,
                         attribute=None, value=s.slot(a, a + len(agent), agent.lower()),
                         entity=hit[2] if hit else None))
    return out


def extract_frames(doc: Document, ann: Annotation, statements: Sequence[Statement],
                   entities: Sequence[Entity]) -> list[Frame]:
    """Every frame of every statement of one document, in text order, with content-hash ids."""
    ctx = DocContext(doc, ann, entities)
    out: list[Frame] = []
    for st in statements:
        if st.doc != doc.id or st.sentence >= len(ann.sentences):
            continue
        s = ParsedStatement(ctx, st, ctx.tokens(ann.sentences[st.sentence]))
        if not s.tokens:
            continue
        found = _quantities(s) + _states(s) + _times(s) + _agents(s) + instruments(s) + manners(s) + bearings(s) + \
            records(s) + dates(s) + costs(s) + streets(s) + causes(s) + ages(s) + death_places(s) + unknown_causes(s)
        for frame in found:
            fid = stable_id("f", frame.statement, frame.kind, frame.value.span.start, frame.value.span.end,
                            frame.holder.norm if frame.holder else None)
            out.append(replace(frame, id=fid))
    unique = {f.id: f for f in out}
    return sorted(unique.values(), key=lambda f: (f.value.span.start, f.kind, f.id))
