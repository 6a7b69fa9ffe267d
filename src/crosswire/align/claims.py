"""Claims: statements from different documents that assert the same fact, and how many independent
origins back each one (copies and reports citing one upstream outlet count once)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from crosswire.align.shares import Links, passages, shared_passages
from crosswire.embed import GUARD, near, near_each, settle_where
from crosswire.models import Claim, Document, Frame, Share, Statement, stable_id

WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+|\d+")
STOP = set("""a an the and or but of in on at to for from by with as is are was were be been being has have had
do does did not no it its this that these those he she they his her their them him we our you your i me my
said says say told also after before while when where which who whom whose what than then there here
would could should may might will can just about into over under up down out more most some any all
one two three very such only other another been being""".split())
LINK = 0.8          # cosine above which two statements say the same thing
LINK_WITH_WORDS = 0.68  # ... or this, when they also share three content words
MAX_DF = 0.05        # words in more than 5% of statements do not block
# A pair is embedded only when its word overlap (shared / union of content words) plus 0.05 per shared
# informative word (up to six) reaches this gate, chosen on dev data: of the pairs the model links, ECB+
# keeps 0.99, AllSides 0.95, 100 PolNeAR articles 0.98, the example corpus all; a third of the PolNeAR
# statements and half of AllSides' are then never embedded (`benchmarks/alignment_gate.py` prints it).
GATE = 0.27
GATE_PER_WORD = 0.05


def content_words(text: str) -> set[str]:
    return {w.lower().rstrip("’'s") for w in WORD.findall(text) if w.lower() not in STOP and len(w) > 2}


def candidate_pairs(statements: Sequence[Statement], words: list[set[str]],
                    gate: float = GATE, block: int = 1024) -> set[tuple[int, int]]:
    """Pairs of statements from different documents worth comparing with the sentence model: they
    share informative words (a sparse statement × word product; words in more than MAX_DF of the
    statements skipped) and pass the overlap gate (0: every blocked pair). Near-linear in the number of
    statements; the pair product is taken ``block`` rows at a time, so its memory stays bounded."""
    vocab: dict[str, int] = {}
    rows, cols = [], []
    for k, ws in enumerate(words):
        for w in sorted(ws):
            rows.append(k)
            cols.append(vocab.setdefault(w, len(vocab)))
    if not rows:
        return set()
    matrix = sparse.csr_matrix((np.ones(len(rows), dtype=np.int32), (rows, cols)),
                               shape=(len(words), len(vocab)))
    df = np.asarray(matrix.sum(axis=0)).ravel()
    limit = max(8, int(MAX_DF * len(statements)))
    informative = matrix[:, np.flatnonzero(df <= limit)].tocsr()
    transposed = informative.T.tocsc()
    doc_index = {d: k for k, d in enumerate(sorted({s.doc for s in statements}))}
    docs = np.array([doc_index[s.doc] for s in statements])
    sizes = np.array([len(ws) for ws in words])
    out: set[tuple[int, int]] = set()
    for low in range(0, len(words), block):
        shared = (informative[low:low + block] @ transposed).tocoo()
        a, b = shared.row + low, shared.col
        keep = (b > a) & (docs[a] != docs[b])
        a, b = a[keep], b[keep]
        # the gate counts every shared content word, frequent ones included
        n = np.asarray(matrix[a].multiply(matrix[b]).sum(axis=1)).ravel()
        union = sizes[a] + sizes[b] - n
        keep = n / np.maximum(union, 1) + GATE_PER_WORD * np.minimum(n, 6) >= gate
        out.update(zip(a[keep].tolist(), b[keep].tolist()))
    return out


LINK_WITH_FRAME = 0.55  # ... or this, when they state one fact frame with the same value


def says_same(cosine: float, shared_words: int, same_fact: bool = False) -> bool:
    """The link rule: two statements of different documents assert the same fact."""
    return cosine >= LINK or (cosine >= LINK_WITH_WORDS and shared_words >= 3) or (same_fact and cosine >= LINK_WITH_FRAME)


def link_threshold(shared_words: int, same_fact: bool = False) -> float:
    """The lowest cosine at which :func:`says_same` links a pair with these words and frames."""
    return LINK_WITH_FRAME if same_fact else LINK_WITH_WORDS if shared_words >= 3 else LINK


def frame_pairs(statements: Sequence[Statement], frames: Sequence[Frame]) -> set[tuple[int, int]]:
    """Statements of different documents that state the same fact: a frame with the same holder, the same
    attribute (both named) and the same value ("three drones attacked" / "carried out by three drones")."""
    index = {s.id: k for k, s in enumerate(statements)}
    by_fact: dict[tuple, list[int]] = defaultdict(list)
    for f in frames:
        if f.statement in index and f.holder is not None and f.attribute is not None and f.kind != "agent":
            by_fact[(f.kind, f.holder.norm, f.attribute.norm, f.value.norm)].append(index[f.statement])
    pairs = set()
    for members in by_fact.values():
        members = sorted(set(members))
        if len(members) > 12:
            # a fact stated everywhere says little about which of its sentences match: only each document's
            # first statement of it (its lead on the fact) is paired
            first: dict[str, int] = {}
            for k in members:
                first.setdefault(statements[k].doc, k)
            members = sorted(first.values())
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                if statements[a].doc != statements[b].doc:
                    pairs.add((a, b))
    return pairs


GENERIC_TAIL = re.compile(r"\s+(?:news agency|news service|news|agency|wire service|wire|newswire)$")


def origin_name(name: str) -> str:
    """An outlet's name as one origin: case, a leading "the", a possessive, punctuation and a generic tail
    ("news agency", "news") do not make another origin ("The Associated Press's" → "associated press")."""
    name = re.sub(r"[’']s$", "", name.strip()).lower()
    name = re.sub(r"^the\s+", "", name)
    name = " ".join(re.sub(r"[^\w\s&-]", " ", name).split())
    return GENERIC_TAIL.sub("", name) or name


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s-]+", name) if w and w not in ("of", "the", "and", "&", "for"))


def _origin_key(statement: Statement, outlet: str | None) -> str:
    if statement.attribution.via:
        return origin_name(statement.attribution.via[-1])
    return origin_name(outlet) if outlet else "doc:" + statement.doc


def _passage_of(spans: Mapping[str, list[tuple[int, int]]], statement: Statement) -> tuple[str, int] | None:
    """The passage (paragraph) that holds the statement, as a key of the shared-passage links."""
    for start, end in spans.get(statement.doc, ()):
        if start <= statement.start < end:
            return statement.doc, start
    return None


def independent_origins(members: Sequence[Statement], documents: Sequence[Document], links: Links,
                        spans: Mapping[str, list[tuple[int, int]]] | None = None,
                        outlets: Mapping[str, str | None] | None = None) -> list[str]:
    """Distinct origins of a claim's statements: a copied passage or a cited upstream outlet counts once.
    ``spans`` (passages per document) and ``outlets`` (outlet per document) are derived from
    ``documents`` when not given."""
    if outlets is None:
        outlets = {d.id: d.outlet for d in documents}
    if spans is None:
        spans = {d.id: passages(d) for d in documents}
    keys = [_origin_key(s, outlets.get(s.doc)) for s in members]
    parent = {k: k for k in keys}

    def find(k):
        while parent[k] != k:
            k = parent[k]
        return k

    # an agency's abbreviation and its full name are one origin ("AP" / "Associated Press")
    names = sorted(set(keys))
    for short in names:
        if " " not in short and len(short) >= 2 and not short.startswith("doc:"):
            for full in names:
                if full != short and " " in full and _initials(full) == short.replace(".", ""):
                    parent[find(short)] = find(full)
    where = [_passage_of(spans, s) for s in members]
    for i in range(len(members)):
        for j in range(i + 1, len(members)):
            if where[i] and where[j] and where[j] in links.get(where[i], ()):
                parent[find(keys[i])] = find(keys[j])
    return sorted({find(k) for k in keys})


@dataclass(frozen=True)
class AlignmentPlan:
    """What alignment compares: each statement's content words, the pairs stating one fact frame, every
    candidate pair (sorted) and the statements that take part in one (the only ones embedded)."""

    words: list[set[str]]
    facts: set[tuple[int, int]]
    pairs: list[tuple[int, int]]
    needed: list[int]

    def texts(self, statements: Sequence[Statement]) -> list[str]:
        """The texts to embed, one per needed statement, in the order ``align_claims`` reads the vectors."""
        return [statements[k].text for k in self.needed]


@dataclass
class WordPlan:
    """The part of the alignment plan that needs no frames: each statement's content words and the pairs
    that share informative ones. Its statements can be embedded while frames are read."""

    words: list[set[str]]
    pairs: set[tuple[int, int]]

    @property
    def needed(self) -> list[int]:
        return sorted({k for pair in self.pairs for k in pair})


def plan_words(statements: Sequence[Statement]) -> WordPlan:
    words = [content_words(s.text) for s in statements]
    return WordPlan(words, candidate_pairs(statements, words))


def plan_alignment(statements: Sequence[Statement], frames: Sequence[Frame] = (),
                   by_words: WordPlan | None = None) -> AlignmentPlan:
    by_words = by_words or plan_words(statements)
    facts = frame_pairs(statements, frames)
    candidates = by_words.pairs | facts
    # only statements that have a candidate partner are embedded: the model is the costly part
    return AlignmentPlan(by_words.words, facts, sorted(candidates), sorted({k for pair in candidates for k in pair}))


def align_claims(statements: Sequence[Statement], documents: Sequence[Document],
                 shares: Mapping[str, tuple[Share, ...]], embedder, links: Links | None = None,
                 frames: Sequence[Frame] = (), plan: AlignmentPlan | None = None,
                 vectors: np.ndarray | None = None) -> list[Claim]:
    """Every statement in exactly one claim; claims across documents where statements say the same thing.
    ``links`` are the shared passages (:func:`shared_passages`), computed here when not given; statements
    that state the same fact frame link at a lower cosine. ``plan`` (:func:`plan_alignment`) and
    ``vectors`` (the embedder's vectors of ``plan.texts``) are computed here when not given, so a caller
    can run the sentence model while it does other work."""
    del shares  # document-level fractions are for the report; origins need the passage-level links
    if not statements:
        return []
    plan = plan or plan_alignment(statements, frames)
    words, facts, pairs, needed = plan.words, plan.facts, plan.pairs, plan.needed
    row = {k: n for n, k in enumerate(needed)}
    if vectors is None and needed:
        vectors = embedder.encode(plan.texts(statements))
    sims = np.array([float(vectors[row[a]] @ vectors[row[b]]) for a, b in pairs])
    shared = [len(words[a] & words[b]) for a, b in pairs]
    same_fact = [pair in facts for pair in pairs]
    # cosines near a threshold are settled exactly, so the links are the same on every CPU: near the pair's
    # own threshold (that decides the link), or near another one while over its own (that cosine orders links)
    bar = np.array([link_threshold(n, f) for n, f in zip(shared, same_fact)], dtype=np.float64)
    close = near_each(sims, bar) | (near(sims, (LINK, LINK_WITH_WORDS, LINK_WITH_FRAME)) & (sims >= bar - GUARD))
    sims = settle_where(embedder, [(statements[a].text, statements[b].text) for a, b in pairs], sims, close)
    edges = [(float(sim), a, b) for sim, (a, b), n, f in zip(sims, pairs, shared, same_fact)
             if says_same(sim, n, f)]
    parent = list(range(len(statements)))
    docs_of = {k: {statements[k].doc} for k in range(len(statements))}

    def find(k):
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for _sim, a, b in sorted(edges, key=lambda e: (-e[0], e[1], e[2])):
        ra, rb = find(a), find(b)
        if ra == rb or docs_of[ra] & docs_of[rb]:
            continue  # one statement per document in a claim: no chaining through restatements
        parent[rb] = ra
        docs_of[ra] |= docs_of.pop(rb)
    clusters: dict[int, list[Statement]] = defaultdict(list)
    for k, s in enumerate(statements):
        clusters[find(k)].append(s)
    links = shared_passages(documents) if links is None else links
    spans = {d.id: passages(d) for d in documents}
    outlets = {d.id: d.outlet for d in documents}
    claims = []
    for members in clusters.values():
        members = sorted(members, key=lambda s: (s.doc, s.start))
        origins = independent_origins(members, documents, links, spans, outlets)
        # the wording shown: a plain assertion of reasonable length, first in story order
        representative = min(members, key=lambda s: (len(s.text) > 300, s.certainty != "asserted", s.doc, s.start))
        claims.append(Claim(
            id=stable_id("c", *sorted(s.id for s in members)), text=representative.text, statements=tuple(members),
            docs=tuple(sorted({s.doc for s in members})), independent_sources=len(origins),
            status="corroborated" if len(origins) >= 2 else "single-source", origins=tuple(origins)))
    return sorted(claims, key=lambda c: (-c.independent_sources, -len(c.docs), c.statements[0].doc,
                                         c.statements[0].start))
