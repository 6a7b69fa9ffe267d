"""Numbers that look like counts and are not: a multiplier ("three times the industry standard", "five
times faster"), the part left out ("all but three of the chips": the three are what was kept), the ends of
a range ("sentences of between six and 75 years": neither end is what anyone received), a threshold
("aftershocks stronger than five"), one number of a list ("magnitude 2 and 3 are common"), a count that
names a thing's kind ("a 10-rack system") and a number in a name ("USB 3", "a pair of USB 3.0 ports").
Each says nothing another outlet's single count could contradict, so none becomes a quantity frame."""

from __future__ import annotations

from crosswire.frame.parse import ParsedStatement
from crosswire.frame.values import MEASURES, PREDICATE_OF, PREDICATES, TIME_UNITS
from crosswire.models import Token

# words after "N times" that make it a multiplier of something else, not a count of occasions
MULTIPLIED = {"the", "that", "this", "those", "its", "their", "his", "her", "as", "more", "less", "fewer",
              "over", "higher", "lower", "greater", "larger", "bigger", "smaller", "faster", "slower"}

# nouns of happenings: "a five-boat attack", "a three-car crash" count what took part
HAPPENINGS = set(PREDICATE_OF) | {"crash", "collision", "pileup", "accident", "battle", "clash", "operation"}


def _acronym(s: ParsedStatement, t: Token) -> bool:
    """An all-capital word of two to five letters in a sentence that is not all capitals ("QUAKE KILLS 10")."""
    return 2 <= len(t.text) <= 5 and t.text.isalpha() and t.text.isupper() and \
        any(w.text.isalpha() and w.text.islower() for w in s.tokens)


def _words(tokens: list[Token]) -> list[str]:
    return [t.text.lower() for t in tokens]


def not_a_count(s: ParsedStatement, first: Token, last: Token, noun: Token | None) -> bool:
    """True when the number written from ``first`` to ``last`` (counting ``noun``, if any) is none of what
    it counts: one of the kinds the module names, "no one", or a share of a group a pronoun names."""
    if noun is not None and noun.i < first.i and last.dep in ("nummod", "compound", "appos") and \
            s.head(last) is noun and noun.pos in ("NOUN", "PROPN") and noun.lemma.lower() != "magnitude":
        return True  # "HD Graphics 4000", "Route 66": a number after its noun labels it, counts nothing
    if noun is not None and _acronym(s, noun):
        after = [t for t in s.tokens if t.i > noun.i][:1]
        if after and after[0].like_num:
            return True  # "a pair of USB 3.0 ports": the acronym is a name, not what is counted
    previous = [t for t in s.tokens if t.i < first.i][-4:]
    if first.text.lower() == "one" and previous and previous[-1].text.lower() == "no":
        return True  # "no one was killed" says none, not one
    of = next((c for c in s.children(last) if c.dep == "prep" and c.text.lower() == "of"), None)
    if of is not None and any(c.dep == "pobj" and c.pos == "PRON" for c in s.children(of)):
        return True  # "killing four of them": a share of a group told elsewhere, not a toll
    if previous and _acronym(s, previous[-1]):
        return True  # "USB 3", "MP 4": a number after an acronym is part of a name
    before = _words(previous)
    if before[-2:] == ["all", "but"]:
        return True  # "all but three of the chips": what was left, not what was done
    if len(previous) >= 2 and previous[-1].text.lower() == "than" and previous[-2].tag in ("JJR", "RBR") and \
            previous[-2].text.lower() not in ("more", "less", "fewer"):
        return True  # "54 aftershocks stronger than five": a threshold, not a value of anything
    if before[-1:] == ["between"] or (len(before) >= 3 and before[-3] == "between" and before[-1] == "and"):
        return True  # "between six and 75 years": the ends of a range
    after = [t for t in s.tokens if t.i > last.i][:2]
    if (len(after) == 2 and after[0].text.lower() == "and" and after[1].like_num) or \
            (len(before) >= 2 and before[-1] == "and" and previous[-2].like_num):
        return True  # "magnitude 2 and 3 are common": one of a list, not the count of anything
    if noun is not None and noun.lemma.lower() not in MEASURES | TIME_UNITS | {"magnitude"} and \
            [t.text for t in s.tokens if last.i < t.i < noun.i] == ["-"] and noun.dep in ("compound", "amod", "nmod") \
            and s.head(noun) is not None and s.head(noun).i > noun.i and s.head(noun).pos == "NOUN" and \
            s.head(noun).lemma.lower() not in HAPPENINGS:
        return True  # "a 10-rack system", "a two-storey house": the count says what kind the thing is
    if len(after) == 2 and after[0].text.lower() == "times" and \
            (after[1].text.lower() in MULTIPLIED or after[1].tag in ("JJR", "RBR")):
        return True  # "three times the industry standard", "five times faster", "ten times as many"
    return False


def lone_number(s: ParsedStatement, first: Token, last: Token) -> bool:
    """A number the tagger alone calls a date: "killing 10 people and injuring 80" may tag "80" DATE. A run
    of digits that is a whole entity by itself, with no month, weekday or other word in it, is a count."""
    if first.ent_type != "DATE" or first.ent_iob != "B" or not first.text.isdigit() or len(first.text) > 3:
        return False  # four digits may be a clock ("1023 GMT") or a year
    after = [t for t in s.tokens if t.i > last.i][:1]
    return all(t.like_num for t in s.tokens if first.i <= t.i <= last.i) and \
        not (after and (after[0].ent_iob == "I" or after[0].text.isupper()))


