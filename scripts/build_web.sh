#!/usr/bin/env bash
# Build the browser client from web/ into sketch2real/web/static/ (package data: users of the
# package and scripts/install.sh need no node). Steps: npm ci from web/package-lock.json (install
# scripts off), TypeScript from the .proto with protoc-gen-es run by grpcio-tools' protoc
# (`python -m grpc_tools.protoc`, pinned in the test extra: the same protoc as the Python stubs)
# into web/src/gen/, type-check with tsc, bundle with esbuild.
#
#   bash scripts/build_web.sh           # regenerate and rebuild in place
#   bash scripts/build_web.sh --check   # CI: rebuild from the lockfile into a temporary folder
#                                       # and fail if the committed files differ
# Needs node >= 20 and npm; VENV (default .venv) is the environment with grpcio-tools.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${VENV:-.venv}
PY="$VENV/bin/python"
[ -x "$PY" ] || PY=${PYTHON:-python3}
check=0
if [ "${1:-}" = "--check" ]; then check=1; fi
for tool in node npm; do
  command -v "$tool" >/dev/null || { echo "error: $tool is needed to build the web client (apt-get install nodejs npm)" >&2; exit 1; }
done
node_major=$(node -p 'process.versions.node.split(".")[0]')
if ((node_major < 20)); then
  echo "error: node $(node -v) is too old: the pinned protoc-gen-es and esbuild need node >= 20" >&2
  exit 1
fi
"$PY" -c "import grpc_tools" 2>/dev/null || { echo "error: $PY has no grpcio-tools (the test extra)" >&2; exit 1; }

(cd web && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)

PROTO=sketch2real/v1/sketch2real.proto
GEN=web/src/gen
STATIC=sketch2real/web/static
if ((check)); then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  GEN_OUT="$work/gen"
  STATIC_OUT="$work/static"
else
  GEN_OUT="$GEN"
  STATIC_OUT="$STATIC"
  rm -rf "$GEN"
fi
mkdir -p "$GEN_OUT"
"$PY" -m grpc_tools.protoc -Iproto --plugin=protoc-gen-es=web/node_modules/.bin/protoc-gen-es \
  --es_out="$GEN_OUT" --es_opt=target=ts "$PROTO"
(cd web && npx --no-install tsc --noEmit -p .)
node web/build.mjs "$STATIC_OUT" >/dev/null

if ((check)); then
  status=0
  diff -r "$GEN" "$GEN_OUT" >/dev/null || { echo "stale: $GEN differs from what $PROTO gives" >&2; status=1; }
  diff -r "$STATIC" "$STATIC_OUT" >/dev/null || { echo "stale: $STATIC differs from a build of web/" >&2; status=1; }
  if ((status)); then
    echo "run: bash scripts/build_web.sh, and commit the result" >&2
    exit 1
  fi
  echo "web client is current: $GEN and $STATIC match a fresh build"
else
  echo "built $STATIC ($(wc -c <"$STATIC/app.js") bytes of app.js)"
fi
