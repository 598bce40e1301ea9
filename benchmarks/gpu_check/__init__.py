"""The GPU check: one command that checks and times the real path on a CUDA machine in minutes.

    bash scripts/gpu_check.sh                 # on the GPU machine (docs/gpu.md)
    bash scripts/gpu_check.sh --dry-run       # the same parts on the CPU at toy sizes (CI)
    python -m benchmarks.gpu_check --help     # what the shell script runs

Modules, read in this order:

- ``schedule.py``: the parts in order of value, each with its least and most seconds, and the
  sizes of a real run and of a dry run;
- ``run.py``: the orchestrator (each part in its own process under a timeout, results written
  as each part ends, parts skipped when the budget is nearly spent) and the entry of one part;
- ``parts.py``: what each part measures;
- ``record.py``: the part's results, written to disk as they come;
- ``table.py``: the targets and the markdown table.
"""
