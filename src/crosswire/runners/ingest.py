"""Ingest a stream of articles into the store: read → clean (workers) → copies → stories → store →
re-analyse the stories that changed (workers). Only this process writes; each batch of articles and each
story version commits in its own transaction, so a killed ingest keeps what it committed and the next one
resumes (stories whose analysis was cut off are still marked pending and are analysed then)."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from crosswire.cluster import Clusterer, Features, StoryProfile, canonical_order
from crosswire.cluster.copies import CopyFinder
from crosswire.config import Settings
from crosswire.ingest import read_bytes, read_inputs
from crosswire.models import Problem, RawInput
from crosswire.store import Store
from crosswire.store import write

from crosswire.runners.executors import Executor, make_executor
from crosswire.runners.records import document_from_dict, raw_from_row
from crosswire.runners.tasks import prepare, story_json

Progress = Callable[[str, int, int], None]
CLEAN_CHUNK = 32      # inputs per cleaning task
ARTICLE_BATCH = 64    # articles per transaction
STORY_CHUNK = 8       # stories analysed between commits


@dataclass(frozen=True)
class IngestReport:
    """What one ingest did. Ids are article ids (``articles_new``, ``copies``) and story ids."""

    articles_new: list[str] = field(default_factory=list)
    copies: list[str] = field(default_factory=list)
    stories_new: list[str] = field(default_factory=list)
    stories_updated: list[str] = field(default_factory=list)
    assigned: dict[str, str] = field(default_factory=dict)   # input source → story id
    problems: list[Problem] = field(default_factory=list)
    already_stored: int = 0                                   # inputs skipped because they were ingested before
    analysed: list[str] = field(default_factory=list)         # stories whose story.json was re-analysed

    def summary(self) -> str:
        return (f"{len(self.articles_new)} new articles ({len(self.copies)} copies), "
                f"{len(self.stories_new)} new stories, {len(self.stories_updated)} updated, "
                f"{len(self.analysed)} analysed, {self.already_stored} already stored, "
                f"{len(self.problems)} skipped")


def ingest_paths(paths: Iterable[str], store: Store, settings: Settings | None = None,
                 executor: str | Executor = "local", analyze: bool = True, progress: Progress | None = None,
                 ray_address: str | None = None) -> IngestReport:
    """Files, folders, WARC and feed files → articles and stories in ``store``."""
    settings = settings or Settings()
    say = progress or (lambda _stage, _done, _total: None)
    say("read", 0, 1)
    raws, problems = read_inputs(list(paths), settings)
    say("read", 1, 1)
    return _ingest(raws, problems, store, settings, executor, analyze, say, ray_address)


def ingest_bytes(name: str, data: bytes, store: Store, settings: Settings | None = None,
                 analyze: bool = True) -> IngestReport:
    """One uploaded file (any format ``ingest`` reads, picked by the suffix of ``name``) or JSON article."""
    settings = settings or Settings()
    raws, problems = read_bytes(name, data, settings)
    return _ingest(raws, problems, store, settings, "local", analyze, lambda *_: None, None)


def _chunks(items: Sequence, size: int) -> list[Sequence]:
    return [items[k:k + size] for k in range(0, len(items), size)]


def prepare_inputs(raws: Sequence[RawInput], settings: Settings, runner: Executor,
                   say: Progress) -> list[dict | Problem]:
    """Clean, date and describe every input on the executor: an article dict or a Problem per input."""
    prepared: list[dict | Problem] = []
    chunks = _chunks(raws, CLEAN_CHUNK)
    step = 8
    for k in range(0, len(chunks), step):
        for part in runner.map_documents(prepare, chunks[k:k + step], settings):
            prepared.extend(part)
        say("clean", min(len(raws), (k + step) * CLEAN_CHUNK), len(raws))
    return prepared


def _ingest(raws: list[RawInput], problems: list[Problem], store: Store, settings: Settings,
            executor: str | Executor, analyze: bool, say: Progress, ray_address: str | None) -> IngestReport:
    known = store.known_inputs(r.sha256 for r in raws)
    new_raws = [r for r in raws if r.sha256 not in known]
    runner = make_executor(executor, ray_address)
    try:
        prepared = prepare_inputs(new_raws, settings, runner, say)
        articles = [p for p in prepared if isinstance(p, dict)]
        skipped = [p for p in prepared if isinstance(p, Problem)]
        with store.transaction() as conn:
            for raw, item in zip(new_raws, prepared):
                if isinstance(item, Problem):
                    write.add_input(conn, raw.sha256, raw.source, None, item.reason)
        report = _place(articles, store, say)
        report = dataclasses.replace(report, problems=list(problems) + skipped,
                                     already_stored=len(raws) - len(new_raws))
        analysed = _analyse(store, report, settings, runner, analyze, say)
        return dataclasses.replace(report, analysed=analysed)
    finally:
        runner.close()


def assign(articles: Sequence[dict], clusterer: Clusterer, finder: CopyFinder,
           stored_story: Callable[[str], str]) -> list[tuple[dict, str, bool, object]]:
    """Copies first (each linked to an earlier original), then stories for the originals.
    Returns (article, story id, whether the story is new, CopyOf or None) in canonical order."""
    features = {a["id"]: Features.from_json(a["features"]) for a in articles}
    by_id = {a["id"]: a for a in articles}
    order = canonical_order(features.values())
    copy_of, originals = {}, []
    for f in order:
        article = by_id[f.doc]
        copy = finder.find(article["text_sha256"], article["signature"])
        if copy is None:
            finder.add(f.doc, article["text_sha256"], article["signature"])
            originals.append(f)
        else:
            copy_of[f.doc] = copy
    placed = clusterer.place(originals)
    out = []
    for f in order:
        copy = copy_of.get(f.doc)
        if copy is None:
            story_id, is_new = placed[f.doc]
        else:
            story_id = placed[copy.original][0] if copy.original in placed else stored_story(copy.original)
            is_new = False
        out.append((by_id[f.doc], story_id, is_new, copy))
    return out


def _place(articles: list[dict], store: Store, say: Progress) -> IngestReport:
    """Copies and stories for new articles, in canonical order, committed in batches."""
    terms = [t for a in articles for t in a["features"]["terms"]]
    df = store.doc_freq(terms)
    for t in terms:
        df[t] = df.get(t, 0) + 1
    n_docs = int(store.meta("n_docs", "0")) + len(articles)
    # only the stories the new articles may join are loaded (all of them once, after the keys migration)
    backfill = store.meta("keys_missing", "0") == "1"
    wanted = None if backfill else store.stories_with_keys(terms)
    members: dict[str, list[Features]] = {}
    for story_id, features in store.load_members(wanted):
        members.setdefault(story_id, []).append(Features.from_json(features))
    clusterer = Clusterer(df, n_docs, stories=[StoryProfile.from_json(p) for p in store.load_profiles(wanted)],
                          members=members)
    if backfill:
        with store.transaction() as conn:
            for story_id, feats in sorted(members.items()):
                for f in feats:
                    write.add_keys(conn, f.doc, story_id, clusterer.keys(f))
            conn.execute("UPDATE meta SET value = '0' WHERE key = 'keys_missing'")
    finder = CopyFinder(store.load_originals())

    def stored_story(article_id: str) -> str:
        return store.rows("SELECT story_id FROM articles WHERE id = ?", (article_id,))[0][0]

    placed = assign(articles, clusterer, finder, stored_story)
    new_articles, copies, stories_new, touched_all = [], [], set(), set()
    assigned: dict[str, str] = {}
    for start in range(0, len(placed), ARTICLE_BATCH):
        touched: set[str] = set()
        with store.transaction() as conn:
            for article, story_id, is_new, copy in placed[start:start + ARTICLE_BATCH]:
                if write.add_article(conn, article, story_id, dataclasses.asdict(copy) if copy else None):
                    new_articles.append(article["id"])
                    if copy is not None:
                        copies.append(article["id"])
                write.add_input(conn, article["sha256"], article["source"], article["id"])
                write.add_doc_freq(conn, article["features"]["terms"])
                if copy is None:
                    write.add_keys(conn, article["id"], story_id,
                                   clusterer.keys(Features.from_json(article["features"])))
                assigned[article["source"]] = story_id
                touched.add(story_id)
                if is_new:
                    stories_new.add(story_id)
            for story_id in sorted(touched):
                write.refresh_story(conn, story_id, clusterer.stories[story_id].to_json())
        touched_all |= touched
        say("cluster", min(len(placed), start + ARTICLE_BATCH), len(placed))
    source_order = {a["source"]: k for k, a in enumerate(articles)}
    return IngestReport(
        articles_new=new_articles, copies=copies, stories_new=sorted(stories_new),
        stories_updated=sorted(touched_all - stories_new),
        assigned=dict(sorted(assigned.items(), key=lambda kv: source_order[kv[0]])))


def _analyse(store: Store, report: IngestReport, settings: Settings, runner: Executor, analyze: bool,
             say: Progress) -> list[str]:
    """story.json for every story that changed (and, with ``analyze``, every story still pending)."""
    changed = set(report.stories_new) | set(report.stories_updated)
    pending = sorted(set(store.stories_needing_analysis()) | changed) if analyze else sorted(changed)
    done: list[str] = []
    for k, chunk in enumerate(_chunks(pending, STORY_CHUNK)):
        jobs = []
        for story_id in chunk:
            rows = store.story_articles(story_id)
            docs = [document_from_dict(json.loads(r["document"])) for r in rows]
            raws = {r["id"]: raw_from_row(r) for r in rows}
            jobs.append((story_id, docs, raws))
        results = runner.map(_story_job, jobs, settings, analyze)
        with store.transaction() as conn:
            for result in results:
                write.add_story_version(conn, result["story_id"], result["json"], result["title"],
                                        result["event_date"], result["conflicts"], result["claims"], analyze)
        if analyze:
            done.extend(chunk)
        say("analyse" if analyze else "store", min(len(pending), (k + 1) * STORY_CHUNK), len(pending))
    return done


def _story_job(job: tuple, settings: Settings, analyze: bool) -> dict:
    story_id, docs, raws = job
    return story_json(story_id, docs, raws, settings, analyze)
