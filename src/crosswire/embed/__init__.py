"""Sentence embeddings behind a small protocol, so backends can be swapped.

Default: the fp32 ONNX export of all-MiniLM-L6-v2 made at set-up (onnxruntime, loads in well under a
second; the same vectors as sentence-transformers to ~1e-7); fallback: the same model through
sentence-transformers and torch. Cosines that fall within ``GUARD`` of a decision threshold are
recomputed in float64 by :class:`~crosswire.embed.exact.ExactEncoder` (:func:`settle`), so no decision
depends on the CPU's instruction set, the thread count or how texts were batched.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Protocol

import numpy as np

from crosswire.embed.base import DIMENSIONS, MODEL_NAME, model_folder, onnx_path
from crosswire.embed.exact import GUARD, ExactEncoder, near, near_each


class Embedder(Protocol):
    name: str

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Unit-length float32 vectors, one row per text."""
        ...


class OnnxEmbedder:
    """all-MiniLM-L6-v2 as an fp32 ONNX graph (pooling and normalisation inside) on onnxruntime."""

    name = f"{MODEL_NAME} (onnx fp32)"

    def __init__(self, threads: int = 2, batch_size: int = 32, path=None):
        import onnxruntime as ort
        from tokenizers import Tokenizer

        options = ort.SessionOptions()
        # each run on one thread, ``threads`` batches at a time (one session is safe to run from several
        # threads): small batches split over cores better this way than each run over both cores
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        self._threads = max(1, threads)
        self._session = ort.InferenceSession(str(path or onnx_path()), options, providers=["CPUExecutionProvider"])
        self._tokenizer = Tokenizer.from_file(os.path.join(model_folder(), "tokenizer.json"))
        self._tokenizer.enable_truncation(256)
        self._tokenizer.no_padding()  # batches are padded here, to their longest text
        self._batch_size = batch_size

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        # each distinct text is run once; texts of the same number of tokens share a batch (padding
        # costs almost nothing); batches depend on the set of texts only, never on their order or repeats
        distinct = sorted(set(texts))
        ids_of = [e.ids for e in self._tokenizer.encode_batch(distinct)]
        order = sorted(range(len(distinct)), key=lambda k: (len(ids_of[k]), distinct[k]))
        vectors = np.zeros((len(distinct), DIMENSIONS), dtype=np.float32)
        batches = [order[i:i + self._batch_size] for i in range(0, len(order), self._batch_size)]

        def run(batch: list[int]) -> np.ndarray:
            width = max(len(ids_of[k]) for k in batch)
            ids = np.zeros((len(batch), width), dtype=np.int64)
            mask = np.zeros((len(batch), width), dtype=np.int64)
            for r, k in enumerate(batch):
                ids[r, :len(ids_of[k])] = ids_of[k]
                mask[r, :len(ids_of[k])] = 1
            return self._session.run(None, {"input_ids": ids, "attention_mask": mask,
                                            "token_type_ids": np.zeros_like(ids)})[0]

        if self._threads > 1 and len(batches) > 1:
            from concurrent.futures import ThreadPoolExecutor

            with ThreadPoolExecutor(min(self._threads, len(batches))) as pool:
                results = list(pool.map(run, batches))
        else:
            results = [run(batch) for batch in batches]
        for batch, result in zip(batches, results):
            vectors[batch] = result
        row = {t: k for k, t in enumerate(distinct)}
        return vectors[np.array([row[t] for t in texts], dtype=np.int64)]


class TorchEmbedder:
    """all-MiniLM-L6-v2 through sentence-transformers and torch, loaded offline from its package folder."""

    name = f"{MODEL_NAME} (torch)"

    def __init__(self, threads: int = 2, batch_size: int = 32):
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        import torch
        from sentence_transformers import SentenceTransformer

        torch.set_num_threads(threads)
        self._batch_size = batch_size
        self._model = SentenceTransformer(model_folder(), device="cpu")

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        return self._model.encode(list(texts), batch_size=self._batch_size, normalize_embeddings=True,
                                  convert_to_numpy=True, show_progress_bar=False).astype(np.float32)


def MiniLMEmbedder(threads: int = 2, batch_size: int = 32) -> Embedder:
    """The default backend: the ONNX export when set-up made it, else torch."""
    if onnx_path().exists():
        return OnnxEmbedder(threads=threads, batch_size=batch_size)
    return TorchEmbedder(threads=threads, batch_size=batch_size)


class LazyEmbedder:
    """Loads the default backend on first use, so runs that never embed pay nothing; ``exact`` loads the
    float64 arbiter on first use."""

    name = MODEL_NAME

    def __init__(self, threads: int = 2, batch_size: int = 32):
        self._args = (threads, batch_size)
        self._inner: Embedder | None = None
        self._exact: ExactEncoder | None = None

    def exact(self, texts: Sequence[str]) -> np.ndarray:
        """float64 vectors that do not depend on the CPU, threads or batching (slow: a few texts only)."""
        from threadpoolctl import threadpool_limits

        if self._exact is None:
            self._exact = ExactEncoder()
        threads = min(self._args[0], len(texts) // 4)
        with threadpool_limits(1):  # tiny matrices: one BLAS thread is fastest and never oversubscribes
            if threads <= 1:
                return self._exact.encode(texts)
            # each text is computed alone whatever thread runs it, so the vectors do not depend on threads
            from concurrent.futures import ThreadPoolExecutor

            with ThreadPoolExecutor(threads) as pool:
                parts = list(pool.map(self._exact.encode, [texts[k::threads] for k in range(threads)]))
            out = np.zeros((len(texts), parts[0].shape[1]), dtype=np.float64)
            for k, part in enumerate(parts):
                out[k::threads] = part
            return out

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not len(texts):
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        if self._inner is None:
            self._inner = MiniLMEmbedder(*self._args)
        return self._inner.encode(texts)


def exact_cosines(embedder, pairs: Sequence[tuple[str, str]]) -> np.ndarray | None:
    """The float64 cosine of each text pair, the same on every machine; None for embedders without an
    exact path (test stubs)."""
    exact = getattr(embedder, "exact", None)
    if exact is None:
        return None
    texts = sorted({t for pair in pairs for t in pair})
    vectors = dict(zip(texts, exact(texts)))
    return np.array([float(vectors[a] @ vectors[b]) for a, b in pairs], dtype=np.float64)


def settle(embedder, pairs: Sequence[tuple[str, str]], cosines: np.ndarray,
           thresholds: Sequence[float]) -> np.ndarray:
    """``cosines`` (one per text pair) with every value within GUARD of a threshold replaced by the
    exact float64 cosine, so that comparing the result with those thresholds gives the same answer on
    every machine."""
    return settle_where(embedder, pairs, cosines, near(cosines, thresholds))


def settle_where(embedder, pairs: Sequence[tuple[str, str]], cosines: np.ndarray, close: np.ndarray) -> np.ndarray:
    """``cosines`` with the values where ``close`` is true replaced by the exact float64 cosine (for
    callers whose thresholds differ from pair to pair, see :func:`near_each`)."""
    cosines = np.asarray(cosines, dtype=np.float64)
    close = np.flatnonzero(close)
    exact = exact_cosines(embedder, [pairs[k] for k in close]) if len(close) else None
    if exact is None:
        return cosines
    out = cosines.copy()
    out[close] = exact
    return out


__all__ = ["GUARD", "ExactEncoder", "exact_cosines", "near", "near_each", "settle", "settle_where", "DIMENSIONS", "Embedder", "LazyEmbedder", "MiniLMEmbedder", "OnnxEmbedder", "TorchEmbedder",
           "model_folder", "onnx_path"]
