"""Cross-document entity clusters: one entity per referent, by rules that each leave a record of why.

Rules (the names recorded in ``Entity.merges``):
  transliteration   the same name in another romanisation (names.ROMANISATION)
  name-form         the same name of a group or place with an abbreviation, a designator, a feature word or a
                    plural written differently ('Microsoft Corp.' / 'Microsoft', 'Qeshm island' / 'Qeshm';
                    names.name_form)
  nickname          'Vincent "The Chin" Gigante' / 'Vincent Gigante' (a quoted nickname left out of the key)
  middle-initial    'Richard M. Nixon' / 'Richard Nixon' / 'W. Mark Felt' / 'Mark Felt'
  given-name-short  'Fred LaRue' / 'Frederick Cheney LaRue' (one full name only)
  given-name-variant 'Katie Jenkin' / 'Kathryn Jenkin' (the same first three letters and a diminutive
                    ending, one such name only)
  same-age          'Nikos Varos, 15,' / 'Nikolaos Varos, 15,' in different documents (resolve.ages)
  blend             'JoVa' / 'Jolene Vance' (resolve.blends)
  surname           a bare surname → the full name it abbreviates in the same document (the one named within
                    a few sentences before it when there are several, else the one the story names most), else
                    the one full name of the story that carries it (or that carries it at least twice as often
                    as any other); one named before all of several full names of its document is left to the
                    story
  given-name        a bare given name → the one full name it starts in the same document, else (tagged a person,
                    and no full name of the story ends with it) the one full name of the story that starts with
                    it (or that does at least twice as often as any other); a given name the tagger types
                    as a place or a thing ('Kathina') takes the full name named before it in its document
                    when every document that has it alone names that person in full
  team-name         a name written straight before a team's nickname the story also uses alone ('Vermont'
                    in 'Vermont Sea Otters' with 'the Sea Otters'; resolve.teams), and one mention of a place
                    that stands for its team ('Dalton edged Marlow'; resolve.metonymy)
  short-form        an organisation named without its leading place ('Colts' / 'Indianapolis Colts'), by
                    its first word ('Asaib' / 'Asaib Ahl al-Haq', 'Academy' / 'Academy of …') or by its last
                    word when the story never writes that word in lower case ('Sox' / 'Red Sox')
  acronym           'PMF' → the one name whose initials it is, or the expansion a text defines
  acronym-defined   'Popular Mobilization Forces (PMF)'
  stated-alias      'X (Y)', 'X, known as Y', 'X, also called Y', 'X, or Y,', 'the group, or Y'
Guards: two names whose titles say different sexes, whose types are confidently a place and an agent, or
whose generational suffixes differ (Jr/Sr) are never merged by these rules.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from crosswire.models import Annotation, Document, Merge, Span

from crosswire.resolve.ages import same_age_pairs
from crosswire.resolve.aliases import Stated, stated_aliases
from crosswire.resolve.blends import blend_pairs
from crosswire.resolve.cues import conflicting, cue_votes, name_votes, type_class
from crosswire.resolve.mentions import Mention
from crosswire.resolve.metonymy import team_uses
from crosswire.resolve.names import SUFFIXES, fold, form_key, initials, is_acronym, key, sex_of_titles, tokens
from crosswire.resolve.persons import doubtful_norp, person_shaped_votes


# generational suffixes as they read in a matching key: 'III' and 'II' lose their doubled letters there ('i')
KEY_SUFFIXES = SUFFIXES | {"i"}
NICKNAME = re.compile(r"[\"“‘'][^\"”’']{1,30}[\"”’']")


class Clusters:
    """Union-find over mentions; each root keeps its type votes and titled sexes for the guards."""

    def __init__(self, mentions: Sequence[Mention], votes: Sequence[Counter], sexes: Sequence[str | None]):
        self.mentions = mentions
        self.parent = list(range(len(mentions)))
        self.votes = [Counter(v) for v in votes]
        self.sexes = [{s} if s else set() for s in sexes]
        self.suffixes = [set(tokens(m.span.text)) & SUFFIXES for m in mentions]
        self.merges: list[tuple[int, Merge]] = []

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def blocked(self, a: int, b: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        return len(self.sexes[ra] | self.sexes[rb]) > 1 or conflicting(self.votes[ra], self.votes[rb]) or \
            (bool(self.suffixes[ra]) and bool(self.suffixes[rb]) and self.suffixes[ra] != self.suffixes[rb])

    def union(self, a: int, b: int, rule: str | None = None, evidence: Span | None = None, guard: bool = True) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if guard and self.blocked(ra, rb):
            return False
        keep, gone = min(ra, rb), max(ra, rb)
        self.parent[gone] = keep
        self.votes[keep] += self.votes[gone]
        self.sexes[keep] |= self.sexes[gone]
        self.suffixes[keep] |= self.suffixes[gone]
        if rule:
            names = tuple(sorted((self.mentions[a].span.text, self.mentions[b].span.text)))
            self.merges.append((keep, Merge(rule, names, evidence)))
        return True

    def groups(self) -> list[list[int]]:
        out: dict[int, list[int]] = defaultdict(list)
        for i in range(len(self.parent)):
            out[self.find(i)].append(i)
        return list(out.values())

    def merges_by_root(self) -> dict[int, tuple[Merge, ...]]:
        """The merges of each cluster (by its root), one per rule and pair of names, evidence kept."""
        seen: dict[int, dict[tuple[str, tuple[str, str]], Merge]] = defaultdict(dict)
        for root, merge in self.merges:
            mine = seen[self.find(root)]
            k = (merge.rule, merge.names)
            if k not in mine or (mine[k].evidence is None and merge.evidence is not None):
                mine[k] = merge
        return {r: tuple(sorted(v.values(), key=lambda m: (m.rule, m.names))) for r, v in seen.items()}


def _person(votes: Counter) -> bool:
    return votes.get("PERSON", 0) > 0 and votes["PERSON"] >= max(votes.values()) / 2


def mention_votes(m: Mention, documents: dict[str, Document], annotations: dict[str, Annotation]) -> Counter:
    doc, ann = documents[m.span.doc], annotations[m.span.doc]
    last = -1
    if m.token >= 0:
        last = m.token
        while last + 1 < len(ann.tokens) and ann.tokens[last + 1].start < m.span.end:
            last += 1
    adjective = m.label == "NORP" or (last >= 0 and ann.tokens[last].pos == "ADJ") or \
        bool(re.search(r"(?:ian|ite|ese|ish|i)$", m.span.text) and last >= 0 and ann.tokens[last].tag == "JJ")
    votes = cue_votes(doc.text, m.span.start, m.span.end, ann.tokens, last, adjective) + name_votes(m.span.text)
    if m.sentence >= 0 and not doubtful_norp(m.span.text, m.label, ann.tokens[last] if last >= 0 else None):
        votes[m.label] += 1
    return votes


TITLE_BEFORE = re.compile(r"(?:^|[^,\s])\s*(?<![\w-])([A-Z][a-z]{1,7})\s?\.?\s*$")


def _title_sex(m: Mention, text: str) -> str | None:
    """The sex a title right before the name says ('Mrs. Felt'), on the same line; 'Jackson, Miss.' is a
    state's abbreviation after a comma, not a title, and a one-word mention is never its own title."""
    line = text[max(0, m.span.start - 12):m.span.start].rsplit("\n", 1)[-1]
    before = TITLE_BEFORE.search(line)
    words = m.span.text.split()
    return (sex_of_titles(before.group(1)) if before else None) or \
        (sex_of_titles(words[0]) if len(words) > 1 else None)


