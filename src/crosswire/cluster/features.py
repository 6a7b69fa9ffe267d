"""What a reader uses to tell one event from a similar one, as plain term counts per document.

Terms are prefixed by kind: ``w:`` content words (lower case, stop words dropped), ``e:`` names (runs
of capitalised words, whole and by last word), ``n:`` numbers, ``t:`` headline words. No model is needed,
so features cost far less than reading the document did, and the same text gives the same features on
any machine.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS

from crosswire.models import Document

TOKEN = re.compile(r"[A-Za-z][A-Za-z'’.-]*[A-Za-z]|[A-Za-z]|\d[\d,.]*\d|\d")
# capitalised words that begin sentences or name days and months say nothing about which event it is
CALENDAR = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
            "mr", "mrs", "ms", "dr", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec", "the", "a", "an", "said", "says", "http", "www", "com"}
MAX_WORDS = 600  # the lead carries the event; long articles drift into background


@dataclass(frozen=True, slots=True)
class Features:
    doc: str
    published: str | None          # ISO date (day precision or coarser) or None
    terms: dict[str, float]        # kind-prefixed term → count (sub-linear)

    def to_json(self) -> dict:
        return {"doc": self.doc, "published": self.published, "terms": self.terms}

    @classmethod
    def from_json(cls, data: dict) -> Features:
        return cls(data["doc"], data.get("published"), dict(data["terms"]))


def _is_word(token: str) -> bool:
    return token[0].isalpha()


def _names(tokens: list[str], starts: set[int]) -> list[str]:
    """Runs of capitalised words; a run that starts a sentence needs two words to count."""
    out, run = [], []

    def close():
        if run and not (len(run) == 1 and run[0][0] in starts):
            words = [w for _k, w in run]
            out.append(" ".join(words).lower())
            if len(words) > 1:
                out.append(words[-1].lower())
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
    for tok in tokens:
        low = tok.lower().strip(".'’-")
        if not low:
            continue
        if low[0].isdigit():
            digits = low.replace(",", "")
            if not re.fullmatch(r"(19|20)\d\d", digits):  # years are dates, not the event's numbers
                counts["n:" + digits] += 1
        elif len(low) > 2 and low not in STOP_WORDS:
            counts["w:" + low] += 1
    for name in _names(tokens, starts):
        counts["e:" + name] += 1
    for tok in TOKEN.findall(doc.title):
        low = tok.lower().strip(".'’-")
        if len(low) > 2 and low not in STOP_WORDS and not low[0].isdigit():
            counts["t:" + low] += 1
    published = doc.published.value if doc.published is not None else None
    return Features(doc.id, published, {t: 1.0 + (0.0 if n == 1 else _log(n)) for t, n in sorted(counts.items())})


def _log(n: int) -> float:
    import math

    return round(math.log(n), 6)
