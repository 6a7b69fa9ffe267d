"""Cross-document entity clusters: one entity per referent, by name keys, surnames, acronyms and votes."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from crosswire.models import Annotation, Document, Entity, Span, stable_id

from crosswire.resolve.mentions import Mention, extract_mentions
from crosswire.resolve.names import initials, is_acronym, key, tokens

DEFINITION = re.compile(r"((?:[A-Z][\w’'-]*|of|the|and|for|al-[A-Z][\w-]*)(?:\s+(?:[A-Z][\w’'-]*|of|the|and|for|"
                        r"al-[A-Z][\w-]*)){1,8})\s+\(([A-Z][A-Za-z]{1,9})\)")
CAPITALISED = re.compile(r"(?<![\w-])[A-Z]\w*")
LABEL_PRIORITY = ["PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART"]


class _Union:
    def __init__(self, items):
        self.parent = {i: i for i in items}

    def find(self, i):
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _majority(labels: Counter) -> str:
    return max(labels, key=lambda lab: (labels[lab], -LABEL_PRIORITY.index(lab)))


def _acronym_definitions(documents: Sequence[Document]) -> dict[str, str]:
    """'Popular Mobilization Forces (PMF)' → {'PMF': key of the expansion}, when the letters agree."""
    found: dict[str, str] = {}
    for doc in documents:
        for m in DEFINITION.finditer(doc.text):
            expansion, acronym = m.group(1), m.group(2)
            words = expansion.split()
            # keep the shortest tail of the expansion whose initials give the acronym
            for k in range(len(words)):
                tail = " ".join(words[k:])
                if initials(tail).upper() == acronym.upper().replace(".", ""):
                    found.setdefault(acronym, key(tail, person=False))
                    break
    return found


def _cluster(mentions: list[Mention], documents: Sequence[Document]) -> list[list[Mention]]:
    groups: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        k = key(m.span.text, person=m.label == "PERSON")
        if k:
            groups[k].append(m)
    keys = sorted(groups)
    uf = _Union(keys)
    labels = {k: _majority(Counter(m.label for m in groups[k])) for k in keys}

    # surname or single-name references → the one multi-token name that ends (or starts) with it
    multi = [k for k in keys if len(k.split()) > 1]
    by_last: dict[str, set[str]] = defaultdict(set)
    for k in multi:
        if labels[k] == "PERSON" or any(m.label == "PERSON" for m in groups[k]):
            by_last[k.split()[-1]].add(k)
    for k in keys:
        if len(k.split()) != 1 or is_acronym(groups[k][0].span.text):
            continue
        targets = by_last.get(k) or set()
        if not targets and labels[k] == "ORG":
            # a short form of an organisation's name: its first word ("Asaib" → "Asaib Ahl al-Haq")
            targets = {o for o in multi if o.split()[0] == k and labels[o] in {"ORG", "PERSON"}}
        full = {uf.find(t) for t in targets}
        if len(full) == 1:
            uf.union(k, next(iter(targets)))

    # acronyms: defined in the text, or matching the initials of exactly one name
    definitions = _acronym_definitions(documents)
    surfaces_by_key = {k: {m.span.text for m in groups[k]} for k in keys}
    for k in keys:
        surface = groups[k][0].span.text
        if not is_acronym(surface):
            continue
        acronym = surface.replace(".", "")
        target = definitions.get(acronym)
        if target in groups:
            uf.union(k, target)
            continue
        candidates = {uf.find(o) for o in keys if o != k and len(o.split()) > 1
                      and any(initials(s).upper() == acronym.upper() for s in surfaces_by_key[o])}
        if len(candidates) == 1:
            uf.union(k, next(iter(candidates)))

    clusters: dict[str, list[Mention]] = defaultdict(list)
    for k in keys:
        clusters[uf.find(k)].extend(groups[k])
    return list(clusters.values())


def _name(mentions: list[Mention]) -> str:
    """The fullest common form: most tokens, then most frequent, then alphabetical."""
    counts = Counter(m.span.text for m in mentions)
    return min(counts, key=lambda s: (is_acronym(s), -len(tokens(s)), -counts[s], s))


def _untagged(documents: Sequence[Document], clusters: list[list[Mention]]) -> list[list[Mention]]:
    """Occurrences of a cluster's names that the tagger missed (whole words, not inside other mentions)."""
    taken: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for cluster in clusters:
        for m in cluster:
            taken[m.span.doc].append((m.span.start, m.span.end))
    owner: dict[str, int] = {}
    ambiguous: set[str] = set()
    for n, cluster in enumerate(clusters):
        for surface in {m.span.text for m in cluster}:
            if len(surface) < 4 or not surface[0].isupper():
                continue
            if surface in owner and owner[surface] != n:
                ambiguous.add(surface)
            owner[surface] = n
    # index names by their first word; one pass over each text finds every occurrence (linear time)
    by_first: dict[str, list[str]] = defaultdict(list)
    for surface in sorted(owner, key=lambda x: (-len(x), x)):
        if surface not in ambiguous:
            by_first[re.match(r"\w*", surface).group(0)].append(surface)
    labels = [_majority(Counter(m.label for m in c)) for c in clusters]
    out = [list(c) for c in clusters]
    for doc in documents:
        text = doc.text
        for word in CAPITALISED.finditer(text):
            for surface in by_first.get(word.group(0), ()):
                start, end = word.start(), word.start() + len(surface)
                if text.startswith(surface, start) and not (end < len(text) and (text[end].isalnum() or text[end] == "-")):
                    if not any(s < end and start < e for s, e in taken[doc.id]):
                        taken[doc.id].append((start, end))
                        n = owner[surface]
                        out[n].append(Mention(Span(doc.id, start, end, surface), labels[n], -1))
                    break
    return out


def resolve_entities(documents: Sequence[Document], annotations: Sequence[Annotation]) -> list[Entity]:
    """One Entity per real-world referent across all documents, with every alias and exact mention."""
    mentions = [m for d, a in zip(documents, annotations) for m in extract_mentions(d, a)]
    clusters = _untagged(documents, _cluster(mentions, documents))
    entities: list[Entity] = []
    used: Counter = Counter()
    for cluster in clusters:
        label = _majority(Counter(m.label for m in cluster if m.sentence >= 0) or Counter(m.label for m in cluster))
        if any(is_acronym(m.span.text) for m in cluster) and label in {"PERSON", "GPE", "LOC"} and \
                not any(len(tokens(m.span.text)) > 1 and m.label == label for m in cluster):
            label = "ORG"
        name = _name(cluster)
        spans = sorted({m.span for m in cluster}, key=lambda s: (s.doc, s.start, s.end))
        base = stable_id("ent", label, name)
        used[base] += 1
        eid = base if used[base] == 1 else f"{base}-{used[base]}"
        entities.append(Entity(eid, name, label, tuple(sorted({s.text for s in spans})), tuple(spans)))
    return sorted(entities, key=lambda e: (-len(e.mentions), e.name, e.id))
