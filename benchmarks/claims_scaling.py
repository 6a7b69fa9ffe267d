"""Time of find_shares + align_claims + find_conflicts (on fact frames) for 10, 100 and 1,000 documents.

Documents are built at run time from AllSides article sentences (shared/datasets/multi-outlet): each synthetic
story draws sentences from one real story's three articles, so outlets overlap and some paragraphs repeat
as wire copy would. Annotation and frame extraction run before the clock. Usage: .venv/bin/python benchmarks/claims_scaling.py [shared_dir] [sizes...]
"""

from __future__ import annotations

import gzip
import json
import pathlib
import random
import re
import sys
import time

from crosswire.align import align_claims, find_shares
from crosswire.annotate import annotate, load_pipeline
from crosswire.attribute import extract_statements
from crosswire.contrast import find_conflicts
from crosswire.embed import MiniLMEmbedder
from crosswire.frame import extract_frames
from crosswire.models import Document

SENT = re.compile(r"[^.!?]+[.!?]")


def stories(shared: pathlib.Path) -> list[list[str]]:
    with gzip.open(shared / "datasets" / "multi-outlet" / "allsides_stories_2021-04_2021-10.jsonl.gz", "rt") as fh:
        out = []
        for line in fh:
            story = json.loads(line)
            sents = [m.group(0).strip() for side in story["news"].values() for p in side.get("newBody", [])
                     for m in SENT.finditer(p) if len(m.group(0)) > 40]
            if len(sents) >= 8:
                out.append(sents)
    return out


def synthetic(n: int, pool: list[list[str]], rng: random.Random) -> list[Document]:
    docs = []
    for k in range(n):
        sents = pool[k // 5 % len(pool)]  # five outlets per story
        chosen = rng.sample(sents, min(15, len(sents)))
        paras = [" ".join(chosen[i:i + 3]) for i in range(0, len(chosen), 3)]
        if docs and rng.random() < 0.2:  # wire copy: a paragraph of the previous document
            paras.insert(1, docs[-1].text.split("\n\n")[0])
        docs.append(Document(id=f"d{k}", source="", sha256=str(k), title="", text="\n\n".join(paras),
                             outlet=f"outlet{k % 37}"))
    return docs


def main() -> None:
    shared = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parents[2] / "shared"
    sizes = [int(a) for a in sys.argv[2:]] or [10, 100, 1000]
    pool, embedder, nlp = stories(shared), MiniLMEmbedder(threads=2), load_pipeline()
    embedder.encode(["warm up"])
    print(f"{'docs':>6} {'stmts':>7} {'shares s':>9} {'align s':>8} {'conflicts s':>12} {'ms/stmt':>8}")
    for n in sizes:
        docs = synthetic(n, pool, random.Random(n))
        annotations = annotate(docs, nlp=nlp)
        stmts = [s for d, a in zip(docs, annotations) for s in extract_statements(d, a, [])]
        frames = [f for d, a in zip(docs, annotations) for f in extract_frames(d, a, stmts, [])]
        t0 = time.perf_counter()
        shares = find_shares(docs)
        t1 = time.perf_counter()
        claims = align_claims(stmts, docs, shares, embedder)
        t2 = time.perf_counter()
        find_conflicts(claims, docs, frames)
        t3 = time.perf_counter()
        print(f"{n:>6} {len(stmts):>7} {t1 - t0:>9.2f} {t2 - t1:>8.2f} {t3 - t2:>12.2f} "
              f"{1000 * (t3 - t0) / max(1, len(stmts)):>8.2f}", flush=True)


if __name__ == "__main__":
    main()
