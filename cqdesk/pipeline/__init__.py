"""The data pipeline: from the files under ``resources/`` to ``data.db`` (apart from the app)."""

from cqdesk.pipeline.errors import BuildError
from cqdesk.pipeline.writer import build_database

__all__ = ["BuildError", "build_database"]
