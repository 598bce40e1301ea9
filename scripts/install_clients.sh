#!/usr/bin/env bash
# Tools the client tests (tests/clients/) need, on top of scripts/install.sh:
#   - Mono (mcs, mono) and NUnit 2.6 from Debian: compile and test the Unity package's pure C# core;
#   - protoc from Debian and grpc_csharp_plugin: regenerate the committed C# stubs and check them;
#   - bpy (Blender as a Python module, the `blender` extra): run the Blender add-on headless;
#   - Chromium from Debian (Playwright drives it in tests/web; no browser download), and node/npm
#     when missing (scripts/build_web.sh rebuilds the browser client from its lockfile).
#
#   bash scripts/install.sh && bash scripts/install_clients.sh      # VENV=.venv by default
#
# Debian packages are installed only when missing and only as root (otherwise the command to run
# is printed). Debian's protobuf-compiler-grpc ships the C++, Python, Ruby and PHP plugins but
# not grpc_csharp_plugin, so the plugin is compiled here from Debian's own grpc source package
# (the version matching Debian's libprotoc; about 10 s) into $VENV/bin. Idempotent: a second run
# installs nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${VENV:-.venv}
PY="$VENV/bin/python"
if [ ! -x "$PY" ]; then
  echo "error: $PY not found; run scripts/install.sh first" >&2
  exit 1
fi

# 1. Debian packages (mono-devel: mcs + mono; nunit-console + libnunit-cil-dev: NUnit 2.6;
#    protobuf-compiler: protoc; libprotoc-dev + g++: to compile grpc_csharp_plugin; the X
#    libraries bpy links).
need=()
{ command -v mcs && command -v mono; } >/dev/null || need+=(mono-devel)
command -v nunit-console >/dev/null || need+=(nunit-console)
[ -e /usr/lib/cli/nunit.framework-2.6.3/nunit.framework.dll ] || need+=(libnunit-cil-dev)
command -v protoc >/dev/null || need+=(protobuf-compiler)
[ -e /usr/include/google/protobuf/compiler/plugin.h ] || need+=(libprotoc-dev)
command -v g++ >/dev/null || need+=(g++)
command -v chromium >/dev/null || need+=(chromium)
{ command -v node && command -v npm; } >/dev/null || need+=(nodejs npm)
# X libraries the bpy module links even headless (usually already in the image).
libs=$(ldconfig -p 2>/dev/null || true)
for pair in libX11.so.6:libx11-6 libXrender.so.1:libxrender1 libXxf86vm.so.1:libxxf86vm1 \
            libXfixes.so.3:libxfixes3 libXi.so.6:libxi6 libxkbcommon.so.0:libxkbcommon0; do
  [[ "$libs" == *"${pair%%:*}"* ]] || need+=("${pair#*:}")
done
if ((${#need[@]})); then
  if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
    echo "installing Debian packages: ${need[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  else
    echo "warning: missing ${need[*]}; as root: apt-get install --no-install-recommends ${need[*]}" >&2
  fi
fi

# 2. grpc_csharp_plugin, built from the Debian source package `grpc` (only its src/compiler/ and
#    include/ are used) against Debian's libprotoc. A private apt configuration with a deb-src
#    entry keeps the system's apt sources untouched.
PLUGIN="$VENV/bin/grpc_csharp_plugin"
if [ ! -x "$PLUGIN" ] && ! command -v grpc_csharp_plugin >/dev/null; then
  if command -v apt-get >/dev/null && command -v g++ >/dev/null \
      && [ -e /usr/include/google/protobuf/compiler/plugin.h ]; then
    if ! (
      set -euo pipefail
      work=$(mktemp -d)
      trap 'rm -rf "$work"' EXIT
      codename=$(. /etc/os-release && echo "${VERSION_CODENAME:-bookworm}")
      # The same Debian archive the system's apt already uses (its first non-security "deb"
      # source, deb822 or one-line format), as a deb-src entry.
      uri=$( { awk '/^URIs:/ {print $2}' /etc/apt/sources.list.d/*.sources 2>/dev/null
               sed -nE 's/^deb +(\[[^]]*\] +)?([^ ]+).*/\2/p' /etc/apt/sources.list \
                 /etc/apt/sources.list.d/*.list 2>/dev/null; } | grep -v -- -security | head -n 1 || true)
      [ -n "$uri" ] || { echo "no Debian apt source configured" >&2; exit 1; }
      mkdir -p "$work/parts" "$work/lists/partial" "$work/cache/archives/partial" "$work/src"
      printf '%s\n' "Types: deb-src" "URIs: $uri" "Suites: $codename" \
        "Components: main" "Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg" \
        >"$work/parts/src.sources"
      apt_opts=(-o "Dir::Etc::SourceList=/dev/null" -o "Dir::Etc::SourceParts=$work/parts"
                -o "Dir::State::Lists=$work/lists" -o "Dir::Cache=$work/cache"
                -o "Debug::NoLocking=1" -o "APT::Sandbox::User=root")
      echo "building grpc_csharp_plugin from Debian's grpc source ($codename)"
      apt-get "${apt_opts[@]}" -qq update
      (cd "$work/src" && apt-get "${apt_opts[@]}" -qq source --download-only grpc >/dev/null)
      orig=$(ls "$work"/src/grpc_*.orig.tar.* | head -n 1)
      version=$(basename "$orig" | sed -E 's/^grpc_([^/]*)\.orig\.tar\..*$/\1/')
      tar -xf "$orig" -C "$work/src" --wildcards '*/src/compiler/*' '*/include/*'
      root=$(ls -d "$work"/src/grpc-*/ | head -n 1)
      g++ -O1 -std=c++14 -I"$root" -I"$root/include" \
        "$root/src/compiler/csharp_plugin.cc" "$root/src/compiler/csharp_generator.cc" \
        -o "$PLUGIN" -lprotoc -lprotobuf -lpthread
      echo "grpc $version (Debian source)" >"$PLUGIN.version"
      echo "grpc_csharp_plugin $version -> $PLUGIN"
    ); then
      echo "warning: could not build grpc_csharp_plugin (apt-get source grpc from the system's Debian archive)" >&2
    fi
  else
    echo "warning: cannot build grpc_csharp_plugin (needs apt-get, g++, libprotoc-dev)" >&2
  fi
fi

# 3. bpy, Blender as a Python module (the `blender` extra; it needs Python 3.11).
if "$PY" -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else 1)'; then
  if ! "$PY" -c 'import importlib.util, sys; sys.exit(0 if importlib.util.find_spec("bpy") else 1)'; then
    echo "installing bpy (the blender extra, about 350 MB)"
    "$PY" -m pip install --quiet -e ".[blender]"
  fi
else
  echo "warning: bpy needs Python 3.11; $("$PY" -V) cannot run the Blender add-on test" >&2
fi

# 4. The wheels the Blender extension carries besides the client (grpcio, protobuf,
#    typing_extensions for linux-x64, about 8 MB), so the add-on test installs the extension as
#    a user gets it and runs it in a Python where grpc comes only from those wheels.
WHEELS="$VENV/share/sketch2real/blender-wheels"
if ! ls "$WHEELS"/grpcio-*.whl >/dev/null 2>&1; then
  "$PY" blender_addon/build_extension.py --platforms linux-x64 --download-to "$WHEELS" >/dev/null
fi
echo "client tools ready: $(mono --version 2>/dev/null | head -n 1 || echo 'no mono'); $(protoc --version 2>/dev/null || echo 'no protoc')"
