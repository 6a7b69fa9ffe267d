"""Descriptions and pronouns within one document → the salient compatible entity named before them.

No maintained coreference library fits crosswire's constraints (spaCy 3.8.x, weights only from PyPI, no
download at run time, CPU, one spaCy pass): coreferee supports spaCy up to 3.8.11 and installs its
weights from GitHub, fastcoref and spacy-experimental's coref fetch transformer weights from the Hugging
Face hub. So this is rule-based, on the parse the annotate stage keeps:

* a definite description ('the premier', 'the actress', 'the 32-year-old', 'the group') takes the latest
  entity of a compatible type that the document has described with that role ('Prime Minister X',
  'actress X', 'X, 32,', 'X, the actress'), or for a group noun the latest organisation; a role noun no
  entity was described with takes the person the document has named most often so far, if one leads
  (never for nouns that often bring in somebody new: 'the man', 'the suspect');
* a role noun predicated of a name ('X became the coach', 'named X as the host', 'X was named coach') takes
  that name; 'the team' / 'the club' takes the team named last (teams go by plural names); 'the navy' /
  'the police' takes the one organisation or place named just before whose name that noun heads ('the
  Indian Navy', 'Surrey Police');
* a person's roles are read from the words that modify the name in its own phrase (by the parse: 'actress
  X', 'defensive tackle X', '66-year-old X') and from an apposition after it ('X, the actress'); a name
  inside a description ('a British climber', 'a Bloomington man') does not stop it being one;
* a personal pronoun (he/him/his/himself, she/her/hers/herself) outside quotation marks takes the subject
  of its own sentence named before it, else of the nearest sentence before it that names a person, else
  the latest person; a person whose title, role noun or earlier pronoun says the other sex is skipped;
  'she' prefers a woman the story says is one (titles and role nouns of every article count) over
  somebody of unknown sex; a pronoun left without an antecedent is read again once the lead's descriptions are attached ('A
  Michigan man shot … the firm from which he was fired', the man named only later).
"""

from __future__ import annotations

import bisect
import re
from collections import ChainMap

from crosswire.models import Annotation, Document, Span

from crosswire.resolve.headlines import headline_roles, people_counts
from crosswire.resolve.leads import lead_descriptions
from crosswire.resolve.pronouns import (
    FEMALE, GROUP_PRONOUNS, MALE, REFLEXIVE, RELATIVES, Named, Reference, group_antecedent, pronoun_antecedent,
    reflexive_antecedent, relative_antecedent,
)
from crosswire.resolve.roles import GENERIC, GROUP_NOUNS, OFFICIALS, PERSON_NOUNS, SEX_NOUNS, TEAM_NOUNS, role_of, sex_of

PLURAL_NAME = re.compile(r"[A-Za-z0-9][a-z]*(?:[^sS']s|ox)['’]?$")
AGE = re.compile(r"\b[Tt]he (\d{1,3})\s?-\s?year\s?-\s?old\b")
AGE_AFTER = re.compile(r"^\s?,\s?(\d{1,3})\s?,")
APPOSITION_AFTER = re.compile(r"^\s?,\s?(?:the|a|an|[A-Z][\w.]*\s?['’]s)\s+((?:[\w-]+\s+){0,3}[\w-]+)\s?[,.]")
QUOTES = re.compile(r"[“”\"]")
AGE_IN = re.compile(r"\b(\d{1,3})\s?-\s?year\s?-\s?old\b")
STOP_POS = {"DET", "VERB", "AUX", "ADP", "PRON", "CCONJ", "SCONJ", "PART", "INTJ"}


def _premodifiers(ann: Annotation, starts: list[int], n: Named) -> list[str]:
    """The words that modify a name from before it in its own noun phrase ('actress', 'Prime Minister',
    'defensive tackle', '66-year-old'), read from the parse: the tokens right before the name whose head lies
    further right in the phrase. A verb, a determiner, a preposition or a comma ends the phrase, so 'Police
    say 66-year-old X' gives X no role 'police'."""
    first = bisect.bisect_left(starts, n.start)
    last = max(first, bisect.bisect_left(starts, n.end) - 1)
    words: list[str] = []
    j = first - 1
    while j >= 0 and len(words) < 6:
        tok = ann.tokens[j]
        if tok.sent != ann.tokens[min(first, len(ann.tokens) - 1)].sent or tok.pos in STOP_POS or \
                tok.text in (",", ";", ":", "(", ")", '"', "“", "”") or not j < tok.head <= last or \
                "\n" in ann.tokens[j + 1].text:
            break
        words.insert(0, tok.text)
        j -= 1
    return words


