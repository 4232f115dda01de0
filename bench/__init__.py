"""Benchmark tools: a deterministic large-database generator and a window benchmark (not shipped)."""
