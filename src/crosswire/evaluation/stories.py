"""Whole stories scored on story-level gold: key facts, conflicts between outlets and the event date.

    crosswire eval stories [--split dev] [--limit N] [--only SUBTOPIC] [--verbose]

Gold: ``datasets/story-gold/ecbplus-<split>.json`` (24 ECB+ development events; the held-out events are
kept outside this repository, so ``--split test`` scores the development gold when no test file is
there). Each sub-topic's documents are analysed as one story, as a user would give them: the article
text (ECB+'s first line, the page address, is passed as the record's ``url``) and, where the
EventStoryLine layer records one, the document creation time as the record's ``published`` date.
Every gold phrase is located in the *clean* text of its document (a phrase removed by cleaning is
missed). Scores, by the rules of the gold's README:

- fact recall: a gold fact is found when one claim holds statements from at least two of the fact's
  documents, each overlapping that document's gold phrase;
- conflicts: a predicted conflict matches a gold conflict when the kind is equal and two of its sides
  overlap (through their statement spans) two different gold sides; precision, recall, F1;
- side precision: over the predicted conflicts that match, the share of their sides whose statements
  overlap some side of the gold conflict(s) they match (a junk extra side costs nothing above, here it
  does); beside it the mean number of sides of all predicted conflicts;
- event date: the story's event date equals the gold value at the gold's precision (null gold is not
  scored);
- copies: the gold's wire-copy pairs and crosswire's (two documents one of which shares at least
  ``COPY_SHARE`` of its text with the other, ``Document.shares``) are each closed into copy groups; precision,
  recall and F1 over the pairs of documents within one group. The gold lists copies "as far as the
  annotator noticed", so a low precision partly counts copies the gold leaves out.

Beside them, as in ``crosswire eval claims``: the conflicts flagged on AllSides held-out stories (left,
centre and right leads that mostly agree, so every flag there is suspect) and the ClaimDiff numbers.
"""

from __future__ import annotations

import dataclasses
import gzip
import json
import pathlib
from collections import defaultdict
from collections.abc import Iterable, Sequence

from crosswire.clean import clean_document
from crosswire.config import Settings
from crosswire.errors import CrosswireError, InputProblem
from crosswire.models import Document, RawInput, Span, Story

GOLD_DIR = ("datasets", "story-gold")
COPY_SHARE = 0.3  # a document that shares a third of its text with another is a copy of it
ALLSIDES_STORIES = 40


# ---------------------------------------------------------------- loading

def gold_path(shared: pathlib.Path, split: str) -> pathlib.Path:
    folder = shared.joinpath(*GOLD_DIR)
    path = folder / f"ecbplus-{split}.json"
    return path if path.exists() else folder / "ecbplus-dev.json"


def load_gold(shared: pathlib.Path, split: str) -> tuple[str, list[dict]]:
    path = gold_path(shared, split)
    return path.name, json.loads(path.read_text(encoding="utf-8"))["subtopics"]


