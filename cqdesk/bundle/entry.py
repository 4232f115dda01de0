"""The bundle's entry point: the same ``cqdesk`` command a pip install gives."""

import sys

from cqdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
