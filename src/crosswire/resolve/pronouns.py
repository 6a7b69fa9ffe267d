"""Pronouns and relative pronouns within one document → the name mention they stand for (see
crosswire.resolve.references for the rules), and the records both modules share."""

from __future__ import annotations

from dataclasses import dataclass

from crosswire.models import Annotation, Span

from crosswire.resolve.roles import PERSON_NOUNS, role_of

MALE = {"he", "him", "his", "himself"}
FEMALE = {"she", "her", "hers", "herself"}
GROUP_PRONOUNS = {"its", "they", "them", "their"}
RELATIVES = {"who", "whom", "whose", "which", "that"}
REFLEXIVE = {"himself", "herself"}


@dataclass(frozen=True, slots=True)
class Named:
    """A name mention of a clustered entity in this document."""

    start: int
    end: int
    entity: int
    type: str
    sentence: int
    subject: bool
    verb: int = -1  # the verb it is the subject of (-1 when it is not a subject)
    headline: bool = False
    weak: bool = False  # a one-word name seen once, or also used as a common noun ('the lawyer'): not salient


@dataclass(frozen=True, slots=True)
class Reference:
    span: Span
    entity: int
    kind: str
    rule: str


def relative_antecedent(ann: Annotation, t, named: list[Named], word: str, resolved: list[Named] = ()) -> Named | None:
    """'Tara Reid, who …' → the name the relative clause hangs on ('who' for people, 'which'/'that' for
    organisations and places)."""
    verb = ann.tokens[t.head] if t.dep != "poss" else ann.tokens[ann.tokens[t.head].head]
    if verb.dep != "relcl" or verb.head == verb.i:
        return None
    noun = ann.tokens[verb.head]
    hit = next((n for n in named if n.start <= noun.start < n.end), None)
    if hit is None and noun.dep == "appos":
        # 'Frederick C. LaRue, a top Nixon campaign official who …': the clause hangs on an apposition
        # to the name
        head = ann.tokens[noun.head]
        hit = next((n for n in named if n.start <= head.start < n.end), None)
    if hit is None:
        hit = next((r for r in resolved if r.start <= noun.start < r.end), None)
    if hit is None:
        return None
    # 'who' for people, and for a team or band named in the plural ('the Saints, who have …')
    if word in ("who", "whom", "whose") and hit.type != "PERSON" and \
            not (hit.type == "ORG" and noun.tag == "NNPS"):
        return None
    if word in ("which", "that") and hit.type not in ("ORG", "NORP", "GPE", "LOC", "FAC"):
        return None
    return hit


def reflexive_antecedent(ann: Annotation, t, seen: list[Named], sexes, sex: str) -> Named | None:
    """'X hanged himself' → the subject of the same verb."""
    hits = [n for n in seen if n.verb == t.head and n.type == "PERSON" and sexes.get(n.entity, sex) == sex]
    return hits[-1] if hits else None


def group_antecedent(ann: Annotation, t, seen: list[Named]) -> Named | None:
    """'its', 'they', 'their' → an organisation that is the subject of this sentence or the one before,
    unless a plural common noun became a subject in between ('officials … they')."""
    cands = [n for n in seen if n.type in ("ORG", "NORP") and n.subject and not n.headline and
             0 <= t.sent - n.sentence <= 1]
    if t.text.lower() == "its":
        cands = [n for n in cands if n.type == "ORG"]
    if not cands:
        return None
    best = cands[-1]
    first = next(k for k in range(len(ann.tokens)) if ann.tokens[k].start >= best.start)
    if any(x.dep in ("nsubj", "nsubjpass") and x.tag == "NNS" for x in ann.tokens[first:t.i]):
        return None
    return best


def pronoun_antecedent(ann: Annotation, t, sex: str, seen: list[Named], sexes: dict[int, str]) -> Named | None:
    people = [n for n in seen if n.type == "PERSON" and sexes.get(n.entity, sex) == sex and
              t.sent - n.sentence <= 3 and not n.headline and not n.weak]
    if t.dep in ("dobj", "dative", "pobj") and t.text.lower() not in REFLEXIVE:
        # an object pronoun never names the subject of its own verb ('X confirmed her' ≠ X)
        people = [n for n in people if n.verb != t.head]
    if not people:
        return None
    if sex == "f" and any(sexes.get(n.entity) == "f" for n in people):
        # news copy names more men than women: a woman the story says is one is a likelier antecedent of
        # 'she' than somebody of unknown sex ('her rep X confirmed that she …')
        people = [n for n in people if sexes.get(n.entity) == "f"]
    if t.tag == "PRP$" and has_common_subject(ann, t):
        return None
    same = [n for n in people if n.sentence == t.sent]
    subjects = [n for n in same if n.subject]
    if subjects:
        return subjects[0]
    if same:
        return same[0]
    for s in range(t.sent - 1, t.sent - 4, -1):
        in_s = [n for n in people if n.sentence == s]
        if in_s:
            subj = [n for n in in_s if n.subject]
            return (subj or in_s)[0]
    return people[-1]


def has_common_subject(ann: Annotation, t) -> bool:
    """A possessive whose clause has a person noun for subject belongs to that noun ('one cop put both hands
    on his head', 'the driver lost his licence'): the subject is the nearest antecedent, and it is no name."""
    k, steps = t.head, 0
    while steps < 4 and ann.tokens[k].pos not in ("VERB", "AUX") and ann.tokens[k].head != k:
        k, steps = ann.tokens[k].head, steps + 1
    subject = next((c for c in ann.tokens[max(0, k - 8):k] if c.head == k and c.dep in ("nsubj", "nsubjpass")),
                   None)
    return subject is not None and subject.tag == "NN" and subject.ent_type == "" and \
        role_of(subject.text) in PERSON_NOUNS
