"""Benchmarks (ARCHITECTURE §9): ``./run.sh bench`` or ``python -m tests.bench``.

Not part of the pytest run (pyproject ignores tests/bench). Each benchmark module
measures one area of the app against a lower-bound baseline of the same work in
the same run; ``__main__`` runs them and prints one JSON line per measurement.
"""
