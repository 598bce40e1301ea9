"""Python client of the sketch2real gRPC service: grpcio, protobuf and the generated stubs only
(no numpy, no torch), for scripts and DCC tools (Blender, Maya, Houdini).

    from sketch2real.client import Client
    with Client("127.0.0.1:50051") as c:
        event = c.wait(c.submit(Client.file_sketch("chair.tilt"), "a wooden chair"))
"""

from sketch2real.client.client import Client, enum_name, enum_value, pack, pb2
from sketch2real.client.errors import ClientError, JobFailed, ServerError

__all__ = ["Client", "ClientError", "JobFailed", "ServerError", "enum_name", "enum_value",
           "pack", "pb2"]
