"""Entry point for ``python -m cqdesk``."""

import sys

from cqdesk.cli import main

sys.exit(main())
