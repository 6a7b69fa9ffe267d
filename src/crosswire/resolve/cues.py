"""Types from context: the words around a name say what it names, more reliably than the small model's tag.

A name the tagger does not know (a militia's Arabic name, say) gets the same wrong tag at every mention, so
voting over tags cannot fix it; the sentence around it can. An age in apposition ("Jane Roe, 27,") decides
PERSON over any number of tags and cues. Strong cues (a group noun right after the name,
"members of X", plural agreement, "X province", "the city of X", a personal title) outvote ten tags each;
weak cues ("in X", "X, which", "X said in a statement") count like one tag each.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from crosswire.models import Token

GROUP_NOUNS = r"(?:group|groups|militia|militias|brigade|brigades|movement|party|faction|organi[sz]ation|" \
              r"network|alliance|coalition|outfit|gang|cartel|company|firm|corporation|force)"
PLURAL_GROUPS = r"(?:militias|groups|factions|organi[sz]ations|parties|movements|brigades|gangs|companies)"
PLACE_NOUNS = r"(?:province|governorate|district|region|county|prefecture|city|town|village|state|oblast)"
STRONG: list[tuple[str, re.Pattern[str], re.Pattern[str] | None]] = [
    # (type, pattern the text after the name must start with, or None; pattern the text before must end with)
    ("ORG", re.compile(rf"^[\s-]+{GROUP_NOUNS}\b(?![-’'])"), None),
    # coordinated before a plural group noun: "the Kataib Hezbollah and Asaib Ahl al-Haq groups"
    ("ORG", re.compile(rf"^\s+and\s+(?:[A-Z][\w’'-]*\s+|al-\w+\s+){{1,5}}{PLURAL_GROUPS}\b"), None),
    # in apposition to a plural group noun: "militias, Kataib Hezbollah and …", "groups, including X"
    ("ORG", None, re.compile(rf"\b{PLURAL_GROUPS}(?:,\s+|,?\s+(?:including|such as|like|namely)\s+)"
                             rf"(?:(?:[A-Z][\w’'-]*|al-\w+)\s+){{0,5}}(?:and\s+)?$")),
    ("ORG", None, re.compile(r"\b(?:members?|fighters?|militants?|ranks|leadership|spokesman|spokeswoman|"
                             r"spokesperson|supporters|affiliates?|wing) (?:of|for) (?:the )?$", re.I)),
    # a platform or outlet: "his Twitter page", "the agency's Telegram channel"
    ("ORG", re.compile(r"^\s+(?:page|account|feed|channel|website|site)\b"), None),
    ("GPE", re.compile(rf"^\s+{PLACE_NOUNS}\b"), None),
    ("GPE", None, re.compile(rf"\b(?:the )?{PLACE_NOUNS} of $", re.I)),
    ("PERSON", None, re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Miss)\.?\s+$")),
]
WEAK: list[tuple[str, re.Pattern[str] | None, re.Pattern[str] | None]] = [
    ("GPE", None, re.compile(r"\b(?:in|near|outside|across|throughout) (?:the )?$")),
    ("ORG", re.compile(r"^,\s+which\b"), None),
    ("ORG", re.compile(r"^\s+said in a statement\b"), None),
]
STRONG_WEIGHT = 10
# an age in apposition right after the name ("Jane Roe, 27, said", "Jane Roe , 27 ," in tokenised copy) says a
# person outright: it outweighs every tag and cue a story can give one name. Not a list of numbers ("IE6, 7, 8")
# nor a number with a thousands separator ("Paris, 10,000 marched"), and ages stop at 119.
AGE_AFTER = re.compile(r"^\s?,\s?(?:1[01]\d|[1-9]?\d)\s?,(?!\s?\d)")
DECISIVE_WEIGHT = 1000


# words of demand or proposal whose 'that' clause takes a subjunctive, a bare verb that looks plural
MANDATIVE = {"recommend", "recommendation", "demand", "insist", "require", "requirement", "urge", "order",
             "suggest", "suggestion", "propose", "proposal", "request", "ask", "move", "motion", "essential",
             "vital", "important", "necessary", "decree", "rule", "ruling", "verdict", "sentence", "decide"}


def _plural_subject(tokens: Sequence[Token], last: int) -> bool:
    """The name's last token is the subject of a plural verb ('Kataib Hezbollah have denied …')."""
    if not 0 <= last < len(tokens):
        return False
    t = tokens[last]
    if t.dep not in ("nsubj", "nsubjpass") or t.tag in ("NNS", "NNPS"):
        return False
    head = tokens[t.head]
    if head.dep in ("ccomp", "acl", "advcl") and 0 <= head.head < len(tokens) and \
            tokens[head.head].lemma.lower() in MANDATIVE:
        return False  # a subjunctive: 'the jury's recommendation that Jon Reyes die', 'asked that Kenya be'
    aux = [c for c in tokens[max(0, t.head - 3):t.head + 1] if c.head == head.i and c.dep in ("aux", "auxpass")]
    verbs = [head] + aux
    return any(v.tag == "VBP" or (v.tag == "VBD" and v.text.lower() == "were") for v in verbs)


