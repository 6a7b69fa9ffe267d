"""Cleaning scraped plain text: chrome out with reasons, every body sentence in, spans unaltered."""

import json
import pathlib
import re

import pytest
from hypothesis import given, settings, strategies as st

from crosswire.clean.text import clean_text, cut_inline_junk, find_cites

GOLD = json.loads((pathlib.Path(__file__).parent / "gold" / "kadhimi" / "cleaning.json").read_text())
FILES = sorted(k for k in GOLD if not k.startswith("_"))


@pytest.mark.parametrize("name", FILES)
def test_clean_example_corpus_matches_gold(example_dir, name):
    gold = GOLD[name]
    result = clean_text((example_dir / name).read_text(encoding="utf-8"))
    paragraphs = result.body.split("\n\n")
    assert result.title == gold["title"]
    assert paragraphs[0] == gold["first"]
    assert paragraphs[-1].startswith(gold["last_starts"])
    reasons = {r.text: r.reason for r in result.removed}
    for text, reason in gold["removed"].items():
        assert reasons.get(text) == reason, (text, reasons.get(text))
    for sentence in gold["kept"]:
        assert sentence in result.body
    for junk in gold["absent"]:
        assert junk not in result.body
    assert gold["title"] not in result.body


def test_clean_inline_junk_is_cut_and_recorded():
    line = ("President BidenJoe Biden Federal Appeals Court Rules On Mandate Why Prices Rose MORE condemned "
            "the attack on Sunday.")
    new, removed = cut_inline_junk(line)
    assert new == "President Biden condemned the attack on Sunday."
    assert removed and removed[0].reason == "inline-junk" and removed[0].text.endswith("MORE")


def test_clean_ordinary_camel_case_is_not_junk():
    line = "The iPhone maker and McDonald's said on Monday that YouTube would carry the ad."
    assert cut_inline_junk(line) == (line, [])


def test_clean_finds_cited_outlets_generally():
    body = ("Officials told The Daily Herald on Monday that the plant closed. According to Kyodo News, the "
            "quake was strong. The Globe Tribune reported that two died. He told reporters nothing.")
    assert find_cites(body) == ("The Daily Herald", "Kyodo News", "The Globe Tribune")


LINE = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=120)


@given(st.lists(LINE, max_size=30))
@settings(max_examples=150, deadline=None)
def test_clean_never_raises_and_keeps_paragraphs_verbatim(lines):
    raw = "\n".join(lines)
    result = clean_text(raw)
    assert "\n\n\n" not in result.body
    assert result.body == result.body.strip()
    flat = re.sub(r"\s+", " ", raw)
    for para in result.body.split("\n\n") if result.body else []:
        # every kept paragraph is input text, except where inline junk was cut
        if not any(r.reason == "inline-junk" for r in result.removed):
            assert re.sub(r"\s+", " ", para) in flat


@given(st.lists(st.sampled_from([
    "The minister said the talks would resume next week, according to officials in the capital.",
    "Home", "Related Posts", "Share this:", "Leave a Reply", "“We will not give up,” she said.",
    "Police said three people were hurt when the vehicle struck a barrier on the main road.", "Sunday, May 28, 2023",
]), min_size=1, max_size=25))
@settings(max_examples=150, deadline=None)
def test_clean_is_idempotent_on_its_own_body(lines):
    once = clean_text("\n\n".join(lines), extracted=True, title="")
    twice = clean_text(once.body, extracted=True, title="")
    assert twice.body == once.body