def _last(k: str) -> str:
    """The surname in a key: its last token that is not a generational suffix ('Comeaux' in '… Comeaux Jr')."""
    ts = [t for t in k.split() if t not in KEY_SUFFIXES] or k.split()
    return ts[-1]


def _given_compatible(a: str, b: str) -> bool:
    """Two given names of one person: equal, or one a short form of the other ('Fred', 'Frederick')."""
    return a == b or (min(len(a), len(b)) >= 3 and (a.startswith(b) or b.startswith(a)))


def _core(ts: list[str]) -> list[str]:
    return [t for t in ts if len(t) > 1]


def _middle_compatible(a: list[str], b: list[str]) -> bool:
    """Same first and last name; each middle name of the shorter matches one of the longer, or its initial."""
    if len(a) < 2 or len(b) < 2 or a[0] != b[0] or a[-1] != b[-1] or a == b:
        return False
    short, long_ = sorted((a[1:-1], b[1:-1]), key=len)
    return all(any(s == t or (len(s) == 1 and t.startswith(s)) for t in long_) for s in short)


def _by_key(keys: Sequence[str]) -> dict[str, list[int]]:
    groups: dict[str, list[int]] = defaultdict(list)
    for i, k in enumerate(keys):
        if k:
            groups[k].append(i)
    return groups


