"""UV unwrapping with xatlas: charts cut along seams, packed into one square atlas.

xatlas is imported inside the function. Seams duplicate vertices, so the output has its own
vertex list and a map back to the input's vertices.

Speed: xatlas grows the charts of each mesh it is given as one task (one thread), and on an
export mesh that is most of its time; packing the charts is the rest. So a large mesh is cut
into ``pieces`` compact parts (recursive bisection of the face centroids along the longest
side) that go into the atlas as separate meshes: xatlas charts them in parallel on its own
threads, and growing charts over a smaller part costs less in total. The cuts become seams (a
few percent more charts and vertices); the packing is shared, so the result is still one atlas.
The number of parts depends only on the face count, so the output does not depend on the
machine. xatlas holds the GIL while it works. ``benchmarks/bench_unwrap.py`` measures it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

FACES_PER_PIECE = 6_000
"""Faces per part above which a mesh is cut (``auto_pieces``)."""
MAX_PIECES = 16
"""At most this many parts."""


@dataclass(frozen=True)
class UVMesh:
    """``verts`` [V',3] float32 (same frame as the input), ``faces`` [F,3] int64 (same faces and
    order as the input), ``uvs`` [V',2] float32 in [0, 1] (OpenGL convention: v = 0 at the
    bottom row of the texture image), ``vmap`` [V'] int64 input vertex of each output vertex."""

    verts: np.ndarray
    faces: np.ndarray
    uvs: np.ndarray
    vmap: np.ndarray


def auto_pieces(n_faces: int) -> int:
    """Parts a mesh of ``n_faces`` is cut into: a power of two, about ``FACES_PER_PIECE`` faces
    each, 1 to ``MAX_PIECES``."""
    k = 1
    while k * 2 <= MAX_PIECES and n_faces >= 2 * k * FACES_PER_PIECE:
        k *= 2
    return k


def split_faces(verts: np.ndarray, faces: np.ndarray, pieces: int) -> list[np.ndarray]:
    """Face indices of ``pieces`` compact parts (a power of two is best): each part is split in
    two halves of equal face count across the longest side of its centroids' bounding box."""
    centroids = verts[faces].mean(axis=1)
    parts = [np.arange(faces.shape[0])]
    while len(parts) < pieces:
        biggest = max(range(len(parts)), key=lambda i: parts[i].shape[0])
        part = parts.pop(biggest)
        if part.shape[0] < 2:
            parts.append(part)
            break
        c = centroids[part]
        axis = int(np.argmax(c.max(axis=0) - c.min(axis=0)))
        order = np.argsort(c[:, axis], kind="stable")
        half = part.shape[0] // 2
        parts += [np.sort(part[order[:half]]), np.sort(part[order[half:]])]
    return parts


def uv_unwrap(verts: np.ndarray, faces: np.ndarray, texture_size: int = 1024,
              padding: int = 4, pieces: int | None = None) -> UVMesh:
    """Unwrap ``verts`` [V,3], ``faces`` [F,3] into an atlas for a ``texture_size`` square image,
    charts ``padding`` texels apart (room for dilation past the seams). ``pieces``: parts the
    mesh is cut into first (None: ``auto_pieces``; 1: the mesh whole)."""
    import xatlas

    v = np.ascontiguousarray(verts, dtype=np.float32)
    f = np.ascontiguousarray(faces, dtype=np.uint32)
    k = auto_pieces(f.shape[0]) if pieces is None else max(1, int(pieces))
    parts = split_faces(v, f, k) if k > 1 else [np.arange(f.shape[0])]
    atlas = xatlas.Atlas()
    used_of = []
    for part in parts:
        used, local = np.unique(f[part], return_inverse=True)
        used_of.append(used)
        atlas.add_mesh(np.ascontiguousarray(v[used]),
                       np.ascontiguousarray(local.reshape(-1, 3).astype(np.uint32)))
    pack = xatlas.PackOptions()
    pack.resolution = int(texture_size)
    pack.padding = int(padding)
    pack.bilinear = True
    pack.blockAlign = True
    atlas.generate(pack_options=pack)
    vmaps, uv_list = [], []
    faces_out = np.empty((f.shape[0], 3), dtype=np.int64)
    offset = 0
    for i, (part, used) in enumerate(zip(parts, used_of)):
        vmap_i, idx_i, uvs_i = atlas[i]
        vmaps.append(used[vmap_i.astype(np.int64)])
        uv_list.append(uvs_i)
        faces_out[part] = idx_i.astype(np.int64) + offset     # xatlas keeps the face order
        offset += vmap_i.shape[0]
    vmap = np.concatenate(vmaps)
    return UVMesh(verts=v[vmap], faces=faces_out,
                  uvs=np.concatenate(uv_list).astype(np.float32), vmap=vmap)
