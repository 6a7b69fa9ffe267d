"""Story event dates only: each ECB+ sub-topic's articles cleaned, parsed, dated and voted, without the rest of
the analysis (about a tenth of the time of ``crosswire eval stories``).

On the story gold's development events it prints each story's event date against the gold (the same rule as
``crosswire eval stories``: equal at the gold's precision) and the accuracy; with ``--heldout`` it prints the
held-out ECB+ test sub-topics' dates (no gold there: for review by reading the texts). ``--only SUBTOPIC``
dates one story; ``--verbose`` adds each document's publication date, its basis and its evidence.

Usage: .venv/bin/python benchmarks/story_dates.py [shared_dir] [--heldout] [--only 36_ecb] [--verbose]
"""

from __future__ import annotations

import argparse
import pathlib
import sys

from crosswire.annotate import annotate, load_pipeline
from crosswire.config import Settings
from crosswire.date import date_documents, event_date
from crosswire.evaluation.stories import date_matches, load_gold, load_records, story_documents

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from heldout_conflicts import test_subtopics  # noqa: E402


def _shown(value) -> str:
    if value is None:
        return "no date"
    words = f'"{value.span.text}" in {value.span.doc}' if value.span is not None else (value.evidence or "")
    return f"{value.value} ({value.basis}: {' '.join(words.split())[:70]})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shared", nargs="?", default="../shared")
    parser.add_argument("--heldout", action="store_true", help="the held-out test sub-topics (no gold)")
    parser.add_argument("--only")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    shared = pathlib.Path(args.shared)
    if args.heldout:
        gold = {name: None for name in test_subtopics(shared)}
    else:
        gold = {s["subtopic"]: s["event_date"]["value"] for s in load_gold(shared, "dev")[1]}
    names = [n for n in gold if args.only in (None, n)]
    records = load_records(shared, names)
    settings, nlp = Settings(n_process=1), load_pipeline()
    scored = correct = 0
    for name in names:
        documents, raws, _rejected = story_documents(records.get(name, []), settings)
        annotations = annotate(documents, settings, nlp)
        documents = date_documents(documents, annotations, raws)
        value = event_date(documents, annotations)
        mark = ""
        if gold[name] is not None:
            ok = date_matches(value.value if value else None, gold[name])
            scored, correct = scored + 1, correct + ok
            mark = f"  gold {gold[name]} {'ok' if ok else 'WRONG'}"
        print(f"{name:12s} {_shown(value)}{mark}", flush=True)
        if args.verbose:
            for d in documents:
                print(f"    {d.id:14s} {_shown(d.published)}")
    if scored:
        print(f"event date accuracy {correct / scored:.3f} ({correct}/{scored})")


if __name__ == "__main__":
    main()
