"""Words of reporting and hedging in news English: cue verbs, channels, source nouns, certainty markers."""

from __future__ import annotations

import re

CUE_LEMMAS = {
    "say", "tell", "tweet", "write", "state", "add", "claim", "declare", "announce", "note", "insist", "warn",
    "explain", "ask", "reply", "respond", "post", "comment", "testify", "acknowledge", "argue", "deny", "urge",
    "stress", "report", "confirm", "allege", "assert", "admit", "recall", "predict", "suggest", "continue",
    "conclude", "concede", "charge", "contend", "maintain", "vow", "promise", "pledge", "boast", "complain",
    "describe", "characterize", "call", "quip", "joke", "shout", "yell", "exclaim", "whisper", "emphasize",
    "reiterate", "remark", "observe", "caution", "dismiss", "reject", "condemn", "accuse", "blame",
}
SPEECH_ONLY = CUE_LEMMAS - {"continue", "call", "describe", "characterize", "condemn", "accuse", "blame",
                            "dismiss", "reject", "deny"}
PRONOUNS = {"he", "she", "they", "it", "i", "we", "his", "her", "their", "him", "them"}
RELATIVES = {"which", "who", "that", "whom", "whose", "it", "this", "what"}
ROLE_NOUNS = {
    "president", "minister", "prime", "spokesman", "spokeswoman", "spokesperson", "official", "officer", "leader",
    "chief", "secretary", "commander", "general", "governor", "mayor", "senator", "ambassador", "director",
    "chairman", "chairwoman", "head", "cleric", "king", "queen", "premier", "chancellor", "envoy", "diplomat",
}
ANONYMOUS_HEADS = {
    "official", "officials", "source", "sources", "person", "people", "expert", "experts", "diplomat", "diplomats",
    "analyst", "analysts", "resident", "residents", "witness", "witnesses", "aide", "aides", "officer", "officers",
    "insider", "insiders", "observer", "observers", "member", "members", "spokesman", "spokeswoman",
    "spokesperson", "investigator", "investigators", "authorities", "activists", "lawmakers",
}
DOCUMENT_WORDS = re.compile(r"\b(?:in a (?:written )?statement|a statement (?:said|read)|the statement|"
                            r"(?:a|the) report(?:\s+by|\s+from)?|the document|a memo|court (?:papers|documents|filings)|"
                            r"(?:a|the) letter|the indictment)\b", re.I)
CHANNELS: list[tuple[str, re.Pattern[str]]] = [
    ("twitter", re.compile(r"\btweet(?:ed|s)?\b|\bon (?:his |her |their )?Twitter\b|\bTwitter (?:page|account|feed)\b"
                           r"|\bwrote on X\b", re.I)),
    ("telegram", re.compile(r"\bTelegram\b")),
    ("facebook", re.compile(r"\bon (?:his |her |their )?Facebook\b")),
    ("statement", re.compile(r"\b(?:in a|in an official|a written|the) statement\b", re.I)),
    ("television", re.compile(r"\bon (?:\w+ )?(?:state )?(?:television|TV)\b|\btelevised\b", re.I)),
    ("press conference", re.compile(r"\b(?:press|news) (?:conference|briefing)\b", re.I)),
    ("interview", re.compile(r"\bin an interview\b|\btold (?:the )?[A-Z][\w.]*(?: [A-Z][\w.]*){0,3}\b")),
    ("funeral", re.compile(r"\bat (?:a|the) funeral\b", re.I)),
    ("speech", re.compile(r"\bin a speech\b|\bat a rally\b", re.I)),
]
HEDGES: list[tuple[str, re.Pattern[str]]] = [
    ("denied", re.compile(r"\b(?:den(?:y|ies|ied|ying)|dismiss(?:ed|es)?|reject(?:ed|s)?|refut(?:ed|es)|"
                          r"rebuff(?:ed)?)\b", re.I)),
    ("disputed", re.compile(r"\b(?:disput(?:ed|es|ing) (?:the|that|this|claims?|reports?|accounts?)|"
                            r"contested (?:the|that)|questioned whether|cast(?:ing)? doubt)\b", re.I)),
    ("reported", re.compile(r"\b(?:reportedly|allegedly|alleged|purportedly|purported|unconfirmed|unverified|"
                            r"could not be (?:independently )?(?:verified|confirmed))\b", re.I)),
    ("likely", re.compile(r"\b(?:likely|probably|apparently|apparent|appears? to|appeared to|believed to|"
                          r"seem(?:s|ed)? to|presumably)\b", re.I)),
    ("possible", re.compile(r"\b(?:may|might|could|possibly|perhaps|potentially)\b(?!\s+not\b|n[’']t)", re.I)),
]
