"""The cost of the damage a happening did, as a state frame: "Property damage is an estimated $ 2 million",
"caused 200 million euros of damage" → value the amount as written, low = high = the amount in its own
currency. Currencies are not converted: only amounts an order of magnitude apart are compared."""

from __future__ import annotations

import re

from crosswire.frame.parse import ParsedStatement
from crosswire.frame.values import parse_number
from crosswire.models import Frame

NUM = r"\d{1,3}(?:\s?,\s?\d{3})+|\d+(?:\s?\.\s?\d+)?"
SCALE = r"million|billion|thousand|bn"
AMOUNT = re.compile(rf"(?:(?:US\s?)?[$€£]\s?(?P<a>{NUM})(?:\s(?P<sa>{SCALE}))?\b)|"
                    rf"(?:\b(?P<b>{NUM})(?:\s(?P<sb>{SCALE}))?\s(?:euros?|dollars?)\b)", re.I)
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "bn": 1e9}
DAMAGE = {"damage"}


def costs(s: ParsedStatement) -> list[Frame]:
    damage = next((t for t in s.tokens if t.lemma.lower() in DAMAGE), None)
    if damage is None:
        return []
    out = []
    text, base = s.ctx.text[s.statement.start:s.statement.end], s.statement.start
    for m in AMOUNT.finditer(text):
        number = parse_number(m.group("a") or m.group("b"))
        if number is None:
            continue
        value = number * SCALES.get((m.group("sa") or m.group("sb") or "").lower(), 1)
        out.append(Frame(id="", statement=s.statement.id, doc=s.statement.doc, kind="state", holder=None,
                         attribute=s.token_slot(damage, "damage"),
                         value=s.slot(base + m.start(), base + m.end(), m.group(0)), low=value, high=value))
    return out
