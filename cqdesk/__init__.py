"""cqdesk: an offline desktop reference for Chongqing's 2020 e-commerce figures."""

__version__ = "0.1.0"
SCHEMA_VERSION = 4
