"""Where the tests find the checkout: the repository root and the package folder."""

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "cqdesk"
