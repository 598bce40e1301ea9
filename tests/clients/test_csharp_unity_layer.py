"""Type-check the Unity side of the package (Runtime/Unity, Runtime/XRHands, the sample) with
Mono's compiler, without Unity: against the C# core and hand-written API shapes of the
UnityEngine, Grpc.Core / Grpc.Net.Client, Google.Protobuf and YetAnotherHttpHandler members it
uses (tests/clients/csharp_api_shapes/). The shapes of the generated Sketch2Real.V1 types are
checked here against the committed generated code, member by member, so they cannot drift.

This catches wrong names, types and signatures in code that cannot run here; it does not show
that the code works in Unity or on a headset. Skips without Mono locally, fails under CI=true.
"""

from __future__ import annotations

import re
import subprocess

import pytest
from client_helpers import UNITY, compile_core, require_tool

SHAPES = UNITY.parents[0] / "tests" / "clients" / "csharp_api_shapes"
GENERATED = UNITY / "Runtime" / "Generated"


def _classes(text: str) -> dict[str, str]:
    """class name -> its text, for every `partial class` (up to the next one)."""
    starts = [(m.start(), m.group(1))
              for m in re.finditer(r"(?:sealed |static )?partial class (\w+)", text)]
    out = {}
    for (pos, name), nxt in zip(starts, starts[1:] + [(len(text), "")]):
        out.setdefault(name, "")
        out[name] += text[pos:nxt[0]]
    return out


def test_generated_shapes_match_the_generated_code():
    shape = (SHAPES / "Sketch2RealV1.cs").read_text()
    messages = (GENERATED / "Sketch2Real.cs").read_text()
    service = (GENERATED / "Sketch2realGrpc.cs").read_text()
    real = _classes(messages)
    checked = 0
    for cls, body in _classes(shape).items():
        if cls in ("Sketch2Real", "Sketch2RealClient"):
            continue
        assert cls in real, f"no generated message {cls}"
        for typ, name in re.findall(r"public ([\w:.<>]+) (\w+) \{ get", body):
            assert f"public {typ} {name} {{" in real[cls], f"{cls}.{name} is not a {typ}"
            checked += 1
    for enum, members in re.findall(r"public enum (\w+) \{ ([^}]*) \}", shape):
        m = re.search(r"public enum " + enum + r" \{(.*?)\n\s*\}", messages, re.S)
        assert m, f"no generated enum {enum}"
        for member in members.split(","):
            name, value = (x.strip() for x in member.split("="))
            assert re.search(rf"\b{name} = {value},", m.group(1)), f"{enum}.{name} = {value}"
            checked += 1
    for sig in re.findall(r"(public virtual grpc::[^{]*\))", shape):
        assert sig in service, f"the generated client has no {sig}"
        checked += 1
    assert "public Sketch2RealClient(grpc::ChannelBase channel)" in service
    assert checked > 60


@pytest.mark.parametrize("legacy_input", [True, False])
def test_unity_layer_and_sample_type_check_against_api_shapes(tmp_path, legacy_input):
    mcs = require_tool("mcs")
    core = compile_core(tmp_path)
    sources = sorted(str(p) for p in SHAPES.glob("*.cs"))
    for folder in (UNITY / "Runtime" / "Unity", UNITY / "Runtime" / "XRHands",
                   UNITY / "Samples~" / "QuestSketch"):
        sources += sorted(str(p) for p in folder.glob("*.cs"))
    defines = ["-d:ENABLE_LEGACY_INPUT_MANAGER"] if legacy_input else []
    run = subprocess.run([mcs, "-target:library", "-warnaserror+", f"-out:{tmp_path / 'u.dll'}",
                          f"-r:{core}", "-r:System.Net.Http.dll", *defines, *sources],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
