"""Entities from clusters: missed occurrences added, type by context-weighted vote, name, descriptions and
pronouns attached, and the record of why each merge was made."""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from crosswire.models import Annotation, Document, Entity, EntityMention, Span, stable_id

from crosswire.resolve.cluster import cluster_mentions
from crosswire.resolve.cues import cue_votes
from crosswire.resolve.firstwords import first_word_groups
from crosswire.resolve.mentions import SENTENCE_START, Mention, common_words, extract_mentions, is_headline
from crosswire.resolve.names import TITLES, fold, is_acronym, key, tokens
from crosswire.resolve.nicknames import team_nicknames
from crosswire.resolve.references import Named, resolve_references, story_sexes
from crosswire.resolve.roles import PERSON_NOUNS, role_of
from crosswire.resolve.spans import extend_to_known, qualified_places, retarget, split_coordinated
from crosswire.resolve.teams import team_names

CAPITALISED = re.compile(r"(?<![\w-])[A-Z]\w*")
LABEL_PRIORITY = ["PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART"]


def _majority(labels: Counter) -> str:
    return max(labels, key=lambda lab: (labels[lab], -LABEL_PRIORITY.index(lab) if lab in LABEL_PRIORITY else -99,
                                        lab))


def _name(mentions: list[Mention]) -> str:
    """The fullest common form: most tokens, then most frequent, then alphabetical."""
    counts = Counter(m.span.text for m in mentions)
    return min(counts, key=lambda s: (is_acronym(s), -len(tokens(s)), -counts[s], s))


def _untagged(documents: Sequence[Document], clusters: list[list[Mention]], labels: list[str],
              annotations: dict[str, Annotation] | None = None) -> list[list[Mention]]:
    """Occurrences of a cluster's names that the tagger missed (whole words, not inside other mentions),
    also written in capitals ('COLTS' in a headline)."""
    taken: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for cluster in clusters:
        for m in cluster:
            taken[m.span.doc].append((m.span.start, max(m.span.end, m.extent)))
    owner: dict[str, int] = {}
    ambiguous: set[str] = set()
    for n, cluster in enumerate(clusters):
        for surface in {m.span.text for m in cluster}:
            # three-letter names only when they are acronyms ('TMZ', 'AMA'): short words collide too often
            if len(surface) < 3 or (len(surface) == 3 and not is_acronym(surface)) or not surface[0].isupper():
                continue
            for form in {surface, surface.upper()}:
                if form in owner and owner[form] != n:
                    ambiguous.add(form)
                owner[form] = n
    by_first: dict[str, list[str]] = defaultdict(list)
    for surface in sorted(owner, key=lambda x: (-len(x), x)):
        if surface not in ambiguous:
            by_first[re.match(r"\w*", surface).group(0)].append(surface)
    out = [list(c) for c in clusters]
    memo: dict[tuple[str, bool], str] = {}

    def key_of(text: str, person: bool) -> str:
        if (text, person) not in memo:
            memo[(text, person)] = key(text, person=person)
        return memo[(text, person)]

    shorts = _short_words(documents, clusters, labels)
    variants: dict[str, set[int]] = defaultdict(set)  # full-name key → clusters
    surnames: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))  # doc → surname → clusters
    for n, cluster in enumerate(clusters):
        for m in cluster:
            k = key_of(m.span.text, labels[n] == "PERSON")
            if len(k.split()) > 1:
                variants[k].add(n)
            words = m.span.text.split()
            if labels[n] == "PERSON" and len(words) > 1 and len(words[-1]) >= 3 and words[-1][:1].isupper() and \
                    words[-1].isalpha():
                surnames[m.span.doc][words[-1]].add(n)
    for doc in documents:
        text = doc.text
        spans = sorted(taken[doc.id])
        starts = [s for s, _e in spans]
        for word in CAPITALISED.finditer(text):
            for surface in by_first.get(word.group(0), ()):
                start, end = word.start(), word.start() + len(surface)
                if text.startswith(surface, start) and not (end < len(text) and (text[end].isalnum() or text[end] == "-")) \
                        and not _title_before_name(text, surface, end):
                    k = bisect.bisect_left(starts, end)
                    if not any(s < end and start < e for s, e in spans[max(0, k - 6):k]):
                        spans.insert(k, (start, end))
                        starts.insert(k, start)
                        n = owner[surface]
                        out[n].append(Mention(Span(doc.id, start, end, surface), labels[n], -1))
                    break
        _surnames(doc, out, surnames.get(doc.id, {}), spans)
        _variants(doc, out, labels, spans, variants, key_of)
        _short_occurrences(doc, out, labels, spans, shorts, (annotations or {}).get(doc.id))
    return out


