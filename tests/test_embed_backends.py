"""The sentence model: unit vectors, paraphrases closer than unrelated sentences, backends agree."""

import numpy as np
import pytest

from crosswire.embed import GUARD, ExactEncoder, LazyEmbedder, TorchEmbedder, exact_cosines, onnx_path, settle

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
    assert np.max(np.abs(embedder.encode(SENTENCES) - ref)) < 1e-5  # fp32: the same vectors


def test_embed_exact_encoder_reproduces_the_reference_model():
    ref = TorchEmbedder(threads=1).encode(SENTENCES)
    exact = ExactEncoder().encode(SENTENCES)
    assert exact.dtype == np.float64
    assert np.max(np.abs(exact - ref)) < 1e-5


def test_embed_batch_composition_moves_cosines_far_less_than_the_guard(embedder):
    alone = np.vstack([embedder.encode([s]) for s in SENTENCES])
    batched = embedder.encode(SENTENCES + ["A much longer sentence that pads the batch " * 5])[:3]
    assert np.max(np.abs(alone @ alone.T - batched @ batched.T)) < GUARD / 10


class _Noisy:
    """An embedder whose fast cosines are off by a known amount; its exact path is the reference."""

    def __init__(self):
        self.calls = []

    def exact(self, texts):
        self.calls.append(list(texts))
        return ExactEncoder().encode(texts)


def test_embed_settle_recomputes_only_cosines_near_a_threshold():
    pairs = [(SENTENCES[0], SENTENCES[1]), (SENTENCES[0], SENTENCES[2])]
    truth = exact_cosines(_Noisy(), pairs)
    threshold = float(truth[0])  # the first pair sits exactly on the threshold
    noisy = truth + np.array([GUARD / 2, GUARD / 2])
    fake = _Noisy()
    settled = settle(fake, pairs, noisy, (threshold,))
    assert settled[0] == truth[0] and settled[1] == noisy[1]
    assert fake.calls == [sorted(pairs[0])]
    # without an exact path the values are kept as they are
    assert list(settle(object(), pairs, noisy, (threshold,))) == list(noisy)


def test_exact_vectors_do_not_depend_on_the_thread_count():
    from crosswire.embed import LazyEmbedder

    texts = ["Three drones attacked the residence.", "The prime minister was unharmed.", "He said so on Sunday.",
             "Seven guards were injured.", "Officials denied it.", "Iraq"] * 2
    one, two = LazyEmbedder(threads=1).exact(texts), LazyEmbedder(threads=2).exact(texts)
    assert one.shape == (12, 384) and np.array_equal(one, two)
    assert np.array_equal(one[:6], one[6:])
