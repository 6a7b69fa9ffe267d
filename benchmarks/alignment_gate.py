"""The alignment gate: how many of the links the sentence model makes survive the word-overlap gate,
and how many statements the gate spares from the model.

    .venv/bin/python benchmarks/alignment_gate.py [--shared ../shared] [--split dev] [--polnear 100]

For each set, every blocked pair (sharing an informative word) is embedded and linked with the link rule
(`crosswire.align.claims.says_same`); the gate's recall is the share of those links whose pair also
passes the gate, and "embedded" the share of statements that take part in a gated pair (the others are
never sent to the model). Sets: ECB+ topics and AllSides stories (the given split), the example corpus,
and PolNeAR articles analysed together as one input (as in benchmarks/speed.py).
"""

from __future__ import annotations

import argparse
import pathlib
import sys

from crosswire.align.claims import GATE, candidate_pairs, content_words, says_same
from crosswire.embed import MiniLMEmbedder
from crosswire.evaluation.roundups import allsides_stories, ecbplus_topics


def measure(groups, embedder) -> dict:
    links = kept = statements = embedded = blocked = gated = 0
    for group in groups:
        if not group:
            continue
        words = [content_words(s.text) for s in group]
        every = candidate_pairs(group, words, gate=0.0)
        passing = candidate_pairs(group, words)
        statements += len(group)
        embedded += len({k for pair in passing for k in pair})
        blocked += len(every)
        gated += len(passing)
        if not every:
            continue
        vectors = embedder.encode([s.text for s in group])
        for a, b in every:
            if says_same(float(vectors[a] @ vectors[b]), len(words[a] & words[b])):
                links += 1
                kept += (a, b) in passing
    return {"statements": statements, "blocked pairs": blocked, "gated pairs": gated, "model links": links,
            "gate recall": round(kept / (links or 1), 3), "embedded": round(embedded / (statements or 1), 3)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=str(pathlib.Path(__file__).resolve().parents[2] / "shared"))
    parser.add_argument("--split", default="dev")
    parser.add_argument("--polnear", type=int, default=100, help="articles analysed together (0: skip)")
    args = parser.parse_args()
    shared = pathlib.Path(args.shared)
    embedder = MiniLMEmbedder()
    sets = {
        "ECB+ topics": [st for _d, st, _e in ecbplus_topics(shared, args.split, None)],
        "AllSides stories": [st for _d, st, _r in allsides_stories(shared, args.split, None)],
    }
    from crosswire.pipeline import analyze

    sets["example corpus"] = [list(analyze([str(shared / "corpora" / "kadhimi-2021")],
                                           embedder=embedder).statements)]
    if args.polnear:
        sys.path.insert(0, str(pathlib.Path(__file__).parent))
        from speed import load_articles

        folder = pathlib.Path("/tmp/crosswire-gate") / str(args.polnear)
        folder.mkdir(parents=True, exist_ok=True)
        for k, text in enumerate(load_articles(shared, args.polnear)):
            (folder / f"{k:04d}.txt").write_text(text, encoding="utf-8")
        sets[f"PolNeAR {args.polnear} articles"] = [list(analyze([str(folder)], embedder=embedder).statements)]
    print(f"gate {GATE}: share of overlap + 0.05 per shared word")
    for name, groups in sets.items():
        print(f"{name}: " + ", ".join(f"{k} {v}" for k, v in measure(groups, embedder).items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
