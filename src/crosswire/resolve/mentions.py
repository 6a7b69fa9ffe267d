"""Entity mentions from the annotation pass, trimmed to the name itself with exact offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass

from crosswire.models import Annotation, Document, Span

from crosswire.resolve.names import LEADING_ARTICLE, POSSESSIVE, TITLES, fold
from crosswire.resolve.roles import PERSON_NOUNS, role_of

NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART"}
SCORE = re.compile(r"\s+\d{1,3}\s?[-–]\s?\d{1,3}$")
TITLE_WORD = re.compile(r"^(?:[A-Z][a-z]*\.?|U\.S\.)\s+")


@dataclass(frozen=True, slots=True)
class Mention:
    """A name as the tagger found it; ``token`` is its first token (-1 for occurrences found by string);
    ``extent`` is where the whole phrase ends when a qualifier follows the name ('Biloxi, Miss.'), else -1."""

    span: Span
    label: str
    sentence: int
    token: int = -1
    headline: bool = False
    extent: int = -1


def _trim(text: str, start: int, end: int, label: str) -> tuple[int, int]:
    """Drop a leading article, leading titles (for people) and a trailing possessive; keep offsets exact."""
    while start < end and text[start] in " \t'\"‘“`":
        start += 1
    piece = text[start:end]
    m = LEADING_ARTICLE.match(piece)
    if m and label not in {"WORK_OF_ART", "LAW"}:
        start += m.end()
    while label == "PERSON":
        m = TITLE_WORD.match(text[start:end])
        if not m or fold(m.group(0)).strip() not in TITLES or len(text[start:end].split()) < 2:
            break
        start += m.end()
    m = SCORE.search(text[start:end])
    if m and m.start() > 0:
        end = start + m.start()  # a score the tagger took into a team's name: 'Evansville 91-73'
    m = POSSESSIVE.search(text[start:end])
    if m and end - start - len(m.group(0)) >= 2:
        end -= len(m.group(0))
    while end > start and text[end - 1] in " ,.;:\"“”'’":
        if text[end - 1] == "." and re.search(r"\b[A-Z]\.[A-Z]?\.?$", text[start:end]):
            break  # keep the dot of an abbreviation such as U.S.
        end -= 1
    return start, end


def is_headline(text: str, start: int, end: int) -> bool:
    """A headline or caption: a short line without closing punctuation, or a line in title case or capitals."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    words = re.findall(r"[A-Za-z][\w'’-]*", line)
    if len(words) < 3:
        return False
    if len(words) <= 20 and not re.search(r"[.!?:;,\"”’)]\s*$", line):
        return True  # a short line without closing punctuation: a headline in sentence case
    upper = sum(w[0].isupper() for w in words if w.lower() not in {"a", "an", "the", "of", "in", "on", "at",
                                                                        "for", "to", "and", "or", "by", "with"})
    return upper >= 0.8 * len(words)


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A tagged span never crosses a line break: split it into its lines."""
    out, pos = [], start
    for m in re.finditer(r"\n+", text[start:end]):
        out.append((pos, start + m.start()))
        pos = start + m.end()
    out.append((pos, end))
    return out


# a given name, a quoted nickname and a surname: 'Vincent "The Chin" Gigante', "Vincent 'Chin' Gigante"
NICKNAMED = re.compile(r"(?<![\w-])[A-Z][a-z]+[ \t]+(?:[A-Z]\.[ \t]+)?[\"“‘'][A-Z][^\"”’'\n]{0,28}[\"”’'][ \t]+"
                       r"[A-Z][\w'’-]*[a-z]")


def _nicknamed(text: str, out: list[Mention]) -> list[Mention]:
    """The small model cuts a name around a quoted nickname ('Chin" Gigante', 'The Chin'): the tagged pieces
    inside 'Vincent "The Chin" Gigante' become one PERSON mention of the whole name."""
    for found in NICKNAMED.finditer(text):
        start, end = found.start(), found.end()
        inside = [m for m in out if m.span.start < end and start < m.span.end]
        if not inside or any(m.span.start < start or m.span.end > end for m in inside):
            continue
        first = min(inside, key=lambda m: m.span.start)
        out = [m for m in out if m not in inside]
        out.append(Mention(Span(first.span.doc, start, end, text[start:end]), "PERSON", first.sentence, first.token,
                           first.headline))
    return sorted(out, key=lambda m: (m.span.start, m.span.end))


# a title or an honorific tagged on its own ('Dr' where a text is tokenised 'Dr . Regina Benjamin', 'Mr',
# 'President' in a headline) names nobody by itself; titles that are also names of places or bodies ('US',
# 'State', 'Interior', 'King') are not in this set
TITLE_ALONE = {"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "rev", "gen", "lt", "col", "maj", "capt", "sgt",
               "adm", "brig", "sen", "rep", "gov", "president", "senator", "governor", "mayor", "minister",
               "premier", "chancellor", "sheikh", "imam", "ayatollah", "cardinal", "bishop", "judge", "spokesman",
               "spokeswoman", "spokesperson", "chairman", "chairwoman", "secretary", "ambassador", "lieutenant",
               "colonel", "captain", "sergeant", "admiral", "commander", "marshal", "brigadier", "representative"}


def extract_mentions(document: Document, annotation: Annotation) -> list[Mention]:
    out = []
    text = document.text
    for e in annotation.ents:
        if e.label not in NAME_LABELS:
            continue
        for ps, pe in _pieces(text, e.start, e.end):
            start, end = _trim(text, ps, pe, e.label)
            piece = text[start:end]
            if end - start < 2 or not any(c.isupper() for c in piece) or not re.search(r"[A-Za-z]", piece) or \
                    fold(piece).replace(" ", "") in TITLE_ALONE:
                continue
            token = next((k for k in range(e.token_start, e.token_end)
                          if annotation.tokens and annotation.tokens[k].end > start), e.token_start)
            sentence = annotation.tokens[token].sent if annotation.tokens else 0
            out.append(Mention(Span(document.id, start, end, piece), e.label, sentence,
                               token if annotation.tokens else -1, is_headline(text, start, end)))
    out = _administrations(text, out)
    return _nicknamed(text, out) if NICKNAMED.search(text) else out


ADMINISTRATION = re.compile(r"[ \t]+(?:[Aa]dministration|[Gg]overnment|[Tt]eam|[Cc]ampaign|[Cc]amp)\b(?![-’'])")


def _administrations(text: str, out: list[Mention]) -> list[Mention]:
    """'the Bush administration', 'the Obama team' name the people who serve a leader, not the leader: a
    name the tagger calls a person or an organisation, followed by administration, government, team, campaign or
    camp, becomes an ORG mention of the whole phrase (names.ENTOURAGE lets 'Obama administration' and 'Obama
    team' meet, and nothing else)."""
    result = []
    for m in out:
        found = ADMINISTRATION.match(text, m.span.end) if m.label in ("PERSON", "ORG") and \
            not ADMINISTRATION.search(m.span.text) else None
        if found and (m.label == "ORG" or re.fullmatch(r"[A-Z][a-z]+[^s]s", m.span.text)) and \
                not re.search(r"[Aa]dministration|[Gg]overnment", found.group(0)):
            found = None  # 'the Colts team' is the team (tagged a person or not): only a leader's administration
        if found is None:
            result.append(m)
            continue
        end = found.end()
        result.append(Mention(Span(m.span.doc, m.span.start, end, text[m.span.start:end]), "ORG", m.sentence, m.token,
                              m.headline))
    return result


WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
APOSTROPHE = re.compile(r"['’]")
SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“”(\n]\s*)$")


def common_words(mentions: list[Mention], documents) -> list[Mention]:
    """Drop spans that are ordinary words capitalised only by a headline or a sentence start ('Woman Killed',
    'Driver Charged', 'MAN'): every word of them is written in lower case somewhere in the story, and the
    story never writes the span capitalised in the middle of a sentence. ECB+ headlines are full of them
    (the small model tags them PERSON or ORG); the reference stage reads such words as descriptions."""
    texts = {d.id: d.text for d in documents}
    lower: set[str] = set()
    # word → the texts it starts a word in: a span occurs only in texts holding its first word, as a word or
    # as the part of one before an apostrophe ('Smith' in "Smith's")
    holding: dict[str, list[str]] = {}
    for text in texts.values():
        words = set(WORD.findall(text))
        lower.update(w for w in words if w.islower())
        for w in {w[:k] for w in words for k in [len(w), *(m.start() for m in APOSTROPHE.finditer(w))]}:
            holding.setdefault(w, []).append(text)
    memo: dict[str, bool] = {}

    def named_mid_sentence(surface: str) -> bool:
        if surface not in memo:
            memo[surface] = False
            pattern = re.compile(rf"(?<![\w-]){re.escape(surface)}(?![\w-])")
            # a role written as a title before a name ('fired Coach Jim O'Brien') or inside a longer one
            # ('Coach of the Year') is no name of its own
            title = " " not in surface and (role_of(surface) in PERSON_NOUNS or fold(surface) in TITLES)
            first = WORD.findall(surface)[:1]
            for text in (holding.get(first[0], ()) if first else texts.values()):
                for found in pattern.finditer(text):
                    before = text[max(0, found.start() - 40):found.start()]
                    prev = WORD.findall(before)[-1:] or [""]
                    after = WORD.findall(text[found.end():found.end() + 30])[:1]
                    if title and after and (after[0][:1].isupper() or after[0] == "of"):
                        continue
                    if not SENTENCE_START.search(before) and prev[0][:1].islower() and \
                            not is_headline(text, found.start(), found.end()):
                        memo[surface] = True
                        break
                if memo[surface]:
                    break
        return memo[surface]

    out = []
    for m in mentions:
        words = WORD.findall(m.span.text)
        text = texts[m.span.doc]
        before = text[max(0, m.span.start - 40):m.span.start]
        # at a headline's or sentence's start (after an article at most), or a word in capitals for emphasis
        # in tabloid leads ('A MAN was last night …')
        at_start = m.headline or bool(SENTENCE_START.search(before)) or \
            bool(SENTENCE_START.search(re.sub(r"(?:A|An|The|THE)\s+$", "", before))) or \
            (len(words) == 1 and m.span.text.isupper() and len(m.span.text) > 2)
        if at_start and words and all(w.lower() in lower for w in words) and not named_mid_sentence(m.span.text):
            continue
        out.append(m)
    return out