def _title_before_name(text: str, surface: str, end: int) -> bool:
    """A one-word name that is also a role or a title, here written before a name ('fired Coach Jim
    O'Brien', 'Coach of the Year') or capitalised by a headline ('… as Head Coach'): a title or a role
    noun (the reference stage reads headline role nouns), not another occurrence of the name."""
    if " " in surface or (role_of(surface) not in PERSON_NOUNS and fold(surface) not in TITLES):
        return False
    after = re.match(r"[ \t]+(\S+)", text[end:end + 40])
    return (bool(after) and (after.group(1)[:1].isupper() or after.group(1) == "of")) or \
        is_headline(text, end - len(surface), end)


def _short_words(documents: Sequence[Document], clusters: list[list[Mention]], labels: list[str]) -> dict[str, int]:
    """The first or last word of one organisation's or facility's name of several words, by which news copy
    names it again ('Promises' for 'Promises Treatment Center', 'Herald' for 'Boston Herald'): a word of five
    letters or more that no other cluster uses, that is no cluster's whole name, and that the story never
    writes in lower case (so never an ordinary word: 'Center', 'Police', 'New')."""
    lower = {w for d in documents for w in re.findall(r"\b[a-z][a-z'-]*\b", d.text)}
    whole = {m.span.text for c in clusters for m in c}
    owners: dict[str, set[int]] = defaultdict(set)  # any word of a name → the clusters using it
    ends: dict[str, set[int]] = defaultdict(set)
    for n, cluster in enumerate(clusters):
        for m in cluster:
            words = m.span.text.split()
            for w in words:
                owners[w].add(n)
            if len(words) >= 2:
                ends[words[0]].add(n)
                ends[words[-1]].add(n)
    out = {}
    for w, ns in ends.items():
        n = next(iter(ns))
        if len(owners[w]) == 1 and labels[n] in ("ORG", "FAC") and len(w) >= 5 and re.fullmatch(r"[A-Z][a-z]+", w) \
                and w.lower() not in lower and w not in whole:
            out[w] = n
    return out


STANDALONE_WORD = re.compile(r"(?<![\w-])[A-Z][a-z]+(?![\w-])")


def _short_occurrences(doc: Document, clusters: list[list[Mention]], labels: list[str], spans: list[tuple[int, int]],
                       shorts: dict[str, int], ann: Annotation | None) -> None:
    """An untagged occurrence of a short word of ``_short_words`` standing alone in the middle of a sentence
    ('she went to Promises on Tuesday') is a mention of that organisation; not inside a longer capitalised
    phrase ('the Tasman Glacier') nor where the tagger gave the word another type ('a Christmas party')."""
    text = doc.text
    starts = [t.start for t in ann.tokens] if ann is not None else []
    present = set(STANDALONE_WORD.findall(text))  # the short words are single capitalised words: look only for those here
    for word, n in sorted(shorts.items()):
        if word not in present:
            continue
        for found in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text):
            start, end = found.start(), found.end()
            before = text[max(0, start - 40):start]
            prev = re.search(r"(\S+)[ \t]*$", before)
            nxt = re.match(r"[ \t]*(\S+)", text[end:end + 40])
            if SENTENCE_START.search(before) or is_headline(text, start, end) or \
                    (prev and prev.group(1)[:1].isupper()) or (nxt and nxt.group(1)[:1].isupper()):
                continue
            k = bisect.bisect_left(starts, start)
            if k < len(starts) and starts[k] == start and ann.tokens[k].ent_type:
                continue
            k = bisect.bisect_left(spans, (start, end))
            if not any(s < end and start < e for s, e in spans[max(0, k - 6):k + 6]):
                spans.insert(k, (start, end))
                clusters[n].append(Mention(Span(doc.id, start, end, word), labels[n], -1))


