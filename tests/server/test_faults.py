"""The server under faults (a real server on loopback, stand-in runner): a full disk (a small
tmpfs where one can be mounted, and stand-ins that make the same errors), a missing, empty or
corrupt database, a crash with a cancel acknowledged or a job that keeps killing the server,
a worker that meets any exception, a result damaged on disk, numbers past what the store holds,
the start-up warnings, an ETA that tracks the fit stage, and a store written by schema 2."""

from __future__ import annotations

import dataclasses
import errno
import os
import sqlite3
import subprocess
import time
from pathlib import Path

import grpc
import pytest
from server_helpers import TOKEN, chair_sketch, make_server, wait_for

from sketch2real.cli import main
from sketch2real.client import Client, ServerError
from sketch2real.errors import ConfigError
from sketch2real.pipeline.events import Cancelled, Progress, StageStarted
from sketch2real.server.config import ServerConfig, config_warnings
from sketch2real.server.standin_runner import make_standin_runner
from sketch2real.wire._generated import sketch2real_pb2 as pb

MiB = 1 << 20


def _client(server, **kw) -> Client:
    return Client(f"127.0.0.1:{server.port}", timeout=20.0, **kw)


def _health(server) -> str:
    with _client(server) as c:
        return c.health()


def _refused(call) -> ServerError:
    with pytest.raises(ServerError) as err:
        call()
    return err.value


# --- a full disk -----------------------------------------------------------------------------


@pytest.fixture
def small_disk(tmp_path):
    disk = tmp_path / "disk"
    disk.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(disk)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({done.stderr.strip()[:80]}); "
                    "test_disk_full_stand_ins covers the same behaviour")
    yield disk
    subprocess.run(["umount", "-l", str(disk)], capture_output=True)


def _fill(disk: Path) -> Path:
    """Write a file until the filesystem is full; returns it."""
    filler = disk / "filler"
    with open(filler, "wb") as fh:
        try:
            while True:
                fh.write(b"\0" * (256 * 1024))
                fh.flush()
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
    return filler


def test_disk_full_on_a_small_tmpfs(small_disk):
    server = make_server(small_disk / "data", step=0.02, min_free_bytes=1 * MiB)
    try:
        with _client(server) as c:
            done = c.submit(chair_sketch(), "before", preset="preview")
            c.wait(done)
            running = c.submit(chair_sketch(), "runs into the full disk", preset="preview",
                               steps=60)
            wait_for(lambda: c.get_job(running).state == pb.JOB_STATE_RUNNING,
                     what="the job runs")
            filler = _fill(small_disk)
            # Submit: RESOURCE_EXHAUSTED naming the limit; health NOT_SERVING.
            err = _refused(lambda: c.submit(chair_sketch(), "no room", preset="preview"))
            assert err.code == grpc.StatusCode.RESOURCE_EXHAUSTED, err
            assert "min_free_bytes" in err.details or "disk is full" in err.details
            assert _health(server) == "NOT_SERVING"
            # The running job fails with a clear reason (recorded thanks to the reserve file).
            end = wait_for(lambda: c.get_job(running).state == pb.JOB_STATE_FAILED and
                           c.get_job(running), timeout=30, what="the job fails")
            assert end.failure.code == pb.FAILURE_CODE_RESOURCE
            assert "disk" in end.failure.message
            assert len(c.download(done)) > 0  # what was there is still served
            # Space returns: the worker works again, without a restart.
            filler.unlink()
            wait_for(lambda: _health(server) == "SERVING", timeout=15, what="SERVING again")
            after = c.submit(chair_sketch(), "after", preset="preview")
            assert c.wait(after).completed.mesh.triangle_count > 0
            assert server.manager.fault is None
    finally:
        server.stop(grace_seconds=0.5)


