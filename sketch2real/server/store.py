"""The job store: one SQLite file (``<data_dir>/jobs.sqlite3``) holding every job and every event
it emitted, so a stream can be resumed from any sequence number and a queued job survives a
server killed with SIGKILL.

Tables:
    jobs(order_no, job_id, state, priority, client, request_id, options_pb, plan_json,
         sketch_kind, created, started, finished, last_seq, attempts, stage, step, total_steps,
         eta, failure_code, failure_message, result_files, cancel_requested,
         restarts, stored_bytes, result_sha256)
    events(job_id, seq, kind, payload)   -- payload: a serialized sketch2real.v1.JobEvent
    inputs(job_id, sketch_pb, form, meta_json)

``client`` is the job's owner (the identity that submitted it). ``plan_json`` is the job's
``RefinePlan`` as resolved at submission (``RefinePlan.to_json``); ``options_pb`` the resolved
request options ``Job.options`` shows. ``state`` is one of "queued", "running", "completed",
"failed", "cancelled"; ``priority`` the queue rank (0 interactive, 1 batch); ``order_no`` the
submission order. ``restarts`` counts the times the server died while the job ran;
``stored_bytes`` what the job keeps (its input, its events, its result files), summed per owner
for the quota; ``result_files`` maps a format to the file's path in the job folder and
``result_sha256`` to the file's SHA-256, computed when it was written.
``inputs.form`` is "validated" for the compact validated sketch Submit parsed
(``convert.stored_sketch``, with ``meta_json``), or "request" for the request's sketch as
schema version 2 stored it (parsed again before it runs).

WAL journal with ``synchronous=NORMAL``: a commit survives the process being killed (not a power
cut). One connection, used under a lock: every call is short. A database that cannot be read
is a ``StoreError`` (one line), never a traceback.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from sketch2real.errors import ConfigError

SCHEMA_VERSION = "3"
MIGRATIONS = {
    "1": ("ALTER TABLE jobs ADD COLUMN plan_json TEXT",),
    "2": ("ALTER TABLE jobs ADD COLUMN restarts INTEGER NOT NULL DEFAULT 0",
          "ALTER TABLE jobs ADD COLUMN stored_bytes INTEGER NOT NULL DEFAULT 0",
          "ALTER TABLE jobs ADD COLUMN result_sha256 TEXT",
          "ALTER TABLE inputs ADD COLUMN form TEXT NOT NULL DEFAULT 'request'",
          "ALTER TABLE inputs ADD COLUMN meta_json TEXT",
          "UPDATE jobs SET stored_bytes = "
          "(SELECT COALESCE(SUM(length(payload)), 0) FROM events WHERE events.job_id = "
          "jobs.job_id) + (SELECT COALESCE(SUM(length(sketch_pb)), 0) FROM inputs WHERE "
          "inputs.job_id = jobs.job_id)"),
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
    cancel_requested INTEGER NOT NULL DEFAULT 0,
    restarts INTEGER NOT NULL DEFAULT 0,
    stored_bytes INTEGER NOT NULL DEFAULT 0,
    result_sha256 TEXT
);
CREATE UNIQUE INDEX IF NOT EXISTS jobs_request ON jobs(client, request_id)
    WHERE request_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS jobs_state ON jobs(state, client);
CREATE INDEX IF NOT EXISTS jobs_client ON jobs(client, order_no);
CREATE TABLE IF NOT EXISTS events (
    job_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    kind TEXT NOT NULL,
    payload BLOB NOT NULL,
    PRIMARY KEY (job_id, seq)
);
CREATE TABLE IF NOT EXISTS inputs (
    job_id TEXT PRIMARY KEY,
    sketch_pb BLOB NOT NULL,
    form TEXT NOT NULL DEFAULT 'request',
    meta_json TEXT
);
"""

