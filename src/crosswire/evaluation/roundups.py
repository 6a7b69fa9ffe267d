"""Cross-outlet alignment scored on AllSides roundups (NeuS 2021 stories) and on ECB+ event clusters.

AllSides: for each story the left, centre and right articles are split into sentence statements and
aligned into claims; a roundup sentence (the editors' neutral summary) counts as covered when a claim
carried by at least two outlets says the same thing (cosine ≥ 0.6 with one of its statements). The same
share against any single statement is reported beside it, as the ceiling of what alignment can reach.

ECB+: within each topic, every sentence holding a cross-document event mention is a statement; two
statements of different documents are gold-aligned when they mention the same event cluster. Pairwise
precision and recall of crosswire's claims over those statements.
"""

from __future__ import annotations

import gzip
import json
import pathlib
import re
from collections import defaultdict
from itertools import combinations

from crosswire.align import align_claims
from crosswire.evaluation.entities import load_topics
from crosswire.models import Attribution, Document, Statement, stable_id

SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+[\"”’)]*|$)")
COVERED = 0.6


def _statements(doc_id: str, text: str) -> list[Statement]:
    out = []
    for m in SENTENCE.finditer(text):
        start, end = m.start(), m.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if len(text[start:end].split()) >= 5:
            out.append(Statement(id=stable_id("st", doc_id, start, end), doc=doc_id, start=start, end=end,
                                 text=text[start:end], sentence=len(out), attribution=Attribution("self")))
    return out


def allsides_stories(shared: pathlib.Path, split: str, limit: int | None):
    """(documents, statements, roundup sentences) per AllSides story with at least two articles."""
    root = shared / "datasets" / "multi-outlet"
    ids = {str(i) for i in json.loads((root / "splits.json").read_text())[split]}
    stories = [json.loads(line) for line in gzip.open(root / "allsides_stories_2021-04_2021-10.jsonl.gz", "rt")]
    for story in [s for s in stories if str(s["id"]) in ids and len(s.get("news") or {}) >= 2][:limit]:
        documents, statements = [], []
        for side, article in sorted(story["news"].items()):
            text = "\n\n".join(p for p in article.get("newBody") or [] if p.strip())
            doc = Document(id=f"{story['id']}-{side}", source=side, sha256="", title="", text=text,
                           outlet=article.get("newsSource"))
            documents.append(doc)
            statements += _statements(doc.id, text)
        roundup = [s.text for p in story.get("roundup", [])[:1] for s in _statements("r", p)]
        yield documents, statements, roundup


def allsides(shared: pathlib.Path, split: str, limit: int | None, embedder) -> dict:
    covered = ceiling = total = stories = 0
    for documents, statements, roundup in allsides_stories(shared, split, limit):
        stories += 1
        claims = align_claims(statements, documents, {}, embedder)
        shared_texts = [s.text for c in claims if len(c.docs) >= 2 for s in c.statements]
        if not roundup or not statements:
            continue
        r = embedder.encode(roundup)
        every = embedder.encode([s.text for s in statements]) if statements else None
        aligned = embedder.encode(shared_texts) if shared_texts else None
        for k in range(len(roundup)):
            total += 1
            ceiling += bool(every is not None and float((every @ r[k]).max()) >= COVERED)
            covered += bool(aligned is not None and float((aligned @ r[k]).max()) >= COVERED)
    return {"allsides_stories": stories, "allsides_roundup_sentences": total,
            "allsides_roundup_covered_by_cross_outlet_claims": round(covered / (total or 1), 3),
            "allsides_roundup_covered_by_any_statement": round(ceiling / (total or 1), 3)}


def ecbplus_topics(shared: pathlib.Path, split: str, limit: int | None):
    """(documents, statements, event clusters by statement id) per ECB+ topic: every sentence holding
    a cross-document event mention is a statement."""
    for records in load_topics(shared, split, limit):
        statements, events, documents = [], {}, []
        for rec in records:
            doc = Document(id=rec["doc_id"], source="", sha256="", title="", text=rec["text"])
            documents.append(doc)
            starts = [0] + [m.end() for m in re.finditer("\n", rec["text"])]
            clusters_of = defaultdict(set)
            for m in rec["mentions"]:
                if m["type"].startswith(("ACTION", "NEG_ACTION")) and m.get("cluster_scope") == "cross_doc" \
                        and m.get("in_selected_sentence") and m.get("cluster"):
                    clusters_of[m["sentence"]].add(m["cluster"])
            for k, start in enumerate(starts):
                if k not in clusters_of:
                    continue
                end = starts[k + 1] - 1 if k + 1 < len(starts) else len(rec["text"])
                st = Statement(id=stable_id("st", doc.id, start, end), doc=doc.id, start=start, end=end,
                               text=rec["text"][start:end], sentence=k, attribution=Attribution("self"))
                statements.append(st)
                events[st.id] = clusters_of[k]
        yield documents, statements, events


def ecbplus_events(shared: pathlib.Path, split: str, limit: int | None, embedder) -> dict:
    tp = fp = fn = 0
    for documents, statements, events in ecbplus_topics(shared, split, limit):
        claim_of = {s.id: c.id for c in align_claims(statements, documents, {}, embedder) for s in c.statements}
        for a, b in combinations(statements, 2):
            if a.doc == b.doc:
                continue
            gold = bool(events[a.id] & events[b.id])
            ours = claim_of[a.id] == claim_of[b.id]
            tp += gold and ours
            fp += ours and not gold
            fn += gold and not ours
    p, r = tp / (tp + fp or 1), tp / (tp + fn or 1)
    return {"ecbplus_event_pair_precision": round(p, 3), "ecbplus_event_pair_recall": round(r, 3),
            "ecbplus_event_pair_f1": round(2 * p * r / (p + r) if p + r else 0.0, 3)}
