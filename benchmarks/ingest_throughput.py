"""Throughput of `crosswire ingest`: every ECB+ and AllSides article (≈ 2,460) into a fresh store.

    .venv/bin/python benchmarks/ingest_throughput.py [--shared ../shared] [--analyze] [--limit N]
                                                     [--executor local|ray] [--batches K]

Articles are read at run time from ../shared/datasets (never copied into the repository) and written
to a temporary folder as two JSON Lines dumps, the way a crawl export arrives. Without ``--analyze`` it
measures reading, cleaning, copies, clustering and the store (``crosswire ingest --no-analyze``); with
it, the whole ingest including each story's analysis (slow: use ``--limit``). ``--batches K`` splits the
dumps into K files ingested one after another (an hourly stream), to show the cost per batch stays
flat as the store grows. Prints documents/s, peak memory and the time of each stage.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import resource
import sys
import tempfile
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "src"))

from crosswire.evaluation.clustering import allsides_items, ecbplus_items  # noqa: E402


def peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, kids) / 1024


def write_dumps(shared: pathlib.Path, folder: pathlib.Path, limit: int | None, batches: int) -> int:
    items = [rec | {"id": src} for split in ("dev", "test") for src, rec, _gold in ecbplus_items(shared, split)]
    items += [rec | {"id": src} for split in ("dev", "test") for src, rec, _gold in allsides_items(shared, split)]
    items = items[:limit] if limit else items
    size = -(-len(items) // batches)
    for k in range(batches):
        with open(folder / f"dump-{k:03d}.jsonl", "w", encoding="utf-8") as f:
            for rec in items[k * size:(k + 1) * size]:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return len(items)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default="../shared")
    parser.add_argument("--analyze", action="store_true", help="also analyse every story (slow)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--executor", default="local", choices=["local", "ray"])
    parser.add_argument("--batches", type=int, default=1)
    parser.add_argument("--processes", type=int, default=2, help="worker processes of the local executor")
    parser.add_argument("--ray-cpus", type=int, default=2, help="CPUs of the local Ray instance")
    args = parser.parse_args()

    from crosswire.runners import LocalExecutor, RayExecutor, ingest_paths
    from crosswire.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        folder = pathlib.Path(tmp)
        n = write_dumps(pathlib.Path(args.shared), folder, args.limit, args.batches)
        stages: dict[str, float] = {}
        last = [time.perf_counter()]

        def progress(stage: str, _done: int, _total: int) -> None:
            """The time since the previous report was spent on the stage reporting now."""
            now = time.perf_counter()
            stages[stage] = stages.get(stage, 0.0) + now - last[0]
            last[0] = now

        started = time.perf_counter()
        per_batch = []
        with Store(folder / "bench.db") as store:
            for k in range(args.batches):
                t = time.perf_counter()
                last[0] = t
                executor = (LocalExecutor(args.processes) if args.executor == "local"
                            else RayExecutor(num_cpus=args.ray_cpus))
                report = ingest_paths([str(folder / f"dump-{k:03d}.jsonl")], store, analyze=args.analyze,
                                      executor=executor, progress=progress)
                executor.close()
                progress("other", 0, 0)
                per_batch.append((len(report.articles_new), time.perf_counter() - t))
            counts = store.counts()
        total = time.perf_counter() - started
        db_mb = (folder / "bench.db").stat().st_size / 1e6
    print(f"ingest {'with' if args.analyze else 'without'} analysis, executor {args.executor}: {n} articles "
          f"→ {counts['articles']} stored ({counts['copies']} copies), {counts['stories']} stories, "
          f"{counts['story_versions']} story versions; store {db_mb:.1f} MB")
    cpu = sum(getattr(resource.getrusage(who), f) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
              for f in ("ru_utime", "ru_stime"))
    print(f"total {total:.1f} s = {n / total:.1f} documents/s ({n / cpu:.1f} per CPU-second, {cpu:.1f} CPU-s); "
          f"peak memory {peak_mb():.0f} MB; load average {__import__('os').getloadavg()[0]:.1f}")
    for stage, seconds in sorted(stages.items(), key=lambda kv: -kv[1]):
        if seconds >= 0.05:
            print(f"  {stage:8s} {seconds:7.1f} s  ({n / seconds if seconds else 0:8.1f} documents/s)")
    if args.batches > 1:
        print("per batch (new articles, seconds): " + ", ".join(f"{a}/{s:.1f}s" for a, s in per_batch))
    return 0


if __name__ == "__main__":
    sys.exit(main())
