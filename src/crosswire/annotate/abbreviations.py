"""Sentence boundaries after abbreviations of tokenised text. Pre-tokenised copy writes the full stop of an
abbreviation as a token of its own ("Nov . 30", "Mr . Teixeira", "George W . Bush", "U . S . Marshals",
"Church Ave . in East Flatbush"); the parser then often ends a sentence after it, cutting a date, a name or a
place from its sentence. This component, run before the parser, marks the word after such a full stop as no
sentence start where the abbreviation cannot end the sentence; where the parser still ends one there, the two
parts are joined again when sentences are collected (:func:`crosswire.annotate.run.kept_inside`). Text written the ordinary way ("Nov. 30",
"Mr. Teixeira") keeps the full stop inside the abbreviation's token and is left as it is."""

from __future__ import annotations

import re

NAME = "crosswire_abbreviations"
# abbreviations that stand before a name: "Mr . Teixeira", "Sgt . La Croix", "Gov . Sarah Palin"
TITLES = {"mr", "mrs", "ms", "dr", "gen", "sgt", "lt", "col", "gov", "sen", "rep", "capt", "cpl", "pvt", "maj",
          "adm", "prof", "rev", "supt", "det", "insp", "cmdr", "atty", "hon", "fr", "cdr", "brig", "gens", "reps",
          "sens", "messrs", "mt", "ft", "st"}
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


def abbreviation_inside(words: list[str], spaces: list[bool]) -> set[int]:
    """Indices of the tokens that cannot start a sentence because they follow an abbreviation's separate full
    stop (the full stop included): a title before a capitalised word, a month before a number, an initial
    before a capitalised word, another initial or a number, and any known abbreviation before a lower-case word, a comma
    or a number."""
    inside: set[int] = set()
    for i in range(1, len(words) - 1):
        if words[i] != "." or not spaces[i - 1]:
            continue
        before, after = words[i - 1], words[i + 1]
        low = before.lower()
        upper = after[:1].isupper()
        if low in TITLES and upper and before[:1].isupper():
            pass  # "Mr . Teixeira"
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


def keep_abbreviations(doc):
    """Mark the tokens of :func:`abbreviation_inside` as no sentence start. Returns the doc."""
    for i in abbreviation_inside([t.text for t in doc], [bool(t.whitespace_) for t in doc]):
        doc[i].is_sent_start = False
    return doc


def add_abbreviations(nlp) -> None:
    """Put the component before the parser of ``nlp``."""
    from spacy.language import Language

    if not Language.has_factory(NAME):
        Language.component(NAME, func=keep_abbreviations)
    if NAME not in nlp.pipe_names:
        nlp.add_pipe(NAME, before="parser")
