"""Sketch2Real for Blender: send the selected mesh or Grease Pencil strokes with a prompt to a
sketch2real server, watch the job's progress and previews, and get the refined, textured mesh
imported where the sketch was.

The gRPC call runs on a worker thread (``job.py``); ``bpy.app.timers`` brings its events to the
main thread (``ui.py``), so Blender never freezes. Blender's frame (right-handed, +Z up) is
converted to the wire frame (right-handed, +Y up, metres) and back in ``scene_io.py``.
The only dependency is the sketch2real Python client (grpcio + protobuf), installed with the
extension as wheels (see blender_addon/build_extension.py).
"""

from . import ui


def register():
    ui.register()


def unregister():
    ui.unregister()
