"""Benchmark scripts (each runs on its own: ``python benchmarks/bench_fit.py``) and the GPU check
(``python -m benchmarks.gpu_check``). A regular package, so that ``-m benchmarks.gpu_check`` from
the repository root finds this folder even where some installed distribution ships its own
top-level ``benchmarks``."""
