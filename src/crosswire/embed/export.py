"""Export all-MiniLM-L6-v2 (from its PyPI package) to an fp32 ONNX graph, once, at set-up.

    python -m crosswire.embed.export        # run by `make setup`; idempotent

The graph includes mean pooling and L2 normalisation, so it returns the sentence-transformers vectors
(to ~1e-7) and loads in a fraction of a second without torch. fp32, not int8: int8 kernels round
differently on AVX2 and AVX-512 VNNI (cosines move by up to 0.03-0.06), fp32 kernels only by ~1e-6,
which the float64 arbiter (crosswire.embed.exact) settles where it matters.
Needs torch, transformers and onnx, which the set-up installs; the product reads the file with onnxruntime.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from crosswire.embed.base import model_folder, onnx_path


def export(target: Path | None = None, force: bool = False) -> Path:
    target = target or onnx_path()
    if target.exists() and not force:
        return target
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import torch
    from transformers import AutoModel, AutoTokenizer

    folder = model_folder()
    tokenizer = AutoTokenizer.from_pretrained(folder)
    model = AutoModel.from_pretrained(folder).eval()

    class Pooled(torch.nn.Module):
        def __init__(self, inner):
            super().__init__()
            self.inner = inner

        def forward(self, input_ids, attention_mask, token_type_ids):
            hidden = self.inner(input_ids=input_ids, attention_mask=attention_mask,
                                token_type_ids=token_type_ids).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
            mean = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(mean, p=2, dim=1)

    sample = tokenizer(["a short sentence", "a somewhat longer sentence for the export"], padding=True,
                       return_tensors="pt")
    names = ["input_ids", "attention_mask", "token_type_ids"]
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent) as tmp:
        partial = Path(tmp) / "model.onnx"
        torch.onnx.export(Pooled(model), tuple(sample[n] for n in names), str(partial), input_names=names,
                          output_names=["embedding"], opset_version=17, dynamo=False,
                          dynamic_axes={**{n: {0: "batch", 1: "tokens"} for n in names}, "embedding": {0: "batch"}})
        partial.replace(target)  # atomic: an interrupted set-up never leaves a half-written model
    return target


if __name__ == "__main__":
    path = export(force="--force" in sys.argv)
    print(f"sentence model ready: {path}")