def _same_names(cl: Clusters, mentions, groups: dict[str, list[int]], single_person: set[str]) -> None:
    for k, members in sorted(groups.items()):
        if len(k.split()) == 1 and k in single_person:
            continue  # bare surnames and given names are attached one by one, below
        # a name titled 'Mr.' and the same name titled 'Mrs.' are two people: one bucket per titled sex
        sexes = {next(iter(cl.sexes[i])) for i in members if cl.sexes[i]}
        if len(sexes) > 1:
            for sex in sorted(sexes):
                bucket = [i for i in members if cl.sexes[i] == {sex}]
                for i in bucket[1:]:
                    cl.union(bucket[0], i, guard=False)
            continue
        first = members[0]
        shown = {fold(mentions[first].span.text)}
        for i in members[1:]:
            f = fold(mentions[i].span.text)
            rule = None
            quoted = bool(NICKNAME.search(mentions[i].span.text)) != bool(NICKNAME.search(mentions[first].span.text))
            if quoted and ("nickname", f) not in shown:
                rule = "nickname"
                shown.add(("nickname", f))
            elif f not in shown and tokens(mentions[i].span.text) != tokens(mentions[first].span.text):
                rule = "transliteration"
                shown.add(f)
            if rule == "transliteration" and _classes_differ(cl.votes[cl.find(first)], cl.votes[cl.find(i)]):
                continue  # 'Alexandra' (a person) and 'Alexandria' (a city) share a consonant skeleton
            cl.union(first, i, rule, guard=rule is not None)


def _classes_differ(a: Counter, b: Counter) -> bool:
    def top(v: Counter) -> str | None:
        return type_class(max(v, key=lambda lab: (v[lab], lab))) if v else None
    return top(a) is not None and top(b) is not None and top(a) != top(b)


def _name_forms(cl: Clusters, mentions, groups: dict[str, list[int]]) -> None:
    """Groups and places whose names differ only by the forms of names.name_form ('Microsoft Corp.' /
    'Microsoft', 'Qeshm island' / 'Qeshm', 'Colt' / 'Colts'): one entity, unless the types disagree."""
    by_form: dict[str, list[int]] = defaultdict(list)
    for k in sorted(groups):
        i = groups[k][0]
        if is_acronym(mentions[i].span.text) or _person(cl.votes[cl.find(i)]):
            continue
        by_form[form_key(mentions[i].span.text)].append(i)
    for members in by_form.values():
        for i in members[1:]:
            if cl.find(i) != cl.find(members[0]) and not _classes_differ(cl.votes[cl.find(members[0])],
                                                                         cl.votes[cl.find(i)]):
                cl.union(members[0], i, "name-form")


