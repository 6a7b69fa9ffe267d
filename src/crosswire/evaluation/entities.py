"""Cross-document entity resolution scored on ECB+ (Cybulska & Vossen 2014, CC BY 3.0).

    crosswire eval entities [--split test|dev|train] [--limit N_TOPICS]

Each topic's documents form one story. Gold: name mentions (people, organisations, places) of
cross-document clusters in the fully annotated sentences. Each gold mention takes the crosswire entity
whose name mention overlaps it (a singleton when none does; when several do, the first in the entity
list, largest entities first). Reported: B³ and MUC precision/recall/F1 and their mean, mention recall, and the same for a
baseline that clusters spaCy mentions by exact string.

Gold "name" mentions are the ones with a capitalised word, which includes common nouns that a headline or
the start of a sentence capitalises ("Woman Killed in Crash", "Police said") and phrases whose head is a
common noun that a name only modifies ("a Brooklyn mother of 12", "Mafia boss"). crosswire links such
words as descriptions or pronouns, not as names; scoring only its name mentions made every one of them a
singleton (or the entity of the modifying name) whatever crosswire said about them. So the main score
(``crosswire``) reads all of crosswire's mentions: a gold mention takes the entity of a crosswire name that
overlaps the head word of the gold phrase (its last word before a preposition, comma or relative word),
else of a crosswire description or pronoun that overlaps that head word, else of any overlapping name (as
before), else of any overlapping description or pronoun. The gold mentions are the same; a wrong link costs
precision as a wrong name does. ``crosswire (names only)`` keeps the earlier matching, for comparison;
mention recall is counted on names only, as before.

Descriptions and pronouns are scored apart, on ECB+'s gold mentions of the same clusters that are not
names (pronouns: he, she, his, …; descriptions: every other common-noun mention). Their right entity is
the crosswire entity that holds most of the cluster's gold name mentions; a gold mention without one
(the cluster is never named) cannot be linked and counts only in "reachable". Precision: of the gold
mentions a crosswire description or pronoun overlaps, the share linked to the right entity; recall: of the
reachable ones, the share linked to the right entity.
"""

from __future__ import annotations

import gzip
import json
import pathlib
import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from crosswire.annotate import annotate, load_pipeline
from crosswire.models import Annotation, Document, Entity, Span
from crosswire.resolve import resolve_entities
from crosswire.resolve.mentions import extract_mentions

TYPES = {"HUMAN_PART_PER", "HUMAN_PART_ORG", "HUMAN_PART_GPE", "LOC_GEO", "LOC_FAC", "LOC_OTHER"}
PRONOUNS = {"he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "who", "i", "we", "you", "me",
            "us", "himself", "herself", "themselves", "this", "that", "which", "there", "here"}


def _is_name(text: str) -> bool:
    """A proper-name mention: not a pronoun, and a capitalised word other than a leading article."""
    words = [w for w in text.split() if w.lower() not in {"the", "a", "an"}]
    return text.lower() not in PRONOUNS and any(w[:1].isupper() for w in words)


def load_topics(shared: pathlib.Path, split: str, limit: int | None = None) -> list[list[dict]]:
    topics: dict[int, list[dict]] = defaultdict(list)
    with gzip.open(shared / "datasets" / "ecbplus" / "ecbplus_docs.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            if rec["split"] == split:
                topics[rec["topic"]].append(rec)
    return [sorted(topics[t], key=lambda r: r["doc_id"]) for t in sorted(topics)][:limit]


def gold_mentions(records: Sequence[dict], kind: str = "name") -> list[tuple[Span, str]]:
    """Gold mentions of cross-document clusters of one kind: name, description or pronoun."""
    out = []
    for rec in records:
        for m in rec["mentions"]:
            if (m["type"] in TYPES and m.get("cluster_scope") == "cross_doc" and m.get("in_selected_sentence")
                    and m.get("cluster") and _kind(m["text"]) == kind):
                out.append((Span(rec["doc_id"], m["start"], m["end"], m["text"]), m["cluster"]))
    return out


def _kind(text: str) -> str:
    return "name" if _is_name(text) else "pronoun" if text.lower() in PRONOUNS else "description"


HEAD_STOP = {"in", "at", "on", "of", "near", "off", "between", "from", "to", "with", "along", "alongside", "outside",
             "inside", "by", "for", "across", "around", "who", "that", "which", "where", ",", "(", ";", ":"}


def _head(span: Span) -> tuple[int, int]:
    """Offsets of the head word of a gold phrase: the last word before a preposition, comma or relative word
    (leading prepositions skipped): 'boss' in 'Mafia boss', 'mother' in 'Brooklyn mother of 12', 'Gulf' in
    'in the Gulf of Aden', 'Banky' in 'Benjamin David Banky , 40'."""
    words = [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"\S+", span.text)]
    i = 0
    while i < len(words) - 1 and words[i][2].lower() in HEAD_STOP:
        i += 1
    j = i + 1
    while j < len(words) and words[j][2].lower() not in HEAD_STOP:
        j += 1
    part = [w for w in words[i:j] if re.search(r"\w", w[2]) and w[2].lower() not in ("'s", "’s")] or words[i:j]
    start, end, _w = part[-1]
    return span.start + start, span.start + end


