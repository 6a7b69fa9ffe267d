"""Scraped plain text → article body: drop page chrome line by line, cut junk glued inside sentences,
find the title and byline, and record every removal with its reason.

The body is the run of paragraphs between the first and the last *body-like* line (a sentence, or a
quote); chrome is recognised by its shape (dates alone on a line, breadcrumbs glued to "Home", short
labels without sentence punctuation) and by the vocabulary pages use for it (related posts, comment
forms, newsletter prompts, share prompts, photo credits). Nothing inside a kept line is altered except
the inline-junk cut.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from crosswire.clean.lines import CLOSERS, FULL_STOP, body_probability, threshold, words_of
from crosswire.models import Removal

WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|"
         r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
DATE_LINE = re.compile(
    rf"^(?:(?:{WEEKDAY}),?\s+)?(?:{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\s+{MONTH},?\s+\d{{4}}|"
    rf"\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})"
    r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?)?"
    r"(?:\s*(?:\||-|–|·)\s*(?:updated|published)?.*)?$", re.I)
UPDATED_LINE = re.compile(rf"^(?:published|updated|posted|last updated)\b.*(?:\d{{4}}|{WEEKDAY}|ago)\s*$", re.I)
BREADCRUMB = re.compile(r"^Home(?=[A-Z])|^Home\s*[›»>/|]|(?:\s[›»>]\s.*){2,}")
BYLINE = re.compile(r"^(?:By|BY|Written by|Reporting by)\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}"
                    r"(?:\s*(?:,|and|&)\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})*\s*(?:[|,–-].*)?$")
PHOTO = re.compile(r"\((?:photo\s*)?credit:|^(?:photo|image|picture|file photo)(?:\s+credit)?\s*[:(]|"
                   r"\((?:photo|image|picture):|\b(?:Getty Images|AFP via Getty|AP Photo|Shutterstock)\b", re.I)
# one pattern per kind of chrome, matched against the whole (short) line
CHROME: list[tuple[str, re.Pattern[str]]] = [
    ("related-links", re.compile(r"^(?:related(?:\s+(?:posts?|stories|articles|news|content|coverage|topics))?|"
                                 r"recent (?:stories|posts|news)|more (?:stories|news|from|on this)|"
                                 r"suggested for you|you (?:might|may) (?:also )?like|recommended(?: for you)?|"
                                 r"(?:most )?popular(?: stories| now)?|trending(?: now| stories)?|"
                                 r"read (?:more|next|also)|see also|also read|don'?t miss|top stories|"
                                 r"latest (?:news|stories)|editor'?s picks?|what to read next)\b.{0,60}$", re.I)),
    ("teaser", re.compile(r"^(?:previous|next|prev)(?:\s+(?:post|article|story))?\s*[:»›<>]?\s+\S.{0,150}$", re.I)),
    ("comments", re.compile(r"^(?:leave a (?:reply|comment)|(?:no|\d+) comments?|comments?(?: \(\d+\))?|"
                            r"your email address will not be published.*|required fields are marked.*|"
                            r"post comment|add a comment|join the (?:conversation|discussion)|"
                            r"cancel reply|save my name, email.*|you must be logged in.*|"
                            r"show comments|view comments)\.?\s*\*?$", re.I)),
    ("newsletter", re.compile(r"^(?:sign up|subscribe)\b.{0,80}$|newsletter|^get (?:our|the) .{0,40}"
                              r"(?:in your inbox|delivered)", re.I)),
    ("source-link", re.compile(r"^(?:source(?: link)?|original(?: article)?|via)\s*[:]?\s*\S{0,80}$", re.I)),
    ("share-prompt", re.compile(r"^(?:share(?: this(?: article| story| post)?| on \w+)?|tweet|email|print|"
                                r"facebook|twitter|whatsapp|linkedin|pinterest|reddit|copy link|"
                                r"click to share.*)(?:\s*[:|/]\s*(?:facebook|twitter|whatsapp|email|print|pint\w*|"
                                r"linkedin|reddit|\w+)){0,6}\s*:?\s*$", re.I)),
    ("footer", re.compile(r"^(?:©|copyright\b|all rights reserved|privacy policy|terms of (?:use|service)|"
                          r"cookie(?:s| policy)|about us|contact us|advertise(?: with us)?)", re.I)),
    ("navigation", re.compile(r"^(?:home|menu|search|log ?in|sign in|skip to (?:main )?content|"
                              r"advertisement|ad|sponsored(?: content)?|loading\.*)\s*$", re.I)),
]
COMMENT_HEADER = re.compile(r"^(?:\S+(?:\s+\S+){0,5}\s+(?:says|said|wrote|replied)(?:\s*\.{3})?:?|"
                            r".{0,60}\bat\s+\d{1,2}:\d{2}\s*[ap]\.?m\.?\s+(?:says|said):?|"
                            r"\d+\s+(?:comments?|responses?|replies)|(?:reply|report|like|\d+ likes?))\s*$", re.I)
SENTENCE_END = re.compile(rf"[{re.escape(FULL_STOP)}][{re.escape(CLOSERS)}]*\s*$|[\"”’」』»]\s*$|[:：]\s*$")
QUOTE_START = re.compile(r"^[\"“‘'「『«„]")
# a run of headline words glued to the end of a word ("BidenJoe Biden Federal … MORE"): hover cards
INLINE_JUNK = re.compile(r"(?<=[a-z.])(?=[A-Z][a-z])(?P<run>[A-Z][\w'’.-]*(?:\s+[\w'’.,:-]+){2,60}?\s+"
                         r"(?:MORE|READ MORE|Read More|See More|More)\b)\s*")


@dataclass(frozen=True, slots=True)
class CleanText:
    title: str | None
    body: str
    removed: tuple[Removal, ...]
    byline: str | None = None


def _words(line: str) -> list[str]:
    return words_of(line)


def _norm(line: str) -> str:
    text = unicodedata.normalize("NFKC", line).lower()
    return re.sub(r"[\W_]+", " ", text).strip()


def _chrome_reason(line: str) -> str | None:
    stripped = line.strip()
    if DATE_LINE.match(stripped) or UPDATED_LINE.match(stripped):
        return "page-date"
    if BREADCRUMB.search(stripped):
        return "breadcrumb"
    if BYLINE.match(stripped) and len(_words(stripped)) <= 14:
        return "byline"
    if PHOTO.search(stripped) and not QUOTE_START.match(stripped):
        return "photo-credit"
    if len(stripped) <= 160:
        for reason, pattern in CHROME:
            if pattern.search(stripped):
                return reason
    return None


def is_body_like(line: str) -> bool:
    """A sentence or a quote: enough words and sentence-final punctuation, or a long run of words."""
    words = _words(line)
    if len(words) >= 18:
        return True
    if QUOTE_START.match(line.strip()) and len(words) >= 3:
        return True
    return len(words) >= 6 and bool(SENTENCE_END.search(line)) and not line.strip().endswith("...")


def _looks_like_title(line: str) -> bool:
    words = _words(line)
    return 3 <= len(words) <= 30 and len(line) <= 250 and not line.rstrip().endswith((",", ";"))


def _main_region(items: list[str], prob, reasons: list[str | None]) -> tuple[int, int]:
    """The contiguous stretch of lines with the largest word-weighted body score (Kadane's algorithm):
    an article is one run of text, the teasers of other articles around it are not."""
    best, best_span, acc, start = 0.0, (0, len(items) - 1), 0.0, 0
    for k, (line, p) in enumerate(zip(items, prob)):
        score = max(-2, (float(p) - 0.5) * max(1, len(_words(line)))) if reasons[k] is None else -0.5
        if acc <= 0:
            acc, start = score, k
        else:
            acc += score
        if acc > best:
            best, best_span = acc, (start, k)
    return best_span


def _cut_comment_tail(items: list[str], reasons: list[str | None], keep: list[bool]) -> list[bool]:
    """Everything after the start of a comment section goes, once most of the body lies before it."""
    words = [len(_words(ln)) if k else 0 for ln, k in zip(items, keep)]
    total = sum(words) or 1
    before = 0
    for k, line in enumerate(items):
        if (reasons[k] == "comments" or COMMENT_HEADER.match(line)) and before / total >= 0.6:
            return keep[:k] + [False] * (len(items) - k)
        before += words[k]
    return keep


def cut_inline_junk(line: str) -> tuple[str, list[Removal]]:
    """Remove headline runs glued inside a sentence; returns the new line and what was cut."""
    removed: list[Removal] = []

    def repl(m: re.Match[str]) -> str:
        removed.append(Removal(m.group(0).strip(), "inline-junk"))
        return " "

    new = INLINE_JUNK.sub(repl, line)
    return re.sub(r" {2,}", " ", new), removed


def clean_text(raw: str, extracted: bool = False, title: str | None = None) -> CleanText:
    """Plain text as scraped from a page → title, body (paragraphs joined by one blank line), removals.

    ``extracted=True`` is for text an HTML extractor already reduced to the article: then only the
    explicit chrome rules apply, not the line classifier. A known ``title`` (from page metadata) is taken
    as it is instead of being looked for in the text."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    items = [ln.strip() for ln in text.split("\n") if ln.strip()]
    removed: list[Removal] = []
    reasons: list[str | None] = [_chrome_reason(ln) for ln in items]
    if extracted:
        keep = [r is None for r in reasons]
    else:
        prob = body_probability(items, [r is not None for r in reasons])
        cut = threshold()
        lo, hi = _main_region(items, prob, reasons)
        keep = [r is None and lo <= k <= hi and (p >= cut or (p >= cut / 2 and is_body_like(ln)))
                for k, (ln, r, p) in enumerate(zip(items, reasons, prob))]
        first = next((k for k, b in enumerate(keep) if b), len(items))
        last = max((k for k, b in enumerate(keep) if b), default=-1)
        keep = _cut_comment_tail(items, reasons, keep)
        first = next((k for k, b in enumerate(keep) if b), len(items))
        last = max((k for k, b in enumerate(keep) if b), default=-1)
        for k in range(first, last):  # short lead-ins ("X reported:") and quote lines inside the body
            if not keep[k] and reasons[k] is None and (items[k].endswith(":") or QUOTE_START.match(items[k])) \
                    and prob[k] >= cut / 4:
                keep[k] = True
        if not any(keep):  # the classifier saw no body at all (a page too short to judge): keep the sentences
            keep = [r is None and is_body_like(ln) for ln, r in zip(items, reasons)]

    first_body = next((k for k, b in enumerate(keep) if b and is_body_like(items[k])), len(items))
    title_index = None
    for k in range(first_body if title is None else 0):
        if reasons[k] is None and _looks_like_title(items[k]):
            title_index = k
            break
    if title is None and title_index is None and first_body < len(items) and not QUOTE_START.match(items[first_body]):
        first = items[first_body]
        if _looks_like_title(first) and len(_words(first)) < 15 and not SENTENCE_END.search(first.rstrip(".")):
            title_index = first_body
    if title is None:
        title = items[title_index] if title_index is not None else None
    title_key = _norm(title) if title else None

    byline = None
    kept: list[str] = []
    for k, line in enumerate(items):
        reason = reasons[k]
        if k == title_index:
            removed.append(Removal(line, "title"))
            continue
        norm = _norm(line)
        if title_key and (norm == title_key or (norm.startswith(title_key) and len(norm) - len(title_key) < 4)):
            removed.append(Removal(line, "duplicate-title"))
            continue
        if reason is not None:
            if reason == "byline" and byline is None:
                byline = re.sub(r"^(?:By|BY|Written by|Reporting by)\s+", "", line).split("|")[0].strip(" ,–-")
            removed.append(Removal(line, reason))
            continue
        if not keep[k] or (title_index is not None and k < title_index):
            where = "boilerplate"
            if title_index is not None and k < title_index:
                where = "section-label" if len(_words(line)) <= 4 else "breadcrumb"
            removed.append(Removal(line, where))
            continue
        new, cut_out = cut_inline_junk(line)
        removed.extend(cut_out)
        kept.append(new.strip())
    return CleanText(title=title, body="\n\n".join(kept), removed=tuple(removed), byline=byline)


CITE_CUE = re.compile(r"\b(?i:told|said to|spoke (?:to|with)|according to|reported by|cited by|quoted by|"
                      r"in an interview with|in a statement to|(?:a |the )?report (?:by|from|in))\s+")
CITE_AFTER = re.compile(r"(?P<outlet>(?:[A-Z][\w&.'’-]*\s+){0,4}[A-Z][\w&.'’-]*)\s+(?:later\s+|first\s+|also\s+)?"
                        r"(?:reported|reports|noted|quoted|cited|wrote|published)\b")
CAPITAL_RUN = re.compile(r"(?:[A-Z][\w&.'’-]*|al-[A-Z][\w-]*)(?:\s+(?:[A-Z][\w&.'’-]*|of|for|al-[A-Z][\w-]*))*")
OUTLET_WORDS = re.compile(r"(?:News|Times|Post|Journal|Press|Agency|Reuters|AFP|AP|CNN|BBC|NBC|CBS|ABC|Fox|"
                          r"Radio|Television|TV|Telegraph|Guardian|Herald|Tribune|Gazette|Observer|Daily|"
                          r"Network|Broadcasting|Channel|Magazine|Wire|Jazeera|Bloomberg|Axios|Politico|"
                          r"Insider|Monitor|Mail|Express|Independent|Chronicle|Bulletin|Media)$|^[A-Z]{2,6}$")
NOT_OUTLET = re.compile(r"^(?:US|U\.S\.|UN|EU|UK|I|OK|TV|PM|MP)$")


def _outlet_in(run: str) -> str | None:
    """The outlet-like head of a capitalised run: up to its last outlet word ("Fars News Agency")."""
    words = [w.strip(".,;:’'") for w in run.split()]
    words = [re.sub(r"[’']s$", "", w) for w in words]
    last = max((k for k, w in enumerate(words) if OUTLET_WORDS.search(w)), default=-1)
    if last < 0:
        return None
    name = " ".join(w for w in words[: last + 1] if w)
    return None if NOT_OUTLET.match(name) else name


def find_cites(body: str) -> tuple[str, ...]:
    """Outlets and agencies the article names as its sources, as written, in order of first mention."""
    found: list[tuple[int, str]] = []
    for m in CITE_CUE.finditer(body):
        window = body[m.end(): m.end() + 80]
        for run in CAPITAL_RUN.finditer(window):
            name = _outlet_in(run.group(0))
            if name:
                found.append((m.end() + run.start(), name))
                break
    for m in CITE_AFTER.finditer(body):
        name = _outlet_in(m.group("outlet"))
        if name:
            found.append((m.start("outlet"), name))
    out: list[str] = []
    for _pos, name in sorted(found):
        if any(name == o or name in o for o in out):
            continue
        out = [o for o in out if o not in name]  # keep the fuller name
        out.append(name)
    return tuple(out)
