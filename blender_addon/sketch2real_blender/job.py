"""One refinement job on a worker thread: submit, follow the events (resuming a dropped stream
from the last seq), download the result GLB. It never touches bpy: everything it learns goes
into a queue that the main thread drains from a ``bpy.app.timers`` callback (``ui.py``).

Messages (kind, payload): ("submitted", job_id), ("event", JobEvent),
("preview", (positions, indices, colors)), ("result", path), ("error", one line), ("end", None).
"""

from __future__ import annotations

import queue
import threading
from pathlib import Path


def describe_error(exc, target: str) -> str:
    """A client error -> one line for the user."""
    from sketch2real.client import JobFailed, ServerError

    if isinstance(exc, ServerError):
        name = getattr(exc.code, "name", str(exc.code))
        if name == "UNAVAILABLE":
            return (f"Cannot reach the sketch2real server at {target}: is `sketch2real serve` "
                    f"running there, and is the address right? ({exc.details})")
        if name == "UNAUTHENTICATED":
            return "The server refused the token: set it in the add-on preferences."
        if name == "INVALID_ARGUMENT":
            return f"The server refused the sketch: {exc.details}"
        if name == "RESOURCE_EXHAUSTED":
            return f"The server is busy: {exc.details}"
        if name == "DEADLINE_EXCEEDED":
            return f"The server at {target} did not answer in time."
        return f"Server error {name}: {exc.details}"
    if isinstance(exc, JobFailed):
        return str(exc)
    return f"{type(exc).__name__}: {exc}"


class RefineJob:
    """``start()`` runs the job on a daemon thread; ``poll()`` (main thread) returns what it
    learned since the last poll; ``cancel()`` asks the server to stop the job; ``close()`` stops
    following (the job runs on, on the server)."""

    def __init__(self, target: str, sketch, prompt: str, out_dir, *, token: str | None = None,
                 root_certificates: bytes | None = None, preset: str = "preview",
                 fit_mode: str = "surface", steps: int = 0, timeout: float = 20.0):
        self.target = target
        self.sketch = sketch
        self.prompt = prompt
        self.out_dir = Path(out_dir)
        self.token = token
        self.root_certificates = root_certificates
        self.preset = preset
        self.fit_mode = fit_mode
        self.steps = steps
        self.timeout = timeout
        self.job_id: str | None = None
        self.messages: queue.Queue = queue.Queue()
        self._cancel = threading.Event()
        self._closed = threading.Event()
        self._client = None
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._run, name="sketch2real-job", daemon=True)

    def start(self) -> "RefineJob":
        self._thread.start()
        return self

    @property
    def alive(self) -> bool:
        return self._thread.is_alive()

    def poll(self) -> list:
        out = []
        while True:
            try:
                out.append(self.messages.get_nowait())
            except queue.Empty:
                return out

    def cancel(self) -> None:
        """Ask the server to cancel (the stream then ends with a Cancelled event)."""
        self._cancel.set()
        with self._lock:
            client, job_id = self._client, self.job_id
        if client is not None and job_id:
            threading.Thread(target=self._send_cancel, args=(client, job_id), daemon=True).start()

    def _send_cancel(self, client, job_id: str) -> None:
        try:
            client.cancel(job_id)
        except Exception as exc:  # reported, never raised on a thread nobody joins
            self.messages.put(("error", "Cancel failed: " + describe_error(exc, self.target)))

    def close(self) -> None:
        """Stop following and close the connection (used when the add-on is disabled)."""
        self._closed.set()
        with self._lock:
            client = self._client
        if client is not None:
            client.close()

    def join(self, timeout: float | None = None) -> None:
        self._thread.join(timeout)

    def _run(self) -> None:
        from sketch2real.client import Client, ServerError

        client = None
        try:
            client = Client(self.target, token=self.token,
                            root_certificates=self.root_certificates, timeout=self.timeout)
            with self._lock:
                self._client = client
            job_id = client.submit(self.sketch, self.prompt, preset=self.preset,
                                   fit_mode=self.fit_mode, steps=self.steps, formats=("glb",))
            with self._lock:
                self.job_id = job_id
            self.messages.put(("submitted", job_id))
            if self._cancel.is_set():
                self._send_cancel(client, job_id)
            completed = None
            for ev in client.follow(job_id):
                if self._closed.is_set():
                    return
                kind = ev.WhichOneof("event")
                if kind == "preview" and ev.preview.mesh.positions:
                    self.messages.put(("preview", _mesh_lists(ev.preview.mesh)))
                    ev = _without_mesh(ev)
                elif kind == "completed":
                    completed = ev
                    ev = _without_mesh(ev)
                self.messages.put(("event", ev))
            if completed is not None and not self._closed.is_set():
                self.out_dir.mkdir(parents=True, exist_ok=True)
                path = client.download(job_id, self.out_dir / f"{job_id}.glb", format="glb")
                self.messages.put(("result", str(path)))
        except ServerError as exc:
            if not self._closed.is_set():
                self.messages.put(("error", describe_error(exc, self.target)))
        except Exception as exc:
            if not self._closed.is_set():
                self.messages.put(("error", describe_error(exc, self.target)))
        finally:
            if client is not None:
                client.close()
            self.messages.put(("end", None))


def _without_mesh(ev):
    """A copy of the event without its (large) mesh: the main thread only needs the numbers."""
    light = type(ev)()
    light.CopyFrom(ev)
    kind = light.WhichOneof("event")
    getattr(light, kind).ClearField("mesh")
    return light


def _mesh_lists(mesh) -> tuple:
    """A wire ``Mesh`` -> (positions flat list, indices flat list, colours bytes)."""
    import array
    import sys

    pos = array.array("f")
    pos.frombytes(mesh.positions)
    idx = array.array("I" if array.array("I").itemsize == 4 else "L")
    idx.frombytes(mesh.indices)
    if sys.byteorder == "big":
        pos.byteswap()
        idx.byteswap()
    return pos.tolist(), idx.tolist(), bytes(mesh.colors)
