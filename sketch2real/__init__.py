"""sketch2real: rough VR sketches in, realistic textured meshes out.

Rooms (see README.md): ``geometry`` (sketches, cameras, rasterizers, tetrahedral SDF fit),
``guidance`` (diffusion priors and score-distillation gradients), ``pipeline`` (the refinement
loop), ``server`` (gRPC service and client). ``geometry`` and ``guidance`` never import each other.
"""

__version__ = "0.1.0"
