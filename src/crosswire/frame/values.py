"""Values of fact frames: counts with bounds, clock times, weekdays, harm states, and the classes of news
predicates that mean the same thing ("killed" / "died" / "dead"). General news vocabulary only."""

from __future__ import annotations

import math
import re

UNITS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
         "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
         "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
GROUPS = {"dozen": 12, "couple": 2, "pair": 2, "score": 20}
# vague amounts as ranges (a count stated "dozens" is compatible with 30, not with 6)
VAGUE = {"several": (3, 9), "few": (2, 5), "dozens": (24, 200), "scores": (40, 400), "hundreds": (200, 2000),
         "thousands": (2000, 20000), "tens": (20, 100)}
LOWER = {"at least", "more than", "over", "upwards of", "no fewer than", "no less than", "in excess of",
         "more then"}
UPPER = {"up to", "at most", "fewer than", "less than", "no more than", "as many as", "under"}
APPROX = {"about", "around", "nearly", "almost", "roughly", "some", "approximately", "approx", "close to",
          "an estimated", "estimated", "like", "or so", "just over", "just under"}
BELOW = {"nearly", "almost", "just under"}  # approximations from below
ABOVE = {"just over"}
ZERO = {"no", "none", "nobody", "noone", "zero"}
# words that make a count a part or a later share of a whole ("two other guards", "his first 17 passes",
# "the initial tremor"); the words of one row mean the same subset
SUBSET = {"other", "additional", "more", "further", "remaining", "second", "third", "first", "last", "new",
          "separate", "final", "only", "next", "previous", "straight", "consecutive", "total", "extra", "initial",
          "part"}  # "part": "two of the bombs", a share of a set told before
SUBSET_CLASS = {"additional": "more", "further": "more", "extra": "more", "initial": "first"}

NUMBER = re.compile(r"(?<![\w.,:/$-])(?<!:\s)(\d{1,3}(?:\s?,\s?\d{3})+|\d+(?:\s?\.\s?\d+)?)"
                    r"(?!\s?[-/]\s?\d|\w|\s?:\s?\d)")
# "10am", "10 : 30 a . m .", "3 p." (a sentence splitter may cut "p . m ." after "p .")
CLOCK = re.compile(r"(?<![:\d])(?<!:\s)\b(1[0-2]|0?[1-9])(?:\s?[:.]\s?([0-5]\d))?\s?([ap]\s?\.\s?(?:m\b\.?)?|[ap]m\b)",
                   re.I)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# predicates that state the same attribute; the class name is the attribute's normal form
PREDICATES = {
    "killed": {"kill", "die", "dead", "death", "fatality", "toll", "murder", "slay", "perish", "claim"},
    "injured": {"injure", "wound", "hurt", "injury", "harm", "hospitalize", "hospitalise", "treat"},
    "arrested": {"arrest", "detain", "apprehend", "capture", "hold", "custody", "nab", "seize_person"},
    "seized": {"seize", "confiscate", "recover", "find", "discover", "impound"},
    "fired": {"fire", "shoot", "shot", "round", "bullet", "gunfire", "shooting", "gunshot"},
    "destroyed": {"destroy", "damage", "flatten", "raze", "hit", "burn", "level", "devastate", "wreck", "demolish",
                  "collapse", "sever", "cut"},
    "rescued": {"rescue", "free", "release", "save"},
    "evacuated": {"evacuate", "displace", "flee"},
    "attacked": {"attack", "strike", "target", "raid", "assault", "storm", "explosion", "blast", "explode"},
    "sentenced": {"sentence", "jail", "imprison"},
    "marched": {"march", "protest", "rally", "demonstrate", "gather", "join"},
    "foiled": {"foil", "thwart", "repel", "repulse"},
}
GROWING = {"killed", "injured", "arrested", "evacuated", "rescued"}  # counts that rise as news comes in
PREDICATE_OF = {lemma: name for name, lemmas in PREDICATES.items() for lemma in lemmas}
# verbs too general to say what a number or a time is about ("there were 12", "it was updated at 6 p.m.")
GENERIC = {"be", "have", "do", "get", "make", "take", "go", "come", "include", "update", "post", "publish",
           "schedule", "become", "remain", "seem", "give", "put", "see", "show", "leave", "keep", "bring",
           "need", "want", "like", "know", "think", "use", "call", "let", "begin", "start", "try", "look"}