def _learn(text: str, named: list[Named], ann: Annotation | None = None) -> tuple[dict[int, set[str]], dict[int, str]]:
    """Roles and sexes the document gives its people: 'actress X', 'Prime Minister X', 'X, 32,', 'X, the …',
    '36-year-old X'."""
    roles: dict[int, set[str]] = {}
    sexes: dict[int, str] = {}
    starts = [t.start for t in ann.tokens] if ann is not None and ann.tokens else []
    for n in named:
        if n.type != "PERSON":
            continue
        found = roles.setdefault(n.entity, set())
        if starts:
            pre = " ".join(_premodifiers(ann, starts, n))
            before = re.findall(r"[A-Za-z][\w-]*", pre)
            age = AGE_IN.search(re.sub(r"\s*-\s*", "-", pre))
            if age:
                found.add(f"{age.group(1)}-year-old")
        else:
            before = re.findall(r"[A-Za-z][\w-]*", text[max(0, n.start - 40):n.start].rsplit("\n", 1)[-1])[-3:]
        after = text[n.end:n.end + 80]
        words = [w.lower() for w in before]
        # a title the tagger kept inside the name ('Constable Tim Fanning', 'Police Sgt. Ann Lee')
        for w in re.findall(r"[A-Za-z]+", text[n.start:n.end])[:-1][:3]:
            if w.lower() not in OFFICIALS and w.lower() not in PERSON_NOUNS:
                break
            words.append(w.lower())
        m = APPOSITION_AFTER.match(after)
        if m:
            words += m.group(1).lower().split()
        for w in words:
            found.add(role_of(w))
        if len(words) >= 2 and "prime minister" in " ".join(words):
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


def _description(ann: Annotation, text: str, i: int, articles: tuple[str, ...] = ("the",)) -> tuple[int, int, str] | None:
    """'the (adjectives) NOUN' ending at token i, singular and not followed by a name: (start, end, role)."""
    t = ann.tokens[i]
    if t.tag not in ("NN",) or t.pos != "NOUN":
        return None
    nxt = ann.tokens[i + 1] if i + 1 < len(ann.tokens) else None
    if nxt is not None and (nxt.pos == "PROPN" or nxt.text in ("of", "'s", "’s") or nxt.tag in ("NN", "NNS")) and \
            not _of_count(ann, i):
        return None
    det = None
    for k in range(i - 1, max(-1, i - 9), -1):
        w = ann.tokens[k]
        if w.sent != t.sent:
            break
        if w.text.lower() in articles and w.head in (i, *(x.i for x in ann.tokens[k + 1:i])):
            det = w
            break
        if (w.pos not in ("ADJ", "NOUN", "NUM", "PUNCT", "ADV", "PROPN") and w.dep != "amod") or w.text in (",", ";"):
            break  # a participle modifies the noun too ('the hard partying actress')
    if det is None:
        return None
    role = role_of(t.text)
    if ann.tokens[i - 1].text.lower() == "prime" and role == "minister":
        role = "prime minister"
    return det.start, t.end, role


def _of_count(ann: Annotation, i: int) -> bool:
    """'a mother of 12', 'a father of three': a person noun followed by 'of' and a count is still that person."""
    if i + 2 >= len(ann.tokens) or ann.tokens[i + 1].text != "of" or role_of(ann.tokens[i].text) not in PERSON_NOUNS:
        return False
    count = ann.tokens[i + 2]
    return (count.like_num or count.tag == "CD") and (i + 3 >= len(ann.tokens) or ann.tokens[i + 3].tag not in ("NN", "NNS"))


def story_sexes(documents: list[tuple[Document, Annotation, list[Named]]]) -> dict[int, str]:
    """The sex each person's titles and role nouns say across the story ('actress X' in one article, 'Mrs. X'
    in another), where the documents agree; pronouns are not counted, so a mistake is not repeated."""
    found: dict[int, set[str]] = {}
    for document, ann, named in documents:
        if ann.tokens and named:
            _roles, sexes = _learn(document.text, sorted(named, key=lambda n: (n.start, n.end)), ann)
            for e, sex in sexes.items():
                found.setdefault(e, set()).add(sex)
    return {e: next(iter(v)) for e, v in found.items() if len(v) == 1}


