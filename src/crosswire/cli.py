"""Command line: parse arguments, call the library, format output. No logic of its own."""

from __future__ import annotations

import argparse
import json
import os
import pathlib
import sys
import time

from crosswire import __version__
from crosswire.config import Settings
from crosswire.errors import CrosswireError

EVALUATIONS = {
    "extraction": "article body extraction: HTML and scraped plain text (AEB, webeval)",
    "entities": "cross-document entity clusters (ECB+)",
    "quotes": "quotes and speakers (PolNeAR), with textacy for comparison",
    "dates": "publication dates and time expressions (webeval, ESC, SemEval-2015 timelines)",
    "claims": "claim alignment, conflicts and roundup coverage (ClaimDiff, AllSides, ECB+)",
    "stories": "whole stories: fact recall, conflicts, event date (story gold on ECB+), AllSides false alarms",
    "clustering": "story clustering (ECB+ sub-topics, AllSides stories), with a TF-IDF baseline",
}
STEPS = ["read", "annotate", "date", "resolve", "attribute", "frame", "align", "contrast", "timeline", "profile",
         "summarize", "write"]


def _settings(args) -> Settings:
    return Settings(progress=not args.quiet and sys.stderr.isatty(), verbose=args.verbose)


def _say(args, message: str) -> None:
    if not args.quiet:
        print(message, file=sys.stderr)


def _report_problems(args, problems) -> None:
    for p in problems:
        _say(args, f"skipped {p.source}: {p.reason}")
    foreign = [p for p in problems if p.language]
    if foreign:
        _say(args, f"{len(foreign)} document(s) not analysed because they are not English: "
                   + ", ".join(f"{p.source} ({p.language})" for p in foreign[:10]) + (" …" if len(foreign) > 10 else ""))
    if problems:
        _say(args, f"{len(problems)} input(s) skipped.")


def cmd_analyze(args) -> int:
    from crosswire.pipeline import analyze
    from crosswire.render import contract_problems, story_to_dict, to_html, to_json, to_markdown

    settings = _settings(args)
    bar = None
    if settings.progress:
        from tqdm import tqdm

        bar = tqdm(total=len(STEPS), desc="crosswire", unit="step", file=sys.stderr, leave=False)
    started = time.perf_counter()

    def progress(step: str) -> None:
        if bar is not None:
            bar.set_postfix_str(step)
            bar.update(1)
        elif args.verbose:
            print(f"[{time.perf_counter() - started:6.1f}s] {step}", file=sys.stderr)

    story = analyze(args.paths, settings, progress=progress)
    progress("write")
    if bar is not None:
        bar.close()
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    data = story_to_dict(story)  # once, for the contract check, story.json and report.html
    broken = contract_problems(data)
    (out / "story.json").write_text(to_json(data), encoding="utf-8")
    (out / "report.md").write_text(to_markdown(story), encoding="utf-8")
    (out / "report.html").write_text(to_html(data), encoding="utf-8")
    _report_problems(args, story.problems)
    _say(args, f"{len(story.documents)} documents, {len(story.entities)} entities, {len(story.quotes)} quotes, "
               f"{len(story.claims)} claims, {len(story.conflicts)} conflicts "
               f"in {time.perf_counter() - started:.1f}s")
    if broken:
        raise CrosswireError(f"story.json breaks its contract ({len(broken)} problems, first: {broken[0]}); "
                             "this is a crosswire bug, please report it with the input")
    print(f"story:  {out / 'story.json'}\nreport: {out / 'report.md'}\nhtml:   {out / 'report.html'}")
    return 0


def cmd_extract(args) -> int:
    from crosswire.pipeline import extract
    from crosswire.render.json import document_fields

    documents, problems = extract(args.paths, _settings(args))
    for doc in documents:
        print(json.dumps(document_fields(doc), ensure_ascii=False))
    _report_problems(args, problems)
    if not documents:
        raise CrosswireError("nothing usable to extract: " + ("; ".join(f"{p.source}: {p.reason}" for p in problems[:5])
                                                             or "no input files given"))
    return 0


def _bar(args):
    """A progress callback (stage, done, total): a bar on a terminal, nothing otherwise."""
    if args.quiet or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    bars = {}

    def progress(stage: str, done: int, total: int) -> None:
        bar = bars.get(stage)
        if bar is None:
            bar = bars[stage] = tqdm(total=total, desc=stage, unit="item", file=sys.stderr, leave=False)
        bar.total = total
        bar.n = done
        bar.refresh()
        if done >= total:
            bar.close()

    return progress


def cmd_ingest(args) -> int:
    from crosswire.runners import ingest_paths
    from crosswire.store import Store

    with Store(args.db) as store:
        report = ingest_paths(args.paths, store, _settings(args), executor=args.executor,
                              analyze=not args.no_analyze, progress=_bar(args), ray_address=args.ray_address)
    _report_problems(args, report.problems)
    print(f"{args.db}: {report.summary()}")
    if not report.articles_new and not report.already_stored and report.problems:
        raise CrosswireError("nothing usable to ingest: " + "; ".join(f"{p.source}: {p.reason}"
                                                                      for p in report.problems[:5]))
    return 0


def cmd_cluster(args) -> int:
    from crosswire.runners import cluster_paths

    rows, problems = cluster_paths(args.paths, _settings(args), progress=_bar(args))
    for row in rows:
        print(json.dumps(row, ensure_ascii=False))
    _report_problems(args, problems)
    if not rows:
        raise CrosswireError("nothing usable to cluster: " + ("; ".join(f"{p.source}: {p.reason}" for p in problems[:5])
                                                             or "no input files given"))
    return 0


