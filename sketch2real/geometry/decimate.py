"""Decimation to a face budget: quadric edge collapse (Garland-Heckbert) through pymeshlab.

pymeshlab is imported inside the function. Vertex colours, when given, ride along (each kept
vertex keeps its colour), which is all a preview needs.
"""

from __future__ import annotations

import logging

import numpy as np

log = logging.getLogger(__name__)


def decimate(verts: np.ndarray, faces: np.ndarray, max_faces: int,
             colors: np.ndarray | None = None, preserve_boundary: bool = True,
             preserve_topology: bool = True, quality_threshold: float = 0.3) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
    """Collapse edges until at most ``max_faces`` triangles remain.

    ``verts`` [V,3] float, ``faces`` [F,3] int, ``colors`` [V,4] float in [0, 1] or None.
    Returns (verts [V',3] float64, faces [F',3] int64, colors [V',4] float64 or None); the input
    unchanged (as those dtypes) when it is already within budget. Winding is kept;
    ``preserve_topology`` forbids collapses that change the genus or make the surface
    non-manifold, so a watertight input stays watertight.
    """
    v = np.asarray(verts, dtype=np.float64)
    f = np.asarray(faces, dtype=np.int64)
    c = None if colors is None else np.asarray(colors, dtype=np.float64)
    if max_faces < 4:
        raise ValueError(f"max_faces must be at least 4, got {max_faces}")
    if f.shape[0] <= max_faces:
        return v, f, c
    import pymeshlab

    ms = pymeshlab.MeshSet()
    if c is not None:
        mesh = pymeshlab.Mesh(vertex_matrix=v, face_matrix=f.astype(np.int32), v_color_matrix=c)
    else:
        mesh = pymeshlab.Mesh(vertex_matrix=v, face_matrix=f.astype(np.int32))
    ms.add_mesh(mesh)
    ms.apply_filter("meshing_decimation_quadric_edge_collapse", targetfacenum=int(max_faces),
                    qualitythr=quality_threshold, preserveboundary=preserve_boundary,
                    preservenormal=True, preservetopology=preserve_topology,
                    optimalplacement=True, autoclean=True)
    out = ms.current_mesh()
    v2 = np.asarray(out.vertex_matrix(), dtype=np.float64)
    f2 = np.asarray(out.face_matrix(), dtype=np.int64)
    c2 = np.asarray(out.vertex_color_matrix(), dtype=np.float64) if c is not None else None
    log.debug("decimated %d -> %d faces", f.shape[0], f2.shape[0])
    return v2, f2, c2
