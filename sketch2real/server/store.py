"""The job store: one SQLite file (``<data_dir>/jobs.sqlite3``) holding every job and every event
it emitted, so a stream can be resumed from any sequence number and a queued job survives a
server killed with SIGKILL.

Tables:
    jobs(order_no, job_id, state, priority, client, request_id, options_pb, plan_json,
         sketch_kind, created, started, finished, last_seq, attempts, stage, step, total_steps,
         eta, failure_code, failure_message, result_files, cancel_requested)
    events(job_id, seq, kind, payload)   -- payload: a serialized sketch2real.v1.JobEvent
    inputs(job_id, sketch_pb)            -- the request's sketch2real.v1.Sketch, serialized

``plan_json`` is the job's ``RefinePlan`` as resolved at submission (``RefinePlan.to_json``);
``options_pb`` the resolved request options ``Job.options`` shows. ``state`` is one of "queued", "running", "completed", "failed", "cancelled"; ``priority`` the
queue rank (0 interactive, 1 batch); ``order_no`` the submission order. WAL journal with
``synchronous=NORMAL``: a commit survives the process being killed (not a power cut).
One connection, used under a lock: every call is short.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from sketch2real.errors import ConfigError

SCHEMA_VERSION = "2"
MIGRATIONS = {
    "1": ("ALTER TABLE jobs ADD COLUMN plan_json TEXT",),
}
"""From an older schema version to the next one: the statements that upgrade it."""
ACTIVE = ("queued", "running")
FINISHED = ("completed", "failed", "cancelled")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS jobs (
    order_no INTEGER PRIMARY KEY AUTOINCREMENT,
    job_id TEXT NOT NULL UNIQUE,
    state TEXT NOT NULL,
    priority INTEGER NOT NULL,
    client TEXT NOT NULL,
    request_id TEXT,
    options_pb BLOB NOT NULL,
    plan_json TEXT,
    sketch_kind TEXT NOT NULL,
    created REAL NOT NULL,
    started REAL,
    finished REAL,
    last_seq INTEGER NOT NULL DEFAULT 0,
    attempts INTEGER NOT NULL DEFAULT 0,
    stage TEXT,
    step INTEGER,
    total_steps INTEGER,
    eta REAL,
    failure_code TEXT,
    failure_message TEXT,
    result_files TEXT,
    cancel_requested INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX IF NOT EXISTS jobs_request ON jobs(client, request_id)
    WHERE request_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS jobs_state ON jobs(state, client);
CREATE TABLE IF NOT EXISTS events (
    job_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    kind TEXT NOT NULL,
    payload BLOB NOT NULL,
    PRIMARY KEY (job_id, seq)
);
CREATE TABLE IF NOT EXISTS inputs (
    job_id TEXT PRIMARY KEY,
    sketch_pb BLOB NOT NULL
);
"""

_JOB_COLUMNS = frozenset({
    "state", "priority", "client", "request_id", "options_pb", "plan_json", "sketch_kind",
    "created",
    "started", "finished", "last_seq", "attempts", "stage", "step", "total_steps", "eta",
    "failure_code", "failure_message", "result_files", "cancel_requested"})


class StoreError(ConfigError):
    """The job database cannot be used (e.g. written by a newer version)."""


