"""A stand-in for the refinement loop with its exact signature
(``sketch2real.pipeline.runner.LocalRunner``), for tests of the server and for client
development without a GPU: it emits the events a real job emits (stages, progress with loss and
ETA, preview meshes, a textured result) and writes GLB / OBJ / PLY files, in a fraction of a
second per job. Its mesh is an ellipsoid fitted to the sketch's bounding box, coloured from the
prompt; nothing is learned.

    runner = make_standin_runner(step_seconds=0.02)
    result = runner(sketch, plan, out_dir, on_event, should_cancel)
"""

from __future__ import annotations

import colorsys
import hashlib
import io
import math
import time
from pathlib import Path
from typing import Callable

import numpy as np

from sketch2real.geometry.export import TexturedMesh, write_glb
from sketch2real.geometry.sketch import Sketch
from sketch2real.pipeline.events import (Cancelled, Completed, Event, Preview, Progress,
                                         StageStarted)
from sketch2real.pipeline.plan import RefinePlan

PRESET_STEPS = {"preview": 12, "standard": 40, "high": 80}
"""Refinement steps per preset (the real presets take thousands)."""
CANCEL_POLL_S = 0.02


def _icosphere(subdivisions: int) -> tuple[np.ndarray, np.ndarray]:
    import trimesh

    s = trimesh.creation.icosphere(subdivisions=subdivisions)
    return np.asarray(s.vertices, np.float64), np.asarray(s.faces, np.int64)


def _prompt_rgb(prompt: str) -> np.ndarray:
    hue = int(hashlib.sha256(prompt.encode()).hexdigest()[:6], 16) / 0xFFFFFF
    return np.array(colorsys.hsv_to_rgb(hue, 0.65, 0.9))


def _texture_png(rgb: np.ndarray, size: int = 64) -> bytes:
    from PIL import Image

    ramp = np.linspace(0.6, 1.0, size)[:, None, None]
    img = np.clip(ramp * rgb[None, None, :] * 255.0, 0, 255).astype(np.uint8)
    img = np.broadcast_to(img, (size, size, 3)).copy()
    buf = io.BytesIO()
    Image.fromarray(img).save(buf, format="PNG")
    return buf.getvalue()


def make_standin_runner(step_seconds: float = 0.05) -> Callable:
    """A runner whose every refinement step takes ``step_seconds`` (it polls ``should_cancel``
    at least every 20 ms while it waits)."""

    def run_standin(sketch: Sketch, plan: RefinePlan, out_dir: Path,
                    on_event: Callable[[Event], None],
                    should_cancel: Callable[[], bool]) -> Completed | Cancelled:
        t_start = time.monotonic()
        asked = plan.request
        total = int(asked.steps or PRESET_STEPS.get(asked.preset, 40))
        fit_steps = max(1, total // 5)
        if asked.method == "bridge":
            guided = [("sds", max(1, total * 2 // 5)), ("bridge", max(1, total - total * 2 // 5))]
        else:
            guided = [(asked.method, total)]
        stages = [("fit", fit_steps)] + guided
        all_steps = sum(n for _, n in stages)

        lo, hi = sketch.bounds()
        center = (lo.astype(np.float64) + hi) / 2.0
        half = np.maximum((hi.astype(np.float64) - lo) / 2.0, 1e-3)
        unit_v, faces = _icosphere(3 if asked.preview_max_faces >= 1280 else 2)
        rng = np.random.default_rng(asked.seed)
        bumps = rng.normal(size=len(unit_v))
        rgb = _prompt_rgb(asked.prompt)

        def shape(t: float) -> np.ndarray:
            radius = 1.0 + 0.15 * (1.0 - t) * bumps[:, None]
            return (center + unit_v * radius * half * (0.4 + 0.6 * t)).astype(np.float32)

        def colors(t: float) -> np.ndarray:
            shade = 0.55 + 0.45 * np.clip(unit_v[:, 1:2] * 0.5 + 0.5, 0, 1)
            grey = np.full(3, 0.7)
            c = (grey * (1 - t) + rgb * t) * shade
            a = np.ones((len(unit_v), 1))
            return (np.concatenate([c, a], axis=1) * 255).round().astype(np.uint8)

        def wait_step() -> bool:
            """Sleep one step; True if cancelled meanwhile."""
            end = time.monotonic() + step_seconds
            while True:
                if should_cancel():
                    return True
                left = end - time.monotonic()
                if left <= 0:
                    return False
                time.sleep(min(CANCEL_POLL_S, left))

        done = 0
        last_preview = time.monotonic()
        for stage, n in stages:
            on_event(StageStarted(stage=stage, total_steps=n))
            for step in range(1, n + 1):
                if wait_step():
                    ev = Cancelled(stage=stage, step=step - 1)
                    on_event(ev)
                    return ev
                done += 1
                t = done / all_steps
                elapsed = time.monotonic() - t_start
                eta = elapsed / done * (all_steps - done)
                on_event(Progress(stage=stage, step=step, total_steps=n,
                                  loss=float(math.exp(-3.0 * t) + 0.01), eta_seconds=eta))
                now = time.monotonic()
                if now - last_preview >= asked.preview_interval_s or step == n:
                    last_preview = now
                    on_event(Preview(stage=stage, step=step, vertices=shape(t), faces=faces,
                                     colors=colors(t)))

        # Export: textured mesh, files in the requested formats.
        on_event(StageStarted(stage="export", total_steps=0))
        if should_cancel():
            ev = Cancelled(stage="export", step=0)
            on_event(ev)
            return ev
        import trimesh
        from PIL import Image

        v = shape(1.0)
        c = colors(1.0)
        uv = np.stack([np.arctan2(unit_v[:, 2], unit_v[:, 0]) / (2 * np.pi) + 0.5,
                       np.arccos(np.clip(unit_v[:, 1], -1, 1)) / np.pi], axis=1).astype(np.float32)
        png = _texture_png(rgb)
        out_dir = Path(out_dir)
        out_dir.mkdir(parents=True, exist_ok=True)
        files = {}
        for fmt in asked.formats:
            path = out_dir / f"result.{fmt}"
            if fmt == "glb":
                # As the real export writes it: PBR, base-colour texture, metallic 0, roughness 1
                # (without metallicFactor glTF means fully metallic: black in most viewers).
                write_glb(TexturedMesh(v, faces, c, uv, np.asarray(Image.open(io.BytesIO(png)))),
                          path)
            else:
                trimesh.Trimesh(v, faces, vertex_colors=c, process=False).export(path)
            files[fmt] = path
        report = {"runner": "standin", "plan": plan.to_dict(), "steps": all_steps,
                  "seconds": time.monotonic() - t_start, "faces": int(len(faces))}
        ev = Completed(files=files, vertices=v, faces=faces.astype(np.uint32), colors=c, uvs=uv,
                       texture_png=png, report=report)
        on_event(ev)
        return ev

    return run_standin


run_standin = make_standin_runner()
"""The stand-in with its default pace (0.05 s per step)."""
