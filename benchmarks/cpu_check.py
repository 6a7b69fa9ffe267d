"""Same decisions on every x86 CPU: the sentence model's cosines and decisions here and under an emulated
AVX2-only CPU (no AVX-512, no VNNI).

    .venv/bin/python benchmarks/cpu_check.py            # native vs `qemu-x86_64 -cpu Haswell` (Debian: qemu-user)
    .venv/bin/python benchmarks/cpu_check.py --emit F   # (internal) write this CPU's results to F

Embeds sentences of the example corpus with the default (fp32 ONNX) backend, computes every pairwise
cosine, settles those near the decision thresholds with the float64 arbiter and prints: the largest raw
cosine difference between the two CPUs (kernel noise), how many cosines were settled, and whether every
decision agrees. Exit 1 when a decision differs.
"""

from __future__ import annotations

import json
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import time

import numpy as np

ROOT = pathlib.Path(__file__).resolve().parent.parent
THRESHOLDS = (0.35, 0.55, 0.68, 0.8, 0.85)  # every cosine threshold the pipeline decides on


def sentences(limit: int) -> list[str]:
    out = []
    for path in sorted((ROOT / "examples" / "kadhimi-2021").glob("*.txt")):
        for s in re.split(r"(?<=[.!?])\s+", path.read_text(encoding="utf-8")):
            s = " ".join(s.split())
            if 40 <= len(s) <= 300 and s not in out:
                out.append(s)
    return out[:limit]


def emit(target: str, limit: int) -> None:
    from crosswire.embed import LazyEmbedder, settle

    texts = sentences(limit)
    embedder = LazyEmbedder(threads=2)
    vectors = embedder.encode(texts)
    i, j = np.triu_indices(len(texts), k=1)
    raw = np.sum(vectors[i] * vectors[j], axis=1).astype(np.float64)
    settled = settle(embedder, [(texts[a], texts[b]) for a, b in zip(i, j)], raw, THRESHOLDS)
    decisions = {str(t): (settled >= t).astype(int).tolist() for t in THRESHOLDS}
    pathlib.Path(target).write_text(json.dumps({"raw": raw.tolist(), "settled": int(np.sum(settled != raw)),
                                                "decisions": decisions}))


def main() -> int:
    limit = 60
    if "--emit" in sys.argv:
        emit(sys.argv[sys.argv.index("--emit") + 1], limit)
        return 0
    qemu = shutil.which("qemu-x86_64")
    if not qemu:
        print("qemu-x86_64 not found: install Debian's qemu-user to emulate an AVX2-only CPU")
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        here, there = pathlib.Path(tmp) / "native.json", pathlib.Path(tmp) / "haswell.json"
        me = [sys.executable, __file__, "--emit"]
        t = time.perf_counter()
        subprocess.run(me + [str(here)], check=True)
        native_s = time.perf_counter() - t
        t = time.perf_counter()
        subprocess.run([qemu, "-cpu", "Haswell", *me, str(there)], check=True, stderr=subprocess.DEVNULL)
        emulated_s = time.perf_counter() - t
        a, b = json.loads(here.read_text()), json.loads(there.read_text())
    diff = float(np.max(np.abs(np.array(a["raw"]) - np.array(b["raw"]))))
    same = a["decisions"] == b["decisions"]
    print(f"{len(a['raw'])} cosines of {limit} sentences; native {native_s:.1f}s, emulated Haswell {emulated_s:.1f}s")
    print(f"largest raw cosine difference between the CPUs: {diff:.2e}")
    print(f"cosines settled by the float64 arbiter: native {a['settled']}, Haswell {b['settled']}")
    print("every decision agrees" if same else "DECISIONS DIFFER")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