# units of measure: what they measure is named by what follows ("150 miles off Aden", "5 percent of output")
MEASURES = {"mile", "kilometer", "kilometre", "km", "metre", "meter", "foot", "feet", "yard", "pound", "kilogram",
            "kg", "ton", "tonne", "percent", "per", "%", "degree", "acre", "hectare", "dollar", "euro", "point",
            "inch", "centimeter", "centimetre", "gallon", "litre", "liter", "barrel",
            # units of storage, frequency and power: "64 GB" is a capacity, not a count of anything
            "gb", "mb", "tb", "kb", "gigabyte", "megabyte", "terabyte", "kilobyte", "ghz", "mhz", "gigahertz",
            "megahertz", "megapixel", "watt", "kilowatt", "megawatt", "volt", "mph"}
# nouns that count the same things in news copy: a holder is compared through its class
HOLDER_CLASSES = {
    "gun": {"gun", "rifle", "firearm", "weapon", "pistol", "handgun"},
    "boat": {"boat", "speedboat", "skiff", "dhow"},  # a "vessel" may be the ship they attacked: not a boat
    "ship": {"ship", "vessel", "tanker", "freighter"},
    "engine": {"engine", "appliance", "fire engine", "firetruck"},
    "building": {"building", "house", "home"},
    "shot": {"shot", "bullet", "round", "gunshot"},
    "quake": {"quake", "earthquake", "temblor", "tremor"},
}
HOLDER_CLASS = {noun: name for name, nouns in HOLDER_CLASSES.items() for noun in nouns}
# one unit, however it is written ("per cent", "%", "km", "metre")
UNIT_NAMES = {"%": "percent", "cent": "percent", "per": "percent", "km": "kilometer", "kilometre": "kilometer",
              "metre": "meter", "centimetre": "centimeter", "kg": "kilogram", "litre": "liter", "tonne": "ton",
              "feet": "foot"}

# what a happening was done with: the kind of weapon, however it is named; a bare "gun" or "weapon" names no kind
WEAPONS = {
    "rifle": {"rifle", "carbine", "ak-47", "kalashnikov", "ar-15"},
    "shotgun": {"shotgun"},
    "handgun": {"handgun", "pistol", "revolver"},
    "knife": {"knife", "dagger", "blade", "machete"},
}
WEAPON_OF = {noun: kind for kind, nouns in WEAPONS.items() for noun in nouns}
# verbs whose object is the weapon someone used ("brought a rifle", "pulled a knife")
WIELD = {"bring", "carry", "wield", "use", "brandish", "pull", "draw", "point", "aim", "fire", "raise", "produce"}
# who does harm with a weapon, where no predicate of harm is said ("the shooter brought a rifle")
ASSAILANTS = {"shooter", "gunman", "attacker", "assailant", "killer", "suspect", "murderer", "stabber"}
# the people whose weapons are not the happening's ("police armed with rifles surrounded the house")
RESPONDERS = {"police", "officer", "policeman", "cop", "trooper", "soldier", "troop", "swat", "guard", "marshal"}
# how someone was killed, when a sentence says it ("burnt to death", "suffocated"); the verbs of one row
# name one manner
MANNERS = {"burn": "burned", "suffocate": "suffocated", "asphyxiate": "suffocated", "drown": "drowned",
           "stab": "stabbed", "shoot": "shot", "strangle": "strangled", "crush": "crushed", "beat": "beaten",
           "bludgeon": "beaten", "hack": "hacked", "trample": "crushed"}
LETHAL = {"suffocate", "asphyxiate", "drown", "strangle"}  # manners that say death without "to death"
# compass bearings in degrees ("150 miles west of Aden")
BEARINGS = {"north": 0, "northeast": 45, "north-east": 45, "east": 90, "southeast": 135, "south-east": 135,
            "south": 180, "southwest": 225, "south-west": 225, "west": 270, "northwest": 315, "north-west": 315}

HARMED = {"injure", "wound", "hurt", "cut", "bruise", "bandage", "injury", "graze", "bleed", "scratch"}
# a harm noun says something of a person only as what the person suffered or showed ("suffered a cut")
SUFFER = {"suffer", "sustain", "receive", "have", "appear", "nurse", "treat", "bear", "show", "sport"}
UNHARMED = {"unharmed", "unscathed", "unhurt", "uninjured", "safe", "unharm"}
DEAD = {"kill", "die", "dead", "murder", "slay"}

