"""Blender data <-> the sketch2real wire (main thread only, except the pure array helpers).

Frames: Blender is right-handed with +Z up; the wire (and glTF) is right-handed with +Y up, in
metres. A Blender point (x, y, z) is the wire point (x, z, -y) times the scene's metres per
unit; the way back is (x, -z, y) divided by it. That is also what Blender's glTF importer does,
so an imported result lands where the sketch was. Sketches are sent in world space: what is
refined is what the user sees (modifiers, object transforms and all).
"""

from __future__ import annotations

import array

import bpy
from mathutils import Matrix


def metres_per_unit(scene) -> float:
    s = scene.unit_settings
    return float(s.scale_length) if s.system != "NONE" and s.scale_length > 0 else 1.0


def to_wire(co, m: float) -> tuple[float, float, float]:
    """A Blender world point -> wire (x, z, -y) in metres."""
    return (co[0] * m, co[2] * m, -co[1] * m)


def from_wire_flat(xyz, m: float) -> list[tuple[float, float, float]]:
    """Flat wire xyz floats -> Blender points (x, -z, y) / m."""
    inv = 1.0 / m
    return [(xyz[i] * inv, -xyz[i + 2] * inv, xyz[i + 1] * inv) for i in range(0, len(xyz), 3)]


def _f32(values) -> bytes:
    a = array.array("f", values)
    if a.itemsize != 4:
        raise RuntimeError("float32 array expected")
    import sys
    if sys.byteorder == "big":
        a.byteswap()
    return a.tobytes()


def _u32(values) -> bytes:
    a = array.array("I", values)
    if a.itemsize != 4:
        a = array.array("L", values)
    import sys
    if sys.byteorder == "big":
        a.byteswap()
    return a.tobytes()


class SketchError(Exception):
    """The selection cannot be sent (one line for the user)."""


def mesh_sketch(obj, depsgraph, scene):
    """The evaluated mesh of ``obj`` (modifiers applied) in world space -> sketch2real
    ``Sketch`` with a ``MeshSketch`` (float32 positions, uint32 triangles, RGBA colours)."""
    from sketch2real.client import pb2

    m = metres_per_unit(scene)
    evaluated = obj.evaluated_get(depsgraph)
    mesh = evaluated.to_mesh()
    try:
        mesh.calc_loop_triangles()
        if len(mesh.loop_triangles) == 0:
            raise SketchError(f"'{obj.name}' has no faces to send")
        mw = evaluated.matrix_world
        positions = []
        for v in mesh.vertices:
            positions.extend(to_wire(mw @ v.co, m))
        indices = []
        for tri in mesh.loop_triangles:
            indices.extend(tri.vertices)
        colors = b""
        attr = mesh.color_attributes.active_color if hasattr(mesh, "color_attributes") else None
        if attr is not None and attr.domain == "POINT" and len(attr.data) == len(mesh.vertices):
            rgba = bytearray()
            for d in attr.data:
                c = d.color_srgb if hasattr(d, "color_srgb") else d.color
                rgba.extend(int(round(max(0.0, min(1.0, x)) * 255)) for x in c)
            colors = bytes(rgba)
        # Blender's triangles are counter-clockwise seen from outside in its right-handed
        # frame; the wire frame is right-handed too, so the winding stays as it is.
        return pb2.Sketch(mesh=pb2.MeshSketch(positions=_f32(positions), indices=_u32(indices),
                                              colors=colors))
    finally:
        evaluated.to_mesh_clear()


def _gp_frame(layer, frame_current: int):
    """The frame of a legacy (4.2) Grease Pencil layer shown at ``frame_current``."""
    if layer.active_frame is not None:
        return layer.active_frame
    shown = [f for f in layer.frames if f.frame_number <= frame_current]
    frames = shown or list(layer.frames)
    return max(frames, key=lambda f: f.frame_number) if frames else None


def _material_rgba(obj, index: int):
    slots = obj.material_slots
    if 0 <= index < len(slots) and slots[index].material is not None:
        mat = slots[index].material
        gp = getattr(mat, "grease_pencil", None)
        if gp is not None:
            return tuple(gp.color)
        return tuple(mat.diffuse_color)
    return (1.0, 1.0, 1.0, 1.0)


