"""One error tree. Every message says what went wrong and what the user can do about it."""


class CrosswireError(Exception):
    """Base of every error crosswire raises on purpose; the CLI prints it without a traceback."""


class InputProblem(CrosswireError):
    """One input cannot be used (empty, binary, too large, not English, ...). Only it is skipped."""

    def __init__(self, source: str, reason: str, language: str | None = None):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason
        self.language = language  # the detected language, when that is why the input is skipped


class NothingUsable(CrosswireError):
    """No input remained after skipping the unusable ones."""


class ModelError(CrosswireError):
    """A model package is missing, or is not the one crosswire was built for."""


class NotInstalled(CrosswireError):
    """An optional part is not installed; the message says which package to install."""
