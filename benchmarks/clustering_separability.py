"""How far the signals a reader uses can tell the gold stories of the clustering benchmarks apart.

`crosswire eval clustering` scores crosswire's stories. This script asks what any clustering built on the same signals
could reach, in three measurements per data set (AllSides article leads, ECB+ documents; one split):

1. **Nearest neighbour.** For each document whose gold story has another document, is its single most similar
   document in the same gold story? Three similarities are compared: crosswire's TF-IDF cosine over
   kind-prefixed terms, the MiniLM cosine of headline and lead, and their sum (MiniLM weighted 0.5). When the
   nearest document belongs to another story, a threshold that joins the pair also joins the wrong one.
2. **Supervised probe.** A logistic regression on 17 pair signals learns which pairs share a story from one half
   of the split. The signals are the TF-IDF cosine, one part per kind of term, the MiniLM cosines of lead and
   headline, the date gap, dated or undated, weekdays, precise figures and same outlet. The probe's pair
   probabilities are then clustered by average linkage on the other half, and the result is set beside crosswire's
   own clusters of that half. The halves are chronological for AllSides and alternate topics for ECB+, and each
   half is scored once as the held-out part.
3. **With dates** (AllSides only). Every undated article is given its roundup's date, an upper bound on what
   publication dates from a feed could add.

Usage: .venv/bin/python benchmarks/clustering_separability.py [shared_dir] [--split dev|test]
(about a minute per split on 2 cores).
"""

from __future__ import annotations

import argparse
import dataclasses
import gzip
import json
import pathlib
from collections import defaultdict

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression

from crosswire.cluster import document_features
from crosswire.cluster.online import (ClusterSettings, Clusterer, _average_linkage, _day, canonical_order,
                                      cluster_features, document_frequencies)
from crosswire.config import Settings
from crosswire.embed import MiniLMEmbedder
from crosswire.evaluation.clustering import allsides_items, b_cubed, documents_of, ecbplus_items

KINDS = "wbenty"
LEAD_WORDS = 60


def load(shared: pathlib.Path, split: str, embedder) -> dict:
    """Per data set: features, gold, lead and headline embeddings, outlets, gold story of each document."""
    out = {}
    for name, items in (("allsides", allsides_items(shared, split)), ("ecbplus", ecbplus_items(shared, split))):
        docs, gold, _skipped = documents_of(items, Settings())
        lead = [f"{d.title}. {' '.join(d.text.split()[:LEAD_WORDS])}" if d.title
                else " ".join(d.text.split()[:LEAD_WORDS + 20]) for d in docs]
        heads = [d.title or " ".join(d.text.split()[:25]) for d in docs]
        out[name] = {"features": [document_features(d) for d in docs], "gold": gold,
                     "lead": np.asarray(embedder.encode(lead), dtype=np.float64),
                     "head": np.asarray(embedder.encode(heads), dtype=np.float64),
                     "outlets": [d.outlet or "" for d in docs]}
    return out


def pair_signals(features, lead, head, outlets) -> dict[str, np.ndarray]:
    """n × n matrices of every pair signal."""
    clusterer = Clusterer(document_frequencies(features), len(features), ClusterSettings())
    units = [clusterer.unit(f) for f in features]
    terms = sorted({t for u in units for t in u})
    column = {t: k for k, t in enumerate(terms)}
    rows = [i for i, u in enumerate(units) for _t in u]
    cols = [column[t] for u in units for t in u]
    vals = [x for u in units for x in u.values()]
    matrix = csr_matrix((vals, (rows, cols)), shape=(len(units), len(terms)))
    kinds = np.array([t[0] for t in terms])
    signals = {f"part_{k}": (lambda m: (m @ m.T).toarray())(matrix[:, np.flatnonzero(kinds == k)]) for k in KINDS}
    signals["tfidf"] = sum(signals[f"part_{k}"] for k in KINDS)
    signals["minilm_lead"], signals["minilm_head"] = lead @ lead.T, head @ head.T
    n = len(features)
    days = [_day(f.published) for f in features]
    names = ("gap", "far", "both_dated", "one_dated", "weekdays_apart", "figures_apart", "same_outlet")
    extra = {k: np.zeros((n, n)) for k in names}
    for i in range(n):
        for j in range(i + 1, n):
            a, b = features[i], features[j]
            if days[i] and days[j]:
                gap = min(abs((days[i] - days[j]).days), 30)
                values = {"gap": np.log1p(gap), "far": float(gap > 1), "both_dated": 1.0}
            else:
                values = {"one_dated": float(bool(days[i] or days[j]))}
            if a.weekday is not None and b.weekday is not None:
                values["weekdays_apart"] = float(min((a.weekday - b.weekday) % 7, (b.weekday - a.weekday) % 7) > 1)
            values["figures_apart"] = float(clusterer.numbers_disagree(a, b))
            values["same_outlet"] = float(bool(outlets[i]) and outlets[i] == outlets[j])
            for k, v in values.items():
                extra[k][i, j] = extra[k][j, i] = v
    signals.update(extra)
    return signals