def cmd_stories(args) -> int:
    from crosswire.store import Store

    with Store(args.db, readonly=True) as store:
        stories = store.list_stories(query=args.query, limit=args.limit)
    if args.json:
        print(json.dumps(stories, ensure_ascii=False, indent=2))
        return 0
    for s in stories:
        dates = " – ".join(sorted({d for d in (s["first_published"], s["last_published"]) if d})) or "undated"
        print(f"{s['id']}  {s['documents']:3d} docs  {s['independent_origins']:3d} origins  "
              f"{s['conflicts']:2d} conflicts  {dates}  {s['title']}")
        if s["outlets"]:
            print(f"{'':16s}outlets: {', '.join(s['outlets'])}")
    return 0


def cmd_show(args) -> int:
    from crosswire.runners import render_story
    from crosswire.store import Store

    with Store(args.db, readonly=True) as store:
        paths = render_story(store, args.story, pathlib.Path(args.out))
    print("\n".join(f"{name + ':':7s} {path}" for name, path in paths.items()))
    return 0


def cmd_eval(args) -> int:
    import importlib
    import inspect

    module = importlib.import_module(f"crosswire.evaluation.{args.name}")
    shared = pathlib.Path(args.shared or os.environ.get("CROSSWIRE_SHARED", "../shared"))
    if not (shared / "datasets").exists():
        raise CrosswireError(f"no datasets under {shared}; pass --shared DIR (the folder that holds datasets/)")
    options = {"only": args.only, "verbose": args.verbose}
    accepted = inspect.signature(module.run).parameters
    metrics = module.run(shared, split=args.split, limit=args.limit,
                         **{k: v for k, v in options.items() if v and k in accepted})
    print(json.dumps(metrics, indent=2, sort_keys=True) if args.json else module.format_report(metrics))
    return 0


def cmd_serve(args) -> int:
    from crosswire.web import serve

    serve(args.db, host=args.host, port=args.port, say=lambda message: _say(args, message))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="crosswire", description="Reconstruct a news story from many "
                                     "outlets' coverage; every item points to the words that support it.")
    parser.add_argument("--version", action="version", version=f"crosswire {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    def common(p):
        p.add_argument("--quiet", "-q", action="store_true", help="print only the result")
        p.add_argument("--verbose", "-v", action="store_true", help="say what each step does and how long it took")

    p = sub.add_parser("analyze", help="articles (files, folders, '-' for stdin) → story.json, report.md, report.html")
    p.add_argument("paths", nargs="+", help=".txt, .html/.htm, .json/.jsonl files or folders; '-' reads stdin")
    p.add_argument("--out", "-o", default="out", help="output folder (default: out)")
    common(p)
    p.set_defaults(func=cmd_analyze)

    p = sub.add_parser("extract", help="cleaning only: one JSON object per document on stdout")
    p.add_argument("paths", nargs="+")
    common(p)
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("ingest", help="add articles to the store: copies found, stories formed and analysed")
    p.add_argument("paths", nargs="+", help="files or folders (.txt, .html, .json/.jsonl, .warc/.warc.gz, RSS/Atom feeds)")
    p.add_argument("--db", default="crosswire.db", help="the store, an SQLite file (default: ./crosswire.db)")
    p.add_argument("--executor", choices=["local", "ray"], default="local",
                   help="where cleaning and story analysis run (default: this process)")
    p.add_argument("--ray-address", default=None, help="a running Ray cluster (default: start a local one)")
    p.add_argument("--no-analyze", action="store_true", help="store and cluster only; analyse stories later")
    common(p)
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("cluster", help="group articles into stories without a store: one JSON line per document")
    p.add_argument("paths", nargs="+")
    common(p)
    p.set_defaults(func=cmd_cluster)

    p = sub.add_parser("stories", help="the stories in the store, newest first")
    p.add_argument("--db", default="crosswire.db", help="the store (default: ./crosswire.db)")
    p.add_argument("--json", action="store_true", help="print a JSON list")
    p.add_argument("--query", default=None, help="only stories whose articles or claims contain these words")
    p.add_argument("--limit", type=int, default=200)
    common(p)
    p.set_defaults(func=cmd_stories)

    p = sub.add_parser("show", help="one stored story → story.json, report.md, report.html")
    p.add_argument("story", help="a story id (see `crosswire stories`)")
    p.add_argument("--db", default="crosswire.db", help="the store (default: ./crosswire.db)")
    p.add_argument("--out", "-o", required=True, help="output folder")
    common(p)
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("eval", help="score a capability against gold data; prints the metrics")
    p.add_argument("name", choices=sorted(EVALUATIONS), help="; ".join(f"{k}: {v}" for k, v in EVALUATIONS.items()))
    p.add_argument("--split", default="test", help="dataset split (default: test)")
    p.add_argument("--limit", type=int, default=None, help="score only the first N items")
    p.add_argument("--only", default=None, help="score only this item (stories: a sub-topic such as 12_ecb)")
    p.add_argument("--shared", default=None, help="folder holding datasets/ (default: ../shared or $CROSSWIRE_SHARED)")
    p.add_argument("--json", action="store_true", help="print the metrics as JSON")
    common(p)
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("serve", help="the stories of a store in a browser (a local web app and a JSON API)")
    p.add_argument("--db", default="crosswire.db", help="the store file (default: crosswire.db; created if missing)")
    p.add_argument("--host", default="127.0.0.1", help="interface to listen on (default: 127.0.0.1, this machine only)")
    p.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    common(p)
    p.set_defaults(func=cmd_serve)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except CrosswireError as exc:
        print(f"crosswire: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("crosswire: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
