"""Native mesh libraries that must be loaded on the main thread.

pymeshlab loads its bundled shared libraries on first import. When that first import happens on
a thread other than the main one (a server's worker running ``refine_sketch``), the process
aborts at exit with "malloc_consolidate(): unaligned fastbin chunk detected": reproduced in 3 of
3 runs of ``refine_sketch`` on a worker thread, and in 0 of 3 once pymeshlab had been imported on
the main thread first. Whoever runs refinement off the main thread calls ``load_on_main_thread``
from the main thread first (the gRPC server does, when it starts).
"""

from __future__ import annotations

import threading


def load_on_main_thread() -> bool:
    """Import pymeshlab now; False when it is not installed (export then decimates without it,
    ``pipeline/finish.py``). Raises RuntimeError when called from another thread."""
    if threading.current_thread() is not threading.main_thread():
        raise RuntimeError("load_on_main_thread() must be called from the main thread")
    try:
        import pymeshlab  # noqa: F401  (loading its libraries is the point)
    except ImportError:
        return False
    return True
