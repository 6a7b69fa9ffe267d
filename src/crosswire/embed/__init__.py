"""Sentence embeddings behind a small protocol, so backends can be swapped.

Default: the int8 ONNX export of all-MiniLM-L6-v2 made at set-up (onnxruntime, loads in well under a
second); fallback: the same model through sentence-transformers and torch.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Protocol

import numpy as np

from crosswire.embed.base import DIMENSIONS, MODEL_NAME, model_folder, onnx_path


class Embedder(Protocol):
    name: str

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Unit-length float32 vectors, one row per text."""
        ...


class OnnxEmbedder:
    """all-MiniLM-L6-v2 as an int8 ONNX graph (pooling and normalisation inside) on onnxruntime."""

    name = f"{MODEL_NAME} (onnx int8)"

    def __init__(self, threads: int = 2, batch_size: int = 32, path=None):
        import onnxruntime as ort
        from tokenizers import Tokenizer

        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        self._session = ort.InferenceSession(str(path or onnx_path()), options, providers=["CPUExecutionProvider"])
        self._tokenizer = Tokenizer.from_file(os.path.join(model_folder(), "tokenizer.json"))
        self._tokenizer.enable_truncation(256)
        self._tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
        self._batch_size = batch_size

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        order = np.argsort([len(t) for t in texts], kind="stable")  # similar lengths share a batch
        for i in range(0, len(texts), self._batch_size):
            idx = order[i:i + self._batch_size]
            enc = self._tokenizer.encode_batch([texts[j] for j in idx])
            ids = np.array([e.ids for e in enc], dtype=np.int64)
            mask = np.array([e.attention_mask for e in enc], dtype=np.int64)
            out[idx] = self._session.run(None, {"input_ids": ids, "attention_mask": mask,
                                                "token_type_ids": np.zeros_like(ids)})[0]
        return out


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
    """Loads the default backend on first use, so runs that never embed pay nothing."""

    name = MODEL_NAME

    def __init__(self, threads: int = 2, batch_size: int = 32):
        self._args = (threads, batch_size)
        self._inner: Embedder | None = None

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not len(texts):
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        if self._inner is None:
            self._inner = MiniLMEmbedder(*self._args)
        return self._inner.encode(texts)


__all__ = ["DIMENSIONS", "Embedder", "LazyEmbedder", "MiniLMEmbedder", "OnnxEmbedder", "TorchEmbedder",
           "model_folder", "onnx_path"]
