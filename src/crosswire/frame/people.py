"""Who a frame is about, where the tagger's reading falls short: a name given an age in apposition ("Jose
Luis Orozco , 27 , who is considered armed") is a person whatever type the tagger gave it; and "He" or
"She" opening a sentence is the one person the sentence before names ("... searching for Jose Luis Orozco ,
27 . He is 5-foot-8"). Both are read for frames only."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from crosswire.attribute.context import DocContext
from crosswire.attribute.lexicon import PRONOUNS
from crosswire.models import Document, Entity, Token

AGE = re.compile(r"\s?,\s?(\d{1,2})\s?,")
PLACES = {"GPE", "LOC"}
DETERMINERS = {"the", "a", "an", "this", "that", "our", "my"}


def people_by_age(doc: Document, entities: Sequence[Entity]) -> list[Entity]:
    """The entities, with those named in ``doc`` by a name of two or more words followed by an age (", 27 ,")
    typed PERSON."""
    out = []
    for e in entities:
        aged = e.type not in PLACES and e.type != "PERSON" and any(
            m.doc == doc.id and m.kind == "name" and len(m.text.split()) >= 2 and AGE.match(doc.text, m.end)
            for m in e.mentions)
        out.append(dataclasses.replace(e, type="PERSON") if aged else e)
    return out


def _a_name(text: str) -> bool:
    """A mention written as a name, not a pronoun or a description ("he", "the deputy")."""
    words = text.split()
    return bool(words) and text[0].isupper() and words[0].lower() not in PRONOUNS | DETERMINERS


def previous_person(ctx: DocContext, token: Token) -> tuple[int, int, str, str] | None:
    """"He" or "She" as the subject that opens a sentence → the one person named (by name) in the sentence
    before, when it names exactly one."""
    if token.text.lower() not in ("he", "she") or token.dep not in ("nsubj", "nsubjpass") or token.sent == 0:
        return None
    sentence = ctx.ann.sentences[token.sent]
    first = next((t for t in ctx.tokens(sentence) if t.pos != "PUNCT"), None)
    if first is None or first.i != token.i:
        return None
    before = ctx.ann.sentences[token.sent - 1]
    named = [m for m in ctx.mentions if before.start <= m[0] and m[1] <= before.end and m[3] == "PERSON" and
             _a_name(ctx.text[m[0]:m[1]])]
    return named[-1] if len({m[2] for m in named}) == 1 else None
