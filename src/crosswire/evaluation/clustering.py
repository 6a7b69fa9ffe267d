"""Story clustering scored on ECB+ (Cybulska & Vossen 2014, CC BY 3.0) and AllSides 2021 (Lee et al. 2022).

    crosswire eval clustering [--split test|dev] [--limit N_DOCS]

ECB+: the documents of all topics of the split, mixed; each sub-topic (one real-world event; the two
sub-topics of a topic are similar events, e.g. two celebrities entering rehab) is one gold story. Split
``dev`` is the train and dev topics, ``test`` the held-out topics 36–45. AllSides: the left, centre and
right article leads of each story (dev: stories before 2021-09-15, test: from then on), given as JSON
records with their headline and outlet and no date. Each document goes through cleaning as
``crosswire cluster`` would read it; inputs cleaning skips are left out of both sides (their number is
reported). Reported: B³ and pairwise precision/recall/F1 for crosswire and, in the same run, for a
TF-IDF + average-linkage agglomerative baseline at the distance threshold that is best on the dev split.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import pathlib
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from crosswire.clean import clean_document
from crosswire.cluster import cluster_features, document_features
from crosswire.config import Settings
from crosswire.date import date_documents
from crosswire.errors import InputProblem
from crosswire.models import Document, RawInput

BASELINE_THRESHOLDS = (0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9)
# the baseline's best distance threshold on the dev split (B³ F1 0.887 on ECB+, 0.775 on AllSides)
BASELINE_DEV_BEST = {"ecbplus": 0.8, "allsides": 0.75}


def ecbplus_items(shared: pathlib.Path, split: str) -> list[tuple[str, dict, str]]:
    """(source, JSON record, gold story) for the documents of the split's topics."""
    splits = {"dev": {"train", "dev"}, "test": {"test"}}[split]
    out = []
    with gzip.open(shared / "datasets" / "ecbplus" / "ecbplus_docs.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            if rec["split"] in splits:
                record = {"text": rec["text"], "url": rec.get("url") or ""}
                out.append((rec["doc_id"], record, rec["subtopic"]))
    return sorted(out)


def allsides_items(shared: pathlib.Path, split: str) -> list[tuple[str, dict, str]]:
    folder = shared / "datasets" / "multi-outlet"
    ids = set(json.loads((folder / "splits.json").read_text())[split])
    out = []
    with gzip.open(folder / "allsides_stories_2021-04_2021-10.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            story = json.loads(line)
            if story["id"] not in ids:
                continue
            for side, art in sorted((story.get("news") or {}).items()):
                body = "\n\n".join(p.strip() for p in art.get("newBody") or [] if p.strip())
                if body:
                    out.append((f"allsides-{story['id']}-{side}", {"title": art.get("newsTitle") or "", "text": body,
                                                                    "outlet": art.get("newsSource") or "",
                                                                    "url": art.get("newsLink") or ""},
                                str(story["id"])))
    return sorted(out)


def to_raw(source: str, record: Mapping) -> RawInput:
    data = record["text"].encode("utf-8")
    fields = {k: v for k, v in record.items() if k != "text" and isinstance(v, str) and v}
    return RawInput(source, data, "txt", hashlib.sha256(data).hexdigest(), fields)


def documents_of(items: Sequence[tuple[str, dict, str]], settings: Settings) -> tuple[list[Document], dict, int]:
    docs, gold, skipped = [], {}, 0
    for source, record, story in items:
        raw = to_raw(source, record)
        try:
            doc = clean_document(raw, settings)
        except InputProblem:
            skipped += 1
            continue
        docs.append(date_documents([doc], [None], {doc.id: raw})[0])
        gold[doc.id] = story
    return docs, gold, skipped


def b_cubed(predicted: Mapping[str, str], gold: Mapping[str, str]) -> dict[str, float]:
    pred_members, gold_members = defaultdict(set), defaultdict(set)
    for d, c in predicted.items():
        pred_members[c].add(d)
    for d, c in gold.items():
        gold_members[c].add(d)
    p = r = 0.0
    for d in gold:
        same = len(pred_members[predicted[d]] & gold_members[gold[d]])
        p += same / len(pred_members[predicted[d]])
        r += same / len(gold_members[gold[d]])
    p, r = p / len(gold), r / len(gold)
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r) if p + r else 0, 4)}


