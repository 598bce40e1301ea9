"""The C# stubs committed in unity_client/Runtime/Generated are what the contract gives
(scripts/gen_csharp.sh --check: protoc + grpc_csharp_plugin), and every C# file of the Unity
package is valid C# syntax (`mcs --parse`; the Unity-only files cannot be compiled here: no
UnityEngine, no Grpc.Net.Client). Skips without the tools locally, fails under CI=true."""

from __future__ import annotations

import os
import shutil
import subprocess

from client_helpers import REPO, UNITY, require, require_tool, venv_bin


def test_committed_csharp_stubs_are_current():
    require_tool("protoc")
    plugin = os.environ.get("GRPC_CSHARP_PLUGIN") or str(venv_bin() / "grpc_csharp_plugin")
    if not os.access(plugin, os.X_OK):
        plugin = shutil.which("grpc_csharp_plugin") or ""
    require(bool(plugin), "grpc_csharp_plugin")
    env = dict(os.environ, GRPC_CSHARP_PLUGIN=plugin)
    run = subprocess.run(["bash", str(REPO / "scripts" / "gen_csharp.sh"), "--check"], cwd=REPO,
                         env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr


def test_generated_stub_has_the_client_and_every_rpc():
    grpc_cs = (UNITY / "Runtime" / "Generated" / "Sketch2realGrpc.cs").read_text()
    assert "public partial class Sketch2RealClient : grpc::ClientBase<Sketch2RealClient>" in grpc_cs
    assert "ServiceBase" not in grpc_cs, "client stub only (no_server)"
    for rpc in ("Refine", "Submit", "Watch", "Cancel", "GetJob", "ListJobs", "DownloadResult",
                "GetServerInfo"):
        assert f'"{rpc}"' in grpc_cs


def test_every_csharp_file_parses():
    mcs = require_tool("mcs")
    files = sorted(str(p) for p in UNITY.rglob("*.cs"))
    assert len(files) > 10
    run = subprocess.run([mcs, "--parse", *files], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
