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
}
STEPS = ["read", "annotate", "date", "resolve", "attribute", "align", "contrast", "timeline", "profile",
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
    broken = contract_problems(story_to_dict(story))
    (out / "story.json").write_text(to_json(story), encoding="utf-8")
    (out / "report.md").write_text(to_markdown(story), encoding="utf-8")
    (out / "report.html").write_text(to_html(story), encoding="utf-8")
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


def cmd_eval(args) -> int:
    import importlib

    module = importlib.import_module(f"crosswire.evaluation.{args.name}")
    shared = pathlib.Path(args.shared or os.environ.get("CROSSWIRE_SHARED", "../shared"))
    if not (shared / "datasets").exists():
        raise CrosswireError(f"no datasets under {shared}; pass --shared DIR (the folder that holds datasets/)")
    metrics = module.run(shared, split=args.split, limit=args.limit)
    print(json.dumps(metrics, indent=2, sort_keys=True) if args.json else module.format_report(metrics))
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

    p = sub.add_parser("eval", help="score a capability against gold data; prints the metrics")
    p.add_argument("name", choices=sorted(EVALUATIONS), help="; ".join(f"{k}: {v}" for k, v in EVALUATIONS.items()))
    p.add_argument("--split", default="test", help="dataset split (default: test)")
    p.add_argument("--limit", type=int, default=None, help="score only the first N items")
    p.add_argument("--shared", default=None, help="folder holding datasets/ (default: ../shared or $CROSSWIRE_SHARED)")
    p.add_argument("--json", action="store_true", help="print the metrics as JSON")
    common(p)
    p.set_defaults(func=cmd_eval)
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
