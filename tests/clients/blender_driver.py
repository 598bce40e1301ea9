"""Runs inside real Blender (the ``bpy`` module, headless) in a subprocess of
test_blender_addon.py: installs the extension zip the way a user does (Blender extracts its
wheels), then drives the add-on against the server given on the command line and writes what
happened to a JSON report, which the test checks.

    python blender_driver.py EXTENSION_ZIP HOST:PORT UNUSED_PORT REPORT_JSON

Headless Blender runs no event loop, so ``bpy.app.timers`` never fire on their own: the driver
checks that the add-on registered its timer and then calls that same callback itself, as
Blender's loop would, until it unregisters (returns None).
"""

from __future__ import annotations

import json
import math
import sys
import time
import traceback

import bpy

ADDON = "bl_ext.user_default.sketch2real_blender"


def world_bbox(objects) -> list[list[float]]:
    pts = []
    depsgraph = bpy.context.evaluated_depsgraph_get()
    for obj in objects:
        ev = obj.evaluated_get(depsgraph)
        if ev.type == "MESH":
            pts += [ev.matrix_world @ v.co for v in ev.data.vertices]
        elif ev.type == "GPENCIL":
            for layer in ev.data.layers:
                for frame in layer.frames:
                    for s in frame.strokes:
                        pts += [ev.matrix_world @ p.co for p in s.points]
        elif ev.type == "GREASEPENCIL":
            for layer in ev.data.layers:
                for s in layer.current_frame().drawing.strokes:
                    pts += [ev.matrix_world @ p.position for p in s.points]
    lo = [min(p[i] for p in pts) for i in range(3)]
    hi = [max(p[i] for p in pts) for i in range(3)]
    return [lo, hi]


def pump(ui, timeout: float = 120.0, until=None) -> float:
    """Call the add-on's timer callback like Blender's event loop until it stops."""
    assert bpy.app.timers.is_registered(ui._tick), "the add-on did not register its timer"
    t0 = time.monotonic()
    while time.monotonic() - t0 < timeout:
        if until is not None and until():
            return time.monotonic() - t0
        interval = ui._tick()
        if interval is None:
            bpy.app.timers.unregister(ui._tick) if bpy.app.timers.is_registered(ui._tick) else None
            return time.monotonic() - t0
        time.sleep(0.05)
    raise TimeoutError(f"the job did not end within {timeout} s; log: {ui.SESSION.log}")


def select_only(obj) -> None:
    for o in bpy.context.scene.objects:
        o.select_set(False)
    obj.select_set(True)
    bpy.context.view_layer.objects.active = obj


def make_box():
    """A box 0.8 x 0.4 x 0.2 (local X, Y, Z), turned 90 degrees about Z, at (2, -1, 0.5): world
    extents 0.4 (X), 0.8 (Y), 0.2 (Z). Distinct extents and an off-centre place reveal any
    axis swap, mirror or offset in the round trip."""
    bpy.ops.mesh.primitive_cube_add(size=1.0, location=(2.0, -1.0, 0.5),
                                    rotation=(0, 0, math.pi / 2))
    obj = bpy.context.active_object
    obj.name = "BoxSketch"
    obj.scale = (0.8, 0.4, 0.2)
    attr = obj.data.color_attributes.new("Col", "BYTE_COLOR", "POINT")
    for i, d in enumerate(attr.data):
        d.color_srgb = (0.8, 0.2 + 0.1 * (i % 4), 0.2, 1.0)
    obj.data.color_attributes.active_color = attr
    bpy.context.view_layer.update()
    return obj


def ring_point(i: int) -> tuple[float, float, float]:
    a = 2 * math.pi * i / 39
    return (0.25 * math.cos(a), 0.1 * math.sin(a), 0.15 * math.sin(2 * a))


def line_point(i: int) -> tuple[float, float, float]:
    return (0.0, -0.1 + 0.02 * i, 0.3 * i / 9)


def make_gpencil():
    """Two strokes, a ring (40 points) and a slanted line (10), object at (-1, 2, 1) scaled
    2x: legacy Grease Pencil on Blender 4.2, Grease Pencil v3 on 4.3+."""
    v3 = bpy.app.version >= (4, 3, 0)
    gp = (bpy.data.grease_pencils_v3 if v3 else bpy.data.grease_pencils).new("GPSketch")
    obj = bpy.data.objects.new("GPSketch", gp)
    bpy.context.scene.collection.objects.link(obj)
    obj.location = (-1.0, 2.0, 1.0)
    obj.scale = (2.0, 2.0, 2.0)
    mat = bpy.data.materials.new("GPInk")
    bpy.data.materials.create_gpencil_data(mat)
    mat.grease_pencil.color = (0.1, 0.6, 0.2, 1.0)
    gp.materials.append(mat)
    layer = gp.layers.new("Ink")
    frame = layer.frames.new(bpy.context.scene.frame_current)
    if v3:
        drawing = frame.drawing
        drawing.add_strokes([40, 10])
        for stroke, at, radius in ((drawing.strokes[0], ring_point, 0.015),
                                   (drawing.strokes[1], line_point, 0.005)):
            for i, p in enumerate(stroke.points):
                p.position = at(i)
                p.radius = radius
                p.opacity = 1.0
    else:
        for n, at, width, pressure in ((40, ring_point, 30, 1.0), (10, line_point, 20, 0.5)):
            stroke = frame.strokes.new()
            stroke.line_width = width
            stroke.points.add(n)
            for i, p in enumerate(stroke.points):
                p.co = at(i)
                p.pressure = pressure
                p.strength = 1.0
    bpy.context.view_layer.update()
    return obj


