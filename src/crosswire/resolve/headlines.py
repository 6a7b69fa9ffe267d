"""Role nouns a headline capitalises ('Woman Killed by Drunk Driver', 'Oscar Host Named', 'MAN CHARGED',
'Technicolor Star Dies') → the person of the document they stand for.

News headlines name their protagonists by role before the body names them, so the person is chosen over
the whole document, one person per noun of a headline, in this order:

1. the one person the headline itself names, when the noun comes after the name (a headline puts its
   subject first: 'President Nominates Regina Benjamin', 'Climber Dead After X Fall' name somebody else or
   a place), is no object ('X Rehires Attorney'; 'as' excepted: 'Academy Picks X As Host'), is not the
   other argument of the name's verb ('X Sues Coach') and has no name hanging on it ("X's Coach Fired"),
   and the body gives that person no other role ('X Says Actress Checks Into Clinic'): 'Esther Williams
   Dead: Technicolor Star Dies';
2. the person the document describes with that role ('actress X' in the body for 'Actress' in the headline);
3. for a noun that says a sex ('Woman', 'Grandmother'), the one candidate whose titles or role nouns in the
   story say that sex, or whose pronouns in the document do when the document names the person in full
   (a one-word name may be a place the tagger calls a person, which pronouns then wrongly take), ahead
   of people whose sex nothing says;
4. the person the document names most, if one leads.

Rules 2 to 4 never take a person the headline names after the noun: that is the one the noun's verb acts on
('President Nominates Regina Benjamin').

A role noun that opens a headline and is followed by a colon is the source of what follows, not its subject
('Lawyer: X checks into rehab', 'Cops: Woman Killed'): it takes only the person the document describes with
that role (rule 2: 'her lawyer, Mark Heller').
"""

from __future__ import annotations

from crosswire.models import Annotation, Document, Span

from crosswire.resolve.mentions import is_headline
from crosswire.resolve.pronouns import Named, Reference
from crosswire.resolve.roles import GENERIC, PERSON_NOUNS, role_of, sex_of


def people_counts(named: list[Named]) -> dict[int, int]:
    """How often the document names each person outside its headline."""
    people: dict[int, int] = {}
    for n in named:
        if n.type == "PERSON" and not n.headline:
            people[n.entity] = people.get(n.entity, 0) + 1
    return people


def _speaker(ann: Annotation, k: int) -> bool:
    """The noun is followed by a colon: 'Lawyer: …', 'Cops: …' says who speaks."""
    return k + 1 < len(ann.tokens) and ann.tokens[k + 1].text == ":"


def _co_arguments(ann: Annotation, t, n: Named) -> bool:
    """The noun and the name are arguments of one verb ('President Nominates Regina Benjamin')."""
    verb = t.head
    if verb == t.i or ann.tokens[verb].pos not in ("VERB", "AUX"):
        return False
    return any(n.start <= x.start < n.end and x.head == verb for x in ann.tokens[max(0, verb - 15):verb + 15])


def _object(ann: Annotation, t) -> bool:
    """The noun is an object ('X Rehires Attorney', 'Trial Begins for Shooting Suspect'), other than the
    role a verb gives with 'as' ('Academy Picks X As Host')."""
    return t.dep == "dobj" or (t.dep == "pobj" and ann.tokens[t.head].text.lower() != "as")


def _titles(text: str, t, n: Named) -> bool:
    """The noun stands right before the name as its title ('Star Esther Williams')."""
    return not text[t.end:n.start].strip()


def _modifies(ann: Annotation, t, n: Named) -> bool:
    """The name hangs on the noun ("Dan Pruitt's Coach Fired"): the noun is somebody else."""
    return any(n.start <= x.start < n.end and x.head == t.i for x in ann.tokens[max(0, t.i - 8):t.i])


def headline_roles(document: Document, ann: Annotation, named: list[Named], taken, roles, sexes,
                   known=None) -> list[Reference]:
    """The role nouns of the document's headlines, each attached to a person of the document (see the module
    docstring); ``sexes`` are the document's (pronouns included), ``known`` what titles and role nouns say."""
    text = document.text
    people = people_counts(named)
    if not people:
        return []
    known = known if known is not None else sexes
    lines: dict[int, list[tuple[object, str]]] = {}
    for t in ann.tokens:
        role = role_of(t.text)
        if not t.text[:1].isupper() or role not in PERSON_NOUNS or any(a <= t.start < b for a, b in taken):
            continue
        line = text.rfind("\n", 0, t.start) + 1
        if line not in lines and not is_headline(text, t.start, t.end):
            continue
        lines.setdefault(line, []).append((t, role))
    out = []
    ranked = sorted(people, key=lambda e: (-people[e], e))
    full = {n.entity for n in named if len(text[n.start:n.end].split()) > 1}  # named by a full name here
    for line, nouns in lines.items():
        end = text.find("\n", line)
        end = len(text) if end < 0 else end
        in_line = [n for n in named if n.type == "PERSON" and line <= n.start < end]
        used: set[int] = set()
        chosen: dict[int, int] = {}
        titled = {n.entity for n in in_line if n.entity in people}
        for k, (t, role) in enumerate(nouns):
            if len(titled) != 1:
                break
            e, sex = next(iter(titled)), sex_of(role)
            if _speaker(ann, t.i):
                continue
            after = all(n.end <= t.start for n in in_line if n.entity == e)
            if after and e not in used and not (sex and sexes.get(e, sex) != sex) and not _object(ann, t) and \
                    not (roles.get(e) and roles[e] & PERSON_NOUNS and role not in roles[e] and not sex) and \
                    not any(_co_arguments(ann, t, n) or _modifies(ann, t, n) for n in in_line):
                chosen[k] = e
                used.add(e)
        # a person the headline names after the noun is the one it acts on ('President Nominates X')
        # ('Aquatic Star Esther Williams Dies' is the title before the name: that person)
        later = [{n.entity for n in in_line if n.start >= t.end and not _titles(text, t, n)} for t, _role in nouns]
        for k, (_t, role) in enumerate(nouns):
            hits = [e for e in ranked if role in roles.get(e, ()) and e not in used and e not in later[k]]
            if hits and k not in chosen:
                chosen[k] = hits[0]
                used.add(hits[0])
        for k, (t, role) in enumerate(nouns):
            if k in chosen or _speaker(ann, t.i):
                continue
            sex = sex_of(role)
            if role in GENERIC and len(nouns) > 1 and not sex:
                continue
            cands = [e for e in ranked if e not in used and e not in later[k] and
                     not (sex and sexes.get(e, sex) != sex) and
                     not (roles.get(e) and roles[e] & PERSON_NOUNS and role not in roles[e] and not sex)]
            if sex:
                # a woman the story says is one before somebody whose sex nothing says
                sure = [e for e in cands if known.get(e) == sex or (sexes.get(e) == sex and e in full)]
                if len(sure) == 1:
                    cands = sure
            if cands and (len(cands) == 1 or people[cands[0]] > people[cands[1]]):
                chosen[k] = cands[0]
                used.add(cands[0])
        for k, e in chosen.items():
            t = nouns[k][0]
            out.append(Reference(Span.of(document.id, text, t.start, t.end), e, "description", "description-headline"))
    return out
