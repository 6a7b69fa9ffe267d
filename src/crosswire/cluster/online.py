"""Story clustering: average-linkage agglomeration of documents, then each new group joins the most
similar existing story or starts one.

Similarity of two documents is the cosine of their TF-IDF vectors over kind-prefixed terms (content words,
word pairs, names, numbers, years, headline words; see :mod:`crosswire.cluster.features`); pairs below
``min_edge`` count as 0. Time decides between the same event and a similar one: two groups whose dated
documents lie more than ``window_days`` apart join only at the higher ``far_threshold`` (a trial follows
its crime under the same names; a similar event in the same place shares fewer), and never when they lie
more than ``horizon_days`` apart; each pair of documents dated more than ``window_days`` apart also counts
``far_pair_penalty`` less, so a story spanning weeks does not absorb every report in between. When one of two
documents is undated, the weekday their leads name stands in for the date: leads naming weekdays two or more
days apart scale their similarity by ``weekday_factor``, and a lead naming a weekday more than
``report_lag_days`` before the other document's publication by ``published_weekday_factor``. Two leads that
each state ``numbers_needed`` precise figures and share none (this week's jobless claims, last week's) scale
it by ``number_factor``. A story is represented by its documents: its similarity to a document or group is the
average over all pairs, so it updates as the story grows and a large story does not swallow its
neighbours.

Determinism: a set of documents gives the same stories in any arrival order. Within a batch, pair
similarities come from one sparse matrix product whose rows follow the canonical order (publication
date, then id) and whose columns are the sorted terms, rounded to 9 places; merges go in order of
similarity, ties by document id. A new group is compared with the stored stories that hold one of its
documents' ``keys_per_document`` most informative terms (a term in more than ``block_fraction`` of
documents is never a key), pair by pair in sorted-term order (``math.fsum``). Across ingests (the store),
stories never split or merge: a later batch's groups join existing stories or start new ones, so the
stories equal those of one batch whenever the articles of each story arrive in one batch or in batches
after it started.
"""

from __future__ import annotations

import datetime as dt
import heapq
import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from crosswire.models import stable_id

from crosswire.cluster.features import Features


@dataclass(frozen=True, slots=True)
class ClusterSettings:
    threshold: float = 0.18
    # weight of each kind of term relative to content words (1.0 when not listed); tuned on the dev splits
    multipliers: tuple[tuple[str, float], ...] = (("b", 0.2), ("e", 0.5), ("n", 2.0), ("t", 1.2), ("y", 0.5))
    window_days: int = 1            # published the same day or the next
    far_threshold: float = 0.23     # groups dated more than window_days apart join only at this similarity
    horizon_days: int = 365         # ... and never when more than this apart
    weekday_factor: float = 0.3     # undated pair whose leads name weekdays two or more days apart
    # one dated, one undated whose lead names a weekday more than report_lag_days before the other's publication
    published_weekday_factor: float = 0.5
    report_lag_days: int = 2
    far_pair_penalty: float = 0.05  # subtracted from each pair of documents dated more than window_days apart
    number_factor: float = 0.3      # pair whose leads both state numbers_needed precise figures and share none
    numbers_needed: int = 2
    min_edge: float = 0.05
    block_fraction: float = 0.1
    keys_per_document: int = 20


@dataclass
class StoryProfile:
    """What the store keeps of a story for clustering: summed term counts and its date span."""

    id: str
    terms: dict[str, float] = field(default_factory=dict)
    documents: int = 0
    first: str | None = None
    last: str | None = None

    def to_json(self) -> dict:
        return {"id": self.id, "terms": dict(sorted(self.terms.items())), "documents": self.documents,
                "first": self.first, "last": self.last}

    @classmethod
    def from_json(cls, data: Mapping) -> StoryProfile:
        return cls(data["id"], dict(data["terms"]), int(data["documents"]), data.get("first"), data.get("last"))

    def add(self, features: Features) -> None:
        for term in sorted(features.terms):
            self.terms[term] = round(self.terms.get(term, 0.0) + features.terms[term], 6)
        self.documents += 1
        if features.published:
            day = features.published[:10]
            self.first = min(self.first or day, day)
            self.last = max(self.last or day, day)


def canonical_order(features: Iterable[Features]) -> list[Features]:
    """Publication date first (undated last), then document id."""
    return sorted(features, key=lambda f: (f.published is None, (f.published or "")[:10], f.doc))


