"""Geometry room: sketches and their readers, cameras, rasterizer backends, tetrahedral grid,
marching tetrahedra and the sketch-to-SDF fit.

Frames: every sketch held in memory is in metres, right-handed, +Y up (the glTF / wire frame).
Normalised space is the cube [-0.5, 0.5]^3 (see ``normalize.py``).
"""