def pairwise(predicted: Mapping[str, str], gold: Mapping[str, str]) -> dict[str, float]:
    def pairs(sizes: Counter) -> int:
        return sum(n * (n - 1) // 2 for n in sizes.values())

    both = Counter((predicted[d], gold[d]) for d in gold)
    tp = pairs(both)
    pp, gp = pairs(Counter(predicted[d] for d in gold)), pairs(Counter(gold.values()))
    p, r = (tp / pp if pp else 1.0), (tp / gp if gp else 1.0)
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r) if p + r else 0, 4)}


def baseline(documents: Sequence[Document], threshold: float) -> dict[str, str]:
    """TF-IDF (sub-linear, English stop words) of headline and text, average-linkage agglomerative
    clustering on cosine distance cut at ``threshold``."""
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction.text import TfidfVectorizer

    matrix = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(
        [f"{d.title}\n{d.text}" for d in documents]).toarray()
    labels = AgglomerativeClustering(n_clusters=None, metric="cosine", linkage="average",
                                     distance_threshold=threshold).fit_predict(matrix)
    return {d.id: f"c{label}" for d, label in zip(documents, labels)}


def score(name: str, items, settings: Settings, thresholds: Sequence[float]) -> dict:
    documents, gold, skipped = documents_of(items, settings)
    predicted = cluster_features([document_features(d) for d in documents])
    out = {"documents": len(documents), "skipped": skipped, "gold_stories": len(set(gold.values())),
           "stories": len(set(predicted.values())),
           "crosswire_b3": b_cubed(predicted, gold), "crosswire_pairwise": pairwise(predicted, gold)}
    for t in thresholds:
        base = baseline(documents, t)
        out[f"baseline_{t}_b3"] = b_cubed(base, gold)
        out[f"baseline_{t}_pairwise"] = pairwise(base, gold)
    return out


def run(shared: pathlib.Path, split: str = "test", limit: int | None = None, sweep: bool = False) -> dict:
    if split not in ("dev", "test"):
        split = "test"
    settings = Settings()
    metrics = {"split": split}
    for name, items in (("ecbplus", ecbplus_items(shared, split)), ("allsides", allsides_items(shared, split))):
        thresholds = BASELINE_THRESHOLDS if sweep else (BASELINE_DEV_BEST[name],)
        metrics[name] = score(name, items[:limit], settings, thresholds)
    return metrics


def format_report(m: dict) -> str:
    lines = [f"Story clustering, split {m['split']} (B³ and pairwise P / R / F1)"]
    for name in ("ecbplus", "allsides"):
        r = m[name]
        lines.append(f"{name}: {r['documents']} documents ({r['skipped']} skipped by cleaning), "
                     f"{r['gold_stories']} gold stories, {r['stories']} found")
        rows = [("crosswire", r["crosswire_b3"], r["crosswire_pairwise"])]
        rows += [(f"tf-idf + average linkage @ {k.split('_')[1]}", r[k], r[k.replace('_b3', '_pairwise')])
                 for k in sorted(r, key=lambda k: (not k.startswith("baseline_"), k.split("_")[1] if "_" in k else k))
                 if k.startswith("baseline_") and k.endswith("_b3")]
        for label, b3, pw in rows:
            lines.append(f"  {label:34s} B³ {b3['precision']:.3f} {b3['recall']:.3f} {b3['f1']:.3f}   "
                         f"pairwise {pw['precision']:.3f} {pw['recall']:.3f} {pw['f1']:.3f}")
    return "\n".join(lines)
