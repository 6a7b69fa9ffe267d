"""Sentence boundaries inside clock times and decimals of tokenised text. Pre-tokenised copy writes
"3 : 30 p . m .", "8 : 30pm" and "4 . 6" with spaces; the parser then ends a sentence after "p .", "8 :" or
"4 .", cutting a clock time or a decimal from its sentence. This component, run before the parser, marks
those tokens as no sentence start; text written the ordinary way ("3:30 p.m.", "4.6") tokenises without
such splits and is left as it is."""

from __future__ import annotations

import re

NAME = "crosswire_clock_times"
DIGITS = re.compile(r"^\d{1,3}$")
MINUTES = re.compile(r"^[0-5]\d(?:[ap]\.?m\.?)?$", re.I)


def clock_inside(words: list[str], spaces: list[bool]) -> set[int]:
    """Indices of the tokens inside "H : MM", a decimal written with spaces and after "a . m" / "p . m" (the
    word after a closing "m ." too when it is lower-case, "3 p . m . in the block"): none starts a sentence."""
    n = len(words)
    inside: set[int] = set()
    for i, word in enumerate(words):
        if word == "." and 0 < i < n - 1 and DIGITS.match(words[i - 1]) and DIGITS.match(words[i + 1]) and \
                spaces[i - 1] and spaces[i]:
            inside |= {i, i + 1}  # "a 4 . 6 magnitude", "USB 3 . 0": a decimal written with spaces
            if i + 2 < n and (words[i + 2][:1].islower() or words[i + 2] in (",", ";")):
                inside.add(i + 2)
        elif word == ":" and 0 < i < n - 1 and words[i - 1].isdigit() and MINUTES.match(words[i + 1]):
            inside |= {i, i + 1}
        elif word.lower() in ("a", "p") and i + 2 < n and words[i + 1] == "." and words[i + 2].lower() == "m" and \
                i > 0 and (words[i - 1].isdigit() or MINUTES.match(words[i - 1])):
            last = i + 3 if i + 3 < n and words[i + 3] == "." else i + 2
            inside |= set(range(i + 1, last + 1))
            if last + 1 < n and (words[last + 1][:1].islower() or words[last + 1] in (",", ";")):
                inside.add(last + 1)
    return inside


def keep_clock_times(doc):
    """Mark the tokens of :func:`clock_inside` as no sentence start. Returns the doc."""
    for i in clock_inside([t.text for t in doc], [bool(t.whitespace_) for t in doc]):
        doc[i].is_sent_start = False
    return doc

