"""Reads a compiled Qt translation (.qm) in plain Python, so the command line needs no Qt."""

from __future__ import annotations

import struct
from pathlib import Path

_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_HASHES, _MESSAGES = 0x42, 0x69
# The tags of a message's fields, as lrelease writes them (qtranslator.cpp).
_END, _TRANSLATION, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT = 1, 3, 5, 6, 7, 8


def elf_hash(text: bytes) -> int:
    """The hash Qt files a message under: ELF's, of the UTF-8 source text (and comment)."""
    value = 0
    for byte in text:
        value = ((value << 4) + byte) & 0xFFFFFFFF
        high = value & 0xF0000000
        if high:
            value ^= high >> 24
        value &= ~high & 0xFFFFFFFF
    return value or 1


class QmFile:
    """The messages of one .qm file; ``translate`` finds one as QTranslator does."""

    def __init__(self, data: bytes) -> None:
        if not data.startswith(_MAGIC):
            raise ValueError("not a Qt translation file")
        self._sections: dict[int, bytes] = {}
        position = len(_MAGIC)
        while position + 5 <= len(data):
            tag, length = data[position], struct.unpack(">I", data[position + 1 : position + 5])[0]
            self._sections[tag] = data[position + 5 : position + 5 + length]
            position += 5 + length
        hashes = self._sections.get(_HASHES, b"")
        self._offsets: dict[int, list[int]] = {}
        for start in range(0, len(hashes) - 7, 8):
            key, offset = struct.unpack(">II", hashes[start : start + 8])
            self._offsets.setdefault(key, []).append(offset)

    @classmethod
    def load(cls, path: Path) -> QmFile | None:
        """The file at ``path``, or None when it is missing or not a translation."""
        try:
            return cls(path.read_bytes())
        except (OSError, ValueError):
            return None

    def translate(self, context: str, source: str) -> str | None:
        """The translation of ``source`` in ``context``, or None when the file has none."""
        for offset in self._offsets.get(elf_hash(source.encode("utf-8")), []):
            fields = self._fields(offset)
            if fields.get(_CONTEXT, context.encode("utf-8")) != context.encode("utf-8"):
                continue
            if fields.get(_SOURCE, source.encode("utf-8")) != source.encode("utf-8"):
                continue
            translation = fields.get(_TRANSLATION)
            return translation.decode("utf-16-be") if translation is not None else None
        return None

    def _fields(self, offset: int) -> dict[int, bytes]:
        messages = self._sections.get(_MESSAGES, b"")
        fields: dict[int, bytes] = {}
        while offset < len(messages):
            tag = messages[offset]
            offset += 1
            if tag == _END:
                break
            if tag == _OBSOLETE1:
                offset += 4
                continue
            (length,) = struct.unpack(">I", messages[offset : offset + 4])
            offset += 4
            if length == 0xFFFFFFFF:  # a null text
                continue
            fields.setdefault(tag, messages[offset : offset + length])
            offset += length
        return fields
