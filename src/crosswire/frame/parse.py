"""A statement's tokens as a small parse view (heads, children, exact slots), and the entity a word refers
to: what every frame extractor reads."""

from __future__ import annotations

from collections.abc import Sequence

from crosswire.attribute.context import DocContext
from crosswire.models import Slot, Span, Statement, Token


class ParsedStatement:
    """The tokens of one statement with parent/child look-ups."""

    def __init__(self, ctx: DocContext, statement: Statement, tokens: Sequence[Token]):
        self.ctx, self.statement = ctx, statement
        self.tokens = [t for t in tokens if statement.start <= t.start and t.end <= statement.end]
        self.by_i = {t.i: t for t in tokens}
        self.kids: dict[int, list[Token]] = {}
        for t in tokens:
            if t.head != t.i:
                self.kids.setdefault(t.head, []).append(t)

    def head(self, t: Token) -> Token | None:
        return self.by_i.get(t.head) if t.head != t.i else None

    def children(self, t: Token) -> list[Token]:
        return self.kids.get(t.i, [])

    def slot(self, start: int, end: int, norm: str) -> Slot:
        return Slot(norm, Span(self.statement.doc, start, end, self.ctx.text[start:end]))

    def token_slot(self, t: Token, norm: str | None = None) -> Slot:
        return self.slot(t.start, t.end, norm if norm is not None else t.lemma.lower())


def refer_to(s: ParsedStatement, token: Token) -> tuple[int, int, str, str] | None:
    """The entity a word refers to: a resolved pronoun or role noun, a name mention, or a bare surname."""
    return s.ctx.resolve_reference(token, token.start) or \
        s.ctx.entity_at(token.start, token.end) or s.ctx.person_by_surname(token)


NEUTER = {"it", "its", "itself"}


def person_of(s: ParsedStatement, token: Token | None) -> tuple[int, int, str, str] | None:
    if token is not None and token.text.lower() in NEUTER:
        return None  # "because it was not safe": "it" never stands for a person
    hit = refer_to(s, token) if token is not None else None
    return hit if hit and hit[3] == "PERSON" else None


def subject_of(s: ParsedStatement, verb: Token | None) -> Token | None:
    hops = 0
    while verb is not None and hops < 3:
        subj = next((c for c in s.children(verb) if c.dep in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj
        if verb.dep not in ("xcomp", "acomp", "conj", "advcl", "oprd", "pobj", "prep", "dobj", "ccomp"):
            return None
        verb, hops = s.head(verb), hops + 1
    return None
