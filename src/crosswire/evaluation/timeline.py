"""Timeline anchoring scored on SemEval-2015 Task 4 (cross-document timelines over Wikinews, CC BY 3.0).

The part of the task measured here is date anchoring with the gold events given (the task's track B
setting): for every gold timeline event, crosswire dates it with the time expression of its own sentence
(resolved against the document's creation date), or with the creation date when the sentence has none.
Reported: anchoring accuracy at the gold granularity, and the share of event pairs of one timeline whose
order (before / same / after) the crosswire dates reproduce. Not the official temporal-awareness F1.
"""

from __future__ import annotations

import datetime as dt
import pathlib
import re
import tarfile
import xml.etree.ElementTree as ET
from collections import defaultdict
from itertools import combinations

from crosswire.date.spans import resolve_told
from crosswire.date.timex import find_timexes

ROOT = "SemEval2015-Task4-TimeLine/"
COLLECTIONS = {
    "dev": [("Corpus-trial-data_task4/", "TimeLines_trial_data_task4_v1.2/")],
    "test": [(f"SemEval_Task4_data/corpus_{n}/corpus_trackA_CAT/", f"SemEval_Task4_data/corpus_{n}/TimeLines_Gold_Standard/")
             for n in (1, 2, 3)],
}


def _read(archive: pathlib.Path, split: str):
    docs: dict[str, dict] = {}
    timelines: list[list[tuple[int, str, str]]] = []
    with tarfile.open(archive) as tar:
        for member in tar.getmembers():
            if not member.isfile():
                continue
            for docs_dir, gold_dir in COLLECTIONS[split]:
                if member.name.startswith(ROOT + docs_dir) and member.name.endswith(".xml"):
                    root = ET.fromstring(tar.extractfile(member).read())
                    sentences = defaultdict(list)
                    for tok in root.iter("token"):
                        sentences[int(tok.get("sentence"))].append(tok.text or "")
                    dct = next((t.get("value") for t in root.iter("TIMEX3")
                                if t.get("functionInDocument") == "CREATION_TIME"), None)
                    docs[root.get("doc_id")] = {"sentences": {k: " ".join(v) for k, v in sentences.items()},
                                                "dct": dct}
                elif member.name.startswith(ROOT + gold_dir) and member.name.endswith(".txt"):
                    lines = tar.extractfile(member).read().decode("utf-8").splitlines()[1:]
                    events = []
                    for line in lines:
                        parts = line.split("\t")
                        if len(parts) >= 3:
                            for mention in parts[2:]:
                                doc_id, sent, _word = mention.split("-", 2)
                                events.append((int(parts[0]), parts[1], f"{doc_id}-{sent}"))
                    timelines.append(events)
    return docs, timelines


def _date_of(doc: dict, sentence: int) -> str | None:
    if not doc["dct"]:
        return None
    try:
        anchor = dt.date(*map(int, re.findall(r"\d+", doc["dct"])[:3]))
    except (TypeError, ValueError):  # a malformed creation time in the corpus
        return None
    text = doc["sentences"].get(sentence, "")
    resolved = [resolve_told(text, t, anchor) for t in find_timexes("s", text)]
    resolved = [t for t in resolved if t.value is not None]
    return resolved[0].value.value if resolved else anchor.isoformat()


def _agrees(ours: str, gold: str) -> bool:
    for o, g in zip(ours.split("-"), gold.split("-")):
        if g.startswith("XX"):
            return True
        if o != g:
            return False
    return True


def _key(value: str) -> tuple:
    parts = [p for p in value.split("-") if not p.startswith("XX")]
    return tuple(int(p) for p in parts)


def run(shared_dir: pathlib.Path, split: str = "test", limit: int | None = None) -> dict:
    archive = shared_dir / "datasets" / "semeval2015-timeline" / "SemEval2015-Task4-TimeLine.tar.xz"
    docs, timelines = _read(archive, "dev" if split == "dev" else "test")
    timelines = timelines[:limit]
    anchored = correct = pairs = ordered = 0
    for events in timelines:
        dated = []
        for order, gold, ref in events:
            doc_id, sent = ref.split("-")
            doc = docs.get(doc_id)
            if doc is None or gold.startswith("XXXX") or order == 0:
                continue
            ours = _date_of(doc, int(sent))
            anchored += 1
            correct += bool(ours) and _agrees(ours, gold)
            dated.append((order, ours))
        for (o1, d1), (o2, d2) in combinations(dated, 2):
            if not d1 or not d2:
                continue
            pairs += 1
            gold_rel = (o1 > o2) - (o1 < o2)
            k1, k2 = _key(d1), _key(d2)
            n = min(len(k1), len(k2))
            ours_rel = (k1[:n] > k2[:n]) - (k1[:n] < k2[:n])
            ordered += gold_rel == ours_rel
    return {"split": split, "timelines": len(timelines), "anchored_events": anchored,
            "anchoring_accuracy": correct / (anchored or 1), "order_pairs": pairs,
            "order_accuracy": ordered / (pairs or 1)}


def format_report(metrics: dict) -> str:
    return (f"Timelines, SemEval-2015 Task 4 ({metrics['split']}): {metrics['timelines']} gold timelines, "
            f"{metrics['anchored_events']} dated gold events (events given)\n"
            f"  date anchoring accuracy {metrics['anchoring_accuracy']:.3f}\n"
            f"  pairwise order agreement {metrics['order_accuracy']:.3f} over {metrics['order_pairs']} pairs\n"
            "  (not the official temporal-awareness F1; best system of the task: F1 7.85 on raw text)")
