"""Conflicts on the held-out ECB+ test sub-topics, printed for review (no gold there: prints only).

Each test sub-topic (topics 36-45) is analysed as one story, its articles handed over as a user would
(``crosswire.evaluation.stories.raw_input``); per sub-topic the number of conflicts and of their sides,
then one line per conflict: kind, number of sides, topic and the values. With ``--verbose`` each side's
first statement is printed too; ``--only SUBTOPIC`` analyses one; totals come last. With ``--dates``
each sub-topic's line also shows the story's event date, its basis and the words it was read from
(no gold for these: for review by reading the texts).

Usage: .venv/bin/python benchmarks/heldout_conflicts.py [shared_dir] [--only 37_ecbplus] [--verbose] [--dates]
"""

from __future__ import annotations

import argparse
import gzip
import json
import pathlib

from crosswire.annotate import load_pipeline
from crosswire.config import Settings
from crosswire.contrast import headline
from crosswire.embed import LazyEmbedder
from crosswire.evaluation.stories import _date_evidence, analyse_subtopic, load_records


def test_subtopics(shared: pathlib.Path) -> list[str]:
    """The sub-topics of ECB+'s held-out (test) topics, in a stable order."""
    names = set()
    with gzip.open(shared / "datasets" / "ecbplus" / "ecbplus_docs.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            if rec.get("split") == "test":
                names.add(rec["subtopic"])
    return sorted(names, key=lambda s: (int(s.split("_")[0]), s))


def _short(text: str, n: int = 100) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shared", nargs="?", default="../shared")
    parser.add_argument("--only")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--dates", action="store_true", help="show each story's event date and its words")
    args = parser.parse_args()
    shared = pathlib.Path(args.shared)
    names = test_subtopics(shared)
    if args.only:
        names = [n for n in names if n == args.only]
    records = load_records(shared, names)
    settings = Settings(n_process=1)
    nlp, embedder = load_pipeline(), LazyEmbedder(threads=1)
    total_c = total_s = 0
    for name in names:
        story, _rejected = analyse_subtopic(records.get(name, []), nlp, embedder, settings)
        sides = sum(len(c.sides) for c in story.conflicts)
        total_c += len(story.conflicts)
        total_s += sides
        print(f"{name}: {len(story.documents)} documents, {len(story.conflicts)} conflicts, {sides} sides")
        if args.dates:
            date = story.event_date
            print(f"  event date {date.value if date else None} ({date.basis if date else None}: "
                  f"{_date_evidence(story) or 'no evidence'})")
        for c in story.conflicts:
            print(f"  [{c.kind}] {len(c.sides)} sides: {_short(headline(c), 110)}")
            if args.verbose:
                for side in c.sides:
                    first = side.statements[0].text if side.statements else ""
                    print(f"      {side.value}: {_short(first, 120)}")
    print(f"total: {len(names)} sub-topics, {total_c} conflicts, {total_s} sides"
          + (f" ({total_s / total_c:.2f} per conflict)" if total_c else ""))


if __name__ == "__main__":
    main()
