"""Timestep sampling with annealing, and the weighting w(t).

Timesteps are integer indices t in {0..T-1} (T = ``prior.num_train_timesteps``); fractions in the
configs are of T, as in threestudio: ``t ~ U{int(t_min*T), ..., int(t_max*T)}``, one per sample.

The official 3D setting of the paper samples t in [0.02, 0.98] for the first fifth of the run
and in [0.02, 0.5] after it (``TimestepConfig(t_max_late=0.5, anneal_start=0.2, anneal_end=0.2)``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import torch

from sketch2real.guidance.errors import GuidanceConfigError


@dataclass(frozen=True)
class TimestepConfig:
    """Range of diffusion timesteps to sample, as fractions of T, possibly annealed over the run."""

    t_min: float = 0.02
    """Smallest timestep, as a fraction of T (inclusive)."""
    t_max: float = 0.98
    """Largest timestep at the start of the run, as a fraction of T (inclusive)."""
    t_max_late: float | None = None
    """Largest timestep after annealing; None keeps ``t_max`` for the whole run."""
    anneal_start: float = 0.2
    """Fraction of the run where annealing of ``t_max`` towards ``t_max_late`` starts."""
    anneal_end: float = 0.2
    """Fraction of the run where ``t_max`` reaches ``t_max_late``; equal to ``anneal_start`` for a
    step change (the paper's setting), larger for a linear ramp."""

    def __post_init__(self) -> None:
        for name in ("t_min", "t_max", "anneal_start", "anneal_end"):
            value = getattr(self, name)
            if not (isinstance(value, (int, float)) and math.isfinite(value) and 0.0 <= value <= 1.0):
                raise GuidanceConfigError(f"timesteps.{name} must be in [0, 1], got {value!r}")
        if self.t_min > self.t_max:
            raise GuidanceConfigError(
                f"timesteps.t_min ({self.t_min}) must not exceed timesteps.t_max ({self.t_max})")
        if self.t_max_late is not None:
            if not (0.0 <= self.t_max_late <= 1.0) or self.t_max_late < self.t_min:
                raise GuidanceConfigError(
                    f"timesteps.t_max_late must be in [t_min, 1], got {self.t_max_late!r}")
        if self.anneal_end < self.anneal_start:
            raise GuidanceConfigError("timesteps.anneal_end must not be before anneal_start")


def progress(step: int, total_steps: int) -> float:
    """Fraction of the run done before ``step`` (0-based), in [0, 1]."""
    if total_steps <= 0:
        raise GuidanceConfigError(f"total_steps must be positive, got {total_steps}")
    if step < 0:
        raise GuidanceConfigError(f"step must be >= 0, got {step}")
    return min(step / total_steps, 1.0)


def t_range(config: TimestepConfig, step: int, total_steps: int, num_train_timesteps: int) -> tuple[int, int]:
    """Current inclusive integer range (t_lo, t_hi) of timesteps at ``step`` of ``total_steps``."""
    frac = progress(step, total_steps)  # also checks step and total_steps
    t_max = config.t_max
    if config.t_max_late is not None:
        t_max = linear_ramp(frac, config.anneal_start, config.anneal_end, config.t_max,
                            config.t_max_late)
    T = num_train_timesteps
    t_lo = min(int(config.t_min * T), T - 1)
    t_hi = min(max(int(t_max * T), t_lo), T - 1)
    return t_lo, t_hi


def sample_timesteps(config: TimestepConfig, batch: int, step: int, total_steps: int,
                     num_train_timesteps: int, generator: torch.Generator | None = None,
                     device: torch.device | str = "cpu") -> torch.Tensor:
    """t [batch] int64 on ``device``, uniform on the current range (one per sample)."""
    t_lo, t_hi = t_range(config, step, total_steps, num_train_timesteps)
    gen_device = generator.device if generator is not None else "cpu"
    t = torch.randint(t_lo, t_hi + 1, (batch,), generator=generator, device=gen_device)
    return t.to(device)


WEIGHTINGS = ("uniform", "sds", "fantasia3d")
"""Names of the weightings w(t) that ``weighting`` knows."""


def weighting(name: str, alpha_bar_t: torch.Tensor) -> torch.Tensor:
    """w(t) [B] from alpha_bar[t] [B].

    - ``uniform``: 1 (the bridge stage of the paper: "w = 1 without the (1 - alpha_bar) factor").
    - ``sds``: 1 - alpha_bar = sigma_t^2 (DreamFusion; threestudio's default).
    - ``fantasia3d``: sqrt(alpha_bar) (1 - alpha_bar).
    """
    if name == "uniform":
        return torch.ones_like(alpha_bar_t)
    if name == "sds":
        return 1.0 - alpha_bar_t
    if name == "fantasia3d":
        return alpha_bar_t.sqrt() * (1.0 - alpha_bar_t)
    raise GuidanceConfigError(f"unknown weighting {name!r}; known: {', '.join(WEIGHTINGS)}")


def check_weighting(name: str) -> None:
    """Raise GuidanceConfigError if ``name`` is not a known weighting."""
    if name not in WEIGHTINGS:
        raise GuidanceConfigError(f"unknown weighting {name!r}; known: {', '.join(WEIGHTINGS)}")


def linear_ramp(frac: float, start: float, end: float, v_start: float, v_end: float) -> float:
    """Value going linearly from ``v_start`` (at ``frac <= start``) to ``v_end`` (at ``frac >= end``).

    ``end == start`` is a step change, to ``v_end`` at ``frac >= start``."""
    if frac < start:
        return v_start
    if frac >= end or end <= start:
        return v_end
    return v_start + (frac - start) / (end - start) * (v_end - v_start)
