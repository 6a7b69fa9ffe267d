"""Stories of a set of articles without a store (``crosswire cluster``)."""

from __future__ import annotations

from collections.abc import Iterable
from collections import defaultdict

from crosswire.cluster import Clusterer, Features, document_frequencies
from crosswire.cluster.copies import CopyFinder
from crosswire.config import Settings
from crosswire.ingest import read_inputs
from crosswire.models import Problem
from crosswire.pipeline import story_title

from crosswire.runners.executors import Executor, make_executor
from crosswire.runners.ingest import Progress, assign, prepare_inputs
from crosswire.runners.records import document_from_dict


def cluster_paths(paths: Iterable[str], settings: Settings | None = None, executor: str | Executor = "local",
                  progress: Progress | None = None) -> tuple[list[dict], list[Problem]]:
    """One row per usable input, in input order: source, story, story title, document id, headline,
    publication date, and the original it copies (if it is a copy); and a Problem per input skipped."""
    settings = settings or Settings()
    say = progress or (lambda _stage, _done, _total: None)
    raws, problems = read_inputs(list(paths), settings)
    runner = make_executor(executor)
    try:
        prepared = prepare_inputs(raws, settings, runner, say)
    finally:
        runner.close()
    articles = [p for p in prepared if isinstance(p, dict)]
    problems += [p for p in prepared if isinstance(p, Problem)]
    features = [Features.from_json(a["features"]) for a in articles]
    clusterer = Clusterer(document_frequencies(features), len(features))
    placed = assign(articles, clusterer, CopyFinder(), lambda _id: "")
    story_of = {a["id"]: (story, copy) for a, story, _new, copy in placed}
    members = defaultdict(list)
    for article, story, _new, _copy in placed:
        members[story].append(document_from_dict(article["document"]))
    titles = {story: story_title(docs) for story, docs in members.items()}
    rows = []
    for a in articles:
        story, copy = story_of[a["id"]]
        rows.append({"source": a["source"], "story": story, "title": titles[story], "document": a["id"],
                     "headline": a["title"], "published": a["published"],
                     "copy_of": copy.original if copy else None})
    return rows, problems
