"""Sentences about earlier events or about a period: outlets recalling history differently is not what a
story's conflicts are about, so frames in such sentences take no side."""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping

from crosswire.models import Claim, Document, Frame, Statement

YEAR = re.compile(r"\b(19[0-9]{2}|20[0-9]{2})\b")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
MONTH = re.compile(r"\b(" + "|".join(m.capitalize() for m in MONTHS) + r")\b")
# a sentence that recalls an earlier event of the same kind ("The last major quake to hit the region was in
# February", "the previous attack")
RECALLS = re.compile(r"\bthe (?:last|previous) (?:\w+ ){0,2}?(?:\w+) (?:to (?:hit|strike|be)|of its kind)\b|"
                     r"\bthe last time\b", re.I)
# a sentence that opens on a time before the one just told tells another, earlier happening ("Earlier that
# day, a shell hit a house ...", "Hours earlier, three men died when ...", "The day before, another climber died")
PRECEDING = re.compile(r"^\W*(?:(?:hours|minutes|days|weeks|a day|a week|an hour|shortly|moments) earlier|"
                       r"earlier(?! this (?:month|year))|the (?:day|night|evening|morning) before|the previous "
                       r"(?:day|night|evening|morning)|previously)\b", re.I)
# a sentence that tells a separate or another happening of the kind ("In a separate attack earlier in the day,
# three people were killed", "Another blast hit the market"); "another 20 people were hurt" adds to a count
HAPPENINGS = r"(?:attacks?|incidents?|strikes?|airstrikes?|air strikes?|raids?|shootings?|bombings?|blasts?|" \
             r"explosions?|accidents?|crash(?:es)?|clash(?:es)?|assaults?|ambush(?:es)?|operations?)"
SEPARATE = re.compile(r"\b(?:separate|unrelated)(?: \w+){0,2}? " + HAPPENINGS + r"\b|"
                      r"\banother(?: \w+)? " + HAPPENINGS + r"\b", re.I)
BOUNDARY = re.compile(r"[.!?] +(?=[A-Z\"'`“])|\n")
CONTINUES = re.compile(r"\s*(?:It|That|This|They|These|Those)\b")
# a sentence that tallies a period rather than tells the event
AGGREGATE = re.compile(r"\b(?:this|last) (?:year|season)\b|\blast month\b|\bearlier this (?:month|year)\b|"
                       r"\bso far\b|\bin (?:recent|the past|the last) (?:\w+ )?(?:years|months|decades?)\b|"
                       r"\bin recent (?:days|weeks)\b|"
                       r"\bsince (?:19|20)\d\d\b|"
                       # a running toll of a campaign ("killed since the offensive began 12 days ago")
                       r"\bsince the (?:\w+ ){1,3}?(?:began|started|begun|erupted|broke out)\b|"
                       # an earlier happening years back ("the disaster four years ago killed 230,000")
                       r"\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|many) "
                       r"(?:years?|decades?) ago\b", re.I)


def background(frame: Frame, by_statement: Mapping[str, tuple[Claim, Statement]],
               documents: Mapping[str, Document], event: str | None = None) -> bool:
    """A sentence about an earlier event or a period: it tallies a year or season ("this year", "so far",
    "since 2005"), recalls the last event of its kind ("The last major quake to hit the region"), tells a
    separate or another happening of its kind ("In a separate attack, ...", "Another blast ..."), opens on an
    earlier time than the one just told ("Earlier that day, a shell hit a house"), names a
    year before its document's publication, or a month at least two months before it ("In January, five
    cables were cut" in a December report), or it starts with a pronoun that goes on about such a sentence.
    Outlets recalling history differently is not what a story's conflicts are about. A document without a
    publication date is read against the story's ``event`` date ("On April 20, a quake jolted X" in a story
    of a July quake tells another quake), and a calendar day told more than two days before the event date
    tells an earlier happening whatever the document's date."""
    statement = by_statement[frame.statement][1]
    text = statement.text
    if AGGREGATE.search(text) or RECALLS.search(text):
        return True  # "pirates have attacked nearly 100 vessels this year": a tally, not this event
    if SEPARATE.search(text):
        return True  # "In a separate attack, three people were killed": another happening
    if PRECEDING.match(text):
        return True  # "Earlier that day, a shell hit a house, killing seven": another, earlier happening
    if before_event(text, event):
        return True  # "On November 3, a quake hit X" in the story of a November 27 quake: another happening
    doc = documents.get(frame.doc)
    if doc is None:
        return False
    # a sentence that goes on about the last one's subject ("It killed 612 people") goes on in its time
    previous = ""
    if CONTINUES.match(text):
        before = doc.text[max(0, statement.start - 400):statement.start].rstrip()
        # the last sentence end before it: a full stop before a capital, or a line break ("6 . 4" is a number)
        cut = max((m.start() for m in BOUNDARY.finditer(before, 0, len(before) - 1)), default=-1)
        previous = before[cut + 1:]
        if RECALLS.search(previous):
            return True
    reference = doc.published.value if doc.published and len(doc.published.value) >= 7 else event
    if not reference or len(reference) < 4 or not reference[:4].isdigit():
        return False
    if len(reference) < 7:  # a story dated to its year alone: only an earlier year tells another happening
        return any(int(y) < int(reference[:4]) for y in YEAR.findall(text + " " + previous))
    year, month = int(reference[:4]), int(reference[5:7])
    return _earlier(text, year, month) or bool(previous and _earlier(previous, year, month))


def _earlier(text: str, year: int, month: int) -> bool:
    """The text names a year before ``year``, or (without a year) a month two to nine months before
    ``month``; a month just ahead may be a plan ("repairs by October")."""
    if any(int(y) < year for y in YEAR.findall(text)):
        return True
    return any(2 <= (month - 1 - MONTHS.index(m.lower())) % 12 <= 9 for m in MONTH.findall(text)
               if not YEAR.search(text))


DAY = re.compile(r"\b(" + "|".join(m.capitalize() for m in MONTHS) + r")\.? +([0-9]{1,2})\b(?:(?: ?,)? +((?:19|20)[0-9]{2})\b)?")


def occasions(text: str) -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
    """The years and the calendar days ("April 20") a sentence names."""
    return frozenset(YEAR.findall(text)), frozenset((m.lower(), d.lstrip("0")) for m, d, _y in DAY.findall(text))


def before_event(text: str, event: str | None) -> bool:
    """The text names a calendar day ("On November 3") more than two days before the ``event`` day (its
    year taken from the event, or the year before for a later month). A later day may tell a later report
    of the same happening ("on November 29 the toll rose to 12"), so only earlier days count."""
    if not event or len(event) < 10:
        return False
    day = datetime.date.fromisoformat(event[:10])
    for name, number, year in DAY.findall(text):
        month = MONTHS.index(name.lower()) + 1
        try:
            told = datetime.date(int(year) if year else day.year - (month > day.month), month, int(number))
        except ValueError:
            continue
        if (day - told).days > 2:
            return True
    return False


def dated_apart(a: str, b: str) -> bool:
    """Two sentences that each carry their own calendar date, and no date in common, tell two happenings
    ("On April 20, a 6.4-magnitude quake ..." / "On April 6, a 7.2 quake ...")."""
    (ya, da), (yb, db) = occasions(a), occasions(b)
    return bool(ya and yb and not ya & yb) or bool(da and db and not da & db)
