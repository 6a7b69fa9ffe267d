"""Small builders for claims tests: documents and statements from plain sentences, a bag-of-words embedder."""

from __future__ import annotations

import hashlib
import re

import numpy as np

from crosswire.models import Attribution, Claim, Document, Statement, stable_id


def make_doc(doc_id: str, sentences: list[str], outlet: str | None = None, published=None) -> Document:
    text = " ".join(sentences)
    return Document(id=doc_id, source=doc_id, sha256=doc_id, title=doc_id, text=text, outlet=outlet,
                    published=published)


def statements_of(doc: Document, via: dict[int, tuple[str, ...]] | None = None) -> list[Statement]:
    out = []
    for k, m in enumerate(re.finditer(r"[^.!?]+[.!?]", doc.text)):
        start = m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
        v = (via or {}).get(k, ())
        att = Attribution("outlet", text=v[-1], via=v) if v else Attribution("self")
        out.append(Statement(id=stable_id("s", doc.id, start), doc=doc.id, start=start, end=m.end(),
                             text=doc.text[start:m.end()], sentence=k, attribution=att))
    return out


def one_claim_each(statements: list[Statement]) -> list[Claim]:
    return [Claim(id=stable_id("c", s.id), text=s.text, statements=(s,), docs=(s.doc,), independent_sources=1,
                  status="single-source") for s in statements]


class BagEmbedder:
    """Hashed bag of lower-cased words, unit rows: equal wording → cosine 1."""

    def encode(self, texts):
        out = np.zeros((len(texts), 256), dtype=np.float32)
        for i, t in enumerate(texts):
            for w in re.findall(r"\w+", t.lower()):
                out[i, int(hashlib.md5(w.encode()).hexdigest(), 16) % 256] += 1
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.maximum(norms, 1e-9)
