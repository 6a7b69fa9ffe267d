"""Direct quotes: spans inside quotation marks, their cue verb, speaker, and channel."""

from __future__ import annotations

import re
from collections.abc import Sequence

from crosswire.models import Annotation, Document, Entity, Quote, Span, Token, stable_id

from crosswire.attribute.context import DocContext
from crosswire.attribute.lexicon import CHANNELS, CUE_LEMMAS

PAIRS = {"“": "”", '"': '"', "«": "»", "``": "''"}  # "``" … "''": the quotation marks of tokenised copy
MIN_WORDS_UNATTRIBUTED = 6


def quote_spans(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """(start, end, closed) of the words inside each pair of quotation marks; an unclosed mark runs to
    the end of its paragraph and never further."""
    spans = []
    for ps, pe in paragraphs:
        i = ps
        while i < pe:
            mark = text[i:i + 2] if text.startswith("``", i) else text[i]
            close = PAIRS.get(mark)
            if close is None:
                i += 1
                continue
            j = text.find(close, i + len(mark), pe)
            end, closed = (j, True) if j >= 0 else (pe, False)
            inner_start, inner_end = i + len(mark), end
            while inner_start < inner_end and text[inner_start].isspace():
                inner_start += 1
            while inner_end > inner_start and (text[inner_end - 1].isspace() or text[inner_end - 1] == ","):
                inner_end -= 1
            if inner_end > inner_start:
                spans.append((inner_start, inner_end, closed))
            i = end + len(close)
    return spans


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def _cue(ctx: DocContext, start: int, end: int) -> Token | None:
    """The reporting verb nearest the quote, outside it, in the sentences the quote touches; failing
    that, in a sentence right before that introduces it ("X said:") or right after it ("X added.")."""
    found = _cue_in(ctx, start, end, {ctx.sentence_at(start), ctx.sentence_at(max(start, end - 1))})
    if found is not None:
        return found
    first, last = ctx.sentence_at(start), ctx.sentence_at(max(start, end - 1))
    sentences = ctx.ann.sentences
    if first is not None and first.index > 0:
        before = sentences[first.index - 1]
        if ctx.text[before.start:before.end].rstrip().endswith(":"):
            return _cue_in(ctx, start, end, {before})
    if last is not None and last.index + 1 < len(sentences):
        after = sentences[last.index + 1]
        if len(ctx.tokens(after)) <= 8 and not QUOTE_OPEN.search(ctx.text[after.start:after.end]) and \
                "\n" not in ctx.text[end:after.start]:  # a cue after the quote stays in its paragraph
            return _cue_in(ctx, start, end, {after})
    return None


QUOTE_OPEN = re.compile(r"[“\"«]|``")


def _cue_in(ctx: DocContext, start: int, end: int, sentences) -> Token | None:
    best, distance = None, None
    for sent in filter(None, sentences):
        for t in ctx.tokens(sent):
            if start - 1 <= t.start < end + 1 or t.lemma.lower() not in CUE_LEMMAS or t.pos not in ("VERB", "AUX"):
                continue
            d = start - t.end if t.end <= start else t.start - end
            if distance is None or d < distance:
                best, distance = t, d
    return best


def _according_to(ctx: DocContext, start: int, end: int) -> tuple[int, int] | None:
    sent = ctx.sentence_at(start)
    if sent is None:
        return None
    outside = ctx.text[sent.start:start] + " " * (end - start) + ctx.text[end:sent.end]
    m = re.search(r"\baccording to (?:the )?([A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|of|for))*)", outside)
    if m:
        name = m.group(1).rstrip(".,;:’'")
        return sent.start + m.start(1), sent.start + m.start(1) + len(name)
    return None


NAME = r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}"
LABEL_BEFORE = re.compile(rf"(?:^|\n)\s*({NAME})(?:,[^:“\"\n]{{0,60}})?:\s*(?:[“\"]|``)?$")
DASH_AFTER = re.compile(rf"^(?:[”\"]|'')?[.,]?\s*[—–―-]+\s*({NAME})")


def _labelled(ctx: DocContext, start: int, end: int) -> tuple[int, int] | None:
    """Transcript and caption forms: 'NAME: “…”' opening the paragraph, or '“…” — Name' after it."""
    para = next(((s, e) for s, e in ctx.ann.paragraphs if s <= start <= e), None)
    if para is None:
        return None
    m = LABEL_BEFORE.search(ctx.text[para[0]:start])
    if m:
        return para[0] + m.start(1), para[0] + m.end(1)
    m = DASH_AFTER.match(ctx.text[end:para[1]])
    if m:
        return end + m.start(1), end + m.end(1)
    return None


