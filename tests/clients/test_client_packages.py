"""What can be checked of the client packages without Unity or a headset: the Unity package's
layout (package.json, assembly definitions, a .meta with a unique GUID for every asset, the
sample scene's references), the golden files being what the Python side writes now, the frame
conversion of rotations checked against rotation matrices, and the Blender extension's manifest.
No extra tools needed."""

from __future__ import annotations

import importlib.util
import json
import re
import tomllib
import xml.etree.ElementTree as ET

import numpy as np
from client_helpers import GOLDEN, REPO, UNITY
from golden_writer import check as golden_stale
from golden_writer import helix_wire, mirror_quaternions

ADDON = REPO / "blender_addon" / "sketch2real_blender"


def _load_make_metas():
    spec = importlib.util.spec_from_file_location("make_metas", UNITY / "Tools~" / "make_metas.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_golden_files_are_what_the_python_side_writes():
    assert golden_stale(GOLDEN) == [], "run: python tests/clients/golden_writer.py"


def test_rotation_mirror_formula_matches_rotation_matrices():
    """Unity <-> wire for a rotation is M R M with M = diag(-1, 1, 1); the core's quaternion
    formula (x, -y, -z, w) must give exactly that rotation."""
    def matrix(q):
        x, y, z, w = q
        return np.array([[1 - 2 * (y * y + z * z), 2 * (x * y - z * w), 2 * (x * z + y * w)],
                         [2 * (x * y + z * w), 1 - 2 * (x * x + z * z), 2 * (y * z - x * w)],
                         [2 * (x * z - y * w), 2 * (y * z + x * w), 1 - 2 * (x * x + y * y)]])

    mirror = np.diag([-1.0, 1.0, 1.0])
    q_wire = helix_wire()["orientations"].astype(np.float64)
    q_unity = mirror_quaternions(q_wire).astype(np.float64)
    for qw, qu in zip(q_wire, q_unity):
        np.testing.assert_allclose(matrix(qu), mirror @ matrix(qw) @ mirror, atol=1e-6)


def test_unity_package_manifest_and_assemblies():
    pkg = json.loads((UNITY / "package.json").read_text())
    assert re.fullmatch(r"com\.[a-z0-9]+\.[a-z0-9.-]+", pkg["name"])
    assert re.fullmatch(r"\d+\.\d+\.\d+", pkg["version"])
    assert pkg["unity"] == "2022.3"
    for sample in pkg["samples"]:
        assert (UNITY / sample["path"]).is_dir()
    asmdefs = {json.loads(p.read_text())["name"]: p for p in UNITY.rglob("*.asmdef")}
    assert set(asmdefs) == {"Sketch2Real.Core", "Sketch2Real.Grpc", "Sketch2Real.Unity",
                            "Sketch2Real.Unity.XRHands", "Sketch2Real.Core.Tests"}
    unity = json.loads(asmdefs["Sketch2Real.Unity"].read_text())
    assert unity["references"] == ["Sketch2Real.Core", "Sketch2Real.Grpc", "YetAnotherHttpHandler"]
    tests = json.loads(asmdefs["Sketch2Real.Core.Tests"].read_text())
    assert tests["includePlatforms"] == ["Editor"]
    assert "nunit.framework.dll" in tests["precompiledReferences"]
    assert tests["references"][0] == "Sketch2Real.Core", "the tests need only the pure core"
    hands = json.loads(asmdefs["Sketch2Real.Unity.XRHands"].read_text())
    assert hands["defineConstraints"] == [hands["versionDefines"][0]["define"]]
    # Unity wants one MonoBehaviour per file, named like the file.
    for cs in UNITY.rglob("*.cs"):
        for cls in re.findall(r"class (\w+) : (?:MonoBehaviour|StrokeInput)\b", cs.read_text()):
            assert cls == cs.stem, f"{cs}: MonoBehaviour {cls} must live in {cls}.cs"


def test_every_unity_asset_has_a_meta_with_a_unique_guid():
    assert _load_make_metas().problems() == [], \
        "run: python unity_client/Tools~/make_metas.py"


def test_sample_scene_refers_to_existing_assets_and_link_xml_keeps_protobuf():
    guids = {}
    for meta in UNITY.rglob("*.meta"):
        g = re.search(r"^guid: (\w+)$", meta.read_text(), re.M).group(1)
        guids[g] = meta.with_suffix("")
    scene = (UNITY / "Samples~" / "QuestSketch" / "QuestSketch.unity").read_text()
    refs = re.findall(r"guid: (\w{32}), type: 3", scene)
    assert len(refs) == 2
    targets = {guids[g].name for g in refs}
    assert targets == {"QuestSketchController.cs", "VertexColorLit.shader"}
    controller = UNITY / "Samples~" / "QuestSketch" / "QuestSketchController.cs"
    fields = re.findall(r"public (?:string|bool|TextAsset|Transform|Shader) (\w+)",
                        controller.read_text())
    for f in fields:
        assert f"  {f}:" in scene, f"the scene does not set {f}"
    linker = ET.parse(UNITY / "Samples~" / "QuestSketch" / "link.xml").getroot()
    kept = {a.get("fullname") for a in linker.iter("assembly")}
    assert {"Google.Protobuf", "Grpc.Net.Client", "Grpc.Core.Api", "Sketch2Real.Grpc"} <= kept


def test_unity_readme_covers_the_setup_steps():
    readme = (UNITY / "README.md").read_text()
    for needed in ("NuGetForUnity", "Grpc.Net.Client", "Google.Protobuf",
                   "YetAnotherHttpHandler.git?path=src/YetAnotherHttpHandler", "Http2Only",
                   "link.xml", "Internet Access", "IL2CPP", "ARM64", "sketch2real serve",
                   "testables", "not tested"):
        assert needed.lower() in readme.lower(), needed


def test_blender_extension_manifest():
    m = tomllib.loads((ADDON / "blender_manifest.toml").read_text())
    assert m["schema_version"] == "1.0.0" and m["type"] == "add-on"
    assert m["id"].isidentifier() and m["blender_version_min"] >= "4.2.0"
    assert len(m["tagline"]) <= 64 and not m["tagline"].endswith(".")
    assert set(m["permissions"]) <= {"files", "network", "clipboard", "camera", "microphone"}
    for text in m["permissions"].values():
        assert len(text) <= 64 and not text.endswith(".")
    assert m["license"] == ["SPDX:Apache-2.0"]
    for py in ADDON.glob("*.py"):
        compile(py.read_text(), str(py), "exec")
        # The add-on depends on the Python client alone (it ships as a wheel with the add-on).
        for mod in re.findall(r"^\s*(?:from|import) (sketch2real[\w.]*)", py.read_text(), re.M):
            assert mod == "sketch2real.client", f"{py.name} imports {mod}"
