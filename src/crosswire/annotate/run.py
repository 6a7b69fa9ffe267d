"""Running the pipeline over many documents on all cores, and turning each Doc into records."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

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


def _records(doc_id: str, text: str, pieces: Sequence[tuple[int, object]],
             strings: dict[str, str] | None = None) -> Annotation:
    """Merge the per-paragraph Docs of one document into one Annotation with document offsets.
    ``strings`` shares one copy of each repeated string (tags, lemmas, common words) between records."""
    strings = {} if strings is None else strings
    one = strings.setdefault
    tokens: list[Token] = []
    sentences: list[Sentence] = []
    ents: list[EntSpan] = []
    for offset, sdoc in pieces:
        base = len(tokens)
        sent_base = len(sentences)
        sent_of = {}
        for k, sent in enumerate(sdoc.sents):
            sentences.append(Sentence(sent_base + k, offset + sent.start_char, offset + sent.end_char,
                                      base + sent.start, base + sent.end))
            for t in range(sent.start, sent.end):
                sent_of[t] = sent_base + k
        for t in sdoc:
            word = one(t.text, t.text)
            tokens.append(Token(
                i=base + t.i, start=offset + t.idx, end=offset + t.idx + len(word), text=word,
                lemma=one(t.lemma_ or word.lower(), t.lemma_ or word.lower()), pos=one(t.pos_, t.pos_),
                tag=one(t.tag_, t.tag_), dep=one(t.dep_, t.dep_), head=base + t.head.i,
                sent=sent_of.get(t.i, sent_base), ent_type=one(t.ent_type_, t.ent_type_),
                ent_iob=one(t.ent_iob_ or "O", t.ent_iob_ or "O"), like_num=t.like_num,
            ))
        for e in sdoc.ents:
            ents.append(EntSpan(offset + e.start_char, offset + e.end_char, e.text, one(e.label_, e.label_),
                                base + e.start, base + e.end))
    return Annotation(doc_id, tuple(tokens), tuple(sentences), tuple(ents), paragraph_spans(text))


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
    jobs = ((text[start:end], (k, start)) for k, (_doc_id, text) in enumerate(items) for start, end in spans[k])
    docs = nlp.pipe(jobs, as_tuples=True, batch_size=max(8, settings.batch_size), n_process=n_process)
    strings: dict[str, str] = {}
    done = 0  # items before this one are already yielded
    pieces: list[tuple[int, object]] = []
    for sdoc, (k, offset) in docs:
        while done < k:  # the previous document is complete (or had no paragraph at all)
            yield _records(*items[done], pieces, strings)
            pieces, done = [], done + 1
        pieces.append((offset, sdoc))
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
