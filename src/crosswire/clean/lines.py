"""A line classifier for scraped plain text: the probability that each line belongs to the article body.

Logistic regression over shape features of the line and of its neighbourhood (body text comes in runs of
long, punctuated, stopword-rich lines; chrome comes in runs of short, capitalised, link-like lines).
Trained on the development split of the AEB benchmark by ``benchmarks/train_line_classifier.py``;
weights ship in ``crosswire/data/clean_lines.json``. Inference is numpy only.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from importlib import resources

import numpy as np

# scripts written without spaces between words (Han, kana, Thai, Lao, Myanmar, Khmer): every two
# characters count as one word, so that line length in words means the same in every language
NO_SPACE = ("\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
            "\uf900-\ufaff\uff66-\uff9f")
WORD = re.compile(rf"[{NO_SPACE}]{{1,2}}|(?:(?![{NO_SPACE}])[^\W\d_])(?:(?![{NO_SPACE}])[\w'’-])*")
STOPWORDS = frozenset("""a about after again against all also an and any are as at be because been before being
between both but by can could did do does during each few for from had has have he her here hers him his how
i if in into is it its just more most my no nor not of off on once only or other our out over own said same
she should so some such than that the their them then there these they this those through to too under until
up very was we were what when where which while who whom why will with would you your""".split())
# sentence-final punctuation of Latin, CJK, Arabic, Devanagari, Ethiopic, Armenian, Greek scripts
FULL_STOP = ".!?…。！？｡؟۔।॥።։\u037e"
CLOSERS = "\"'”’)]」』）》»"
SENTENCE_END = re.compile(rf"[{re.escape(FULL_STOP)}][{re.escape(CLOSERS)}]*\s*$")
QUOTE_START = re.compile(r"^[\"“‘'「『«„]")
FEATURES = ["bias", "log_words", "log_chars", "sentence_end", "quote_start", "colon_end", "capital_ratio",
            "stopword_ratio", "punct_per_word", "digit_ratio", "chrome", "position", "short",
            "win2_sentence", "win5_sentence", "win2_logwords", "win5_logwords", "win10_stop",
            "prev_logwords", "next_logwords", "density10", "in_main_run", "page_function_ratio", "win5_function"]


def words_of(line: str) -> list[str]:
    """The words of a line in any script (two characters make a word where words are not spaced)."""
    return WORD.findall(line)


def _line_stats(line: str, chrome: bool) -> list[float]:
    words = words_of(line)
    n = len(words)
    lower = [w.lower() for w in words]
    return [
        math.log1p(n),
        math.log1p(len(line)),
        1.0 if SENTENCE_END.search(line) else 0.0,
        1.0 if QUOTE_START.match(line) else 0.0,
        1.0 if line.rstrip().endswith(":") else 0.0,
        sum(w[0].isupper() for w in words) / n if n else 0.0,
        sum(w in STOPWORDS for w in lower) / n if n else 0.0,
        min(3.0, sum(line.count(c) for c in ",.;:") / n) if n else 0.0,
        sum(c.isdigit() for c in line) / max(1, len(line)),
        1.0 if chrome else 0.0,
    ]


def line_features(lines: list[str], chrome: list[bool]) -> np.ndarray:
    """One row of FEATURES per line."""
    n = len(lines)
    if n == 0:
        return np.zeros((0, len(FEATURES)))
    base = np.array([_line_stats(ln, c) for ln, c in zip(lines, chrome)], dtype=float)
    logw, sent, stop = base[:, 0], base[:, 2], base[:, 6]
    words = np.expm1(logw)
    body_words = words * ((sent > 0) & (words >= 8))

    window = _window

    # the main run: the stretch of lines with the most body-like words, allowing short gaps
    best, best_span, start, acc, gap = 0.0, (0, -1), 0, 0.0, 0
    for i in range(n):
        if body_words[i] > 0:
            acc += body_words[i]
            gap = 0
            if acc > best:
                best, best_span = acc, (start, i)
        else:
            gap += 1
            if gap > 6:
                start, acc, gap = i + 1, 0.0, 0
    in_main = np.zeros(n)
    in_main[best_span[0]: best_span[1] + 1] = 1.0
    total = words.sum() or 1.0
    function = _page_function_ratio(lines)
    extra = np.column_stack([
        np.arange(n) / max(1, n - 1),
        (words < 5).astype(float),
        window(sent, 2), window(sent, 5), window(logw, 2), window(logw, 5), window(stop, 10),
        np.concatenate([[0.0], logw[:-1]]), np.concatenate([logw[1:], [0.0]]),
        window(body_words, 10) * 21 / total,
        in_main, function, window(function, 5),
    ])
    return np.column_stack([np.ones(n), base, extra])


def _page_function_ratio(lines: list[str]) -> np.ndarray:
    """Share of a line's words among the page's most frequent short words: a stopword ratio that
    needs no word list, so it also works on pages not written in English."""
    counts: dict[str, int] = {}
    tokens = [[w.lower() for w in words_of(ln)] for ln in lines]
    for toks in tokens:
        for w in toks:
            if len(w) <= 4:
                counts[w] = counts.get(w, 0) + 1
    common = set(sorted(counts, key=lambda w: (-counts[w], w))[:30])
    return np.array([sum(w in common for w in toks) / len(toks) if toks else 0.0 for toks in tokens])


def _window(values: np.ndarray, k: int) -> np.ndarray:
    padded = np.concatenate([np.zeros(k), values, np.zeros(k)])
    c = np.cumsum(np.concatenate([[0.0], padded]))
    return (c[2 * k + 1:] - c[:-2 * k - 1]) / (2 * k + 1)


def context_features(p: np.ndarray) -> np.ndarray:
    """Second stage: what the first stage thinks of the neighbours (body lines come in runs)."""
    prev = np.concatenate([[0.0], p[:-1]])
    nxt = np.concatenate([p[1:], [0.0]])
    return np.column_stack([p, _window(p, 1), _window(p, 3), _window(p, 10), np.maximum(prev, nxt),
                            np.minimum(prev, nxt)])


def _logistic(x: np.ndarray, stage: dict) -> np.ndarray:
    z = ((x - np.array(stage["mean"])) / np.array(stage["scale"])) @ np.array(stage["coef"])
    return 1.0 / (1.0 + np.exp(-z))


@lru_cache(maxsize=1)
def _model() -> dict:
    data = json.loads(resources.files("crosswire").joinpath("data/clean_lines.json").read_text("utf-8"))
    if data["features"] != FEATURES:
        raise ValueError("clean_lines.json does not match the feature list; rerun benchmarks/train_line_classifier.py")
    return data


def body_probability(lines: list[str], chrome: list[bool]) -> np.ndarray:
    """P(body) per line: a logistic model on line features, then one on its neighbours' first-stage scores."""
    if not lines:
        return np.zeros(0)
    model = _model()
    x = line_features(lines, chrome)
    p1 = _logistic(x, model["stage1"])
    return _logistic(np.column_stack([x, context_features(p1)]), model["stage2"])


def threshold() -> float:
    return float(_model()["threshold"])
