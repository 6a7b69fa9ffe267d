"""Name normalisation for matching: titles and possessives off, accents folded, transliteration skeletons."""

from __future__ import annotations

import re
import unicodedata

TITLES = {
    "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "rev", "st",
    "president", "vice", "prime", "minister", "chancellor", "premier", "king", "queen", "prince", "princess",
    "sheikh", "shaikh", "emir", "ayatollah", "imam", "cleric", "pope", "cardinal", "bishop",
    "gen", "general", "lt", "lieutenant", "col", "colonel", "maj", "major", "capt", "captain", "sgt", "sergeant",
    "adm", "admiral", "commander", "marshal", "brig", "brigadier", "field",
    "sen", "senator", "rep", "representative", "gov", "governor", "mayor", "secretary", "ambassador",
    "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "chief", "judge", "justice",
    "former", "late", "acting", "deputy", "foreign", "defense", "defence", "interior", "state", "us", "u.s.",
}
PARTICLES = {"al", "el", "ul", "bin", "ibn", "abu", "abd", "de", "la", "le", "van", "von", "der", "da", "di", "du"}
POSSESSIVE = re.compile(r"(?:['’‘`]s?|s['’‘`])$")
LEADING_ARTICLE = re.compile(r"^(?:the|The|THE)\s+")
VOWELS = re.compile(r"[aeiouy]")


def fold(text: str) -> str:
    """Lower case, accents removed, curly quotes straightened, hyphens and dots to spaces."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("’", "'").replace("‘", "'").lower()
    return re.sub(r"[\s\-.]+", " ", text).strip()


def tokens(text: str, titles: bool = True) -> list[str]:
    """Folded name tokens without particles (and titles, for people): 'Mr. al-Kadhimi' → ['kadhimi']."""
    out = []
    for t in fold(text).split():
        t = t.strip("',\"()")
        if t and t not in PARTICLES and not (titles and t in TITLES):
            out.append(t)
    return out


def skeleton(token: str) -> str:
    """A vowel-free shape of a long token, so that transliterations meet: kadhimi/kadhemi → kdhm."""
    if len(token) < 5:
        return token
    first, rest = token[0], VOWELS.sub("", token[1:])
    return first + re.sub(r"(.)\1+", r"\1", rest)


def key(text: str, person: bool = True) -> str:
    """The matching key of a name; titles are dropped only from people's names."""
    return " ".join(skeleton(t) for t in tokens(text, titles=person))


def initials(text: str) -> str:
    """Initials of the capitalised words of a name: 'Islamic Revolutionary Guard Corps' → 'IRGC'."""
    words = [w for w in re.split(r"[\s\-]+", text) if w and w[0].isupper()]
    return "".join(w[0] for w in words)


def is_acronym(text: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][A-Z0-9&.]{1,9}", text.strip())) and sum(c.isupper() for c in text) >= 2
