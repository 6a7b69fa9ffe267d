"""A person's full name the small model types as something else ('Lorna Vale' tagged an organisation in
every document), told by the surname the story uses alone for a person.

The tagger's error repeats at every mention of the full name, so voting over its tags keeps it; the story
still names that person by the surname alone ('Vale said', 'Ms Vale'), and there the tagger says person. A
name of two or three plain capitalised words, with no context cue for its type, whose last word the story
tags a person on its own (twice or more, and more often than anything else) votes PERSON as strongly as a
context cue does; the surname and given-name rules then find it. Where the story gives that surname to a
person's full name with another given name, nothing changes (two people, or a nickname: left as it was).

Likewise a surname the model calls a nationality ('NORP') where it heads a noun phrase and looks like no
people's name gives no vote (``doubtful_norp``), so the story's full name can take it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from crosswire.resolve.cues import INSTITUTION_NOUNS, STRONG_WEIGHT
from crosswire.resolve.mentions import Mention

PLAIN = re.compile(r"[A-Z][a-z][\w'’-]*")


def person_shaped_votes(mentions: Sequence[Mention], votes: list[Counter]) -> None:
    """Add a strong PERSON vote to each mention of the shape above (in place)."""
    alone: dict[str, Counter] = {}
    for m in mentions:
        if m.sentence >= 0 and PLAIN.fullmatch(m.span.text):
            alone.setdefault(m.span.text, Counter())[m.label] += 1
    given: dict[str, set[str]] = {}  # surname → given names of the full names already typed a person
    for m, v in zip(mentions, votes):
        words = m.span.text.split()
        if len(words) >= 2 and v and max(v, key=lambda lab: (v[lab], lab)) == "PERSON":
            given.setdefault(words[-1], set()).add(words[0].lower())
    for i, m in enumerate(mentions):
        words = m.span.text.split()
        v = votes[i]
        if not 2 <= len(words) <= 3 or not all(PLAIN.fullmatch(w) for w in words) or \
                words[-1].lower() in INSTITUTION_NOUNS or not v or max(v.values()) >= STRONG_WEIGHT:
            continue
        if max(v, key=lambda lab: (v[lab], lab)) == "PERSON":
            continue
        tags = alone.get(words[-1], Counter())
        others = given.get(words[-1], set())
        if others and not any(_same_given(words[0].lower(), g) for g in others):
            continue  # the surname belongs to someone else's full name: 'Mo Reyes' by 'Mark Reyes' stays as it was
        if tags["PERSON"] >= 2 and tags["PERSON"] > sum(tags.values()) - tags["PERSON"]:
            v["PERSON"] += STRONG_WEIGHT


def _same_given(a: str, b: str) -> bool:
    """One given name, or its short or familiar form: 'Bettie' / 'Betty', 'Fred' / 'Frederick'."""
    return a == b or (min(len(a), len(b)) >= 3 and (a.startswith(b) or b.startswith(a) or a[:3] == b[:3]))


# how the names of peoples, faiths and parties end ('Iraqi', 'Ukrainian', 'Chinese', 'Catholic', 'Shiite',
# 'Baptist', 'Czech', 'Buddhism', 'Christianity'), and the short ones that end otherwise
DEMONYM = re.compile(r"(?:an|ans|ian|ese|ish|i|ic|ch|sh|ite|ist|ists|ites|ism|ity)$")
SHORT_DEMONYMS = {"greek", "thai", "swiss", "turk", "kurd", "arab", "jew", "pole", "finn", "dane", "swede", "scot",
                  "briton", "basque", "sikh", "hindu", "mormon", "shia", "druze", "democrat", "tory", "maori",
                  "inuit", "copt", "muslim", "islam", "moslem", "serb", "croat", "slovak", "slav", "uzbek", "kazakh",
                  "tajik", "tatar"}
NOMINAL = {"nsubj", "nsubjpass", "dobj", "pobj", "poss", "appos", "attr", "conj", "dative", "ROOT"}


def doubtful_norp(text: str, label: str, token) -> bool:
    """A NORP tag the small model gives a surname it does not know ('Brankovo sought his opening', 'Brankovo
    's reach'): one singular proper noun that heads a noun phrase and is shaped like no people's, faith's or
    party's name. Such a tag is no vote for the mention's type (its other mentions and the story decide)."""
    if label != "NORP" or token is None or " " in text.strip() or not PLAIN.fullmatch(text):
        return False
    low = text.lower()
    return token.tag == "NNP" and token.dep in NOMINAL and not DEMONYM.search(low) and low not in SHORT_DEMONYMS
