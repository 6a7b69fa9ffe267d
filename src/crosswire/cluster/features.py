"""What a reader uses to tell one event from a similar one, as plain term counts per document.

Terms are prefixed by kind: ``w:`` content words (lower case, stop words dropped, lightly stemmed),
``b:`` pairs of adjacent content words, ``e:`` names (runs of capitalised words, whole and by last
word), ``n:`` numbers (digits, and counts from two to twenty written as words), ``y:`` years, ``t:`` headline words. The publication date is the one the input
states (metadata, dateline, page header) or, failing that, the day its URL names. Beside the terms, the
day of the week the lead names ("... said on Tuesday"), which tells two reports of one event from reports
of a similar event on another day when a publication date is missing, and the precise figures (three or more
significant digits) of the headline and lead, which tell two reports of a recurring release apart. No model is needed,
so features cost far less than reading the document did, and the same text gives the same features on
any machine.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from crosswire.annotate.model import import_spacy
from crosswire.date.timex import url_date
from crosswire.models import Document

import_spacy()
from spacy.lang.en.stop_words import STOP_WORDS  # noqa: E402  (after import_spacy: no torch)

TOKEN = re.compile(r"[A-Za-z][A-Za-z'’.-]*[A-Za-z]|[A-Za-z]|\d[\d,.]*\d|\d")
# capitalised words that begin sentences or name days and months say nothing about which event it is
CALENDAR = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
            "mr", "mrs", "ms", "dr", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec", "the", "a", "an", "said", "says", "http", "www", "com"}
# counts written as words are the same numbers as digits ("three drones", "3 drones"); "one" is left out,
# it is far more often a pronoun or "one of" than a count
NUMBER_WORDS = {w: str(k) for k, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split()) if k >= 2}
MAX_WORDS = 600  # the lead carries the event; long articles drift into background
YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
# publication dates the input itself states. A date read from a lone article's content rests on a year guessed from
# its own words (the latest year it mentions, its weekdays): too weak to separate stories; only a republished
# page's content date, read against the page's own date, is kept
TRUSTED = {"metadata", "dateline", "url", "page-header"}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# a weekday in running text; one that heads a date ("Friday, November 11, 2011") dates the page, not the event
WEEKDAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
                     r"(?![ ,.]*(?:\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))")
LEAD_WORDS = 40  # the weekday of the event is told in the first sentence or two
PRECISE_DIGITS = 3
FIGURE_WORDS = 100  # a report's own figures are told in its headline and first sentences


@dataclass(frozen=True, slots=True)
class Features:
    doc: str
    published: str | None          # ISO date (day precision or coarser) or None
    terms: dict[str, float]        # kind-prefixed term → count (sub-linear)
    weekday: int | None = None     # the weekday the headline or lead names first (0 = Monday), if any
    figures: tuple[str, ...] = ()  # the precise figures of the headline and lead (``n:`` terms, sorted)

    def to_json(self) -> dict:
        return {"doc": self.doc, "published": self.published, "terms": self.terms, "weekday": self.weekday,
                "figures": list(self.figures)}

    @classmethod
    def from_json(cls, data: dict) -> Features:
        return cls(data["doc"], data.get("published"), dict(data["terms"]), data.get("weekday"),
                   tuple(data.get("figures") or ()))


def stem(word: str) -> str:
    """A light suffix stripper (plural, past, gerund, adverb) so that 'arrested' meets 'arrest'."""
    for suffix, keep in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""), ("ly", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4 and not word.endswith("ss"):
            return word[: len(word) - len(suffix)] + keep
    return word


def _plain(token: str) -> str:
    low = token.lower().replace("’", "'")
    if low.endswith("'s"):
        low = low[:-2]
    return low.strip(".'-")


def _is_word(token: str) -> bool:
    return token[0].isalpha()


def _names(tokens: list[str], starts: set[int]) -> list[str]:
    """Runs of capitalised words; a run that starts a sentence needs two words to count."""
    out, run = [], []

    def close():
        if run and not (len(run) == 1 and run[0][0] in starts):
            words = [w for _k, w in run]
            out.append(" ".join(_plain(w) for w in words))
            if len(words) > 1:
                out.append(_plain(words[-1]))
        run.clear()

    for k, tok in enumerate(tokens):
        if _is_word(tok) and tok[0].isupper() and tok.lower().strip(".") not in CALENDAR and len(tok) > 1:
            run.append((k, tok.strip(".")))
        else:
            close()
    close()
    return out


def document_features(doc: Document) -> Features:
    """Term counts of one document (headline and the first MAX_WORDS words of its text)."""
    matches = list(TOKEN.finditer(doc.text))[:MAX_WORDS]
    tokens = [m.group(0) for m in matches]
    # a token starts a sentence when the gap before it holds an end mark or a line break
    starts = {k for k, m in enumerate(matches)
              if k == 0 or re.search(r"[.!?\n\"“:]", doc.text[matches[k - 1].end():m.start()])}
    counts: Counter[str] = Counter()
    previous = None
    for tok in tokens:
        low = _plain(tok)
        if not low:
            previous = None
            continue
        low = NUMBER_WORDS.get(low, low)
        if low[0].isdigit():
            digits = low.replace(",", "")
            if not re.fullmatch(r"(19|20)\d\d", digits):  # years are dates, not the event's numbers
                counts["n:" + digits] += 1
            previous = None
        elif len(low) > 2 and low not in STOP_WORDS:
            word = stem(low)
            counts["w:" + word] += 1
            if previous:
                counts["b:" + previous + " " + word] += 1
            previous = word
        else:
            previous = None
    for name in _names(tokens, starts):
        counts["e:" + name] += 1
    for tok in TOKEN.findall(doc.title):
        low = _plain(tok)
        if len(low) > 2 and low not in STOP_WORDS and not low[0].isdigit():
            counts["t:" + stem(low)] += 1
    for year in YEAR.findall(doc.title + " " + " ".join(tokens)):
        counts["y:" + year] += 1
    published = doc.published.value if doc.published is not None and (
        doc.published.basis in TRUSTED or (doc.published.basis == "content" and doc.page_date is not None)) else None
    published = published or url_date(doc.url)
    lead = [_plain(t) for t in TOKEN.findall(doc.title)] + [_plain(t) for t in tokens[:FIGURE_WORDS]]
    figures = precise_numbers("n:" + t.replace(",", "") for t in lead if t and t[0].isdigit())
    return Features(doc.id, published, {t: 1.0 + (0.0 if n == 1 else _log(n)) for t, n in sorted(counts.items())},
                    lead_weekday(doc.title, doc.text), tuple(sorted(figures)))


def precise_numbers(terms) -> frozenset[str]:
    """The number terms precise enough to name one report's figures: three or more significant digits
    ("373,000", "6.87", "212"), not round counts ("400,000", "13", "2.8"). Two reports of a recurring
    release (weekly claims, monthly prices) share their words and differ in these."""
    return frozenset(t for t in terms if t.startswith("n:") and not re.fullmatch(r"n:(19|20)\d\d", t)
                     and _significant(t[2:]) >= PRECISE_DIGITS)


def _significant(number: str) -> int:
    digits = number.replace(".", "").lstrip("0")
    return len(digits if "." in number else digits.rstrip("0"))


def lead_weekday(title: str, text: str) -> int | None:
    """The first weekday named in the headline or the first LEAD_WORDS words (0 = Monday), skipping a weekday
    that heads a date."""
    m = WEEKDAY.search(title + " \n " + " ".join(text.split()[:LEAD_WORDS]))
    return WEEKDAYS.index(m.group(1).lower()) if m else None


def _log(n: int) -> float:
    return round(math.log(n), 6)
