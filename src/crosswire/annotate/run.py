"""Running the pipeline over many documents on all cores, and turning each Doc into records."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from crosswire.annotate.boundaries import abbreviation_inside, continuation_inside
from crosswire.annotate.clocks import clock_inside
from crosswire.annotate.model import load_pipeline
from crosswire.config import Settings
from crosswire.models import Annotation, Document, EntSpan, Sentence, Token

_PARA = re.compile(r"\n\s*\n")


def paragraph_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each paragraph: runs of text between blank lines, whitespace trimmed."""
    spans, pos = [], 0
    for m in list(_PARA.finditer(text)) + [None]:
        end = m.start() if m else len(text)
        chunk = text[pos:end]
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk.rstrip())
        if trail > lead:
            spans.append((pos + lead, pos + trail))
        if m:
            pos = m.end()
    return tuple(spans)


def _paragraph(sdoc) -> tuple[list, list, list]:
    """One parsed paragraph as plain tuples (picklable, no spaCy objects), offsets within the paragraph:
    sentences (start_char, end_char, token_start, token_end); tokens (idx, text, lemma, pos, tag, dep,
    head, sentence); entities (start_char, end_char, text, label, token_start, token_end)."""
    sentences, sent_of = [], {}
    inside = kept_inside(sdoc)
    for sent in sdoc.sents:
        if sentences and sent.start in inside:  # the parser split after "Mr ." or "4 .", or before ", but": one
            start_char, _end, start, _stop = sentences.pop()
            sentences.append((start_char, sent.end_char, start, sent.end))
        else:
            sentences.append((sent.start_char, sent.end_char, sent.start, sent.end))
        for t in range(sent.start, sent.end):
            sent_of[t] = len(sentences) - 1
    tokens = [(t.idx, t.text, t.lemma_, t.pos_, t.tag_, t.dep_, t.head.i, sent_of.get(t.i, 0), t.ent_type_,
               t.ent_iob_, t.like_num) for t in sdoc]
    ents = [(e.start_char, e.end_char, e.text, e.label_, e.start, e.end) for e in sdoc.ents]
    return sentences, tokens, ents


def kept_inside(sdoc) -> set[int]:
    """Tokens that cannot start a sentence ("Mr . Teixeira", "Nov . 30", "3 : 30 p . m .", ", but she"): the
    components before the parser mark them, but the parser may still end a sentence before one of them."""
    words, spaces = [t.text for t in sdoc], [bool(t.whitespace_) for t in sdoc]
    return clock_inside(words, spaces) | abbreviation_inside(words, spaces) | continuation_inside(words, spaces)


def _records(doc_id: str, text: str, pieces: Sequence[tuple[int, tuple]],
             strings: dict[str, str] | None = None) -> Annotation:
    """Merge the parsed paragraphs (:func:`_paragraph`) of one document into one Annotation with document
    offsets. ``strings`` shares one copy of each repeated string (tags, lemmas, common words) between
    records."""
    strings = {} if strings is None else strings
    one = strings.setdefault
    tokens: list[Token] = []
    sentences: list[Sentence] = []
    ents: list[EntSpan] = []
    for offset, (psents, ptokens, pents) in pieces:
        base = len(tokens)
        sent_base = len(sentences)
        for k, (start, end, tstart, tend) in enumerate(psents):
            sentences.append(Sentence(sent_base + k, offset + start, offset + end, base + tstart, base + tend))
        for i, (idx, word, lemma, pos, tag, dep, head, sent, ent_type, ent_iob, like_num) in enumerate(ptokens):
            word = one(word, word)
            lemma = lemma or word.lower()
            ent_iob = ent_iob or "O"
            tokens.append(Token(
                i=base + i, start=offset + idx, end=offset + idx + len(word), text=word,
                lemma=one(lemma, lemma), pos=one(pos, pos), tag=one(tag, tag), dep=one(dep, dep),
                head=base + head, sent=sent_base + sent, ent_type=one(ent_type, ent_type),
                ent_iob=one(ent_iob, ent_iob), like_num=like_num,
            ))
        for start, end, etext, label, tstart, tend in pents:
            ents.append(EntSpan(offset + start, offset + end, etext, one(label, label), base + tstart, base + tend))
    return Annotation(doc_id, tuple(tokens), tuple(sentences), tuple(ents), paragraph_spans(text))


