"""Memory: peak RSS of `crosswire analyze` (the process and its worker processes together) as the number
of documents grows, and documents/s.

    .venv/bin/python benchmarks/memory.py [--shared ../shared] [--docs 100,300,1000]

The input is ECB+ (all topics together, as one story input): the first N articles of
../shared/datasets/ecbplus/ecbplus_docs.jsonl.gz, written as one JSON Lines file in a temporary folder
(ECB+ holds 982 articles, so "1000" analyses all 982). Each size runs `crosswire analyze` in a fresh
process; the whole process tree's resident memory is sampled every 50 ms from /proc (Linux) and its
largest sum is reported next to the largest single process (ru_maxrss of the children).
Target: ≤ 1.5 GB peak and ≥ 8 docs/s on 2 cores. Timings depend on what else the machine runs.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import pathlib
import resource
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent


def write_input(shared: pathlib.Path, n: int, folder: pathlib.Path) -> tuple[pathlib.Path, int]:
    path = folder / f"ecbplus-{n}.jsonl"
    count = 0
    with gzip.open(shared / "datasets" / "ecbplus" / "ecbplus_docs.jsonl.gz", "rt", encoding="utf-8") as f, \
            path.open("w", encoding="utf-8") as out:
        for line in f:
            if count >= n:
                break
            rec = json.loads(line)
            out.write(json.dumps({"text": rec["text"], "url": rec.get("url") or f"ecbplus:{rec['doc_id']}"}) + "\n")
            count += 1
    return path, count


def _children() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = pathlib.Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        kids.setdefault(ppid, []).append(int(entry))
    return kids


def tree_rss_mb(root: int) -> float:
    """Resident memory of a process and all its descendants, in MB."""
    kids = _children()
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        todo.extend(kids.get(pid, []))
        try:
            for line in pathlib.Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total / 1024


def run_one(path: pathlib.Path, out: pathlib.Path) -> tuple[float, float, int]:
    cmd = [str(ROOT / ".venv" / "bin" / "crosswire"), "analyze", str(path), "--out", str(out), "--quiet"]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0.0
    while proc.poll() is None:
        peak = max(peak, tree_rss_mb(proc.pid))
        time.sleep(0.05)
    seconds = time.perf_counter() - start
    err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    if proc.returncode != 0:
        sys.exit(f"crosswire analyze failed ({proc.returncode}): {err[-2000:]}")
    return peak, seconds, proc.returncode


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--docs", default="100,300,1000", help="comma-separated input sizes")
    args = parser.parse_args()
    sizes = [int(s) for s in args.docs.split(",")]
    print(f"{'docs':>6} {'peak tree RSS MB':>17} {'largest process MB':>19} {'seconds':>8} {'docs/s':>7}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = pathlib.Path(tmp)
        for n in sizes:
            path, count = write_input(pathlib.Path(args.shared), n, folder)
            before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
            peak, seconds, _ = run_one(path, folder / f"out-{n}")
            largest = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
            story = json.loads((folder / f"out-{n}" / "story.json").read_text(encoding="utf-8"))
            analysed = len(story["documents"])
            print(f"{count:>6} {peak:>17.0f} {largest:>19.0f} {seconds:>8.1f} {analysed / seconds:>7.2f}"
                  f"   ({analysed} analysed, {len(story.get('problems', []))} skipped)", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
