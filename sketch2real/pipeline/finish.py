"""Export stage: the refined surface and texture field -> files in the sketch's frame.

    # 1. Extract: marching tetrahedra over the whole grid (no gradient)
    # 2. Clean: drop small pieces, Taubin smoothing
    # 3. Decimate to the face budget (quadric edge collapse)
    # 4. UV-unwrap (xatlas)
    # 5. Bake the texture field into the texture image, dilated past the seams
    # 6. Vertex colours from the field (PLY, previews, the Completed event)
    # 7. Undo the normalisation and write GLB / OBJ+MTL+PNG / PLY

``check`` is called between the steps; it raises to stop (cancellation).

Where pymeshlab is not installed (it is too large to travel to some GPU machines) step 3 falls
back to vertex clustering (``geometry/cluster_decimate.py``: rougher, not guaranteed watertight)
with one warning, and the report's ``fallbacks`` says so.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import numpy as np
import torch

from sketch2real.geometry.cluster_decimate import cluster_decimate
from sketch2real.geometry.decimate import decimate
from sketch2real.geometry.export import TexturedMesh, export_mesh
from sketch2real.geometry.mesh_cleanup import remove_small_components, taubin_smooth
from sketch2real.geometry.normalize import Normalization
from sketch2real.geometry.raster.base import RasterBackend
from sketch2real.geometry.texture_bake import bake_texture
from sketch2real.geometry.texture_field import TextureField
from sketch2real.geometry.uv_unwrap import uv_unwrap
from sketch2real.pipeline.request import FORMATS, Format
from sketch2real.pipeline.surface import Surface

log = logging.getLogger(__name__)

UV_PADDING = 4
"""Texels between charts in the atlas."""
DILATE_PX = 16
"""Rings of texels the baked texture is grown past the chart borders."""


@dataclass(frozen=True)
class ExportOptions:
    """What the export writes."""

    formats: tuple[Format, ...] = FORMATS
    """Files to write: any of glb, obj, ply."""
    max_faces: int = 50_000
    """Face budget of the exported mesh."""
    texture_size: int = 1024
    """Side of the baked base-colour texture, pixels."""
    smooth_iterations: int = 5
    """Taubin smoothing passes on the extracted surface before decimation."""
    min_component_area: float = 0.005
    """Pieces smaller than this fraction of the total area are dropped."""


def export_result(surface: Surface, texture: TextureField, norm: Normalization,
                  opts: ExportOptions, raster: RasterBackend, out_dir: Path, name: str,
                  check: Callable[[], None]
                  ) -> tuple[TexturedMesh, dict[str, str], list[str], dict[str, float], list[str]]:
    """Run the export; returns (mesh in the sketch's frame, {format: path}, all files written,
    seconds per step, fallbacks: the steps that ran without their usual library, and why)."""
    seconds: dict[str, float] = {}
    fallbacks: list[str] = []
    t0 = time.perf_counter()
    dev = surface.sdf.device

    def lap(key: str) -> None:
        nonlocal t0
        now = time.perf_counter()
        seconds[key] = round(now - t0, 3)
        t0 = now
        check()

    # 1. Extract
    with torch.no_grad():
        verts, faces = surface.extract(full=True)
    v = verts.cpu().numpy().astype(np.float64)
    f = faces.cpu().numpy()
    if f.shape[0] == 0:
        raise RuntimeError("the refined surface is empty")
    lap("extract")
    # 2. Clean
    v, f = remove_small_components(v, f, opts.min_component_area)
    v = taubin_smooth(v, f, opts.smooth_iterations)
    lap("clean")
    # 3. Decimate
    v, f, note = decimate_to_budget(v, f, opts.max_faces)
    if note:
        fallbacks.append(note)
    lap("decimate")
    # 4. UV-unwrap
    uvm = uv_unwrap(v, f, opts.texture_size, padding=UV_PADDING)
    lap("uv_unwrap")
    # 5. Bake
    v_t = torch.as_tensor(uvm.verts, dtype=torch.float32, device=dev)
    image, _ = bake_texture(raster, v_t, torch.as_tensor(uvm.faces, device=dev),
                            torch.as_tensor(uvm.uvs, device=dev), texture.query,
                            size=opts.texture_size, dilate_px=DILATE_PX)
    lap("bake")
    # 6. Vertex colours
    rgb = texture.query(v_t).cpu().numpy()
    colors = np.concatenate([(np.clip(rgb, 0, 1) * 255 + 0.5).astype(np.uint8),
                             np.full((rgb.shape[0], 1), 255, np.uint8)], axis=1)
    lap("colors")
    # 7. Sketch frame, files (the PLY gets the welded mesh: no seam duplicates)
    mesh = TexturedMesh(verts=norm.to_sketch(v[uvm.vmap]).astype(np.float32),
                        faces=uvm.faces, colors=colors, uvs=uvm.uvs, texture=image)
    welded_colors = np.zeros((v.shape[0], 4), dtype=np.uint8)
    welded_colors[uvm.vmap] = colors               # seam copies share a position, so a colour
    welded = TexturedMesh(verts=norm.to_sketch(v).astype(np.float32), faces=f,
                          colors=welded_colors)
    files, written = export_mesh(mesh, out_dir, name, tuple(opts.formats), welded=welded)
    lap("write")
    return mesh, files, written, seconds, fallbacks


def decimate_to_budget(v: np.ndarray, f: np.ndarray, max_faces: int
                       ) -> tuple[np.ndarray, np.ndarray, str]:
    """Quadric edge collapse to ``max_faces`` (pymeshlab); vertex clustering where pymeshlab is
    not installed. Returns (verts [V,3] float64, faces [F,3] int64, "" or the fallback note)."""
    try:
        v2, f2, _ = decimate(v, f, max_faces)
        return v2, f2, ""
    except ImportError as err:
        note = f"decimate: vertex clustering ({_missing(err, 'pymeshlab')})"
    log.warning("%s; the exported mesh is rougher", note)
    v2, f2, _ = cluster_decimate(v, f, max_faces)
    return np.asarray(v2, dtype=np.float64), np.asarray(f2, dtype=np.int64), note


def _missing(err: ImportError, package: str) -> str:
    return f"{package} is not installed" if getattr(err, "name", None) in (package, None) \
        else f"{package} failed to import: {err}"