def test_disk_full_stand_ins(tmp_path):
    """Without a small filesystem: the free-space measurement, an ENOSPC from the runner and a
    real SQLITE_FULL (the database's page limit) give the same behaviour."""
    state = {"enospc": False}
    standin = make_standin_runner(0.002)

    def runner(sketch, plan, out_dir, on_event, should_cancel):
        if state["enospc"]:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(out_dir / "result.glb"))
        return standin(sketch, plan, out_dir, on_event, should_cancel)

    server = make_server(tmp_path / "data", runner=runner, min_free_bytes=1 * MiB)
    manager = server.manager
    try:
        with _client(server) as c:
            # 1. Too little free space: refused before anything is written.
            real = manager.disk.free_bytes
            manager.disk.free_bytes = lambda: 1000
            err = _refused(lambda: c.submit(chair_sketch(), "x", preset="preview"))
            assert err.code == grpc.StatusCode.RESOURCE_EXHAUSTED
            assert "min_free_bytes=1048576" in err.details
            assert _health(server) == "NOT_SERVING"
            manager.disk.free_bytes = real
            wait_for(lambda: _health(server) == "SERVING", timeout=10, what="SERVING")
            # 2. The runner cannot write its files: FAILED (resource), the loop goes on.
            state["enospc"] = True
            job = c.submit(chair_sketch(), "x", preset="preview")
            failed = wait_for(lambda: c.get_job(job).state == pb.JOB_STATE_FAILED and
                              c.get_job(job), what="failed")
            assert failed.failure.code == pb.FAILURE_CODE_RESOURCE
            assert "disk" in failed.failure.message and "No space left" in failed.failure.message
            state["enospc"] = False
            wait_for(lambda: _health(server) == "SERVING", timeout=10, what="SERVING")
            # 3. The database cannot grow (SQLITE_FULL): Submit is RESOURCE_EXHAUSTED.
            conn = manager.store._conn
            pages = conn.execute("PRAGMA page_count").fetchone()[0]
            conn.execute(f"PRAGMA max_page_count = {pages}")
            big = Client.stroke_sketch([[[i * 1e-3, (i % 7) * 1e-3, 0.0] for i in range(20_000)]])
            err = _refused(lambda: c.submit(big, "x", preset="preview"))
            assert err.code == grpc.StatusCode.RESOURCE_EXHAUSTED, err
            assert "disk is full" in err.details
            assert _health(server) == "NOT_SERVING"
            conn.execute("PRAGMA max_page_count = 1073741823")
            wait_for(lambda: _health(server) == "SERVING", timeout=10, what="SERVING")
            assert c.wait(c.submit(big, "x", preset="preview")).HasField("completed")
    finally:
        server.stop(grace_seconds=0.5)


# --- the worker survives anything ------------------------------------------------------------


def test_the_worker_survives_any_exception(tmp_path):
    calls = {"n": 0}
    standin = make_standin_runner(0.001)

    def runner(sketch, plan, out_dir, on_event, should_cancel):
        calls["n"] += 1
        if calls["n"] == 1:
            raise RuntimeError("a bug in the loop")
        if calls["n"] == 2:
            return None  # not a terminal event
        if calls["n"] == 3:
            on_event(object())  # an event of no known kind is ignored
            raise MemoryError("the loop ran out of memory")
        return standin(sketch, plan, out_dir, on_event, should_cancel)

    server = make_server(tmp_path / "data", runner=runner)
    store = server.manager.store
    real = store.increment_attempts
    broken = {"left": 1}

    def flaky(job_id, **updates):
        if broken["left"]:
            broken["left"] -= 1
            raise sqlite3.OperationalError("database is locked")
        return real(job_id, **updates)

    try:
        with _client(server) as c:
            ids = [c.submit(chair_sketch(), f"job {i}", preset="preview") for i in range(3)]
            outcomes = []
            for job_id in ids:
                ev = list(c.follow(job_id))[-1]
                outcomes.append((ev.WhichOneof("event"), ev.failed.code, ev.failed.message))
            assert outcomes[0][:2] == ("failed", pb.FAILURE_CODE_INTERNAL)
            assert "RuntimeError" in outcomes[0][2]
            assert outcomes[1][:2] == ("failed", pb.FAILURE_CODE_INTERNAL)
            assert outcomes[2][:2] == ("failed", pb.FAILURE_CODE_RESOURCE)
            # A store error outside any job (taking the next job): the job waits, then runs.
            store.increment_attempts = flaky
            job = c.submit(chair_sketch(), "after a store error", preset="preview")
            assert c.wait(job).HasField("completed")
            assert broken["left"] == 0
            assert _health(server) == "SERVING"
    finally:
        store.increment_attempts = real
        server.stop(grace_seconds=0.5)


# --- the database ----------------------------------------------------------------------------


def _data_with_results(tmp_path) -> tuple[Path, list[str]]:
    data = tmp_path / "data"
    server = make_server(data, step=0.001)
    try:
        with _client(server) as c:
            ids = [c.submit(chair_sketch(), f"chair {i}", preset="preview") for i in range(2)]
            for job_id in ids:
                c.wait(job_id)
    finally:
        server.stop(grace_seconds=0.5)
    return data, ids