_JOB_COLUMNS = frozenset({
    "state", "priority", "client", "request_id", "options_pb", "plan_json", "sketch_kind",
    "created",
    "started", "finished", "last_seq", "attempts", "stage", "step", "total_steps", "eta",
    "failure_code", "failure_message", "result_files", "cancel_requested", "restarts",
    "stored_bytes", "result_sha256"})


class StoreError(ConfigError):
    """The job database cannot be used (e.g. written by a newer version)."""


class JobStore:
    def __init__(self, path: Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        try:
            self._conn = sqlite3.connect(str(self.path), check_same_thread=False, timeout=30.0)
            self._conn.row_factory = sqlite3.Row
            self._open()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: the job database cannot be used ({exc}); restore "
                             "it from a backup, or move it away to start with an empty one "
                             "(result folders are kept either way)") from None

    def _open(self) -> None:
        with self._lock:
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=NORMAL")
            check = self._conn.execute("PRAGMA quick_check").fetchone()
            if check is None or check[0] != "ok":
                raise sqlite3.DatabaseError(f"integrity check: {check[0] if check else '?'}")
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

    def insert_job(self, row: dict, first_event: tuple[str, bytes], sketch_pb: bytes,
                   form: str = "validated", meta_json: str | None = None) -> int:
        """Insert a job with its input and first event (seq 1) in one transaction; returns
        order_no. ``form``: "validated" (``convert.stored_sketch``, with ``meta_json``) or
        "request"."""
        kind, payload = first_event
        row = dict(row, stored_bytes=len(sketch_pb) + len(payload) + len(meta_json or ""))
        cols = [c for c in row if c in _JOB_COLUMNS or c == "job_id"]
        with self._lock, self._conn:
            cur = self._conn.execute(
                f"INSERT INTO jobs ({', '.join(cols)}, last_seq) "
                f"VALUES ({', '.join('?' for _ in cols)}, 1)", [row[c] for c in cols])
            self._conn.execute("INSERT INTO events VALUES (?, 1, ?, ?)",
                               (row["job_id"], kind, payload))
            self._conn.execute("INSERT INTO inputs VALUES (?, ?, ?, ?)",
                               (row["job_id"], sketch_pb, form, meta_json))
            return int(cur.lastrowid)

    def append_event(self, job_id: str, seq: int, kind: str, payload: bytes,
                     updates: dict | None = None, add_bytes: int = 0) -> None:
        """Add event ``seq``, apply ``updates`` to the job row and count the event's bytes
        (plus ``add_bytes``, e.g. its result files) in ``stored_bytes``, in one transaction."""
        updates = dict(updates or {}, last_seq=seq)
        with self._lock, self._conn:
            self._conn.execute("INSERT INTO events VALUES (?, ?, ?, ?)",
                               (job_id, seq, kind, payload))
            self._update(job_id, updates)
            self._conn.execute("UPDATE jobs SET stored_bytes = stored_bytes + ? "
                               "WHERE job_id = ?", (len(payload) + add_bytes, job_id))

    def add_stored_bytes(self, job_id: str, n: int) -> None:
        with self._lock, self._conn:
            self._conn.execute("UPDATE jobs SET stored_bytes = MAX(0, stored_bytes + ?) "
                               "WHERE job_id = ?", (n, job_id))

    def set_input(self, job_id: str, sketch_pb: bytes, form: str, meta_json: str | None) -> None:
        """Replace a job's input (an old "request" input once it has been parsed)."""
        with self._lock, self._conn:
            old = self._conn.execute("SELECT length(sketch_pb) + COALESCE(length(meta_json), 0) "
                                     "FROM inputs WHERE job_id = ?", (job_id,)).fetchone()
            self._conn.execute("INSERT OR REPLACE INTO inputs VALUES (?, ?, ?, ?)",
                               (job_id, sketch_pb, form, meta_json))
            delta = len(sketch_pb) + len(meta_json or "") - (old[0] if old else 0)
            self._conn.execute("UPDATE jobs SET stored_bytes = MAX(0, stored_bytes + ?) "
                               "WHERE job_id = ?", (delta, job_id))

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
            before = 0
            for seq, _ in payloads:
                row = self._conn.execute("SELECT length(payload) FROM events WHERE job_id = ? "
                                         "AND seq = ?", (job_id, seq)).fetchone()
                before += row[0] if row else 0
            self._conn.executemany("UPDATE events SET payload = ? WHERE job_id = ? AND seq = ?",
                                   [(p, job_id, seq) for seq, p in payloads])
            after = sum(len(p) for _, p in payloads)
            self._conn.execute("UPDATE jobs SET stored_bytes = MAX(0, stored_bytes + ?) "
                               "WHERE job_id = ?", (after - before, job_id))

    def events_of_kind(self, job_id: str, kind: str) -> list[tuple[int, bytes]]:
        """[(seq, payload)] of a job's events of one kind, in order."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT seq, payload FROM events WHERE job_id = ? AND kind = ? ORDER BY seq",
                (job_id, kind)).fetchall()
        return [(int(r[0]), bytes(r[1])) for r in rows]

    def get_input(self, job_id: str) -> tuple[bytes, str, str | None] | None:
        """(sketch_pb, form, meta_json) of a job, or None."""
        with self._lock:
            row = self._conn.execute("SELECT sketch_pb, form, meta_json FROM inputs "
                                     "WHERE job_id = ?", (job_id,)).fetchone()
        return (bytes(row[0]), str(row[1]), row[2]) if row is not None else None

    def stored_bytes(self, client: str) -> int:
        """Bytes the jobs of ``client`` keep (inputs, events, result files)."""
        with self._lock:
            row = self._conn.execute("SELECT COALESCE(SUM(stored_bytes), 0) FROM jobs "
                                     "WHERE client = ?", (client,)).fetchone()
        return int(row[0])

    def finished_oldest_first(self, client: str) -> list[tuple[str, int]]:
        """[(job_id, stored_bytes)] of the finished jobs of ``client``, oldest first."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT job_id, stored_bytes FROM jobs WHERE client = ? AND state IN "
                "('completed', 'failed', 'cancelled') ORDER BY finished, order_no",
                (client,)).fetchall()
        return [(r[0], int(r[1])) for r in rows]

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
                  limit: int, client: str | None = None) -> list[dict]:
        """Newest first; ``before_order_no`` continues a previous page; ``client``: only the
        jobs it owns (None: everyone's)."""
        q = "SELECT * FROM jobs WHERE 1=1"
        args: list = []
        if client is not None:
            q += " AND client = ?"
            args.append(client)
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

    def expired_jobs(self, finished_before: float, keep_newest: int,
                     max_bytes: int | None = None) -> list[str]:
        """Finished jobs to delete, decided per owner so one owner's jobs never push out
        another's: those that finished before ``finished_before``, those older than their
        owner's newest ``keep_newest`` finished ones, and (``max_bytes``) the oldest of an owner
        whose jobs, finished and active, keep more than ``max_bytes``."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT job_id, finished, "
                "ROW_NUMBER() OVER (PARTITION BY client ORDER BY finished DESC, order_no DESC) "
                "AS newer, "
                "SUM(stored_bytes) OVER (PARTITION BY client ORDER BY finished DESC, "
                "order_no DESC ROWS UNBOUNDED PRECEDING) AS kept, "
                "(SELECT COALESCE(SUM(a.stored_bytes), 0) FROM jobs a WHERE a.client = "
                "jobs.client AND a.state IN ('queued', 'running')) AS active "
                "FROM jobs WHERE state IN ('completed', 'failed', 'cancelled')").fetchall()
        gone = set()
        for job_id, finished, newer, kept, active in rows:
            if (finished or 0.0) < finished_before or newer > max(0, keep_newest):
                gone.add(job_id)
            elif max_bytes is not None and kept + active > max_bytes:
                gone.add(job_id)
        return sorted(gone)

    def all_job_ids(self) -> set[str]:
        with self._lock:
            return {r[0] for r in self._conn.execute("SELECT job_id FROM jobs").fetchall()}