def _full_names(cl: Clusters, mentions, groups) -> None:
    multi = sorted(k for k in groups if len(k.split()) > 1)
    by_ends: dict[tuple[str, str], list[str]] = defaultdict(list)
    by_core: dict[str, list[str]] = defaultdict(list)
    for k in multi:
        ts = k.split()
        by_ends[(ts[0], ts[-1])].append(k)
        by_core[" ".join(_core(ts))].append(k)
    for _core_key, ks in sorted(by_core.items()):
        for k in ks[1:]:
            if _person(cl.votes[cl.find(groups[k][0])]) and len(_core_key.split()) > 1:
                cl.union(groups[ks[0]][0], groups[k][0], "middle-initial")
    for _ends, ks in sorted(by_ends.items()):
        for a in ks:
            for b in ks:
                if a < b and _middle_compatible(a.split(), b.split()) and _person(cl.votes[cl.find(groups[a][0])]):
                    cl.union(groups[a][0], groups[b][0], "middle-initial")
    people = [k for k in multi if _person(cl.votes[cl.find(groups[k][0])])]
    by_last: dict[str, list[str]] = defaultdict(list)
    for k in people:
        by_last[_last(k)].append(k)
    for k in people:
        ts = k.split()
        # a surname of two words alone ('Lo Presti') → the one full name that ends with it
        longer = {cl.find(groups[o][0]) for o in by_last[_last(k)] if o.endswith(" " + k)}
        if len(longer) == 1:
            cl.union(next(iter(longer)), groups[k][0], "surname")
        # a short given name ('Fred LaRue') → the one full name with the long one ('Frederick Cheney LaRue')
        first = tokens(mentions[groups[k][0]].span.text)[:1]
        if not first or len(ts) < 2:
            continue
        matches = set()
        for o in by_last[_last(k)]:
            other = tokens(mentions[groups[o][0]].span.text)[:1]
            if o != k and other and len(other[0]) > len(first[0]) and _given_compatible(first[0], other[0]):
                matches.add(cl.find(groups[o][0]))
        if len(matches) == 1:
            cl.union(next(iter(matches)), groups[k][0], "given-name-short")
            continue
        # a familiar form of the given name: the same first three letters and the diminutive ending -ie/-y/-i
        # of English hypocoristics ('Katie Jenkin' / 'Kathryn Jenkin', 'Bettie Page' / 'Betty Page'), when it
        # is the only other such name with that surname in the story ('Samuel' and 'Samantha' never meet)
        variants = set()
        for o in by_last[_last(k)]:
            other = tokens(mentions[groups[o][0]].span.text)[:1]
            if o != k and other and len(o.split()) == len(ts) and other[0] != first[0] and \
                    min(len(other[0]), len(first[0])) >= 4 and other[0][:3] == first[0][:3] and \
                    any(re.search(r"(?:ie|y|i)$", g) and len(g) <= 6 for g in (first[0], other[0])):
                variants.add(cl.find(groups[o][0]))
        if len(variants) == 1:
            cl.union(next(iter(variants)), groups[k][0], "given-name-variant")


NEAR = 400  # characters: about two sentences of news copy