def story_id_for(doc_id: str) -> str:
    """A story is named after its first document in canonical order; the id never changes as it grows."""
    return stable_id("story", doc_id)


def _day(value: str | None) -> dt.date | None:
    if not value or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def document_frequencies(features: Iterable[Features]) -> dict[str, int]:
    df: dict[str, int] = defaultdict(int)
    for f in features:
        for term in f.terms:
            df[term] += 1
    return dict(df)


class Clusterer:
    """Stories built so far and the document frequencies their similarities are weighted with."""

    def __init__(self, doc_freq: Mapping[str, int], n_docs: int, settings: ClusterSettings | None = None,
                 stories: Iterable[StoryProfile] = (), members: Mapping[str, Iterable[Features]] | None = None):
        self.settings = settings or ClusterSettings()
        self.doc_freq = doc_freq
        self.n_docs = max(1, n_docs)
        self._mult = dict(self.settings.multipliers)
        self.stories: dict[str, StoryProfile] = {s.id: s for s in stories}
        self.members: dict[str, list[Features]] = {s: [] for s in self.stories}
        for story_id, docs in (members or {}).items():
            self.members.setdefault(story_id, []).extend(sorted(docs, key=lambda f: f.doc))
        self.story_of = {f.doc: s for s, fs in self.members.items() for f in fs}
        self._units: dict[str, dict[str, float]] = {}
        self._numbers: dict[str, frozenset[str]] = {}
        self._index: dict[str, set[str]] = defaultdict(set)   # term → documents already placed
        for fs in self.members.values():
            for f in fs:
                self._index_doc(f)

    def idf(self, term: str) -> float:
        return math.log((1 + self.n_docs) / (1 + self.doc_freq.get(term, 0))) + 1.0

    def _blocking(self, term: str) -> bool:
        return self.doc_freq.get(term, 0) <= max(2, self.settings.block_fraction * self.n_docs)

    def keys(self, f: Features) -> list[str]:
        """The document's most informative terms (highest TF-IDF weight, ties by term): the blocking keys.
        Two documents are compared only when one holds a key of the other."""
        unit = self.unit(f)
        ranked = sorted((t for t in unit if self._blocking(t)), key=lambda t: (-unit[t], t))
        return ranked[: self.settings.keys_per_document]

    def _index_doc(self, f: Features) -> None:
        for term in self.keys(f):
            self._index[term].add(f.doc)

    def unit(self, f: Features) -> dict[str, float]:
        cached = self._units.get(f.doc)
        if cached is None:
            vec = {t: w * self.idf(t) * self._mult.get(t[0], 1.0) for t, w in sorted(f.terms.items())}
            norm = math.sqrt(math.fsum(x * x for x in vec.values()))
            cached = self._units[f.doc] = {t: x / norm for t, x in vec.items()} if norm > 0 else {}
        return cached

    def similarity(self, a: Features, b: Features) -> float:
        """The pair value: the cosine (0 below ``min_edge``), scaled for weekdays that disagree (see
        :meth:`pair_value`)."""
        if b.doc < a.doc:
            a, b = b, a
        ua, ub = self.unit(a), self.unit(b)
        if len(ub) < len(ua):
            ua, ub = ub, ua
        shared = ua.keys() & ub.keys()
        cosine = round(math.fsum(ua[t] * ub[t] for t in sorted(shared)), 9) if shared else 0.0
        return self.pair_value(cosine, _day(a.published), _day(b.published), a.weekday, b.weekday,
                               self.numbers_disagree(a, b))

    def numbers(self, f: Features) -> frozenset[str]:
        cached = self._numbers.get(f.doc)
        if cached is None:
            cached = self._numbers[f.doc] = frozenset(f.figures)
        return cached

    def numbers_disagree(self, a: Features, b: Features) -> bool:
        """Both leads state at least ``numbers_needed`` precise figures and share none of them: two reports
        of a recurring release (this week's claims, last week's), not one event."""
        na, nb = self.numbers(a), self.numbers(b)
        needed = self.settings.numbers_needed
        return len(na) >= needed and len(nb) >= needed and not (na & nb)

    def pair_value(self, cosine: float, day_a: dt.date | None, day_b: dt.date | None,
                   weekday_a: int | None, weekday_b: int | None, numbers_disagree: bool = False) -> float:
        """0 below ``min_edge`` or beyond the horizon. Otherwise the cosine, times ``number_factor`` when the
        leads' precise figures disagree, then: for two documents dated more than ``window_days`` apart,
        less ``far_pair_penalty`` (0 at most); when a date is missing and both leads name weekdays two or
        more days apart, times ``weekday_factor``; when only one is dated and the other's lead (naming no
        weekday of its own in the dated one) names a weekday more than ``report_lag_days`` before the dated
        one's publication, times ``published_weekday_factor``."""
        settings = self.settings
        if cosine < settings.min_edge:
            return 0.0
        value = round(cosine * settings.number_factor, 9) if numbers_disagree else cosine
        if day_a and day_b:
            gap = abs((day_a - day_b).days)
            if gap > settings.horizon_days:
                return 0.0
            return max(0.0, round(value - settings.far_pair_penalty, 9)) if gap > settings.window_days else value
        if weekday_a is not None and weekday_b is not None:
            if min((weekday_a - weekday_b) % 7, (weekday_b - weekday_a) % 7) > 1:
                return round(value * settings.weekday_factor, 9)
            return value
        lead, day = (weekday_b, day_a) if day_a else (weekday_a, day_b)
        if day is not None and lead is not None and (day.weekday() - lead) % 7 > settings.report_lag_days:
            return round(value * settings.published_weekday_factor, 9)
        return value

    def _neighbours(self, f: Features, pool: Mapping[str, set[str]]) -> set[str]:
        """Documents in ``pool`` (key → documents) that share a key with ``f``, either way."""
        found: set[str] = set()
        for term in f.terms:
            if term in pool:
                found |= pool[term]
        found.discard(f.doc)
        return found

    def group(self, features: Sequence[Features]) -> list[list[Features]]:
        """Average-linkage agglomeration of new documents; groups in canonical order of their first document."""
        order = canonical_order(features)
        by_id = {f.doc: f for f in order}
        sums = self._pair_similarities(order)
        days = {f.doc: _day(f.published) for f in order}
        groups = _average_linkage(sorted(by_id), sums, [f.doc for f in order], days, self.settings)
        return [[by_id[d] for d in g] for g in groups]

    def _products(self, rows: Sequence[Features], cols: Sequence[Features],
                  upper: bool = False) -> Iterable[tuple[int, int, float]]:
        """(row, column, pair value) for every pair whose value is not 0 (see :meth:`pair_value`; only
        column > row when ``upper``), from a sparse product of TF-IDF matrices, in row blocks so memory stays
        bounded. Columns of the matrices are the sorted terms, so every dot product sums in the same order
        whatever else is in the batch."""
        import numpy as np
        from scipy.sparse import csr_matrix

        terms: set[str] = set()
        for f in (*rows, *cols):
            terms.update(self.unit(f))
        vocab = {t: k for k, t in enumerate(sorted(terms))}

        def matrix(feats: Sequence[Features]):
            indptr, indices, data = [0], [], []
            for f in feats:
                u = self.unit(f)
                for t in sorted(u, key=vocab.__getitem__):
                    indices.append(vocab[t])
                    data.append(u[t])
                indptr.append(len(indices))
            return csr_matrix((np.array(data, dtype=np.float64), np.array(indices, dtype=np.int64),
                               np.array(indptr, dtype=np.int64)), shape=(len(feats), len(vocab)))

        def when(feats: Sequence[Features]):
            days = [_day(f.published) for f in feats]
            return (days, np.array([d is not None for d in days], dtype=bool),
                    np.array([-1 if f.weekday is None else f.weekday for f in feats], dtype=np.int64))

        def figures(feats: Sequence[Features], index: dict[str, int]):
            """Which precise figures each document states (a 0/1 matrix) and how many."""
            indptr, indices = [0], []
            for f in feats:
                indices.extend(sorted(index[t] for t in self.numbers(f)))
                indptr.append(len(indices))
            counts = np.diff(np.array(indptr, dtype=np.int64))
            return csr_matrix((np.ones(len(indices)), np.array(indices, dtype=np.int64),
                               np.array(indptr, dtype=np.int64)), shape=(len(feats), max(1, len(index)))), counts

        left, right = matrix(rows), matrix(cols).T.tocsr()
        (row_days, row_dated, row_wd), (col_days, col_dated, col_wd) = when(rows), when(cols)
        number_index = {t: k for k, t in enumerate(sorted({t for f in (*rows, *cols) for t in self.numbers(f)}))}
        (row_fig, row_n), (col_fig, col_n) = figures(rows, number_index), figures(cols, number_index)
        shared_figures = (row_fig @ col_fig.T).tocsr()
        settings = self.settings
        needed = settings.numbers_needed
        for start in range(0, len(rows), 512):
            block = (left[start:start + 512] @ right).tocoo()
            i, j = block.row.astype(np.int64) + start, block.col.astype(np.int64)
            keep = block.data >= settings.min_edge
            if upper:
                keep &= j > i
            i, j, values = i[keep], j[keep], np.round(block.data[keep], 9)
            # pairs that a rule of pair_value may touch get their value from it; the rest keep the cosine
            disagree = ((row_n[i] >= needed) & (col_n[j] >= needed)
                        & (np.asarray(shared_figures[i, j]).ravel() == 0)) if len(i) else np.zeros(0, dtype=bool)
            touched = disagree | row_dated[i] | col_dated[j] | ((row_wd[i] >= 0) & (col_wd[j] >= 0))
            values = values.tolist()
            for k in np.flatnonzero(touched).tolist():
                a, b = int(i[k]), int(j[k])
                values[k] = self.pair_value(values[k], row_days[a], col_days[b], int(row_wd[a]) if row_wd[a] >= 0
                                            else None, int(col_wd[b]) if col_wd[b] >= 0 else None,
                                            bool(disagree[k]))
            for a, b, value in zip(i.tolist(), j.tolist(), values):
                if value > 0.0:
                    yield a, b, value

    def _pair_similarities(self, order: Sequence[Features]) -> dict[str, dict[str, float]]:
        """Pair value of every pair of documents of a batch (see :meth:`_products`); rows in canonical order."""
        sums: dict[str, dict[str, float]] = defaultdict(dict)
        for i, j, value in self._products(order, order, upper=True):
            a, b = order[i].doc, order[j].doc
            sums[a][b] = sums[b][a] = value
        return sums

    def story_similarity(self, group: Sequence[Features], story_id: str,
                         cross: Mapping[tuple[str, str], float] | None = None) -> float:
        """Average similarity of a group's documents to a story's documents; ``cross`` holds the pair values
        at or above ``min_edge`` (computed here, pair by pair, when not given)."""
        members = self.members.get(story_id, [])
        if not members:
            return 0.0
        if cross is None:
            values = [v for v in (self.similarity(a, b) for a in group for b in members) if v > 0.0]
        else:
            values = [cross.get((a.doc, b.doc), 0.0) for a in group for b in members]
        return round(math.fsum(sorted(values)) / (len(group) * len(members)), 9)

    def candidates(self, group: Sequence[Features], before: Iterable[str] | None = None) -> list[str]:
        """Stories holding a key of one of the group's documents (only those in ``before`` when given)."""
        found: set[str] = set()
        for f in group:
            found |= {self.story_of[d] for d in self._neighbours(f, self._index)}
        return sorted(found & set(before) if before is not None else found)

    def place_group(self, group: Sequence[Features], before: Iterable[str] | None = None,
                    cross: Mapping[tuple[str, str], float] | None = None) -> tuple[str, bool]:
        """Join the most similar existing story (average linkage ≥ threshold, or ≥ far_threshold when their
        dates lie more than window_days apart; never beyond horizon_days) or start a new one."""
        best, best_score = None, 0.0
        span = _span(_ordinal(_day(f.published)) for f in group)
        for story_id in self.candidates(group, before):
            story = self.stories.get(story_id)
            other = _span([_ordinal(_day(story.first)), _ordinal(_day(story.last))]) if story is not None else None
            score = _effective(self.story_similarity(group, story_id, cross), span, other, self.settings)
            if score is not None and score > best_score:
                best, best_score = story_id, score
        is_new = best is None or best_score < self.settings.threshold
        story_id = story_id_for(canonical_order(group)[0].doc) if is_new else best
        story = self.stories.setdefault(story_id, StoryProfile(story_id))
        for f in canonical_order(group):
            story.add(f)
            self.members.setdefault(story_id, []).append(f)
            self.story_of[f.doc] = story_id
            self._index_doc(f)
        return story_id, is_new

    def place(self, features: Sequence[Features]) -> dict[str, tuple[str, bool]]:
        """New documents → {doc id: (story id, whether the story is new)}."""
        out = {}
        before = set(self.stories)  # groups of one batch were already kept apart by the agglomeration
        groups = self.group(features)
        cross: dict[tuple[str, str], float] = {}
        if before:
            rows = [f for g in groups for f in g]
            cols = sorted({m.doc: m for g in groups for s in self.candidates(g, before)
                           for m in self.members[s]}.values(), key=lambda m: m.doc)
            for i, j, value in self._products(rows, cols):
                cross[(rows[i].doc, cols[j].doc)] = value
        for group in groups:
            story_id, is_new = self.place_group(group, before, cross)
            for f in group:
                out[f.doc] = (story_id, is_new)
        return out


