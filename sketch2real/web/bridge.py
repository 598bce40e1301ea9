"""The web front: the browser page and a gRPC-Web bridge to the gRPC server, on one HTTP port.

    web = WebFrontend.for_server(config, grpc_port=server.port, port=8080)
    web.start()          # after the gRPC server is listening; returns the port
    print(web.url)       # http(s)://host:port/
    ...
    web.stop()           # ends bridged calls (upstream cancelled) and closes the port

What it serves (HTTP/1.1, TLS with the server's certificate when it has one):

- ``GET /``, ``GET /app.js``, ...: the built page from the packaged folder ``static/``, held in
  memory (``static_files.py``; no request path ever reaches the filesystem).
- ``POST /sketch2real.v1.Sketch2Real/<Method>`` and ``POST /grpc.health.v1.Health/Check``:
  gRPC-Web (binary, ``application/grpc-web+proto``). The request's one message is forwarded as
  raw bytes to the same grpcio server over a channel (loopback), with the browser's
  ``authorization`` metadata untouched, so the server's own interceptor, checks, limits and
  status codes apply; nothing is parsed here. Server-streaming calls (Refine, Watch,
  DownloadResult) are written to the browser frame by frame as they arrive (chunked transfer
  encoding). The final status and message become the gRPC-Web trailer frame.

What it refuses, so that it is never an open proxy nor an easy target:

- any other path (reflection, other services, other hosts): 404; any other content type: 415;
- a body over ``max_message_bytes`` (the server's limit): RESOURCE_EXHAUSTED, unread;
- more than ``max_calls`` bridged calls at once, or more than ``max_buffered_bytes`` of request
  bodies in memory at once: RESOURCE_EXHAUSTED; more than ``max_connections`` open connections:
  closed at once; a connection silent for ``idle_timeout_s``: closed;
- on a server without tokens bound to loopback, a ``Host`` that is not a loopback name (a page
  from elsewhere rebinding its DNS name to 127.0.0.1): 403.

When the browser goes away (the tab closes, a fetch is aborted), the upstream call is
cancelled within ``poll_s``; when the web front stops, every bridged call is cancelled.
"""

from __future__ import annotations

import ipaddress
import logging
import queue
import select
import socket
import ssl
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import grpc

from sketch2real.errors import ConfigError
from sketch2real.web import grpcweb
from sketch2real.web.static_files import StaticFile, load_static
from sketch2real.wire._generated import sketch2real_pb2 as pb

logger = logging.getLogger(__name__)

MiB = 1024 * 1024
SERVICE = pb.DESCRIPTOR.services_by_name["Sketch2Real"]
HEALTH_CHECK = "/grpc.health.v1.Health/Check"
FORWARDED_HEADERS = ("authorization",)
"""Request headers forwarded as gRPC metadata (untouched). Nothing else crosses."""
PAGE_CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; "
            "img-src 'self' blob: data:; connect-src 'self' blob: data:; worker-src 'self' blob:; "
            "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'")
LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})


def bridged_methods() -> dict[str, bool]:
    """{HTTP path: server-streaming?} of every method the bridge forwards: the sketch2real
    service's methods (from the generated descriptor, so a new method in the .proto is bridged
    with its streaming kind) and the health check."""
    methods = {f"/{SERVICE.full_name}/{m.name}": bool(m.server_streaming)
               for m in SERVICE.methods if not m.client_streaming}
    methods[HEALTH_CHECK] = False
    return methods


@dataclass(frozen=True)
class WebLimits:
    """What the web front holds at once. Every refusal names the limit."""

    max_message_bytes: int = 64 * MiB
    """Largest request message (the gRPC server's ``max_message_bytes``); also the upstream
    channel's send and receive limits."""
    max_calls: int = 32
    """Bridged calls (each holds an upstream call and a thread) at once."""
    max_buffered_bytes: int = 256 * MiB
    """Request bodies held in memory at once, summed over calls."""
    max_connections: int = 64
    """Open HTTP connections (keep-alive ones included); more are closed at once."""
    idle_timeout_s: float = 60.0
    """A connection that sends nothing (or takes nothing of a response) this long is closed."""
    poll_s: float = 0.25
    """How often a call waiting on the server checks whether the browser is still there."""
    stream_queue: int = 8
    """Messages of one stream buffered between the server and a slow browser."""


