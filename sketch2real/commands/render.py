"""``sketch2real render INPUT -o OUT.png``: shaded views of a mesh or a sketch, for a quick look.
A mesh's vertex colours or texture (sampled at its vertices) colour the views."""

from __future__ import annotations

import argparse
import sys


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("input", help="a mesh (.ply .obj .glb ...) or a sketch file (drawn as tubes)")
    p.add_argument("-o", "--output", required=True, help="output .png")
    p.add_argument("--size", type=int, default=320, help="pixels per view (default 320)")
    p.add_argument("--views", type=int, default=4, help="views around the object (default 4)")
    p.add_argument("--elevation", type=float, default=20.0, help="degrees above the horizon")
    p.add_argument("--grey", action="store_true",
                   help="ignore the mesh's colours or texture and shade it grey")


def run(args: argparse.Namespace) -> int:
    if not args.output.lower().endswith(".png"):
        print(f"sketch2real render: error: output must end in .png: got {args.output!r}",
              file=sys.stderr)
        return 2
    import numpy as np
    from PIL import Image

    from sketch2real.geometry.preview_image import shaded_views
    from sketch2real.geometry.readers import read_sketch
    from sketch2real.geometry.tubes import strokes_to_mesh

    sketch = read_sketch(args.input)
    if sketch.mesh is not None:
        verts, faces, colors = sketch.mesh.vertices, sketch.mesh.faces, sketch.mesh.vertex_colors
    else:
        verts, faces, colors = strokes_to_mesh(sketch.strokes, min_radius=0.004 * sketch.diagonal())
    if args.grey:
        colors = None
    az = tuple(30.0 + 360.0 * k / args.views for k in range(args.views))
    img = shaded_views(np.asarray(verts), np.asarray(faces), azimuths=az,
                       elevation=args.elevation, size=args.size, vertex_colors=colors)
    Image.fromarray(img).save(args.output)
    print(f"{args.output}: {args.views} views of {sketch.name}")
    return 0