def _bare_names(cl: Clusters, mentions, keys, groups, single_person: set[str]) -> None:
    """Surnames and given names alone: the full name in the same document, else the story's dominant one."""
    full_in_doc: dict[str, list[tuple[int, int]]] = defaultdict(list)  # doc → (start, mention)
    for i, m in enumerate(mentions):
        if len(keys[i].split()) > 1 and _person(cl.votes[cl.find(i)]):
            full_in_doc[m.span.doc].append((m.span.start, i))
    mistyped = _mistyped_given_names(cl, mentions, keys, single_person)
    deferred: dict[str, list[int]] = defaultdict(list)
    root = [cl.find(j) for j in range(len(mentions))]
    size = Counter(root)  # how often the story names each entity, before bare names are attached
    for k in sorted(single_person):
        for i in groups.get(k, []):
            m = mentions[i]
            cands = [(s, j) for s, j in full_in_doc[m.span.doc] if _last(keys[j]) == k]
            if m.label in ("ORG", "NORP"):
                # the tagger often calls a possessive surname an organisation ("Nadhimi's aides"): attach it
                # only to a full name in the same document that is surely a person
                cands = [(s, j) for s, j in cands if not mentions[j].headline and cl.votes[cl.find(j)]["PERSON"] >= 2]
            rule = "surname"
            if not cands and (m.label not in ("ORG", "NORP") or k in mistyped):
                cands = [(s, j) for s, j in full_in_doc[m.span.doc] if keys[j].split()[0] == k]
                rule = "given-name"
            roots = {cl.find(j) for _s, j in cands}
            if len(roots) > 1:
                # several people of that name in the document: the one just named (within a few sentences),
                # else the one the story names most ('Gigante' in an obituary that lists his brother and
                # wife by full name is still the man it is about)
                before = [(s, j) for s, j in cands if s < m.span.start]
                if before and m.span.start - max(before)[0] < NEAR:
                    cands = [max(before)]
                elif not before:
                    cands = []  # named before any of them (a headline, a lead): the story decides, below
                else:
                    cands = [min(cands, key=lambda c: (-size[root[c[1]]], abs(c[0] - m.span.start)))]
            if rule == "given-name" and m.label != "PERSON":
                # a given name the tagger calls a place or a thing ('Kathina' after 'Kathina Thomas'): only
                # where every document that has it alone names that person in full before it
                cands = [(s, j) for s, j in cands if s < m.span.start] if k in mistyped else []
            if cands and cl.union(cands[0][1], i, rule):
                _spelling(cl, cands[0][1], i, -1 if rule == "surname" else 0)
                continue
            deferred[k].append(i)
    full_by_last: dict[str, list[int]] = defaultdict(list)
    full_first: dict[str, list[int]] = defaultdict(list)
    for j, kj in enumerate(keys):
        if len(kj.split()) > 1:
            full_by_last[_last(kj)].append(j)
            full_first[kj.split()[0]].append(j)
    for k, members in sorted(deferred.items()):
        for i in members[1:]:
            cl.union(members[0], i)
            _spelling(cl, members[0], i, 0)
        sizes = Counter()
        for j in full_by_last.get(k, ()):
            if _person(cl.votes[cl.find(j)]):
                sizes[cl.find(j)] += 1
        rule, position = "surname", -1
        if not sizes and all(mentions[i].label == "PERSON" for i in members):
            rule, position = "given-name", 0
            # a given name alone that no document pairs with its full name ('Katie' in a headline): the
            # story's full name that starts with it, by the same count (tagged a person only: the tagger
            # calls a surname-less given name a place too often for those to be trusted)
            for j in full_first.get(k, ()):
                if _person(cl.votes[cl.find(j)]):
                    sizes[cl.find(j)] += 1
        # count the bare surnames already attached too: they show who the story is about
        for i in groups.get(k, ()):
            if cl.find(i) in sizes:
                sizes[cl.find(i)] += 1
        ranked = sorted(sizes.items(), key=lambda x: (-x[1], x[0]))
        own = cl.votes[cl.find(members[0])]
        if own["ORG"] + own["NORP"] > own["PERSON"]:
            continue  # named as an organisation more than as a person: 'Colts' is no one's surname
        if ranked and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
            if cl.union(ranked[0][0], members[0], rule):
                _spelling(cl, ranked[0][0], members[0], position)


MISTYPED_LABELS = {"GPE", "LOC", "FAC", "ORG", "NORP", "PRODUCT"}


def _mistyped_given_names(cl: Clusters, mentions, keys, single_person: set[str]) -> set[str]:
    """Given names alone that the tagger types as something else ('Kathina' as a place, 'Jermayne' as a
    product) and that may still take the full name they start: every document where the word stands alone
    (with such a type) names, in full, a person who surely is one (two person tags or more) with that given
    name. A real place that shares a given name ('Paris', 'Tyler') is named alone in other documents too."""
    alone: dict[str, set[str]] = defaultdict(set)
    full: dict[str, set[str]] = defaultdict(set)
    for i, m in enumerate(mentions):
        k = keys[i]
        if k in single_person and m.label in MISTYPED_LABELS:
            alone[k].add(m.span.doc)
        elif len(k.split()) > 1 and cl.votes[cl.find(i)]["PERSON"] >= 2:
            full[k.split()[0]].add(m.span.doc)
    return {k for k, docs in alone.items() if docs <= full.get(k, set())}


