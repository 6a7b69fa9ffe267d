"""Online story clustering: each document joins the most similar story or starts a new one.

A story is represented by the summed term counts of its documents (so it grows with them) and the span
of their publication dates. Similarity is a weighted sum of TF-IDF cosines per kind of term (content
words, names, numbers, headline words); a document further than ``window_days`` from a story's dates
cannot join it (a similar event months apart is another story).

Determinism: documents are processed in a canonical order (publication date, then document id), and all
arithmetic is plain Python floats summed in sorted-key order, so a set of documents gives the same stories
whatever order it arrived in. Incremental use (:class:`Clusterer` kept across batches) gives the same
stories as one batch whenever no later batch holds a document older than one already placed; a document
older than that is placed among the stories as they stand, never moving documents placed before it.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from crosswire.models import stable_id

from crosswire.cluster.features import Features

KINDS = ("w", "e", "n", "t")


@dataclass(frozen=True, slots=True)
class ClusterSettings:
    threshold: float = 0.30
    weights: tuple[tuple[str, float], ...] = (("w", 0.45), ("e", 0.35), ("n", 0.05), ("t", 0.15))
    window_days: int = 10
    candidates_per_term: int = 50   # a term shared by more stories than this does not propose candidates


@dataclass
class StoryProfile:
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


def canonical_order(features: Iterable[Features]) -> list[Features]:
    """Publication date first (undated last), then document id: the order decisions are made in."""
    return sorted(features, key=lambda f: (f.published is None, (f.published or "")[:10], f.doc))


def story_id_for(doc_id: str) -> str:
    """A story is named after the document that started it, so its id never changes as it grows."""
    return stable_id("story", doc_id)


def _day(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        if len(value) >= 10:
            return dt.date.fromisoformat(value[:10])
        if len(value) == 7:
            return dt.date.fromisoformat(value + "-15")
    except ValueError:
        return None
    return None


class Clusterer:
    """Places documents into stories, one at a time, given document frequencies of terms."""

    def __init__(self, doc_freq: Mapping[str, int], n_docs: int, settings: ClusterSettings | None = None,
                 stories: Iterable[StoryProfile] = ()):
        self.settings = settings or ClusterSettings()
        self.doc_freq = doc_freq
        self.n_docs = max(1, n_docs)
        self.stories: dict[str, StoryProfile] = {}
        self.index: dict[str, set[str]] = defaultdict(set)
        self._norms: dict[str, dict[str, float]] = {}
        for story in stories:
            self._add_story(story)

    def idf(self, term: str) -> float:
        return math.log((1 + self.n_docs) / (1 + self.doc_freq.get(term, 0))) + 1.0

    def _norms_of(self, terms: Mapping[str, float]) -> dict[str, float]:
        sums = dict.fromkeys(KINDS, 0.0)
        for term in sorted(terms):
            w = terms[term] * self.idf(term)
            sums[term[0]] += w * w
        return {k: math.sqrt(v) for k, v in sums.items()}

    def _add_story(self, story: StoryProfile) -> None:
        self.stories[story.id] = story
        self._norms[story.id] = self._norms_of(story.terms)
        for term in story.terms:
            if term[0] in "ent":
                self.index[term].add(story.id)

    def similarity(self, features: Features, story: StoryProfile) -> float:
        doc_norms = self._norms_of(features.terms)
        story_norms = self._norms[story.id]
        dots = dict.fromkeys(KINDS, 0.0)
        for term in sorted(features.terms):
            other = story.terms.get(term)
            if other:
                idf = self.idf(term)
                dots[term[0]] += features.terms[term] * other * idf * idf
        score = 0.0
        for kind, weight in self.settings.weights:
            denominator = doc_norms[kind] * story_norms[kind]
            if denominator > 0:
                score += weight * dots[kind] / denominator
        return round(score, 9)

    def _in_window(self, features: Features, story: StoryProfile) -> bool:
        day = _day(features.published)
        first, last = _day(story.first), _day(story.last)
        if day is None or first is None or last is None:
            return True
        window = dt.timedelta(days=self.settings.window_days)
        return first - window <= day <= last + window

    def candidates(self, features: Features) -> list[str]:
        found: set[str] = set()
        for term in features.terms:
            stories = self.index.get(term)
            if stories and len(stories) <= self.settings.candidates_per_term:
                found |= stories
        return sorted(found)

    def best(self, features: Features) -> tuple[str | None, float]:
        """The most similar story the document may join (ties: the smaller id) and its score."""
        best_id, best_score = None, 0.0
        for story_id in self.candidates(features):
            story = self.stories[story_id]
            if not self._in_window(features, story):
                continue
            score = self.similarity(features, story)
            if score > best_score:
                best_id, best_score = story_id, score
        return best_id, best_score

    def join(self, features: Features, story_id: str) -> StoryProfile:
        story = self.stories[story_id]
        for term in sorted(features.terms):
            if term not in story.terms and term[0] in "ent":
                self.index[term].add(story_id)
            story.terms[term] = round(story.terms.get(term, 0.0) + features.terms[term], 6)
        story.documents += 1
        if features.published:
            day = features.published[:10]
            story.first = min(story.first or day, day)
            story.last = max(story.last or day, day)
        self._norms[story_id] = self._norms_of(story.terms)
        return story

    def place(self, features: Features) -> tuple[str, bool]:
        """Put one document into a story; returns (story id, whether the story is new)."""
        story_id, score = self.best(features)
        if story_id is not None and score >= self.settings.threshold:
            self.join(features, story_id)
            return story_id, False
        new = StoryProfile(story_id_for(features.doc))
        self._add_story(new)
        self.join(features, new.id)
        return new.id, True


def document_frequencies(features: Iterable[Features]) -> dict[str, int]:
    df: dict[str, int] = defaultdict(int)
    for f in features:
        for term in f.terms:
            df[term] += 1
    return dict(df)


def cluster_features(features: Sequence[Features], settings: ClusterSettings | None = None) -> dict[str, str]:
    """A whole set of documents at once: document id → story id (the same for any input order)."""
    clusterer = Clusterer(document_frequencies(features), len(features), settings)
    return {f.doc: clusterer.place(f)[0] for f in canonical_order(features)}
