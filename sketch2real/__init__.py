"""sketch2real: rough VR sketches in, realistic textured meshes out.

Rooms (the README's layout section): ``geometry`` (sketches, cameras, rasterizers, tetrahedral
SDF fit, export), ``guidance`` (diffusion priors and score-distillation gradients), ``pipeline``
(one job: request, plan, refiner, report), ``server`` (gRPC service and job store), ``wire``
(what server and clients share), ``client`` (the torch-free Python client), ``commands`` (the
CLI); ``errors`` is the one error hierarchy. ``geometry`` and ``guidance`` never import each
other.
"""

__version__ = "0.1.0"