RUN = re.compile(r"(?:[A-Z][\w’'-]*|al-[A-Z][\w’'-]*)(?:[ \t]+(?:[A-Z][\w’'-]*|al-[A-Z][\w’'-]*|al|bin|ibn)){1,5}")


def _variants(doc: Document, clusters: list[list[Mention]], labels: list[str], spans: list[tuple[int, int]],
              owners: dict[str, set[int]], key_of) -> None:
    """A full name the tagger missed, written in another romanisation ('Mustafa al-Kadhemi' where the
    story says 'Mustafa al-Kadhimi'): capitalised runs whose matching key is one entity's full name."""
    for run in RUN.finditer(doc.text):
        words = list(re.finditer(r"\S+", run.group(0)))
        found = None
        for i in range(len(words)):
            if fold(words[i].group(0)) in TITLES:
                continue
            for j in range(len(words), i + 1, -1):
                piece = run.group(0)[words[i].start():words[j - 1].end()]
                ns = owners.get(key_of(piece, True)) or owners.get(key_of(piece, False))
                if ns and len(ns) == 1:
                    found = (run.start() + words[i].start(), run.start() + words[j - 1].end(), next(iter(ns)))
                    break
            if found:
                break
        if found is None:
            continue
        start, end, n = found
        k = bisect.bisect_left(spans, (start, end))
        if not any(s < end and start < e for s, e in spans[max(0, k - 6):k + 6]):
            spans.insert(k, (start, end))
            clusters[n].append(Mention(Span(doc.id, start, end, doc.text[start:end]), labels[n], -1))


def _surnames(doc: Document, clusters: list[list[Mention]], owners: dict[str, set[int]],
              spans: list[tuple[int, int]]) -> None:
    """A bare surname the tagger missed, in a document that names exactly one person with that surname."""
    for surname, ns in sorted(owners.items()):
        if len(ns) != 1:
            continue
        n = next(iter(ns))
        for found in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", doc.text):
            start, end = found.start(), found.end()
            k = bisect.bisect_left(spans, (start, end))
            if not any(s < end and start < e for s, e in spans[max(0, k - 6):k + 6]):
                spans.insert(k, (start, end))
                clusters[n].append(Mention(Span(doc.id, start, end, surname), "PERSON", -1))


def _label(votes: Counter, cluster: list[Mention]) -> str:
    label = _majority(votes) if votes else _majority(Counter(m.label for m in cluster))
    if any(is_acronym(m.span.text) for m in cluster) and label in {"PERSON", "GPE", "LOC"} and \
            not any(len(tokens(m.span.text)) > 1 and m.label == label for m in cluster):
        label = "ORG"
    return label


def _references(documents, annotations, clusters: list[list[Mention]], labels: list[str]):
    """Descriptions and pronouns of each document, attached to the cluster they refer to."""
    by_doc: dict[str, list[Named]] = defaultdict(list)
    starts = {doc: [t.start for t in ann.tokens] for doc, ann in annotations.items()}
    texts = "\n".join(d.text for d in documents)
    common = {w.lower() for w in re.findall(r"\b(?:the|a|an|his|her|their|its|in|to|of|for) ([a-z]+)\b", texts)}
    for n, cluster in enumerate(clusters):
        weak = len(cluster) == 1 and " " not in cluster[0].span.text or \
            all(" " not in m.span.text and m.span.text.lower() in common for m in cluster)
        for m in cluster:
            subject, verb = False, -1
            ann = annotations.get(m.span.doc)
            if ann is None or not ann.tokens:
                continue
            k = m.token if m.token >= 0 else max(0, bisect.bisect_right(starts[m.span.doc], m.span.start) - 1)
            sent = ann.tokens[k].sent
            while k < len(ann.tokens) and ann.tokens[k].start < m.span.end:
                if ann.tokens[k].dep in ("nsubj", "nsubjpass"):
                    subject, verb = True, ann.tokens[k].head
                k += 1
            by_doc[m.span.doc].append(Named(m.span.start, m.span.end, n, labels[n], sent, subject, verb,
                                            m.headline, weak))
    out: dict[int, list[EntityMention]] = defaultdict(list)
    known = story_sexes([(d, annotations[d.id], by_doc.get(d.id, [])) for d in documents if d.id in annotations])
    for doc in documents:
        ann = annotations.get(doc.id)
        if ann is None:
            continue
        for r in resolve_references(doc, ann, by_doc.get(doc.id, []), known):
            out[r.entity].append(EntityMention(r.span.doc, r.span.start, r.span.end, r.span.text, r.kind, r.rule))
    return out


