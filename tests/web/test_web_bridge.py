"""The gRPC-Web bridge against a real server on loopback, at the HTTP level: calls forwarded
byte for byte, status codes as the server gives them, streams as they arrive, the token
untouched, and what it refuses (other methods, oversize bodies, too many calls, foreign Host
names, path traversal)."""

from __future__ import annotations

import http.client
import socket
import ssl
import time

import grpc
import pytest
from web_helpers import (SERVICE, TOKEN, Stack, grpc_web_call, make_cert, no_limits, pb, status,
                         submit_request, wait_for)

from sketch2real.errors import ConfigError
from sketch2real.server.config import ServerConfig
from sketch2real.web import WebFrontend, grpcweb


def upstream_streams(stack) -> int:
    """Event/download streams open on the gRPC server (its service's counter; 0 when a future
    server no longer exposes it, and then only the bridge's own count is checked)."""
    return getattr(stack.server.service, "_streams", 0)


def test_unary_call_round_trips_the_servers_bytes(stack):
    conn = stack.connection()
    resp, messages, trailers = grpc_web_call(conn, "GetServerInfo", pb.GetServerInfoRequest())
    assert resp.status == 200
    assert resp.getheader("Content-Type") == "application/grpc-web+proto"
    assert status(trailers) == 0
    info = pb.ServerInfo.FromString(messages[0])
    assert info.runner == "standin" and info.api_version == "sketch2real.v1"
    assert info.limits.max_message_bytes == stack.web.limits.max_message_bytes
    # Keep-alive: the same connection serves the next call.
    resp, messages, trailers = grpc_web_call(conn, "/grpc.health.v1.Health/Check", b"\0\0\0\0\0")
    assert status(trailers) == 0 and messages == [b"\x08\x01"]  # SERVING


def test_status_codes_and_messages_are_the_servers(stack):
    conn = stack.connection()
    _, messages, trailers = grpc_web_call(conn, "GetJob", pb.GetJobRequest(job_id="0" * 32))
    assert messages == [] and status(trailers) == grpc.StatusCode.NOT_FOUND.value[0]
    assert "not found" in trailers["grpc-message"]
    _, _, trailers = grpc_web_call(conn, "GetJob", pb.GetJobRequest(job_id="nope"))
    assert status(trailers) == grpc.StatusCode.INVALID_ARGUMENT.value[0]
    assert trailers["grpc-message"].startswith("job_id:")
    long_prompt = submit_request("é" * 501)  # non-ASCII survives the percent-encoding
    _, _, trailers = grpc_web_call(conn, "Submit", long_prompt)
    assert status(trailers) == grpc.StatusCode.INVALID_ARGUMENT.value[0]
    assert "max_prompt_chars=500" in trailers["grpc-message"]
    # A body that is not a protobuf of the request type: the server's own INVALID_ARGUMENT.
    _, _, trailers = grpc_web_call(conn, "Submit", grpcweb.data_frame(b"\xff\xff\xff"))
    assert status(trailers) == grpc.StatusCode.INVALID_ARGUMENT.value[0]
    # Malformed gRPC-Web framing: refused by the bridge, the connection still usable.
    _, _, trailers = grpc_web_call(conn, "GetServerInfo", b"\0\0\0\0\x09ab")
    assert status(trailers) == grpc.StatusCode.INVALID_ARGUMENT.value[0]
    _, _, trailers = grpc_web_call(conn, "GetServerInfo", b"\x01\0\0\0\0")
    assert status(trailers) == grpc.StatusCode.INVALID_ARGUMENT.value[0]
    assert "compressed" in trailers["grpc-message"]
    _, messages, trailers = grpc_web_call(conn, "GetServerInfo", pb.GetServerInfoRequest())
    assert status(trailers) == 0 and len(messages) == 1


