"""Span repairs before clustering: the small model's spans cut to the names they hold ('Colts Beat',
'Comedian Ellen DeGeneres', 'American Hasim Rahman') and split where they join two names ('Philly and
Cheeks', 'Evansville - Indiana State'). Offsets stay exact."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace

from crosswire.models import Document, Span

from crosswire.resolve.mentions import Mention
from crosswire.resolve.names import key

COORDINATED = re.compile(r"\s+(?:and|&|-|–|—)\s+")
DASHES = {"-", "–", "—"}


def split_coordinated(mentions: list[Mention]) -> list[Mention]:
    """A span the tagger took over two names joined by 'and' ('Philly and Cheeks', 'Lopez and Carrasquillo')
    becomes two mentions when the story names each side on its own; each takes the type the story gives it.
    Joined by a spaced dash (a headline's 'Outlet - Title', 'Evansville - Indiana State'), each side the
    story knows becomes a mention."""
    labels: dict[str, Counter] = defaultdict(Counter)
    for m in mentions:
        if not COORDINATED.search(m.span.text):
            labels[key(m.span.text, person=False)][m.label] += 1
    out = []
    for m in mentions:
        cut = COORDINATED.search(m.span.text)
        if cut is None:
            out.append(m)
            continue
        left, right = m.span.text[:cut.start()], m.span.text[cut.end():]
        kl, kr = key(left, person=False), key(right, person=False)
        dash = cut.group(0).strip() in DASHES
        if not (kl and kr and (labels.get(kl) or dash) and (labels.get(kr) or dash)) or \
                not (labels.get(kl) or labels.get(kr)):
            out.append(m)
            continue
        for piece, start, k in ((left, m.span.start, kl), (right, m.span.start + cut.end(), kr)):
            if not labels.get(k):
                continue  # a dash joins a known name to a word of a headline ('Computerworld - Microsoft')
            label = max(labels[k], key=lambda lab: (labels[k][lab], lab))
            out.append(Mention(Span(m.span.doc, start, start + len(piece), piece), label, m.sentence, -1, m.headline))
    return out


HEADLINE_TOKEN = re.compile(r"\S+")


def retarget(mentions: list[Mention], documents: Sequence[Document]) -> list[Mention]:
    """A headline or title-case span that holds a known name with other words ('Colts Beat', 'Comedian
    Ellen DeGeneres') is cut to the longest known name inside it, and a nationality the story tags NORP is cut
    from the front of a known name ('American Hasim Rahman'), exact offsets kept."""
    counts = Counter(key(m.span.text, person=False) for m in mentions)
    places = {key(m.span.text, person=False) for m in mentions if m.label in ("GPE", "LOC")}
    demonyms = {key(m.span.text, person=False) for m in mentions if m.label == "NORP" and " " not in m.span.text}
    texts = {d.id: d.text for d in documents}
    # ordinary words: seen lower case after an article or a possessive ('the comedian'), not in a URL slug
    vocab = {w for d in documents for w in re.findall(r"\b(?:the|a|an|his|her|their|its)\s+([a-z][a-z'-]*)", d.text)}
    out = []
    for m in mentions:
        words = list(HEADLINE_TOKEN.finditer(m.span.text))
        whole = counts[key(m.span.text, person=False)]
        if len(words) < 2:
            out.append(m)
            continue
        best, score = None, 0
        for a in range(len(words)):
            for b in range(a + 1, len(words) + 1):
                if (a, b) == (0, len(words)):
                    continue
                piece = m.span.text[words[a].start():words[b - 1].end()]
                n = counts.get(key(piece, person=False), 0)
                # the known name inside: frequent, and long (frequency × words decides)
                if n >= 2 and n >= 4 * whole and piece[:1].isupper() and n * (b - a) > score:
                    best, score = (a, b, piece), n * (b - a)
        rest = m.span.text[words[1].start():] if len(words) >= 3 else ""
        if rest and key(words[0].group(0), person=False) in demonyms and counts.get(key(rest, person=False), 0):
            # a nationality before a name the story knows: 'American Hasim Rahman' → 'Hasim Rahman'
            best = (1, len(words), rest)
        elif best is None or not (m.headline or _leading_words(best, words, vocab, places, counts,
                                                                              whole)):
            out.append(m)
            continue
        start = m.span.start + words[best[0]].start()
        end = start + len(best[2])
        out.append(Mention(Span(m.span.doc, start, end, texts[m.span.doc][start:end]), m.label, m.sentence,
                           m.token, m.headline))
    return out


def _leading_words(best, words, vocab: set[str], places: set[str], counts: Counter, whole: int) -> bool:
    """The words cut off lead the name and are ordinary words ('Comedian' → 'comedian' in some text), or the
    name of two words or more inside is far more frequent and what leads it is not a place ('Colts QB
    Andrew Luck')."""
    if best[0] == 0 or best[1] != len(words):
        return False
    extra = [w.group(0) for w in words[:best[0]]]
    if all(w.lower() in vocab for w in extra):
        return True
    # a full name kept whole: 'Peter Brandt' is never cut to a frequent 'Brandt'
    return best[1] - best[0] >= 2 and counts.get(key(best[2], person=False), 0) >= 3 * max(whole, 1) and \
        key(" ".join(extra), person=False) not in places


PLACES = {"GPE", "LOC", "FAC"}
# what may follow a qualifying place: the end of the phrase, not a list going on ('Iraq, Syria and Lebanon')
LIST_GOES_ON = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?[A-Z]|and\b|or\b|&)")


def qualified_places(mentions: list[Mention], documents: Sequence[Document]) -> list[Mention]:
    """'Biloxi, Miss.', 'Mannheim, Germany', 'Eastfield, Kelton': a place followed on its line by a comma
    and the state, country or borough that locates it is one mention of that place (the way news copy writes
    a place's full name), not also a mention of the larger one. The qualified name keeps its own span for
    matching; ``extent`` records where the phrase ends. Lists of places ('Paris, London and Berlin') are left
    alone."""
    texts = {d.id: d.text for d in documents}
    by_doc: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        by_doc[m.span.doc].append(i)
    drop: set[int] = set()
    extent: dict[int, int] = {}
    for doc, idx in by_doc.items():
        text = texts[doc]
        idx = sorted(idx, key=lambda i: (mentions[i].span.start, mentions[i].span.end))
        for a, b in zip(idx, idx[1:]):
            ma, mb = mentions[a], mentions[b]
            if a in drop or ma.label not in PLACES or mb.label != "GPE" or \
                    not re.fullmatch(r"[ \t]*,[ \t]*", text[ma.span.end:mb.span.start]):
                continue
            end = mb.span.end + (1 if text[mb.span.end:mb.span.end + 1] == "." and
                                 re.search(r"\b[A-Z][a-z]{1,4}$", mb.span.text) else 0)
            before = text[max(0, ma.span.start - 40):ma.span.start]
            if LIST_GOES_ON.match(text, end) or re.search(r"(?:,|\band|\bor)\s*$", before) or \
                    key(ma.span.text, person=False) == key(mb.span.text, person=False):
                continue
            drop.add(b)
            extent[a] = end
    return [replace(m, extent=extent[i]) if i in extent else m for i, m in enumerate(mentions) if i not in drop]


def extend_to_known(mentions: list[Mention], documents: Sequence[Document]) -> list[Mention]:
    """A span the tagger cut short of a longer name the story tags elsewhere, where the text writes that longer
    name in full ('Hollywood' tagged alone in 'The Hollywood Reporter says', the story tagging 'Hollywood
    Reporter' elsewhere; 'Boston' in 'Boston Red Sox') becomes a mention of the longer name, with its type.
    The longest such name that no other mention overlaps wins; exact offsets kept."""
    labels: dict[str, Counter] = defaultdict(Counter)
    for m in mentions:
        words = m.span.text.split()
        if len(words) >= 2 and all(w[:1].isupper() or w[:1].isdigit() for w in words) and "," not in m.span.text:
            labels[m.span.text][m.label] += 1
    if not labels:
        return mentions
    by_first: dict[str, list[str]] = defaultdict(list)
    for surface in sorted(labels, key=lambda s: (-len(s), s)):
        by_first[surface.split()[0]].append(surface)
    texts = {d.id: d.text for d in documents}
    by_doc: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for m in mentions:
        by_doc[m.span.doc].append((m.span.start, m.span.end))
    out = []
    for m in mentions:
        text = texts[m.span.doc]
        found = None
        for surface in by_first.get(m.span.text.split()[0], ()) if m.span.text.split() else ():
            end = m.span.start + len(surface)
            if len(surface) <= len(m.span.text) or not text.startswith(surface, m.span.start) or \
                    (end < len(text) and (text[end].isalnum() or text[end] == "-")):
                continue
            if any(s < end and m.span.start < e and (s, e) != (m.span.start, m.span.end)
                   for s, e in by_doc[m.span.doc]):
                continue
            found = surface
            break
        if found is None:
            out.append(m)
            continue
        label = max(labels[found], key=lambda lab: (labels[found][lab], lab))
        end = m.span.start + len(found)
        out.append(Mention(Span(m.span.doc, m.span.start, end, found), label, m.sentence, m.token, m.headline,
                           m.extent))
    return out
