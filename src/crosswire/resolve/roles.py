"""The words that describe people and groups in news copy: role nouns, nouns that tell a person's sex,
group and team nouns, and the offices of the people who speak about an event."""

from __future__ import annotations

from crosswire.resolve.names import TITLES

SEX_NOUNS = {
    "m": {"actor", "man", "boy", "husband", "father", "son", "brother", "king", "prince", "chairman",
          "spokesman", "businessman", "congressman", "uncle", "grandfather", "mr", "sir", "gentleman", "grandson",
          "nephew", "fisherman"},
    "f": {"actress", "woman", "girl", "wife", "mother", "daughter", "sister", "queen", "princess", "chairwoman",
          "spokeswoman", "businesswoman", "congresswoman", "aunt", "grandmother", "mrs", "ms", "miss", "lady",
          "mom", "mum", "widow", "heiress", "singer-songwriter", "granddaughter", "niece", "grandma", "granny"},
}
PERSON_NOUNS = {
    "actress", "actor", "singer", "star", "rapper", "model", "comedian", "host", "director", "producer",
    "player", "coach", "quarterback", "pitcher", "striker", "champion", "boxer", "swimmer", "athlete",
    "president", "premier", "minister", "chancellor", "leader", "cleric", "governor", "mayor", "senator",
    "congressman", "congresswoman", "lawmaker", "spokesman", "spokeswoman", "spokesperson", "secretary",
    "ambassador", "envoy", "king", "queen", "prince", "princess", "pope", "chairman", "chairwoman", "founder",
    "author", "writer", "journalist", "reporter", "pilot", "climber", "mountaineer", "inmate", "prisoner",
    "suspect", "gunman", "victim", "defendant", "lawyer", "attorney", "judge", "doctor", "surgeon", "nominee",
    "candidate", "commander", "general", "businessman", "businesswoman", "billionaire", "veteran", "officer",
    "receiver", "tackle", "lineman", "guard", "forward", "midfielder", "goalkeeper", "driver", "teenager",
    "teen", "woman", "man", "boy", "girl", "mother", "father", "wife", "husband", "daughter", "son", "chief",
    "executive", "ceo", "heiress", "designer", "musician", "guitarist", "drummer", "filmmaker", "novelist",
    "poet", "artist", "dancer", "tycoon", "mogul", "entrepreneur", "scientist", "professor", "economist",
    "cop", "policeman", "policewoman", "trooper", "deputy", "sheriff", "detective", "witness", "neighbor",
    "neighbour", "friend", "resident", "bystander",
} | {
    # people as crime, work and family news name them ('Fired Clerk Held After Shooting', 'Inmate Escapes',
    # 'gang boss'): all of them often bring in somebody new, so all are in GENERIC too
    "boss", "accountant", "employee", "worker", "manager", "owner", "nurse", "teacher", "student", "farmer",
    "soldier", "firefighter", "banker", "clerk", "cashier", "brother", "sister", "grandmother", "grandfather",
    "grandson", "granddaughter", "nephew", "niece", "cousin", "uncle", "aunt", "escapee", "fugitive", "convict",
    "lifer", "gangster", "mobster", "mafioso", "robber", "thief", "burglar", "killer", "murderer", "shooter",
    "attacker", "assailant", "hiker", "tourist", "motorist", "pedestrian", "cyclist", "passenger", "patient",
    "hostage", "survivor", "toddler", "skier", "hunter", "fisherman", "priest", "pastor",
}
SYNONYMS = {"premier": "prime minister", "pm": "prime minister", "teen": "teenager", "attorney": "lawyer",
            "mom": "mother", "mum": "mother", "grandma": "grandmother", "granny": "grandmother"}
GROUP_NOUNS = {"group", "militia", "movement", "organisation", "organization", "faction", "party", "company",
               "firm", "network", "alliance", "coalition", "agency"}
TEAM_NOUNS = {"team", "club", "squad", "franchise"}
# nouns that often bring in somebody new ('the man', 'the suspect'): attached only to a person the document
# has described with that noun, never by salience alone
GENERIC = {"man", "woman", "boy", "girl", "teenager", "teen", "suspect", "victim", "driver", "gunman", "officer",
           "player", "son", "daughter", "mother", "father", "wife", "husband", "inmate", "prisoner", "worker",
           "lawyer", "attorney", "judge", "doctor", "pilot", "guard", "executive", "spokesman", "spokeswoman",
           "cop", "policeman", "policewoman", "trooper", "deputy", "sheriff", "detective", "witness", "neighbor",
           "neighbour", "friend", "resident", "bystander", "boss", "accountant", "employee", "worker", "manager",
           "owner", "nurse", "teacher", "student", "farmer", "soldier", "firefighter", "banker", "clerk", "cashier",
           "brother", "sister", "grandmother", "grandfather", "grandson", "granddaughter", "nephew", "niece",
           "cousin", "uncle", "aunt", "escapee", "fugitive", "convict", "lifer", "gangster", "mobster", "mafioso",
           "robber", "thief", "burglar", "killer", "murderer", "shooter", "attacker", "assailant", "hiker",
           "tourist", "motorist", "pedestrian", "cyclist", "passenger", "patient", "hostage", "survivor",
           "toddler", "skier", "hunter", "fisherman", "priest", "pastor"}
# titles and offices of the people who speak about an event in news copy (police, courts, officials)
OFFICIALS = TITLES | {"inspector", "constable", "detective", "sheriff", "officer", "police", "prosecutor",
                      "coroner", "attorney", "lawyer", "official", "investigator", "superintendent", "trooper"}


def role_of(word: str) -> str:
    word = word.lower().replace("’", "'")
    return SYNONYMS.get(word, word)


def sex_of(role: str) -> str | None:
    return next((s for s, nouns in SEX_NOUNS.items() if role in nouns), None)
