"""The report of one refinement job: typed, and written as JSON (``--report``, the server's
``JobStats.report_json``).

Distances are fractions of the sketch's bounding-box diagonal; seconds are wall-clock.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sketch2real.pipeline.plan import RefinePlan
from sketch2real.pipeline.request import RefineRequest
from sketch2real.pipeline.serial import to_jsonable


@dataclass(frozen=True)
class SketchSummary:
    name: str
    kind: str
    """"strokes" or "mesh"."""
    points: int
    """Stroke points (or mesh vertices)."""
    diagonal: float
    """Bounding-box diagonal in the sketch's units (metres)."""


@dataclass(frozen=True)
class RefineReport:
    sketch: SketchSummary
    plan: RefinePlan
    """The plan the job ran."""
    device_name: str
    """The GPU's name, or "cpu"."""
    rasterizer: str
    """The rasterizer that ran: "nvdiffrast" or "torch" (on CUDA: the fallback, see
    ``fallbacks``)."""
    prior: str
    """The prior's name (a model id or folder, "analytic", "tiny-random")."""
    stages: dict[str, int]
    """Steps per stage, in order (e.g. {"sds": 640, "bridge": 160})."""
    seconds: dict[str, float]
    """Seconds per stage: load_prior, fit, each refinement stage, export, metrics, total."""
    export_seconds: dict[str, float]
    """Seconds per export step: extract, clean, decimate, uv_unwrap, bake, colors, write."""
    steps_per_second: float | None
    """Refinement steps per second over the whole loop."""
    time_to_first_preview_s: float | None
    """Seconds from the loop's start to the first preview (None: no preview)."""
    time_to_first_preview_from_job_start_s: float | None
    """Seconds from the job's start (fit included) to the first preview (None: no preview)."""
    peak_gpu_memory_bytes: int | None
    """torch's peak allocated CUDA memory (None on the CPU)."""
    peak_rss_bytes: int
    """Peak resident memory of the process."""
    skipped_steps: int
    """Steps whose gradient was dropped as non-finite."""
    last_guidance: dict[str, float]
    """The last step's guidance diagnostics (t, w, grad_norm, loss, ...)."""
    fit: dict
    """The fit's own report: faces, held-out IoU, stroke distance, watertight, seconds."""
    stroke_to_surface: dict[str, float]
    """Distance from the sketch's points to the result: mean, p95, max."""
    faces: int
    vertices: int
    normalization: dict
    """The transform between the sketch's frame and the normalised one."""
    files: dict[str, str] = field(default_factory=dict)
    """Format -> path of each result file."""
    files_written: list[str] = field(default_factory=list)
    """Every file written (the OBJ's MTL and PNG too)."""
    fallbacks: list[str] = field(default_factory=list)
    """What ran in place of the usual tool, and why, e.g. "rasterizer: torch (nvdiffrast is
    not installed: ...)", "decimate: vertex clustering (pymeshlab is not installed)"."""
    prior_compiled: bool = False
    """The prior's UNet ran compiled (``torch.compile``)."""
    texture: dict = field(default_factory=dict)
    """The texture over the surface at the end (``mean_colour`` [3] area-weighted albedo in
    [0, 1], ``saturated_share`` of the surface with a channel at 0 or 255 in 8 bits) and the
    same at the end of each refinement stage (``by_stage``: {"sds": {...}, "bridge": {...}})."""

    @property
    def request(self) -> RefineRequest:
        return self.plan.request

    @property
    def steps(self) -> int:
        return self.plan.steps

    def to_dict(self) -> dict:
        """Plain JSON values (the plan as ``RefinePlan.to_dict`` writes it)."""
        out = to_jsonable(self)
        out["plan"] = self.plan.to_dict()
        out["steps"] = self.steps
        return out
