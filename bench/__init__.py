"""Benchmarks for every heavy path: `python -m bench` (== `make bench`). See BENCHMARKS.md."""
