"""Who a frame is about, where the tagger's reading falls short: a name given an age in apposition ("Tomas
Ruiz Vela , 27 , who is considered armed") is a person whatever type the tagger gave it (read for frames only; a
sentence-opening "He" or "She" is resolved by ``DocContext.resolve_reference`` for frames, statements and
quotes alike)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from crosswire.models import Document, Entity

AGE = re.compile(r"\s?,\s?(\d{1,2})\s?,")
PLACES = {"GPE", "LOC"}


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
