"""Write a textured mesh as GLB (PBR base-colour texture), OBJ + MTL + PNG, and PLY (vertex
colours). Positions are written as given (the caller puts them in the sketch's frame first:
metres, right-handed, +Y up, which is glTF's frame too).

UVs follow the OpenGL convention (v = 0 at the bottom row of the image); trimesh flips them to
glTF's top-left origin when it writes a GLB, and OBJ uses the OpenGL convention as is.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)

FORMATS = ("glb", "obj", "ply")


@dataclass(frozen=True)
class TexturedMesh:
    """``verts`` [V,3] float32, ``faces`` [F,3] int64 (counter-clockwise from outside),
    ``colors`` [V,4] uint8 RGBA, ``uvs`` [V,2] float32 or None, ``texture`` [H,W,3] uint8 (top
    row first) or None."""

    verts: np.ndarray
    faces: np.ndarray
    colors: np.ndarray
    uvs: np.ndarray | None = None
    texture: np.ndarray | None = None

    def texture_png(self) -> bytes | None:
        """The texture as PNG bytes (None without a texture)."""
        if self.texture is None:
            return None
        from PIL import Image

        buf = io.BytesIO()
        Image.fromarray(self.texture).save(buf, format="PNG")
        return buf.getvalue()


def write_glb(mesh: TexturedMesh, path: Path) -> Path:
    """GLB with a PBR material whose base-colour texture is ``mesh.texture`` (metallic 0,
    roughness 1); vertex colours instead when there is no texture."""
    import trimesh
    from PIL import Image

    if mesh.texture is not None and mesh.uvs is not None:
        material = trimesh.visual.material.PBRMaterial(
            name="sketch2real", baseColorTexture=Image.fromarray(mesh.texture),
            baseColorFactor=[255, 255, 255, 255], metallicFactor=0.0, roughnessFactor=1.0)
        visual = trimesh.visual.TextureVisuals(uv=mesh.uvs, material=material)
    else:
        visual = trimesh.visual.ColorVisuals(vertex_colors=mesh.colors)
    tm = trimesh.Trimesh(mesh.verts, mesh.faces, visual=visual, process=False)
    path.write_bytes(tm.export(file_type="glb"))
    return path


def write_obj(mesh: TexturedMesh, path: Path) -> list[Path]:
    """OBJ (``v``, ``vt``, ``f v/vt``), its MTL and the PNG texture beside it, named after
    ``path``'s stem. Returns the files written (OBJ first)."""
    stem = path.stem
    written = [path]
    lines = [f"# sketch2real: {mesh.verts.shape[0]} vertices, {mesh.faces.shape[0]} faces"]
    textured = mesh.texture is not None and mesh.uvs is not None
    if textured:
        lines += [f"mtllib {stem}.mtl", "usemtl sketch2real"]
    lines += [f"v {x:.7g} {y:.7g} {z:.7g}" for x, y, z in np.asarray(mesh.verts, dtype=np.float64)]
    f1 = np.asarray(mesh.faces, dtype=np.int64) + 1
    if textured:
        lines += [f"vt {u:.6f} {v:.6f}" for u, v in np.asarray(mesh.uvs, dtype=np.float64)]
        lines += [f"f {a}/{a} {b}/{b} {c}/{c}" for a, b, c in f1]
    else:
        lines += [f"f {a} {b} {c}" for a, b, c in f1]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    if textured:
        mtl = path.with_suffix(".mtl")
        png = path.with_suffix(".png")
        mtl.write_text("newmtl sketch2real\nKa 1 1 1\nKd 1 1 1\nKs 0 0 0\nd 1\nillum 1\n"
                       f"map_Kd {stem}.png\n", encoding="utf-8")
        png.write_bytes(mesh.texture_png())
        written += [mtl, png]
    return written


def write_ply(mesh: TexturedMesh, path: Path) -> Path:
    """Binary PLY with per-vertex RGBA colours."""
    import trimesh

    tm = trimesh.Trimesh(mesh.verts, mesh.faces, vertex_colors=mesh.colors, process=False)
    path.write_bytes(tm.export(file_type="ply"))
    return path


def export_mesh(mesh: TexturedMesh, out_dir: Path, name: str,
                formats: tuple[str, ...] = FORMATS,
                welded: TexturedMesh | None = None) -> tuple[dict[str, str], list[str]]:
    """Write ``mesh`` as ``out_dir/name.<format>`` for each of ``formats``; the PLY gets
    ``welded`` when given (the same surface without the UV seams' duplicate vertices).

    Returns ({format: path}, every file written, OBJ companions included), paths as strings.
    """
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise ValueError(f"unknown format(s) {unknown}; choose from {FORMATS}")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    files: dict[str, str] = {}
    written: list[str] = []
    for fmt in formats:
        path = out_dir / f"{name}.{fmt}"
        if fmt == "glb":
            paths = [write_glb(mesh, path)]
        elif fmt == "obj":
            paths = write_obj(mesh, path)
        else:
            paths = [write_ply(welded if welded is not None else mesh, path)]
        files[fmt] = str(paths[0])
        written += [str(p) for p in paths]
        log.debug("wrote %s", ", ".join(str(p) for p in paths))
    return files, written
