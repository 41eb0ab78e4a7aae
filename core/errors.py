"""The project's small error vocabulary; edges turn these into one-line messages."""


class HbcError(Exception):
    """Base of every error a user may see as a one-line message."""

    exit_code = 1


class ConfigError(HbcError):
    """config.toml or an environment override is wrong."""

    exit_code = 2


class BadQuestionError(HbcError):
    """The question is empty, too long or not text."""

    exit_code = 2


class IndexMissingError(HbcError):
    """No usable index: it was never built, or it is damaged."""

    exit_code = 3


class CorpusError(HbcError):
    """A report or the metadata file cannot be read."""

    exit_code = 4


class ModelError(HbcError):
    """The embedding model cannot be loaded."""

    exit_code = 5