def _strip_host(value: str | None) -> str:
    """A ``Host`` header -> the lower-case host name without port or brackets."""
    host = (value or "").strip().lower()
    if host.startswith("["):
        return host[1:host.find("]")] if "]" in host else host[1:]
    if host.count(":") == 1:
        host = host.split(":", 1)[0]
    return host


def _is_loopback_name(host: str) -> bool:
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def certificate_names(cert_path: Path) -> list[str]:
    """The DNS names and IP addresses a PEM certificate is valid for (subjectAltName, else the
    common name), to check the server's certificate when the bridge connects to it by a
    loopback address. Empty when the file cannot be decoded."""
    try:
        info = ssl._ssl._test_decode_cert(str(cert_path))  # noqa: SLF001 - stdlib's decoder
    except (AttributeError, OSError, ssl.SSLError, ValueError):
        return []
    names = [value for kind, value in info.get("subjectAltName", ())
             if kind in ("DNS", "IP Address")]
    if not names:
        names = [value for rdn in info.get("subject", ()) for key, value in rdn
                 if key == "commonName"]
    return names


def _loopback_target(host: str, port: int) -> str:
    """Where the bridge reaches a gRPC server bound to ``host``: a wildcard address through
    127.0.0.1, anything else as it is."""
    h = host.strip().strip("[]")
    if h in ("", "0.0.0.0", "::"):
        h = "127.0.0.1"
    return f"[{h}]:{port}" if ":" in h else f"{h}:{port}"


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    allow_reuse_address = True

    def __init__(self, address, handler, frontend: "WebFrontend", family: int):
        self.address_family = family
        self.frontend = frontend
        super().__init__(address, handler)

    def get_request(self):
        sock, addr = super().get_request()
        ctx = self.frontend._tls_context
        if ctx is not None:
            # The handshake runs in the connection's own thread (``_Handler.setup``), with the
            # idle timeout, so a slow client cannot stall the accept loop.
            sock = ctx.wrap_socket(sock, server_side=True, do_handshake_on_connect=False)
        return sock, addr

    def process_request(self, request, client_address):
        if not self.frontend._open_connection(request):
            logger.info("web: refused a connection from %s: %d connections are open, the limit "
                        "max_connections", client_address[0], self.frontend.limits.max_connections)
            self.shutdown_request(request)
            return
        try:
            super().process_request(request, client_address)
        except Exception:
            self.frontend._close_connection(request)
            raise

    def process_request_thread(self, request, client_address):
        try:
            super().process_request_thread(request, client_address)
        finally:
            self.frontend._close_connection(request)

    def handle_error(self, request, client_address):
        logger.debug("web: connection from %s ended with an error", client_address[0],
                     exc_info=True)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "sketch2real-web"
    server: _HTTPServer

    def version_string(self) -> str:
        return self.server_version

    # --- connection ------------------------------------------------------------------------

    def setup(self):
        self.timeout = self.server.frontend.limits.idle_timeout_s
        if isinstance(self.request, ssl.SSLSocket):
            self.request.settimeout(self.timeout)
            self.request.do_handshake()
        super().setup()

    def log_message(self, format, *args):  # noqa: A002 - the base class's signature
        logger.debug("web %s: " + format, self.address_string(), *args)

    def _client_gone(self) -> bool:
        """True when the browser closed the connection (or sent bytes it should not have while
        a response is open: browsers do not pipeline). Never blocks."""
        sock = self.connection
        try:
            readable, _, _ = select.select([sock], [], [], 0)
        except (OSError, ValueError):
            return True
        if not readable:
            return False
        if isinstance(sock, ssl.SSLSocket):
            sock.setblocking(False)
            try:
                sock.recv(1)
            except ssl.SSLWantReadError:
                return False  # a TLS record that carried no data
            except (ssl.SSLError, OSError):
                return True
            finally:
                sock.settimeout(self.timeout)
            return True
        try:
            sock.recv(1, socket.MSG_PEEK | socket.MSG_DONTWAIT)
        except BlockingIOError:
            return False
        except OSError:
            return True
        return True

    # --- plain HTTP ------------------------------------------------------------------------

    def _plain(self, status: int, text: str, close: bool = False, head: bool = False) -> None:
        body = (text + "\n").encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Cache-Control", "no-store")
        if close:
            self.send_header("Connection", "close")
        self.end_headers()
        if not head:
            self.wfile.write(body)

    def do_GET(self):
        self._static(head=False)

    def do_HEAD(self):
        self._static(head=True)

    def _static(self, head: bool) -> None:
        path = urlsplit(self.path).path
        f: StaticFile | None = self.server.frontend.static.get(path)
        if f is None:
            self._plain(404, f"not found: {path[:200]}", head=head)
            return
        if self.headers.get("If-None-Match") == f.etag:
            self.send_response(304)
            self.send_header("ETag", f.etag)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        accept = self.headers.get("Accept-Encoding", "")
        body, encoding = f.body, None
        if f.gzipped is not None and "gzip" in accept.lower():
            body, encoding = f.gzipped, "gzip"
        self.send_response(200)
        self.send_header("Content-Type", f.content_type)
        self.send_header("Content-Length", str(len(body)))
        if encoding:
            self.send_header("Content-Encoding", encoding)
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("ETag", f.etag)
        self.send_header("Cache-Control", "no-cache")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        if f.content_type.startswith("text/html"):
            self.send_header("Content-Security-Policy", PAGE_CSP)
            self.send_header("X-Frame-Options", "DENY")
        self.end_headers()
        if not head:
            self.wfile.write(body)

    # --- gRPC-Web --------------------------------------------------------------------------

    def _trailers_only(self, code: grpc.StatusCode, message: str, close: bool) -> None:
        """An error before any message: status in the HTTP headers, empty body."""
        self.send_response(200)
        self.send_header("Content-Type", grpcweb.RESPONSE_CONTENT_TYPE)
        for key, value in grpcweb.status_headers(code, message):
            self.send_header(key, value)
        self.send_header("Content-Length", "0")
        self.send_header("Cache-Control", "no-store")
        if close:
            self.send_header("Connection", "close")
        self.end_headers()

    def do_POST(self):
        fe = self.server.frontend
        path = urlsplit(self.path).path
        streaming = fe.methods.get(path)
        if streaming is None:
            self._plain(404, "not a method this bridge forwards", close=True)
            return
        if not fe.host_allowed(self.headers.get("Host")):
            self._plain(403, "this server answers on a loopback name only (localhost, "
                             "127.0.0.1): use that address, or give the server a token file",
                        close=True)
            return
        if not grpcweb.is_grpc_web(self.headers.get("Content-Type")):
            self._plain(415, "expected Content-Type application/grpc-web+proto", close=True)
            return
        if self.headers.get("Transfer-Encoding") or self.headers.get("Content-Length") is None:
            self._plain(411, "a gRPC-Web request needs a Content-Length", close=True)
            return
        try:
            length = int(self.headers["Content-Length"])
            if length < 0:
                raise ValueError
        except ValueError:
            self._plain(400, "malformed Content-Length", close=True)
            return
        limit = fe.limits.max_message_bytes
        if length > limit + grpcweb.HEADER.size:
            self._trailers_only(grpc.StatusCode.RESOURCE_EXHAUSTED,
                                f"the request is {length} bytes, more than the limit "
                                f"max_message_bytes={limit}", close=True)
            return
        if not fe._acquire_call():
            self._trailers_only(grpc.StatusCode.RESOURCE_EXHAUSTED,
                                f"the web bridge has {fe.limits.max_calls} calls open, the limit "
                                "max_calls; try again later", close=True)
            return
        try:
            if not fe._reserve_bytes(length):
                self._trailers_only(grpc.StatusCode.RESOURCE_EXHAUSTED,
                                    "the web bridge holds too many request bytes (limit "
                                    f"max_buffered_bytes={fe.limits.max_buffered_bytes}); try "
                                    "again later", close=True)
                return
            try:
                body = self.rfile.read(length)
            finally:
                fe._release_bytes(length)
            if len(body) != length:
                self.close_connection = True  # the browser went away mid-request
                return
            self._forward(path, streaming, body)
        finally:
            fe._release_call()

    def _forward(self, path: str, streaming: bool, body: bytes) -> None:
        fe = self.server.frontend
        try:
            message = grpcweb.request_message(body)
        except grpcweb.FrameError as exc:
            self._trailers_only(grpc.StatusCode.INVALID_ARGUMENT,
                                f"malformed gRPC-Web request: {exc}", close=False)
            return
        metadata = []
        for key in FORWARDED_HEADERS:
            for value in self.headers.get_all(key, ()):
                if not all(0x20 <= ord(c) <= 0x7E for c in value):
                    self._trailers_only(grpc.StatusCode.UNAUTHENTICATED,
                                        f"the {key} header is not printable ASCII", close=False)
                    return
                metadata.append((key, value))
        try:
            timeout = grpcweb.parse_timeout(self.headers.get("grpc-timeout"))
        except ValueError as exc:
            self._trailers_only(grpc.StatusCode.INVALID_ARGUMENT, str(exc), close=False)
            return
        if fe.stopping:
            self._trailers_only(grpc.StatusCode.UNAVAILABLE, "the web front is stopping",
                                close=True)
            return
        if streaming:
            self._stream(path, message, metadata, timeout)
        else:
            self._unary(path, message, metadata, timeout)

    def _unary(self, path, message, metadata, timeout) -> None:
        fe = self.server.frontend
        call = fe.channel.unary_unary(path).future(message, timeout=timeout, metadata=metadata)
        fe._track(call)
        try:
            while True:
                try:
                    reply = call.result(timeout=fe.limits.poll_s)
                    body = grpcweb.data_frame(reply) + grpcweb.trailer_frame(
                        grpc.StatusCode.OK, "", call.trailing_metadata())
                    break
                except grpc.FutureTimeoutError:
                    if self._client_gone():
                        call.cancel()
                        self.close_connection = True
                        return
                except grpc.FutureCancelledError:
                    self._trailers_only(grpc.StatusCode.CANCELLED, "cancelled", close=True)
                    return
                except grpc.RpcError as err:
                    body = grpcweb.trailer_frame(err.code(), err.details() or "",
                                                 err.trailing_metadata())
                    break
        finally:
            fe._untrack(call)
        self.send_response(200)
        self.send_header("Content-Type", grpcweb.RESPONSE_CONTENT_TYPE)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)

    def _stream(self, path, message, metadata, timeout) -> None:
        fe = self.server.frontend
        call = fe.channel.unary_stream(path)(message, timeout=timeout, metadata=metadata)
        fe._track(call)
        items: queue.Queue = queue.Queue(maxsize=fe.limits.stream_queue)
        done = threading.Event()

        def put(item) -> bool:
            while not done.is_set():
                try:
                    items.put(item, timeout=fe.limits.poll_s)
                    return True
                except queue.Full:
                    continue
            return False

        def pump() -> None:
            try:
                for reply in call:
                    if not put(("message", reply)):
                        return
                end = (grpc.StatusCode.OK, "", call.trailing_metadata())
            except grpc.RpcError as err:
                end = (err.code(), err.details() or "", err.trailing_metadata())
            except Exception:  # noqa: BLE001 - reported to the browser as INTERNAL
                logger.exception("web: bridging %s failed", path)
                end = (grpc.StatusCode.INTERNAL, "the web bridge failed; see the server log", ())
            put(("end", end))

        threading.Thread(target=pump, name="sketch2real-web-pump", daemon=True).start()
        try:
            self.send_response(200)
            self.send_header("Content-Type", grpcweb.RESPONSE_CONTENT_TYPE)
            self.send_header("Transfer-Encoding", "chunked")
            self.send_header("Cache-Control", "no-store")
            self.send_header("X-Accel-Buffering", "no")
            self.end_headers()
            while True:
                try:
                    kind, value = items.get(timeout=fe.limits.poll_s)
                except queue.Empty:
                    if self._client_gone():
                        call.cancel()
                        self.close_connection = True
                        return
                    continue
                if kind == "message":
                    self._chunk(grpcweb.data_frame(value))
                else:
                    code, details, trailing = value
                    self._chunk(grpcweb.trailer_frame(code, details, trailing))
                    self.wfile.write(b"0\r\n\r\n")
                    return
        except OSError:
            # The browser went away while we wrote (or stopped reading for idle_timeout_s).
            call.cancel()
            self.close_connection = True
        finally:
            done.set()
            fe._untrack(call)

    def _chunk(self, data: bytes) -> None:
        self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))


