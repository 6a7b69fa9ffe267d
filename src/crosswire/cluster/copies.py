"""Copies: the same article text (exact) or a near-copy of it (MinHash LSH over word 5-grams, the shingles
that shared passages use). A copy is linked to its original — the earlier document in canonical order —
joins the original's story and counts as one origin with it."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from crosswire.align.shares import NUM_PERM, text_signature

SCHEME = "affine32"  # the hash scheme text_signature's MinHash.bulk uses
COPY_THRESHOLD = 0.8  # estimated Jaccard of word 5-grams: a light edit of a wire story stays above it


@dataclass(frozen=True, slots=True)
class CopyOf:
    original: str
    similarity: float
    kind: str  # exact | near


def text_sha(text: str) -> str:
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def signature_bytes(text: str) -> bytes | None:
    mh = text_signature(text)
    return None if mh is None else np.asarray(mh.hashvalues, dtype=np.uint64).tobytes()


def _minhash(values: np.ndarray):
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=1, hashvalues=values, scheme=SCHEME)


class CopyFinder:
    """Originals seen so far, by exact text hash and by MinHash signature."""

    def __init__(self, originals: Iterable[tuple[str, str, bytes | None]] = ()):
        from datasketch import MinHashLSH

        self._lsh = MinHashLSH(threshold=COPY_THRESHOLD, num_perm=NUM_PERM)
        self._by_sha: dict[str, str] = {}
        self._signatures: dict[str, np.ndarray] = {}
        for doc_id, sha, signature in originals:
            self.add(doc_id, sha, signature)

    def add(self, doc_id: str, sha: str, signature: bytes | None) -> None:
        self._by_sha.setdefault(sha, doc_id)
        if signature is not None and doc_id not in self._signatures:
            values = np.frombuffer(signature, dtype=np.uint64)
            self._signatures[doc_id] = values
            self._lsh.insert(doc_id, _minhash(values))

    def find(self, sha: str, signature: bytes | None) -> CopyOf | None:
        """The original this text copies, if any (most similar; ties: smaller id)."""
        if sha in self._by_sha:
            return CopyOf(self._by_sha[sha], 1.0, "exact")
        if signature is None:
            return None
        values = np.frombuffer(signature, dtype=np.uint64)
        best = None
        for other in sorted(self._lsh.query(_minhash(values))):
            similarity = round(float(np.mean(values == self._signatures[other])), 4)
            if similarity >= COPY_THRESHOLD and (best is None or similarity > best[1]):
                best = (other, similarity)
        return CopyOf(best[0], best[1], "near") if best else None
