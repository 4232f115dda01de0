"""Plain-Python text helpers: number formats, formulas in words, offsets and the source's structure."""
