"""A parser process: reads sketches for the server's ``ParserPool`` (``parsing.py``), one at a
time, under limits the server cannot impose on its own threads.

    python -m sketch2real.server.parse_worker MEMORY_BYTES RECYCLE_RSS_BYTES

Started by the pool (a fresh interpreter: never forked from the threaded server). It lowers its
own priority, imports what reading needs, then caps its address space at what it holds plus
``MEMORY_BYTES`` (RLIMIT_AS) and says it is ready. For each request it sets a CPU-time limit
(RLIMIT_CPU: SIGXCPU ends the process), reads and validates the sketch with the same code the
server used in-process (``convert.sketch_from_proto``), and answers with the compact form the
job keeps (``convert.stored_sketch``) or with the error: ``invalid_input`` (the user's file) or
``resource`` (out of memory). A process whose memory stays high after a request says so and
exits; the pool starts another.

Protocol on stdin/stdout (stdout is moved aside first: anything printed goes to stderr): frames
of ``<u32 header length><u32 payload length><JSON header><payload>``.
"""

from __future__ import annotations

import ctypes
import gc
import json
import os
import resource
import struct
import sys

NICE = 10
"""Parsers yield the CPU to the server's request threads."""
FRAME = struct.Struct("<II")


def read_exact(stream, n: int) -> bytes | None:
    chunks, left = [], n
    while left:
        chunk = stream.read(left)
        if not chunk:
            return None
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def read_frame(stream) -> tuple[dict, bytes] | None:
    """(header, payload), or None at the end of the stream."""
    head = read_exact(stream, FRAME.size)
    if head is None:
        return None
    n_head, n_payload = FRAME.unpack(head)
    header = read_exact(stream, n_head) if n_head else b"{}"
    payload = read_exact(stream, n_payload) if n_payload else b""
    if header is None or payload is None:
        return None
    return json.loads(header), payload


def frame(header: dict, payload: bytes = b"") -> bytes:
    text = json.dumps(header).encode()
    return FRAME.pack(len(text), len(payload)) + text + payload


def _rss_bytes() -> int:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def _vm_bytes() -> int:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")


def _give_back_memory() -> None:
    gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


def _handle(header: dict, payload: bytes) -> tuple[dict, bytes]:
    from PIL import Image

    from sketch2real.server import convert
    from sketch2real.server.config import ServerLimits
    from sketch2real.wire._generated import sketch2real_pb2 as pb

    limits = ServerLimits(**header["limits"])
    # PIL's own bound on decoded images, a second guard behind the readers' header checks.
    Image.MAX_IMAGE_PIXELS = limits.max_image_pixels
    msg = pb.Sketch.FromString(payload)
    sketch = convert.sketch_from_proto(msg, limits)
    stored, meta = convert.stored_sketch(sketch)
    del sketch, msg
    return {"ok": True, "kind": "mesh" if stored.HasField("mesh") else "strokes",
            "meta": meta}, stored.SerializeToString()


def main(argv: list[str]) -> int:
    os.nice(NICE)
    memory_bytes, recycle_rss = int(argv[0]), int(argv[1])
    out = os.fdopen(os.dup(1), "wb", buffering=0)
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    stdin = os.fdopen(0, "rb", buffering=0)

    import warnings

    import numpy  # noqa: F401 - imported before the memory ceiling is set
    import trimesh  # noqa: F401
    from PIL import Image

    from sketch2real.errors import InvalidInput, ResourceLimit
    from sketch2real.server import convert  # noqa: F401

    warnings.simplefilter("error", Image.DecompressionBombWarning)
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    ceiling = _vm_bytes() + memory_bytes
    if hard != resource.RLIM_INFINITY:
        ceiling = min(ceiling, hard)
    resource.setrlimit(resource.RLIMIT_AS, (ceiling, hard))
    out.write(frame({"ready": True, "pid": os.getpid()}))

    while True:
        request = read_frame(stdin)
        if request is None:
            return 0
        header, payload = request
        used = resource.getrusage(resource.RUSAGE_SELF)
        cpu = int(used.ru_utime + used.ru_stime) + int(header.get("cpu_seconds", 20)) + 1
        _, cpu_hard = resource.getrlimit(resource.RLIMIT_CPU)
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu_hard))
        body = b""
        try:
            reply, body = _handle(header, payload)
        except InvalidInput as exc:
            reply = {"ok": False, "kind": "invalid_input", "message": str(exc)}
        except (MemoryError, ResourceLimit, Image.DecompressionBombError,
                Image.DecompressionBombWarning) as exc:
            reply = {"ok": False, "kind": "resource", "error": type(exc).__name__,
                     "message": str(exc)}
        except Exception as exc:  # noqa: BLE001 - reported to the server, which logs it
            reply = {"ok": False, "kind": "internal",
                     "message": f"{type(exc).__name__}: {' '.join(str(exc).split())[:300]}"}
        del payload
        _give_back_memory()
        reply["recycle"] = _rss_bytes() > recycle_rss
        out.write(frame(reply, body))
        del body
        if reply["recycle"]:
            return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
