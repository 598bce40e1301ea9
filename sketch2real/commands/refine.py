"""``sketch2real refine SKETCH... --prompt TEXT``: sketch to a textured mesh (GLB, OBJ, PLY).

    sketch2real refine SKETCH... --prompt TEXT [-o OUT.glb | --out-dir DIR]
        [--method bridge|sds|nfsd|csd|vsd] [--preset preview|standard|high]
        [--model ID|PATH|tiny-random|analytic] [--device cuda|cpu] [--seed S] [--steps N]
        [--max-faces N] [--texture-size N] [--front X,Y,Z] [--bridge-stop fade|none]
        [--report REPORT.json]

The flags become a ``RefineRequest`` (whose defaults are the defaults) and one ``RefinePlan``
for every file; one ``PriorOwner`` keeps the model loaded from file to file.

Each SKETCH is a file or a folder (its sketch files, not recursive). Every file gets a progress
bar on stderr and a line in the summary table at the end; a file that fails is reported and the
others still run (exit code 1 if any failed, 2 for bad arguments). ``-o`` names the output of a
single sketch (the other formats go beside it with the same stem); ``--out-dir`` (default: the
current folder) gets ``<sketch name>.glb/.obj/.mtl/.png/.ply``.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from pathlib import Path

from sketch2real.client.cli_support import parse_vector  # torch-free
from sketch2real.pipeline.request import (BRIDGE_STOPS, DEFAULT_MODEL, FIT_MODES, FORMATS,
                                          METHODS, PRESETS, RefineRequest)  # torch-free

log = logging.getLogger("sketch2real.refine")

OUTPUT_SUFFIXES = tuple(f".{f}" for f in FORMATS)


_DEFAULTS = RefineRequest(prompt="-")


def add_arguments(p: argparse.ArgumentParser) -> None:
    d = _DEFAULTS
    p.add_argument("sketches", nargs="+", metavar="SKETCH",
                   help="sketch files (.curves .tilt .apa .obj .ply .glb .gltf .stl .off) or folders")
    p.add_argument("--prompt", required=True, help='what the sketch is, e.g. "a red flower"')
    out = p.add_mutually_exclusive_group()
    out.add_argument("-o", "--output", help="output for a single sketch (.glb, .obj or .ply; all "
                                            "formats are written beside it)")
    out.add_argument("--out-dir", help="folder for the results (default: the current folder)")
    p.add_argument("--method", choices=METHODS, default=d.method,
                   help=f"guidance gradient (default {d.method}: SDS stage, then the bridge)")
    p.add_argument("--preset", choices=PRESETS, default=d.preset,
                   help=f"schedule (default {d.preset}; see docs/refine.md)")
    p.add_argument("--model", default=None,
                   help=f"Stable Diffusion model id or folder (default {DEFAULT_MODEL}), "
                        "'tiny-random' or 'analytic'")
    p.add_argument("--device", choices=("cuda", "cpu"), default=None,
                   help="default: cuda when available, else cpu (toy-sized presets)")
    p.add_argument("--seed", type=int, default=d.seed, help=f"random seed (default {d.seed})")
    p.add_argument("--steps", type=int, default=None, help="refinement steps (default: the preset's)")
    p.add_argument("--max-faces", type=int, default=d.max_faces,
                   help=f"face budget of the exported mesh (default {d.max_faces})")
    p.add_argument("--texture-size", type=int, default=d.texture_size,
                   help=f"side of the baked texture in pixels (default {d.texture_size})")
    p.add_argument("--mode", choices=FIT_MODES, default=d.fit_mode,
                   help="surface: the solid the curves bound (default); membrane: a smooth membrane "
                        "through curve networks, holes kept (opt-in; docs/surfacing.md); tube: "
                        "strokes as drawn")
    p.add_argument("--front", type=parse_vector, default=d.front, metavar="X,Y,Z",
                   help="the direction the object faces in the sketch's frame, horizontal "
                        "(default 0,0,1: +Z, glTF's front); view prompts follow it")
    p.add_argument("--bridge-stop", choices=BRIDGE_STOPS, default=d.bridge_stop,
                   help=f"how the bridge's stage 2 ends (default {d.bridge_stop}): fade it out once "
                        "the renders are better explained by the prompt than by its artifact "
                        "description; none: constant weight to the last step, as the paper")
    p.add_argument("--formats", default=",".join(d.formats),
                   help="comma-separated output formats (default glb,obj,ply)")
    p.add_argument("--report", help="write a JSON report (plan, seconds per stage, steps/s, "
                                    "peak memory, distance to the sketch) here")


class ProgressBar:
    """One file's progress on stderr: redrawn in place on a terminal, a line every few seconds
    (and at each stage) otherwise."""

    WIDTH = 24

    def __init__(self, label: str, stream=None):
        self.label = label
        self.stream = stream or sys.stderr
        self.tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self.stage = ""
        self.last_line = 0.0
        self.previews = 0

    def __call__(self, event) -> None:
        from sketch2real.pipeline.events import Preview, Progress, StageStarted

        if isinstance(event, StageStarted):
            self.stage = event.stage
            self._write(f"{self.stage}...", force=True)
        elif isinstance(event, Progress):
            frac = event.step / max(1, event.total_steps)
            bar = "#" * int(frac * self.WIDTH)
            self._write(f"{event.stage:<7} [{bar:<{self.WIDTH}}] {event.step}/{event.total_steps}"
                        f" loss {event.loss:.3g} eta {_clock(event.eta_seconds)}"
                        + (f" previews {self.previews}" if self.previews else ""),
                        force=event.step == event.total_steps)
        elif isinstance(event, Preview):
            self.previews += 1

    def _write(self, text: str, force: bool = False) -> None:
        now = time.monotonic()
        line = f"{self.label}: {text}"
        if self.tty:
            self.stream.write("\r\033[K" + line)
        elif force or now - self.last_line >= 5.0:
            self.stream.write(line + "\n")
        else:
            return
        self.last_line = now
        self.stream.flush()

    def done(self, text: str) -> None:
        self.stream.write(("\r\033[K" if self.tty else "") + f"{self.label}: {text}\n")
        self.stream.flush()


def _clock(seconds: float) -> str:
    s = max(0, int(round(seconds)))
    return f"{s // 60}:{s % 60:02d}"


def expand_inputs(items: list[str]) -> list[Path]:
    """Files as given; folders become their sketch files (sorted, not recursive)."""
    from sketch2real.geometry.readers import supported_extensions

    exts = supported_extensions()
    out: list[Path] = []
    for item in items:
        p = Path(item)
        if p.is_dir():
            found = sorted(q for q in p.iterdir() if q.is_file() and q.suffix.lower() in exts)
            if not found:
                log.warning("%s: no sketch files (%s) in this folder", p, " ".join(exts))
            out += found
        else:
            out.append(p)
    return out


def _targets(args, inputs: list[Path]) -> list[tuple[Path, Path, str]]:
    """(input, output folder, output stem) per input."""
    if args.output:
        out = Path(args.output)
        return [(inputs[0], out.parent, out.stem)]
    out_dir = Path(args.out_dir or ".")
    return [(p, out_dir, p.stem) for p in inputs]


def _check_args(args) -> str | None:
    """One line for bad arguments, or None."""
    if not args.prompt.strip():
        return "--prompt must be a non-empty text"
    if args.output:
        if len(args.sketches) != 1 or Path(args.sketches[0]).is_dir():
            return "-o names the output of one sketch file; use --out-dir for several"
        if Path(args.output).suffix.lower() not in OUTPUT_SUFFIXES:
            return f"-o must end in one of {', '.join(OUTPUT_SUFFIXES)}: got {args.output!r}"
    formats = [f.strip().lower() for f in args.formats.split(",") if f.strip()]
    if not formats or any(f not in FORMATS for f in formats):
        return f"--formats must list glb, obj and/or ply, got {args.formats!r}"
    return None


def run(args: argparse.Namespace) -> int:
    problem = _check_args(args)
    if problem:
        print(f"sketch2real refine: error: {problem}", file=sys.stderr)
        return 2
    import torch

    from sketch2real.pipeline.cpu_threads import cap_cpu_threads
    from sketch2real.pipeline.plan import resolve_plan

    plan = resolve_plan(_request(args, torch.cuda.is_available()))  # bad values: one line, exit 2
    inputs = expand_inputs(args.sketches)
    if not inputs:
        print("sketch2real refine: error: no sketch files found", file=sys.stderr)
        return 2
    if plan.device == "cpu":
        cap_cpu_threads()
    if plan.device == "cpu":
        log.info("running on the CPU: the %s preset at toy sizes (64 px renders); use a CUDA GPU "
                 "for real results", plan.preset)
    rows = _refine_all(args, inputs, plan)
    print(summary_table(rows))
    if args.report:
        Path(args.report).parent.mkdir(parents=True, exist_ok=True)
        Path(args.report).write_text(json.dumps({"plan": plan.to_dict(), "results": rows},
                                                indent=2, default=_jsonable))
    return 0 if all(r["status"] == "ok" for r in rows) else 1


def _request(args: argparse.Namespace, cuda: bool) -> RefineRequest:
    """The flags as a ``RefineRequest`` (the output's format first when ``-o`` names one)."""
    formats = tuple(dict.fromkeys(f.strip().lower() for f in args.formats.split(",") if f.strip()))
    if args.output:
        suffix = Path(args.output).suffix.lower().lstrip(".")
        formats = (suffix,) + tuple(f for f in formats if f != suffix)
    return RefineRequest(prompt=args.prompt, method=args.method, preset=args.preset,
                         model=args.model or DEFAULT_MODEL,
                         device=args.device or ("cuda" if cuda else "cpu"), seed=args.seed,
                         steps=args.steps, max_faces=args.max_faces,
                         texture_size=args.texture_size, fit_mode=args.mode, formats=formats,
                         front=args.front, bridge_stop=args.bridge_stop)


def _refine_all(args: argparse.Namespace, inputs: list[Path], plan) -> list[dict]:
    """Refine every input with ``plan`` (one prior, loaded once); a row per input."""
    import dataclasses

    from sketch2real.errors import is_expected
    from sketch2real.geometry.errors import SketchError
    from sketch2real.geometry.readers import read_sketch
    from sketch2real.pipeline.events import Completed
    from sketch2real.pipeline.runner import LocalRunner

    runner = LocalRunner()
    rows: list[dict] = []
    for i, (path, out_dir, stem) in enumerate(_targets(args, inputs), 1):
        label = f"[{i}/{len(inputs)}] {path.name}"
        bar = ProgressBar(label)
        row: dict = {"input": str(path), "status": "failed"}
        t0 = time.perf_counter()
        try:
            outputs = [out_dir / f"{stem}.{ext}" for ext in (*plan.export.formats, "mtl", "png")]
            if any(o.resolve() == path.resolve() for o in outputs):
                raise SketchError(f"the output would overwrite the input {path}; use another "
                                  f"-o or --out-dir")
            sketch = dataclasses.replace(read_sketch(path), name=stem)
            result = runner(sketch, plan, out_dir, bar, lambda: False)
            if isinstance(result, Completed):
                rep = result.report
                row.update(status="ok", files=result.files, report=rep.to_dict())
                bar.done(f"done, {rep.faces} faces, {rep.seconds['total']:.1f} s -> "
                         f"{next(iter(result.files.values()))}")
            else:
                row.update(status="cancelled", error=f"cancelled in {result.stage}")
                bar.done("cancelled")
        except Exception as err:  # one bad file must not stop the others
            if is_expected(err):
                row["error"] = str(err)
                bar.done(f"error: {err}")
            else:
                log.debug("internal error on %s", path, exc_info=True)
                row["error"] = f"internal error: {type(err).__name__}: {err}".splitlines()[0]
                bar.done(row["error"] + " (run with -v for the traceback)")
        row["seconds"] = round(time.perf_counter() - t0, 3)
        rows.append(row)
    return rows


def summary_table(rows: list[dict]) -> str:
    """A plain-text table: one row per input."""
    head = ("file", "status", "faces", "dist mean", "steps/s", "seconds", "output / error")
    lines = []
    for r in rows:
        rep = r.get("report", {})
        dist = rep.get("stroke_to_surface", {}).get("mean")
        sps = rep.get("steps_per_second")
        lines.append((Path(r["input"]).name, r["status"], str(rep.get("faces", "-")),
                      f"{100 * dist:.2f}%" if dist is not None else "-",
                      f"{sps:.2f}" if sps else "-", f"{r['seconds']:.1f}",
                      next(iter(r["files"].values())) if r.get("files") else r.get("error", "")))
    widths = [max(len(h), *(len(l[i]) for l in lines)) for i, h in enumerate(head)]
    fmt = "  ".join(f"{{:<{w}}}" for w in widths)
    out = [fmt.format(*head), fmt.format(*("-" * w for w in widths))]
    out += [fmt.format(*l) for l in lines]
    ok = sum(r["status"] == "ok" for r in rows)
    out.append(f"{ok} of {len(rows)} refined")
    return "\n".join(out)


def _jsonable(obj):
    import numpy as np

    if isinstance(obj, np.generic):
        return obj.item()
    if isinstance(obj, np.ndarray):
        return obj.tolist()
    return str(obj)
