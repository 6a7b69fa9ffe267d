"""crosswire: reconstruct a news story from many outlets' coverage, every item linked to its evidence.

    >>> import crosswire
    >>> story = crosswire.analyze(["examples/kadhimi-2021"])
    >>> documents, problems = crosswire.extract(["examples/kadhimi-2021"])
"""

__version__ = "0.1.0"

from crosswire.config import Settings  # noqa: E402
from crosswire.errors import CrosswireError  # noqa: E402


def analyze(inputs, settings=None, **kwargs):
    """Paths (files, folders, '-' for stdin) → Story. See crosswire.pipeline.analyze."""
    from crosswire.pipeline import analyze as _analyze

    return _analyze(inputs, settings, **kwargs)


def extract(inputs, settings=None):
    """Paths → (documents, problems): reading and cleaning only."""
    from crosswire.pipeline import extract as _extract

    return _extract(inputs, settings)


__all__ = ["CrosswireError", "Settings", "analyze", "extract", "__version__"]