def resolve_entities(documents: Sequence[Document], annotations: Sequence[Annotation], *,
                     references: bool = True) -> list[Entity]:
    """One Entity per real-world referent across all documents, with every alias and exact mention; with
    ``references``, also the descriptions and pronouns that refer to it within each document."""
    # one order whatever order the documents came in: the same entities, merges and ids
    pairs = sorted(zip(documents, annotations), key=lambda p: (p[0].id, p[0].sha256))
    documents, annotations = [d for d, _a in pairs], [a for _d, a in pairs]
    mentions = [m for d, a in zip(documents, annotations) for m in extract_mentions(d, a)]
    mentions = qualified_places(common_words(split_coordinated(retarget(mentions, documents)), documents), documents)
    mentions = team_nicknames(extend_to_known(mentions, documents), documents, annotations)
    cl, _stated = cluster_mentions(mentions, documents, annotations)
    first_word_groups(cl)
    team_names(cl, documents)
    groups = sorted(cl.groups(), key=lambda g: min(g))
    clusters = [[cl.mentions[i] for i in g] for g in groups]
    votes = [cl.votes[cl.find(g[0])] for g in groups]
    labels = [_label(v, c) for v, c in zip(votes, clusters)]
    created = {(m.span.doc, m.span.start) for m in cl.mentions if m.sentence < 0}
    sizes = [len(c) for c in clusters]
    anns = {d.id: a for d, a in zip(documents, annotations)}
    clusters = _untagged(documents, clusters, labels, anns)
    docs = {d.id: d for d in documents}
    for n, cluster in enumerate(clusters):
        if len(cluster) > sizes[n]:  # occurrences the tagger missed still show their context
            for m in cluster[sizes[n]:]:
                votes[n] = votes[n] + cue_votes(docs[m.span.doc].text, m.span.start, m.span.end)
            labels[n] = _label(votes[n], cluster)
    refs = _references(documents, anns, clusters, labels) if references else {}
    merges_by_root = cl.merges_by_root()
    entities: list[Entity] = []
    used: Counter = Counter()
    for n, cluster in enumerate(clusters):
        name = _name(cluster)
        label = labels[n]
        spans: dict[tuple[str, int, int], EntityMention] = {}
        for m in cluster:
            rule = "name" if m.sentence >= 0 else \
                "stated-alias" if (m.span.doc, m.span.start) in created else "untagged-occurrence"
            end = max(m.span.end, m.extent)  # a qualified place spans its qualifier: 'Biloxi, Miss.'
            spans.setdefault((m.span.doc, m.span.start, end),
                             EntityMention(m.span.doc, m.span.start, end, docs[m.span.doc].text[m.span.start:end],
                                           "name", rule))
        for r in refs.get(n, []):
            spans.setdefault((r.doc, r.start, r.end), r)
        # names first (reports cite the first few), then descriptions and pronouns; each in text order
        mentions_out = tuple(sorted(spans.values(), key=lambda m: (m.kind != "name", m.doc, m.start, m.end)))
        base = stable_id("ent", label, name)
        used[base] += 1
        eid = base if used[base] == 1 else f"{base}-{used[base]}"
        aliases = tuple(sorted({m.span.text for m in cluster}))
        merges = merges_by_root.get(cl.find(groups[n][0]), ()) if n < len(groups) else ()
        entities.append(Entity(eid, name, label, aliases, mentions_out, merges))
    return sorted(entities, key=lambda e: (-sum(m.kind == "name" for m in e.mentions), e.name, e.id))

