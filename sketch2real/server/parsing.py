"""Bounded parsing: a client's sketch is read and validated once, at Submit, in a parser process
with a memory ceiling and time limits, a few at a time; the job keeps the validated sketch in a
compact form (``convert.stored_sketch``) and the worker runs exactly that.

    pool = ParserPool(config.parsing, config.limits)
    parsed = pool.parse(request.sketch, client="alice")   # ParsedSketch, or raises
    ...
    pool.close()

Where a sketch is read:
- a file (``SketchFile``), always in a parser process (``parse_worker.py``): a small file can
  ask for a lot (a texture of 12,000 x 12,000 pixels, a header declaring a billion vertices), so
  the readers check what it declares before expanding it, and the process is the backstop: its
  address space is capped (RLIMIT_AS), its CPU time per parse too (RLIMIT_CPU), and the pool
  kills it after ``wall_seconds``. A killed or crashed parser's slot gets a new process; the
  request is answered RESOURCE_EXHAUSTED with the limit it ran into;
- raw arrays (strokes, a mesh) up to ``inline_bytes`` in the server process (their wire size
  bounds what they expand to); larger ones in a parser process too.

Concurrency: at most ``workers`` parses run at once; a request waits at most ``wait_seconds``
for a free parser, and one client may have at most ``per_client`` parses running or waiting,
so no client can keep the parsers from the others. Parser processes start when first needed and
stay warm; they run at a lower priority than the server's request threads.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import select
import signal
import subprocess
import sys
import threading
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import sketch2real
from sketch2real.errors import InternalError, InvalidInput, ResourceLimit, Unavailable
from sketch2real.server import convert
from sketch2real.server.config import ParserConfig, ServerLimits
from sketch2real.server.parse_worker import FRAME, frame
from sketch2real.wire._generated import sketch2real_pb2 as pb

logger = logging.getLogger(__name__)

START_TIMEOUT_S = 60.0
"""Seconds a new parser process may take to import and say it is ready."""
_REPLY_ERRORS = {"invalid_input": InvalidInput, "resource": ResourceLimit,
                 "internal": InternalError}
"""A parser's error kinds (its protocol) -> the error raised here."""


@dataclass(frozen=True)
class ParsedSketch:
    """A validated sketch in the form a job keeps."""

    kind: str
    """"strokes" or "mesh"."""
    sketch_pb: bytes
    """A serialized ``pb.Sketch`` (strokes or a mesh), ``convert.stored_sketch``'s form."""
    meta: dict
    """Name, units and reader metadata (JSON-safe)."""

    def sketch(self):
        """The ``Sketch`` itself (``convert.sketch_from_stored``)."""
        return convert.sketch_from_stored(pb.Sketch.FromString(self.sketch_pb), self.meta)


def parse_in_process(msg: "pb.Sketch", limits: ServerLimits) -> ParsedSketch:
    """Read and validate ``msg`` here (no limits but the readers' own checks)."""
    stored, meta = convert.stored_sketch(convert.sketch_from_proto(msg, limits))
    return ParsedSketch("mesh" if stored.HasField("mesh") else "strokes",
                        stored.SerializeToString(), meta)


class _Died(Exception):
    """The parser process ended (or was killed) before it answered."""

    def __init__(self, returncode: int | None, timed_out: bool):
        super().__init__(returncode)
        self.returncode = returncode
        self.timed_out = timed_out


