"""The one exception the build raises, with a message that says which file and entry to fix."""


class BuildError(Exception):
    """A resource file is missing, malformed, or disagrees with the source text."""
