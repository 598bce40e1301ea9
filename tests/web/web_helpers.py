"""Helpers for the web tests: a real gRPC server on loopback (stand-in runner, as
tests/server/server_helpers.py starts it) with the web front beside it, a tiny gRPC-Web client
over http.client, and Debian's Chromium for Playwright (skipped locally when missing, a failure
under CI=true)."""

from __future__ import annotations

import http.client
import os
import shutil
import ssl
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "tests" / "server"))
sys.path.insert(0, str(REPO / "tests" / "clients"))

from client_helpers import require  # noqa: E402,F401 - skips locally, fails under CI=true
from server_helpers import TOKEN, make_server, submit_request, wait_for  # noqa: E402,F401

from sketch2real.web import WebFrontend, WebLimits  # noqa: E402
from sketch2real.web import grpcweb  # noqa: E402
from sketch2real.wire._generated import sketch2real_pb2 as pb  # noqa: E402

SERVICE = "/sketch2real.v1.Sketch2Real/"
CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/lib/chromium/chromium")
CHROMIUM_ARGS = ["--use-gl=angle", "--use-angle=swiftshader", "--enable-unsafe-swiftshader",
                 "--disable-gpu-sandbox", "--no-first-run", "--mute-audio"]
"""Headless Chromium with WebGL on SwiftShader (no GPU)."""
IWER = REPO / "web" / "node_modules" / "iwer" / "build" / "iwer.min.js"


def chromium_path() -> str | None:
    env = os.environ.get("SKETCH2REAL_CHROMIUM")
    if env:
        return env
    for candidate in CHROMIUM_CANDIDATES:
        if Path(candidate).exists():
            return candidate
    return shutil.which("chromium")


class Stack:
    """A gRPC server (stand-in runner) and its web front, both on loopback."""

    def __init__(self, data_dir: Path, *, step=0.02, tokens=None, web_limits=None, tls=None,
                 **config):
        if tls is not None:
            config.update(tls_cert=tls[0], tls_key=tls[1])
        self.server = make_server(data_dir, step=step, tokens=tokens, **config)
        self.web = WebFrontend.for_server(self.server.config, self.server.port, 0,
                                          limits=web_limits)
        self.web.start()
        self.tls = tls

    @property
    def url(self) -> str:
        return self.web.url

    def connection(self, timeout=20.0) -> http.client.HTTPConnection:
        if self.tls is not None:
            ctx = ssl.create_default_context(cafile=str(self.tls[0]))
            return http.client.HTTPSConnection("127.0.0.1", self.web.port, timeout=timeout,
                                               context=ctx)
        return http.client.HTTPConnection("127.0.0.1", self.web.port, timeout=timeout)

    def stop(self) -> None:
        self.web.stop()
        self.server.stop(grace_seconds=0.5)


def grpc_web_call(conn: http.client.HTTPConnection, method: str, request, token: str | None = None,
                  headers: dict | None = None):
    """POST one gRPC-Web call; returns (HTTP response, [message payloads], trailers dict).
    Trailers come from the trailer frame, or from the headers of a trailers-only answer."""
    h = {"Content-Type": "application/grpc-web+proto", "X-Grpc-Web": "1"}
    if token is not None:
        h["Authorization"] = f"Bearer {token}"
    h.update(headers or {})
    body = request if isinstance(request, bytes) else grpcweb.data_frame(
        request.SerializeToString())
    conn.request("POST", method if method.startswith("/") else SERVICE + method, body=body,
                 headers=h)
    resp = conn.getresponse()
    data = resp.read()
    if resp.getheader("grpc-status") is not None:
        trailers = {"grpc-status": resp.getheader("grpc-status"),
                    "grpc-message": grpcweb.percent_decode(resp.getheader("grpc-message") or "")}
        return resp, [], trailers
    frames = grpcweb.parse_frames(data) if resp.status == 200 else []
    messages = [p for f, p in frames if f == grpcweb.DATA_FLAG]
    trailers = {}
    if frames and frames[-1][0] == grpcweb.TRAILER_FLAG:
        trailers = grpcweb.parse_trailers(frames[-1][1])
    return resp, messages, trailers


def status(trailers: dict) -> int:
    return int(trailers.get("grpc-status", "-1"))


def make_cert(folder: Path, san: str = "DNS:localhost,IP:127.0.0.1") -> tuple[Path, Path]:
    import subprocess

    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                    "-subj", "/CN=sketch2real-test", "-addext", f"subjectAltName={san}",
                    "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True)
    return cert, key


def page_state(page) -> dict:
    return page.evaluate("() => JSON.parse(JSON.stringify(window.sketch2real.state))")


def wait_state(page, expression: str, timeout: float = 30.0, what: str | None = None):
    """Poll a JavaScript expression over ``window.sketch2real.state`` (named ``s``) until it is
    truthy. (Playwright's wait_for_function evaluates strings with eval, which the page's
    Content-Security-Policy forbids, so the polling is done from here.)"""
    end = time.monotonic() + timeout
    script = f"() => {{ const s = window.sketch2real && window.sketch2real.state; return !!(s && ({expression})); }}"
    while time.monotonic() < end:
        if page.evaluate(script):
            return page_state(page)
        time.sleep(0.1)
    state = page.evaluate("() => window.sketch2real ? JSON.stringify(window.sketch2real.state) : 'no state'")
    raise AssertionError(f"timed out after {timeout}s waiting for {what or expression}; state: {state}")


def no_limits(**changes) -> WebLimits:
    import dataclasses

    return dataclasses.replace(WebLimits(), **changes)