class _Parser:
    """One parser process and its pipes."""

    def __init__(self, config: ParserConfig):
        env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1",
                   MKL_NUM_THREADS="1", MALLOC_ARENA_MAX="2")
        root = str(Path(sketch2real.__file__).resolve().parents[1])
        env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "sketch2real.server.parse_worker", str(config.memory_bytes),
             str(config.recycle_rss_bytes)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env, close_fds=True)
        self.parses = 0
        ready, _ = self._read(time.monotonic() + START_TIMEOUT_S)
        if not ready.get("ready"):
            self.kill()
            raise OSError("the parser process did not start")

    @property
    def pid(self) -> int:
        return self.proc.pid

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            logger.warning("parser %d did not exit after SIGKILL", self.proc.pid)
        for stream in (self.proc.stdin, self.proc.stdout):
            try:
                stream.close()
            except OSError:
                pass

    def _died(self, timed_out: bool) -> _Died:
        self.kill()
        return _Died(self.proc.returncode, timed_out)

    def _write(self, data: bytes, deadline: float) -> None:
        fd = self.proc.stdin.fileno()
        os.set_blocking(fd, False)
        view = memoryview(data)
        while view:
            left = deadline - time.monotonic()
            if left <= 0:
                raise self._died(timed_out=True)
            _, ready, _ = select.select([], [fd], [], left)
            if not ready:
                continue
            try:
                n = os.write(fd, view[:1 << 20])
            except BlockingIOError:
                continue
            except (BrokenPipeError, OSError):
                raise self._died(timed_out=False) from None
            view = view[n:]

    def _read_exact(self, n: int, deadline: float) -> bytes:
        fd = self.proc.stdout.fileno()
        chunks, left = [], n
        while left:
            wait = deadline - time.monotonic()
            if wait <= 0:
                raise self._died(timed_out=True)
            ready, _, _ = select.select([fd], [], [], wait)
            if not ready:
                continue
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                raise self._died(timed_out=False)
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)

    def _read(self, deadline: float) -> tuple[dict, bytes]:
        n_head, n_payload = FRAME.unpack(self._read_exact(FRAME.size, deadline))
        header = json.loads(self._read_exact(n_head, deadline))
        return header, self._read_exact(n_payload, deadline) if n_payload else b""

    def call(self, header: dict, payload: bytes, timeout: float) -> tuple[dict, bytes]:
        deadline = time.monotonic() + timeout
        self.parses += 1
        self._write(frame(header, payload), deadline)
        return self._read(deadline)