def part_of(s: ParsedStatement, number: Token) -> tuple[str, ...]:
    """("part",) for a share of a set the story has already told: "two of the bombs fell within the camp" is
    part of "four bombs were dropped", not another count of them ("seven of his guards" is a count); so is
    the rest of one ("the other two bombs")."""
    head = s.head(number)
    if number.dep == "nummod" and head is not None and \
            any(c.dep == "det" and c.text.lower() == "the" for c in s.children(head)) and \
            any(c.dep == "amod" and c.text.lower() in ("other", "remaining") for c in s.children(head)):
        return ("part",)  # "the other two bombs": the rest of a set just told
    of = next((c for c in s.children(number) if c.dep == "prep" and c.text.lower() == "of"), None)
    noun = next((c for c in s.children(of) if c.dep == "pobj"), None) if of is not None else None
    if noun is None or not any(c.dep == "det" and c.text.lower() in ("the", "these", "those") for c in s.children(noun)):
        return ()
    return ("part",)


def told_of(s: ParsedStatement, noun: Token) -> bool:
    """The counted noun carries its own happening ("the seven bullets fired by the officers")."""
    return any(c.dep in ("acl", "relcl") and c.lemma.lower() in PREDICATE_OF for c in s.children(noun))


def whole_of(s: ParsedStatement, first: Token, noun: Token | None, number_words: set[str]) -> bool:
    """The whole of a ratio: the 41 of "completed 28 of 41 passes" counts the passes thrown, not what the
    sentence tells of them; a whole with its own happening ("three of the seven bullets fired by the
    officers") still counts that happening."""
    before = [t for t in s.tokens if t.i < first.i and t.dep not in ("poss", "det")][-2:]
    return len(before) == 2 and before[1].text.lower() == "of" and \
        (before[0].like_num or before[0].text.lower() in number_words) and not (noun is not None and told_of(s, noun))


def arrest_scope(s: ParsedStatement, verb: Token | None) -> tuple[str, ...]:
    """("during:arrested",) for a count told of an arrest: "no shots were fired when he was taken into
    custody" tells the arrest, not the shooting the story is about."""
    for c in s.children(verb) if verb is not None else ():
        if c.dep != "advcl" or not any(m.dep in ("advmod", "mark") and m.text.lower() in ("when", "as", "while")
                                       for m in s.children(c)):
            continue
        words = {c.lemma.lower()} | {g.lemma.lower() for p in s.children(c) if p.dep == "prep"
                                     for g in s.children(p) if g.dep == "pobj"}
        if words & PREDICATES["arrested"]:
            return ("during:arrested",)
    return ()


MEANS = {"by", "via", "through", "from"}  # how or whence: "coming by way of knockout", "scored from the spot"


def narrowed(s: ParsedStatement, noun: Token | None, attribute_token: Token | None) -> tuple[str, ...]:
    """A count whose noun a participle narrows ("51 wins coming by way of knockout", "40 goals scored from
    the penalty spot": a participle telling how or whence) counts a part of what the bare noun counts ("58
    wins"): marked ``narrowed:VERB`` so it is compared only with counts narrowed the same way. A participle
    that says what the count is about ("12 people killed in the attack", "565 shops suffering serious
    damage") or describes them ("40 people seeking shelter") narrows nothing."""
    if noun is None:
        return ()
    out = []
    for c in s.children(noun):
        if c.dep == "acl" and c.tag in ("VBG", "VBN") and (attribute_token is None or c.i != attribute_token.i) \
                and c.lemma.lower() not in PREDICATE_OF and \
                any(p.dep in ("prep", "agent") and p.text.lower() in MEANS for p in s.children(c)):
            out.append("narrowed:" + c.lemma.lower())
    return tuple(out)


BREAK_MARKS = {":", "-", "–", "—", ";"}
NUMERALS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "both"}


def broken_down(s: ParsedStatement, first: Token, last: Token) -> tuple[str, ...]:
    """("part",) for a count the sentence breaks down by where or how ("two bombs fell on an airstrip, one hit
    a school and one landed on a market": the two are some of the bombs), found by a bare number standing
    as the subject of a later clause of its own ("one hit a school"; a bare number before the count stands
    for something told earlier: "Two were intercepted while a third exploded, injuring several guards"). A
    count told first and followed by a colon
    or dash ("Four bombs were dropped - two landed inside the camp") is the whole being broken down, and
    outcomes ("three were killed and 12 were injured") are counts of their own, not parts."""
    bare = [t for t in s.tokens if t.i > last.i and t.dep in ("nsubj", "nsubjpass")
            and (t.like_num or t.text.lower() in NUMERALS)
            and not any(c.dep == "prep" and c.text.lower() == "of" for c in s.children(t))]
    bare = [t for t in bare if s.head(t) is not None and s.head(t).lemma.lower() not in PREDICATE_OF
            and s.head(t).lemma.lower() not in ("be", "remain", "have")]
    if not bare:
        return ()
    between = [t.text for t in s.tokens if last.i < t.i < bare[0].i]
    if BREAK_MARKS & set(between):
        return ()  # the whole, then its parts
    return ("part",)
