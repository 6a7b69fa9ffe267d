"""Article extraction scored on public gold: AEB (Zyte article-extraction benchmark) and the
trafilatura evaluation set (must-have / must-not-have fragments).

    crosswire eval extraction [--split test|dev] [--limit N]

Four systems on the same pages: trafilatura on HTML; crosswire's HTML path (trafilatura, then the
plain-text rules); crosswire on *scraped plain text* (a fixed naive rendering of the page, the kind of
input the example corpus is); and the do-nothing baseline (the rendered text itself).
Scoring as the benchmarks define it: AEB shingle P/R/F1 per document, micro-averaged; webeval fragment
P/R/F1 over all fragments.
"""

from __future__ import annotations

import gzip
import json
import lzma
import pathlib
import re
from collections import Counter
from collections.abc import Callable

from crosswire.clean.html import extract_html
from crosswire.clean.text import clean_text
from crosswire.errors import InputProblem

BLOCK_TAGS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
              "article", "header", "footer", "nav", "aside", "blockquote", "pre", "figure", "figcaption", "form",
              "main", "dd", "dt", "dl", "hr", "address", "td", "th", "title", "option", "button", "label"}
DROP_TAGS = {"script", "style", "noscript", "template", "svg", "head"}
TOKEN = re.compile(r"\w+")


def render_plain_text(html: str) -> str:
    """A naive browser-copy rendering: every text node, block elements on their own lines,
    scripts and styles dropped. Fixed, so that scores stay comparable across runs."""
    import lxml.html

    try:
        root = lxml.html.document_fromstring(html)
    except Exception:  # empty or unparsable page
        return ""
    parts: list[str] = []

    def walk(el) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in DROP_TAGS:
            if el.tail:
                parts.append(el.tail)
            return
        block = tag in BLOCK_TAGS
        if block:
            parts.append("\n")
        if el.text and tag:
            parts.append(el.text)
        for child in el:
            walk(child)
        if block:
            parts.append("\n")
        if el.tail:
            parts.append(el.tail)

    body = root.find("body")
    walk(body if body is not None else root)
    text = "".join(parts)
    lines = [re.sub(r"\s+", " ", ln).strip() for ln in text.split("\n")]
    return "\n\n".join(ln for ln in lines if ln)


def shingles(text: str, n: int = 4) -> Counter:
    toks = TOKEN.findall(text.lower())
    if len(toks) < n:
        return Counter([tuple(toks)]) if toks else Counter()
    return Counter(tuple(toks[i:i + n]) for i in range(len(toks) - n + 1))


def aeb_prf(predicted: str, gold: str) -> tuple[float, float, float]:
    """Per-document precision, recall, F1 from shingle-count overlap (AEB's definition)."""
    p, g = shingles(predicted), shingles(gold)
    tp = sum((p & g).values())
    fp, fn = sum(p.values()) - tp, sum(g.values()) - tp
    prec = tp / (tp + fp) if tp + fp else (1.0 if not g else 0.0)
    rec = tp / (tp + fn) if tp + fn else 1.0
    return prec, rec, (2 * prec * rec / (prec + rec) if prec + rec else 0.0)


def _trafilatura(html: str) -> str:
    import trafilatura

    return trafilatura.extract(html, include_comments=False) or ""


def _crosswire_html(html: str) -> str:
    try:
        page = extract_html(html)
        return clean_text(page.text, extracted=page.extracted, title=page.title).body
    except InputProblem:
        return ""


def _crosswire_plain(html: str) -> str:
    return clean_text(render_plain_text(html)).body


SYSTEMS: dict[str, Callable[[str], str]] = {
    "trafilatura (HTML)": _trafilatura,
    "crosswire (HTML)": _crosswire_html,
    "crosswire (plain text)": _crosswire_plain,
    "baseline: whole rendered text": render_plain_text,
}


