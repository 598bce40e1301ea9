"""UV unwrapping with xatlas: charts cut along seams, packed into one square atlas.

xatlas is imported inside the function. Seams duplicate vertices, so the output has its own
vertex list and a map back to the input's vertices.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class UVMesh:
    """``verts`` [V',3] float32 (same frame as the input), ``faces`` [F,3] int64 (same faces and
    order as the input), ``uvs`` [V',2] float32 in [0, 1] (OpenGL convention: v = 0 at the
    bottom row of the texture image), ``vmap`` [V'] int64 input vertex of each output vertex."""

    verts: np.ndarray
    faces: np.ndarray
    uvs: np.ndarray
    vmap: np.ndarray


def uv_unwrap(verts: np.ndarray, faces: np.ndarray, texture_size: int = 1024,
              padding: int = 4) -> UVMesh:
    """Unwrap ``verts`` [V,3], ``faces`` [F,3] into an atlas for a ``texture_size`` square image,
    charts ``padding`` texels apart (room for dilation past the seams)."""
    import xatlas

    v = np.ascontiguousarray(verts, dtype=np.float32)
    f = np.ascontiguousarray(faces, dtype=np.uint32)
    atlas = xatlas.Atlas()
    atlas.add_mesh(v, f)
    pack = xatlas.PackOptions()
    pack.resolution = int(texture_size)
    pack.padding = int(padding)
    pack.bilinear = True
    pack.blockAlign = True
    atlas.generate(pack_options=pack)
    vmap, idx, uvs = atlas[0]
    vmap = vmap.astype(np.int64)
    return UVMesh(verts=v[vmap], faces=idx.astype(np.int64), uvs=uvs.astype(np.float32), vmap=vmap)