HUMAN = {"people", "person", "man", "woman", "child", "civilian", "resident", "member", "official", "officer",
         "soldier", "guard", "worker", "employee", "student", "victim", "protester", "demonstrator", "passenger",
         "pirate", "suspect", "fan", "crew", "staff", "policeman", "police", "troop", "militant", "fighter",
         "casualty", "other", "individual", "youth", "customer", "boy", "girl", "adult", "teenager",
         "friend", "relative", "neighbour", "neighbor", "witness", "colleague", "family", "parent", "mother",
         "father", "son", "daughter", "brother", "sister", "wife", "husband", "cop", "trooper", "deputy",
         "juror", "gunman", "attacker", "driver", "player", "journalist", "reporter", "doctor", "nurse",
         "patient", "survivor", "hostage", "prisoner", "inmate", "citizen", "villager", "tourist", "miner",
         "firefighter", "rescuer", "volunteer", "agent", "guest", "spectator", "shopper", "pilot", "sailor",
         "crewman", "crewmember", "athlete", "migrant", "refugee", "detainee", "captive", "follower",
         "supporter", "believer", "worshipper", "voter", "delegate", "activist", "lawmaker", "teacher",
         "lawyer", "priest"}
TIME_UNITS = {"second", "minute", "hour", "day", "week", "month", "year", "decade", "night"}


def parse_number(text: str) -> float | None:
    """'1 , 500' → 1500, '5 . 9' → 5.9, '12' → 12 (tokenised texts keep spaces inside numbers)."""
    raw = re.sub(r"\s", "", text)
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", raw):
        return float(raw.replace(",", ""))
    try:
        return float(raw)
    except ValueError:
        return None


def word_number(words: list[str]) -> float | None:
    """'twenty - five', 'two dozen', 'a hundred', 'seven' → the number; None when not a number."""
    words = [w for w in words if w not in ("-", "and")]
    if not words:
        return None
    total, current, seen = 0.0, 0.0, False
    for w in words:
        if w in UNITS:
            current += UNITS[w]
        elif w in TENS:
            current += TENS[w]
        elif w in GROUPS:
            current = (current or 1) * GROUPS[w]
        elif w in SCALES:
            current = (current or 1) * SCALES[w]
            if SCALES[w] >= 1000:
                total, current = total + current, 0.0
        elif w in ("a", "an") and not seen:
            continue
        else:
            return None
        seen = True
    return total + current if seen else None


def bounds(value: float, modifier: str | None) -> tuple[float, float]:
    """A stated number with its modifier as the range of true values it allows."""
    mod = (modifier or "").lower()
    if mod in LOWER:
        return (value + (1 if mod in ("more than", "over") and value == int(value) else 0), math.inf)
    if mod in UPPER:
        return (0.0, value - (1 if mod in ("fewer than", "less than", "under") and value == int(value) else 0))
    if mod in BELOW:  # "nearly 100" is fewer than 100
        return (value * 0.85, value)
    if mod in ABOVE:
        return (value, value * 1.15)
    if mod in APPROX:
        return (value * 0.85, value * 1.15)
    return (value, value)


def compatible(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Two ranges can both be true."""
    return a[0] <= b[1] and b[0] <= a[1]


def clock_minutes(match: re.Match) -> int:
    hour, minute = int(match.group(1)) % 12, int(match.group(2) or 0)
    if match.group(3).lower().startswith("p"):
        hour += 12
    return hour * 60 + minute


def format_number(value: float) -> str:
    if math.isinf(value):
        return "∞"
    return str(int(value)) if value == int(value) else f"{value:g}"


def format_range(low: float, high: float, text: str, modifier: str | None = None) -> str:
    """The normalised value shown to a reader: '7', 'at least 6', 'more than 40', 'up to 80', 'about 100',
    'nearly 100'."""
    mod = (modifier or "").lower()
    if mod in BELOW or mod in ABOVE:
        return f"{mod} {format_number(high if mod in BELOW else low)}"
    if low == high:
        return format_number(low)
    if math.isinf(high):
        if mod in ("more than", "over"):  # shown as told: "more than 24000", not "at least 24001"
            return f"more than {format_number(low - 1 if low == int(low) else low)}"
        return f"at least {format_number(low)}"
    if low == 0 and mod in ("fewer than", "less than", "under"):
        return f"fewer than {format_number(high + 1 if high == int(high) else high)}"
    if low == 0:
        return f"up to {format_number(high)}"
    mid = (low + high) / 2
    return f"about {format_number(round(mid, 1))}" if high / max(low, 1e-9) < 1.5 else text.lower()