def _subject(ctx: DocContext, verb: Token) -> Token | None:
    seen = 0
    while verb is not None and seen < 3:
        subj = next((c for c in ctx.children(verb) if c.dep in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.text.lower() in ("who", "that", "which") and verb.dep == "relcl":
            return ctx.ann.tokens[verb.head]  # "Smith, who said …" → Smith
        if subj is not None:
            return subj
        if verb.dep in ("conj", "xcomp", "advcl", "ccomp", "parataxis") and verb.head != verb.i:
            verb = ctx.ann.tokens[verb.head]
            seen += 1
        else:
            return None
    return None


def _channel(ctx: DocContext, cue: Token | None, start: int, end: int) -> str | None:
    sent = ctx.sentence_at(cue.start if cue else start)
    if sent is None:
        return None
    text = ctx.text[sent.start:sent.end]
    blank = text[:max(0, start - sent.start)] + " " * max(0, min(end, sent.end) - max(start, sent.start)) + \
        text[max(0, end - sent.start):]
    for name, pattern in CHANNELS:
        if pattern.search(blank):
            return name
    return None


def extract_quotes(doc: Document, ann: Annotation, entities: Sequence[Entity]) -> list[Quote]:
    """Every direct quote of a speaker in the document, with speaker, cue and channel where stated."""
    ctx = DocContext(doc, ann, entities)
    quotes: list[Quote] = []
    previous: Quote | None = None
    for start, end, _closed in quote_spans(doc.text, ann.paragraphs):
        cue = _cue(ctx, start, end)
        speaker = speaker_span = None
        speaker_text = None
        source = (_according_to(ctx, start, end) or _labelled(ctx, start, end)) if cue is None else None
        if cue is not None:
            subj = _subject(ctx, cue)
            if subj is not None and not (start <= subj.start < end):
                ref = ctx.resolve_reference(subj, start)
                s, e = (subj.start, subj.end) if ref else ctx.phrase(subj)
                speaker_text = doc.text[s:e]
                speaker_span = ctx.span(s, e)
                hit = ref or ctx.entity_at(subj.start, subj.end) or ctx.person_by_surname(subj)
                speaker = hit[2] if hit else None
        elif source is not None:
            speaker_span = ctx.span(*source)
            speaker_text = speaker_span.text
            hit = ctx.entity_at(*source)
            speaker = hit[2] if hit else None
        if speaker_text is None and previous is not None and previous.speaker_text and \
                _continues(ann.paragraphs, previous, start):
            speaker, speaker_text, speaker_span = previous.speaker, previous.speaker_text, previous.speaker_span
            cue_token_span = previous.cue_span
        else:
            cue_token_span = ctx.span(cue.start, cue.end) if cue is not None else None
        words = _words(doc.text[start:end])
        if words < 3 or (speaker_text is None and words < MIN_WORDS_UNATTRIBUTED):
            continue  # a scare quote or a title, not somebody's words
        quote = Quote(
            id=stable_id("q", doc.id, start, end), doc=doc.id, start=start, end=end, text=doc.text[start:end],
            speaker=speaker, speaker_text=speaker_text, cue=cue.text.lower() if cue is not None else
            (previous.cue if cue_token_span is not None and previous else
             ("according to" if source and "according to" in doc.text[max(0, source[0] - 14):source[0]] else None)),
            channel=_channel(ctx, cue, start, end) or (previous.channel if cue is None and previous and
                                                        cue_token_span == previous.cue_span else None),
            direct=True, speaker_span=speaker_span, cue_span=cue_token_span)
        quotes.append(quote)
        previous = quote
    return quotes


def _continues(paragraphs: Sequence[tuple[int, int]], previous: Quote, start: int) -> bool:
    """A cue-less quote continues the previous speaker in the same paragraph (a quote split around its
    cue), or when it opens the paragraph right after the previous quote's paragraph."""
    def index(offset: int) -> int:
        return next((k for k, (s, e) in enumerate(paragraphs) if s <= offset <= e), -1)

    here, there = index(start), index(previous.end)
    if here == there:
        return True
    return here == there + 1 and start - paragraphs[here][0] <= 1


def speaker_spans(quotes: Sequence[Quote]) -> list[Span]:
    return [q.speaker_span for q in quotes if q.speaker_span is not None]