_WORKER: dict = {}  # one worker process's pipeline, set when the process starts


def _start_worker(nlp, batch_size: int) -> None:
    _WORKER.update(nlp=nlp, batch_size=batch_size)


def _parse_in_worker(texts: list[str]) -> list[tuple[list, list, list]]:
    return [_paragraph(d) for d in _WORKER["nlp"].pipe(texts, batch_size=_WORKER["batch_size"])]


def _parse(texts: Sequence[str], nlp, batch_size: int, n_process: int) -> Iterator[tuple[list, list, list]]:
    """Each paragraph's :func:`_paragraph` tuples, in order. With several processes, each worker parses
    whole batches of ``batch_size`` paragraphs (the same batches as one process) and sends back plain
    tuples, so no spaCy Doc is serialised and the parent does no parsing work."""
    if n_process <= 1:
        for sdoc in nlp.pipe(texts, batch_size=batch_size):
            yield _paragraph(sdoc)
        return
    import multiprocessing

    step = batch_size * 2  # a task: two batches, parsed by one nlp.pipe call in one worker (small tasks keep
    # both workers busy to the end)
    tasks = [list(texts[i:i + step]) for i in range(0, len(texts), step)]
    with multiprocessing.get_context("fork").Pool(n_process, _start_worker, (nlp, batch_size)) as pool:
        for records in pool.imap(_parse_in_worker, tasks):
            yield from records


def iter_annotations(items: Sequence[tuple[str, str]], settings: Settings | None = None,
                     nlp=None) -> Iterator[Annotation]:
    """Annotate (doc_id, text) pairs, yielding each document's records as soon as its last paragraph is
    parsed: spaCy Docs are dropped right away, so memory holds only compact records. Each paragraph is
    its own spaCy Doc (senter and parser split multi-paragraph text badly otherwise); offsets are mapped
    back to the whole text."""
    settings = settings or Settings()
    nlp = nlp or load_pipeline()
    spans = [paragraph_spans(text) for _doc_id, text in items]
    n_jobs = sum(len(s) for s in spans)
    n_process = settings.n_process if n_jobs >= 64 else 1
    owner = [(k, start) for k, s in enumerate(spans) for start, _end in s]
    texts = [text[start:end] for (_doc_id, text), s in zip(items, spans) for start, end in s]
    parsed = _parse(texts, nlp, max(8, settings.batch_size), n_process)
    strings: dict[str, str] = {}
    done = 0  # items before this one are already yielded
    pieces: list[tuple[int, tuple]] = []
    for record, (k, offset) in zip(parsed, owner):
        while done < k:  # the previous document is complete (or had no paragraph at all)
            yield _records(*items[done], pieces, strings)
            pieces, done = [], done + 1
        pieces.append((offset, record))
    while done < len(items):
        yield _records(*items[done], pieces, strings)
        pieces, done = [], done + 1


def annotate_texts(items: Sequence[tuple[str, str]], settings: Settings | None = None, nlp=None) -> list[Annotation]:
    """One Annotation per (doc_id, text) pair, in the same order (see :func:`iter_annotations`)."""
    return list(iter_annotations(items, settings, nlp))


def annotate(documents: Sequence[Document], settings: Settings | None = None, nlp=None) -> list[Annotation]:
    """One Annotation per Document, in the same order."""
    return annotate_texts([(d.id, d.text) for d in documents], settings, nlp)


def iter_sentences(ann: Annotation, text: str) -> Iterator[tuple[Sentence, str]]:
    for s in ann.sentences:
        yield s, text[s.start:s.end]


def tokens_of(ann: Annotation, sentence: Sentence) -> Iterable[Token]:
    return ann.tokens[sentence.token_start:sentence.token_end]