def gpencil_sketch(obj, scene):
    """Grease Pencil strokes of ``obj`` (visible layers, the frame shown now) in world space ->
    ``Sketch`` with a ``StrokeSketch``: points, radii and RGBA colours per point. Legacy
    Grease Pencil (Blender 4.2: width in pixels, radius = width * pressure / 2000 units) and
    Grease Pencil v3 (Blender 4.3+: a radius per point) are both read."""
    from sketch2real.client import Client

    m = metres_per_unit(scene)
    mw = obj.matrix_world
    scale = (abs(mw.to_scale()[0]) + abs(mw.to_scale()[1]) + abs(mw.to_scale()[2])) / 3.0
    strokes = []
    data = obj.data
    for layer in data.layers:
        if getattr(layer, "hide", False):
            continue
        if obj.type == "GPENCIL":  # legacy Grease Pencil (4.2)
            frame = _gp_frame(layer, scene.frame_current)
            if frame is None:
                continue
            for stroke in frame.strokes:
                base = _material_rgba(obj, stroke.material_index)
                width = max(1, stroke.line_width + getattr(layer, "line_change", 0))
                pts, radii, cols = [], [], []
                for p in stroke.points:
                    pts.append(to_wire(mw @ p.co, m))
                    radii.append(width * p.pressure * data.pixel_factor / 2000.0 * scale * m)
                    vc = p.vertex_color
                    mix = vc[3]
                    rgb = [base[i] * (1 - mix) + vc[i] * mix for i in range(3)]
                    cols.append([*rgb, base[3] * p.strength])
                if len(pts) >= 2:
                    strokes.append(Client.stroke(pts, radii, cols, brush="grease_pencil"))
        else:  # Grease Pencil v3 (4.3+)
            frame = layer.current_frame() if hasattr(layer, "current_frame") else None
            drawing = getattr(frame, "drawing", None)
            if drawing is None:
                continue
            for stroke in drawing.strokes:
                base = _material_rgba(obj, getattr(stroke, "material_index", 0))
                pts, radii, cols = [], [], []
                for p in stroke.points:
                    pts.append(to_wire(mw @ p.position, m))
                    radii.append(p.radius * scale * m)
                    vc = p.vertex_color
                    mix = vc[3]
                    rgb = [base[i] * (1 - mix) + vc[i] * mix for i in range(3)]
                    cols.append([*rgb, base[3] * getattr(p, "opacity", 1.0)])
                if len(pts) >= 2:
                    strokes.append(Client.stroke(pts, radii, cols, brush="grease_pencil"))
    if not strokes:
        raise SketchError(f"'{obj.name}' has no strokes with 2 or more points in the frame shown")
    return Client.stroke_sketch(strokes)


def is_sketch(obj) -> bool:
    return obj is not None and obj.type in {"MESH", "GPENCIL", "GREASEPENCIL"}


def sketch_of(obj, context):
    """The ``Sketch`` message for ``obj`` (raises ``SketchError`` with a one-line reason)."""
    if obj is None:
        raise SketchError("select a mesh or a Grease Pencil object")
    if obj.type == "MESH":
        return mesh_sketch(obj, context.evaluated_depsgraph_get(), context.scene)
    if obj.type in {"GPENCIL", "GREASEPENCIL"}:
        return gpencil_sketch(obj, context.scene)
    raise SketchError(f"'{obj.name}' is a {obj.type.lower()}: "
                      "select a mesh or a Grease Pencil object")


def results_collection(scene):
    name = "Sketch2Real"
    coll = bpy.data.collections.get(name)
    if coll is None:
        coll = bpy.data.collections.new(name)
    if coll.name not in scene.collection.children:
        scene.collection.children.link(coll)
    return coll


def update_preview(scene, name: str, positions_xyz, indices, colors_rgba):
    """Create or replace the preview object ``name`` from wire arrays (flat lists, colours as
    bytes RGBA or empty); returns the object."""
    m = metres_per_unit(scene)
    verts = from_wire_flat(positions_xyz, m)
    faces = [tuple(indices[i:i + 3]) for i in range(0, len(indices), 3)]
    mesh = bpy.data.meshes.new(name)
    mesh.from_pydata(verts, [], faces)
    if colors_rgba and len(colors_rgba) == 4 * len(verts):
        attr = mesh.color_attributes.new("Col", "BYTE_COLOR", "POINT")
        attr.data.foreach_set("color_srgb", [c / 255.0 for c in colors_rgba])
    mesh.update()
    obj = bpy.data.objects.get(name)
    if obj is None:
        obj = bpy.data.objects.new(name, mesh)
        results_collection(scene).objects.link(obj)
    else:
        old = obj.data
        obj.data = mesh
        if old is not None and old.users == 0:
            bpy.data.meshes.remove(old)
    return obj


def remove_object(name: str) -> None:
    obj = bpy.data.objects.get(name)
    if obj is None:
        return
    data = obj.data
    bpy.data.objects.remove(obj, do_unlink=True)
    if data is not None and getattr(data, "users", 1) == 0 and isinstance(data, bpy.types.Mesh):
        bpy.data.meshes.remove(data)


def import_result(path: str, scene, name: str) -> list:
    """Import the result GLB; the glTF importer's +Y-up to +Z-up conversion puts it where the
    sketch was (in world space). Returns the new objects, moved to the Sketch2Real collection."""
    before = set(bpy.data.objects)
    bpy.ops.import_scene.gltf(filepath=str(path))
    new = [o for o in bpy.data.objects if o not in before]
    m = metres_per_unit(scene)
    coll = results_collection(scene)
    for obj in new:
        if m != 1.0 and obj.parent is None:
            obj.matrix_world = Matrix.Scale(1.0 / m, 4) @ obj.matrix_world
        for c in list(obj.users_collection):
            c.objects.unlink(obj)
        coll.objects.link(obj)
        if obj.type == "MESH":
            obj.name = name
    return new