def _spelling(cl: Clusters, full: int, bare: int, position: int) -> None:
    """Record a transliteration when a bare name met its full name in another spelling."""
    a, b = tokens(cl.mentions[full].span.text), tokens(cl.mentions[bare].span.text)
    if a and b and a[position] != b[0]:
        names = tuple(sorted((cl.mentions[full].span.text, cl.mentions[bare].span.text)))
        cl.merges.append((cl.find(full), Merge("transliteration", names)))


AGENTS = {"ORG", "NORP", "PERSON", "GPE", "LOC", "FAC"}


def _short_forms(cl: Clusters, mentions, keys, groups, place_keys: set[str], lower: Counter) -> None:
    """'Colts' → 'Indianapolis Colts' (the name without its leading place); 'Asaib' → 'Asaib Ahl al-Haq';
    'Sox' → 'Red Sox' (the last word of one group's name, a word the story never writes in lower case:
    teams and papers go by the last word of their names, 'the Heels', 'the Herald')."""
    multi = [k for k in sorted(groups) if len(k.split()) > 1 and not _person(cl.votes[cl.find(groups[k][0])])]
    after_place: dict[str, set[str]] = defaultdict(set)  # 'colts' → {'indianapolis colts'}
    by_first: dict[str, set[str]] = defaultdict(set)  # 'asaib' → {'asaib ahl haq'}
    by_last: dict[str, set[str]] = defaultdict(set)  # 'sox' → {'red sox'}
    for o in multi:
        ts = o.split()
        if not any(mentions[j].label in AGENTS for j in groups[o]):
            continue  # a title, a law or an event ('the "Jail Blazers"' nickname) is no group's name
        by_first[ts[0]].add(o)
        if not any(mentions[j].label in ("GPE", "LOC", "FAC") for j in groups[o]):
            by_last[ts[-1]].add(o)
        for cut in range(1, len(ts)):
            if " ".join(ts[:cut]) in place_keys:
                after_place[" ".join(ts[cut:])].add(o)
    for k in sorted(groups):
        i = groups[k][0]
        if is_acronym(mentions[i].span.text) or k in place_keys:
            continue
        targets = {cl.find(groups[o][0]) for o in after_place.get(k, ())}
        plural = re.fullmatch(r"[A-Z][a-z]+[^s]s", mentions[i].span.text) is not None
        if _person(cl.votes[cl.find(i)]) and not (targets and plural):
            # the small model calls a team's plural name a person ('Jaguars'); a plural after the place
            # of a group's name ('Jacksonville Jaguars') is the team, whatever the tag says
            continue
        if not targets and len(k.split()) == 1 and \
                2 * sum(mentions[j].label == "ORG" for j in groups[k]) > len(groups[k]):
            targets = {cl.find(groups[o][0]) for o in by_first.get(k, ())}
            if len(targets) > 1:
                # 'the Academy' → 'Academy of Motion Picture Arts and Sciences', not 'Academy Awards': a body
                # named 'X of …' goes by its first word
                named = {cl.find(groups[o][0]) for o in by_first.get(k, ()) if o.split()[1:2] == ["of"]}
                # 'Kraft' → 'Kraft Foods', not 'the Kraft Plant': a name followed by words the story writes in
                # lower case more often than it writes that name is the group's plant, office or team, not
                # another name it goes by
                named = named or {cl.find(groups[o][0]) for o in by_first.get(k, ()) if not all(
                    lower[w.lower()] > len(groups[o]) for w in mentions[groups[o][0]].span.text.split()[1:])}
                targets = named
        # tagged a group mostly (the small model tags a team's nickname a person now and then)
        if not targets and len(k.split()) == 1 and \
                2 * sum(mentions[j].label in ("GPE", "LOC", "FAC", "PERSON") for j in groups[k]) < len(groups[k]) and \
                not any(fold(mentions[j].span.text) in lower for j in groups[k]):
            targets = {cl.find(groups[o][0]) for o in by_last.get(k, ())}
        if len(targets) == 1:
            cl.union(next(iter(targets)), i, "short-form")


