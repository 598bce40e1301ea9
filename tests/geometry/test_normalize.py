"""Normalisation into the unit cube: exact round trip, bounds, and the zero-extent error."""

from __future__ import annotations

import numpy as np
import pytest

from sketch2real.geometry.errors import SketchValidationError
from sketch2real.geometry.normalize import Normalization


def _cloud(seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return (rng.normal(size=(500, 3)) * [0.3, 1.2, 0.05] + [2.0, -1.0, 7.0]).astype(np.float64)


def test_round_trip_is_identity():
    p = _cloud()
    norm = Normalization.fit(p)
    back = norm.to_sketch(norm.to_normalized(p))
    np.testing.assert_allclose(back, p, rtol=0, atol=1e-12)


def test_round_trip_float32_keeps_dtype():
    p = _cloud(1).astype(np.float32)
    norm = Normalization.fit(p)
    q = norm.to_normalized(p)
    assert q.dtype == np.float32
    np.testing.assert_allclose(norm.to_sketch(q), p, atol=1e-5)


@pytest.mark.parametrize("extent", [0.8, 0.5, 1.0])
def test_bounds_inside_cube_and_centred(extent):
    p = _cloud(2)
    q = Normalization.fit(p, extent=extent).to_normalized(p)
    lo, hi = q.min(axis=0), q.max(axis=0)
    assert np.all(lo >= -0.5 - 1e-12) and np.all(hi <= 0.5 + 1e-12)
    np.testing.assert_allclose((lo + hi) / 2, 0.0, atol=1e-12)
    assert (hi - lo).max() == pytest.approx(extent)


def test_uniform_scale_keeps_shape_and_handedness():
    p = _cloud(3)
    norm = Normalization.fit(p)
    q = norm.to_normalized(p)
    # Same ratio of sides, no axis flipped (the transform is translate + positive uniform scale).
    np.testing.assert_allclose(np.ptp(q, axis=0) / np.ptp(q, axis=0).max(),
                               np.ptp(p, axis=0) / np.ptp(p, axis=0).max(), rtol=1e-9)
    assert norm.scale > 0
    a, b, c = p[0], p[1], p[2]
    qa, qb, qc = q[0], q[1], q[2]
    assert np.sign(np.dot(np.cross(b - a, c - a), [0, 0, 1])) == np.sign(
        np.dot(np.cross(qb - qa, qc - qa), [0, 0, 1]))


def test_matrix_matches_to_normalized():
    p = _cloud(4)
    norm = Normalization.fit(p)
    h = np.concatenate([p, np.ones((len(p), 1))], axis=1)
    np.testing.assert_allclose((h @ norm.matrix().T)[:, :3], norm.to_normalized(p), atol=1e-12)
    d = norm.to_dict()
    assert d["scale"] == norm.scale and len(d["center"]) == 3


@pytest.mark.parametrize("points", [
    np.zeros((10, 3)),
    np.tile([[1.0, 2.0, 3.0]], (4, 1)),
])
def test_zero_extent_raises(points):
    with pytest.raises(SketchValidationError, match="zero extent"):
        Normalization.fit(points)


@pytest.mark.parametrize("points", [np.zeros((0, 3)), np.zeros((5, 2))])
def test_bad_shape_raises(points):
    with pytest.raises(SketchValidationError, match="shape"):
        Normalization.fit(points)
