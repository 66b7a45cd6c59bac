"""Benchmarks: run apart from the tests; figures go to BENCHMARKS.md."""
