"""Helpers for the client tests: paths, and tool lookup that skips locally but fails in CI."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
UNITY = REPO / "unity_client"
GOLDEN = UNITY / "Tests" / "Golden~"
IN_CI = os.environ.get("CI", "").lower() == "true"
NUNIT_DLL = Path("/usr/lib/cli/nunit.framework-2.6.3/nunit.framework.dll")
"""Debian's NUnit 2.6 (libnunit-cil-dev)."""


def require(condition: bool, what: str, install: str = "bash scripts/install_clients.sh"):
    """Skip the test when ``condition`` is false, except under CI=true, where it fails: CI must
    run these tests, and a missing tool there is a broken install, not a reason to skip."""
    if condition:
        return
    message = f"{what} is missing ({install})"
    if IN_CI:
        pytest.fail(f"CI=true and {message}", pytrace=False)
    pytest.skip(message)


def require_tool(name: str) -> str:
    path = shutil.which(name)
    require(path is not None, f"`{name}`")
    return path


def venv_bin() -> Path:
    """The bin/ folder of the interpreter running the tests (where install_clients.sh puts
    grpc_csharp_plugin)."""
    return Path(sys.executable).parent


def compile_core(out: Path) -> Path:
    """mcs: Runtime/Core -> Sketch2Real.Core.dll, with no reference beyond the .NET base
    library (so it needs neither UnityEngine nor gRPC nor protobuf); warnings are errors."""
    mcs = require_tool("mcs")
    dll = out / "Sketch2Real.Core.dll"
    sources = sorted(str(p) for p in (UNITY / "Runtime" / "Core").glob("*.cs"))
    run = subprocess.run([mcs, "-target:library", "-warnaserror+", "-nowarn:1591",
                          f"-out:{dll}", *sources], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
    return dll
