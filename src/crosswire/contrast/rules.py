"""Cue lexicons and extractors for conflicts: quantities with vague bounds, harm states, denials,
blamed agents and stated days. General news vocabulary only."""

from __future__ import annotations

import math
import re

NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
                "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "a dozen": 12, "dozen": 12}
VAGUE = {"several": (3, 9), "a few": (2, 5), "few": (2, 5), "a couple of": (2, 3), "dozens of": (24, 200),
         "dozens": (24, 200), "scores of": (40, 400), "hundreds of": (200, 2000), "hundreds": (200, 2000),
         "thousands of": (2000, 20000), "many": (3, math.inf), "some": (1, math.inf)}
LOWER = ("at least", "more than", "over", "upwards of", "no fewer than")
UPPER = ("up to", "at most", "fewer than", "less than", "no more than")
APPROX = ("about", "around", "nearly", "almost", "roughly", "some", "approximately")
UNITS = {"killed": "dead", "dead": "dead", "died": "dead", "deaths": "dead", "death": "dead", "killing": "dead",
         "fatalities": "dead", "bodies": "dead",
         "injured": "injured", "wounded": "injured", "hurt": "injured", "injuries": "injured"}
UPDATE_CUES = re.compile(r"\b(rose|risen|climbed|increased|jumped|revised|updated|corrected|correction|"
                         r"now stands|has grown|rising)\b", re.I)

_NUM_ALT = "|".join(sorted(map(re.escape, NUMBER_WORDS), key=len, reverse=True))
_VAGUE_ALT = "|".join(sorted(map(re.escape, VAGUE), key=len, reverse=True))
_MOD_ALT = "|".join(map(re.escape, LOWER + UPPER + APPROX))
QUANTITY = re.compile(
    rf"\b(?:(?P<mod>{_MOD_ALT})\s+)?(?:(?P<num>\d[\d,]*(?:\.\d+)?)|(?P<word>{_NUM_ALT})|(?P<vague>{_VAGUE_ALT}))"
    rf"(?P<after>(?:\s+[\w'’-]+){{1,4}})", re.I)

UNHARMED = re.compile(r"\b(unscathed|unharmed|unhurt|uninjured|safe and sound|(?:was|were|is|are) (?:not|n't) "
                      r"(?:injured|hurt|harmed|wounded)|without (?:injury|injuries|a scratch)|escaped injury)\b", re.I)
HARMED = re.compile(r"\b(?<!not )(injured|wounded|hurt|cut|cuts|bandage|bandaged|bruise[sd]?|injury|injuries|"
                    r"bleeding|hospitali[sz]ed)\b", re.I)
DENIAL = re.compile(r"\b(denied|denies|deny|denying|rejected|rejects|dismissed|refuted|disputed|"
                    r"brushed\b.*\baside)\b", re.I)
NEGATION = re.compile(r"\b(not|no|never|n't|neither|nor)\b", re.I)
BLAME = re.compile(r"\b(?:carried out by|blamed(?: on)?|behind|responsible|the work of|orchestrated by|"
                   r'backed by|traced back to|tied to|perpetrated by|plot by|accused)\s+["“]?(?P<agent>[^,.;:"“”]{2,80})',
                   re.I)
STAGED = re.compile(r"\b(staged|fabricated|fake|false flag|theatre|theater|hoax|self-inflicted)\b", re.I)
WEEKDAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
MONTH_DAY = re.compile(r"\b(January|February|March|April|May|June|July|August|September|October|November|December)"
                       r"\s+(\d{1,2})\b")
BEHIND = re.compile(r"(?P<agent>(?:[\w.'’-]+\s+){1,4}?)(?:was|were|is|are|had been)\s+(?:behind|responsible for)\b")
GROUP_NOUNS = {"militia", "militias", "group", "groups", "forces", "government", "state", "tanks", "army",
               "rebels", "insurgents", "faction", "factions", "agents", "intelligence", "regime", "police"}
TITLES = {"mr", "mrs", "ms", "dr", "gen", "sen", "rep", "president", "minister", "prime"}
AGENT_STOP = {"the", "a", "an", "its", "their", "his", "her", "at", "least", "one", "some", "of", "what", "it"}


def quantities(text: str) -> list[tuple[str, float, float, str]]:
    """(unit, low, high, words) for each casualty-like or counted noun with a number before it."""
    out = []
    for m in QUANTITY.finditer(text):
        after = [w.lower() for w in m.group("after").split()]
        if after[0] in ("of", "out", "percent", "%"):
            continue  # partitive ("two of the drones") or a share, not a count of the whole
        unit = next((UNITS[w] for w in after if w in UNITS), None)
        if unit is None:
            plural = next((w for w in after[:3] if w.endswith("s") and len(w) > 3 and w not in AGENT_STOP), None)
            unit = (plural or after[0]).rstrip("s")
        if not unit.isalpha() or unit in AGENT_STOP:
            continue
        if m.group("vague"):
            low, high = VAGUE[m.group("vague").lower()]
        else:
            raw = m.group("num") or m.group("word")
            value = float(raw.replace(",", "")) if m.group("num") else float(NUMBER_WORDS[raw.lower()])
            if m.group("num") and 1900 <= value <= 2100 and "," not in raw:
                continue  # a year
            low = high = value
            mod = (m.group("mod") or "").lower()
            if mod in LOWER:
                low, high = value + (1 if mod in ("more than", "over") else 0), math.inf
            elif mod in UPPER:
                low, high = 0, value - (1 if mod in ("fewer than", "less than") else 0)
            elif mod in APPROX:
                low, high = value * 0.8, value * 1.2
        out.append((unit, low, high, m.group(0)))
    return out


def compatible(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Two value ranges can both be true."""
    return a[0] <= b[1] and b[0] <= a[1]


def harm_state(text: str) -> str | None:
    if UNHARMED.search(text):
        return "unharmed"
    if HARMED.search(text) and not NEGATION.search(text):
        return "injured"
    return None


def blamed_agents(text: str) -> list[str]:
    """Who a sentence says did it ("carried out by X", "blamed X", "the work of X"), or "staged"."""
    out = []
    for m in BLAME.finditer(text):
        words = [w for w in re.findall(r"[\w'’-]+", m.group("agent"))][:5]
        while words and words[0].lower() in AGENT_STOP:
            words.pop(0)
        cut = next((i for i, w in enumerate(words) if w.lower() in ("who", "which", "that", "since", "and",
                                                                    "said", "according", "in", "on", "as")), None)
        words = words[:cut] if cut is not None else words[:4]
        if words and _agent_like(words):
            out.append(" ".join(words))
    for m in BEHIND.finditer(text):
        words = [w for w in m.group("agent").split() if any(ch.isupper() for ch in w) or w.lower() in GROUP_NOUNS]
        if words and _agent_like(words):
            out.append(" ".join(words[-3:]))
    if STAGED.search(text):
        out.append("staged")
    return out


def _agent_like(words: list[str]) -> bool:
    """A named actor (capitalised word) or a group noun ("militias", "think tanks")."""
    words[:] = [w for w in words if not WEEKDAY.fullmatch(w) and w.lower().rstrip(".") not in TITLES]
    return any(any(ch.isupper() for ch in w) for w in words) or any(w.lower() in GROUP_NOUNS for w in words)


def stated_days(text: str) -> set[str]:
    return {m.group(0) for m in WEEKDAY.finditer(text)} | {f"{m.group(1)} {m.group(2)}" for m in MONTH_DAY.finditer(text)}
