"""``sketch2real serve --web-port`` starts the web front beside the gRPC server, in a real
process, and stops with it."""

from __future__ import annotations

import http.client
import re
import signal
import subprocess
import sys
import time

from web_helpers import grpc_web_call, pb, status


def test_serve_web_port(tmp_path):
    cmd = [sys.executable, "-m", "sketch2real.cli", "serve", "--runner", "standin", "--port", "0",
           "--web-port", "0", "--data-dir", str(tmp_path / "data")]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        url, lines, end = None, [], time.monotonic() + 60
        while url is None and time.monotonic() < end:
            line = proc.stdout.readline()
            if not line:
                break
            lines.append(line)
            m = re.search(r"web page on (http://127\.0\.0\.1:(\d+)/)", line)
            if m:
                url, port = m.group(1), int(m.group(2))
        assert url, "".join(lines)
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        conn.request("GET", "/")
        resp = conn.getresponse()
        assert resp.status == 200 and b"app.js" in resp.read()
        _, messages, trailers = grpc_web_call(conn, "GetServerInfo", pb.GetServerInfoRequest())
        assert status(trailers) == 0 and pb.ServerInfo.FromString(messages[0]).runner == "standin"
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_serve_refuses_an_open_web_port_without_a_token(tmp_path):
    run = subprocess.run([sys.executable, "-m", "sketch2real.cli", "serve", "--runner", "standin",
                          "--port", "0", "--web-port", "0", "--web-host", "0.0.0.0",
                          "--data-dir", str(tmp_path / "data")],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 2, run.stdout + run.stderr
    assert "without a token" in run.stderr
