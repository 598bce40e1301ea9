#!/usr/bin/env bash
# The GPU check: checks and times the real path on this machine's CUDA GPU in at most 8 minutes
# (versions, nvdiffrast build and import, pytest -m gpu, fit, guidance steps at Stable Diffusion
# 2.1-base size against the floor, `standard` end to end, the PyTorch-rasterizer fallback,
# torch.compile), writing gpu_check.json, gpu_check.md and gpu_check.log as each part ends.
# See docs/gpu.md.
#
#   bash scripts/gpu_check.sh                  # on a CUDA machine; results in $OUT or ./gpu_check_out
#   bash scripts/gpu_check.sh --dry-run        # the same parts on the CPU at toy sizes (CI runs it)
#   bash scripts/gpu_check.sh --prepare        # before a run on a lent, bare GPU machine: fills
#                                              # .gpu_check/ (sketch, commit) and .whl/ (the
#                                              # wheels of the pinned diffusers, nvdiffrast,
#                                              # trimesh, xatlas; pip download, needs network)
#   bash scripts/gpu_check.sh --only fit,guidance --out DIR   # any option of python -m benchmarks.gpu_check
#
# Python: $PYTHON, else .venv/bin/python, else python3. Wheels in .whl/ (a bare machine that
# lacks diffusers, nvdiffrast, trimesh, xatlas) are unpacked into a temporary folder first.
# The budget (seconds, wheels included) is $GPU_CHECK_BUDGET: 480 by default, 900 for --dry-run.
set -uo pipefail
start=$(date +%s)
cd "$(dirname "$0")/.."

prepare() {
  local exclude src commit
  exclude=$(git rev-parse --git-path info/exclude)
  mkdir -p "$(dirname "$exclude")"
  for p in /.whl/ /.gpu_check/ /gpu_check_out/; do
    grep -qxF "$p" "$exclude" 2>/dev/null || echo "$p" >> "$exclude"
  done
  mkdir -p .gpu_check/sketches/cassie
  src=${SKETCH2REAL_SKETCHES:-../shared/data/sketches}
  if [ -f "$src/cassie/chair.curves" ]; then
    cp "$src/cassie/chair.curves" .gpu_check/sketches/cassie/
    [ -f "$src/cassie/LICENSE" ] && cp "$src/cassie/LICENSE" .gpu_check/sketches/cassie/
  else
    echo "gpu_check: no $src/cassie/chair.curves; the check will use the project's example chair" >&2
  fi
  commit=$(git rev-parse --short HEAD)
  [ -n "$(git status --porcelain --untracked-files=no)" ] && commit="$commit-dirty"
  echo "$commit" > .gpu_check/commit
  # What a bare GPU machine lacks, at the versions pyproject.toml pins (linux x86-64, CPython
  # 3.12 wheels, no dependencies: the machine has the rest); only the missing ones are fetched.
  local pin name missing=() try
  mkdir -p .whl
  for try in 1 2; do
    missing=()
    for pin in $(grep -oE '"(diffusers|trimesh|xatlas|diffrp-nvdiffrast)==[^"]+"' pyproject.toml | tr -d '"'); do
      name=${pin%%==*}
      ls .whl/"${name//-/_}-${pin##*==}"-*.whl >/dev/null 2>&1 || missing+=("$pin")
    done
    [ ${#missing[@]} = 0 ] && break
    [ "$try" = 2 ] && break
    python3 -m pip download -q --no-deps --only-binary=:all: --python-version 3.12 \
      --implementation cp --platform manylinux_2_17_x86_64 --platform manylinux2014_x86_64 \
      --platform manylinux_2_27_x86_64 --platform manylinux_2_28_x86_64 \
      --platform manylinux_2_31_x86_64 --platform manylinux_2_34_x86_64 \
      --platform manylinux_2_35_x86_64 --platform manylinux1_x86_64 -d .whl "${missing[@]}"
  done
  if [ ${#missing[@]} != 0 ]; then
    echo "gpu_check: wheels still missing from .whl/: ${missing[*]}" >&2
    return 1
  fi
  du -sh .gpu_check .whl 2>/dev/null
  cat <<'MSG'
Ready. On the lent GPU machine (the device tool's run), carry [".whl", ".gpu_check"] and run:
  bash scripts/gpu_check.sh
with a timeout of 600 s; it ends within 8 minutes and leaves gpu_check.md/.json/.log in $OUT.
MSG
}

main() {
  if [ "${1:-}" = "--prepare" ]; then
    prepare
    return
  fi

  local dry=0 a PY budget site deadline
  for a in "$@"; do
    [ "$a" = "--dry-run" ] && dry=1
  done
  PY=${PYTHON:-}
  if [ -z "$PY" ]; then
    if [ -x .venv/bin/python ]; then PY=.venv/bin/python; else PY=python3; fi
  fi
  export PYTHONUNBUFFERED=1
  if [ "$dry" = 1 ]; then
    export OMP_NUM_THREADS=${OMP_NUM_THREADS:-1}
    budget=${GPU_CHECK_BUDGET:-900}
  else
    budget=${GPU_CHECK_BUDGET:-480}
  fi

  # Wheels carried to a bare machine: unpacked into a temporary folder ahead of everything else.
  if [ "$dry" = 0 ] && ls .whl/*.whl >/dev/null 2>&1; then
    site=$(mktemp -d)
    if ! "$PY" -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade \
        --target "$site" .whl/*.whl; then
      echo "gpu_check: installing the wheels in .whl/ failed" >&2
      return 2
    fi
    export PYTHONPATH="$site:$PWD${PYTHONPATH:+:$PYTHONPATH}"
    echo "gpu_check: wheels unpacked in $(( $(date +%s) - start )) s"
  else
    export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}"
  fi

  # The parts end by the deadline (15 s kept for the last table); a hard stop 30 s after the budget.
  deadline=$((start + budget - 15))
  timeout --kill-after=10 $((budget + 30 - ($(date +%s) - start))) \
    "$PY" -m benchmarks.gpu_check --deadline "$deadline" "$@"
}

# The whole file is read before anything runs (a function), so editing it mid-run is harmless.
main "$@"; exit $?
