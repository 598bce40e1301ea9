"""Server room: the gRPC service (``service.py``), its job store and worker (``store.py``,
``jobs.py``), authentication (``auth.py``), limits and options (``config.py``), the one module
that converts between protobuf messages and arrays/pipeline events (``convert.py``), and the
process around them (``app.py``).

This package's ``__init__`` imports nothing, so the client (``sketch2real.client``) can use the
generated stubs in ``_generated`` without pulling in numpy or torch.
"""
