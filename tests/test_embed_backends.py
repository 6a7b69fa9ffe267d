"""The sentence model: unit vectors, paraphrases closer than unrelated sentences, backends agree."""

import numpy as np
import pytest

from crosswire.embed import LazyEmbedder, TorchEmbedder, onnx_path

SENTENCES = ["Three drones attacked the residence of the prime minister.",
             "The prime minister's house was hit by three drones.",
             "The central bank raised interest rates by half a point."]


def test_embed_default_backend_gives_unit_vectors_that_rank_paraphrases_first(embedder):
    v = embedder.encode(SENTENCES)
    assert v.shape == (3, 384) and v.dtype == np.float32
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-3)
    assert v[0] @ v[1] > v[0] @ v[2] + 0.3


def test_embed_lazy_backend_costs_nothing_for_empty_input():
    lazy = LazyEmbedder()
    assert lazy.encode([]).shape == (0, 384)
    assert lazy._inner is None


@pytest.mark.skipif(not onnx_path().exists(), reason="ONNX export not made (run make setup)")
def test_embed_onnx_export_agrees_with_torch(embedder):
    ref = TorchEmbedder(threads=2).encode(SENTENCES)
    assert np.min(np.sum(embedder.encode(SENTENCES) * ref, axis=1)) > 0.97