class ParserPool:
    """Parser processes shared by all requests (see the module docstring)."""

    def __init__(self, config: ParserConfig, limits: ServerLimits):
        self.config = config
        self.limits = limits
        self._limits_json = dataclasses.asdict(limits)
        self._lock = threading.Lock()
        self._free = threading.Condition(self._lock)
        self._idle: list[_Parser] = []
        self._alive = 0
        """Parser processes running or starting."""
        self._per_client: dict[str, int] = defaultdict(int)
        self._closed = False
        self.replaced = 0
        """Parser processes killed or lost and replaced (for tests and the log)."""

    # --- public ----------------------------------------------------------------------------

    def parse(self, msg: "pb.Sketch", client: str = "") -> ParsedSketch:
        """Read and validate a request's sketch under the pool's limits. Raises the reader's
        ``InvalidInput`` (INVALID_ARGUMENT), or ``ResourceLimit`` (RESOURCE_EXHAUSTED) for a
        parse that ran into a limit, a busy pool or a client with too many parses at once."""
        source = msg.WhichOneof("source")
        if self.config.workers == 0 or (source != "file" and
                                        msg.ByteSize() <= self.config.inline_bytes):
            return parse_in_process(msg, self.limits)
        what = (f"sketch.file '{convert.display_name(msg.file.name)}'" if source == "file"
                else "sketch")
        self._enter(client)
        try:
            return self._parse_in_child(msg.SerializeToString(), what)
        finally:
            with self._lock:
                self._per_client[client] -= 1
                if not self._per_client[client]:
                    del self._per_client[client]

    def parse_stored_request(self, sketch_pb: bytes) -> ParsedSketch:
        """A ``pb.Sketch`` as an older version stored it (the request's, unparsed) -> parsed
        like a new request (for jobs queued before an upgrade)."""
        return self.parse(pb.Sketch.FromString(sketch_pb), client="")

    @property
    def processes(self) -> list[int]:
        """Pids of the idle parser processes."""
        with self._lock:
            return [p.pid for p in self._idle]

    def close(self) -> None:
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
            self._free.notify_all()
        for parser in idle:
            parser.kill()

    # --- internals -------------------------------------------------------------------------

    def _enter(self, client: str) -> None:
        with self._lock:
            if self._per_client[client] >= self.config.per_client:
                raise ResourceLimit(
                    f"client {client or '?'} has {self._per_client[client]} sketches being "
                    f"parsed, the limit parsing.per_client={self.config.per_client}; send "
                    "them one after another")
            waiting = sum(self._per_client.values()) - (self._alive - len(self._idle))
            if waiting >= self.config.queue:
                raise ResourceLimit(
                    f"{waiting} sketches are waiting for a parser, the limit parsing.queue="
                    f"{self.config.queue}; try again later")
            self._per_client[client] += 1

    def _acquire(self, what: str) -> _Parser:
        deadline = time.monotonic() + self.config.wait_seconds
        with self._lock:
            while True:
                if self._closed:
                    raise Unavailable("the server is shutting down")
                if self._idle:
                    return self._idle.pop()
                if self._alive < self.config.workers:
                    self._alive += 1
                    break
                left = deadline - time.monotonic()
                if left <= 0:
                    raise ResourceLimit(
                        f"{what}: all {self.config.workers} sketch parsers stayed busy for "
                        f"{self.config.wait_seconds:g} s, the limit parsing.wait_seconds; try "
                        "again later")
                self._free.wait(left)
        try:
            parser = _Parser(self.config)
        except OSError as exc:
            with self._lock:
                self._alive -= 1
                self._free.notify()
            logger.error("cannot start a sketch parser: %s", exc)
            raise Unavailable(f"the server cannot start a sketch parser now ({exc})") from None
        logger.info("sketch parser %d started", parser.pid)
        return parser

    def _release(self, parser: _Parser, keep: bool) -> None:
        if not keep:
            parser.kill()
        with self._lock:
            if keep and not self._closed:
                self._idle.append(parser)
            else:
                self._alive -= 1
                if keep:
                    parser.kill()
            self._free.notify()

    def _parse_in_child(self, payload: bytes, what: str) -> ParsedSketch:
        cfg = self.config
        parser = self._acquire(what)
        header = {"limits": self._limits_json, "cpu_seconds": cfg.cpu_seconds}
        t0 = time.monotonic()
        try:
            reply, body = parser.call(header, payload, cfg.wall_seconds)
        except _Died as died:
            self._release(parser, keep=False)
            self.replaced += 1
            raise self._death_error(died, what) from None
        except BaseException:
            self._release(parser, keep=False)
            raise
        self._release(parser, keep=not reply.get("recycle"))
        logger.debug("%s parsed by %d in %.2f s", what, parser.pid, time.monotonic() - t0)
        if reply.get("ok"):
            return ParsedSketch(str(reply["kind"]), body, dict(reply.get("meta") or {}))
        kind = _REPLY_ERRORS.get(reply.get("kind"), InternalError)
        message = str(reply.get("message") or "")
        if kind is ResourceLimit:
            raise ResourceLimit(f"{what}: reading it needs more memory than the limit "
                                f"parsing.memory_bytes={cfg.memory_bytes} ({message})")
        if kind is InternalError:
            logger.error("sketch parser failed on %s: %s", what, message)
        raise kind(message)

    def _death_error(self, died: _Died, what: str) -> ResourceLimit:
        cfg = self.config
        if died.timed_out:
            logger.warning("%s: parser killed after %.0f s", what, cfg.wall_seconds)
            return ResourceLimit(f"{what}: parsing took longer than the limit "
                                 f"parsing.wall_seconds={cfg.wall_seconds:g}")
        code = died.returncode
        if code == -signal.SIGXCPU:
            logger.warning("%s: parser stopped at its CPU limit", what)
            return ResourceLimit(f"{what}: parsing used more CPU time than the limit "
                                 f"parsing.cpu_seconds={cfg.cpu_seconds}")
        how = f"signal {signal.Signals(-code).name}" if code is not None and code < 0 and \
            -code in signal.valid_signals() else f"exit status {code}"
        logger.warning("%s: parser ended with %s", what, how)
        return ResourceLimit(f"{what}: the parser stopped ({how}) while reading it, at its "
                             f"memory ceiling parsing.memory_bytes={cfg.memory_bytes} or "
                             "another limit")
