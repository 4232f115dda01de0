"""Entry point for ``python -m cqdesk.bundle``: build the one-folder application."""

from cqdesk.bundle.build import main

raise SystemExit(main())
