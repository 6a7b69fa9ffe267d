"""Fuzzing the readers and cleaners: arbitrary bytes, hostile Unicode, broken HTML, huge lines and
malformed JSON Lines. Whatever comes in, nothing raises: every input becomes a document or a Problem
with a reason, and everything produced is the input's own text (body, removals, title)."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from crosswire.clean import clean_document
from crosswire.clean.text import clean_text
from crosswire.config import Settings
from crosswire.errors import InputProblem
from crosswire.ingest import read_inputs
from crosswire.models import RawInput
from crosswire.pipeline import extract

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# characters that break naive text handling: C0/C1 controls, bidi overrides and isolates, zero-width
# characters, the BOM, line and paragraph separators, combining marks, non-characters
HOSTILE = "\x00\x01\x07\x08\x0b\x0c\x1b\x7f\x85\x9b\u200b\u200c\u200d\u2060\ufeff\u202a\u202b\u202d\u202e" \
          "\u2066\u2067\u2068\u2069\u2028\u2029\u0301\u0338\ufffe\uffff\U0010ffff"
WORDS = ["The", "minister", "said", "on", "Tuesday", "that", "talks", "would", "resume.", "Home", "Share",
         "«Привет»", "政府は", "決定した。", "مرحبا", "עולם", "🙂", "<b>", "&amp;", "\\", '"', "http://x.y/z"]
hostile_text = st.text(alphabet=st.one_of(st.sampled_from(HOSTILE), st.characters(codec="utf-8",
                                                                                  exclude_categories=("Cs",))),
                       max_size=300)
sentence = st.lists(st.one_of(st.sampled_from(WORDS), st.sampled_from(list(HOSTILE))), min_size=1,
                    max_size=40).map(" ".join)
article = st.lists(st.one_of(sentence, hostile_text), min_size=1, max_size=25).map("\n".join)


def _lines(text: str) -> list[str]:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    return [ln.strip() for ln in text.split("\n") if ln.strip()]


def _check_clean(raw: str, result) -> None:
    """Nothing invented, nothing lost: each input line is kept (whole, or less inline junk) or removed
    with a reason; removals and the title are the input's own text."""
    lines = _lines(raw)
    kept = result.body.split("\n\n") if result.body else []
    joined = "\n".join(lines)
    for removal in result.removed:
        assert removal.reason, removal
        assert removal.text in joined, removal
    if result.title is not None and any(r.reason == "title" for r in result.removed):
        assert result.title in lines
    junk = [r.text for r in result.removed if r.reason == "inline-junk"]
    removed_lines = {r.text for r in result.removed if r.reason != "inline-junk"}
    for para in kept:
        assert para and para == para.strip()
        if not junk:
            assert para in lines, para
    for line in lines:
        assert line in removed_lines or line in kept or junk, line


@given(article)
@FAST
def test_fuzz_clean_text_keeps_or_reports_every_line(raw):
    _check_clean(raw, clean_text(raw))
    _check_clean(raw, clean_text(raw, extracted=True))


@given(st.integers(min_value=20_000, max_value=200_000), st.sampled_from(["word ", "x", "政", "\u200b", "a.b "]))
@settings(max_examples=6, deadline=None)
def test_fuzz_clean_text_survives_huge_lines(size, unit):
    raw = "Headline of the page\n" + unit * (size // len(unit)) + "\nShare this"
    _check_clean(raw, clean_text(raw))


def _document_or_problem(raw: RawInput):
    try:
        doc = clean_document(raw, Settings(require_english=False))
    except InputProblem as exc:
        assert exc.reason and "\n" not in exc.reason
        return None
    assert doc.text and doc.title == doc.title.strip() and doc.language
    assert "\n\n\n" not in doc.text
    json.dumps(doc.title, ensure_ascii=False).encode("utf-8")  # writable as UTF-8
    doc.text.encode("utf-8")
    return doc


@given(st.binary(max_size=3000), st.sampled_from(["txt", "html"]))
@FAST
def test_fuzz_clean_document_takes_arbitrary_bytes(data, fmt):
    _document_or_problem(RawInput("fuzz", data, fmt, "0" * 64))


def _html(depth: int, text: str, tag: str, close: bool) -> str:
    opening = f"<{tag} class='x'>" * depth
    return f"<html><head><title>{text[:40]}</title></head><body>{opening}<p>{text}</p>" + \
        (f"</{tag}>" * depth if close else "")


@given(st.integers(min_value=1, max_value=1500), article, st.sampled_from(["div", "span", "table", "p", "b", "li"]),
       st.booleans())
@FAST
def test_fuzz_clean_document_takes_deeply_nested_and_unclosed_html(depth, text, tag, close):
    doc = _document_or_problem(RawInput("fuzz.html", _html(depth, text, tag, close).encode("utf-8", "surrogatepass"),
                                        "html", "0" * 64))
    if doc is not None:  # the body is the page's text, never its markup
        assert set(doc.text) - set(text) <= set(" \n&;amp")
        assert "class='x'" not in doc.text


# strings holding lone surrogates: json.dumps writes them as "\ud800" escapes, json.loads gives them back
SURROGATE_TEXT = st.lists(st.one_of(st.sampled_from(WORDS), st.characters(categories=["Cs"])), min_size=1,
                          max_size=80).map(" ".join)
JSON_VALUE = st.recursive(st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
                                    st.text(alphabet=st.characters(), max_size=60), SURROGATE_TEXT),
                          lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                                      max_size=4),
                          max_leaves=12)
RECORD = st.dictionaries(st.sampled_from(["text", "html", "title", "url", "published", "outlet", "byline",
                                          "author", "other"]), JSON_VALUE | article | SURROGATE_TEXT,
                         max_size=6)


@given(st.lists(st.one_of(RECORD, JSON_VALUE, st.text(max_size=80)), min_size=1, max_size=8), st.booleans())
@FAST
def test_fuzz_json_lines_with_wrong_types_are_read_or_reported(records, as_lines):
    """Lone surrogates arrive escaped (json.dumps writes "\\ud800"); wrong types, non-objects and broken
    lines are each one Problem."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / ("in.jsonl" if as_lines else "in.json")
        if as_lines:
            lines = [json.dumps(r) if not isinstance(r, str) else r for r in records]
            path.write_text("\n".join(lines), encoding="utf-8", errors="surrogatepass")
        else:
            path.write_text(json.dumps(records), encoding="utf-8")
        raws, problems = read_inputs([str(path)])
        assert all(p.reason and "\n" not in p.reason for p in problems)
        assert raws or problems
        for raw in raws:
            raw.data.decode("utf-8")  # records are stored as valid UTF-8
            assert all(isinstance(v, str) for v in raw.fields.values())
            _document_or_problem(raw)
        documents, problems2 = extract([str(path)], Settings())
        assert len(documents) + len([p for p in problems2 if "#" in p.source or p.source == str(path)]) >= 1
        for doc in documents:
            json.dumps([doc.title, doc.text, doc.outlet, doc.byline, doc.url], ensure_ascii=False).encode("utf-8")


@given(st.binary(max_size=2000), st.sampled_from(["a.txt", "b.html", "c.json", "d.jsonl", "e", "f.md", "g.htm"]))
@FAST
def test_fuzz_every_file_is_read_or_reported(data, name):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        raws, problems = read_inputs([str(path)])
        assert raws or problems
        assert all(p.reason for p in problems)
        documents, problems = extract([str(path)])
        assert documents or problems
        for doc in documents:
            assert doc.text and doc.language
