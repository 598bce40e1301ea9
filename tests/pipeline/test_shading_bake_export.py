"""Shaded renders, UV unwrap + bake, decimation and the three file formats, on small synthetic
meshes with known answers."""

import numpy as np
import pytest
import torch
import trimesh

from sketch2real.geometry.cameras import orbit_cameras
from sketch2real.geometry.decimate import decimate
from sketch2real.geometry.export import TexturedMesh, export_mesh
from sketch2real.geometry.raster import TorchRasterizer
from sketch2real.geometry.shading import render_shaded
from sketch2real.geometry.texture_bake import bake_texture, dilate
from sketch2real.geometry.uv_unwrap import uv_unwrap


def _sphere(subdiv=2, r=0.3):
    m = trimesh.creation.icosphere(subdivisions=subdiv, radius=r)
    return (torch.tensor(np.asarray(m.vertices), dtype=torch.float32),
            torch.tensor(np.asarray(m.faces), dtype=torch.int64))


def test_shading_modes_and_gradients():
    v, f = _sphere()
    v.requires_grad_(True)
    cams = orbit_cameras(torch.zeros(3), torch.tensor([0.0, 90.0, 180.0]), distance=1.5)
    colour = torch.tensor([0.8, 0.2, 0.1], requires_grad=True)
    bg = torch.tensor([[0.0, 0.0, 1.0]] * 3)
    light = torch.nn.functional.normalize(cams.campos, dim=-1)
    r = render_shaded(TorchRasterizer(), v, f, cams, (48, 48), lambda p: colour.expand(len(p), 3),
                      ["albedo", "diffuse", "textureless"], light, bg, ambient=0.3,
                      textureless_grey=0.75)
    hard = r.hard_mask[..., 0] > 0
    inner = hard.clone()
    inner[:, 1:-1, 1:-1] &= hard[:, :-2, 1:-1] & hard[:, 2:, 1:-1] & hard[:, 1:-1, :-2] & hard[:, 1:-1, 2:]
    # albedo view: exactly the albedo inside the silhouette; background outside.
    assert torch.allclose(r.rgb[0][inner[0]], colour.detach().expand(int(inner[0].sum()), 3), atol=1e-5)
    near = torch.nn.functional.max_pool2d(hard.float()[:, None], 3, 1, 1)[:, 0] > 0
    assert torch.allclose(r.rgb[0][~near[0]], bg[0].expand(int((~near[0]).sum()), 3))
    # diffuse view: albedo times a factor in [ambient, 1], the same factor for every channel.
    d = r.rgb[1][inner[1]].detach()
    k = d / colour.detach()
    assert (k >= 0.3 - 1e-4).all() and (k <= 1 + 1e-4).all()
    assert torch.allclose(k[:, 0], k[:, 1], atol=1e-4)
    # a headlight on a sphere: the centre is fully lit
    assert float(k[:, 0].max()) > 0.95
    # textureless view: grey
    t = r.rgb[2][inner[2]]
    assert torch.allclose(t[:, 0], t[:, 1]) and torch.allclose(t[:, 1], t[:, 2])
    r.rgb.sum().backward()
    assert colour.grad is not None and colour.grad.abs().sum() > 0
    assert v.grad is not None and v.grad.abs().sum() > 0


def test_unwrap_and_bake_reproduce_the_field():
    v, f = _sphere(3)
    uvm = uv_unwrap(v.numpy(), f.numpy(), texture_size=256, padding=4)
    assert uvm.faces.shape == f.shape
    assert np.allclose(uvm.verts, v.numpy()[uvm.vmap])
    assert uvm.uvs.min() >= 0.0 and uvm.uvs.max() <= 1.0

    def field(p):                     # colour = position mapped to [0, 1]
        return p / 0.6 + 0.5

    img, covered = bake_texture(TorchRasterizer(), torch.tensor(uvm.verts), torch.tensor(uvm.faces),
                                torch.tensor(uvm.uvs), field, size=256, dilate_px=8)
    assert img.shape == (256, 256, 3) and img.dtype == np.uint8
    assert 0.2 < covered.mean() < 0.95
    # Sample the image at each vertex's UV (OpenGL convention: v up, image top row first).
    col = np.clip((uvm.uvs[:, 0] * 256).astype(int), 0, 255)
    row = np.clip(((1.0 - uvm.uvs[:, 1]) * 256).astype(int), 0, 255)
    got = img[row, col] / 255.0
    want = field(uvm.verts)
    assert np.median(np.abs(got - want)) < 0.02
    assert np.percentile(np.abs(got - want), 95) < 0.06


