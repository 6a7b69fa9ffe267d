"""Shared look-ups over one annotated document: sentences by offset, entity mentions, noun-phrase spans."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from crosswire.models import Annotation, Document, Entity, Sentence, Span, Token

from crosswire.attribute.lexicon import PRONOUNS, ROLE_NOUNS


class DocContext:
    def __init__(self, doc: Document, ann: Annotation, entities: Sequence[Entity]):
        self.doc, self.ann, self.text = doc, ann, doc.text
        self.sent_starts = [s.start for s in ann.sentences]
        self.mentions = sorted((m.start, m.end, e.id, e.type) for e in entities for m in e.mentions
                               if m.doc == doc.id)
        self.ent_starts = [m[0] for m in self.mentions]
        self._token_starts = [t.start for t in ann.tokens]

    def sentence_at(self, offset: int) -> Sentence | None:
        k = bisect.bisect_right(self.sent_starts, offset) - 1
        if 0 <= k < len(self.ann.sentences) and self.ann.sentences[k].start <= offset < self.ann.sentences[k].end + 1:
            return self.ann.sentences[k]
        return None

    def tokens(self, sentence: Sentence) -> Sequence[Token]:
        return self.ann.tokens[sentence.token_start:sentence.token_end]

    def children(self, token: Token) -> list[Token]:
        sent = self.ann.sentences[token.sent]
        return [t for t in self.tokens(sent) if t.head == token.i and t.i != token.i]

    def entity_at(self, start: int, end: int) -> tuple[int, int, str, str] | None:
        k = bisect.bisect_right(self.ent_starts, end) - 1
        while k >= 0 and self.mentions[k][1] > start - 200:
            m = self.mentions[k]
            if m[0] < end and start < m[1]:
                return m
            k -= 1
        return None

    def person_by_surname(self, token: Token) -> tuple[int, int, str, str] | None:
        """A bare surname the tagger missed → the one person in this document whose name ends with it."""
        if token.pos != "PROPN":
            return None
        hits = {m[2]: m for m in self.mentions if m[3] == "PERSON" and self.text[m[0]:m[1]].split()[-1] == token.text}
        return next(iter(hits.values())) if len(hits) == 1 else None

    def span(self, start: int, end: int) -> Span:
        return Span(self.doc.id, start, end, self.text[start:end])

    def phrase(self, head: Token) -> tuple[int, int]:
        """The name or noun phrase a subject token heads: its entity mention, else compounds, modifiers
        and prepositional tail ('a senior US Defense Department official')."""
        ent = self.entity_at(head.start, head.end)
        if ent and head.pos == "PROPN":
            return ent[0], ent[1]
        parts = [head]
        for child in self.children(head):
            if child.dep in ("compound", "amod", "det", "nummod", "poss", "nmod", "quantmod") and child.i < head.i:
                parts.append(child)
                parts += [g for g in self.children(child) if g.i < child.i]
            if child.dep == "prep" and child.i > head.i and child.text.lower() in ("of", "for", "in", "from", "with"):
                tail = [child] + self._subtree(child)
                parts += tail
        start = min(t.start for t in parts)
        end = max(t.end for t in parts)
        return start, end

    def _subtree(self, token: Token) -> list[Token]:
        out, todo = [], [token]
        while todo:
            t = todo.pop()
            for c in self.children(t):
                out.append(c)
                todo.append(c)
        return out

    def resolve_reference(self, token: Token, before: int) -> tuple[int, int, str, str] | None:
        """A pronoun or role noun → the latest compatible person mentioned before ``before``."""
        word = token.text.lower()
        definite_role = token.lemma.lower() in ROLE_NOUNS and token.tag in ("NN", "NNP") and any(
            c.dep == "det" and c.text.lower() in ("the", "this") for c in self.children(token))
        if word not in PRONOUNS and not definite_role:
            return None
        opener = self.previous_person(token)
        if opener is not None:
            return opener
        people = [m for m in self.mentions if m[1] <= before and m[3] == "PERSON"]
        if word in ("they", "them", "their"):
            people = [m for m in self.mentions if m[1] <= before and m[3] in ("PERSON", "ORG", "NORP")]
        if not people:
            return None
        if definite_role:
            role = token.lemma.lower()
            titled = [m for m in people if role in self.text[max(0, m[0] - 40):m[0]].lower()]
            return titled[-1] if titled else None
        # salience: the latest person who was the subject of a recent sentence, else the latest person
        recent = [m for m in people if m[1] > before - 600]
        subjects = [m for m in recent if self._is_subject(m)]
        return (subjects or people)[-1]

    def previous_person(self, token: Token) -> tuple[int, int, str, str] | None:
        """"He" or "She" as the subject that opens a sentence → the one person named (by name, not by a
        pronoun or description) in the sentence before, when it names exactly one ("... searching for Tomas
        Ruiz Vela, 27. He is 5-foot-8")."""
        if token.text.lower() not in ("he", "she") or token.dep not in ("nsubj", "nsubjpass") or token.sent == 0:
            return None
        first = next((t for t in self.tokens(self.ann.sentences[token.sent]) if t.pos != "PUNCT"), None)
        if first is None or first.i != token.i:
            return None
        before = self.ann.sentences[token.sent - 1]
        named = [m for m in self.mentions if before.start <= m[0] and m[1] <= before.end and m[3] == "PERSON" and
                 _a_name(self.text[m[0]:m[1]])]
        return named[-1] if len({m[2] for m in named}) == 1 else None

    def _is_subject(self, mention: tuple[int, int, str, str]) -> bool:
        k = bisect.bisect_right(self._token_starts, mention[0]) - 1
        while 0 <= k < len(self.ann.tokens) and self.ann.tokens[k].start < mention[1]:
            if self.ann.tokens[k].dep in ("nsubj", "nsubjpass"):
                return True
            k += 1
        return False


DETERMINERS = {"the", "a", "an", "this", "that", "our", "my"}


def _a_name(text: str) -> bool:
    """A mention written as a name, not a pronoun or a description ("he", "the deputy")."""
    words = text.split()
    return bool(words) and text[0].isupper() and words[0].lower() not in PRONOUNS | DETERMINERS
