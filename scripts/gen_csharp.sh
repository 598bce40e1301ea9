#!/usr/bin/env bash
# Generate the Unity package's C# stubs from the contract (proto/), the single source of truth:
#   unity_client/Runtime/Generated/Sketch2Real.cs      messages (protoc --csharp_out)
#   unity_client/Runtime/Generated/Sketch2realGrpc.cs  client stub (grpc_csharp_plugin, no server)
#   unity_client/Runtime/Generated/GENERATED.md        tool versions and the .proto's SHA-256
#
#   bash scripts/gen_csharp.sh           # regenerate (commit the result)
#   bash scripts/gen_csharp.sh --check   # CI: exit 1 when the committed files are not current
#
# Needs protoc (Debian: protobuf-compiler) and grpc_csharp_plugin (scripts/install_clients.sh
# builds it into $VENV/bin from Debian's grpc source). The plugin is looked up in
# $GRPC_CSHARP_PLUGIN, then $VENV/bin (default .venv), then PATH. The output depends on the
# tools' versions: GENERATED.md records them and --check names both when they differ.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${VENV:-.venv}
PROTO=proto/sketch2real/v1/sketch2real.proto
DEST=unity_client/Runtime/Generated
check=0
case "${1:-}" in
  --check) check=1 ;;
  "") ;;
  *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac

plugin=${GRPC_CSHARP_PLUGIN:-}
if [ -z "$plugin" ]; then
  if [ -x "$VENV/bin/grpc_csharp_plugin" ]; then
    plugin="$VENV/bin/grpc_csharp_plugin"
  else
    plugin=$(command -v grpc_csharp_plugin || true)
  fi
fi
if ! command -v protoc >/dev/null; then
  echo "error: protoc not found (Debian: apt-get install protobuf-compiler; or bash scripts/install_clients.sh)" >&2
  exit 3
fi
if [ -z "$plugin" ] || [ ! -x "$plugin" ]; then
  echo "error: grpc_csharp_plugin not found (bash scripts/install_clients.sh builds it into \$VENV/bin)" >&2
  exit 3
fi
plugin_version="unknown"
if [ -f "$plugin.version" ]; then
  plugin_version=$(cat "$plugin.version")
fi

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
protoc -Iproto --csharp_out="$out" --grpc_out=no_server:"$out" \
  --plugin=protoc-gen-grpc="$plugin" "$PROTO"
proto_sha=$(sha256sum "$PROTO" | cut -d' ' -f1)
cat >"$out/GENERATED.md" <<EOF
# Generated C# stubs: do not edit

Generated from \`$PROTO\` by \`scripts/gen_csharp.sh\`; CI runs \`scripts/gen_csharp.sh --check\`
(tests/clients/test_csharp_stubs.py) and fails when these files are not what the contract gives.

- proto SHA-256: \`$proto_sha\`
- protoc: \`$(protoc --version)\`
- grpc_csharp_plugin: \`$plugin_version\` (client stub only: \`no_server\`)

The messages need the Google.Protobuf runtime (3.21 or newer) and the client stub needs
Grpc.Core.Api (2.x); both come with Grpc.Net.Client from NuGet (see ../../README.md).
EOF

if [ "$check" = 1 ]; then
  status=0
  for f in Sketch2Real.cs Sketch2realGrpc.cs GENERATED.md; do
    if [ ! -f "$DEST/$f" ]; then
      echo "missing: $DEST/$f" >&2
      status=1
    elif ! cmp -s "$out/$f" "$DEST/$f"; then
      echo "out of date: $DEST/$f" >&2
      diff -u "$DEST/$f" "$out/$f" | head -n 40 >&2 || true
      status=1
    fi
  done
  if [ "$status" != 0 ]; then
    echo "The committed C# stubs are not what $PROTO gives with these tools:" >&2
    grep -E '^- (protoc|grpc_csharp_plugin):' "$out/GENERATED.md" | sed 's/^/  here:      /' >&2
    grep -E '^- (protoc|grpc_csharp_plugin):' "$DEST/GENERATED.md" 2>/dev/null \
      | sed 's/^/  committed: /' >&2 || true
    echo "Run: bash scripts/gen_csharp.sh, then commit $DEST" >&2
    exit 1
  fi
  echo "C# stubs in $DEST are current"
  exit 0
fi

mkdir -p "$DEST"
cp "$out/Sketch2Real.cs" "$out/Sketch2realGrpc.cs" "$out/GENERATED.md" "$DEST/"
echo "wrote $DEST/Sketch2Real.cs, Sketch2realGrpc.cs, GENERATED.md"
