"""Name normalisation for matching: titles and possessives off, accents folded, romanisation variants met.

Names from Arabic and Persian reach English news in several romanisations. The equivalences below come from
the standard systems and from the press's habits, and are applied to every name alike (no list of names):

* ALA-LC (Library of Congress) romanisation of Arabic writes ذ as *dh*, ظ as *ẓ*, ض as *ḍ*, ث as *th*; the
  press and Persian pronunciation write the same letters *z*, *d*, *dh* or *th* ("Kadhimi", "Kazimi",
  "Kazemi", "Kadimi"). All four meet as *z* inside a name.
* ALA-LC *q* for ق; the press often writes *k* or *g*, and French-influenced spellings *k* ("Qassem",
  "Kassem"; "Iraq", "Irak"). *q* meets *k*.
* French-influenced romanisation writes the long *u* as *ou* and *j* as *dj* ("Youssef", "Yusuf";
  "Djamel", "Jamal"); English-influenced *oo* ("Mahmood"). These meet *u* and *j*.
* Short (unstressed) vowels are not written in Arabic script, so *e*, *i*, *a*, *o*, *u* vary between
  romanisations ("Qassem", "Qassim"; "Muqtada", "Moqtada"): long tokens are compared by their consonants.
* Gemination (shadda) is written doubled in ALA-LC and single in much of the press ("Hassan", "Hasan").
* The article *al-* is written "al-", "Al-", "Al ", "el-", "ul-" or assimilated to a sun letter
  ("ad-", "ash-", "at-", "az-", "an-", "ar-", "as-"): it is dropped, as are hyphens.
* Hamza and ayn are written with apostrophes or modifier letters (ʾ ʿ ’ ') or left out ("Ja'far",
  "Jafar"): they are dropped.
* English spellings drop or keep a silent final *e* ("Browne", "Brown"; "Raite", "Rait"): it is dropped.
"""

from __future__ import annotations

import re
from functools import lru_cache
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
# titles that say a person's sex: two mentions titled with different sexes are never merged
MALE_TITLES = {"mr", "sir", "lord", "king", "prince", "sheikh", "shaikh", "emir"}
FEMALE_TITLES = {"mrs", "ms", "miss", "dame", "lady", "queen", "princess", "sheikha"}
SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
PARTICLES = {"al", "el", "ul", "bin", "ibn", "abu", "abd", "de", "la", "le", "van", "von", "der", "da", "di", "du"}
# 'Reid's', 'Saints'' (a plural's possessive keeps its s: 'New Orleans Saints'' is the Saints)
POSSESSIVE = re.compile(r"['’‘`]s?$")
LEADING_ARTICLE = re.compile(r"^(?:the|The|THE)\s+")
VOWELS = re.compile(r"[aeiouy]")
# the Arabic article assimilated to a sun letter, written with a hyphen (ALA-LC "ash-Shaykh", "an-Nasr")
SUN_ARTICLE = re.compile(r"(?<![\w'’])(?:a[dnrstz]|ash|adh|ath)-(?=[A-Za-z])")
# hamza/ayn marks and apostrophes inside a word
GLOTTAL = re.compile(r"(?<=\w)['’‘ʾʿʻʼ`](?=\w)")

# (pattern, replacement, source) applied in order to a folded token; see the module docstring
ROMANISATION: list[tuple[re.Pattern[str], str, str]] = [
    (re.compile(r"dh|th|zh"), "z", "ALA-LC dh/th for ذ ث, press z/d for ذ ظ ض"),
    (re.compile(r"(?<=[aeiou])d(?=[aeiou])"), "z", "press d for ذ ض between vowels"),
    (re.compile(r"q"), "k", "ALA-LC q for ق, press k"),
    (re.compile(r"ou|oo"), "u", "French ou / English oo for the long u"),
    (re.compile(r"dj"), "j", "French dj for ج"),
    (re.compile(r"ck"), "k", "English ck"),
    (re.compile(r"(.)\1+"), r"\1", "gemination (shadda) written single or double"),
    (re.compile(r"(?<=[^aeiou][^aeiou])e$|(?<=[aeiou][^aeiou])e$"), "", "English silent final e: Raite/Rait, Browne/Brown"),
]


QUOTED = re.compile(r"\s[\"“‘'][^\"”’']{1,30}[\"”’'](?=\s)")


@lru_cache(maxsize=1 << 16)  # a pure function of its arguments, called for every mention many times
def fold(text: str) -> str:
    """Lower case, accents removed, a quoted nickname left out ('Vincent "The Chin" Gigante'), curly quotes
    straightened, hyphens and dots to spaces."""
    text = QUOTED.sub(" ", text)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = GLOTTAL.sub("", text.replace("’", "'").replace("‘", "'"))
    text = SUN_ARTICLE.sub("", text).lower()
    return re.sub(r"[\s\-.]+", " ", text).strip()


