"""Conditions and what they leave asserted. A condition ("if there was just one cable down") asserts no
count; a negated counterfactual ("if it had, we would n't have 355 damaged shops") presupposes its main
clause: the shops are damaged, the negation says only what would have been."""

from __future__ import annotations

from crosswire.frame.parse import ParsedStatement
from crosswire.models import Token

MODALS = {"would", "could", "might"}


def _counterfactual_if(s: ParsedStatement, mark: Token) -> Token | None:
    """The main verb of a past counterfactual whose ``if`` clause is ``mark``'s: the clause is in the past
    perfect ("if it had", "if police had come") and the main verb has a modal and a negation ("would n't
    have"); None for any other condition."""
    clause = s.head(mark)
    main = s.head(clause) if clause is not None else None
    if clause is None or main is None or main.pos not in ("VERB", "AUX"):
        return None
    perfect = (clause.lemma.lower() == "have" and clause.tag == "VBD") or \
        any(c.dep == "aux" and c.text.lower() == "had" for c in s.children(clause))
    kids = s.children(main)
    if perfect and any(c.dep == "aux" and c.text.lower() in MODALS for c in kids) and any(c.dep == "neg" for c in kids):
        return main
    return None


def _subtree(s: ParsedStatement, t: Token) -> set[int]:
    out, todo = set(), [t]
    while todo:
        x = todo.pop()
        out.add(x.i)
        todo.extend(s.children(x))
    return out


def conditioned(s: ParsedStatement) -> tuple[bool, set[int], set[int]]:
    """Whether the statement is under a condition that asserts nothing, the tokens of the conditions of
    negated counterfactuals (read nothing there), and the main verbs whose negation is counterfactual."""
    marks = [t for t in s.tokens if t.dep == "mark" and t.text.lower() in ("if", "unless")]
    skip: set[int] = set()
    affirmed: set[int] = set()
    for mark in marks:
        main = _counterfactual_if(s, mark) if mark.text.lower() == "if" else None
        if main is None:
            return True, set(), set()
        skip |= _subtree(s, s.head(mark))
        affirmed.add(main.i)
    return False, skip, affirmed
