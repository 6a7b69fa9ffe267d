"""all-MiniLM-L6-v2 computed in float64 with numpy: the arbiter for decisions near a threshold.

The fast backend (fp32 ONNX) gives cosines that differ by up to ~1e-6 between instruction sets (AVX2,
AVX-512, VNNI), thread counts and batch compositions, because kernels sum in different orders. A
decision such as "cosine ≥ 0.8" would then flip between machines whenever a cosine lies that close to
the threshold. crosswire therefore recomputes every cosine that falls within :data:`GUARD` of a
threshold here, in float64 (rounding noise ~1e-13, far below any gap that matters), one text at a time
(no padding, no batch effects), and decides on that value. The forward pass is BERT as in
``transformers.BertModel`` (post-layer-norm, exact erf GELU) followed by sentence-transformers' mean
pooling and L2 normalisation; ``tests/test_embed_backends.py`` checks it against the torch reference.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Sequence

import numpy as np
from scipy.special import erf

from crosswire.embed.base import model_folder

GUARD = 1e-4  # cosines closer than this to a threshold are recomputed here (fp32 noise is ~1e-6)


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    mean = x.mean(axis=-1, keepdims=True)
    var = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * weight + bias


class ExactEncoder:
    """Unit-length float64 sentence vectors, one text at a time."""

    def __init__(self, folder: str | None = None):
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        folder = folder or model_folder()
        with open(os.path.join(folder, "config.json"), encoding="utf-8") as fh:
            config = json.load(fh)
        self._heads = int(config["num_attention_heads"])
        self._layers = int(config["num_hidden_layers"])
        self._eps = float(config["layer_norm_eps"])
        weights = load_file(os.path.join(folder, "model.safetensors"))
        # dense weights stored transposed (in × out) and contiguous: x @ W is then one plain GEMM
        self._w = {k: np.ascontiguousarray(v.T if k.endswith("dense.weight") or "attention.self" in k and
                                           k.endswith(".weight") else v, dtype=np.float64)
                   for k, v in weights.items() if not k.startswith("pooler") and k != "embeddings.position_ids"}
        self._tokenizer = Tokenizer.from_file(os.path.join(folder, "tokenizer.json"))
        self._tokenizer.enable_truncation(256)
        self._tokenizer.no_padding()

    def _forward(self, ids: list[int]) -> np.ndarray:
        w, n = self._w, len(ids)
        x = (w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][:n]
             + w["embeddings.token_type_embeddings.weight"][0])
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"], self._eps)
        dim = x.shape[1] // self._heads
        for i in range(self._layers):
            p = f"encoder.layer.{i}."

            def dense(h, name):
                return h @ w[p + name + ".weight"] + w[p + name + ".bias"]

            q, k, v = (dense(x, f"attention.self.{m}").reshape(n, self._heads, dim).transpose(1, 0, 2)
                       for m in ("query", "key", "value"))
            scores = q @ k.transpose(0, 2, 1) / math.sqrt(dim)
            scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
            context = (scores / scores.sum(axis=-1, keepdims=True)) @ v
            context = context.transpose(1, 0, 2).reshape(n, -1)
            x = _layer_norm(dense(context, "attention.output.dense") + x, w[p + "attention.output.LayerNorm.weight"],
                            w[p + "attention.output.LayerNorm.bias"], self._eps)
            h = dense(x, "intermediate.dense")
            h = 0.5 * h * (1.0 + erf(h / math.sqrt(2.0)))
            x = _layer_norm(dense(h, "output.dense") + x, w[p + "output.LayerNorm.weight"],
                            w[p + "output.LayerNorm.bias"], self._eps)
        mean = x.mean(axis=0)
        return mean / max(float(np.linalg.norm(mean)), 1e-12)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self._w["embeddings.word_embeddings.weight"].shape[1]), dtype=np.float64)
        for k, text in enumerate(texts):
            out[k] = self._forward(self._tokenizer.encode(text).ids)
        return out


def near(values: np.ndarray | float, thresholds: Sequence[float]) -> np.ndarray:
    """Which cosines lie within GUARD of any threshold (those must be settled exactly)."""
    values = np.asarray(values, dtype=np.float64)
    close = np.zeros(values.shape, dtype=bool)
    for t in thresholds:
        close |= np.abs(values - t) < GUARD
    return close


def near_each(values: np.ndarray, thresholds: np.ndarray) -> np.ndarray:
    """Which cosines lie within GUARD of their own threshold (one threshold per value)."""
    return np.abs(np.asarray(values, dtype=np.float64) - np.asarray(thresholds, dtype=np.float64)) < GUARD
