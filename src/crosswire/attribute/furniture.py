"""Page furniture: sentences that stay in the clean text but are never statements.

Captions, photo and video credits, bylines, "Read more" / "Related:" links, image descriptions, labels and
navigation left in scraped text carry no claim of the article. They are recognised by their form, not by
a list of phrases: a credit line (a photo/video/image word with a colon, "by", "courtesy" or a slash to a
name; an agency credit such as ``NAME/Photographer`` or "… Images"; photo words inside parentheses), a
byline (``By`` and a few capitalised names), a link label at the start, a date or time stamp line, a label in
capitals, and a
fragment with no finite verb (a caption or a heading) when it is short or has no sentence punctuation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from crosswire.models import Token

MEDIA = (r"(?:photo(?:graph)?s?|pictures?|pics?|images?|video|footage|graphics?|illustrations?|file\s+photo|"
         r"screenshots?|credits?)")
CREDIT_START = re.compile(rf"^\W*{MEDIA}\s*(?::|\||/|-|–|—|by\b|provided\b|courtesy\b|credit\b|source\b|via\b)", re.I)
MEDIA_IN_PARENS = re.compile(rf"\([^()]*\b{MEDIA}\b[^()]*\)\W*$", re.I)
AGENCY_CREDIT = re.compile(r"\b[A-Z][A-Za-z]*(?:\s[A-Z][A-Za-z]*)?\s?/\s?(?:[A-Z][a-z]+|[A-Z]{2,})\b(?!\.\w)"
                           r"|\b[A-Z][a-z]+ Images\b|\bvia Getty\b")
COURTESY = re.compile(r"^\W*(?:courtesy of|image courtesy|photo courtesy)\b", re.I)
BYLINE = re.compile(r"^\W*[Bb][Yy]\s+(?:[A-Z][\w.'’-]*\s*){1,4}(?:(?:,|and|&)\s*(?:[A-Z][\w.'’-]*\s*){1,4})*[\W]*$")
LINK_LABEL = re.compile(r"^\W*(?:read more|read also|also read|related(?: posts| articles| stories| coverage)?|"
                        r"see also|more on this|more from|recommended|click here|sign up|subscribe|share this|"
                        r"share on|follow us|advertisement|watch|listen|trending|top stories|most read)"
                        r"(?:\s+[\w'’]+)?\s*(?:[:|»›>\-–—]|$)", re.I)
ARTICLE = r"(?:article|story|report|piece|post|version|video|dispatch|item|update)"
EDITORIAL_NOTE = re.compile(
    rf"^\W*(?:this|the\s+above)\s+{ARTICLE}\s+(?:is|was|has\s+been|had\s+been|contains?|includes?|"
    rf"first|originally|may)\b(?:\s+\w+){{0,3}}\s+(?:based|updated|corrected|amended|edited|changed|published|"
    rf"produced|written|reported|appeared|compiled|contains?|includes?|reporting|material|information|"
    rf"contributions?|syndicated|republished|translated)\b"
    rf"|\bcontributed\s+(?:\w+\s+)?(?:reporting|writing|research|information|to)\b(?:\s+(?:to\s+)?this\s+{ARTICLE})?"
    rf"\W*$"
    rf"|\bcontributed\s+(?:\w+\s+)?(?:reporting\s+|writing\s+|research\s+)?to\s+this\s+{ARTICLE}\b"
    rf"|^\W*(?:additional\s+)?(?:reporting|writing|editing|research)\s+by\s+[A-Z]"
    rf"|^\W*an?\s+(?:earlier|previous|prior)\s+version\s+of\s+this\s+{ARTICLE}\b"
    rf"|^\W*editor(?:'|’)?s\s+note\s*[:—–-]"
    rf"|^\W*(?:this\s+is\s+an?\s+)?(?:developing|breaking)\s+(?:news\s+)?story\b(?:\W+\w+){{0,8}}\W*$",
    re.I)
SENTENCE_END = re.compile(r"[.!?](?:\s*[\"'”’)\]`]+)*\s*$")
DATE_WORD = re.compile(r"^(?:\d+\w*|(?:first|last)|published|posted|updated|edited|modified|time|on|at|am|pm|"
                       r"a\.m|p\.m|hrs|et|edt|est|gmt|bst|utc|cdt|cst|pdt|pst|ist|aest|cet|uk|"
                       r"(?:mon|tue|wed|thu|fri|sat|sun)\w*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*)$",
                       re.I)
FINITE = {"VBD", "VBZ", "VBP", "MD"}


def _words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z0-9][\w'’-]*", text)


def is_furniture(text: str, tokens: Sequence[Token] | None = None) -> bool:
    """True for a caption, credit, byline, link label, capitals label or verbless fragment. ``tokens``
    (the sentence's tokens, when parsed) let the finite-verb test run; without them only the patterns do."""
    s = " ".join(text.split())
    words = _words(s)
    if not words:
        return True
    if CREDIT_START.search(s) or COURTESY.search(s) or MEDIA_IN_PARENS.search(s) or BYLINE.match(s):
        return True
    if LINK_LABEL.match(s) or EDITORIAL_NOTE.search(s):
        return True
    if AGENCY_CREDIT.search(s) and _credit_not_text(s):
        return True
    if len([w for w in words if not DATE_WORD.match(w)]) <= 1 and any(c.isdigit() for c in s):
        return True  # a date or time stamp line ("Updated: July 7, 2012, 10:04 PM ET")
    letters = [c for c in s if c.isalpha()]
    if len(words) <= 12 and sum(c.isupper() for c in letters) >= 0.8 * len(letters):
        return True
    ends = bool(SENTENCE_END.search(s))
    if tokens is not None and not _has_finite(tokens):
        # a verbless line: a caption or label, unless it reads as a headline ("Man charged with arson")
        headline = any(t.tag == "VBN" and t.dep != "amod" for t in tokens) and len(words) > 6
        return (not ends and not headline) or len(words) <= 4
    return not ends and len(words) <= 4


def _has_finite(tokens: Sequence[Token]) -> bool:
    return any(t.tag in FINITE for t in tokens)


def _credit_not_text(s: str) -> bool:
    """An agency credit (``AGENCY/Name``) ends a caption; a slash between ordinary words ("and/or",
    "24/7") does not."""
    for m in AGENCY_CREDIT.finditer(s):
        piece = m.group(0)
        if "Images" in piece or "Getty" in piece:
            return True
        left = piece.split("/")[0].strip()
        if left.isupper() and len(left) >= 2 or left.istitle():
            tail = s[m.end():].strip()
            if len(_words(tail)) <= 3:
                return True
    return False