# the last words of the names of public bodies that drop 'Department' ('Kelton Police', 'Kelton Fire')
DEPARTMENTS = {"police", "fire", "sheriff", "sheriff's", "health", "corrections", "transportation", "justice",
               "education", "parks", "water", "state", "defense", "defence", "treasury", "energy", "labor", "interior"}


ACRONYM_LABELS = {"ORG", "GPE", "LOC", "FAC", "NORP"}


def _acronyms(cl: Clusters, mentions, groups, stated: Sequence[Stated], index) -> None:
    defined: dict[str, tuple[int, Span]] = {}
    for s in stated:
        if s.rule == "acronym-defined":
            j = index(s.left)
            if j is not None:
                defined.setdefault(s.right.text.replace(".", "").upper(), (j, s.evidence))
    by_initials: dict[str, set[str]] = defaultdict(set)  # initials of a multi-word name → its keys
    for k, members in groups.items():
        # a person's initials are an acronym of the person only where a text defines them: 'AP' in a story
        # that names an 'Andrew Pusar' is still the news agency
        v = cl.votes[cl.find(members[0])]
        if len(k.split()) > 1 and not _person(v) and (not v or max(v, key=lambda lab: (v[lab], lab)) in ACRONYM_LABELS):
            # nor a title's: 'AP' is not 'American Pie'
            for surface in {mentions[i].span.text for i in members}:
                by_initials[initials(surface).upper()].add(k)
                if surface.split()[-1].lower() in DEPARTMENTS:
                    # a public body named without 'Department' (a designator, names.name_form): 'Kelton
                    # Police' is 'Kelton Police Department', 'KPD'
                    by_initials[initials(surface).upper() + "D"].add(k)
    for k in sorted(groups):
        i = groups[k][0]
        if not is_acronym(mentions[i].span.text):
            continue
        acronym = mentions[i].span.text.replace(".", "")
        if acronym.upper() in defined:
            j, evidence = defined[acronym.upper()]
            cl.union(j, i, "acronym-defined", evidence)
            continue
        candidates = {cl.find(groups[o][0]) for o in by_initials.get(acronym.upper(), ()) if o != k}
        if len(candidates) == 1:
            cl.union(next(iter(candidates)), i, "acronym")


