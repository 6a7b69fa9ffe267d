"""Speed: `crosswire analyze` on ~100 real news articles next to spaCy's nlp.pipe alone on the same texts.

    .venv/bin/python benchmarks/speed.py [--docs 100] [--shared ../shared] [--scaling 10,100,1000]

Articles are read at run time from ../shared/datasets/polnear (never copied into the repository).
Prints documents/s, peak memory, and the ratio analyze / nlp.pipe (the target is ≤ 2).
"""

from __future__ import annotations

import argparse
import gzip
import json
import pathlib
import resource
import sys
import time


def load_articles(shared: pathlib.Path, n: int) -> list[str]:
    texts = []
    with gzip.open(shared / "datasets" / "polnear" / "polnear_docs.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            if rec.get("split") in ("dev", "test", "train") and len(rec["text"].split()) > 200:
                texts.append(rec["text"])
            if len(texts) >= n:
                break
    return texts


def peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, kids) / 1024


def time_spacy(texts: list[str], n_process: int) -> float:
    from crosswire.annotate import load_pipeline

    nlp = load_pipeline()
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=16, n_process=n_process):
        pass
    return time.perf_counter() - start


def time_crosswire(texts: list[str], workdir: pathlib.Path) -> tuple[float, dict]:
    from crosswire.config import Settings
    from crosswire.embed import MiniLMEmbedder
    from crosswire.pipeline import analyze

    workdir.mkdir(parents=True, exist_ok=True)
    for k, text in enumerate(texts):
        (workdir / f"{k:04d}.txt").write_text(text, encoding="utf-8")
    from crosswire.annotate import load_pipeline

    # both models loaded before the clock starts, as the spaCy model is for the baseline
    embedder = MiniLMEmbedder(threads=2)
    nlp = load_pipeline()
    steps: dict[str, float] = {}
    last = [time.perf_counter(), "start"]

    def progress(step: str) -> None:
        now = time.perf_counter()
        steps[last[1]] = steps.get(last[1], 0.0) + now - last[0]
        last[0], last[1] = now, step

    # one warm-up run on three articles: imports, regex tables and date locales load before the clock,
    # as the spaCy model does for the baseline
    warm = workdir.parent / "warm-up"
    warm.mkdir(parents=True, exist_ok=True)
    for k, text in enumerate(texts[:3]):
        (warm / f"{k}.txt").write_text(text, encoding="utf-8")
    analyze([str(warm)], Settings(), embedder=embedder, nlp=nlp)
    start = time.perf_counter()
    story = analyze([str(workdir)], Settings(), embedder=embedder, nlp=nlp, progress=progress)
    progress("end")
    elapsed = time.perf_counter() - start
    steps.pop("start", None)
    return elapsed, {"documents": len(story.documents), "claims": len(story.claims), "steps": steps}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=100)
    parser.add_argument("--shared", default=str(pathlib.Path(__file__).resolve().parents[2] / "shared"))
    parser.add_argument("--workdir", default="/tmp/crosswire-bench")
    args = parser.parse_args()
    texts = load_articles(pathlib.Path(args.shared), args.docs)
    if not texts:
        print("no articles found; pass --shared", file=sys.stderr)
        return 1
    spacy_s = time_spacy(texts, n_process=2)
    cw_s, info = time_crosswire(texts, pathlib.Path(args.workdir) / str(len(texts)))
    print(f"articles: {len(texts)} (analysed: {info['documents']}, claims: {info['claims']})")
    print(f"spaCy nlp.pipe alone, 2 processes: {spacy_s:6.1f} s  {len(texts) / spacy_s:6.1f} docs/s")
    print(f"crosswire analyze:                 {cw_s:6.1f} s  {len(texts) / cw_s:6.1f} docs/s")
    print(f"ratio analyze / nlp.pipe: {cw_s / spacy_s:.2f} (target ≤ 2)")
    print(f"peak memory (largest process): {peak_mb():.0f} MB")
    print("time per step: " + ", ".join(f"{k} {v:.1f}s" for k, v in info["steps"].items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
