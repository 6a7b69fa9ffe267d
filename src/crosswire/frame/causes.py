"""What a person died of, as a state frame: "Page died Thursday of pneumonia", "succumbed to complications
from a heart attack" → value pneumonia / heart attack, the person as the frame's entity. Complications or
effects of something are that thing; harm done ("his wounds", "injuries") is one cause; a vague cause
("natural causes", "an illness") names none."""

from __future__ import annotations

from crosswire.frame.parse import ParsedStatement, person_of, refer_to
from crosswire.models import Frame, Token

DYING = {"die": ("of", "from"), "succumb": ("to",)}
THROUGH = {"complication", "effect", "result", "consequence", "aftermath"}
HARM = {"wound", "injury", "gunshot", "trauma", "bleeding", "burn"}
VAGUE = {"cause", "illness", "disease", "condition", "age", "ailment", "problem"}


def _object(s: ParsedStatement, t: Token, preps: tuple[str, ...]) -> Token | None:
    prep = next((c for c in s.children(t) if c.dep == "prep" and c.text.lower() in preps), None)
    return next((c for c in s.children(prep) if c.dep == "pobj" and c.pos == "NOUN"), None) if prep is not None else None


def causes(s: ParsedStatement) -> list[Frame]:
    out = []
    for t in s.tokens:
        preps = DYING.get(t.lemma.lower())
        if preps is None or t.pos != "VERB" or any(c.dep == "neg" for c in s.children(t)):
            continue
        cause = _object(s, t, preps)
        if cause is not None and cause.lemma.lower() in THROUGH:  # "complications from a heart attack"
            cause = _object(s, cause, ("of", "from"))
        # whoever dies is a person, whatever type the name was given ("Bettie Page" read as an organisation)
        person = next((p for c in s.children(t) if c.dep == "nsubj" and
                       (p := person_of(s, c) or (refer_to(s, c) if c.pos == "PROPN" else None))), None)
        if cause is None or person is None or person[3] not in ("PERSON", "ORG", "NORP") or \
                cause.lemma.lower() in VAGUE:
            continue
        words = [c for c in s.children(cause) if c.dep == "compound" and c.i < cause.i and c.pos == "NOUN"] + [cause]
        value = "harm" if cause.lemma.lower() in HARM else " ".join(w.lemma.lower() for w in words)
        out.append(Frame(id="", statement=s.statement.id, doc=s.statement.doc, kind="state", holder=None,
                         attribute=s.token_slot(t, "cause"), value=s.slot(words[0].start, cause.end, value),
                         entity=person[2]))
    return out
