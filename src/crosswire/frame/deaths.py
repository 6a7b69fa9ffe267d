"""Where a person died, told as the scene, the way to a hospital or a hospital: "was pronounced dead at the
scene", "died on the way to the hospital", "died at Lakeside Medical Center", "was taken to a hospital,
where she died" → a state frame (attribute ``died where``, value ``scene``, ``en route`` or ``hospital``)
with the person as its entity; one told only as "the third victim" or "a woman" has that noun as its holder
and no entity. Outlets telling one death at different places disagree."""

from __future__ import annotations

from crosswire.frame.parse import ParsedStatement, person_of, subject_of
from crosswire.frame.values import HUMAN
from crosswire.models import Frame, Token

HOSPITAL = {"hospital", "infirmary", "clinic", "medical", "trauma", "icu"}
ROUTE = {"way", "route"}
TRANSPORT = {"take", "rush", "transport", "fly", "airlift", "carry", "drive", "bring"}


def _subtree(s: ParsedStatement, t: Token) -> list[Token]:
    out, todo = [], [t]
    while todo and len(out) < 40:
        x = todo.pop()
        out.append(x)
        todo += s.children(x)
    return sorted(out, key=lambda x: x.i)


def _place(s: ParsedStatement, prep: Token) -> tuple[str, list[Token]] | None:
    """The place a phrase on the verb of dying names: ("scene" | "en route" | "hospital", its words)."""
    words = _subtree(s, prep)
    lemmas = [w.lemma.lower() for w in words]
    if prep.dep == "advcl":  # "died while being rushed to hospital"
        transported = prep.lemma.lower() in TRANSPORT and \
            any(m.dep == "mark" and m.text.lower() in ("while", "as") for m in s.children(prep))
        return ("en route", words) if transported else None
    if prep.text.lower() in ("on", "en") and any(w in ROUTE for w in lemmas[:3]):
        return "en route", words
    if prep.text.lower() in ("at", "on") and "scene" in lemmas[:3]:
        return "scene", words
    if prep.text.lower() in ("at", "in") and any(w in HOSPITAL for w in lemmas):
        return "hospital", words
    return None


def _dying(s: ParsedStatement, t: Token) -> bool:
    lemma = t.lemma.lower()
    return lemma == "die" or (lemma == "pronounce" and any(c.lemma.lower() == "dead" for c in s.children(t)))


def death_places(s: ParsedStatement) -> list[Frame]:
    out = []
    for verb in (t for t in s.tokens if t.pos == "VERB" and _dying(s, t)):
        if any(c.dep == "neg" for c in s.children(verb)):
            continue
        subject = subject_of(s, verb)
        person = person_of(s, subject)
        unnamed = person is None and subject is not None and subject.pos == "NOUN" and \
            subject.lemma.lower() in HUMAN - {"people", "other", "family", "crew", "staff", "police"}
        if person is None and not unnamed:
            continue
        found = None
        up = s.head(verb)
        if verb.dep == "relcl" and up is not None and up.lemma.lower() in HOSPITAL:
            found = ("hospital", [up])  # "taken to a hospital, where she died"
        holders = [verb] + [c for c in s.children(verb) if c.lemma.lower() == "dead"]
        for prep in (c for h in holders for c in s.children(h) if c.dep in ("prep", "advcl")):
            found = found or _place(s, prep)
        if found is None:
            continue
        value, words = found
        out.append(Frame(id="", statement=s.statement.id, doc=s.statement.doc, kind="state",
                         holder=s.token_slot(subject, "person") if unnamed else None,
                         attribute=s.token_slot(verb, "died where"),
                         value=s.slot(words[0].start, words[-1].end, value), entity=person[2] if person else None))
    return out