def _assign_heads(gold: list[tuple[Span, str]], names: list[tuple[Span, str]],
                  references: list[tuple[Span, str]]) -> list[str]:
    """Predicted cluster of each gold mention read from all of crosswire's mentions (see the module
    docstring): a name over the head word, else a description or pronoun over it, else any name, else any
    description or pronoun that overlaps the gold phrase."""
    by_name, _n = _assign(gold, names)
    by_ref, _n = _assign(gold, references)
    heads = [(Span(g.doc, *_head(g), ""), c) for g, c in gold]
    head_name, _n = _assign(heads, names)
    head_ref, _n = _assign(heads, references)
    out = []
    for k, options in enumerate(zip(head_name, head_ref, by_name, by_ref)):
        out.append(next((o for o in options if not o.startswith("singleton-")), f"singleton-{k}"))
    return out


def _assign(gold: list[tuple[Span, str]], predicted: list[tuple[Span, str]]) -> tuple[list[str], int]:
    """Predicted cluster of each gold mention (by overlap), and how many gold mentions were covered."""
    by_doc: dict[str, list[tuple[Span, str]]] = defaultdict(list)
    for span, cluster in predicted:
        by_doc[span.doc].append((span, cluster))
    out, covered = [], 0
    for k, (g, _c) in enumerate(gold):
        hit = next((c for s, c in by_doc[g.doc] if s.start < g.end and g.start < s.end), None)
        covered += hit is not None
        out.append(hit if hit is not None else f"singleton-{k}")
    return out, covered


def b_cubed(gold: list[str], pred: list[str]) -> tuple[float, float]:
    gsets, psets = defaultdict(set), defaultdict(set)
    for i, (g, p) in enumerate(zip(gold, pred)):
        gsets[g].add(i)
        psets[p].add(i)
    n = len(gold) or 1
    prec = sum(len(gsets[g] & psets[p]) / len(psets[p]) for g, p in zip(gold, pred)) / n
    rec = sum(len(gsets[g] & psets[p]) / len(gsets[g]) for g, p in zip(gold, pred)) / n
    return prec, rec


def muc(gold: list[str], pred: list[str]) -> tuple[float, float]:
    def score(key: list[str], response: list[str]) -> float:
        clusters = defaultdict(set)
        for i, k in enumerate(key):
            clusters[k].add(i)
        num = den = 0
        for members in clusters.values():
            parts = {response[i] for i in members}
            num += len(members) - len(parts)
            den += len(members) - 1
        return num / den if den else 0.0

    return score(pred, gold), score(gold, pred)