def test_dilation_fills_outward_from_the_charts():
    img = torch.zeros(9, 9, 3)
    filled = torch.zeros(9, 9, dtype=torch.bool)
    img[4, 4] = torch.tensor([1.0, 0.5, 0.25])
    filled[4, 4] = True
    out = dilate(img, filled, rings=2)
    assert torch.allclose(out[2:7, 2:7], img[4, 4].expand(5, 5, 3))
    assert torch.allclose(out[0, 0], img[4, 4])       # beyond the rings: the mean colour


def test_decimate_to_budget_keeps_shape_and_colours():
    m = trimesh.creation.icosphere(subdivisions=4, radius=1.0)
    colors = np.tile([[1.0, 0.0, 0.0, 1.0]], (len(m.vertices), 1))
    v, f, c = decimate(m.vertices, m.faces, 500, colors=colors)
    assert f.shape[0] <= 500 and f.shape[0] > 400
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=0.05)
    assert np.allclose(c[:, 0], 1.0) and np.allclose(c[:, 1], 0.0)
    assert trimesh.Trimesh(v, f).is_watertight
    v2, f2, _ = decimate(m.vertices, m.faces, 10 ** 6)
    assert f2.shape == m.faces.shape


def test_formats_load_back_with_texture_or_colours(tmp_path):
    m = trimesh.creation.box(extents=(1.0, 2.0, 0.5))
    m = m.subdivide()
    v, f = np.asarray(m.vertices, dtype=np.float32), np.asarray(m.faces)
    uvm = uv_unwrap(v, f, texture_size=64)
    tex = np.zeros((64, 64, 3), dtype=np.uint8)
    tex[..., 1] = 200
    colors = np.tile(np.array([[10, 200, 30, 255]], dtype=np.uint8), (len(uvm.verts), 1))
    mesh = TexturedMesh(uvm.verts + np.float32(5.0), uvm.faces, colors, uvm.uvs, tex)
    files, written = export_mesh(mesh, tmp_path, "box")
    assert set(files) == {"glb", "obj", "ply"}
    assert {p.rsplit(".", 1)[1] for p in written} == {"glb", "obj", "mtl", "png", "ply"}
    glb = trimesh.load(files["glb"], force="mesh")
    assert glb.visual.kind == "texture"
    assert np.asarray(glb.visual.material.baseColorTexture).shape[:2] == (64, 64)
    assert np.allclose(glb.bounds, mesh.verts.min(0)[None] * [[1], [0]] + mesh.verts.max(0)[None] * [[0], [1]], atol=1e-5)
    # trimesh flips glTF's top-left UVs back to OpenGL's on load: same UVs as written
    assert np.allclose(np.sort(glb.visual.uv[:, 1]), np.sort(uvm.uvs[:, 1]), atol=1e-5)
    obj = trimesh.load(files["obj"], force="mesh")
    assert obj.visual.kind == "texture"
    assert np.asarray(obj.visual.material.image).shape[:2] == (64, 64)
    assert len(obj.faces) == len(f)
    ply = trimesh.load(files["ply"])
    assert ply.visual.kind == "vertex"
    assert (ply.visual.vertex_colors[:, :3] == [10, 200, 30]).all()


def test_export_rejects_unknown_format(tmp_path):
    mesh = TexturedMesh(np.zeros((3, 3), np.float32), np.array([[0, 1, 2]]), np.zeros((3, 4), np.uint8))
    with pytest.raises(ValueError, match="unknown format"):
        export_mesh(mesh, tmp_path, "x", ("fbx",))


def test_cluster_decimate_fits_the_budget_and_keeps_winding():
    from sketch2real.geometry.cluster_decimate import cluster_decimate

    m = trimesh.creation.icosphere(subdivisions=4, radius=1.0)
    colors = np.tile([[0.0, 1.0, 0.0, 1.0]], (len(m.vertices), 1))
    v, f, c = cluster_decimate(m.vertices, m.faces, 600, colors=colors)
    assert 300 < f.shape[0] <= 600
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=0.1)
    assert np.allclose(c, [0.0, 1.0, 0.0, 1.0])
    out = trimesh.Trimesh(v, f, process=False)
    assert out.is_winding_consistent and out.volume > 0      # still outward-facing