def resolve_references(document: Document, annotation: Annotation, named: list[Named],
                       known: dict[int, str] | None = None) -> list[Reference]:
    """The document's descriptions and pronouns; ``known`` gives the sexes the rest of the story says."""
    text, ann, out = document.text, annotation, []
    if not ann.tokens or not named:
        return out
    named = sorted(named, key=lambda n: (n.start, n.end))
    roles, sexes = _learn(text, named, ann)
    stated = ChainMap(dict(sexes), known or {})  # what titles and role nouns say, before any pronoun is read
    # pronouns read the story's sexes behind the document's own; descriptions read the document's only
    psexes = ChainMap(sexes, known or {})
    seen: list[Named] = []  # names and resolved references so far, in text order
    k = 0
    taken = [(n.start, n.end) for n in named]
    heads = _heads(text, named)
    # organisations named in the plural ('the Saints', 'the Red Sox'): the way teams and bands are named
    teams = {n.entity for n in named if n.type in ("ORG", "NORP") and PLURAL_NAME.search(text[n.start:n.end])}
    for t in ann.tokens:
        while k < len(named) and named[k].start <= t.start:
            seen.append(named[k])
            k += 1
        if any(a <= t.start < b for a, b in taken[max(0, k - 2):k + 1]):
            continue
        word = t.text.lower()
        ref = None
        if word in RELATIVES and t.tag in ("WP", "WP$", "WDT"):
            ref = relative_antecedent(ann, t, named, word, [n for n in seen if n.start >= t.start - 200])
            if ref is not None:
                out.append(Reference(Span.of(document.id, text, t.start, t.end), ref.entity, "pronoun",
                                     "pronoun-relative"))
        elif t.tag in ("PRP", "PRP$") and (word in MALE or word in FEMALE):
            sex = "m" if word in MALE else "f"
            ref = reflexive_antecedent(ann, t, seen, psexes, sex) if word in REFLEXIVE else None
            ref = ref or pronoun_antecedent(ann, t, sex, seen, psexes)
            if ref is not None:
                sexes.setdefault(ref.entity, sex)
                out.append(Reference(Span.of(document.id, text, t.start, t.end), ref.entity, "pronoun",
                                     "pronoun-salience"))
        elif t.tag in ("PRP", "PRP$") and word in GROUP_PRONOUNS and not _inside_quotes(text, ann.paragraphs, t.start):
            ref = group_antecedent(ann, t, seen)
            if ref is not None:
                out.append(Reference(Span.of(document.id, text, t.start, t.end), ref.entity, "pronoun",
                                     "pronoun-group"))
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
            if d is not None and d[2] not in PERSON_NOUNS and d[2] != "prime minister" and \
                    _named_inside(ann, d, t.i, taken[max(0, k - 3):k]):
                d = None  # a group's name inside ('the Asaib Ahl al-Haq militia') is the referent, named
            if d is not None and not any(r.span.start <= d[0] < r.span.end for r in out[-1:]):
                ref, rule = _describe(d[2], seen, roles, sexes, t.sent, teams)
                if ref is not None:
                    out.append(Reference(Span.of(document.id, text, d[0], d[1]), ref.entity, "description", rule))
            if ref is None:
                d = _name_head(ann, text, t.i, seen, heads)
                if d is not None and not any(r.span.start <= d[0] < r.span.end for r in out[-1:]):
                    ref = d[2]
                    out.append(Reference(Span.of(document.id, text, d[0], d[1]), ref.entity, "description",
                                         "description-name-head"))
        if ref is not None:
            subject = t.dep in ("nsubj", "nsubjpass")
            seen.append(Named(t.start, t.end, ref.entity, ref.type, t.sent, subject, t.head if subject else -1))
    out += headline_roles(document, ann, named, taken, roles, sexes, stated)
    out += _predicates(document, ann, named, taken, out)
    late = _late_descriptions(document, ann, named, taken, roles, sexes, out)
    late += lead_descriptions(document, ann, named, taken, roles, sexes, out + late, _description)
    out += late
    out += _after_descriptions(document, ann, named, late, out, psexes)
    return out


