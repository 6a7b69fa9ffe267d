"""The pipeline: composes the stages into one story. Pure: no network, no database, no global state.

ingest → clean → annotate → date → resolve → attribute → frame → align → contrast → timeline → profile → summarize
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor

import numpy as np

from crosswire import __version__
from crosswire.align import align_claims, find_shares, plan_alignment, plan_words, shared_passages
from crosswire.annotate import annotate
from crosswire.attribute import extract_quotes, extract_statements, group_quotes
from crosswire.clean import clean_documents
from crosswire.config import Settings
from crosswire.contrast import find_conflicts
from crosswire.date import build_timeline, date_documents, event_date, story_timexes
from crosswire.embed import Embedder, LazyEmbedder
from crosswire.frame import extract_frames
from crosswire.errors import InputProblem, NothingUsable
from crosswire.ingest import read_inputs
from crosswire.models import Document, Entity, Problem, RawInput, Story, stable_id
from crosswire.profile import profile_sources
from crosswire.resolve import resolve_entities
from crosswire.summarize import summarize

Progress = Callable[[str], None]


def generator_name() -> str:
    return f"crosswire {__version__}; spaCy en_core_web_sm 3.8.0; all-MiniLM-L6-v2"


def extract(inputs: Iterable[str], settings: Settings | None = None) -> tuple[list[Document], list[Problem]]:
    """Read and clean only, in any language: the documents that are usable and a Problem for each input
    skipped. ``Document.language`` holds the detected language."""
    settings = dataclasses.replace(settings or Settings(), require_english=False)
    documents, problems, raws = _read_and_clean(list(inputs), settings)
    return date_documents(documents, [None] * len(documents), raws), problems


def _read_and_clean(inputs: Sequence[str], settings: Settings):
    raws, problems = read_inputs(inputs, settings)
    documents: list[Document] = []
    raw_by_doc: dict[str, RawInput] = {}
    seen_text: dict[str, str] = {}
    for raw, doc in zip(raws, clean_documents(raws, settings)):
        if isinstance(doc, InputProblem):
            problems.append(Problem(doc.source, doc.reason, language=doc.language))
            continue
        if doc.text in seen_text:
            problems.append(Problem(raw.source, f"same article text as {seen_text[doc.text]}"))
            continue
        seen_text[doc.text] = raw.source
        documents.append(doc)
        raw_by_doc[doc.id] = raw
    # canonical order (documents by content-hash id): the story never depends on the order of the inputs
    documents.sort(key=lambda d: d.id)
    problems.sort(key=lambda p: (p.source, p.reason))
    return documents, problems, raw_by_doc


def _story_title(documents: Sequence[Document]) -> str:
    """The title sharing most words with the other titles (the most typical headline)."""
    if len(documents) == 1:
        return documents[0].title
    bags = [set(w.lower() for w in d.title.split() if len(w) > 3) for d in documents]
    totals = Counter()
    for w in (w for bag in bags for w in bag):
        totals[w] += 1
    scores = [sum(totals[w] - 1 for w in bag) / (len(bag) or 1) for bag in bags]
    best = max(range(len(documents)), key=lambda k: (scores[k], -k))
    return documents[best].title


story_title = _story_title


def _entities_by_document(entities: Sequence[Entity]) -> dict[str, list[Entity]]:
    """document id → the entities with a mention in it, in the order of ``entities``."""
    out: dict[str, list[Entity]] = {}
    for e in entities:
        for doc in dict.fromkeys(m.doc for m in e.mentions):
            out.setdefault(doc, []).append(e)
    return out


def _in_plan_order(needed: Sequence[int], early: Sequence[int], first, late: Sequence[int], second):
    """The vectors of the plan's statements, in its order, from the two background batches."""
    if not needed:
        return None
    rows = {}
    for keys, pending in ((early, first), (late, second)):
        if pending is not None:
            rows.update(zip(keys, pending.result()))
    return np.stack([rows[k] for k in needed])


