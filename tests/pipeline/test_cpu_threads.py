"""Refinement on the CPU caps torch's threads (cpu_threads.py says why), unless the user chose."""

import os

import torch

from sketch2real.pipeline.cpu_threads import cap_cpu_threads


def test_caps_at_half_the_cores_unless_omp_num_threads_is_set(monkeypatch):
    before = torch.get_num_threads()
    try:
        monkeypatch.delenv("OMP_NUM_THREADS", raising=False)
        expected = max(1, (os.cpu_count() or 2) // 2)
        assert cap_cpu_threads() == expected
        assert torch.get_num_threads() == expected
        torch.set_num_threads(3)
        monkeypatch.setenv("OMP_NUM_THREADS", "3")
        assert cap_cpu_threads() is None
        assert torch.get_num_threads() == 3
    finally:
        torch.set_num_threads(before)