class JobStore:
    def __init__(self, path: Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        self._conn = sqlite3.connect(str(self.path), check_same_thread=False, timeout=30.0)
        self._conn.row_factory = sqlite3.Row
        with self._lock:
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=NORMAL")
            with self._conn:
                self._conn.executescript(_SCHEMA)
                row = self._conn.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
                if row is None:
                    self._conn.execute("INSERT INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
                    return
                version = row[0]
                while version in MIGRATIONS:
                    for statement in MIGRATIONS[version]:
                        self._conn.execute(statement)
                    version = str(int(version) + 1)
                if version != SCHEMA_VERSION:
                    raise StoreError(f"{self.path}: job store schema {row[0]}, this server "
                                     f"understands {SCHEMA_VERSION}")
                self._conn.execute("UPDATE meta SET value = ? WHERE key = 'schema'", (version,))

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    # --- writes ----------------------------------------------------------------------------

    def insert_job(self, row: dict, first_event: tuple[str, bytes], sketch_pb: bytes) -> int:
        """Insert a job with its input and first event (seq 1) in one transaction; returns
        order_no."""
        cols = [c for c in row if c in _JOB_COLUMNS or c == "job_id"]
        kind, payload = first_event
        with self._lock, self._conn:
            cur = self._conn.execute(
                f"INSERT INTO jobs ({', '.join(cols)}, last_seq) "
                f"VALUES ({', '.join('?' for _ in cols)}, 1)", [row[c] for c in cols])
            self._conn.execute("INSERT INTO events VALUES (?, 1, ?, ?)",
                               (row["job_id"], kind, payload))
            self._conn.execute("INSERT INTO inputs VALUES (?, ?)", (row["job_id"], sketch_pb))
            return int(cur.lastrowid)

    def append_event(self, job_id: str, seq: int, kind: str, payload: bytes,
                     updates: dict | None = None) -> None:
        """Add event ``seq`` and apply ``updates`` to the job row, in one transaction."""
        updates = dict(updates or {}, last_seq=seq)
        with self._lock, self._conn:
            self._conn.execute("INSERT INTO events VALUES (?, ?, ?, ?)",
                               (job_id, seq, kind, payload))
            self._update(job_id, updates)

    def update_job(self, job_id: str, **updates) -> None:
        with self._lock, self._conn:
            self._update(job_id, updates)

    def _update(self, job_id: str, updates: dict) -> None:
        bad = set(updates) - _JOB_COLUMNS
        if bad:
            raise KeyError(f"not job columns: {sorted(bad)}")
        if updates:
            sets = ", ".join(f"{c} = ?" for c in updates)
            self._conn.execute(f"UPDATE jobs SET {sets} WHERE job_id = ?",
                               [*updates.values(), job_id])

    def increment_attempts(self, job_id: str, **updates) -> None:
        with self._lock, self._conn:
            self._conn.execute("UPDATE jobs SET attempts = attempts + 1 WHERE job_id = ?",
                               (job_id,))
            self._update(job_id, updates)

    def delete_job(self, job_id: str) -> None:
        with self._lock, self._conn:
            self._conn.execute("DELETE FROM events WHERE job_id = ?", (job_id,))
            self._conn.execute("DELETE FROM inputs WHERE job_id = ?", (job_id,))
            self._conn.execute("DELETE FROM jobs WHERE job_id = ?", (job_id,))

    # --- reads -----------------------------------------------------------------------------

    def get_job(self, job_id: str) -> dict | None:
        with self._lock:
            row = self._conn.execute("SELECT * FROM jobs WHERE job_id = ?", (job_id,)).fetchone()
        return dict(row) if row is not None else None

    def find_by_request(self, client: str, request_id: str) -> dict | None:
        with self._lock:
            row = self._conn.execute("SELECT * FROM jobs WHERE client = ? AND request_id = ?",
                                     (client, request_id)).fetchone()
        return dict(row) if row is not None else None

    def events_after(self, job_id: str, after_seq: int, limit: int = 64) -> list[tuple]:
        """[(seq, kind, payload)] with seq > after_seq, in order, at most ``limit``."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT seq, kind, payload FROM events WHERE job_id = ? AND seq > ? "
                "ORDER BY seq LIMIT ?", (job_id, after_seq, limit)).fetchall()
        return [tuple(r) for r in rows]

    def replace_payloads(self, job_id: str, payloads: list[tuple[int, bytes]]) -> None:
        """Rewrite the payloads of events ``(seq, payload)`` of a job, in one transaction."""
        with self._lock, self._conn:
            self._conn.executemany("UPDATE events SET payload = ? WHERE job_id = ? AND seq = ?",
                                   [(p, job_id, seq) for seq, p in payloads])

    def events_of_kind(self, job_id: str, kind: str) -> list[tuple[int, bytes]]:
        """[(seq, payload)] of a job's events of one kind, in order."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT seq, payload FROM events WHERE job_id = ? AND kind = ? ORDER BY seq",
                (job_id, kind)).fetchall()
        return [(int(r[0]), bytes(r[1])) for r in rows]

    def get_input(self, job_id: str) -> bytes | None:
        with self._lock:
            row = self._conn.execute("SELECT sketch_pb FROM inputs WHERE job_id = ?",
                                     (job_id,)).fetchone()
        return bytes(row[0]) if row is not None else None

    def count_active(self, client: str) -> tuple[int, int]:
        """(jobs queued or running of ``client``, of everyone)."""
        with self._lock:
            mine, total = self._conn.execute(
                "SELECT COALESCE(SUM(client = ?), 0), COUNT(*) FROM jobs "
                "WHERE state IN ('queued', 'running')", (client,)).fetchone()
        return int(mine), int(total)

    def count_by_state(self) -> dict:
        with self._lock:
            rows = self._conn.execute("SELECT state, COUNT(*) FROM jobs GROUP BY state").fetchall()
        return {r[0]: int(r[1]) for r in rows}

    def active_jobs(self) -> list[dict]:
        """Queued and running jobs in run order (priority, then submission)."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT * FROM jobs WHERE state IN ('queued', 'running') "
                "ORDER BY priority, order_no").fetchall()
        return [dict(r) for r in rows]

    def list_jobs(self, states: tuple[str, ...], before_order_no: int | None,
                  limit: int) -> list[dict]:
        """Newest first; ``before_order_no`` continues a previous page."""
        q = "SELECT * FROM jobs WHERE 1=1"
        args: list = []
        if states:
            q += f" AND state IN ({', '.join('?' for _ in states)})"
            args += list(states)
        if before_order_no is not None:
            q += " AND order_no < ?"
            args.append(before_order_no)
        q += " ORDER BY order_no DESC LIMIT ?"
        args.append(limit)
        with self._lock:
            rows = self._conn.execute(q, args).fetchall()
        return [dict(r) for r in rows]

    def expired_jobs(self, finished_before: float, keep_newest: int) -> list[str]:
        """Finished jobs that finished before ``finished_before``, or are older than the newest
        ``keep_newest`` finished ones."""
        with self._lock:
            old = self._conn.execute(
                "SELECT job_id FROM jobs WHERE state IN ('completed', 'failed', 'cancelled') "
                "AND finished < ?", (finished_before,)).fetchall()
            extra = self._conn.execute(
                "SELECT job_id FROM jobs WHERE state IN ('completed', 'failed', 'cancelled') "
                "ORDER BY finished DESC LIMIT -1 OFFSET ?", (max(0, keep_newest),)).fetchall()
        return sorted({r[0] for r in old} | {r[0] for r in extra})

    def all_job_ids(self) -> set[str]:
        with self._lock:
            return {r[0] for r in self._conn.execute("SELECT job_id FROM jobs").fetchall()}
