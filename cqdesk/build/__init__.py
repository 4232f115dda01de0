"""The data pipeline: from the files under ``resources/`` to ``data.db`` (apart from the app)."""

from cqdesk.build.errors import BuildError
from cqdesk.build.writer import build_database

__all__ = ["BuildError", "build_database"]
