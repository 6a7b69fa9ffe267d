"""Train the plain-text line classifier on the AEB *development* split; write crosswire/data/clean_lines.json.

    .venv/bin/python benchmarks/train_line_classifier.py [--shared ../shared]

Each page is rendered to naive plain text (the evaluation's fixed rendering); a line is labelled body when
most of its word 4-shingles (or, for short lines, its whole text) occur in the page's gold article body.
Deterministic: same data, same weights. The test split is never read.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import re
import sys

import numpy as np
from sklearn.linear_model import LogisticRegression

from crosswire.clean.lines import FEATURES, _logistic, context_features, line_features, words_of
from crosswire.clean.text import _chrome_reason
from crosswire.evaluation.extraction import load_aeb, render_plain_text, shingles

ROOT = pathlib.Path(__file__).resolve().parent.parent


def labels(lines: list[str], gold: str) -> list[int]:
    gold_sh = shingles(gold)
    gold_norm = " ".join(re.findall(r"\w+", gold.lower()))
    out = []
    for line in lines:
        toks = re.findall(r"\w+", line.lower())
        if len(toks) >= 6:
            sh = shingles(line)
            hit = sum(min(c, gold_sh[k]) for k, c in sh.items()) / max(1, sum(sh.values()))
            out.append(int(hit >= 0.5))
        else:
            out.append(int(bool(toks) and f" {' '.join(toks)} " in f" {gold_norm} "))
    return out


def fit(x: np.ndarray, y: np.ndarray, w: np.ndarray) -> dict:
    mean, scale = x.mean(0), x.std(0)
    mean[0], scale[0] = 0.0, 1.0
    scale[scale == 0] = 1.0
    model = LogisticRegression(C=1.0, max_iter=3000, fit_intercept=False)
    model.fit((x - mean) / scale, y, sample_weight=w)
    return {"mean": mean.round(6).tolist(), "scale": scale.round(6).tolist(), "coef": model.coef_[0].round(6).tolist()}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    args = parser.parse_args()
    xs, ys, ws = [], [], []
    for _pid, html, gold in load_aeb(pathlib.Path(args.shared), "dev"):
        lines = [ln for ln in render_plain_text(html).split("\n") if ln.strip()]
        if not lines:
            continue
        chrome = [_chrome_reason(ln) is not None for ln in lines]
        xs.append(line_features(lines, chrome))
        y = labels(lines, gold)
        ys.append(y)
        words = np.array([max(1, len(words_of(ln))) for ln in lines], dtype=float)
        ws.append(words / words.sum())  # each page weighs the same; long lines weigh more within it
    y, w = np.concatenate(ys), np.concatenate(ws) * len(xs)
    stage1 = fit(np.vstack(xs), y, w)
    x2 = [np.column_stack([x, context_features(_logistic(x, stage1))]) for x in xs]
    stage2 = fit(np.vstack(x2), y, w)
    out = {"features": FEATURES, "stage1": stage1, "stage2": stage2, "threshold": 0.5,
           "trained_on": "AEB dev split, naive plain-text rendering", "lines": int(len(y))}
    path = ROOT / "src" / "crosswire" / "data" / "clean_lines.json"
    path.write_text(json.dumps(out, indent=1) + "\n")
    print(f"trained on {len(y)} lines from {len(xs)} pages; wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