def cluster_mentions(mentions: list[Mention], documents: Sequence[Document],
                     annotations: Sequence[Annotation]) -> tuple[Clusters, list[Stated]]:
    docs = {d.id: d for d in documents}
    anns = {d.id: a for d, a in zip(documents, annotations)}
    stated = [s for d in documents for s in stated_aliases(d)]
    mentions.extend(_stated_mentions(mentions, stated))
    votes = [mention_votes(m, docs, anns) for m in mentions]
    person_shaped_votes(mentions, votes)
    teams = team_uses(mentions, documents, annotations)  # a place standing for its team: kept off the place
    for i in teams:
        votes[i] = Counter({"ORG": 1})
    cl = Clusters(mentions, votes, [_title_sex(m, docs[m.span.doc].text) for m in mentions])
    keys = [key(m.span.text, person=_person(votes[i]) or m.label == "PERSON") if i not in teams else ""
            for i, m in enumerate(mentions)]
    groups = _by_key(keys)
    multi_person = [k for k in groups if len(k.split()) > 1 and any(_person(votes[i]) for i in groups[k])]
    lasts = {_last(k) for k in multi_person}
    firsts = {k.split()[0] for k in multi_person}
    single_person = {k for k in groups if len(k.split()) == 1 and (k in lasts or k in firsts) and
                     not is_acronym(mentions[groups[k][0]].span.text)}
    _same_names(cl, mentions, groups, single_person)
    _name_forms(cl, mentions, groups)
    _full_names(cl, mentions, groups)
    for a, b in same_age_pairs(mentions, documents, [_person(cl.votes[cl.find(i)]) for i in range(len(mentions))]):
        cl.union(a, b, "same-age")
    _bare_names(cl, mentions, keys, groups, single_person)
    for a, b in blend_pairs(mentions, [_person(cl.votes[cl.find(i)]) for i in range(len(mentions))]):
        cl.union(a, b, "blend")
    place_keys = {k for k in groups if not _person(cl.votes[cl.find(groups[k][0])]) and _place_name(mentions, groups[k])}
    lower = Counter(w for d in documents for w in re.findall(r"\b[a-z][a-z'-]*\b", d.text))
    _short_forms(cl, mentions, keys, groups, place_keys, lower)
    for i, team in sorted(teams.items()):
        cl.union(team, i, "team-name", guard=False)
    at = {(m.span.doc, m.span.start, m.span.end): i for i, m in enumerate(mentions)}
    ends: dict[tuple[str, int], int] = {}
    starts: dict[tuple[str, int], int] = {}
    for i, m in enumerate(mentions):
        ends.setdefault((m.span.doc, m.span.end), i)
        starts.setdefault((m.span.doc, m.span.start), i)

    def index(span: Span | None) -> int | None:
        if span is None:
            return None
        return at.get((span.doc, span.start, span.end), ends.get((span.doc, span.end),
                                                                starts.get((span.doc, span.start))))

    _acronyms(cl, mentions, groups, stated, index)
    for s in stated:
        if s.rule != "stated-alias":
            continue
        right = index(s.right)
        left = index(s.left) if s.left is not None else _described(mentions, cl, s)
        if left is not None and right is not None and not _two_people(mentions[left], mentions[right]):
            cl.union(left, right, "stated-alias", s.evidence)
    return cl, stated


def _place_name(mentions, members: list[int]) -> bool:
    """A name the tagger calls a place, in its most common spelling: a place tag on another spelling that meets
    it only by its consonants ('Angeles' among the team's 'Angels') says nothing of it."""
    common = Counter(fold(mentions[i].span.text) for i in members).most_common(1)[0][0]
    return any(mentions[i].label in {"GPE", "LOC"} and fold(mentions[i].span.text) == common for i in members)


def _two_people(a: Mention, b: Mention) -> bool:
    """'Deep Throat (Hal Holbrook)': two full names the tagger calls people, in a parenthesis, are a role and
    its actor, or two people, more often than one person's alias."""
    return a.label == b.label == "PERSON" and a.sentence >= 0 and b.sentence >= 0 and \
        len(tokens(a.span.text)) > 1 and len(tokens(b.span.text)) > 1


def _described(mentions: Sequence[Mention], cl: Clusters, s: Stated) -> int | None:
    """'the group, known as Y': the latest organisation named before it in the same document."""
    best = None
    for i, m in enumerate(mentions):
        if m.span.doc == s.evidence.doc and m.span.end <= s.evidence.start and s.evidence.start - m.span.end < 400:
            v = cl.votes[cl.find(i)]
            if v and max(v, key=lambda lab: (v[lab], lab)) in {"ORG", "NORP"}:
                if best is None or m.span.start > mentions[best].span.start:
                    best = i
    return best


def _stated_mentions(mentions: Sequence[Mention], stated: Sequence[Stated]) -> list[Mention]:
    """A name a text defines that the tagger missed becomes a mention, typed like the name it defines."""
    taken = defaultdict(list)
    for m in mentions:
        taken[m.span.doc].append((m.span.start, m.span.end, m.label))
    out = []
    for s in stated:
        for span, other in ((s.right, s.left), (s.left, s.right)):
            if span is None:
                continue
            spans = taken[span.doc]
            if any(a < span.end and span.start < b for a, b, _l in spans):
                continue
            label = next((lab for a, b, lab in spans if other is not None and a < other.end and other.start < b),
                         "ORG" if s.noun else None)
            if label is None:
                continue
            spans.append((span.start, span.end, label))
            out.append(Mention(span, label, -1))
    return out