def analyze_documents(documents: Sequence[Document], raws: dict[str, RawInput] | None = None,
                      settings: Settings | None = None, embedder: Embedder | None = None, nlp=None,
                      problems: Sequence[Problem] = (), progress: Progress | None = None) -> Story:
    """Every stage after cleaning, on documents already read."""
    settings = settings or Settings()
    embedder = embedder or LazyEmbedder(threads=settings.n_process)
    say = progress or (lambda _step: None)
    raws = raws or {}

    say("annotate")
    annotations = annotate(documents, settings, nlp)
    say("date")
    documents = date_documents(documents, annotations, raws)
    say("resolve")
    entities = resolve_entities(documents, annotations)
    say("attribute")
    # the per-document stages only look at a document's own entity mentions: hand each document the
    # entities mentioned in it (in story order), not every entity of the story
    entities_in = _entities_by_document(entities)
    quotes_by_doc = [extract_quotes(d, a, entities_in.get(d.id, ())) for d, a in zip(documents, annotations)]
    statements_by_doc = [extract_statements(d, a, entities_in.get(d.id, ()), qs)
                         for d, a, qs in zip(documents, annotations, quotes_by_doc)]
    statements = [s for ss in statements_by_doc for s in ss]
    # the sentence model runs outside the GIL, in this background thread, while the main thread goes on:
    # first quote groups (while frames are read), then statements (while shared passages and dates are found)
    with ThreadPoolExecutor(1) as background:
        grouping = background.submit(group_quotes, [q for qs in quotes_by_doc for q in qs], documents, embedder)
        # statements that share informative words are embedded while frames are read; those only a
        # shared fact frame pairs up follow
        by_words = plan_words(statements)
        early = by_words.needed
        first = background.submit(embedder.encode, [statements[k].text for k in early]) if early else None
        say("frame")
        frames = [f for d, a, ss in zip(documents, annotations, statements_by_doc)
                  for f in extract_frames(d, a, ss, entities_in.get(d.id, ()))]
        say("align")
        plan = plan_alignment(statements, frames, by_words)
        known = set(early)
        late = [k for k in plan.needed if k not in known]
        second = background.submit(embedder.encode, [statements[k].text for k in late]) if late else None
        links = shared_passages(documents)
        shares = find_shares(documents, links)
        documents = [dataclasses.replace(d, shares=shares.get(d.id, ())) for d in documents]
        story_date = event_date(documents, annotations)
        timexes = story_timexes(documents, annotations, story_date)
        quotes = grouping.result()
        vectors = _in_plan_order(plan.needed, early, first, late, second)
    claims = align_claims(statements, documents, shares, embedder, links, frames, plan, vectors)
    say("contrast")
    conflicts, claims = find_conflicts(claims, documents, frames, entities, links,
                                       story_date.value if story_date else None)
    say("timeline")
    timeline = build_timeline(documents, annotations, timexes, claims)
    say("profile")
    sources = profile_sources(documents, claims, statements)
    say("summarize")
    summary = summarize(claims, conflicts, documents)
    return Story(
        id=stable_id("story", sorted(d.sha256 for d in documents)),
        title=_story_title(documents),
        documents=tuple(documents),
        entities=tuple(entities),
        quotes=tuple(quotes),
        claims=tuple(claims),
        conflicts=tuple(conflicts),
        sources=tuple(sources),
        summary=tuple(summary),
        statements=tuple(statements),
        frames=tuple(frames),
        timeline=tuple(timeline),
        event_date=story_date,
        generator=generator_name(),
        problems=tuple(problems),
    )


def analyze(inputs: Iterable[str], settings: Settings | None = None, embedder: Embedder | None = None,
            nlp=None, progress: Progress | None = None) -> Story:
    """Paths (files, folders, '-') → one Story. Unusable inputs are listed in ``Story.problems``;
    raises NothingUsable when no input could be used."""
    settings = settings or Settings()
    (progress or (lambda _s: None))("read")
    documents, problems, raws = _read_and_clean(list(inputs), settings)
    if not documents:
        detail = "; ".join(f"{p.source}: {p.reason}" for p in problems[:5]) or "no input files given"
        raise NothingUsable(f"nothing usable to analyse ({detail})")
    return analyze_documents(documents, raws, settings, embedder, nlp, problems, progress)
