"""Claims evaluation: ClaimDiff pair separation by alignment similarity and conflict flags, the example
corpus gold claims and conflicts (tests/gold/kadhimi/claims.json), AllSides roundup coverage and ECB+ event
alignment (crosswire.evaluation.roundups).

    crosswire eval claims [--split test] [--limit N]
"""

from __future__ import annotations

import json
import lzma
import pathlib
from collections import defaultdict

import numpy as np

from crosswire.align import content_words
from crosswire.contrast import find_conflicts
from crosswire.models import Attribution, Claim, Document, Statement, stable_id

ROOT = pathlib.Path(__file__).resolve().parents[3]
GOLD = ROOT / "tests" / "gold" / "kadhimi" / "claims.json"


def _claimdiff(shared_dir: pathlib.Path, kind: str, split: str, limit: int | None) -> list[dict]:
    name = f"ClaimDiff-{kind}-{'test-full' if split == 'test' else 'train'}.json.xz"
    with lzma.open(shared_dir / "datasets" / "multi-outlet" / "claimdiff" / name, "rt") as fh:
        data = json.load(fh)["data"]
    return data[:limit] if limit else data


def _best_f1(labels: np.ndarray, scores: np.ndarray) -> tuple[float, float]:
    best = (0.0, 0.0)
    for t in np.unique(scores):
        pred = scores >= t
        tp = float((pred & (labels == 1)).sum())
        if tp:
            p, r = tp / pred.sum(), tp / (labels == 1).sum()
            best = max(best, (2 * p * r / (p + r), float(t)))
    return best


def _pair_conflict(a: str, b: str) -> bool:
    docs = [Document(id=f"d{i}", source="", sha256="", title="", text=t) for i, t in enumerate((a, b))]
    claims = [Claim(id=stable_id("c", d.id), text=d.text, docs=(d.id,), independent_sources=1, status="single-source",
                    statements=(Statement(id=d.id, doc=d.id, start=0, end=len(d.text), text=d.text, sentence=0,
                                          attribution=Attribution("self")),)) for d in docs]
    return bool(find_conflicts(claims, docs)[0])


def claimdiff_metrics(shared_dir: pathlib.Path, split: str, limit: int | None, embedder) -> dict:
    from sklearn.metrics import roc_auc_score

    out: dict[str, float] = {}
    for kind in ("strength", "weak"):
        rows = _claimdiff(shared_dir, kind, split, limit)
        labels = np.array([r["relation"] for r in rows])
        va = embedder.encode([r["claim_a"] for r in rows])
        vb = embedder.encode([r["claim_b"] for r in rows])
        cos = (va * vb).sum(axis=1)
        overlap = np.array([len(content_words(r["claim_a"]) & content_words(r["claim_b"])) for r in rows], float)
        out[f"claimdiff_{kind}_pairs"] = len(rows)
        out[f"claimdiff_{kind}_cosine_auc"] = round(float(roc_auc_score(labels, cos)), 3)
        out[f"claimdiff_{kind}_overlap_auc"] = round(float(roc_auc_score(labels, overlap)), 3)
        f1, thr = _best_f1(labels, cos)
        out[f"claimdiff_{kind}_cosine_best_f1"] = round(float(f1), 3)
        out[f"claimdiff_{kind}_cosine_best_threshold"] = round(thr, 3)
        if kind == "weak":
            flags = np.array([_pair_conflict(r["claim_a"], r["claim_b"]) for r in rows])
            tp = float((flags & (labels == 1)).sum())
            out["claimdiff_weak_conflict_precision"] = round(float(tp / flags.sum()), 3) if flags.sum() else 0.0
            out["claimdiff_weak_conflict_recall"] = round(float(tp / max(1, (labels == 1).sum())), 3)
            out["claimdiff_unrelated_conflict_rate"] = round(float(flags[labels == 0].mean()), 3)
    return out


def _has(text: str, words: list[str]) -> bool:
    low = text.lower()
    return all(w.lower() in low for w in words)


def gold_metrics(claims, conflicts, gold: dict) -> dict:
    """Share of gold claims found with enough documents and origins, and of gold conflicts found."""
    found_claims = 0
    for g in gold["claims"]:
        ok = [c for c in claims if any(_has(s.text, ws) for s in c.statements for ws in g["any_of"])]
        docs = {s.doc for c in ok for s in c.statements if any(_has(s.text, ws) for ws in g["any_of"])}
        best = max((c.independent_sources for c in ok), default=0)
        if len(docs) >= g["min_docs"] and (best >= g["min_sources"] or len(docs) >= g["min_sources"]):
            found_claims += 1
    found_conflicts = 0
    for g in gold["conflicts"]:
        for x in conflicts:
            if x.kind != g["kind"]:
                continue
            hit = [any(any(w in sp.text.lower() for w in words) for side in x.sides for sp in side.statements)
                   for words in g["sides"]]
            if all(hit):
                found_conflicts += 1
                break
    return {"kadhimi_claim_recall": round(found_claims / len(gold["claims"]), 3),
            "kadhimi_conflict_recall": round(found_conflicts / len(gold["conflicts"]), 3),
            "kadhimi_conflicts": len(conflicts),
            "kadhimi_corroborated_claims": sum(c.status != "single-source" and c.independent_sources >= 2
                                               for c in claims)}


def kadhimi_metrics(shared_dir: pathlib.Path, embedder) -> dict:
    from crosswire.pipeline import analyze

    story = analyze([str(shared_dir / "corpora" / "kadhimi-2021")], embedder=embedder)
    return gold_metrics(story.claims, story.conflicts, json.loads(GOLD.read_text()))


def run(shared_dir: pathlib.Path, split: str = "test", limit: int | None = None, embedder=None) -> dict:
    """ClaimDiff pair separation and the example-corpus gold, as one flat dict of metrics."""
    if embedder is None:
        from crosswire.embed import LazyEmbedder

        embedder = LazyEmbedder()
    shared_dir = pathlib.Path(shared_dir)
    metrics = claimdiff_metrics(shared_dir, split, limit, embedder)
    if GOLD.exists():
        metrics.update(kadhimi_metrics(shared_dir, embedder))
    from crosswire.evaluation import roundups

    metrics.update(roundups.allsides(shared_dir, split, limit, embedder))
    metrics.update(roundups.ecbplus_events(shared_dir, split, limit, embedder))
    return metrics


def format_report(metrics: dict) -> str:
    groups: dict[str, list[str]] = defaultdict(list)
    for k, v in metrics.items():
        groups[k.split("_")[0]].append(f"  {k}: {v}")
    return "\n".join(f"{g}\n" + "\n".join(lines) for g, lines in groups.items())
