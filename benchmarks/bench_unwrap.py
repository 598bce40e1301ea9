"""UV unwrap of a ~50k-face export mesh: the mesh whole (one xatlas mesh) against cut into parts
(``geometry/uv_unwrap.py``: charted in parallel by xatlas's threads).

    python benchmarks/bench_unwrap.py [--mesh MESH.ply|.obj|.npz] [--repeats 3] [--out out.json]

Without ``--mesh`` it makes a fitted-surface-like mesh itself: marching tetrahedra of a chair
made of boxes (seat, back, four legs) on a 96-cell grid, Taubin-smoothed, decimated to 50,000
faces (pymeshlab; without it the mesh is used as extracted). Runs alternate (whole, parts,
whole, ...) so that load from other work hits both alike; it prints the median wall and CPU
seconds (CPU: this process's user + system time, which counts xatlas's threads together) and
the charts, atlas size, utilisation and seam vertices of each.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import time

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from sketch2real.geometry.uv_unwrap import auto_pieces, uv_unwrap  # noqa: E402


def _cpu_seconds() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def box_chair(resolution: int = 96, max_faces: int = 50_000) -> tuple[np.ndarray, np.ndarray]:
    """A chair of rounded boxes as a marching-tetrahedra mesh, smoothed and decimated."""
    import torch

    from sketch2real.geometry.marching_tets import marching_tets
    from sketch2real.geometry.mesh_cleanup import taubin_smooth
    from sketch2real.geometry.tet_grid import make_tet_grid

    grid = make_tet_grid(resolution)
    p = grid.vertices

    def box(centre, half, r=0.02):
        q = (p - torch.tensor(centre)).abs() - torch.tensor(half)
        return q.clamp(min=0).norm(dim=-1) + q.max(dim=-1).values.clamp(max=0) - r

    parts = [box((0, 0, 0), (0.3, 0.03, 0.3)), box((0, 0.3, -0.27), (0.3, 0.3, 0.03))]
    parts += [box((x, -0.22, z), (0.03, 0.22, 0.03)) for x in (-0.25, 0.25) for z in (-0.25, 0.25)]
    sdf = torch.stack(parts).min(dim=0).values
    with torch.no_grad():
        v, f = marching_tets(grid.vertices, sdf, grid.tets)
    v = taubin_smooth(v.numpy().astype(np.float64), f.numpy(), 5)
    f = f.numpy()
    try:
        from sketch2real.geometry.decimate import decimate

        v, f, _ = decimate(v, f, max_faces)
    except ImportError:
        pass
    return v, f


def load_mesh(path: str) -> tuple[np.ndarray, np.ndarray]:
    if path.endswith(".npz"):
        d = np.load(path)
        return d["v"], d["f"]
    import trimesh

    m = trimesh.load(path, force="mesh", process=False)
    return np.asarray(m.vertices), np.asarray(m.faces)


def one(v: np.ndarray, f: np.ndarray, pieces: int, size: int) -> dict:
    t0, c0 = time.perf_counter(), _cpu_seconds()
    uvm = uv_unwrap(v, f, size, padding=4, pieces=pieces)
    wall, cpu = time.perf_counter() - t0, _cpu_seconds() - c0
    # the contract: same faces, same order, positions of the input
    assert np.allclose(uvm.verts[uvm.faces], np.asarray(v, np.float32)[f])
    assert uvm.uvs.min() >= 0.0 and uvm.uvs.max() <= 1.0
    return {"pieces": pieces, "wall_s": wall, "cpu_s": cpu, "vertices": int(uvm.verts.shape[0])}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mesh", help="a mesh file (.ply, .obj, .glb or .npz with v, f)")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--texture-size", type=int, default=1024)
    ap.add_argument("--pieces", type=int, default=None, help="parts (default: auto_pieces)")
    ap.add_argument("--out", help="JSON file for the results")
    args = ap.parse_args(argv)
    v, f = load_mesh(args.mesh) if args.mesh else box_chair()
    k = args.pieces or auto_pieces(f.shape[0])
    print(f"mesh: {v.shape[0]} vertices, {f.shape[0]} faces; parts: {k}; cpus {os.cpu_count()}; "
          f"load average {os.getloadavg()[0]:.1f}", flush=True)
    runs: dict[int, list[dict]] = {1: [], k: []}
    for _ in range(args.repeats):
        for pieces in (1, k):
            r = one(v, f, pieces, args.texture_size)
            runs[pieces].append(r)
            print(f"  pieces {pieces:2d}: wall {r['wall_s']:6.2f} s, cpu {r['cpu_s']:6.2f} s, "
                  f"{r['vertices']} vertices", flush=True)
    summary = {}
    for pieces, rs in runs.items():
        summary[pieces] = {"wall_median_s": statistics.median(r["wall_s"] for r in rs),
                           "cpu_median_s": statistics.median(r["cpu_s"] for r in rs),
                           "vertices": rs[0]["vertices"]}
    w1, wk = summary[1]["wall_median_s"], summary[k]["wall_median_s"]
    c1, ck = summary[1]["cpu_median_s"], summary[k]["cpu_median_s"]
    print(f"whole: wall {w1:.2f} s, cpu {c1:.2f} s; {k} parts: wall {wk:.2f} s, cpu {ck:.2f} s; "
          f"speed-up wall {w1 / wk:.2f}x, cpu {c1 / ck:.2f}x; load average now "
          f"{os.getloadavg()[0]:.1f}")
    if args.out:
        with open(args.out, "w", encoding="utf-8") as fh:
            json.dump({"faces": int(f.shape[0]), "cpus": os.cpu_count(), "runs": runs,
                       "summary": summary}, fh, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
