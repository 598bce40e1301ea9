#!/usr/bin/env bash
# Create (or reuse) a virtual environment and install sketch2real into it.
#   bash scripts/install.sh            # CPU: torch 2.13.0 CPU build + project + test tools
#   VENV=.venv-gpu EXTRAS=cuda,test bash scripts/install.sh   # on a CUDA machine
# Installs torch first (pinned) so pip never replaces it with another build.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${VENV:-.venv}
EXTRAS=${EXTRAS:-test}
TORCH=${TORCH:-torch==2.13.0}
PY=${PYTHON:-python3}
if [ ! -x "$VENV/bin/python" ]; then
  "$PY" -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install --quiet --upgrade pip
"$VENV/bin/python" -m pip install --quiet "$TORCH"
"$VENV/bin/python" -m pip install --quiet -e ".[${EXTRAS}]"
echo "sketch2real installed in $VENV (extras: $EXTRAS)"
