"""Write the Unity .meta file of every asset in this package that lacks one.

Unity refuses assets without a .meta inside an immutable package (one installed from git or a
tarball), so every file and folder Unity imports has its .meta committed. Folders and files whose
name ends in "~" or starts with "." are not imported (Tests/Golden~, Tools~), except that the
content of Samples~ is: Unity copies a sample into Assets/ with its .meta files, and the sample
scene refers to scripts and the shader by these GUIDs.

GUIDs are derived from the package name and the path (md5), so they are stable and unique;
an existing .meta is never rewritten.

    python unity_client/Tools~/make_metas.py          # create the missing ones
    python unity_client/Tools~/make_metas.py --check  # exit 1 listing missing or orphaned metas
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

PACKAGE = "com.sketch2real.client"
ROOT = Path(__file__).resolve().parents[1]

TEXT = """fileFormatVersion: 2
guid: {guid}
TextScriptImporter:
  externalObjects: {{}}
  userData: 
  assetBundleName: 
  assetBundleVariant: 
"""
IMPORTERS = {
    "folder": """fileFormatVersion: 2
guid: {guid}
folderAsset: yes
DefaultImporter:
  externalObjects: {{}}
  userData: 
  assetBundleName: 
  assetBundleVariant: 
""",
    ".cs": """fileFormatVersion: 2
guid: {guid}
MonoImporter:
  externalObjects: {{}}
  serializedVersion: 2
  defaultReferences: []
  executionOrder: 0
  icon: {{instanceID: 0}}
  userData: 
  assetBundleName: 
  assetBundleVariant: 
""",
    ".asmdef": """fileFormatVersion: 2
guid: {guid}
AssemblyDefinitionImporter:
  externalObjects: {{}}
  userData: 
  assetBundleName: 
  assetBundleVariant: 
""",
    ".shader": """fileFormatVersion: 2
guid: {guid}
ShaderImporter:
  externalObjects: {{}}
  defaultTextures: []
  nonModifiableTextures: []
  userData: 
  assetBundleName: 
  assetBundleVariant: 
""",
    "package.json": """fileFormatVersion: 2
guid: {guid}
PackageManifestImporter:
  externalObjects: {{}}
  userData: 
  assetBundleName: 
  assetBundleVariant: 
""",
    ".unity": """fileFormatVersion: 2
guid: {guid}
DefaultImporter:
  externalObjects: {{}}
  userData: 
  assetBundleName: 
  assetBundleVariant: 
""",
    ".md": TEXT, ".txt": TEXT, ".json": TEXT, ".xml": TEXT, ".bytes": TEXT,
}


def guid_for(rel: str) -> str:
    return hashlib.md5(f"{PACKAGE}/{rel}".encode()).hexdigest()


def hidden(part: str) -> bool:
    return part.startswith(".") or part.endswith("~")


def assets(root: Path = ROOT) -> list[Path]:
    """Every path Unity imports (or copies with a sample), folders included."""
    out = []
    for p in sorted(root.rglob("*")):
        rel = p.relative_to(root)
        parts = rel.parts
        if p.suffix == ".meta":
            continue
        if parts[0] == "Samples~" and len(parts) > 2 and not any(hidden(x) for x in parts[1:]):
            out.append(p)  # a sample's content (Samples~/NAME itself is the sample folder)
        elif parts[0] == "Samples~" and len(parts) == 2 and p.is_dir():
            out.append(p)
        elif not any(hidden(x) for x in parts):
            out.append(p)
    return out


def meta_text(p: Path, root: Path = ROOT) -> str:
    rel = p.relative_to(root).as_posix()
    if p.is_dir():
        template = IMPORTERS["folder"]
    elif p.name == "package.json" and p.parent == root:
        template = IMPORTERS["package.json"]
    else:
        template = IMPORTERS.get(p.suffix)
        if template is None:
            raise SystemExit(f"no importer known for {rel}: add one to make_metas.py")
    return template.format(guid=guid_for(rel))


def problems(root: Path = ROOT) -> list[str]:
    wanted = {p.with_name(p.name + ".meta") for p in assets(root)}
    out = [f"missing: {m.relative_to(root)}" for m in sorted(wanted) if not m.exists()]
    for m in sorted(root.rglob("*.meta")):
        if m not in wanted:
            out.append(f"orphaned: {m.relative_to(root)}")
    guids = {}
    for m in sorted(root.rglob("*.meta")):
        for line in m.read_text().splitlines():
            if line.startswith("guid: "):
                g = line[6:].strip()
                if g in guids:
                    out.append(f"duplicate guid {g}: {m.relative_to(root)} and {guids[g]}")
                guids[g] = m.relative_to(root)
    return out


def main(argv: list[str]) -> int:
    if "--check" in argv:
        found = problems()
        for line in found:
            print(line, file=sys.stderr)
        return 1 if found else 0
    for p in assets():
        meta = p.with_name(p.name + ".meta")
        if not meta.exists():
            meta.write_text(meta_text(p))
            print(meta.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