def _tree(path: Path) -> dict:
    return {str(p.relative_to(path)): p.stat().st_size for p in sorted(path.rglob("*"))
            if p.is_file()}


@pytest.mark.parametrize("damage", ["zero bytes", "missing", "garbage"])
def test_a_missing_or_unreadable_database_never_deletes_results(tmp_path, damage, capsys):
    data, ids = _data_with_results(tmp_path)
    (data / "jobs" / "operators-notes").mkdir()
    (data / "jobs" / "operators-notes" / "keep.txt").write_text("mine")
    before = _tree(data / "jobs")
    assert any(f"{ids[0]}/result/result.glb" in k for k in before)
    db = data / "jobs.sqlite3"
    for extra in (Path(str(db) + "-wal"), Path(str(db) + "-shm")):
        if extra.exists():
            extra.unlink()
    if damage == "zero bytes":
        db.write_bytes(b"")
    elif damage == "missing":
        db.unlink()
    else:
        db.write_bytes(b"this is not a database, it is a text file " * 200)
    with pytest.raises(ConfigError) as err:
        make_server(data)
    message = str(err.value)
    assert "\n" not in message and "jobs.sqlite3" in message
    assert ("2 job folders" in message) if damage != "garbage" else ("cannot be used" in message)
    # Through the CLI: one line, exit status 2, no traceback.
    code = main(["serve", "--port", "0", "--data-dir", str(data), "--runner", "standin"])
    err_text = capsys.readouterr().err
    assert code == 2
    assert "Traceback" not in err_text and "sketch2real serve: error:" in err_text
    assert _tree(data / "jobs") == before  # every result folder, and the operator's, in place


def test_unknown_folders_in_jobs_are_left_alone(tmp_path):
    data, ids = _data_with_results(tmp_path)
    stranger = data / "jobs" / ("e" * 32)
    stranger.mkdir()
    (stranger / "precious.bin").write_bytes(b"\1" * 100)
    (data / "jobs" / "notes.txt").write_text("x")
    server = make_server(data)
    try:
        assert (stranger / "precious.bin").read_bytes() == b"\1" * 100
        assert (data / "jobs" / "notes.txt").exists()
        server.manager.sweep(now=time.time() + 10 ** 9)  # every known job expires
        assert (stranger / "precious.bin").exists() and (data / "jobs" / "notes.txt").exists()
        assert not (data / "jobs" / ids[0]).exists()
    finally:
        server.stop(grace_seconds=0.5)


def _crash_state(data: Path, job_id: str, **columns) -> None:
    """Leave the store as a server killed while ``job_id`` ran would have left it."""
    conn = sqlite3.connect(str(data / "jobs.sqlite3"))
    with conn:
        sets = ", ".join(f"{k} = ?" for k in columns)
        conn.execute(f"UPDATE jobs SET state = 'running', stage = 'sds', step = 3, {sets} "
                     "WHERE job_id = ?", [*columns.values(), job_id])
    conn.close()


def test_crash_recovery_honours_cancels_and_bounds_retries(tmp_path):
    data = tmp_path / "data"
    server = make_server(data, step=0.05, max_restarts=2)
    with _client(server) as c:
        cancelled = c.submit(chair_sketch(), "cancel acknowledged", preset="preview", steps=900)
        crashing = c.submit(chair_sketch(), "kills the server", preset="preview", steps=900)
    server.stop(grace_seconds=0.2)
    _crash_state(data, cancelled, cancel_requested=1, restarts=0)
    _crash_state(data, crashing, cancel_requested=0, restarts=2)
    server = make_server(data, step=0.001, max_restarts=2)
    try:
        with _client(server) as c:
            events = list(c.watch(cancelled))
            assert events[-1].HasField("cancelled") and events[-1].cancelled.stage == "sds"
            assert not any(e.HasField("completed") for e in events)
            job = c.get_job(crashing)
            assert job.state == pb.JOB_STATE_FAILED
            assert "max_restarts=2" in job.failure.message and "3 times" in job.failure.message
            # Under the bound, a job is re-queued and its restart counted.
            again = c.submit(chair_sketch(), "restarted once", preset="preview", steps=900)
            wait_for(lambda: c.get_job(again).state == pb.JOB_STATE_RUNNING, what="runs")
    finally:
        server.stop(grace_seconds=0.2)
    _crash_state(data, again, cancel_requested=0, restarts=1)
    server = make_server(data, step=0.001, max_restarts=2)
    try:
        with _client(server) as c:
            assert c.wait(again).HasField("completed")
            assert server.manager.store.get_job(again)["restarts"] == 2
            reasons = [e.queued.reason for e in c.watch(again) if e.HasField("queued")]
            assert reasons[-1] == "requeued after a server restart"
    finally:
        server.stop(grace_seconds=0.5)