def _span(days: Iterable[int | None]) -> tuple[int, int] | None:
    """First and last of some day numbers (``date.toordinal()``), None when none is dated."""
    dated = [d for d in days if d is not None]
    return (min(dated), max(dated)) if dated else None


def _effective(score: float, a: tuple[int, int] | None, b: tuple[int, int] | None,
               settings: ClusterSettings) -> float | None:
    """A group similarity as compared with ``threshold``, given the date spans of the two groups: lowered by
    ``far_threshold - threshold`` for spans more than ``window_days`` apart, None (never) for spans more than
    ``horizon_days`` apart; as it is when either group is undated."""
    if a is None or b is None:
        return score
    gap = max(b[0] - a[1], a[0] - b[1])
    if gap <= settings.window_days:
        return score
    if gap > settings.horizon_days:
        return None
    return round(score - (settings.far_threshold - settings.threshold), 9)


def _ordinal(day: dt.date | None) -> int | None:
    return day.toordinal() if day else None


def _average_linkage(ids: list[str], sums: dict[str, dict[str, float]], order: list[str],
                     days: Mapping[str, dt.date | None], settings: ClusterSettings) -> list[list[str]]:
    """Merge the two clusters with the highest average pair similarity (as :func:`_effective` weighs it for
    their date spans) while it is ≥ threshold. ``sums`` holds pair similarities (missing pairs are 0);
    clusters are named by their smallest id."""
    threshold = settings.threshold
    members = {i: [i] for i in ids}
    spans = {i: _span([_ordinal(days.get(i))]) for i in ids}
    links: dict[str, dict[str, float]] = {i: dict(sums.get(i, {})) for i in ids}

    def score(a: str, b: str) -> float | None:
        avg = round(links[a].get(b, 0.0) / (len(members[a]) * len(members[b])), 9)
        span_a, span_b = spans[a], spans[b]
        return avg if span_a is None or span_b is None else _effective(avg, span_a, span_b, settings)

    heap = []
    for a in ids:
        for b in links[a]:
            if a < b and (s := score(a, b)) is not None and s >= threshold:
                heap.append((-s, a, b))
    heapq.heapify(heap)
    while heap:
        neg, a, b = heapq.heappop(heap)
        if a not in members or b not in members:
            continue
        if score(a, b) != -neg:
            continue  # stale entry
        keep, gone = (a, b) if a < b else (b, a)
        spans[keep] = _span((*(spans[a] or ()), *(spans[b] or ())))
        members[keep] += members.pop(gone)
        spans.pop(gone)
        merged = links.pop(gone)
        merged.pop(keep, None)
        links[keep].pop(gone, None)
        for other, s in merged.items():
            links[other].pop(gone, None)
            links[keep][other] = links[keep].get(other, 0.0) + s
            links[other][keep] = links[keep][other]
        for other in sorted(links[keep]):
            s = score(keep, other)
            if s is not None and s >= threshold:
                heapq.heappush(heap, (-s, min(keep, other), max(keep, other)))
    rank = {d: k for k, d in enumerate(order)}
    groups = [sorted(m, key=rank.__getitem__) for m in members.values()]
    return sorted(groups, key=lambda g: rank[g[0]])


def cluster_features(features: Sequence[Features], settings: ClusterSettings | None = None) -> dict[str, str]:
    """A whole set of documents at once: document id → story id (the same for any input order)."""
    clusterer = Clusterer(document_frequencies(features), len(features), settings)
    return {doc: story for doc, (story, _new) in clusterer.place(features).items()}