def load_aeb(shared: pathlib.Path, split: str, limit: int | None = None) -> list[tuple[str, str, str]]:
    root = shared / "datasets" / "article-extraction" / "aeb"
    gold = json.loads(gzip.open(root / "ground-truth.json.gz", "rt", encoding="utf-8").read())
    ids = json.loads((root / "splits.json").read_text())[split]
    pages = []
    for page_id in sorted(ids)[:limit]:
        html = gzip.open(root / "html" / f"{page_id}.html.gz", "rt", encoding="utf-8", errors="replace").read()
        pages.append((page_id, html, gold[page_id]["articleBody"]))
    return pages


def load_webeval(shared: pathlib.Path, split: str, limit: int | None = None,
                 lang: str | None = "en") -> list[tuple[str, dict]]:
    """The trafilatura evaluation set's pages of one language (``lang=None``: every language)."""
    root = shared / "datasets" / "article-extraction" / "webeval"
    out = []
    with gzip.open(root / "gold.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            if rec["set"] == "trafilatura" and rec["split"] == split and lang in (None, rec.get("lang")):
                out.append(rec)
    out.sort(key=lambda r: r["page"])
    pages = []
    for rec in out[:limit]:
        raw = lzma.open(root / "pages" / f"{rec['page']}.html.xz").read()
        pages.append((raw.decode("utf-8", errors="replace"), rec))
    return pages


def score_aeb(pages, system: Callable[[str], str]) -> dict[str, float]:
    scores = [aeb_prf(system(html), gold) for _pid, html, gold in pages]
    n = len(scores) or 1
    p, r = sum(s[0] for s in scores) / n, sum(s[1] for s in scores) / n
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "pages": len(scores)}


def _norm(text: str) -> str:
    return " ".join(text.split()).lower()


def score_webeval(pages, system: Callable[[str], str]) -> dict[str, float]:
    tp = fn = fp = tn = 0
    for html, rec in pages:
        out = _norm(system(html))
        for frag in rec.get("with", []):
            tp, fn = (tp + 1, fn) if _norm(frag) in out else (tp, fn + 1)
        for frag in rec.get("without", []):
            fp, tn = (fp + 1, tn) if _norm(frag) in out else (fp, tn + 1)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    total = tp + fn + fp + tn
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "accuracy": (tp + tn) / total if total else 0.0, "pages": len(pages)}


def run(shared_dir: pathlib.Path, split: str = "test", limit: int | None = None) -> dict:
    from crosswire.clean import detect_language

    aeb = load_aeb(shared_dir, split, limit)
    # extraction reads every language; the analysis after it reads English only: score English apart too
    aeb_en = [page for page in aeb if detect_language(page[2])[0] == "en"]
    web = load_webeval(shared_dir, split, limit, lang=None)
    web_en = [page for page in web if page[1].get("lang") == "en"]
    return {
        "split": split,
        "aeb": {name: score_aeb(aeb, fn) for name, fn in SYSTEMS.items()},
        "aeb_en": {name: score_aeb(aeb_en, fn) for name, fn in SYSTEMS.items()},
        "webeval": {name: score_webeval(web, fn) for name, fn in SYSTEMS.items()},
        "webeval_en": {name: score_webeval(web_en, fn) for name, fn in SYSTEMS.items()},
    }


def format_report(metrics: dict) -> str:
    lines = [f"Article extraction, {metrics['split']} split"]
    for bench, title in (("aeb", "AEB, all pages (shingle P/R/F1, micro-averaged per page)"),
                         ("aeb_en", "AEB, English pages (the language crosswire analyses)"),
                         ("webeval", "trafilatura eval set, all languages (fragment P/R/F1)"),
                         ("webeval_en", "trafilatura eval set, English (fragment P/R/F1)")):
        lines.append(f"\n{title}")
        for name, s in metrics[bench].items():
            lines.append(f"  {name:32s} P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}  "
                         f"({s['pages']} pages)")
    return "\n".join(lines)
