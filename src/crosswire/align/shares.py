"""Shared passages between documents (syndicated wire copy, copied paragraphs) with MinHash LSH."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

import numpy as np

from crosswire.models import Document, Share

WORD = re.compile(r"\w+")
SHINGLE = 5
NUM_PERM = 64
THRESHOLD = 0.5  # a light rewrite keeps a Jaccard near 0.6; 0.8 would miss it


def _shingles(text: str) -> set[bytes]:
    words = WORD.findall(text.lower())
    if len(words) < SHINGLE:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i:i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1)}


def passages(doc: Document) -> list[tuple[int, int]]:
    """Paragraph spans of a document (the unit that gets copied)."""
    out, pos = [], 0
    for para in doc.text.split("\n\n"):
        if len(WORD.findall(para)) >= 8:
            out.append((pos, pos + len(para)))
        pos += len(para) + 2
    return out


Links = dict[tuple[str, int], set[tuple[str, int]]]


def shared_passages(documents: Sequence[Document]) -> Links:
    """(doc, passage start) → the passages of other documents that are near-copies of it."""
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    keys, sets = [], {}
    batch = []
    for doc in documents:
        for start, end in passages(doc):
            sh = _shingles(doc.text[start:end])
            if sh:
                keys.append((doc.id, start))
                sets[(doc.id, start)] = sh
                batch.append(list(sh))
    hashes = MinHash.bulk(batch, num_perm=NUM_PERM, seed=1) if batch else []
    for key, mh in zip(keys, hashes):
        lsh.insert(f"{key[0]}|{key[1]}", mh)
    links: dict[tuple[str, int], set[tuple[str, int]]] = defaultdict(set)
    for key, mh in zip(keys, hashes):
        for other in lsh.query(mh):
            doc_id, start = other.rsplit("|", 1)
            okey = (doc_id, int(start))
            if okey[0] == key[0]:
                continue
            a, b = sets[key], sets[okey]
            if len(a & b) / max(1, len(a | b)) >= THRESHOLD:
                links[key].add(okey)
    return links


def find_shares(documents: Sequence[Document], links: Links | None = None) -> dict[str, tuple[Share, ...]]:
    """For each document, the other documents it shares text with and the fraction of its text shared
    (``links`` from :func:`shared_passages`, computed here when not given)."""
    links = shared_passages(documents) if links is None else links
    lengths = {d.id: max(1, len(d.text)) for d in documents}
    ends = {(d.id, s): e for d in documents for s, e in passages(d)}
    shared_chars: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for (doc_id, start), others in links.items():
        for other_doc in {o[0] for o in others}:
            shared_chars[doc_id][other_doc] += ends[(doc_id, start)] - start
    return {doc_id: tuple(Share(o, round(float(np.clip(n / lengths[doc_id], 0, 1)), 3))
                          for o, n in sorted(by_doc.items()))
            for doc_id, by_doc in shared_chars.items()}


def text_signature(text: str):
    """MinHash of a whole text's word 5-grams (the same shingles and hash family as passages), or None for
    a text too short to have any."""
    from datasketch import MinHash

    sh = _shingles(text)
    if not sh:
        return None
    return MinHash.bulk([list(sh)], num_perm=NUM_PERM, seed=1)[0]
