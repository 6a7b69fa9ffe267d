"""Sentence boundaries the parser puts inside a sentence.

- After abbreviations. Pre-tokenised copy writes the full stop of an abbreviation as a token of its own ("Nov
  . 30", "Mr . Teixeira", "George W . Bush", "U . S . Marshals", "Church Ave . in East Flatbush"). Ordinary
  copy keeps it on the word, but the parser still ends sentences after titles it does not know ("Police
  Const. Tim Fanning said"). Either way a date, a name or a place is cut from its sentence.
- Before a continuation: a word in lower case ("( in 2005 ) but she is well liked"), a closing quotation mark
  ("New York . ”"), anything after a comma
  or a semicolon ("a 30 - day program , but"), the words after a quote that closes on a comma ("myself , ''
  Jackman said"), and a number after a word ("6 . 9 assists , and 3 . 4 rebounds").

A line break always ends a sentence. The component, run before the parser, marks such tokens as no sentence
start. Where the parser still ends a sentence there, the two parts are joined again when sentences are
collected (:func:`crosswire.annotate.run.kept_inside`)."""

from __future__ import annotations

import re

NAME = "crosswire_sentence_boundaries"
# abbreviations that stand before a name: "Mr . Teixeira", "Sgt . La Croix", "Gov . Sarah Palin"
TITLES = {"mr", "mrs", "ms", "dr", "gen", "sgt", "lt", "col", "gov", "sen", "rep", "capt", "cpl", "pvt", "maj",
          "adm", "prof", "rev", "supt", "det", "insp", "cmdr", "atty", "hon", "fr", "cdr", "brig", "gens", "reps",
          "sens", "messrs", "mt", "ft", "st", "const", "cst", "pte", "spc", "sgts", "lts", "supts", "dets", "pc",
          "ch", "asst", "dep", "rt"}
# abbreviated months stand before a day: "Nov . 30", "Feb . 6 , 1995"
MONTHS = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
# abbreviations that may end a sentence, but not before a lower-case word, a comma or a number
# ("Church Ave . in East Flatbush", "Comeaux Jr . , a convicted rapist", "No . 1")
OTHERS = {"ave", "blvd", "rd", "jr", "sr", "inc", "co", "corp", "ltd", "bros", "no", "nos", "vs", "dept", "univ",
          "approx", "est", "ft", "mt", "st", "gov", "sen", "rep"} | MONTHS
# words that open a sentence: after "U . S ." they begin the next one ("moved to the U . S . He said")
OPENERS = {"the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "but", "and", "in", "on", "at", "this",
           "that", "these", "those", "there", "his", "her", "its", "their", "our", "after", "when", "as", "if",
           "while", "for", "so", "yet", "then", "officials", "police", "authorities"}
LETTER = re.compile(r"^[A-Z]$")
ATTACHED = re.compile(r"^([A-Z][a-z]{1,5})\.$")  # "Const.", "Sgt.", "Blvd.": the full stop on the word
CLOSING = {"''", "”", '"'}
NEVER_FIRST = {",", ";", ")", "]", "''", "”", "’", "%"}  # marks that close or go on, never open a sentence
ENDS = {".", "!", "?", "..."}
BRAND = re.compile(r"^[a-z]+[A-Z]")  # "iPhone", "eBay": lower case that may open a sentence


def abbreviation_inside(words: list[str], spaces: list[bool]) -> set[int]:
    """Indices of the tokens that cannot start a sentence because they follow an abbreviation: after its
    separate full stop (the full stop included), a title before a capitalised word, a month before a number,
    an initial before a capitalised word, another initial or a number, and any known abbreviation before a
    lower-case word, a comma or a number; after a title with its full stop attached ("Const."), a capitalised
    word that does not open sentences ("Main St. The fire" ends one)."""
    inside: set[int] = set()
    for i in range(1, len(words)):
        attached = ATTACHED.match(words[i - 1])
        if attached and attached.group(1).lower() in TITLES and words[i][:1].isupper() and spaces[i - 1] and \
                words[i].lower() not in OPENERS:
            inside.add(i)  # "Police Const. Tim Fanning"
        if i == len(words) - 1 or words[i] != ".":
            continue
        before, after = words[i - 1], words[i + 1]
        low = before.lower()
        upper = after[:1].isupper()
        if low in TITLES and upper and before[:1].isupper() and after.lower() not in OPENERS:
            pass  # "Mr . Teixeira", "Const. Tim Fanning" (the tokenizer may split the full stop off)
        elif not spaces[i - 1]:
            continue  # "said. The": a full stop on an ordinary word ends its sentence
        elif low in MONTHS and after[:1].isdigit() and before[:1].isupper():
            pass  # "Nov . 30"
        elif LETTER.match(before) and (LETTER.match(after) or after[:1].isdigit() or
                                       (upper and after.lower() not in OPENERS)):
            pass  # "George W . Bush", "U . S . Marshals", "E . 52nd St"
        elif not (low in OTHERS and before[:1].isupper() and (after[:1].islower() or after in (",", ";", ")")
                                                              or after[:1].isdigit())):
            continue  # what is kept last: "Church Ave . in East Flatbush", "Jr . , a convicted rapist", "No . 1"
        inside |= {i, i + 1}
    return inside


def continuation_inside(words: list[str], spaces: list[bool]) -> set[int]:
    """Indices of the tokens that go on with the sentence before them (none after a line break): a word in
    lower case (not a brand such as "iPhone" after a full stop), a closing mark or a comma, a straight quote
    after a full stop at the end of a line, any token after a comma or a semicolon, the token after a quote
    that closes on a comma, and a number after a word."""
    inside: set[int] = set()
    for i in range(1, len(words)):
        word, previous = words[i], words[i - 1]
        if not word.strip() or not previous.strip():
            continue  # a line break (or other spacing token) ends a sentence
        following = words[i + 1] if i + 1 < len(words) else ""
        if word[:1].islower() and not (previous in ENDS and BRAND.match(word)):
            inside.add(i)
        elif word in NEVER_FIRST or (word in ('"', "'") and previous in ENDS and not following.strip()):
            inside.add(i)  # "New York . ”", "Calif . , Access Hollywood": a closing mark or a comma
        elif previous in (",", ";"):
            inside.add(i)
        elif previous in CLOSING and i >= 2 and words[i - 2] == ",":
            inside.add(i)  # "… myself , '' Jackman said"
        elif word[:1].isdigit() and previous[:1].isalpha() and not previous.endswith("."):
            inside.add(i)  # "6 . 9 assists , and 3 . 4 rebounds"
    return inside


def line_starts(words: list[str]) -> set[int]:
    """Indices of the first words of lines whose previous line ends a sentence ("… New York . ”" then a line
    break): they start a sentence."""
    starts: set[int] = set()
    for i in range(2, len(words)):
        if "\n" not in words[i - 1] or words[i - 1].strip() or not words[i].strip():
            continue
        k = i - 2
        while k > 0 and words[k] in NEVER_FIRST | {'"', "'"}:
            k -= 1
        if words[k] in ENDS:
            starts.add(i)
    return starts


def keep_boundaries(doc):
    """Mark the tokens of :func:`abbreviation_inside` and :func:`continuation_inside` as no sentence start,
    and those of :func:`line_starts` as sentence starts. Returns the doc."""
    words, spaces = [t.text for t in doc], [bool(t.whitespace_) for t in doc]
    for i in abbreviation_inside(words, spaces) | continuation_inside(words, spaces):
        doc[i].is_sent_start = False
    for i in line_starts(words):
        doc[i].is_sent_start = True
    return doc

