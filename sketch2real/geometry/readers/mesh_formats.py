"""Triangle-mesh sketches through trimesh: ``.obj .ply .glb .gltf .stl .off``.

Every file is loaded as a scene; each mesh node's geometry is transformed by its node transform
(winding reversed under a mirroring transform, so faces stay counter-clockwise from outside) and
all are concatenated into one ``MeshData``. Vertex colours are kept when present (face colours
are spread to vertices, textures sampled at the UVs); meshes without colour get mid grey when
others have some. Units are taken as metres (glTF's unit; the other formats carry none), frame as
stored (glTF is right-handed +Y up).

trimesh happily returns an empty scene or a point cloud for some garbage input, so the result is
checked: a file with no triangles is a ``SketchFormatError`` that says what was found instead.

Before trimesh sees the bytes, ``preflight.MESH_CHECKS`` compares what the file declares (lines,
element counts, glTF nodes and instances, texture dimensions) with the limits, so nothing is
expanded for a file that would be refused anyway.
"""

from __future__ import annotations

import io
import logging
from pathlib import Path

import numpy as np

from ..errors import SketchFormatError, SketchLimitError
from ..limits import DEFAULT_LIMITS, SketchLimits
from ..sketch import DEFAULT_COLOR, MeshData, Sketch
from .preflight import MESH_CHECKS

logger = logging.getLogger(__name__)

_MAGIC = {"ply": b"ply", "glb": b"glTF"}
"""Formats whose files must start with a magic string: checked first, for a clear message."""


def _colors_of(geom) -> np.ndarray | None:
    """[V,4] float32 RGBA in [0, 1] for a ``trimesh.Trimesh``, or None when it has no colour."""
    visual = getattr(geom, "visual", None)
    kind = getattr(visual, "kind", None)
    if kind is None:
        return None
    try:
        if kind == "texture":
            visual = visual.to_color()
        rgba = np.asarray(visual.vertex_colors)
    except Exception:  # noqa: BLE001 - a broken material must not lose the geometry
        logger.warning("could not convert a mesh's %s colours; using grey", kind, exc_info=True)
        return None
    if rgba.ndim != 2 or rgba.shape[0] != len(geom.vertices) or rgba.shape[1] not in (3, 4):
        return None
    rgba = rgba.astype(np.float32) / (255.0 if rgba.dtype.kind in "ui" else 1.0)
    if rgba.shape[1] == 3:
        rgba = np.concatenate([rgba, np.ones((rgba.shape[0], 1), np.float32)], axis=1)
    return rgba


def read_mesh(data: bytes, file_type: str, name: str = "sketch",
              limits: SketchLimits = DEFAULT_LIMITS, base_dir: Path | None = None) -> Sketch:
    """Load mesh bytes of ``file_type`` ("obj", "ply", "glb", "gltf", "stl", "off") into a mesh
    ``Sketch``: vertices [V,3] f32 m, faces [F,3] i64 (CCW from outside), vertex_colors [V,4]
    f32 or None. ``base_dir`` lets a ``.gltf`` find its external buffers and images.
    """
    import trimesh  # heavy import, only when a mesh is read

    file_type = file_type.lower().lstrip(".")
    magic = _MAGIC.get(file_type)
    if magic is not None and not data.lstrip()[:len(magic)] == magic:
        raise SketchFormatError(
            f"{name}: not a .{file_type} file: it does not start with {magic.decode()!r}")
    check = MESH_CHECKS.get(file_type)
    if check is not None:
        check(data, name, limits, base_dir)
    resolver = trimesh.resolvers.FilePathResolver(str(base_dir)) if base_dir else None
    scene = trimesh.load_scene(io.BytesIO(data), file_type=file_type, resolver=resolver,
                               process=False)

    vertices: list[np.ndarray] = []
    faces: list[np.ndarray] = []
    colors: list[np.ndarray | None] = []
    others: set[str] = set()
    n_vertices = 0
    n_faces = 0
    for node in scene.graph.nodes_geometry:
        transform, geom_name = scene.graph[node]
        geom = scene.geometry.get(geom_name)
        if geom is None:
            continue
        if not isinstance(geom, trimesh.Trimesh) or len(geom.faces) == 0:
            others.add(type(geom).__name__)
            continue
        # 1. Place the geometry with its node transform.
        v = np.asarray(geom.vertices, dtype=np.float64)
        m = np.asarray(transform, dtype=np.float64)
        v = v @ m[:3, :3].T + m[:3, 3]
        f = np.asarray(geom.faces, dtype=np.int64)
        if np.linalg.det(m[:3, :3]) < 0:
            f = f[:, ::-1]  # a mirror flips the winding: restore CCW from outside
        offset = n_vertices
        n_vertices += len(v)
        n_faces += len(f)
        if n_vertices > limits.max_vertices:
            raise SketchLimitError(
                f"{name}: more than {limits.max_vertices} vertices, the limit max_vertices")
        if n_faces > limits.max_triangles:
            raise SketchLimitError(
                f"{name}: more than {limits.max_triangles} triangles, the limit max_triangles")
        # 2. Concatenate with running index offsets.
        faces.append(f + offset)
        vertices.append(v)
        colors.append(_colors_of(geom))

    if not faces:
        found = f" (it holds only {', '.join(sorted(others))})" if others else ""
        raise SketchFormatError(
            f"{name}: the .{file_type} file has no triangles to use as a mesh{found}")

    if any(c is not None for c in colors):
        vertex_colors = np.concatenate(
            [c if c is not None else np.tile(np.asarray(DEFAULT_COLOR, np.float32), (len(v), 1)) for c, v in zip(colors, vertices)],
            axis=0).astype(np.float32)
    else:
        vertex_colors = None
    mesh = MeshData(
        vertices=np.concatenate(vertices, axis=0).astype(np.float32),
        faces=np.concatenate(faces, axis=0).astype(np.int64),
        vertex_colors=vertex_colors,
    )
    if others:
        logger.info("%s: ignored non-triangle geometry: %s", name, ", ".join(sorted(others)))
    logger.debug("%s: read mesh with %d vertices, %d triangles", name, len(mesh.vertices),
                 len(mesh.faces))
    return Sketch(strokes=(), mesh=mesh, source_units="m", metres_per_unit=1.0, name=name,
                  metadata={"format": file_type})


def _reader(file_type: str, doc: str):
    """A ``READERS`` entry for one trimesh format: ``read_mesh`` with the type fixed."""
    def read(data: bytes, name: str = "sketch", limits: SketchLimits = DEFAULT_LIMITS,
             base_dir: Path | None = None) -> Sketch:
        return read_mesh(data, file_type, name, limits, base_dir)

    read.__name__ = read.__qualname__ = f"read_{file_type}"
    read.__doc__ = doc + "; see ``read_mesh``."
    return read


read_ply = _reader("ply", "``.ply`` (ASCII or binary) mesh")
read_glb = _reader("glb", "``.glb`` (binary glTF 2.0) scene, node transforms applied")
read_gltf = _reader("gltf", "``.gltf`` (JSON glTF 2.0; external buffers resolved against "
                            "``base_dir``)")
read_stl = _reader("stl", "``.stl`` (ASCII or binary) triangle soup")
read_off = _reader("off", "``.off`` mesh")
