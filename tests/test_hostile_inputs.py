"""The hostile-input corpus (tests/hostile/, described in its .README) through the command line,
as a user runs it: one clear line per skipped input, no traceback, the right exit code, and every file
either produced or reported.

Files: bidi overrides and zero-width characters, terminal escapes and control characters, 3,000 nested
unclosed elements, UTF-16 with a byte-order mark, a 40 KB line, a Russian article, page chrome only,
whitespace only, NUL bytes, a script-only page, an empty JSON object, and JSON Lines with lone surrogate
escapes, wrong field types, non-objects, an unterminated line, a line nested 5,000 deep and an integer of
5,000 digits.
"""

from __future__ import annotations

import json
import pathlib
import shutil
import subprocess
import sys

import pytest

HOSTILE = pathlib.Path(__file__).resolve().parent / "hostile"
CLI = [sys.executable, "-m", "crosswire.cli"]
READ = {"bidi_zero_width.txt", "controls.txt", "nested_unclosed.html", "utf16_bom.txt", "huge_line.txt",
        "russian.txt", "records.jsonl#1", "records.jsonl#7"}
SKIPPED = {"blank_crlf.txt": "empty file", "nul_bytes.txt": "binary file", "only_chrome.txt": "no article text",
           "script_only.html": "no text", "empty.json#1": "no 'text' or 'html' field",
           "records.jsonl#2": "no 'text' or 'html' field", "records.jsonl#3": "no 'text' or 'html' field",
           "records.jsonl#4": "must be an object", "records.jsonl#5": "must be an object",
           "records.jsonl#6": "must be an object", "records.jsonl#8": "not valid JSON",
           "records.jsonl#9": "nested too deeply", "records.jsonl#10": "not valid JSON"}


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, *args], capture_output=True, text=True, encoding="utf-8", timeout=600)


def _skipped(stderr: str) -> dict[str, str]:
    lines = [ln for ln in stderr.splitlines() if ln.startswith("skipped ")]
    return {ln.split(":", 1)[0].rsplit("/", 1)[-1]: ln.split(":", 1)[1] for ln in lines}


def test_hostile_corpus_is_what_the_tests_describe():
    names = {p.name for p in HOSTILE.iterdir() if not p.name.startswith(".")}  # .README: hidden, not read
    assert names == {n.split("#")[0] for n in READ | set(SKIPPED)}
    assert all(p.stat().st_size <= 64_000 for p in HOSTILE.iterdir())


def test_hostile_extract_reads_or_reports_every_input():
    result = _run("extract", str(HOSTILE))
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    documents = [json.loads(line) for line in result.stdout.splitlines()]
    assert {d["source"].rsplit("/", 1)[-1] for d in documents} == READ
    skipped = _skipped(result.stderr)
    assert set(skipped) == set(SKIPPED)
    for name, words in SKIPPED.items():
        assert words in skipped[name], (name, skipped[name])
    by_name = {d["source"].rsplit("/", 1)[-1]: d for d in documents}
    assert by_name["russian.txt"]["language"] == "ru"
    assert "Northbridge" in by_name["nested_unclosed.html"]["text"]
    assert "Elmsfjord" in by_name["utf16_bom.txt"]["text"]
    assert "\ufffd lone surrogate escapes" in by_name["records.jsonl#1"]["text"]
    for doc in documents:  # what was removed was in the input
        assert doc["text"] and all(r["reason"] and r["text"] for r in doc["removed"])


@pytest.mark.parametrize("name", ["blank_crlf.txt", "nul_bytes.txt", "script_only.html", "empty.json"])
def test_hostile_nothing_usable_exits_non_zero_with_one_line(name, tmp_path):
    for command in (["extract"], ["analyze", "--out", str(tmp_path / "out")]):
        result = _run(*command, str(HOSTILE / name))
        assert result.returncode == 1, result.stderr
        assert "Traceback" not in result.stderr
        assert result.stderr.strip().splitlines()[-1].startswith("crosswire: nothing usable")
    assert not (tmp_path / "out" / "story.json").exists()


def test_hostile_analyze_keeps_what_it_can_and_says_why_for_the_rest(tmp_path):
    folder = tmp_path / "in"
    shutil.copytree(HOSTILE, folder)
    result = _run("analyze", str(folder), "--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    skipped = _skipped(result.stderr)
    assert "not English (detected language 'ru'" in skipped["russian.txt"]
    assert "not analysed because they are not English" in result.stderr
    story = json.loads((tmp_path / "out" / "story.json").read_text(encoding="utf-8"))
    analysed = {d["source"].rsplit("/", 1)[-1] for d in story["documents"]}
    assert {"bidi_zero_width.txt", "controls.txt", "nested_unclosed.html", "utf16_bom.txt",
            "records.jsonl#1", "records.jsonl#7"} <= analysed
    reported = {p["source"].rsplit("/", 1)[-1] for p in story["problems"]}
    assert analysed | reported == READ | set(SKIPPED)
    texts = {d["id"]: d["text"] for d in story["documents"]}
    for claim in story["claims"]:  # the span invariant survives hostile characters
        for s in claim["statements"]:
            assert texts[s["doc"]][s["start"]:s["end"]] == s["text"]