def _f(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _exact_string_baseline(documents: Sequence[Document], annotations: Sequence[Annotation]) -> list[tuple[Span, str]]:
    return [(m.span, m.span.text) for d, a in zip(documents, annotations) for m in extract_mentions(d, a)]


def _pairs(entities: Sequence[Entity], kinds: tuple[str, ...] = ("name",)) -> list[tuple[Span, str]]:
    return [(m, e.id) for e in entities for m in e.mentions if getattr(m, "kind", "name") in kinds]


def reference_counts(gold_names: list[tuple[Span, str]], assigned: list[str], gold_refs: list[tuple[Span, str]],
                     predicted: list[tuple[Span, str]]) -> dict[str, int]:
    """Counts for one kind of reference in one topic: gold, reachable, linked (overlapped by a crosswire
    reference), correct (linked to the entity holding most of the cluster's gold names)."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for (_s, cluster), entity in zip(gold_names, assigned):
        if not entity.startswith("singleton-"):
            votes[cluster][entity] += 1
    right = {c: min(v, key=lambda e: (-v[e], e)) for c, v in votes.items()}
    hits, _n = _assign(gold_refs, predicted)
    counts = {"gold": len(gold_refs), "reachable": 0, "linked": 0, "correct": 0}
    for (_s, cluster), hit in zip(gold_refs, hits):
        counts["reachable"] += cluster in right
        linked = not hit.startswith("singleton-")
        counts["linked"] += linked
        counts["correct"] += linked and right.get(cluster) == hit
    return counts


def run(shared_dir: pathlib.Path, split: str = "test", limit: int | None = None, nlp=None) -> dict:
    systems = {"crosswire": [], "crosswire (names only)": [], "baseline: exact string": []}
    gold_all: list[str] = []
    covered = {k: 0 for k in systems}
    refs = {kind: Counter() for kind in ("description", "pronoun")}
    topics = load_topics(shared_dir, split, limit)
    nlp = nlp or load_pipeline()
    for records in topics:
        documents = [Document(id=r["doc_id"], source=r["doc_id"], sha256="", title="", text=r["text"]) for r in records]
        annotations = annotate(documents, nlp=nlp)
        gold = gold_mentions(records)
        gold_all += [f"{records[0]['topic']}:{c}" for _s, c in gold]
        entities = resolve_entities(documents, annotations)
        for name, predicted in (("crosswire (names only)", _pairs(entities)),
                                ("baseline: exact string", _exact_string_baseline(documents, annotations))):
            assigned, n = _assign(gold, predicted)
            systems[name] += [f"{records[0]['topic']}:{a}" for a in assigned]
            covered[name] += n
            if name == "crosswire (names only)":
                covered["crosswire"] += n
                for kind in refs:
                    refs[kind].update(reference_counts(gold, assigned, gold_mentions(records, kind),
                                                       _pairs(entities, (kind,))))
        heads = _assign_heads(gold, _pairs(entities), _pairs(entities, ("description", "pronoun")))
        systems["crosswire"] += [f"{records[0]['topic']}:{a}" for a in heads]
    out = {"split": split, "topics": len(topics), "gold_mentions": len(gold_all)}
    for kind, c in refs.items():
        p = c["correct"] / c["linked"] if c["linked"] else 0.0
        r = c["correct"] / c["reachable"] if c["reachable"] else 0.0
        out[f"{kind}s"] = {**dict(c), "precision": p, "recall": r, "f1": _f(p, r)}
    for name, pred in systems.items():
        bp, br = b_cubed(gold_all, pred)
        mp, mr = muc(gold_all, pred)
        out[name] = {"b3_precision": bp, "b3_recall": br, "b3_f1": _f(bp, br), "muc_precision": mp, "muc_recall": mr,
                     "muc_f1": _f(mp, mr), "conll_like_f1": (_f(bp, br) + _f(mp, mr)) / 2,
                     "mention_recall": covered[name] / (len(gold_all) or 1)}
    return out


def format_report(metrics: dict) -> str:
    lines = [f"Cross-document entities, ECB+ {metrics['split']} split: {metrics['topics']} topics, "
             f"{metrics['gold_mentions']} gold name mentions"]
    for name in ("crosswire", "crosswire (names only)", "baseline: exact string"):
        if name not in metrics:
            continue
        s = metrics[name]
        lines.append(f"  {name:24s} B3 P {s['b3_precision']:.3f} R {s['b3_recall']:.3f} F1 {s['b3_f1']:.3f} | "
                     f"MUC F1 {s['muc_f1']:.3f} | mean {s['conll_like_f1']:.3f} | mention recall "
                     f"{s['mention_recall']:.3f}")
    for kind in ("descriptions", "pronouns"):
        if kind in metrics:
            c = metrics[kind]
            lines.append(f"  {kind:24s} P {c['precision']:.3f} R {c['recall']:.3f} F1 {c['f1']:.3f} | "
                         f"{c['gold']} gold, {c['reachable']} of a named cluster, {c['linked']} linked, "
                         f"{c['correct']} right")
    return "\n".join(lines)
