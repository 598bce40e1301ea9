#!/usr/bin/env bash
# Create (or reuse) a virtual environment and install sketch2real into it.
#   bash scripts/install.sh            # CPU: torch 2.13.0 CPU build + project + test tools + Ray
#   VENV=.venv-gpu EXTRAS=cuda,test bash scripts/install.sh   # on a CUDA machine
# Installs torch first (pinned) so pip never replaces it with another build.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${VENV:-.venv}
EXTRAS=${EXTRAS:-test,cluster}
TORCH=${TORCH:-torch==2.13.0}
PY=${PYTHON:-python3}
# open3d's wheel links libusb-1.0, which Debian/Ubuntu images often lack.
if ! "$PY" -c "import ctypes.util,sys; sys.exit(0 if ctypes.util.find_library('usb-1.0') else 1)"; then
  if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
    (apt-get update -qq && apt-get install -y -qq libusb-1.0-0) >/dev/null
  else
    echo "warning: libusb-1.0 not found; open3d (used for distance metrics) needs it: apt-get install libusb-1.0-0" >&2
  fi
fi
if [ ! -x "$VENV/bin/python" ]; then
  "$PY" -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install --quiet --upgrade pip
"$VENV/bin/python" -m pip install --quiet "$TORCH"
"$VENV/bin/python" -m pip install --quiet -e ".[${EXTRAS}]"
echo "sketch2real installed in $VENV (extras: $EXTRAS)"
