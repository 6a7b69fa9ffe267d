"""The strength of a quake: the word that makes a number a magnitude ("a 5.9-magnitude quake", "a magnitude of
5.9", "magnitude 4.2", "6.1 on the Richter scale"), and whether the magnitude is told of the shock the story
is about or of another one (an aftershock, "a second quake", one that "followed", any quake of that
strength)."""

from __future__ import annotations

from crosswire.frame.parse import ParsedStatement
from crosswire.frame.values import HOLDER_CLASSES
from crosswire.models import Slot, Token


def scale_of(s: ParsedStatement, number: Token, first: Token | None = None) -> Token | None:
    """The word that makes a number a magnitude: "a 5.9-magnitude quake", "a magnitude of 5.9",
    "6.1 on the Richter scale"."""
    after = [t for t in s.tokens if t.i > number.i and t.text != "-"][:4]
    if after and after[0].lemma.lower() == "magnitude":
        return after[0]
    start = (first or number).i
    before = [t for t in s.tokens if t.i < start and t.text not in ("-", "of")][-1:]
    if before and before[0].lemma.lower() == "magnitude":
        return before[0]  # "a magnitude 3.1 aftershock", "an earthquake of magnitude 4.2"
    words = [t.text.lower() for t in after]
    if words[:2] == ["on", "the"] and "richter" in words:
        return after[words.index("richter")]
    up = s.head(number)
    if up is not None and up.text.lower() == "of" and s.head(up) is not None and \
            s.head(up).lemma.lower() == "magnitude":
        return s.head(up)
    return None


OTHER_SHOCK = {"another", "second", "third", "earlier", "later", "smaller", "separate", "previous", "new",
               "subsequent", "follow", "aftershock", "aftershocks", "foreshock", "foreshocks", "tremors"}


QUAKES = HOLDER_CLASSES["quake"] | {"shock", "aftershock"}
# words that pick one shock of several: its magnitude is compared only with the same one's
WHICH_SHOCK = {"first", "initial", "main", "largest", "biggest", "strongest", "latest", "last"}
SOME_OF = ("one", "two", "each", "some", "both")  # "one of the tremors": a shock picked from several


def _shock(s: ParsedStatement, scale: Token) -> Token:
    """The shock a magnitude is of: "a 2.0-magnitude quake", "a quake of magnitude 2.0", "magnitude 2.0
    aftershock"."""
    shock = scale
    for _ in range(3):
        if shock.pos == "NOUN" and shock.lemma.lower() != "magnitude":
            break
        up = s.head(shock)
        if up is None or up.i == shock.i:
            break
        if up.pos == "NUM":  # "one of the tremors with a 7.3 magnitude": the shock is the one of them
            of = next((c for c in s.children(up) if c.dep == "prep" and c.text.lower() == "of"), None)
            noun = next((c for c in s.children(of) if c.dep == "pobj"), None) if of is not None else None
            return noun if noun is not None else up
        shock = up
        if shock.pos in ("VERB", "AUX") and shock.dep != "acl":  # "the first quake had a magnitude of 7.5"
            return next((c for c in s.children(shock) if c.dep in ("nsubj", "nsubjpass") and c.i != scale.i),
                        shock)
    return shock


def which_shock(s: ParsedStatement, scale: Token) -> str | None:
    """The one of several shocks a magnitude is told of: "the first earthquake measuring 7.6" → "first", "the
    6.1 quake was the latest in a series" and "a 6.1 quake today, the latest tremor to ..." → "latest", "one of
    the tremors with a 7.3 magnitude" and "one of the quakes -- a 7.3-magnitude tremor" → "one of"; None for a
    shock told without such a word."""
    shock = _shock(s, scale)
    told = _picked(s, shock, WHICH_SHOCK, ("amod", "advmod", "det"))
    if told:
        return told
    be = s.head(shock)
    if shock.dep == "nsubj" and be is not None and be.lemma.lower() == "be":
        # "The 6.1-magnitude quake was the latest in a series of tremors"
        for c in (c for c in s.children(be) if c.dep in ("attr", "acomp")):
            told = c.text.lower() if c.text.lower() in WHICH_SHOCK else _picked(s, c, WHICH_SHOCK, ("amod",))
            if told:
                return told
    later = [t for t in s.tokens if shock.i < t.i <= shock.i + 8]
    comma = next((t.i for t in later if t.text == ","), None)
    named = next((t for t in later if comma is not None and t.i > comma and t.lemma.lower() in QUAKES), None)
    if named is not None and shock.lemma.lower() in QUAKES:
        # "a magnitude 6.1 earthquake today, the latest powerful tremor to shake the region": the apposition
        # after a comma names which shock it is, wherever the parser hung it
        told = _picked(s, named, WHICH_SHOCK, ("amod", "det"))
        if told:
            return told
    if any(c.dep == "nummod" and c.text.lower() == "one" for c in s.children(shock)):
        return "one of"  # "One 7.3-magnitude tremor was felt as far away as ...": one of several
    of = s.head(shock)
    if shock.dep == "pobj" and of is not None and of.text.lower() == "of" and s.head(of) is not None and \
            s.head(of).text.lower() in SOME_OF:
        return "one of"
    if shock.dep == "appos" and of is not None and of.text.lower() in SOME_OF and \
            any(c.dep == "prep" and c.text.lower() == "of" for c in s.children(of)):
        return "one of"  # "One of the quakes -- a 7.3-magnitude tremor -- was felt ..."
    return None


def another_shock(s: ParsedStatement, scale: Token) -> bool:
    """The magnitude is told of a shock other than the one the story is about: an aftershock or foreshock,
    "another" / "a second" / "an earlier" quake, one that "followed" it, or any quake of that strength ("A
    magnitude 6 quake can cause severe damage")."""
    shock = _shock(s, scale)
    words = {shock.lemma.lower(), shock.text.lower()}
    words |= {c.text.lower() for c in s.children(shock) if c.dep in ("det", "amod", "compound", "nummod", "advmod")}
    if words & OTHER_SHOCK:
        return True
    by = s.head(shock)
    if by is not None and by.pos in ("VERB", "AUX") and shock.dep in ("nsubj", "nsubjpass") and \
            any(c.dep == "aux" and c.text.lower() in ("can", "could", "may", "might") for c in s.children(by)):
        return True  # "A magnitude 6 quake can cause severe damage": what any such quake does
    return by is not None and by.text.lower() == "by" and s.head(by) is not None and \
        s.head(by).lemma.lower() in ("follow", "precede")


# words that pick one happening of several ("the first quake", "the second blast", "another explosion")
WHICH_ONE = WHICH_SHOCK | {"second", "third", "another", "earlier", "later", "previous", "subsequent"}


def which_one(s: ParsedStatement, holder: Slot | None) -> tuple[str, ...]:
    """("which:first",) for a time told of one happening of several ("The first quake struck at 4:43 a.m.",
    "the second blast went off at 9:05"): it is compared only with the time of the same one."""
    noun = next((t for t in s.tokens if holder is not None and t.start == holder.span.start), None)
    told = _picked(s, noun, WHICH_ONE, ("amod", "det")) if noun is not None else None
    return ("which:" + told,) if told else ()


def _picked(s: ParsedStatement, noun: Token, words: set[str], deps: tuple[str, ...]) -> str | None:
    """The first (alphabetically) of ``words`` that modifies ``noun`` through one of ``deps``."""
    return min((c.text.lower() for c in s.children(noun) if c.dep in deps and c.text.lower() in words),
               default=None)
