"""Statements: the factual units of an article, each with who it comes from (and through which outlets)
and how certain the article makes it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from crosswire.models import Annotation, Attribution, Document, Entity, Quote, Span, Statement, Token, stable_id

from crosswire.attribute.context import DocContext
from crosswire.attribute.furniture import is_furniture
from crosswire.attribute.lexicon import CUE_LEMMAS, DOCUMENT_WORDS, HEDGES, PRONOUNS, RELATIVES

OUTLET_WORD = re.compile(r"(?:News|Times|Post|Journal|Press|Agency|Reuters|AFP|AP|CNN|BBC|NBC|CBS|ABC|Fox|Radio|"
                         r"Television|TV|Telegraph|Guardian|Herald|Tribune|Gazette|Daily|Network|Wire|Jazeera|"
                         r"Bloomberg|Axios|Politico|Magazine|Media|IRNA|Xinhua|Tass|Interfax)$")
TOLD = re.compile(r"\btold\s+(?:the\s+)?((?:[A-Z][\w.&'’-]*\s*){1,4})")
ACCORDING = re.compile(r"\baccording to\s+(?:the\s+)?((?:[A-Z][\w.&'’-]*\s*|of\s+){1,6})")
CLAUSE_SPLIT = re.compile(r";\s+")


def _is_outlet(name: str, cites: Sequence[str]) -> bool:
    name = name.strip(" ,.;:’'")
    return bool(name) and (any(name in c or c in name for c in cites) or
                           bool(OUTLET_WORD.search(re.sub(r"[’']s$", "", name.split()[-1]))))


def _clean(name: str) -> str:
    return re.sub(r"[’']s$", "", name.strip(" ,.;:’'"))


def _certainty(text: str, start: int, doc_id: str) -> tuple[str, Span | None]:
    for label, pattern in HEDGES:
        m = pattern.search(text)
        if m:
            return label, Span(doc_id, start + m.start(), start + m.end(), m.group(0))
    return "asserted", None


def _source(ctx: DocContext, tokens: Sequence[Token], start: int, end: int, quote_ranges) -> Attribution:
    """Who the sentence says the information comes from."""
    text = ctx.text[start:end]
    cites = ctx.doc.cites
    via: list[str] = []
    for m in TOLD.finditer(text):
        name = _clean(m.group(1))
        if _is_outlet(name, cites):
            via.append(name)
    according = ACCORDING.search(text)
    if according and _is_outlet(according.group(1), cites):
        name = _clean(according.group(1))
        if name not in via:
            via.append(name)
    cues = [t for t in tokens if t.lemma.lower() in CUE_LEMMAS and t.pos in ("VERB", "AUX")
            and not any(a <= t.start < b for a, b in quote_ranges)
            and t.lemma.lower() not in ("describe", "call", "continue")]
    # the main clause's reporting verb first, not one inside a relative clause
    cues.sort(key=lambda t: (t.dep != "ROOT", t.dep in ("relcl", "acl", "advcl"), t.i))
    cue = cues[0] if cues else None
    subject = None
    if cue is not None:
        subject = next((c for c in ctx.children(cue) if c.dep in ("nsubj", "nsubjpass")), None)
    if subject is None and according is not None:
        name = _clean(according.group(1))
        s = start + according.start(1)
        kind = "outlet" if _is_outlet(name, cites) else "named"
        hit = ctx.entity_at(s, s + len(name))
        return Attribution(kind, name, hit[2] if hit else None, tuple(via) if kind == "outlet" else tuple(via),
                           ctx.span(s, s + len(name)))
    if subject is None:
        if DOCUMENT_WORDS.search(text):
            m = DOCUMENT_WORDS.search(text)
            return Attribution("document", m.group(0), None, tuple(via), ctx.span(start + m.start(), start + m.end()))
        return Attribution("self", None, None, tuple(via))
    ref = ctx.resolve_reference(subject, subject.start)
    s, e = (subject.start, subject.end) if ref else ctx.phrase(subject)
    source_text = ctx.text[s:e]
    hit = ref or ctx.entity_at(subject.start, subject.end) or ctx.person_by_surname(subject)
    if _is_outlet(source_text, cites) and subject.pos == "PROPN":
        name = _clean(source_text)
        return Attribution("outlet", name, hit[2] if hit else None, tuple(dict.fromkeys([name] + via)), ctx.span(s, e))
    if subject.text.lower() in RELATIVES or (subject.text.lower() in PRONOUNS and not hit):
        return Attribution("self", None, None, tuple(via))
    if not hit and subject.pos != "PROPN":
        return Attribution("anonymous", source_text, None, tuple(via), ctx.span(s, e))
    return Attribution("named", source_text, hit[2] if hit else None, tuple(via), ctx.span(s, e))


def extract_statements(doc: Document, ann: Annotation, entities: Sequence[Entity],
                       quotes: Sequence[Quote] = ()) -> list[Statement]:
    """One statement per sentence, or per clause where a semicolon joins two; each with attribution,
    certainty and the hedge word that sets it. Page furniture (captions, credits, bylines, link labels,
    verbless fragments) stays in the text but is never a statement."""
    ctx = DocContext(doc, ann, entities)
    quote_ranges = [(q.start, q.end) for q in quotes]
    out: list[Statement] = []
    for sent in ann.sentences:
        text = doc.text[sent.start:sent.end]
        if len(re.findall(r"\w+", text)) < 4:
            continue
        tokens = ctx.tokens(sent)
        if is_furniture(text, tokens):
            continue
        attribution = _source(ctx, tokens, sent.start, sent.end, quote_ranges)
        pieces, pos = [], 0
        for m in CLAUSE_SPLIT.finditer(text):
            pieces.append((pos, m.start()))
            pos = m.end()
        pieces.append((pos, len(text.rstrip())))
        quote_id = next((q.id for q in quotes if q.start < sent.end and sent.start < q.end), None)
        for a, b in pieces:
            start, end = sent.start + a, sent.start + b
            if len(re.findall(r"\w+", doc.text[start:end])) < 3:
                continue
            certainty, hedge = _certainty(doc.text[start:end], start, doc.id)
            if attribution.kind == "outlet" and certainty == "asserted":
                certainty = "reported"
            out.append(Statement(id=stable_id("st", doc.id, start, end), doc=doc.id, start=start, end=end,
                                 text=doc.text[start:end], sentence=sent.index, attribution=attribution,
                                 certainty=certainty, hedge=hedge, quote=quote_id))
    return out