def test_refine_streams_events_as_they_arrive(tmp_path):
    s = Stack(tmp_path / "data", step=0.05)  # 12 preview steps + export: about a second
    try:
        conn = s.connection()
        conn.request("POST", SERVICE + "Refine",
                     body=grpcweb.data_frame(submit_request().SerializeToString()),
                     headers={"Content-Type": "application/grpc-web+proto"})
        resp = conn.getresponse()
        assert resp.getheader("Transfer-Encoding") == "chunked"
        buf, first_at, start = b"", None, time.monotonic()
        while True:
            chunk = resp.read1(65536)
            if not chunk:
                break
            if first_at is None:
                first_at = time.monotonic() - start
            buf += chunk
        total = time.monotonic() - start
        frames = grpcweb.parse_frames(buf)
        events = [pb.JobEvent.FromString(p) for f, p in frames if f == grpcweb.DATA_FLAG]
        kinds = [e.WhichOneof("event") for e in events]
        assert kinds[0] == "queued" and kinds[-1] == "completed" and "preview" in kinds
        assert [e.seq for e in events] == list(range(1, len(events) + 1))
        assert grpcweb.parse_trailers(frames[-1][1])["grpc-status"] == "0"
        # The first event reached us long before the job ended: streamed, not buffered.
        assert first_at < total / 2, (first_at, total)
        # Then the result, in chunks, from the same connection.
        job_id = events[0].job_id
        _, chunks, trailers = grpc_web_call(conn, "DownloadResult", pb.DownloadResultRequest(
            job_id=job_id, format=pb.FORMAT_GLB, chunk_bytes=4096))
        parts = [pb.ResultChunk.FromString(c) for c in chunks]
        data = b"".join(p.data for p in parts)
        assert status(trailers) == 0 and len(parts) > 1 and len(data) == parts[0].total_bytes
        assert data[:4] == b"glTF"
    finally:
        s.stop()


def test_browser_going_away_cancels_the_upstream_stream(tmp_path):
    s = Stack(tmp_path / "data", step=0.5)  # a slow job: the Watch stream stays open
    try:
        conn = s.connection()
        _, messages, _ = grpc_web_call(conn, "Submit", submit_request(steps=200))
        job_id = pb.SubmitResponse.FromString(messages[0]).job_id
        raw = socket.create_connection(("127.0.0.1", s.web.port))
        body = grpcweb.data_frame(pb.WatchRequest(job_id=job_id).SerializeToString())
        raw.sendall(b"POST " + SERVICE.encode() + b"Watch HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    b"Content-Type: application/grpc-web+proto\r\nContent-Length: "
                    + str(len(body)).encode() + b"\r\n\r\n" + body)
        assert raw.recv(4096).startswith(b"HTTP/1.1 200")
        if hasattr(s.server.service, "_streams"):
            wait_for(lambda: upstream_streams(s) == 1, what="the upstream Watch stream")
        assert s.web.active_calls == 1
        raw.close()  # the tab closes
        wait_for(lambda: s.web.active_calls == 0, timeout=3, what="the bridge to notice")
        wait_for(lambda: upstream_streams(s) == 0, timeout=3,
                 what="the upstream stream to be cancelled")
    finally:
        s.stop()


def test_token_is_forwarded_untouched_and_auth_is_the_servers(tmp_path):
    s = Stack(tmp_path / "data", tokens={TOKEN: "alice"})
    try:
        conn = s.connection()
        _, _, trailers = grpc_web_call(conn, "GetServerInfo", pb.GetServerInfoRequest())
        assert status(trailers) == grpc.StatusCode.UNAUTHENTICATED.value[0]
        assert trailers["grpc-message"].startswith("missing token")
        _, _, trailers = grpc_web_call(conn, "GetServerInfo", pb.GetServerInfoRequest(),
                                       token="wrong-token-0123456789")
        assert status(trailers) == grpc.StatusCode.UNAUTHENTICATED.value[0]
        assert trailers["grpc-message"] == "wrong token"
        _, messages, trailers = grpc_web_call(conn, "Submit", submit_request(), token=TOKEN)
        assert status(trailers) == 0
        job_id = pb.SubmitResponse.FromString(messages[0]).job_id
        _, messages, _ = grpc_web_call(conn, "GetJob", pb.GetJobRequest(job_id=job_id),
                                       token=TOKEN)
        assert pb.Job.FromString(messages[0]).client == "alice"  # the token's identity
        # Health needs no token, as on the gRPC port.
        _, _, trailers = grpc_web_call(conn, "/grpc.health.v1.Health/Check", b"\0\0\0\0\0")
        assert status(trailers) == 0
        # With tokens, any Host name may be used (the LAN address of the machine).
        _, _, trailers = grpc_web_call(conn, "GetServerInfo", pb.GetServerInfoRequest(),
                                       token=TOKEN, headers={"Host": "studio.example:443"})
        assert status(trailers) == 0
    finally:
        s.stop()