def cue_votes(text: str, start: int, end: int, tokens: Sequence[Token] = (), last_token: int = -1,
              adjective: bool = False) -> Counter:
    """Votes for a mention's type from its context: an age in apposition decides, strong cues weigh as much
    as ten tags, weak ones as much as one. A name used as an
    adjective ('Shiite militias', 'Iraqi forces') takes no vote from the noun after it."""
    before, after = text[max(0, start - 80):start], text[end:end + 80]
    votes: Counter = Counter()
    if re.match(r"-\w", after):
        return votes  # a modifier ('Iran-backed'): the words around it describe what it modifies
    if AGE_AFTER.match(after):
        votes["PERSON"] += DECISIVE_WEIGHT  # whatever the tagger says, even an adjective's tag ('NORP')
    for label, after_re, before_re in STRONG:
        if adjective and after_re is not None:
            continue
        if (after_re and after_re.search(after)) or (before_re and before_re.search(before)):
            votes[label] += STRONG_WEIGHT
    if tokens and _plural_subject(tokens, last_token):
        votes["ORG"] += STRONG_WEIGHT
    for label, after_re, before_re in WEAK:
        if (after_re and after_re.search(after)) or (before_re and before_re.search(before)):
            votes[label] += 1
    return votes


# the noun of a public body or an institution closing a name of several words: the name of that body ('Marlow
# Police', 'Kent Fire and Rescue Service', 'Leeds City Council'), never a person's full name, whatever the tag
INSTITUTION_NOUNS = {"police", "constabulary", "fire", "rescue", "council", "court", "department", "ministry",
                     "service", "services", "agency", "authority", "commission", "committee", "university",
                     "college", "school", "hospital", "church", "bank", "board", "office", "bureau", "union"}


def name_votes(name: str) -> Counter:
    """A strong ORG vote for a name of several words that ends with the noun of a body ('Marlow Police')."""
    words = re.findall(r"[A-Za-z]+", name)
    return Counter({"ORG": STRONG_WEIGHT}) if len(words) > 1 and words[-1].lower() in INSTITUTION_NOUNS else Counter()


PLACE_TYPES = {"GPE", "LOC", "FAC"}


def type_class(label: str) -> str:
    """Coarse classes whose confusion the small model makes often (person/organisation) or rarely (places)."""
    return "place" if label in PLACE_TYPES else "agent" if label in {"PERSON", "ORG", "NORP"} else "other"


def _top(votes: Counter) -> tuple[str | None, bool]:
    """The leading class of a vote, and whether it is confident: three quarters of the votes, with a context
    cue or at least three tags behind it."""
    total = sum(votes.values())
    if not total:
        return None, False
    classes: Counter = Counter()
    for label, n in votes.items():
        classes[type_class(label)] += n
    cls, n = max(classes.items(), key=lambda x: (x[1], x[0]))
    return cls, n >= 0.75 * total and total >= 3


def conflicting(a: Counter, b: Counter) -> bool:
    """A place (confidently so) and an agent (person or organisation): never merged. The small model often
    tags a lone surname as a place, so a place needs a context cue or three tags to block a merge."""
    (ca, sure_a), (cb, sure_b) = _top(a), _top(b)
    if ca is None or cb is None or ca == cb or "other" in (ca, cb):
        return False
    return (ca == "place" and sure_a) or (cb == "place" and sure_b)
