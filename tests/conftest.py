"""Shared fixtures: where the shared data lives, the example corpus, one spaCy pipeline per session."""

from __future__ import annotations

import os
import pathlib

import pytest
from hypothesis import settings

# CI explores the same examples on every run (a red build must be reproducible); local runs draw new ones
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

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


GOLDEN = ROOT / "tests" / "golden"


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", default=False,
                     help="rewrite tests/golden/ from the current output instead of comparing")


@pytest.fixture(scope="session")
def update_golden(request) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def embedder():
    from crosswire.embed import MiniLMEmbedder

    return MiniLMEmbedder(threads=2)


@pytest.fixture(scope="session")
def kadhimi_story(example_dir, nlp, embedder):
    """The example corpus analysed once per test session, read by a path relative to the repository
    (as `make demo` does), so the golden files do not depend on where the checkout lives."""
    from crosswire.pipeline import analyze

    here = os.getcwd()
    os.chdir(ROOT)
    try:
        return analyze([os.path.relpath(example_dir, ROOT)], nlp=nlp, embedder=embedder)
    finally:
        os.chdir(here)


@pytest.fixture(scope="session")
def kadhimi_data(kadhimi_story):
    from crosswire.render import story_to_dict

    return story_to_dict(kadhimi_story)