def test_only_the_services_methods_are_bridged(stack):
    for path in ("/grpc.reflection.v1alpha.ServerReflection/ServerReflectionInfo",
                 "/grpc.health.v1.Health/Watch", "/other.Service/Method",
                 SERVICE + "NoSuchMethod", "/http://example.com/", "/"):
        conn = stack.connection()
        resp, _, _ = grpc_web_call(conn, path, pb.GetServerInfoRequest())
        assert resp.status == 404, path
    conn = stack.connection()
    conn.request("POST", SERVICE + "GetServerInfo", body=b"{}",
                 headers={"Content-Type": "application/json"})
    assert conn.getresponse().status == 415
    conn = stack.connection()
    conn.request("POST", SERVICE + "GetServerInfo", body=b"{}",
                 headers={"Content-Type": "text/plain"})  # a "simple" cross-site request
    assert conn.getresponse().status == 415


def test_request_size_is_bounded_before_reading(tmp_path):
    s = Stack(tmp_path / "data", web_limits=no_limits(max_message_bytes=1000))
    try:
        raw = socket.create_connection(("127.0.0.1", s.web.port), timeout=5)
        # Announce 10 MB and send none of it: the answer comes at once, unread.
        raw.sendall(b"POST " + SERVICE.encode() + b"Submit HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    b"Content-Type: application/grpc-web+proto\r\n"
                    b"Content-Length: 10000000\r\n\r\n")
        head = raw.recv(4096).decode()
        raw.close()
        assert head.startswith("HTTP/1.1 200")
        assert "grpc-status: 8" in head and "max_message_bytes=1000" in head
        assert "Connection: close" in head
        # Just under the limit is forwarded (and judged by the server).
        conn = s.connection()
        _, _, trailers = grpc_web_call(conn, "GetServerInfo", pb.GetServerInfoRequest())
        assert status(trailers) == 0
    finally:
        s.stop()


def test_concurrent_calls_are_bounded(tmp_path):
    s = Stack(tmp_path / "data", step=0.5, web_limits=no_limits(max_calls=2))
    socks = []
    try:
        conn = s.connection()
        _, messages, _ = grpc_web_call(conn, "Submit", submit_request(steps=200))
        job_id = pb.SubmitResponse.FromString(messages[0]).job_id
        body = grpcweb.data_frame(pb.WatchRequest(job_id=job_id).SerializeToString())
        request = (b"POST " + SERVICE.encode() + b"Watch HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                   b"Content-Type: application/grpc-web+proto\r\nContent-Length: "
                   + str(len(body)).encode() + b"\r\n\r\n" + body)
        for _ in range(2):
            raw = socket.create_connection(("127.0.0.1", s.web.port), timeout=5)
            raw.sendall(request)
            assert raw.recv(4096).startswith(b"HTTP/1.1 200")
            socks.append(raw)
        wait_for(lambda: s.web.active_calls == 2, what="two open streams")
        _, _, trailers = grpc_web_call(s.connection(), "GetServerInfo", pb.GetServerInfoRequest())
        assert status(trailers) == grpc.StatusCode.RESOURCE_EXHAUSTED.value[0]
        assert "max_calls" in trailers["grpc-message"]
        socks.pop().close()
        wait_for(lambda: s.web.active_calls == 1, timeout=3, what="a slot to free")
        _, _, trailers = grpc_web_call(s.connection(), "GetServerInfo", pb.GetServerInfoRequest())
        assert status(trailers) == 0
    finally:
        for raw in socks:
            raw.close()
        s.stop()


def test_foreign_host_names_are_refused_without_tokens(stack):
    """A page elsewhere that rebinds its DNS name to 127.0.0.1 cannot use the local identity."""
    resp, _, _ = grpc_web_call(stack.connection(), "GetServerInfo", pb.GetServerInfoRequest(),
                               headers={"Host": "evil.example"})
    assert resp.status == 403
    for host in ("localhost:1234", "127.0.0.1", "[::1]:80"):
        _, _, trailers = grpc_web_call(stack.connection(), "GetServerInfo",
                                       pb.GetServerInfoRequest(), headers={"Host": host})
        assert status(trailers) == 0, host