def _after_descriptions(document: Document, ann: Annotation, named: list[Named], late: list[Reference],
                        found: list[Reference], sexes) -> list[Reference]:
    """Pronouns the first pass left, read again once the lead's descriptions are known: 'A Michigan man shot
    one person at the firm from which he was fired' (the man is named only later, so 'he' had no antecedent
    in the first pass). Only pronouns with no antecedent before are read again, with the descriptions of the
    body (not the headline) as antecedents too."""
    if not late:
        return []
    text = document.text
    starts = [t.start for t in ann.tokens]
    types = {n.entity: n.type for n in named}
    extra = []
    for r in late:
        if r.rule == "description-headline":
            continue
        k = max(0, bisect.bisect_right(starts, r.span.end - 1) - 1)  # the description's noun
        head = ann.tokens[k]
        subject = head.dep in ("nsubj", "nsubjpass")
        extra.append(Named(r.span.start, r.span.end, r.entity, types.get(r.entity, "PERSON"), head.sent, subject,
                           head.head if subject else -1))
    if not extra:
        return []
    resolved = {(r.span.start, r.span.end) for r in found}
    pool = sorted([n for n in named if not n.headline] + extra, key=lambda n: (n.start, n.end))
    out = []
    for t in ann.tokens:
        word = t.text.lower()
        if (t.start, t.end) in resolved or t.start < extra[0].start:
            continue
        relative = word in RELATIVES and t.tag in ("WP", "WP$", "WDT")
        if not relative and not (t.tag in ("PRP", "PRP$") and (word in MALE or word in FEMALE)):
            continue
        seen = [n for n in pool if n.end <= t.start]
        if relative:
            ref = relative_antecedent(ann, t, named, word, [n for n in seen if n.start >= t.start - 200])
            rule = "pronoun-relative"
        else:
            sex = "m" if word in MALE else "f"
            ref = pronoun_antecedent(ann, t, sex, seen, sexes) if word not in REFLEXIVE else None
            rule = "pronoun-salience"
        if ref is None or not any(x.entity == ref.entity and x in extra for x in seen):
            continue  # only what the descriptions newly make possible
        out.append(Reference(Span.of(document.id, text, t.start, t.end), ref.entity, "pronoun", rule))
    return out


def _named_inside(ann: Annotation, d: tuple[int, int, str], i: int, taken) -> bool:
    """A name (tagged, or proper nouns the tagger missed, other than a nationality) between the article and
    the noun of a description."""
    if any(d[0] <= a < d[1] for a, _b in taken):
        return True
    k = i - 1
    while k >= 0 and ann.tokens[k].start >= d[0]:
        if ann.tokens[k].pos == "PROPN" and ann.tokens[k].ent_type != "NORP":
            return True
        k -= 1
    return False


def _heads(text: str, named: list[Named]) -> dict[int, set[str]]:
    """The common noun at the head of each organisation's or place's name, in lower case: 'navy' for 'Indian
    Navy', 'police' for 'Surrey Police', 'academy' for 'Academy of Motion Picture Arts and Sciences'."""
    out: dict[int, set[str]] = {}
    for n in named:
        if n.type not in ("ORG", "FAC", "LOC"):
            continue
        words = re.findall(r"[A-Za-z][\w'’-]*", text[n.start:n.end])
        if len(words) < 2:
            continue
        cut = next((k for k, w in enumerate(words) if w in ("of", "for") and k > 0), len(words))
        head = words[cut - 1]
        if head[:1].isupper() and head[1:].islower():
            out.setdefault(n.entity, set()).add(head.lower())
    return out


def _name_head(ann: Annotation, text: str, i: int, seen: list[Named], heads: dict[int, set[str]]):
    """'the navy' after 'the Indian Navy', 'the police' after 'Surrey Police': a definite noun phrase whose noun
    heads the name of exactly one organisation or place the document has named before (within a few
    sentences) refers to it: (start, end, the name)."""
    t = ann.tokens[i]
    if t.pos != "NOUN" or t.tag not in ("NN", "NNS") or not t.text.islower():
        return None
    nxt = ann.tokens[i + 1] if i + 1 < len(ann.tokens) else None
    if nxt is not None and (nxt.pos == "PROPN" or nxt.text in ("of", "'s", "’s") or nxt.tag in ("NN", "NNS")):
        return None
    if i == 0 or ann.tokens[i - 1].text.lower() != "the" or ann.tokens[i - 1].head != i:
        return None
    hits = {n.entity: n for n in seen if t.text in heads.get(n.entity, ()) and t.sent - n.sentence <= 5}
    if len(hits) != 1:
        return None
    return ann.tokens[i - 1].start, t.end, next(iter(hits.values()))


