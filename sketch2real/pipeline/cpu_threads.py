"""How many threads torch uses for a refinement on the CPU.

The CPU presets are toy-sized, so intra-op threads gain little; on a small shared machine they
cost a lot: OpenMP threads spin while a sibling waits for a core. Measured on the 2-core
machine with other work running: the CLI's preview refine 7 s with one thread against 90 s with
two; the server's real-loop test (a 4-step job, then a cancelled one) 37 s with one against
748 s with two, the fit alone taking 6 minutes. So whoever runs refinement on the CPU (the
``refine`` command, a server whose jobs run in its own process) caps torch at half the cores,
unless the user chose with ``OMP_NUM_THREADS``.
"""

from __future__ import annotations

import os


def cap_cpu_threads() -> int | None:
    """Set torch's intra-op threads to half the cores (at least 1) and return the number; None
    (nothing changed) when ``OMP_NUM_THREADS`` is set, which is the user's choice."""
    if "OMP_NUM_THREADS" in os.environ:
        return None
    import torch

    threads = max(1, (os.cpu_count() or 2) // 2)
    torch.set_num_threads(threads)
    return threads