# --- results, numbers, warnings, ETA ---------------------------------------------------------


def test_a_result_damaged_on_disk_is_not_served(server):
    with _client(server) as c:
        job = c.submit(chair_sketch(), "a chair", preset="preview")
        c.wait(job)
        good = c.download(job, format="obj")
        glb = server.manager.jobs_dir / job / "result" / "result.glb"
        data = bytearray(glb.read_bytes())
        data[len(data) // 2] ^= 0xFF
        glb.write_bytes(bytes(data))
        err = _refused(lambda: c.download(job, format="glb"))
        assert err.code == grpc.StatusCode.NOT_FOUND and "damaged on disk" in err.details
        assert c.download(job, format="obj") == good  # the other files are fine


def test_numbers_past_what_the_store_holds_are_invalid_argument(server):
    import base64

    with _client(server) as c:
        job = c.submit(chair_sketch(), "a chair", preset="preview")
        c.wait(job)
        last = c.get_job(job).last_seq
        for after in (2 ** 64 - 1, 2 ** 63, last + 1):
            err = _refused(lambda: list(c.watch(job, after_seq=after)))
            assert err.code == grpc.StatusCode.INVALID_ARGUMENT and "after_seq" in err.details
        assert list(c.watch(job, after_seq=last)) == []
        for n in (2 ** 64, 2 ** 63, 10 ** 40, -5, 0):
            token = base64.urlsafe_b64encode(str(n).encode()).decode()
            err = _refused(lambda: c.list_jobs(page_token=token))
            assert err.code == grpc.StatusCode.INVALID_ARGUMENT and "page_token" in err.details
        err = _refused(lambda: c.list_jobs(page_token="A" * 10_000))
        assert err.code == grpc.StatusCode.INVALID_ARGUMENT


def test_start_warnings(tmp_path):
    plain = ServerConfig(host="0.0.0.0", data_dir=tmp_path, tokens={TOKEN: "a"})
    assert any("plaintext" in w and "--tls-cert" in w for w in config_warnings(plain))
    assert any("--insecure" in w for w in config_warnings(
        ServerConfig(host="0.0.0.0", data_dir=tmp_path, insecure=True)))
    assert config_warnings(ServerConfig(host="127.0.0.1", data_dir=tmp_path)) == []
    assert config_warnings(ServerConfig(host="0.0.0.0", data_dir=tmp_path, tokens={TOKEN: "a"},
                                        tls_cert=tmp_path / "c", tls_key=tmp_path / "k")) == []


def _fit_runner(eta_of):
    """A runner with a 10-step fit whose Progress ETA is ``eta_of(step)``, then cancelled."""
    def run(sketch, plan, out_dir, on_event, should_cancel):
        on_event(StageStarted("fit", 10))
        for step in range(1, 11):
            time.sleep(0.3)
            on_event(Progress("fit", step, 10, 1.0 / step, eta_of(step)))
        ev = Cancelled("fit", 10)
        on_event(ev)
        return ev
    return run


@pytest.mark.parametrize("tracks", [False, True])
def test_eta_tracks_the_fit_stage(tmp_path, tracks):
    # The real loop's fit reports a constant ETA (the guided steps and the export still to
    # come); the server adds what is left of the fit. A runner that counts down is left alone.
    eta_of = (lambda step: 3.0 * (10 - step) + 100.0) if tracks else (lambda step: 100.0)
    server = make_server(tmp_path / "data", runner=_fit_runner(eta_of))
    try:
        with _client(server) as c:
            job = c.submit(chair_sketch(), "a chair", preset="preview")
            etas = [e.progress.eta_seconds for e in c.follow(job) if e.HasField("progress")]
        assert len(etas) == 10
        if tracks:
            assert etas == pytest.approx([eta_of(s) for s in range(1, 11)])
        else:
            assert etas[0] == pytest.approx(100.0) and etas[-1] == pytest.approx(100.0)
            middle = etas[1:-1]
            assert all(a > b for a, b in zip(middle, middle[1:])), etas
            assert middle[0] > 100.0 + 1.0  # about 0.3 s per remaining fit step
    finally:
        server.stop(grace_seconds=0.5)


# --- schema 2 -> 3 ---------------------------------------------------------------------------

SCHEMA_2 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE jobs (
    order_no INTEGER PRIMARY KEY AUTOINCREMENT, job_id TEXT NOT NULL UNIQUE,
    state TEXT NOT NULL, priority INTEGER NOT NULL, client TEXT NOT NULL, request_id TEXT,
    options_pb BLOB NOT NULL, plan_json TEXT, sketch_kind TEXT NOT NULL, created REAL NOT NULL,
    started REAL, finished REAL, last_seq INTEGER NOT NULL DEFAULT 0,
    attempts INTEGER NOT NULL DEFAULT 0, stage TEXT, step INTEGER, total_steps INTEGER,
    eta REAL, failure_code TEXT, failure_message TEXT, result_files TEXT,
    cancel_requested INTEGER NOT NULL DEFAULT 0);
CREATE UNIQUE INDEX jobs_request ON jobs(client, request_id) WHERE request_id IS NOT NULL;
CREATE INDEX jobs_state ON jobs(state, client);
CREATE TABLE events (job_id TEXT NOT NULL, seq INTEGER NOT NULL, kind TEXT NOT NULL,
    payload BLOB NOT NULL, PRIMARY KEY (job_id, seq));
CREATE TABLE inputs (job_id TEXT PRIMARY KEY, sketch_pb BLOB NOT NULL);
INSERT INTO meta VALUES ('schema', '2');
"""


def test_a_schema_2_store_is_migrated_and_its_queued_file_job_runs(tmp_path):
    from sketch2real.geometry.examples import EXAMPLES
    from sketch2real.geometry.readers.curves import write_curves

    data = tmp_path / "data"
    data.mkdir()
    path = write_curves(EXAMPLES["vase"](), tmp_path / "vase.curves")
    sketch = Client.file_sketch(path)  # stored unparsed, as schema 2 did
    job_id = "a" * 32
    options = Client.options("a vase", preset="preview")
    queued = pb.JobEvent(job_id=job_id, seq=1, time=time.time(),
                         queued=pb.Queued(position=0, reason="submitted"))
    conn = sqlite3.connect(str(data / "jobs.sqlite3"))
    with conn:
        conn.executescript(SCHEMA_2)
        conn.execute("INSERT INTO jobs (job_id, state, priority, client, options_pb, "
                     "sketch_kind, created, last_seq) VALUES (?, 'queued', 0, '127.0.0.1', ?, "
                     "'strokes', ?, 1)", (job_id, options.SerializeToString(), time.time()))
        conn.execute("INSERT INTO events VALUES (?, 1, 'queued', ?)",
                     (job_id, queued.SerializeToString()))
        conn.execute("INSERT INTO inputs VALUES (?, ?)", (job_id, sketch.SerializeToString()))
    conn.close()
    server = make_server(data, step=0.001)
    try:
        with _client(server) as c:
            assert c.wait(job_id).completed.mesh.triangle_count > 0
            sketch_pb, form, _ = server.manager.store.get_input(job_id)
            assert form == "validated" and pb.Sketch.FromString(sketch_pb).HasField("strokes")
            assert server.manager.store.get_job(job_id)["stored_bytes"] > 0
            assert c.get_job(job_id).client == "127.0.0.1"  # the local identity is an admin
    finally:
        server.stop(grace_seconds=0.5)
    conn = sqlite3.connect(str(data / "jobs.sqlite3"))
    assert conn.execute("SELECT value FROM meta WHERE key='schema'").fetchone()[0] == "3"
    conn.close()


def test_limits_widen_nothing_and_are_reported(server):
    with _client(server) as c:
        limits = c.server_info().limits
    assert limits.max_streams_per_client == 16 and limits.max_image_pixels == 4096 ** 2
    assert limits.max_stored_bytes_per_client == 8 << 30 and limits.max_nodes == 20_000
    with pytest.raises(ConfigError, match="max_nodes"):
        from sketch2real.server.config import ServerLimits

        dataclasses.replace(ServerLimits(), max_nodes=10 ** 9)