def tokens(text: str, titles: bool = True) -> list[str]:
    """Folded name tokens without particles (and leading titles, for people): 'Mr. al-Kadhimi' → ['kadhimi'].
    A title word is dropped only before the name: after it, it is part of the name ('Indiana State')."""
    out = []
    for t in fold(text).split():
        t = t.strip("',\"()")
        # a leading article left in a span ('the The Associated Press') is no part of the name
        if t and t not in PARTICLES and not (titles and not out and t in TITLES) and not (not out and t == "the"):
            out.append(t)
    return out


def romanise(token: str) -> str:
    """One spelling for the romanisation variants of a folded token: kadhimi, kazemi → kazimi-like form."""
    for pattern, repl, _source in ROMANISATION:
        token = pattern.sub(repl, token)
    return token


def skeleton(token: str) -> str:
    """A vowel-free shape of a long token, so that transliterations meet: kadhimi/kazemi/kadhemi → kzm."""
    token = romanise(token)
    if len(token) < 5:
        return token
    first, rest = token[0], VOWELS.sub("", token[1:])
    return first + re.sub(r"(.)\1+", r"\1", rest)


# Forms of one name that English news copy varies, for names that are not people's (applied by ``key`` with
# person=False; each a general convention of English naming, no list of names):
# * abbreviated generic words of place names: 'Mt Cook' / 'Mount Cook', 'Ft Worth' / 'Fort Worth';
ABBREVIATIONS = {"mt": "mount", "mtn": "mountain", "ft": "fort", "pt": "point"}
# * a legal-form designator or the kind of publication or office after the name: 'Microsoft Corp.' /
#   'Microsoft', 'ATI Technologies' / 'ATI', 'People magazine' / 'People' / 'People.com', 'Staunton Police
#   Department' / 'Staunton Police' (news copy drops them after the first mention);
DESIGNATORS = {"corp", "corporation", "inc", "incorporated", "ltd", "limited", "llc", "plc", "co", "magazine",
               "newspaper", "department", "dept", "com", "group", "holdings", "technologies", "international"}
# * the people around a leader, which meet one another only: 'Obama administration' / 'Obama team'
ENTOURAGE = {"administration", "team", "campaign", "camp"}
# * the generic word of a geographic feature after its name: 'Mediterranean Sea' / 'Mediterranean',
#   'Qeshm island' / 'Qeshm';
FEATURES = {"sea", "ocean", "island", "isle", "river", "lake", "peninsula", "desert"}
# * singular and plural of a word of the name: 'Motion Picture Arts' / 'Motion Pictures Arts', 'Colt' / 'Colts'
#   (a final s is dropped from words of four letters or more).


def name_form(ts: list[str]) -> list[str]:
    """The tokens of a non-person name with the forms above made one."""
    ts = [ABBREVIATIONS.get(t, t) for t in ts]
    while len(ts) > 1 and (ts[-1] in DESIGNATORS or ts[-1] in FEATURES):
        ts = ts[:-1]
    return [t[:-1] if len(t) >= 4 and t.endswith("s") and not t.endswith("ss") else t for t in ts]


@lru_cache(maxsize=1 << 16)
def key(text: str, person: bool = True) -> str:
    """The matching key of a name; titles are dropped only from people's names."""
    return " ".join(skeleton(t) for t in tokens(text, titles=person))


@lru_cache(maxsize=1 << 16)
def form_key(text: str) -> str:
    """The matching key of a group's or place's name with the forms of ``name_form`` made one."""
    ts = tokens(text, titles=False)
    if len(ts) > 1 and ts[-1] in ENTOURAGE:
        return "entourage: " + " ".join(skeleton(t) for t in name_form(ts[:-1]))
    return " ".join(skeleton(t) for t in name_form(ts))


def sex_of_titles(text: str) -> str | None:
    """'m' or 'f' when a title in the text says so ('Mrs. Felt' → 'f'), else None."""
    words = set(fold(text).split())
    male, female = bool(words & MALE_TITLES), bool(words & FEMALE_TITLES)
    return "m" if male and not female else "f" if female and not male else None


def initials(text: str) -> str:
    """Initials of the capitalised words of a name: 'Islamic Revolutionary Guard Corps' → 'IRGC'."""
    words = [w for w in re.split(r"[\s\-]+", text) if w and w[0].isupper()]
    return "".join(w[0] for w in words)


def is_acronym(text: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][A-Z0-9&.]{1,9}", text.strip())) and sum(c.isupper() for c in text) >= 2
