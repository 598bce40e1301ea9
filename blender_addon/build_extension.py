"""Build the Blender extension zip: the add-on (sketch2real_blender/) plus the wheels it needs,
listed in its blender_manifest.toml, so that Blender installs them with the add-on.

    python blender_addon/build_extension.py                       # all platforms -> dist/
    python blender_addon/build_extension.py --platforms linux-x64
    python blender_addon/build_extension.py --no-dependency-wheels # client wheel only (tests)

Wheels:
- ``sketch2real_client``: built here from this repository (no pip, no network): the package
  skeleton plus ``sketch2real.client``, ``sketch2real.errors`` and the wire package
  ``sketch2real.wire`` (generated stubs, enums, token format)
  (the client needs nothing else: no numpy, no torch);
- grpcio and protobuf, at the versions pinned in pyproject.toml, and what they need
  (typing_extensions), downloaded from PyPI with ``pip download`` for Blender's Python (3.11)
  on each platform (grpcio has native code).

Why wheels and not ``pip install`` into Blender's Python: this is how Blender 4.2+ extensions
carry dependencies; Blender installs them per extension and removes them with it, nothing needs
write access to Blender's own folder, and a Blender update does not lose them.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import re
import subprocess
import sys
import tempfile
import tomllib
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
ADDON = HERE / "sketch2real_blender"
BLENDER_PYTHON = "3.11"
PLATFORMS = {
    # Blender platform -> pip --platform tags to try (first match wins per package)
    "linux-x64": ["manylinux_2_28_x86_64", "manylinux_2_17_x86_64", "manylinux2014_x86_64"],
    "windows-x64": ["win_amd64"],
    "macos-arm64": ["macosx_11_0_arm64", "macosx_11_0_universal2", "macosx_10_9_universal2"],
    "macos-x64": ["macosx_10_15_x86_64", "macosx_10_9_universal2", "macosx_11_0_universal2"],
}


def pinned(name: str) -> str:
    """``name==version`` as pinned in pyproject.toml's dependencies."""
    deps = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["dependencies"]
    for d in deps:
        if re.split(r"[=<>! ]", d, maxsplit=1)[0] == name:
            return d
    raise SystemExit(f"{name} is not pinned in pyproject.toml")


def client_wheel(dest: Path) -> Path:
    """Write ``sketch2real_client-<version>-py3-none-any.whl`` into ``dest``."""
    version = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["version"]
    pkg = REPO / "sketch2real"
    files = [pkg / "__init__.py", pkg / "errors.py"]
    files += sorted((pkg / "client").glob("*.py"))
    files += sorted((pkg / "wire").glob("*.py"))
    files += sorted((pkg / "wire" / "_generated").glob("*.py"))
    dist = f"sketch2real_client-{version}.dist-info"
    metadata = (f"Metadata-Version: 2.1\nName: sketch2real-client\nVersion: {version}\n"
                "Summary: The sketch2real gRPC client (grpcio + protobuf only), for DCC tools\n"
                f"Requires-Python: >=3.10\nRequires-Dist: {pinned('grpcio')}\n"
                f"Requires-Dist: {pinned('protobuf')}\n")
    wheel_meta = ("Wheel-Version: 1.0\nGenerator: sketch2real build_extension.py\n"
                  "Root-Is-Purelib: true\nTag: py3-none-any\n")
    entries = [(f.relative_to(REPO).as_posix(), f.read_bytes()) for f in files]
    entries += [(f"{dist}/METADATA", metadata.encode()), (f"{dist}/WHEEL", wheel_meta.encode())]
    record = []
    for name, data in entries:
        digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
        record.append(f"{name},sha256={digest},{len(data)}")
    record.append(f"{dist}/RECORD,,")
    entries.append((f"{dist}/RECORD", ("\n".join(record) + "\n").encode()))
    path = dest / f"sketch2real_client-{version}-py3-none-any.whl"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    return path