def refine(ui, obj, prompt: str, steps: int = 10):
    select_only(obj)
    scene = bpy.context.scene
    scene.sketch2real.prompt = prompt
    scene.sketch2real.preset = "preview"
    scene.sketch2real.steps = steps
    assert bpy.ops.sketch2real.refine.poll(), "refine is not available for the selection"
    result = bpy.ops.sketch2real.refine()
    assert result == {"FINISHED"}, result


def snapshot(ui, sketch) -> dict:
    s = ui.SESSION
    wm = bpy.context.window_manager.sketch2real_status
    results = [bpy.data.objects[n] for n in s.result_objects if n in bpy.data.objects]
    return {
        "log": list(s.log), "progress_events": s.progress_events, "previews": s.previews,
        "result_objects": list(s.result_objects), "job_id": wm.job_id,
        "progress": wm.progress, "status": wm.status,
        "sketch_hidden": sketch.hide_get(),
        "sketch_bbox": world_bbox([sketch]),
        "result_bbox": world_bbox(results) if results else None,
        "result_collections": [c.name for o in results for c in o.users_collection],
        "preview_left": bpy.data.objects.get(ui.PREVIEW_NAME) is not None,
        "timer_registered": bpy.app.timers.is_registered(ui._tick),
    }


def main(zip_path: str, server: str, unused_port: int, report_path: str) -> None:
    report: dict = {}
    try:
        bpy.ops.wm.read_factory_settings(use_empty=True)
        t0 = time.monotonic()
        r = bpy.ops.extensions.package_install_files(filepath=zip_path, repo="user_default",
                                                    enable_on_install=True)
        report["install"] = sorted(r)
        report["install_seconds"] = time.monotonic() - t0
        report["enabled"] = ADDON in bpy.context.preferences.addons
        import grpc
        import sketch2real.client
        report["client_module"] = sketch2real.client.__file__
        report["grpc_module"] = grpc.__file__
        report["blender"] = bpy.app.version_string
        ui = sys.modules[f"{ADDON}.ui"]
        prefs = bpy.context.preferences.addons[ADDON].preferences
        prefs.server = server

        # 1. A mesh: progress, previews, the result imported where the box is.
        box = make_box()
        refine(ui, box, "a wooden box")
        report["timer_registered_after_refine"] = bpy.app.timers.is_registered(ui._tick)
        report["mesh_seconds"] = pump(ui)
        report["mesh"] = snapshot(ui, box)

        # 2. Back to the sketch.
        assert bpy.ops.sketch2real.restore_sketch() == {"FINISHED"}
        report["restored"] = {"sketch_hidden": box.hide_get(),
                              "results_left": [n for n in report["mesh"]["result_objects"]
                                               if n in bpy.data.objects]}

        # 3. Grease Pencil strokes.
        gp = make_gpencil()
        refine(ui, gp, "a green ring on a stick")
        report["gpencil_seconds"] = pump(ui)
        report["gpencil"] = snapshot(ui, gp)

        # 4. Cancel a long job once it runs.
        box.hide_set(False)
        refine(ui, box, "a very long job", steps=3000)
        pump(ui, until=lambda: ui.SESSION.previews > 0)  # a preview stands in for the sketch
        t_cancel = time.monotonic()
        assert bpy.ops.sketch2real.cancel() == {"FINISHED"}
        pump(ui)
        report["cancel_seconds"] = time.monotonic() - t_cancel
        report["cancel"] = snapshot(ui, box)

        # 5. A server that is not there.
        prefs.server = f"127.0.0.1:{unused_port}"
        refine(ui, box, "a box nobody will see")
        pump(ui, timeout=60)
        report["unreachable"] = snapshot(ui, box)

        # 6. Disable the add-on cleanly.
        import addon_utils
        addon_utils.disable(ADDON, default_set=True)
        report["disabled"] = (ADDON not in bpy.context.preferences.addons
                              and not hasattr(bpy.types.Scene, "sketch2real")
                              and not hasattr(bpy.types.WindowManager, "sketch2real_status"))
    except BaseException:
        report["error"] = traceback.format_exc()
    with open(report_path, "w") as f:
        json.dump(report, f, indent=1, default=str)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4])
