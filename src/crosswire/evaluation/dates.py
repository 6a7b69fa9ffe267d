"""Dates scored on public gold.

    crosswire eval dates [--split test|dev] [--limit N]

1. Publication dates from HTML (webeval: htmldate and trafilatura records with gold dates): exact-day and
   same-month accuracy of crosswire's publication date next to ``htmldate.find_date`` alone, same pages.
2. Time expressions (ESC v1.5 over ECB+ texts): with the gold document creation time as anchor, the value
   accuracy of crosswire's resolution for gold date expressions (compared at the gold's granularity), the
   share of them crosswire finds at all, and how often the creation day is recovered from content alone.
3. Timelines (SemEval-2015 Task 4): date anchoring and ordering of the gold timeline events
   (see crosswire.evaluation.timeline).
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import lzma
import pathlib
import re

from crosswire.date.spans import resolve_told
from crosswire.date.timex import find_timexes
from crosswire.models import Document, RawInput

DATE_VALUE = re.compile(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?")


def _publication_records(shared: pathlib.Path, split: str, limit: int | None):
    root = shared / "datasets" / "article-extraction" / "webeval"
    records = []
    with gzip.open(root / "gold.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            if rec["split"] == split and isinstance(rec.get("date"), str) and rec["date"][:4].isdigit():
                records.append(rec)
    records.sort(key=lambda r: (r["set"], r["page"]))
    return records[:limit], root


def publication_dates(shared: pathlib.Path, split: str, limit: int | None) -> dict:
    from htmldate import find_date

    from crosswire.date.documents import own_date

    records, root = _publication_records(shared, split, limit)
    scores = {"crosswire": [0, 0], "htmldate alone": [0, 0]}
    for rec in records:
        data = lzma.open(root / "pages" / f"{rec['page']}.html.xz").read()
        html = data.decode("utf-8", errors="replace")
        gold = rec["date"][:10]
        try:
            plain = find_date(html, outputformat="%Y-%m-%d") or ""
        except Exception:  # htmldate raises on some broken pages
            plain = ""
        raw = RawInput(source=rec["page"], data=data, format="html", sha256="")
        try:
            ours = own_date(Document(id="d", source="", sha256="", title="", text=""), raw)
        except Exception:
            ours = None
        for name, found in (("crosswire", ours.value if ours else ""), ("htmldate alone", plain)):
            scores[name][0] += found[:10] == gold
            scores[name][1] += found[:7] == gold[:7]
    n = len(records) or 1
    return {"pages": len(records), **{name: {"day_accuracy": d / n, "month_accuracy": m / n}
                                      for name, (d, m) in scores.items()}}


def _matches(value: str, gold: str) -> bool:
    g = DATE_VALUE.match(gold)
    v = DATE_VALUE.match(value)
    if not g or not v:
        return False
    return all(gp is None or (vp is not None and int(vp) == int(gp)) for gp, vp in zip(g.groups(), v.groups()))


def timex_values(shared: pathlib.Path, split: str, limit: int | None) -> dict:
    path = shared / "datasets" / "ecbplus" / "esc_v1.5_docs.jsonl.gz"
    docs = [json.loads(line) for line in gzip.open(path, "rt", encoding="utf-8")]
    docs = [d for d in docs if d["split"] == split and d.get("dct")][:limit]
    gold_total = found = correct = predicted = predicted_right = dct_hits = 0
    for rec in docs:
        anchor = dt.date(*map(int, re.findall(r"\d+", rec["dct"])[:3]))
        ours = [resolve_told(rec["text"], t, anchor) for t in find_timexes("d", rec["text"])]
        ours = [t for t in ours if t.value is not None]
        golds = [t for t in rec["timexes"] if t["type"] in ("TIME_DATE", "TIME_OF_THE_DAY") and
                 DATE_VALUE.match(t["value"] or "")]
        predicted += len(ours)
        for t in ours:
            if any(g["start"] < t.span.end and t.span.start < g["end"] and _matches(t.value.value, g["value"])
                   for g in golds):
                predicted_right += 1
        for g in golds:
            gold_total += 1
            hit = next((t for t in ours if t.span.start < g["end"] and g["start"] < t.span.end), None)
            if hit is not None:
                found += 1
                correct += _matches(hit.value.value, g["value"])
        # the creation day recovered from content: a full explicit date equal to it
        dct_hits += any(t.kind == "full" and t.value.value == anchor.isoformat() for t in ours)
    return {"documents": len(docs), "gold_expressions": gold_total,
            "value_accuracy": correct / (gold_total or 1), "found": found / (gold_total or 1),
            "value_accuracy_of_found": correct / (found or 1), "precision": predicted_right / (predicted or 1),
            "dct_in_content": dct_hits / (len(docs) or 1)}


def run(shared_dir: pathlib.Path, split: str = "test", limit: int | None = None) -> dict:
    from crosswire.evaluation import timeline

    return {"split": split, "publication": publication_dates(shared_dir, split, limit),
            "timex": timex_values(shared_dir, split, limit), "timeline": timeline.run(shared_dir, split, limit)}


def format_report(metrics: dict) -> str:
    p, t = metrics["publication"], metrics["timex"]
    lines = [f"Dates, {metrics['split']} split",
             f"\nPublication date from HTML (webeval, {p['pages']} pages with gold dates)"]
    for name in ("crosswire", "htmldate alone"):
        lines.append(f"  {name:16s} exact day {p[name]['day_accuracy']:.3f}  same month {p[name]['month_accuracy']:.3f}")
    lines += [f"\nTime expressions (ESC v1.5, {t['documents']} documents, {t['gold_expressions']} gold date expressions,"
              " anchor = gold creation time)",
              f"  value accuracy {t['value_accuracy']:.3f} (found {t['found']:.3f}; accuracy of found "
              f"{t['value_accuracy_of_found']:.3f}; precision of crosswire's expressions {t['precision']:.3f})",
              f"  creation day stated in the content: {t['dct_in_content']:.3f} of documents",
              "  anchors: TempEval-3 value F1 HeidelTime 0.78, SUTime 0.67"]
    from crosswire.evaluation import timeline

    return "\n".join(lines) + "\n\n" + timeline.format_report(metrics["timeline"])