def load_records(shared: pathlib.Path, subtopics: Iterable[str]) -> dict[str, list[dict]]:
    """ECB+ records of the given sub-topics (sorted by doc_id), each with ``published`` from ESC's
    document creation time where it has one."""
    wanted = set(subtopics)
    dct: dict[str, str] = {}
    with gzip.open(shared / "datasets" / "ecbplus" / "esc_v1.5_docs.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            if rec.get("dct"):
                dct[rec["doc_id"]] = rec["dct"]
    out: dict[str, list[dict]] = defaultdict(list)
    with gzip.open(shared / "datasets" / "ecbplus" / "ecbplus_docs.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            if rec["subtopic"] in wanted:
                out[rec["subtopic"]].append({"doc_id": rec["doc_id"], "text": rec["text"], "url": rec.get("url"),
                                             "published": dct.get(rec["doc_id"])})
    return {k: sorted(v, key=lambda r: r["doc_id"]) for k, v in out.items()}


def raw_input(rec: dict) -> RawInput:
    """What a user would hand over for one ECB+ document: its text (the page address, ECB+'s first
    line of ecbplus documents, goes to ``url`` instead) and its publication date when known."""
    text = rec["text"]
    fields = {}
    if rec.get("url"):
        first, _, rest = text.partition("\n")
        if first.replace(" ", "") == rec["url"].replace(" ", "") or first.startswith("http"):
            text = rest
        fields["url"] = rec["url"].replace(" ", "")
    if rec.get("published"):
        fields["published"] = rec["published"]
    data = text.encode("utf-8")
    return RawInput(source=rec["doc_id"], data=data, format="txt", sha256=rec["doc_id"], fields=fields)


def story_documents(records: Sequence[dict],
                    settings: Settings) -> tuple[list[Document], dict[str, RawInput], list[str]]:
    """Cleaned documents (id = ECB+ doc_id), their raw inputs, and the doc_ids cleaning rejected."""
    documents, raws, rejected = [], {}, []
    for rec in records:
        raw = raw_input(rec)
        try:
            doc = clean_document(raw, settings)
        except InputProblem:
            rejected.append(rec["doc_id"])
            continue
        documents.append(dataclasses.replace(doc, id=rec["doc_id"]))
        raws[rec["doc_id"]] = raw
    return documents, raws, rejected


# ---------------------------------------------------------------- scoring

def locate(texts: dict[str, str], where: Iterable[Sequence[str]]) -> dict[str, list[tuple[int, int]]]:
    """Every occurrence of each gold phrase in the clean text of its document, by document."""
    found: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for doc_id, phrase in where:
        text = texts.get(doc_id)
        if not text or not phrase:
            continue
        at = text.find(phrase)
        while at >= 0:
            found[doc_id].append((at, at + len(phrase)))
            at = text.find(phrase, at + 1)
    return found


def _overlaps(span: Span, places: dict[str, list[tuple[int, int]]]) -> bool:
    return any(s < span.end and span.start < e for s, e in places.get(span.doc, ()))


def fact_found(claims, places: dict[str, list[tuple[int, int]]]) -> bool:
    """One claim holds statements of ≥ 2 of the fact's documents, each overlapping that document's phrase."""
    for claim in claims:
        docs = {s.doc for s in claim.statements if _overlaps(s.span, places)}
        if len(docs) >= 2:
            return True
    return False


def conflict_matches(conflict, kind: str, sides: Sequence[dict[str, list[tuple[int, int]]]]) -> bool:
    """Same kind, and two predicted sides overlap two different gold sides."""
    if conflict.kind != kind:
        return False
    hits = [{g for g, places in enumerate(sides) if any(_overlaps(sp, places) for sp in side.statements)}
            for side in conflict.sides]
    for i in range(len(hits)):
        for j in range(len(hits)):
            if i != j and any(a != b for a in hits[i] for b in hits[j]):
                return True
    return False


def sides_on_gold(conflict, sides: Sequence[dict[str, list[tuple[int, int]]]]) -> int:
    """How many of the conflict's sides have a statement overlapping some of the given gold sides."""
    return sum(any(_overlaps(sp, places) for sp in side.statements for places in sides) for side in conflict.sides)


def date_matches(value: str | None, gold: str) -> bool:
    """The predicted date equals the gold at the gold's precision ("2008-12" takes any day of it)."""
    return value is not None and len(value) >= len(gold) and value[:len(gold)] == gold


def _short(text: str, n: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def copy_pairs(pairs: Iterable[tuple[str, str]], ids: Iterable[str]) -> set[tuple[str, str]]:
    """Every pair (sorted) of documents of ``ids`` within one copy group: the groups are the transitive
    closure of ``pairs`` (a copy of a copy is a copy)."""
    parent = {d: d for d in ids}

    def root(d: str) -> str:
        while parent[d] != d:
            parent[d] = parent[parent[d]]
            d = parent[d]
        return d

    for a, b in pairs:
        if a in parent and b in parent:
            parent[max(root(a), root(b))] = min(root(a), root(b))
    groups: dict[str, list[str]] = defaultdict(list)
    for d in sorted(parent):
        groups[root(d)].append(d)
    return {(a, b) for g in groups.values() for i, a in enumerate(g) for b in g[i + 1:]}


def score_story(gold: dict, story: Story, rejected: Sequence[str] = ()) -> dict:
    """Counts for one sub-topic, and the misses and false alarms in words."""
    texts = {d.id: d.text for d in story.documents}
    notes: list[str] = [f"document rejected by cleaning: {d}" for d in rejected]
    facts_found = 0
    for fact in gold["facts"]:
        places = locate(texts, fact["where"])
        if fact_found(story.claims, places):
            facts_found += 1
        else:
            located = sorted(places)
            notes.append(f"fact missed: {fact['about']} (phrases located in {len(located)} of "
                         f"{len({d for d, _ in fact['where']})} documents)")
    gold_sides = [[locate(texts, side["where"]) for side in c["sides"]] for c in gold["conflicts"]]
    matched_gold, matched_pred = set(), 0
    matched_sides = matched_sides_ok = 0
    for conflict in story.conflicts:
        hit = [g for g, c in enumerate(gold["conflicts"]) if conflict_matches(conflict, c["kind"], gold_sides[g])]
        matched_gold.update(hit)
        matched_pred += bool(hit)
        if hit:
            matched_sides += len(conflict.sides)
            ok = sides_on_gold(conflict, [places for g in hit for places in gold_sides[g]])
            matched_sides_ok += ok
            if ok < len(conflict.sides):
                notes.append(f"extra sides [{conflict.kind}] {_short(conflict.topic, 40)}: "
                             f"{len(conflict.sides) - ok} of {len(conflict.sides)} on no gold side")
        else:
            sides = " | ".join(f"{s.value}: {_short(s.statements[0].text, 60) if s.statements else ''}"
                               for s in conflict.sides[:3])
            notes.append(f"false alarm [{conflict.kind}] {_short(conflict.topic, 40)}: {sides}")
    for g, c in enumerate(gold["conflicts"]):
        if g not in matched_gold:
            values = " vs ".join(str(s["value"]) for s in c["sides"])
            notes.append(f"conflict missed [{c['kind']}] {c['about']}: {values}")
    gold_date = gold["event_date"]["value"]
    ours = story.event_date.value if story.event_date else None
    date_ok = date_matches(ours, gold_date) if gold_date else None
    shown = _date_evidence(story)
    if date_ok is False:
        basis = story.event_date.basis if story.event_date else None
        notes.append(f"event date {ours} ({basis}: {shown or 'no evidence'}), gold {gold_date}")
    gold_copies = copy_pairs((tuple(p) for p in gold.get("copies", ())), texts)
    our_copies = copy_pairs(((d.id, sh.doc) for d in story.documents for sh in d.shares
                             if sh.fraction >= COPY_SHARE), texts)
    notes += [f"copies missed: {a} and {b}" for a, b in sorted(gold_copies - our_copies)]
    return {"subtopic": gold["subtopic"], "documents": len(story.documents),
            "copy_pairs_gold": len(gold_copies), "copy_pairs_predicted": len(our_copies),
            "copy_pairs_right": len(gold_copies & our_copies),
            "facts": len(gold["facts"]), "facts_found": facts_found,
            "gold_conflicts": len(gold["conflicts"]), "gold_conflicts_found": len(matched_gold),
            "predicted_conflicts": len(story.conflicts), "predicted_conflicts_matching": matched_pred,
            "predicted_sides": sum(len(c.sides) for c in story.conflicts),
            "matched_sides": matched_sides, "matched_sides_on_gold": matched_sides_ok,
            "event_date": ours, "event_date_evidence": shown, "gold_event_date": gold_date,
            "event_date_correct": date_ok, "notes": notes}


def _date_evidence(story: Story) -> str | None:
    """The words the event date was read from, with their document ("Saturday" in 3_1ecb)."""
    value = story.event_date
    if value is None:
        return None
    if value.span is not None:
        return f'"{_short(value.span.text, 40)}" in {value.span.doc}'
    return _short(value.evidence, 60) if value.evidence else None


def totals(rows: Sequence[dict]) -> dict:
    facts = sum(r["facts"] for r in rows)
    found = sum(r["facts_found"] for r in rows)
    gold_c = sum(r["gold_conflicts"] for r in rows)
    gold_found = sum(r["gold_conflicts_found"] for r in rows)
    pred = sum(r["predicted_conflicts"] for r in rows)
    pred_ok = sum(r["predicted_conflicts_matching"] for r in rows)
    dated = [r["event_date_correct"] for r in rows if r["event_date_correct"] is not None]
    sides = sum(r.get("predicted_sides", 0) for r in rows)
    m_sides = sum(r.get("matched_sides", 0) for r in rows)
    m_ok = sum(r.get("matched_sides_on_gold", 0) for r in rows)
    p, r = pred_ok / pred if pred else 0.0, gold_found / gold_c if gold_c else 0.0
    copies = {k: sum(row.get(f"copy_pairs_{k}", 0) for row in rows) for k in ("gold", "predicted", "right")}
    cp = copies["right"] / copies["predicted"] if copies["predicted"] else 0.0
    cr = copies["right"] / copies["gold"] if copies["gold"] else 0.0
    return {"subtopics": len(rows), "facts": facts, "facts_found": found,
            "copy_pairs_gold": copies["gold"], "copy_pairs_predicted": copies["predicted"],
            "copy_pairs_right": copies["right"], "copy_precision": round(cp, 3), "copy_recall": round(cr, 3),
            "copy_f1": round(2 * cp * cr / (cp + cr), 3) if cp + cr else 0.0,
            "fact_recall": round(found / facts, 3) if facts else 0.0,
            "gold_conflicts": gold_c, "gold_conflicts_found": gold_found, "predicted_conflicts": pred,
            "predicted_conflicts_matching": pred_ok, "conflict_precision": round(p, 3),
            "conflict_recall": round(r, 3), "conflict_f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
            "predicted_sides": sides, "matched_sides": m_sides, "matched_sides_on_gold": m_ok,
            "side_precision": round(m_ok / m_sides, 3) if m_sides else 0.0,
            "sides_per_conflict": round(sides / pred, 3) if pred else 0.0,
            "event_dates_scored": len(dated), "event_dates_correct": sum(dated),
            "event_date_accuracy": round(sum(dated) / len(dated), 3) if dated else 0.0}


# ---------------------------------------------------------------- running

def analyse_subtopic(records: Sequence[dict], nlp, embedder, settings: Settings) -> tuple[Story, list[str]]:
    from crosswire.pipeline import analyze_documents

    documents, raws, rejected = story_documents(records, settings)
    return analyze_documents(documents, raws, settings, embedder, nlp), rejected


_worker: dict = {}


def _start_worker() -> None:
    """One spaCy pipeline and one single-threaded embedder per worker process, loaded once."""
    from crosswire.annotate import load_pipeline
    from crosswire.embed import LazyEmbedder

    _worker.update(nlp=load_pipeline(), embedder=LazyEmbedder(threads=1), settings=Settings(n_process=1))


def _score_in_worker(job: tuple[dict, list[dict]]) -> dict:
    gold, records = job
    story, rejected = analyse_subtopic(records, _worker["nlp"], _worker["embedder"], _worker["settings"])
    return score_story(gold, story, rejected)


def story_metrics(shared: pathlib.Path, split: str = "dev", limit: int | None = None, only: str | None = None,
                  nlp=None, embedder=None, settings: Settings | None = None, workers: int = 1) -> dict:
    """Per sub-topic counts and totals on the story gold. With ``workers`` > 1 the sub-topics are
    analysed in that many processes (each story is analysed whole by one process, so the scores do
    not depend on the number of workers)."""
    settings = settings or Settings()
    name, subtopics = load_gold(shared, split)
    if only:
        subtopics_all, subtopics = subtopics, [s for s in subtopics if s["subtopic"] == only]
        if not subtopics:
            known = ", ".join(s["subtopic"] for s in subtopics_all)
            raise CrosswireError(f"no sub-topic {only!r} in {name} (it has: {known})")
    subtopics = subtopics[:limit] if limit else subtopics
    records = load_records(shared, [s["subtopic"] for s in subtopics])
    jobs = [(gold, records.get(gold["subtopic"], [])) for gold in subtopics]
    if workers > 1 and len(jobs) > 1:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        # the largest stories first, so that both processes finish at about the same time
        order = sorted(range(len(jobs)), key=lambda k: (-sum(len(r["text"]) for r in jobs[k][1]), k))
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"),
                                 initializer=_start_worker) as pool:
            done = dict(zip(order, pool.map(_score_in_worker, [jobs[k] for k in order])))
        rows = [done[k] for k in range(len(jobs))]
    else:
        from crosswire.annotate import load_pipeline
        from crosswire.embed import LazyEmbedder

        nlp = nlp or load_pipeline()
        embedder = embedder or LazyEmbedder(threads=settings.n_process)
        rows = [score_story(gold, *analyse_subtopic(recs, nlp, embedder, settings)) for gold, recs in jobs]
    return {"gold": name, "per_subtopic": rows, "total": totals(rows)}


def allsides_false_alarms(shared: pathlib.Path, limit: int | None, nlp, embedder, settings: Settings) -> dict:
    """Conflicts the whole pipeline flags on AllSides held-out stories (outlets that mostly agree)."""
    from crosswire.evaluation.roundups import allsides_stories
    from crosswire.pipeline import analyze_documents

    from crosswire.contrast import headline

    stories = flagged = with_flags = 0
    shown: list[str] = []
    for documents, _statements, _roundup in allsides_stories(shared, "test", limit):
        documents = [d for d in documents if d.text.strip()]
        if len(documents) < 2:
            continue
        story = analyze_documents(documents, {}, settings, embedder, nlp)
        stories += 1
        flagged += len(story.conflicts)
        with_flags += bool(story.conflicts)
        shown += [f"{headline(c)} | " + " / ".join(_short(side.statements[0].text, 70) for side in c.sides)
                  for c in story.conflicts]
    return {"allsides_test_stories": stories, "allsides_conflicts_flagged": flagged, "allsides_flagged": shown,
            "allsides_conflicts_per_story": round(flagged / stories, 3) if stories else 0.0,
            "allsides_stories_with_a_conflict": with_flags}


def run(shared_dir: pathlib.Path, split: str = "dev", limit: int | None = None, only: str | None = None,
        verbose: bool = False, nlp=None, embedder=None) -> dict:
    """Story gold scores; with neither --limit nor --only also AllSides false alarms and ClaimDiff."""
    from crosswire.annotate import load_pipeline
    from crosswire.embed import LazyEmbedder

    shared_dir = pathlib.Path(shared_dir)
    settings = Settings()
    metrics = story_metrics(shared_dir, split, limit, only, nlp, embedder, settings,
                            workers=1 if only else settings.n_process)
    if not verbose:
        for row in metrics["per_subtopic"]:
            row.pop("notes")
    if limit is None and only is None:
        from crosswire.evaluation.claims import claimdiff_metrics

        nlp = nlp or load_pipeline()
        embedder = embedder or LazyEmbedder(threads=settings.n_process)
        metrics["allsides"] = allsides_false_alarms(shared_dir, ALLSIDES_STORIES, nlp, embedder, settings)
        metrics["claimdiff"] = claimdiff_metrics(shared_dir, "test", None, embedder)
    return metrics


def format_report(metrics: dict) -> str:
    t = metrics["total"]
    lines = [f"Stories ({metrics['gold']}): {t['subtopics']} sub-topics",
             f"  {'sub-topic':12s} {'docs':>4s} {'facts':>9s} {'gold conf':>9s} {'pred conf':>9s}  event date"]
    for r in metrics["per_subtopic"]:
        mark = {True: "ok", False: "WRONG", None: "-"}[r["event_date_correct"]]
        lines.append(f"  {r['subtopic']:12s} {r['documents']:4d} {r['facts_found']:4d}/{r['facts']:<4d} "
                     f"{r['gold_conflicts_found']:4d}/{r['gold_conflicts']:<4d} "
                     f"{r['predicted_conflicts_matching']:4d}/{r['predicted_conflicts']:<4d}  "
                     f"{r['event_date'] or 'none'} (gold {r['gold_event_date'] or 'null'}) {mark}"
                     + (f"  from {r['event_date_evidence']}" if r.get("event_date_evidence") else ""))
    lines += [f"  fact recall {t['fact_recall']:.3f} ({t['facts_found']}/{t['facts']})",
              f"  conflicts precision {t['conflict_precision']:.3f} ({t['predicted_conflicts_matching']}/"
              f"{t['predicted_conflicts']}) recall {t['conflict_recall']:.3f} ({t['gold_conflicts_found']}/"
              f"{t['gold_conflicts']}) F1 {t['conflict_f1']:.3f}",
              f"  side precision {t['side_precision']:.3f} ({t['matched_sides_on_gold']}/{t['matched_sides']} sides of "
              f"matching conflicts on a gold side); {t['sides_per_conflict']:.2f} sides per predicted conflict",
              f"  event date accuracy {t['event_date_accuracy']:.3f} ({t['event_dates_correct']}/"
              f"{t['event_dates_scored']})",
              f"  copies (pairs within copy groups, a copy sharing ≥ {COPY_SHARE:.0%} of its text) precision "
              f"{t['copy_precision']:.3f} ({t['copy_pairs_right']}/{t['copy_pairs_predicted']}) recall "
              f"{t['copy_recall']:.3f} ({t['copy_pairs_right']}/{t['copy_pairs_gold']}) F1 {t['copy_f1']:.3f}"]
    if "allsides" in metrics:
        a = metrics["allsides"]
        lines.append(f"AllSides held-out stories (outlets that mostly agree): {a['allsides_conflicts_flagged']} "
                     f"conflicts flagged on {a['allsides_test_stories']} stories ({a['allsides_conflicts_per_story']:.2f}"
                     f" per story; {a['allsides_stories_with_a_conflict']} stories with at least one)")
        lines += [f"  flagged: {line}" for line in a.get("allsides_flagged", ())]
    if "claimdiff" in metrics:
        lines.append("ClaimDiff test")
        lines += [f"  {k}: {v}" for k, v in sorted(metrics["claimdiff"].items())]
    notes = [(r["subtopic"], n) for r in metrics["per_subtopic"] for n in r.get("notes", ())]
    if notes:
        lines.append("Misses and false alarms")
        lines += [f"  {s}: {n}" for s, n in notes]
    return "\n".join(lines)
