"""The wire: what the server and every Python client share, and nothing else.

- ``_generated/``: the stubs protoc makes from ``proto/sketch2real/v1/sketch2real.proto``
  (``scripts/gen_proto.py``; never edited by hand);
- ``enums.py``: the proto enums <-> the names the pipeline and the CLI use ("bridge", "glb");
- ``tokens.py``: the token format (token files, the ``authorization: Bearer`` metadata).

It imports only protobuf and the standard library (grpcio for the service stub), never numpy,
torch or anything of the server, so the client runs inside Blender, Maya or Houdini.
"""
