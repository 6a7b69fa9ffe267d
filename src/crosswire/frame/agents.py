"""Who a sentence says did it: "carried out by X", "blamed X", "X was behind", "the work of X", "staged"."""

from __future__ import annotations

import re

BLAME = re.compile(r"\b(?:carried out by|blamed(?: on)?|the work of|orchestrated by|traced back to|tied to|"
                   r'perpetrated by|plot by|claimed by)\s+["“]?(?P<agent>[^,.;:"“”]{2,80})', re.I)
STAGED = re.compile(r"\b((?:was|were|a|been) staged|fabricated attack|false flag|hoax|self-inflicted)\b", re.I)
WEEKDAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
BEHIND = re.compile(r"(?P<agent>(?:[\w.'’-]+\s+){1,4}?)(?:was|were|is|are|had been)\s+(?:behind|responsible for)\b")
GROUP_NOUNS = {"militia", "militias", "group", "groups", "forces", "government", "state", "tanks", "army",
               "rebels", "insurgents", "faction", "factions", "agents", "intelligence", "regime", "police"}
TITLES = {"mr", "mrs", "ms", "dr", "gen", "sen", "rep", "president", "minister", "prime"}
AGENT_STOP = {"the", "a", "an", "its", "their", "his", "her", "at", "least", "one", "some", "of", "what", "it",
              "although", "though", "because", "while", "when", "if", "who", "they", "he", "she", "we", "that",
              "this", "which", "and", "but"}


def blamed_agents(text: str) -> list[str]:
    """Who a sentence says did it ("carried out by X", "blamed X", "the work of X"), or "staged"."""
    out = []
    for m in BLAME.finditer(text):
        words = [w for w in re.findall(r"[\w'’-]+", m.group("agent"))][:5]
        while words and words[0].lower() in AGENT_STOP:
            words.pop(0)
        cut = next((i for i, w in enumerate(words) if w.lower() in ("who", "which", "that", "since", "and",
                                                                    "said", "according", "in", "on", "as", "for", "before",
                                                                    "of", "to", "with", "after", "over")), None)
        words = words[:cut] if cut is not None else words[:4]
        if words and _agent_like(words):
            out.append(" ".join(words))
    for m in BEHIND.finditer(text):
        words = [w for w in m.group("agent").split() if w.lower() not in AGENT_STOP
                 and (any(ch.isupper() for ch in w) or w.lower() in GROUP_NOUNS)]
        if words and _agent_like(words):
            out.append(" ".join(words[-3:]))
    if STAGED.search(text):
        out.append("staged")
    return out


def _agent_like(words: list[str]) -> bool:
    """A named actor (capitalised word) or a group noun ("militias", "think tanks")."""
    words[:] = [w for w in words if not WEEKDAY.fullmatch(w) and w.lower().rstrip(".") not in TITLES]
    return any(any(ch.isupper() for ch in w) for w in words) or any(w.lower() in GROUP_NOUNS for w in words)
