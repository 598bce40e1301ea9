"""Tenancy on a real server (loopback, stand-in runner): a job belongs to the identity that
submitted it; another identity cannot see, list, watch, cancel or download it; an admin sees
all; streams, stored bytes and retention are per identity, so one identity's thousand cancelled
jobs do not push out another's result."""

from __future__ import annotations

import dataclasses
import threading

import grpc
import pytest
from server_helpers import chair_sketch, make_server, wait_for

from sketch2real.client import Client, ServerError
from sketch2real.server.config import ServerLimits
from sketch2real.wire._generated import sketch2real_pb2 as pb
from sketch2real.wire.tokens import read_tokens

ALICE, BOB, ROOT = "alice-token-0123456789", "bob-token-0123456789ab", "root-token-0123456789ab"
TOKENS = {ALICE: "alice", BOB: "bob", ROOT: "root"}


def _client(server, token, **kw) -> Client:
    return Client(f"127.0.0.1:{server.port}", token=token, timeout=30.0, **kw)


def _code(call) -> str:
    with pytest.raises(ServerError) as err:
        call()
    return err.value.code.name


def test_another_identity_cannot_see_cancel_watch_or_download_a_job(tmp_path):
    server = make_server(tmp_path / "data", tokens=TOKENS, admins=frozenset({"root"}))
    try:
        with _client(server, ALICE) as alice, _client(server, BOB) as bob, \
                _client(server, ROOT) as root:
            done = alice.submit(chair_sketch(), "alice's secret chair", preset="preview")
            alice.wait(done)
            running = alice.submit(chair_sketch(), "alice's long chair", preset="preview",
                                   steps=5000)
            wait_for(lambda: alice.get_job(running).state == pb.JOB_STATE_RUNNING,
                     what="alice's job runs")
            mine = bob.submit(chair_sketch(), "bob's chair", preset="preview",
                              priority="batch")
            for job_id in (done, running):
                unknown = "0" * 32
                for call in (lambda: bob.get_job(job_id), lambda: list(bob.watch(job_id)),
                             lambda: bob.cancel(job_id), lambda: bob.download(job_id)):
                    assert _code(call) == "NOT_FOUND"
                    # The same answer as for an id that does not exist: nothing leaks.
                    assert _code(lambda: bob.get_job(unknown)) == "NOT_FOUND"
            with pytest.raises(ServerError) as err:
                bob.get_job(done)
            assert "alice" not in err.value.details and "secret" not in err.value.details
            # Lists show one's own jobs (prompts included) and nobody else's.
            assert [j.job_id for j in bob.iter_jobs()] == [mine]
            assert {j.job_id for j in alice.iter_jobs()} == {done, running}
            assert all(j.client == "alice" for j in alice.iter_jobs())
            # Alice's job was not cancelled by bob's attempt; it still runs.
            assert alice.get_job(running).state == pb.JOB_STATE_RUNNING
            assert not alice.get_job(running).cancel_requested
            # The admin sees, lists, downloads and cancels everything.
            assert {j.job_id for j in root.iter_jobs()} == {done, running, mine}
            assert root.get_job(done).options.prompt == "alice's secret chair"
            assert len(root.download(done)) > 0
            assert root.cancel(running).cancel_requested
            info = bob.server_info()
            assert info.identity == "bob" and not info.admin
            assert root.server_info().admin
            # Idempotency keys are per identity: bob's key does not find alice's job.
            a = alice.submit(chair_sketch(), "x", preset="preview", request_id="same-key")
            b = bob.submit(chair_sketch(), "x", preset="preview", request_id="same-key")
            assert a != b
    finally:
        server.stop(grace_seconds=0.5)


def test_without_tokens_every_local_caller_is_one_identity(server):
    with Client(f"127.0.0.1:{server.port}") as one, Client(f"localhost:{server.port}") as two:
        job = one.submit(chair_sketch(), "a chair", preset="preview")
        assert two.get_job(job).client == "local"
        assert [j.job_id for j in two.iter_jobs()] == [job]
        assert two.server_info().identity == "local"


def test_token_file_admin_flag(tmp_path):
    path = tmp_path / "tokens"
    path.write_text(f"alice {ALICE}\nroot {ROOT} admin\n{BOB}\n")
    tf = read_tokens(path)
    assert tf.tokens == {ALICE: "alice", ROOT: "root", BOB: "client3"}
    assert tf.admins == frozenset({"root"})
    from sketch2real.errors import ConfigError

    path.write_text(f"root {ROOT} admin\nroot {ALICE}\n")
    with pytest.raises(ConfigError, match="admin on one line and not on another"):
        read_tokens(path)
    path.write_text(f"root {ROOT} superuser\n")
    with pytest.raises(ConfigError, match="line 1"):
        read_tokens(path)