def _predicates(document: Document, ann: Annotation, named: list[Named], taken,
                found: list[Reference]) -> list[Reference]:
    """A role noun predicated of a name describes it: 'X is the host', 'X became the coach', 'named X as the
    host', 'X was named coach', 'X served as spokesman' (the parse's attr and oprd relations, and 'as' after
    a verb whose object or subject is the name); a negated verb ('X is not the host') says nothing. The noun
    must suit the name's type: a person's role for a person, a group noun for an organisation."""
    text, out = document.text, []
    done = [(r.span.start, r.span.end) for r in found]
    owners = [(n.start, n.end, n.entity, n.type) for n in named] + \
        [(r.span.start, r.span.end, r.entity, next((n.type for n in named if n.entity == r.entity), ""))
         for r in found if r.kind == "pronoun"]

    def owner(tok):
        return next(((e, ty) for a, b, e, ty in owners if a <= tok.start < b), None)

    def child(v: int, deps: tuple[str, ...]):
        return next((c for c in ann.tokens[max(0, v - 12):v + 12] if c.head == v and c.i != v and c.dep in deps),
                    None)

    for t in ann.tokens:
        if t.pos != "NOUN" or t.tag != "NN" or any(a <= t.start < b for a, b in taken):
            continue
        role = role_of(t.text)
        if ann.tokens[t.i - 1].text.lower() == "prime" and role == "minister":
            role = "prime minister"
        kind = "PERSON" if role in PERSON_NOUNS or role == "prime minister" else \
            "ORG" if role in GROUP_NOUNS else None
        if kind is None:
            continue
        if t.dep in ("attr", "oprd"):
            verb = t.head
            deps = ("nsubj", "nsubjpass") if t.dep == "attr" else ("dobj", "nsubjpass")
        elif t.dep == "pobj" and ann.tokens[t.head].text.lower() == "as" and ann.tokens[t.head].head != t.head:
            verb = ann.tokens[t.head].head
            deps = ("dobj", "oprd", "nsubjpass", "nsubj")
        else:
            continue
        if ann.tokens[verb].pos not in ("VERB", "AUX") or child(verb, ("neg",)) is not None:
            continue
        holder = None
        for dep in deps:
            c = child(verb, (dep,))
            if c is not None:
                holder = owner(c)
                break
        if holder is None or (holder[1] != kind and not (kind == "ORG" and holder[1] == "NORP")):
            continue
        det = child(t.i, ("det",))
        start = det.start if det is not None and det.i < t.i and det.text.lower() in ("the", "a", "an") else t.start
        if any(a < t.end and start < b for a, b in done):
            continue
        out.append(Reference(Span.of(document.id, text, start, t.end), holder[0], "description",
                             "description-predicate"))
        done.append((start, t.end))
    return out


def _appositions(document: Document, ann: Annotation, named: list[Named], taken, done) -> list[Reference]:
    """A noun in apposition to a name describes it: 'Frederick C. LaRue, a top Nixon campaign official, …',
    'Esther Williams, the swimming champion turned actress', 'the actress, Tara Reid, …' (the parse's appos
    relation, either way round)."""
    text, out = document.text, []

    def owner(tok) -> Named | None:
        return next((n for n in named if n.start <= tok.start < n.end), None)

    for t in ann.tokens:
        if t.pos != "NOUN" or t.tag not in ("NN", "NNS") or any(a <= t.start < b for a, b in taken):
            continue
        hit = None
        if t.dep == "appos":
            hit = owner(ann.tokens[t.head])
        if hit is None:
            hit = next((owner(c) for c in ann.tokens[t.i + 1:t.i + 4] if c.dep == "appos" and c.head == t.i), None)
        if hit is None or hit.type not in ("PERSON", "ORG", "NORP") or t.tag != "NN":
            continue
        between = text[min(hit.end, t.end):max(hit.start, t.start)]
        if "\n" in between or "," not in between:
            continue  # an apposition is set off by a comma on one line; the parse joins headlines wrongly
        d = _description(ann, text, t.i, ("the", "a", "an"))
        start, end = (d[0], d[1]) if d else (t.start, t.end)
        if any(a < end and start < b for a, b in done):
            continue
        out.append(Reference(Span.of(document.id, text, start, end), hit.entity, "description",
                             "description-apposition"))
    return out


