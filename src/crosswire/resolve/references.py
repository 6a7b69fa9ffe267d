"""Descriptions and pronouns within one document → the salient compatible entity named before them.

No maintained coreference library fits crosswire's constraints (spaCy 3.8.x, weights only from PyPI, no
download at run time, CPU, one spaCy pass): coreferee supports spaCy up to 3.8.11 and installs its
weights from GitHub, fastcoref and spacy-experimental's coref fetch transformer weights from the Hugging
Face hub. So this is rule-based, on the parse the annotate stage keeps:

* a definite description ('the premier', 'the actress', 'the 32-year-old', 'the group') takes the latest
  entity of a compatible type that the document has described with that role ('Prime Minister X',
  'actress X', 'X, 32,', 'X, the actress'), or for a group noun the latest organisation; a person noun no
  entity was described with takes the only person the document has named so far, if there is one;
* a personal pronoun (he/him/his/himself, she/her/hers/herself) outside quotation marks takes the subject
  of its own sentence named before it, else of the nearest sentence before it that names a person, else
  the latest person; a person whose title, role noun or earlier pronoun says the other sex is skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from crosswire.models import Annotation, Document, Span

MALE = {"he", "him", "his", "himself"}
FEMALE = {"she", "her", "hers", "herself"}
SEX_NOUNS = {
    "m": {"actor", "man", "boy", "husband", "father", "son", "brother", "king", "prince", "chairman",
          "spokesman", "businessman", "congressman", "uncle", "grandfather", "mr", "sir", "gentleman"},
    "f": {"actress", "woman", "girl", "wife", "mother", "daughter", "sister", "queen", "princess", "chairwoman",
          "spokeswoman", "businesswoman", "congresswoman", "aunt", "grandmother", "mrs", "ms", "miss", "lady",
          "mom", "mum", "widow", "heiress", "singer-songwriter"},
}
PERSON_NOUNS = {
    "actress", "actor", "singer", "star", "rapper", "model", "comedian", "host", "director", "producer",
    "player", "coach", "quarterback", "pitcher", "striker", "champion", "boxer", "swimmer", "athlete",
    "president", "premier", "minister", "chancellor", "leader", "cleric", "governor", "mayor", "senator",
    "congressman", "congresswoman", "lawmaker", "spokesman", "spokeswoman", "spokesperson", "secretary",
    "ambassador", "envoy", "king", "queen", "prince", "princess", "pope", "chairman", "chairwoman", "founder",
    "author", "writer", "journalist", "reporter", "pilot", "climber", "mountaineer", "inmate", "prisoner",
    "suspect", "gunman", "victim", "defendant", "lawyer", "attorney", "judge", "doctor", "surgeon", "nominee",
    "candidate", "commander", "general", "businessman", "businesswoman", "billionaire", "veteran", "officer",
    "receiver", "tackle", "lineman", "guard", "forward", "midfielder", "goalkeeper", "driver", "teenager",
    "teen", "woman", "man", "boy", "girl", "mother", "father", "wife", "husband", "daughter", "son", "chief",
    "executive", "ceo", "heiress", "designer", "musician", "guitarist", "drummer", "filmmaker", "novelist",
    "poet", "artist", "dancer", "tycoon", "mogul", "entrepreneur", "scientist", "professor", "economist",
}
SYNONYMS = {"premier": "prime minister", "pm": "prime minister", "teen": "teenager", "attorney": "lawyer",
            "mom": "mother", "mum": "mother"}
GROUP_NOUNS = {"group", "militia", "movement", "organisation", "organization", "faction", "party", "company",
               "firm", "network", "alliance", "coalition", "agency"}
PLACE_NOUNS = {"country": {"GPE"}, "city": {"GPE"}, "capital": {"GPE"}, "province": {"GPE", "LOC"},
               "town": {"GPE"}, "region": {"GPE", "LOC"}}
AGE = re.compile(r"\b[Tt]he (\d{1,3})\s?-\s?year\s?-\s?old\b")
AGE_AFTER = re.compile(r"^\s?,\s?(\d{1,3})\s?,")
APPOSITION_AFTER = re.compile(r"^\s?,\s?(?:the|a|an|[A-Z][\w.]*\s?['’]s)\s+((?:[\w-]+\s+){0,3}[\w-]+)\s?[,.]")
QUOTES = re.compile(r"[“”\"]")


@dataclass(frozen=True, slots=True)
class Named:
    """A name mention of a clustered entity in this document."""

    start: int
    end: int
    entity: int
    type: str
    sentence: int
    subject: bool


@dataclass(frozen=True, slots=True)
class Reference:
    span: Span
    entity: int
    kind: str
    rule: str


def _role(word: str) -> str:
    word = word.lower()
    return SYNONYMS.get(word, word)


def _learn(text: str, named: list[Named]) -> tuple[dict[int, set[str]], dict[int, str]]:
    """Roles and sexes the document gives its people: 'actress X', 'Prime Minister X', 'X, 32,', 'X, the …'."""
    roles: dict[int, set[str]] = {}
    sexes: dict[int, str] = {}
    for n in named:
        if n.type != "PERSON":
            continue
        found = roles.setdefault(n.entity, set())
        before = re.findall(r"[A-Za-z][\w-]*", text[max(0, n.start - 40):n.start])[-3:]
        after = text[n.end:n.end + 80]
        words = [w.lower() for w in before]
        m = APPOSITION_AFTER.match(after)
        if m:
            words += m.group(1).lower().split()
        for w in words:
            found.add(_role(w))
        if len(words) >= 2 and words[-2:] == ["prime", "minister"]:
            found.add("prime minister")
        age = AGE_AFTER.match(after)
        if age:
            found.add(f"{age.group(1)}-year-old")
        for sex, nouns in SEX_NOUNS.items():
            if found & nouns:
                sexes.setdefault(n.entity, sex)
    return roles, sexes


def _inside_quotes(text: str, paragraphs, pos: int) -> bool:
    para = next(((s, e) for s, e in paragraphs if s <= pos <= e), (max(0, pos - 500), pos))
    return len(QUOTES.findall(text[para[0]:pos])) % 2 == 1


def _description(ann: Annotation, text: str, i: int) -> tuple[int, int, str] | None:
    """'the (adjectives) NOUN' ending at token i, singular and not followed by a name: (start, end, role)."""
    t = ann.tokens[i]
    if t.tag not in ("NN",) or t.pos != "NOUN":
        return None
    nxt = ann.tokens[i + 1] if i + 1 < len(ann.tokens) else None
    if nxt is not None and (nxt.pos == "PROPN" or nxt.text in ("of", "'s", "’s") or nxt.tag in ("NN", "NNS")):
        return None
    det = None
    for k in range(i - 1, max(-1, i - 5), -1):
        w = ann.tokens[k]
        if w.sent != t.sent:
            break
        if w.text.lower() == "the" and w.head in (i, *(x.i for x in ann.tokens[k + 1:i])):
            det = w
            break
        if w.pos not in ("ADJ", "NOUN", "NUM", "PUNCT", "ADV") or w.text in (",", ";"):
            break
    if det is None:
        return None
    role = _role(t.text)
    if ann.tokens[i - 1].text.lower() == "prime" and role == "minister":
        role = "prime minister"
    return det.start, t.end, role


def resolve_references(document: Document, annotation: Annotation, named: list[Named]) -> list[Reference]:
    text, ann, out = document.text, annotation, []
    if not ann.tokens or not named:
        return out
    named = sorted(named, key=lambda n: (n.start, n.end))
    roles, sexes = _learn(text, named)
    seen: list[Named] = []  # names and resolved references so far, in text order
    k = 0
    taken = [(n.start, n.end) for n in named]
    for t in ann.tokens:
        while k < len(named) and named[k].start <= t.start:
            seen.append(named[k])
            k += 1
        if any(a <= t.start < b for a, b in taken[max(0, k - 2):k + 1]):
            continue
        word = t.text.lower()
        ref = None
        if t.tag in ("PRP", "PRP$") and (word in MALE or word in FEMALE):
            if not _inside_quotes(text, ann.paragraphs, t.start):
                ref = _pronoun(ann, t, "m" if word in MALE else "f", seen, sexes)
                if ref is not None:
                    sexes.setdefault(ref.entity, "m" if word in MALE else "f")
                    out.append(Reference(Span.of(document.id, text, t.start, t.end), ref.entity, "pronoun",
                                         "pronoun-salience"))
        else:
            age = AGE.match(text, t.start) if word == "the" else None
            if age:
                role = f"{age.group(1)}-year-old"
                hits = [n for n in seen if n.type == "PERSON" and role in roles.get(n.entity, ())]
                if hits:
                    ref = hits[-1]
                    out.append(Reference(Span.of(document.id, text, age.start(), age.end()), ref.entity,
                                         "description", "description-age"))
            d = _description(ann, text, t.i)
            if d is not None and not any(r.span.start <= d[0] < r.span.end for r in out[-1:]):
                ref, rule = _describe(d[2], seen, roles, sexes, t.sent)
                if ref is not None:
                    out.append(Reference(Span.of(document.id, text, d[0], d[1]), ref.entity, "description", rule))
        if ref is not None:
            seen.append(Named(t.start, t.end, ref.entity, ref.type, t.sent, t.dep in ("nsubj", "nsubjpass")))
    return out


def _describe(role: str, seen: list[Named], roles, sexes, sent: int) -> tuple[Named | None, str]:
    if role in GROUP_NOUNS:
        orgs = [n for n in seen if n.type in ("ORG", "NORP") and sent - n.sentence <= 3]
        return (orgs[-1] if orgs else None), "description-group"
    if role in PLACE_NOUNS:
        places = [n for n in seen if n.type in PLACE_NOUNS[role] and sent - n.sentence <= 3]
        return (places[-1] if places else None), "description-place"
    if role not in PERSON_NOUNS and role != "prime minister":
        return None, ""
    people = [n for n in seen if n.type == "PERSON"]
    hits = [n for n in people if role in roles.get(n.entity, ())]
    if hits:
        return hits[-1], "description-role"
    sex = next((s for s, nouns in SEX_NOUNS.items() if role in nouns), None)
    distinct = {n.entity for n in people if not (sex and sexes.get(n.entity, sex) != sex)}
    if len(distinct) == 1 and len({n.entity for n in people}) == 1:
        return people[-1], "description-only-person"
    return None, ""


def _pronoun(ann: Annotation, t, sex: str, seen: list[Named], sexes: dict[int, str]) -> Named | None:
    people = [n for n in seen if n.type == "PERSON" and sexes.get(n.entity, sex) == sex and t.sent - n.sentence <= 3]
    if not people:
        return None
    same = [n for n in people if n.sentence == t.sent]
    subjects = [n for n in same if n.subject]
    if subjects:
        return subjects[0]
    if same and t.dep in ("poss",):
        return same[-1]
    for s in range(t.sent - 1, t.sent - 4, -1):
        in_s = [n for n in people if n.sentence == s]
        if in_s:
            subj = [n for n in in_s if n.subject]
            return (subj or in_s)[0]
    return people[-1]