class WebFrontend:
    """The page and the gRPC-Web bridge on ``host:port``, forwarding to ``grpc_target``.

    ``grpc_target``: where the gRPC server listens, e.g. ``"127.0.0.1:50051"``.
    ``tls_cert``/``tls_key``: PEM files; with them the page and the bridge are HTTPS and the
    upstream channel is TLS, checking the server's certificate against ``tls_cert`` itself (for
    the name ``grpc_tls_name``, by default the first name the certificate holds, so a
    certificate made for the LAN name still verifies when the bridge connects by 127.0.0.1).
    ``allowed_hosts``: ``Host`` names the bridge answers (None: any); see ``for_server``.
    ``static``: {URL path: file}, by default the packaged page (``static_files.load_static``).
    """

    def __init__(self, grpc_target: str, host: str = "127.0.0.1", port: int = 0,
                 tls_cert: Path | None = None, tls_key: Path | None = None,
                 limits: WebLimits = WebLimits(), grpc_tls_name: str | None = None,
                 allowed_hosts: frozenset[str] | None = None,
                 static: dict[str, StaticFile] | None = None):
        if (tls_cert is None) != (tls_key is None):
            raise ConfigError("the web front's TLS needs both a certificate and a key")
        self.grpc_target = grpc_target
        self.host = host
        self.requested_port = port
        self.tls_cert = Path(tls_cert) if tls_cert else None
        self.tls_key = Path(tls_key) if tls_key else None
        self.limits = limits
        self.allowed_hosts = allowed_hosts
        self.methods = bridged_methods()
        self.static = load_static() if static is None else static
        self.port: int | None = None
        self.stopping = False
        self._tls_context: ssl.SSLContext | None = None
        self._grpc_tls_name = grpc_tls_name
        self._lock = threading.Lock()
        self._calls = 0
        self._buffered = 0
        self._tracked: set = set()
        self._connections: set = set()
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.channel: grpc.Channel | None = None

    @classmethod
    def for_server(cls, config, grpc_port: int, port: int, host: str | None = None,
                   limits: WebLimits | None = None) -> "WebFrontend":
        """The web front of a gRPC server started with ``config`` (a ``ServerConfig``) and
        listening on ``grpc_port``: same TLS certificate, same message limit. ``host`` defaults
        to the server's; beyond loopback it needs tokens (or ``insecure``), as the server does.
        A server without tokens answers browsers only by loopback names when its web front is on
        loopback (a DNS-rebinding page cannot borrow the local identity)."""
        from sketch2real.server.config import is_loopback

        host = cls.check_host(config, host)
        if limits is None:
            limits = WebLimits(max_message_bytes=config.limits.max_message_bytes,
                               max_calls=min(WebLimits.max_calls, config.limits.max_streams))
        allowed = None if config.tokens or not is_loopback(host) else LOOPBACK_NAMES
        return cls(_loopback_target(config.host, grpc_port), host=host, port=port,
                   tls_cert=config.tls_cert, tls_key=config.tls_key, limits=limits,
                   allowed_hosts=allowed)

    @staticmethod
    def check_host(config, host: str | None = None) -> str:
        """The web front's address for a server with ``config`` (``host`` or the server's);
        raises ``ConfigError`` for one beyond loopback without tokens (unless ``insecure``), the
        rule the gRPC port follows."""
        from sketch2real.server.config import is_loopback

        host = config.host if host is None else host
        if not is_loopback(host) and not config.tokens and not config.insecure:
            raise ConfigError(
                f"refusing to serve the web page on {host} without a token: give --token-file, "
                "or --insecure to accept anyone who can reach the port")
        return host

    # --- lifecycle -------------------------------------------------------------------------

    def start(self) -> int:
        """Open the upstream channel, bind and serve in a background thread. Returns the port."""
        options = [("grpc.max_send_message_length", self.limits.max_message_bytes),
                   ("grpc.max_receive_message_length", self.limits.max_message_bytes),
                   ("grpc.enable_retries", 0)]
        if self.tls_cert is not None:
            pem = self.tls_cert.read_bytes()
            name = self._grpc_tls_name
            if name is None:
                names = certificate_names(self.tls_cert)
                target_host = self.grpc_target.rsplit(":", 1)[0].strip("[]")
                name = None if (not names or target_host in names) else names[0]
            if name:
                options.append(("grpc.ssl_target_name_override", name))
            self.channel = grpc.secure_channel(
                self.grpc_target, grpc.ssl_channel_credentials(root_certificates=pem), options)
            ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            ctx.minimum_version = ssl.TLSVersion.TLSv1_2
            ctx.load_cert_chain(str(self.tls_cert), str(self.tls_key))
            self._tls_context = ctx
        else:
            self.channel = grpc.insecure_channel(self.grpc_target, options)
        host = self.host.strip("[]")
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        try:
            self._httpd = _HTTPServer((host, self.requested_port), _Handler, self, family)
        except OSError as exc:
            self.channel.close()
            raise OSError(f"the web front cannot listen on {host}:{self.requested_port} "
                          f"({exc.strerror or exc})") from None
        self.port = self._httpd.server_address[1]
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={
            "poll_interval": 0.2}, name="sketch2real-web", daemon=True)
        self._thread.start()
        logger.info("sketch2real web page on %s (bridge to %s, %s)", self.url, self.grpc_target,
                    "TLS" if self._tls_context else "plaintext")
        return self.port

    @property
    def url(self) -> str:
        scheme = "https" if self.tls_cert is not None else "http"
        host = self.host
        if host in ("0.0.0.0", "::", ""):
            host = "127.0.0.1"
        if ":" in host and not host.startswith("["):
            host = f"[{host}]"
        return f"{scheme}://{host}:{self.port}/"

    def stop(self) -> None:
        """Stop accepting, cancel every bridged call, close open connections and the channel."""
        if self._httpd is None or self.stopping:
            return
        self.stopping = True
        self._httpd.shutdown()
        self._httpd.server_close()
        with self._lock:
            calls, conns = list(self._tracked), list(self._connections)
        for call in calls:
            call.cancel()
        for sock in conns:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        if self._thread is not None:
            self._thread.join(5.0)
        deadline = time.monotonic() + 5.0
        while time.monotonic() < deadline:  # the connections' threads see it and end
            with self._lock:
                if not self._calls and not self._connections:
                    break
            time.sleep(0.02)
        if self.channel is not None:
            self.channel.close()
        logger.info("sketch2real web front stopped")

    # --- bookkeeping -----------------------------------------------------------------------

    @property
    def active_calls(self) -> int:
        """Bridged calls in progress."""
        with self._lock:
            return self._calls

    def host_allowed(self, host_header: str | None) -> bool:
        if self.allowed_hosts is None:
            return True
        host = _strip_host(host_header)
        return host in self.allowed_hosts or _is_loopback_name(host)

    def _acquire_call(self) -> bool:
        with self._lock:
            if self._calls >= self.limits.max_calls:
                return False
            self._calls += 1
            return True

    def _release_call(self) -> None:
        with self._lock:
            self._calls -= 1

    def _reserve_bytes(self, n: int) -> bool:
        with self._lock:
            if self._buffered + n > self.limits.max_buffered_bytes:
                return False
            self._buffered += n
            return True

    def _release_bytes(self, n: int) -> None:
        with self._lock:
            self._buffered -= n

    def _track(self, call) -> None:
        with self._lock:
            self._tracked.add(call)
        if self.stopping:
            call.cancel()

    def _untrack(self, call) -> None:
        with self._lock:
            self._tracked.discard(call)

    def _open_connection(self, sock) -> bool:
        with self._lock:
            if self.stopping or len(self._connections) >= self.limits.max_connections:
                return False
            self._connections.add(sock)
            return True

    def _close_connection(self, sock) -> None:
        with self._lock:
            self._connections.discard(sock)

