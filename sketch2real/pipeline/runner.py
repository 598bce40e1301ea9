"""A job runner for whoever runs many jobs (the server's worker, a cluster worker): it owns the
prior (``PriorOwner``, warm across jobs) and runs each plan with the ``Refiner``.

    runner = LocalRunner()
    result = runner(sketch, plan, out_dir, on_event, should_cancel)   # Completed | Cancelled

The call signature is the one the server's job manager expects of every runner (the stand-in
runner in ``server/standin_runner.py`` has it too).
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from sketch2real.geometry.sketch import Sketch
from sketch2real.pipeline.events import Cancelled, Completed, Event
from sketch2real.pipeline.plan import RefinePlan
from sketch2real.pipeline.priors import PriorOwner
from sketch2real.pipeline.refine import Refiner


class LocalRunner:
    """Runs plans in this process on the prior it owns."""

    name = "refine"

    def __init__(self, priors: PriorOwner | None = None):
        self.priors = priors or PriorOwner()

    def __call__(self, sketch: Sketch, plan: RefinePlan, out_dir: Path,
                 on_event: Callable[[Event], None],
                 should_cancel: Callable[[], bool]) -> Completed | Cancelled:
        prior = self.priors.get(plan.model, plan.device, plan.seed)
        return Refiner(plan, prior, on_event, should_cancel).run(sketch, out_dir)