def test_static_files_come_only_from_the_packaged_folder(stack):
    conn = stack.connection()
    conn.request("GET", "/", headers={"Accept-Encoding": "gzip"})
    resp = conn.getresponse()
    body = resp.read()
    assert resp.status == 200 and resp.getheader("Content-Encoding") == "gzip"
    assert "default-src 'self'" in resp.getheader("Content-Security-Policy")
    import gzip

    assert b'<script type="module" src="app.js">' in gzip.decompress(body)
    etag = resp.getheader("ETag")
    conn.request("GET", "/index.html", headers={"If-None-Match": etag})
    resp = conn.getresponse()
    resp.read()
    assert resp.status == 304
    conn.request("GET", "/app.js")
    resp = conn.getresponse()
    assert resp.status == 200 and resp.getheader("Content-Type").startswith("text/javascript")
    assert len(resp.read()) > 100_000
    for path in ("/../pyproject.toml", "/%2e%2e/%2e%2e/pyproject.toml", "/static/../bridge.py",
                 "/bridge.py", "/..%2fbridge.py", "//etc/passwd", "/app.js/..", "/.hidden",
                 "/index.html%00"):
        conn.request("GET", path)
        resp = conn.getresponse()
        resp.read()
        assert resp.status == 404, path
    conn.request("PUT", "/index.html", body=b"x")
    resp = conn.getresponse()
    resp.read()
    assert resp.status in (405, 501)


def test_tls_page_and_bridge_use_the_servers_certificate(tmp_path):
    # A certificate for a LAN name only: the bridge still verifies it when it reaches the gRPC
    # port over loopback.
    cert, key = make_cert(tmp_path, san="DNS:studio.lan,IP:127.0.0.1")
    s = Stack(tmp_path / "data", tokens={TOKEN: "bob"}, tls=(cert, key))
    try:
        assert s.url.startswith("https://")
        conn = s.connection()
        conn.request("GET", "/")
        resp = conn.getresponse()
        assert resp.status == 200 and b"app.js" in resp.read()
        _, messages, trailers = grpc_web_call(conn, "GetServerInfo", pb.GetServerInfoRequest(),
                                              token=TOKEN)
        assert status(trailers) == 0 and pb.ServerInfo.FromString(messages[0]).tls
        raw = socket.create_connection(("127.0.0.1", s.web.port), timeout=5)
        raw.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")  # plain HTTP to the TLS port
        assert not raw.recv(4096).startswith(b"HTTP/1.1 200")
        raw.close()
    finally:
        s.stop()


def test_tls_name_from_a_certificate_without_the_loopback_address(tmp_path):
    cert, key = make_cert(tmp_path, san="DNS:studio.lan,IP:192.0.2.7")
    s = Stack(tmp_path / "data", tokens={TOKEN: "bob"}, tls=(cert, key))
    try:
        assert s.web.grpc_target == "127.0.0.1:%d" % s.server.port
        ctx = ssl.create_default_context(cafile=str(cert))
        ctx.check_hostname = False  # the test client reaches 127.0.0.1, not in the certificate
        conn = http.client.HTTPSConnection("127.0.0.1", s.web.port, context=ctx, timeout=10)
        _, _, trailers = grpc_web_call(conn, "GetServerInfo", pb.GetServerInfoRequest(),
                                       token=TOKEN)
        assert status(trailers) == 0
    finally:
        s.stop()


def test_web_front_beyond_loopback_needs_a_token(tmp_path):
    config = ServerConfig(host="127.0.0.1", port=0, data_dir=tmp_path)
    with pytest.raises(ConfigError, match="without a token"):
        WebFrontend.for_server(config, 1, 0, host="0.0.0.0")
    WebFrontend.check_host(config, "localhost")


def test_stop_ends_open_streams(tmp_path):
    s = Stack(tmp_path / "data", step=0.5)
    try:
        conn = s.connection()
        _, messages, _ = grpc_web_call(conn, "Submit", submit_request(steps=200))
        job_id = pb.SubmitResponse.FromString(messages[0]).job_id
        raw = socket.create_connection(("127.0.0.1", s.web.port), timeout=5)
        body = grpcweb.data_frame(pb.WatchRequest(job_id=job_id).SerializeToString())
        raw.sendall(b"POST " + SERVICE.encode() + b"Watch HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    b"Content-Type: application/grpc-web+proto\r\nContent-Length: "
                    + str(len(body)).encode() + b"\r\n\r\n" + body)
        wait_for(lambda: s.web.active_calls == 1, what="the stream")
        t = time.monotonic()
        s.web.stop()
        assert time.monotonic() - t < 5
        assert s.web.active_calls == 0
        wait_for(lambda: upstream_streams(s) == 0, timeout=3, what="upstream cancelled")
        raw.close()
    finally:
        s.stop()