def test_streams_are_counted_per_identity(tmp_path):
    limits = dataclasses.replace(ServerLimits(), max_streams=6, max_streams_per_client=3)
    server = make_server(tmp_path / "data", tokens=TOKENS, limits=limits, step=0.05)
    try:
        with _client(server, ALICE) as alice, _client(server, BOB) as bob:
            job = alice.submit(chair_sketch(), "long", preset="preview", steps=2000)
            streams = [alice.watch(job) for _ in range(3)]
            for s in streams:
                next(s)  # each stream is open on the server
            assert _code(lambda: next(alice.watch(job))) == "RESOURCE_EXHAUSTED"
            # Bob still has his own streams.
            mine = bob.submit(chair_sketch(), "bob", preset="preview", priority="batch")
            first = next(bob.watch(mine))
            assert first.HasField("queued")
            for s in streams:
                s.close()
            alice.cancel(job)
    finally:
        server.stop(grace_seconds=0.5)


def test_stored_bytes_quota_evicts_only_the_owners_oldest_results(tmp_path):
    server = make_server(tmp_path / "data", tokens=TOKENS, step=0.001)
    try:
        with _client(server, ALICE) as alice, _client(server, BOB) as bob:
            keep = bob.wait(bob.submit(chair_sketch(), "bob's", preset="preview")).job_id
            first = alice.wait(alice.submit(chair_sketch(), "a1", preset="preview")).job_id
            store = server.manager.store
            per_job = store.get_job(first)["stored_bytes"]
            assert per_job > 10_000  # input, events and result files are counted
            # Alice may keep a little more than one job: the sweep removes her older one.
            server.manager.limits = dataclasses.replace(
                server.manager.limits, max_stored_bytes_per_client=int(per_job * 1.5))
            second = alice.wait(alice.submit(chair_sketch(), "a2", preset="preview")).job_id
            assert server.manager.sweep() == [first]
            assert _code(lambda: alice.get_job(first)) == "NOT_FOUND"
            assert not (server.manager.jobs_dir / first).exists()
            assert alice.get_job(second).state == pb.JOB_STATE_COMPLETED
            assert len(bob.download(keep)) > 0  # bob's result untouched
            # At Submit, room is made from the owner's own oldest finished jobs.
            server.manager.limits = dataclasses.replace(
                server.manager.limits,
                max_stored_bytes_per_client=store.stored_bytes("alice") + 100)
            third = alice.submit(chair_sketch(), "a3", preset="preview")
            assert _code(lambda: alice.get_job(second)) == "NOT_FOUND"
            alice.wait(third)
            assert len(bob.download(keep)) > 0
            # A quota too small for even the new job's input: RESOURCE_EXHAUSTED, naming it.
            server.manager.limits = dataclasses.replace(
                server.manager.limits, max_stored_bytes_per_client=100)
            with pytest.raises(ServerError) as err:
                alice.submit(chair_sketch(), "a3", preset="preview")
            assert err.value.code == grpc.StatusCode.RESOURCE_EXHAUSTED
            assert "max_stored_bytes_per_client=100" in err.value.details
            assert len(bob.download(keep)) > 0
    finally:
        server.stop(grace_seconds=0.5)


def test_a_thousand_cancelled_jobs_do_not_remove_another_identitys_result(tmp_path):
    server = make_server(tmp_path / "data", tokens=TOKENS, step=0.05)
    try:
        with _client(server, ALICE) as alice, _client(server, BOB) as bob:
            result = bob.wait(bob.submit(chair_sketch(), "bob's result", preset="preview"))
            bob_job = result.job_id
            blocker = bob.submit(chair_sketch(), "keeps the worker busy", preset="preview",
                                 steps=30_000)
            wait_for(lambda: bob.get_job(blocker).state == pb.JOB_STATE_RUNNING,
                     what="the worker is busy")
            sketch = chair_sketch()
            errors: list = []

            def spam(k: int) -> None:
                with _client(server, ALICE) as c:
                    for i in range(250):
                        try:
                            job = c.submit(sketch, f"tiny {k}-{i}", preset="preview",
                                           priority="batch")
                            c.cancel(job)
                        except ServerError as exc:  # noqa: PERF203 - collected, asserted
                            errors.append(exc)

            threads = [threading.Thread(target=spam, args=(k,)) for k in range(4)]
            for t in threads:
                t.start()
            for t in threads:
                t.join(timeout=300)
            assert not errors, errors[:3]
            server.manager.sweep()
            cancelled = list(alice.iter_jobs(states=["cancelled"], page_size=100))
            assert len(cancelled) == 1000
            # Bob's result is still there, byte for byte.
            assert bob.get_job(bob_job).state == pb.JOB_STATE_COMPLETED
            data = bob.download(bob_job)
            assert data and data.startswith(b"glTF")
            # Alice's own retention applies to alice only: her oldest cancelled jobs go first.
            server.manager.config = dataclasses.replace(server.manager.config,
                                                        max_finished_jobs=10)
            gone = server.manager.sweep()
            assert len(gone) == 990
            assert len(list(alice.iter_jobs())) == 10
            assert bob.get_job(bob_job).state == pb.JOB_STATE_COMPLETED
            bob.cancel(blocker)
    finally:
        server.stop(grace_seconds=0.5)
