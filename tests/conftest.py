"""Shared fixtures: where the shared data lives, the example corpus, one spaCy pipeline per session."""

from __future__ import annotations

import os
import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
SHARED = pathlib.Path(os.environ.get("CROSSWIRE_SHARED", ROOT.parent / "shared"))
EXAMPLE = ROOT / "examples" / "kadhimi-2021"


@pytest.fixture(scope="session")
def shared_dir() -> pathlib.Path:
    if not SHARED.exists():
        pytest.skip(f"shared data not found at {SHARED}")
    return SHARED


@pytest.fixture(scope="session")
def example_dir() -> pathlib.Path:
    """The example corpus shipped in examples/ (a copy of shared/corpora/kadhimi-2021)."""
    if EXAMPLE.exists():
        return EXAMPLE
    fallback = SHARED / "corpora" / "kadhimi-2021"
    if not fallback.exists():
        pytest.skip("example corpus not found")
    return fallback


@pytest.fixture(scope="session")
def nlp():
    from crosswire.annotate import load_pipeline

    return load_pipeline()