def _late_descriptions(document: Document, ann: Annotation, named: list[Named], taken, roles, sexes,
                       found: list[Reference]) -> list[Reference]:
    """Descriptions the first pass left, read once the whole document is known: 'A Bloomington man has been
    charged …' before the man is named, 'the actress' before 'actress Tara Reid'. A role noun takes the one
    person the document describes with that role (the most named, if several); a noun that says a sex
    ('man', 'woman', 'mother') takes the person of that sex (from titles, roles and pronouns) the document
    names most, if one leads. News leads describe their protagonists before naming them."""
    text = document.text
    people = people_counts(named)
    if not people:
        return []
    done = [(r.span.start, r.span.end) for r in found]
    ranked = sorted(people, key=lambda e: (-people[e], e))
    out = _appositions(document, ann, named, taken, done)
    done += [(r.span.start, r.span.end) for r in out]
    for t in ann.tokens:
        d = _description(ann, text, t.i, ("the", "a", "an"))
        # a name may modify the noun ('a British climber', 'a Bloomington man'): only a name over the noun
        # itself, or reaching outside the description, makes it no description
        if d is None or any(a < d[1] and d[0] < b and not (d[0] <= a and b <= t.start) for a, b in taken) or \
                any(a < d[1] and d[0] < b for a, b in done):
            continue
        role = d[2]
        if role not in PERSON_NOUNS and role != "prime minister":
            continue
        age = AGE_IN.search(text[d[0]:d[1]])
        hits = [e for e in ranked if age and f"{age.group(1)}-year-old" in roles.get(e, ())]
        hits = hits or [e for e in ranked if role in roles.get(e, ())]
        rule = "description-role"
        if not hits and sex_of(role):
            rule = "description-sex"
            # officials who speak about an event ('Inspector Dave Gaskin said the man fell') are not the
            # man or woman it happened to
            same = [e for e in ranked if sexes.get(e) == sex_of(role) and not roles.get(e, set()) & OFFICIALS and
                    not (roles.get(e) and roles[e] & PERSON_NOUNS and role not in roles[e]) and
                    not (age and any(r.endswith("-year-old") for r in roles.get(e, ())))]
            hits = same[:1] if (len(same) == 1 and people[same[0]] >= 2) or (len(same) > 1 and people[same[0]] > people[same[1]]) else []
        if hits:
            out.append(Reference(Span.of(document.id, text, d[0], d[1]), hits[0], "description", rule))
    return out


def _describe(role: str, seen: list[Named], roles, sexes, sent: int,
              teams: set[int] = frozenset()) -> tuple[Named | None, str]:
    if role in TEAM_NOUNS:
        # 'the team', 'the club' → the team named last, within a few sentences (teams go by plural names)
        hits = [n for n in seen if n.entity in teams and sent - n.sentence <= 3 and not n.weak]
        return (hits[-1] if hits else None), "description-team"
    if role in GROUP_NOUNS:
        orgs = [n for n in seen if n.type in ("ORG", "NORP") and sent - n.sentence <= 3 and not n.weak]
        subjects = [n for n in orgs if n.subject]
        return ((subjects or orgs)[-1] if orgs else None), "description-group"
    if role not in PERSON_NOUNS and role != "prime minister":
        return None, ""
    people = [n for n in seen if n.type == "PERSON"]
    hits = [n for n in people if role in roles.get(n.entity, ())]
    if hits:
        return hits[-1], "description-role"
    if role in GENERIC:
        return None, ""
    sex = next((s for s, nouns in SEX_NOUNS.items() if role in nouns), None)
    # somebody named in the same sentence is rarely described again in it ('X met the envoy')
    people = [n for n in people if not n.weak and n.sentence != sent and not (sex and sexes.get(n.entity, sex) != sex)
              and not (roles.get(n.entity) and roles[n.entity] & PERSON_NOUNS and role not in roles[n.entity])]
    # the person the document is about so far: named (or referred to) more often than anyone else
    counts: dict[int, int] = {}
    for n in people:
        counts[n.entity] = counts.get(n.entity, 0) + 1
    ranked = sorted(counts.items(), key=lambda x: (-x[1], x[0]))
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return next(n for n in reversed(people) if n.entity == ranked[0][0]), "description-salient"
    return None, ""