def download_wheels(dest: Path, platforms: list[str]) -> list[Path]:
    """grpcio and protobuf wheels, with their own dependencies (grpcio needs
    typing_extensions, which Blender does not bundle), for Blender's Python on each platform."""
    before = set(dest.glob("*.whl"))
    for plat in platforms:
        cmd = [sys.executable, "-m", "pip", "download", "--quiet", "--only-binary=:all:",
               "--python-version", BLENDER_PYTHON, "--implementation", "cp",
               "--dest", str(dest), pinned("grpcio"), pinned("protobuf")]
        for tag in PLATFORMS[plat]:
            cmd += ["--platform", tag]
        subprocess.run(cmd, check=True)
    return sorted(set(dest.glob("*.whl")) - before)


def build(out_dir: Path, platforms: list[str], dependency_wheels: bool = True,
          wheels_from: Path | None = None) -> Path:
    """Write the extension zip into ``out_dir``; returns its path. ``wheels_from``: take the
    dependency wheels from this folder (filled by ``--download-to``) instead of downloading."""
    manifest = tomllib.loads((ADDON / "blender_manifest.toml").read_text())
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        wheels = Path(tmp)
        paths = [client_wheel(wheels)]
        if dependency_wheels and wheels_from is not None:
            found = sorted(Path(wheels_from).glob("*.whl"))
            if not found:
                raise SystemExit(f"no wheels in {wheels_from}")
            paths += found
        elif dependency_wheels:
            paths += download_wheels(wheels, platforms)
        lines = (ADDON / "blender_manifest.toml").read_text().rstrip("\n").split("\n")
        # Insert platforms and wheels before the first table ([permissions]).
        first_table = next(i for i, line in enumerate(lines) if line.startswith("["))
        extra = []
        if dependency_wheels:
            extra.append("platforms = [" + ", ".join(f'"{p}"' for p in platforms) + "]")
        extra.append("wheels = [\n" + "".join(f'  "./wheels/{p.name}",\n' for p in paths) + "]")
        text = "\n".join(lines[:first_table] + extra + [""] + lines[first_table:]) + "\n"
        tomllib.loads(text)  # still valid TOML
        suffix = "" if dependency_wheels else "-client-only"
        zip_path = out_dir / f"{manifest['id']}-{manifest['version']}{suffix}.zip"
        with zipfile.ZipFile(zip_path, "w", zipfile.ZIP_DEFLATED) as z:
            for f in sorted(ADDON.rglob("*")):
                skip = "__pycache__" in f.parts or f.name == "blender_manifest.toml"
                if f.is_file() and not skip:
                    z.write(f, f.relative_to(ADDON).as_posix())
            z.writestr("blender_manifest.toml", text)
            for p in paths:
                z.write(p, f"wheels/{p.name}")
    return zip_path


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description="Build the Sketch2Real Blender extension zip.")
    p.add_argument("--out", type=Path, default=REPO / "dist")
    p.add_argument("--platforms", default=",".join(PLATFORMS),
                   help=f"comma-separated, of {', '.join(PLATFORMS)}")
    p.add_argument("--no-dependency-wheels", action="store_true",
                   help="only the sketch2real client wheel (grpcio and protobuf must already be "
                        "importable in Blender's Python)")
    p.add_argument("--download-to", type=Path, metavar="DIR",
                   help="only download the dependency wheels for --platforms into DIR")
    p.add_argument("--wheels-from", type=Path, metavar="DIR",
                   help="take the dependency wheels from DIR (see --download-to)")
    args = p.parse_args(argv)
    platforms = [x.strip() for x in args.platforms.split(",") if x.strip()]
    unknown = [x for x in platforms if x not in PLATFORMS]
    if unknown:
        p.error(f"unknown platform(s) {unknown}")
    if args.download_to:
        args.download_to.mkdir(parents=True, exist_ok=True)
        download_wheels(args.download_to, platforms)
        print("\n".join(str(w) for w in sorted(args.download_to.glob("*.whl"))))
        return 0
    print(build(args.out, platforms, dependency_wheels=not args.no_dependency_wheels,
                wheels_from=args.wheels_from))
    return 0


if __name__ == "__main__":
    sys.exit(main())
