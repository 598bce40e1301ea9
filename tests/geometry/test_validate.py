"""validate_sketch and the array helpers: limits, NaN/inf, shapes, cleaning, degenerate input."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from sketch2real.geometry.errors import SketchError, SketchLimitError, SketchValidationError
from sketch2real.geometry.limits import SketchLimits
from sketch2real.geometry.sketch import MeshData, Sketch, Stroke
from sketch2real.geometry.validate import (DUPLICATE_EPS, validate_arrays, validate_colors,
                                           validate_faces, validate_orientations,
                                           validate_positions, validate_radii, validate_sketch)


def stroke(points, radii=None, colors=None, orientations=None, **kw) -> Stroke:
    p = np.asarray(points, dtype=np.float32)
    n = len(p)
    return Stroke(points=p,
                  radii=np.full(n, 0.01, np.float32) if radii is None else np.asarray(radii),
                  colors=(np.tile(np.float32([1, 0, 0, 1]), (n, 1)) if colors is None
                          else np.asarray(colors)),
                  orientations=orientations, **kw)


LINE = [[0, 0, 0], [1, 0, 0], [1, 1, 0]]


def sketch(*strokes: Stroke) -> Sketch:
    return Sketch(strokes=tuple(strokes), name="t.curves")


def tetra_mesh(**kw) -> MeshData:
    v = np.array([[0, 0, 0], [1, 0, 0], [0, 1, 0], [0, 0, 1]], np.float32)
    f = np.array([[0, 2, 1], [0, 1, 3], [1, 2, 3], [0, 3, 2]], np.int64)
    return MeshData(vertices=kw.get("v", v), faces=kw.get("f", f), vertex_colors=kw.get("c"))


# --- strokes: cleaning -------------------------------------------------------------------------


def test_clean_sketch_passes_unchanged():
    s = sketch(stroke(LINE), stroke(np.array(LINE) + 2))
    out = validate_sketch(s)
    assert len(out.strokes) == 2 and out.name == s.name
    np.testing.assert_array_equal(out.strokes[0].points, np.float32(LINE))
    assert out.strokes[0].points.dtype == np.float32 and out.strokes[0].radii.dtype == np.float32


def test_consecutive_duplicates_dropped_with_their_attributes():
    pts = [[0, 0, 0], [0, 0, 0], [1, 0, 0], [1, 0, DUPLICATE_EPS / 10], [2, 0, 0]]
    radii = np.float32([0.1, 0.2, 0.3, 0.4, 0.5])
    out = validate_sketch(sketch(stroke(pts, radii=radii)))
    st_ = out.strokes[0]
    np.testing.assert_array_equal(st_.points, np.float32([[0, 0, 0], [1, 0, 0], [2, 0, 0]]))
    np.testing.assert_array_equal(st_.radii, np.float32([0.1, 0.3, 0.5]))
    assert st_.colors.shape == (3, 4)


def test_non_consecutive_repeats_kept():
    pts = [[0, 0, 0], [1, 0, 0], [0, 0, 0]]  # a closed-ish stroke returns to its start
    assert validate_sketch(sketch(stroke(pts))).strokes[0].n_points == 3


def test_single_point_strokes_kept_as_dots_or_dropped():
    s = sketch(stroke(LINE), stroke([[5, 5, 5]]), stroke([[3, 3, 3]] * 4))
    out = validate_sketch(s)
    assert [x.n_points for x in out.strokes] == [3, 1, 1]  # a collapsed stroke becomes a dot
    out = validate_sketch(s, keep_dots=False)
    assert [x.n_points for x in out.strokes] == [3]


def test_empty_strokes_dropped():
    out = validate_sketch(sketch(stroke(np.zeros((0, 3))), stroke(LINE)))
    assert len(out.strokes) == 1


def test_empty_sketch():
    with pytest.raises(SketchValidationError, match="empty sketch"):
        validate_sketch(Sketch(name="e"))
    with pytest.raises(SketchValidationError, match="empty sketch: no stroke has a usable point"):
        validate_sketch(sketch(stroke(np.zeros((0, 3)))))
    with pytest.raises(SketchValidationError, match="empty sketch"):
        validate_sketch(sketch(stroke([[1, 1, 1]])), keep_dots=False)


def test_zero_extent():
    with pytest.raises(SketchValidationError, match="zero extent"):
        validate_sketch(sketch(stroke([[1, 2, 3]] * 3), stroke([[1, 2, 3]])))


def test_colours_clipped_and_completed():
    cols = np.float32([[1.5, -0.2, 0.5, 2.0], [0, 0, 0, 1], [0.3, 0.3, 0.3, 0.3]])
    out = validate_sketch(sketch(stroke(LINE, colors=cols)))
    np.testing.assert_allclose(out.strokes[0].colors[0], [1, 0, 0.5, 1])
    rgb = np.uint8([[255, 0, 0], [0, 255, 0], [0, 0, 51]])
    out = validate_sketch(sketch(stroke(LINE, colors=rgb)))
    np.testing.assert_allclose(out.strokes[0].colors, [[1, 0, 0, 1], [0, 1, 0, 1], [0, 0, 0.2, 1]])


def test_orientations_normalised_zero_becomes_identity():
    q = np.float32([[0, 0, 0, 2], [0, 0, 0, 0], [1, 1, 1, 1]])
    out = validate_sketch(sketch(stroke(LINE, orientations=q))).strokes[0].orientations
    np.testing.assert_allclose(out, [[0, 0, 0, 1], [0, 0, 0, 1], [0.5, 0.5, 0.5, 0.5]])


def test_metadata_units_and_flags_kept():
    s = Sketch(strokes=(stroke(LINE, brush="Flat", ribbon=True),), source_units="dm",
               metres_per_unit=0.1, name="x.tilt", metadata={"k": 1})
    out = validate_sketch(s)
    assert out.source_units == "dm" and out.metres_per_unit == 0.1 and out.metadata == {"k": 1}
    assert out.strokes[0].ribbon and out.strokes[0].brush == "Flat"


# --- strokes: errors -------------------------------------------------------------------------


@pytest.mark.parametrize("field, bad, match", [
    ("points", [[0, 0, 0], [np.nan, 0, 0], [1, 1, 1]], r"stroke 1 points: row 1 has a non-finite"),
    ("points", [[0, 0, 0], [np.inf, 0, 0], [1, 1, 1]], r"stroke 1 points: row 1"),
    ("radii", [0.1, np.nan, 0.1], r"stroke 1 radii: entry 1 is not finite"),
    ("radii", [0.1, -0.5, 0.1], r"stroke 1 radii: entry 1 is negative"),
    ("colors", [[1, 0, 0, 1], [np.nan, 0, 0, 1], [1, 0, 0, 1]], r"stroke 1 colors: row 1"),
    ("orientations", [[0, 0, 0, 1], [0, np.nan, 0, 1], [0, 0, 0, 1]],
     r"stroke 1 orientations: row 1"),
])
def test_non_finite_and_negative_named(field, bad, match):
    kw = {field: np.asarray(bad, dtype=np.float32)}
    if field == "points":
        bad_stroke = stroke(kw["points"])
    else:
        bad_stroke = stroke(LINE, **kw)
    with pytest.raises(SketchValidationError, match=match) as e:
        validate_sketch(sketch(stroke(LINE), bad_stroke))
    assert str(e.value).startswith("t.curves: ") and "\n" not in str(e.value)


@pytest.mark.parametrize("make, match", [
    (lambda: stroke(np.zeros((3, 2))), r"points: expected shape \[N,3\], got \[3, 2\]"),
    (lambda: stroke(LINE, radii=np.zeros(2)), r"radii: expected shape \[3\]"),
    (lambda: stroke(LINE, colors=np.zeros((3, 5))), r"colors: expected shape"),
    (lambda: stroke(LINE, orientations=np.zeros((3, 3))), r"orientations: expected shape \[3,4\]"),
    (lambda: Stroke(np.array([["a", "b", "c"]] * 2), np.zeros(2), np.ones((2, 4))),
     r"points: expected numbers, got dtype <U1"),
])
def test_bad_shapes_and_dtypes(make, match):
    with pytest.raises(SketchValidationError, match=match):
        validate_sketch(sketch(make()))


@pytest.mark.parametrize("limits, match", [
    (SketchLimits(max_strokes=1), r"2 strokes is more than the limit max_strokes=1"),
    (SketchLimits(max_points=5), r"6 points is more than the limit max_points=5"),
    (SketchLimits(max_points_per_stroke=2),
     r"stroke 0 has 3 points, more than the limit max_points_per_stroke=2"),
])
def test_stroke_limits(limits, match):
    with pytest.raises(SketchLimitError, match=match):
        validate_sketch(sketch(stroke(LINE), stroke(LINE)), limits)


def test_strokes_and_mesh_together_refused():
    with pytest.raises(SketchValidationError, match="not both"):
        validate_sketch(Sketch(strokes=(stroke(LINE),), mesh=tetra_mesh()))


# --- meshes ----------------------------------------------------------------------------------


def test_mesh_passes():
    out = validate_sketch(Sketch(mesh=tetra_mesh(), name="m.ply"))
    assert out.kind == "mesh" and out.mesh.faces.dtype == np.int64 and len(out.mesh.faces) == 4


@pytest.mark.parametrize("faces, match", [
    ([[0, 1, 7]], r"face 0 has index 7, out of range \(the mesh has 4 vertices\)"),
    ([[0, 1, 2], [0, -1, 2]], r"face 1 has index -1, negative"),
    ([[0.0, 1.5, 2.0]], r"whole numbers"),
    ([[0, 1]], r"expected shape \[F,3\]"),
])
def test_mesh_bad_faces(faces, match):
    with pytest.raises(SketchValidationError, match=match):
        validate_sketch(Sketch(mesh=tetra_mesh(f=np.asarray(faces)), name="m.ply"))


def test_mesh_nan_vertex():
    v = np.float32([[0, 0, 0], [1, 0, 0], [0, np.nan, 0], [0, 0, 1]])
    with pytest.raises(SketchValidationError, match=r"m.ply vertices: row 2 has a non-finite"):
        validate_sketch(Sketch(mesh=tetra_mesh(v=v), name="m.ply"))


def test_mesh_degenerate_faces_dropped_unused_vertices_removed():
    v = np.float32([[0, 0, 0], [1, 0, 0], [0, 1, 0], [2, 0, 0], [9, 9, 9]])
    f = np.array([[0, 1, 2], [0, 1, 3], [0, 0, 2]])  # 2nd collinear, 3rd repeats an index
    c = np.uint8([[255, 0, 0, 255]] * 5)
    out = validate_sketch(Sketch(mesh=tetra_mesh(v=v, f=f, c=c), name="m.ply")).mesh
    np.testing.assert_array_equal(out.faces, [[0, 1, 2]])
    assert len(out.vertices) == 3 and out.vertex_colors.shape == (3, 4)
    np.testing.assert_allclose(out.vertex_colors, [[1, 0, 0, 1]] * 3)


def test_mesh_all_degenerate():
    v = np.float32([[0, 0, 0], [1, 0, 0], [2, 0, 0]])
    with pytest.raises(SketchValidationError, match="all 1 faces are degenerate"):
        validate_sketch(Sketch(mesh=tetra_mesh(v=v, f=np.array([[0, 1, 2]])), name="m"))


def test_mesh_no_faces():
    with pytest.raises(SketchValidationError, match="no faces"):
        validate_sketch(Sketch(mesh=tetra_mesh(f=np.zeros((0, 3), np.int64)), name="m"))


@pytest.mark.parametrize("limits, match", [
    (SketchLimits(max_vertices=3), r"4 vertices is more than the limit max_vertices=3"),
    (SketchLimits(max_triangles=3), r"4 triangles is more than the limit max_triangles=3"),
])
def test_mesh_limits(limits, match):
    with pytest.raises(SketchLimitError, match=match):
        validate_sketch(Sketch(mesh=tetra_mesh(), name="m"), limits)


# --- raw-array helpers (for the server) -----------------------------------------------------


def test_validate_arrays_flat_indices_and_colours():
    m = tetra_mesh()
    out = validate_arrays(m.vertices.astype(np.float64), m.faces.ravel().astype(np.uint32),
                          np.uint8([[10, 20, 30]] * 4), what="upload")
    assert out.vertices.dtype == np.float32 and out.faces.shape == (4, 3)
    assert out.vertex_colors.shape == (4, 4) and out.vertex_colors[0, 3] == 1.0


def test_helpers_name_the_field():
    with pytest.raises(SketchValidationError, match=r"^positions: expected shape"):
        validate_positions(np.zeros(6))
    with pytest.raises(SketchValidationError, match=r"^indices: face 0 has index 3"):
        validate_faces(np.array([[0, 1, 3]]), 3, "indices")
    with pytest.raises(SketchValidationError, match=r"^r: entry 0 is negative"):
        validate_radii([-1.0], 1, "r")
    assert validate_colors(np.ones((2, 3)), 2).shape == (2, 4)
    np.testing.assert_allclose(validate_orientations([[0, 0, 3, 0]], 1), [[0, 0, 1, 0]])


# --- property: any finite input is cleaned or refused with a SketchError ----------------------


@settings(max_examples=60, deadline=None)
@given(st.lists(hnp.arrays(np.float32, st.tuples(st.integers(0, 6), st.just(3)),
                           elements=st.sampled_from([0.0, 0.0, 1.0, -2.5, 1e-9, np.nan])),
                min_size=0, max_size=4))
def test_validate_never_crashes(point_sets):
    s = Sketch(strokes=tuple(stroke(p) for p in point_sets), name="h")
    try:
        out = validate_sketch(s)
    except SketchError as e:
        assert "\n" not in str(e)
        return
    for x in out.strokes:
        assert x.n_points >= 1 and np.isfinite(x.points).all()
        if x.n_points > 1:
            assert (np.linalg.norm(np.diff(x.points, axis=0), axis=1) > DUPLICATE_EPS).all()
    lo, hi = out.bounds()
    assert (hi - lo).max() > 0
