"""The command line's sub-commands on the store: ``search``, ``show`` and ``export``."""
