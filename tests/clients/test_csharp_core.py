"""The Unity package's pure C# core (unity_client/Runtime/Core: wire arrays, frames, meshes,
strokes, the job state machine), compiled with Mono's `mcs` and tested with NUnit 2.6
(`nunit-console`) against the golden files the Python side writes; then the Python side reads
what the C# side wrote and puts it through the server's own converter and a real server.

Skips where Mono is not installed, fails under CI=true (scripts/install_clients.sh installs it).
"""

from __future__ import annotations

import json
import os
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pytest
from client_helpers import GOLDEN, NUNIT_DLL, UNITY, compile_core, require, require_tool
from golden_writer import chiral_mesh, helix_handedness, helix_wire, signed_volume

from sketch2real.client import Client
from sketch2real.server import convert
from sketch2real.wire._generated import sketch2real_pb2 as pb
from sketch2real.server.config import ServerLimits


@pytest.fixture(scope="module")
def csharp_run(tmp_path_factory):
    """Compile the core and its NUnit tests, run them once; returns (xml root, out dir, log)."""
    work = tmp_path_factory.mktemp("csharp")
    require_tool("mono")
    console = require_tool("nunit-console")
    require(NUNIT_DLL.is_file(), str(NUNIT_DLL), "apt-get install libnunit-cil-dev")
    core = compile_core(work)
    tests = work / "Sketch2Real.Core.Tests.dll"
    sources = sorted(str(p) for p in (UNITY / "Tests" / "Editor").glob("*.cs"))
    run = subprocess.run([require_tool("mcs"), "-target:library", f"-out:{tests}",
                          f"-r:{core}", f"-r:{NUNIT_DLL}", *sources],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
    out = work / "out"
    env = dict(os.environ, S2R_GOLDEN_DIR=str(GOLDEN), S2R_OUT_DIR=str(out))
    result = work / "TestResult.xml"
    run = subprocess.run([console, "-nologo", str(tests), f"-xml={result}"], cwd=work, env=env,
                         capture_output=True, text=True, timeout=300)
    log = run.stdout + run.stderr
    assert result.is_file(), log
    return ET.parse(result).getroot(), out, log


def test_core_asmdef_has_no_engine_and_no_grpc():
    asm = json.loads((UNITY / "Runtime" / "Core" / "Sketch2Real.Core.asmdef").read_text())
    assert asm["name"] == "Sketch2Real.Core"
    assert asm["noEngineReferences"] is True
    assert asm["references"] == []
    for cs in (UNITY / "Runtime" / "Core").glob("*.cs"):
        text = cs.read_text()
        for forbidden in ("using UnityEngine", "using Grpc", "using Google.Protobuf"):
            assert forbidden not in text, f"{cs.name} uses {forbidden}"


def test_csharp_core_nunit_tests_pass(csharp_run):
    root, _, log = csharp_run
    total, failures, errors = (int(root.get(k)) for k in ("total", "failures", "errors"))
    not_run = int(root.get("not-run")) + int(root.get("ignored", "0"))
    print(log)
    assert failures == 0 and errors == 0, log
    assert not_run == 0, f"{not_run} C# tests did not run (golden files not found?)\n{log}"
    cases = {c.get("name").rsplit(".", 1)[-1] for c in root.iter("test-case")}
    for name in ("ServerMesh_RoundTripsByteIdentical", "ChiralMesh_KeepsItsHandedness",
                 "Stroke_DrawnInUnity_EncodesToThePythonClientsBytes",
                 "BigMesh_PastUInt16_SameBytesAsPython",
                 "ResumedStreams_NeitherLoseNorRepeatEvents", "Tube_FacesOutward_InUnitysWinding"):
        assert name in cases
    assert total >= 20


def _stroke_from_csharp(out: Path) -> "pb.Stroke":
    return pb.Stroke(points=(out / "helix_stroke.points.f32").read_bytes(),
                     radii=(out / "helix_stroke.radii.f32").read_bytes(),
                     colors=(out / "helix_stroke.colors.u8").read_bytes(),
                     orientations=(out / "helix_stroke.orientations.f32").read_bytes(),
                     brush="golden")


def test_stroke_from_csharp_is_what_the_python_client_sends_and_the_server_reads(csharp_run):
    _, out, _ = csharp_run
    h = helix_wire()
    sent = _stroke_from_csharp(out)
    expected = Client.stroke(h["points"], h["radii"], h["colors"], orientations=h["orientations"],
                             brush="golden")
    assert sent.SerializeToString(deterministic=True) == \
        expected.SerializeToString(deterministic=True)
    # The server's own reader takes it, in the right-handed frame: still a right-handed helix.
    sketch = convert.sketch_from_proto(pb.Sketch(strokes=pb.StrokeSketch(strokes=[sent])),
                                       ServerLimits())
    pts = np.asarray(sketch.strokes[0].points, np.float64)
    np.testing.assert_allclose(pts, h["points"], atol=0)
    assert helix_handedness(pts) == 1


def test_mesh_from_csharp_reads_back_as_the_same_chiral_mesh(csharp_run):
    _, out, _ = csharp_run
    m = chiral_mesh()
    msg = pb.Sketch(mesh=pb.MeshSketch(positions=(out / "chiral_sketch.positions.f32").read_bytes(),
                                       indices=(out / "chiral_sketch.indices.u32").read_bytes(),
                                       colors=(out / "chiral_sketch.colors.u8").read_bytes()))
    sketch = convert.sketch_from_proto(msg, ServerLimits())
    v = np.asarray(sketch.mesh.vertices)
    f = np.asarray(sketch.mesh.faces)
    np.testing.assert_array_equal(v, m["vertices"])
    np.testing.assert_array_equal(f, m["faces"])
    assert signed_volume(v, f) > 0, "counter-clockwise from outside on the wire"


def test_csharp_encoded_sketches_go_through_a_real_server(csharp_run, server):
    """The bytes the C# core produced, sent over gRPC on loopback, run as jobs to completion."""
    _, out, _ = csharp_run
    mesh = pb.Sketch(mesh=pb.MeshSketch(
        positions=(out / "chiral_sketch.positions.f32").read_bytes(),
        indices=(out / "chiral_sketch.indices.u32").read_bytes()))
    strokes = pb.Sketch(strokes=pb.StrokeSketch(strokes=[_stroke_from_csharp(out)]))
    with Client(f"127.0.0.1:{server.port}", timeout=20) as c:
        for sketch in (mesh, strokes):
            done = c.wait(c.submit(sketch, "a golden test shape", preset="preview", steps=5))
            lo = np.frombuffer(done.completed.mesh.positions, "<f4").reshape(-1, 3).min(axis=0)
            assert done.completed.mesh.triangle_count > 0 and np.isfinite(lo).all()
