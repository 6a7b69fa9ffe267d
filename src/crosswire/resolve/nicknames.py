"""Team nicknames the small model does not tag: 'the Herons', 'the 76ers' (read as a number), and the place
and nickname written together ('the Dalton 76ers', where the model tags only the place).

Sports copy calls a team by a capitalised plural after 'the' ("the Herons beat …", "the 76ers have …"); the
small model tags such words now and then, or tags only the place in front ('Dalton' of 'Dalton 76ers'),
so the team's mentions go missing or join the city's entity. A nickname here is one or two capitalised
words (or a number with letters) ending in a plural 's', written after 'the' in the middle of a sentence at
least twice in the story, whose last word the story never writes in lower case (so never 'the Times' of a
story that writes 'times', nor 'the Greens' where it writes 'greens'). Each occurrence of it that no tagged
name covers and no capitalised word other than 'The' precedes (headlines and sentence starts included: the
story never writes the word in lower case) becomes a mention typed ORG, and a tagged place written straight before the nickname
('Dalton 76ers') becomes one ORG mention of the whole team name. Lines of web addresses are not read for the
lower-case words.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Sequence

from crosswire.models import Annotation, Document, Span

from crosswire.resolve.mentions import Mention, is_headline

THE_NICKNAME = re.compile(r"(?<![\w-])(?:[Tt]he)[ \t]+((?:[A-Z][a-z]+[ \t]+)?(?:[A-Z][a-z]{2,}|\d{1,3}[a-z]{2,})"
                          r"(?<!s)s)(?![\w'’-])")
ADDRESS = re.compile(r"https?:|www\.|\.com\b|\.html?\b|\s/\s.*\s/\s")
PLACES = {"GPE", "LOC", "ORG", "NORP"}
MIN_USES = 2


def lower_words(documents: Sequence[Document]) -> set[str]:
    out: set[str] = set()
    for d in documents:
        for line in d.text.splitlines():
            if not ADDRESS.search(line):
                out.update(re.findall(r"\b[a-z][a-z'-]*\b", line))
    return out


def nicknames(documents: Sequence[Document], annotations: Sequence[Annotation],
              taken: dict[str, list[tuple[int, int]]]) -> set[str]:
    """The nicknames of the story (see the module docstring): only uses that the tagger left untagged
    (``taken``: the spans of the tagged names, by document) and that it reads as plural count."""
    lower = lower_words(documents)
    uses: dict[str, int] = defaultdict(int)
    for d, ann in zip(documents, annotations):
        if "he " not in d.text:
            continue
        starts = [t.start for t in ann.tokens]
        for found in THE_NICKNAME.finditer(d.text):
            start, end = found.span(1)
            if is_headline(d.text, start, end) or found.group(1).split()[-1].lower() in lower or \
                    any(s < end and start < e for s, e in taken.get(d.id, ())):
                continue
            k = bisect.bisect_right(starts, end - 1) - 1
            if k < 0 or ann.tokens[k].tag not in ("NNS", "NNPS"):
                continue  # 'the Athens …', 'the Texas …': a name that ends in s, not a plural
            uses[found.group(1)] += 1
    return {n for n, k in uses.items() if k >= MIN_USES}


def _sentence(ann: Annotation | None, starts: list[int], offset: int) -> int:
    if ann is None or not ann.tokens:
        return 0
    return ann.tokens[max(0, bisect.bisect_right(starts, offset) - 1)].sent


def team_nicknames(mentions: list[Mention], documents: Sequence[Document],
                   annotations: Sequence[Annotation]) -> list[Mention]:
    """The mentions, with the nicknames' untagged occurrences added and a tagged place written straight
    before a nickname widened to the team's whole name (see the module docstring)."""
    by_doc: dict[str, list[int]] = defaultdict(list)
    taken: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for i, m in enumerate(mentions):
        by_doc[m.span.doc].append(i)
        taken[m.span.doc].append((m.span.start, max(m.span.end, m.extent)))  # 'Huntsville, Texas' whole
    found = nicknames(documents, annotations, taken)
    if not found:
        return mentions
    anns = {d.id: a for d, a in zip(documents, annotations)}
    lasts = {n.split()[-1] for n in found} | {n.split()[-1].upper() for n in found}  # 'DALTON 76ERS' too
    out = list(mentions)
    for d in documents:
        text, ann = d.text, anns.get(d.id)
        starts = [t.start for t in ann.tokens] if ann is not None else []
        spans = sorted(taken.get(d.id, ()))
        # the place and the nickname together: 'Dalton 76ers' tagged as the place 'Dalton' only
        for i in by_doc.get(d.id, ()):
            m = mentions[i]
            after = re.match(r"[ \t]+(\S+?)(?![\w-])", text[m.span.end:m.span.end + 30])
            if m.label in PLACES and after and after.group(1) in lasts and " " not in m.span.text.strip() and \
                    not any(s < m.span.end + after.end() and m.span.end < e for s, e in spans):
                end = m.span.end + after.end()
                out[i] = Mention(Span(d.id, m.span.start, end, text[m.span.start:end]), "ORG", m.sentence, m.token,
                                 m.headline)
                spans.append((m.span.start, end))
        for name in sorted(found):
            if name not in text:
                continue
            for hit in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w'’-])", text):
                start, end = hit.span()
                prev = re.search(r"(\S+)[ \t]+$", text[max(0, start - 40):start])
                if (prev and prev.group(1)[:1].isupper() and prev.group(1) not in ("The", "THE")) or \
                        any(s < end and start < e for s, e in spans):
                    continue  # inside a longer capitalised name, or tagged already
                spans.append((start, end))
                token = bisect.bisect_right(starts, start) - 1 if starts else -1
                out.append(Mention(Span(d.id, start, end, name), "ORG", _sentence(ann, starts, start),
                                   token if token >= 0 and starts[token] == start else -1))
    return out