def nearest_neighbour(signals, features, gold) -> dict[str, str]:
    story = [gold[f.doc] for f in features]
    sizes = defaultdict(int)
    for s in story:
        sizes[s] += 1
    out = {}
    for name, sim in (("tfidf", signals["tfidf"]), ("minilm", signals["minilm_lead"]),
                      ("tfidf + 0.5 minilm", signals["tfidf"] + 0.5 * signals["minilm_lead"])):
        sim = sim.copy()
        np.fill_diagonal(sim, -np.inf)
        asked = [i for i in range(len(story)) if sizes[story[i]] > 1]
        right = sum(story[int(np.argmax(sim[i]))] == story[i] for i in asked)
        out[name] = f"{right}/{len(asked)} = {right / len(asked):.3f}"
    return out


def probe(data: dict, name: str) -> list[str]:
    """Train on one half, cluster and score the other; both ways."""
    features, gold = data["features"], data["gold"]
    if name == "allsides":
        ids = sorted({int(g) for g in gold.values()})
        cut = ids[len(ids) // 2]
        first = {f.doc for f in features if int(gold[f.doc]) < cut}
    else:
        topics = sorted({g.split("_")[0] for g in gold.values()}, key=int)
        chosen = set(topics[::2])
        first = {f.doc for f in features if gold[f.doc].split("_")[0] in chosen}
    halves = []
    for keep in (lambda d: d in first, lambda d: d not in first):
        idx = [k for k, f in enumerate(features) if keep(f.doc)]
        fs = [features[k] for k in idx]
        sig = pair_signals(fs, data["lead"][idx], data["head"][idx], [data["outlets"][k] for k in idx])
        upper = np.triu_indices(len(fs), 1)
        keys = sorted(sig)
        x = np.stack([sig[k][upper] for k in keys], 1)
        y = np.array([gold[fs[i].doc] == gold[fs[j].doc] for i, j in zip(*upper)])
        halves.append((fs, upper, x, y))
    lines = []
    for train, test in ((0, 1), (1, 0)):
        model = LogisticRegression(max_iter=3000).fit(halves[train][2], halves[train][3])
        fs, upper, x, _y = halves[test]
        prob = model.predict_proba(x)[:, 1]
        truth = {f.doc: gold[f.doc] for f in fs}
        scores = []
        for threshold in (0.2, 0.3, 0.4, 0.5):
            sums: dict[str, dict[str, float]] = defaultdict(dict)
            for i, j, p in zip(upper[0].tolist(), upper[1].tolist(), prob.tolist()):
                if p >= 0.05:
                    sums[fs[i].doc][fs[j].doc] = sums[fs[j].doc][fs[i].doc] = p
            order = [f.doc for f in canonical_order(fs)]
            settings = dataclasses.replace(ClusterSettings(), threshold=threshold)
            groups = _average_linkage(sorted(order), sums, order, {}, settings)
            predicted = {d: g[0] for g in groups for d in g}
            scores.append(f"@{threshold} {b_cubed(predicted, truth)['f1']:.3f}")
        own = b_cubed(cluster_features(fs), truth)["f1"]
        lines.append(f"  half {test + 1} ({len(fs)} documents): crosswire {own:.3f}; probe trained on half "
                     f"{train + 1}: " + ", ".join(scores))
    return lines


def with_dates(shared: pathlib.Path, data: dict) -> str:
    dates = {}
    with gzip.open(shared / "datasets" / "multi-outlet" / "allsides_stories_2021-04_2021-10.jsonl.gz", "rt",
                   encoding="utf-8") as f:
        for line in f:
            story = json.loads(line)
            dates[str(story["id"])] = story["date"][:10]
    gold = data["gold"]
    dated = [f if f.published else dataclasses.replace(f, published=dates[gold[f.doc]]) for f in data["features"]]
    b = b_cubed(cluster_features(dated), gold)
    return f"  every undated article given its roundup's date: B³ P {b['precision']:.3f} R {b['recall']:.3f} " \
           f"F1 {b['f1']:.3f} (without: {b_cubed(cluster_features(data['features']), gold)['f1']:.3f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("shared", nargs="?", default="../shared")
    parser.add_argument("--split", default="dev", choices=("dev", "test"))
    args = parser.parse_args()
    shared = pathlib.Path(args.shared)
    sets = load(shared, args.split, MiniLMEmbedder(threads=2))
    for name, data in sets.items():
        dated = sum(f.published is not None for f in data["features"])
        print(f"{name} ({args.split}): {len(data['features'])} documents, {dated} with a publication date")
        signals = pair_signals(data["features"], data["lead"], data["head"], data["outlets"])
        for key, value in nearest_neighbour(signals, data["features"], data["gold"]).items():
            print(f"  nearest neighbour in the same gold story, {key}: {value}")
        for line in probe(data, name):
            print(line)
        if name == "allsides":
            print(with_dates(shared, data))


if __name__ == "__main__":
    main()
