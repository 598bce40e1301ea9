"""Server room: the gRPC service (``service.py``), its job store and worker (``store.py``,
``jobs.py``), authentication (``auth.py``), limits and options (``config.py``), the one module
that converts between protobuf messages and arrays/pipeline events (``convert.py``), and the
process around them (``app.py``).

What the server shares with the clients (generated stubs, enum maps, the token format) lives in
``sketch2real.wire``; the client imports nothing from here.
"""
