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


def _records(doc_id: str, text: str, pieces: Sequence[tuple[int, object]]) -> Annotation:
    """Merge the per-paragraph Docs of one document into one Annotation with document offsets."""
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
            tokens.append(Token(
                i=base + t.i, start=offset + t.idx, end=offset + t.idx + len(t.text), text=t.text,
                lemma=t.lemma_ or t.text.lower(), pos=t.pos_, tag=t.tag_, dep=t.dep_, head=base + t.head.i,
                sent=sent_of.get(t.i, sent_base), ent_type=t.ent_type_, ent_iob=t.ent_iob_ or "O",
                like_num=t.like_num,
            ))
        for e in sdoc.ents:
            ents.append(EntSpan(offset + e.start_char, offset + e.end_char, e.text, e.label_,
                                base + e.start, base + e.end))
    return Annotation(doc_id, tuple(tokens), tuple(sentences), tuple(ents), paragraph_spans(text))


def annotate_texts(items: Sequence[tuple[str, str]], settings: Settings | None = None, nlp=None) -> list[Annotation]:
    """Annotate (doc_id, text) pairs. Each paragraph is its own spaCy Doc (senter and parser split
    multi-paragraph text badly otherwise); offsets are mapped back to the whole text."""
    settings = settings or Settings()
    nlp = nlp or load_pipeline()
    jobs: list[tuple[int, int, str]] = []  # (item index, paragraph offset, paragraph text)
    for k, (_doc_id, text) in enumerate(items):
        for start, end in paragraph_spans(text):
            jobs.append((k, start, text[start:end]))
    n_process = settings.n_process if len(jobs) >= 64 else 1
    docs = nlp.pipe((j[2] for j in jobs), batch_size=max(8, settings.batch_size), n_process=n_process)
    pieces: list[list[tuple[int, object]]] = [[] for _ in items]
    for (k, offset, _t), sdoc in zip(jobs, docs):
        pieces[k].append((offset, sdoc))
    return [_records(doc_id, text, pieces[k]) for k, (doc_id, text) in enumerate(items)]


def annotate(documents: Sequence[Document], settings: Settings | None = None, nlp=None) -> list[Annotation]:
    """One Annotation per Document, in the same order."""
    return annotate_texts([(d.id, d.text) for d in documents], settings, nlp)


def iter_sentences(ann: Annotation, text: str) -> Iterator[tuple[Sentence, str]]:
    for s in ann.sentences:
        yield s, text[s.start:s.end]


def tokens_of(ann: Annotation, sentence: Sentence) -> Iterable[Token]:
    return ann.tokens[sentence.token_start:sentence.token_end]
