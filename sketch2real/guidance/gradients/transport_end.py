"""Where the bridge's transport ends: fade stage 2 out once the current images are better explained
by y_tgt than by y_src. No extra UNet call: the step already has the noise it added and both
predictions.

Why it is needed (the Gaussian world, ``docs/guidance.md``): with a fixed y_src the bridge ascends
log p(x | y_tgt) - log p(x | y_src), and for x0 ~ N(mu_y, s_y^2 I) its expected gradient
vanishes only at

    z* = (A_tgt mu_tgt - A_src mu_src) / (A_tgt - A_src),
    A_y = E_t[w(t) sqrt(ab) sqrt(1 - ab) / (ab s_y^2 + 1 - ab)],

which lies past mu_tgt on the far side from mu_src by A_src / (A_tgt - A_src) times their
distance (about 8x for the artifact description, ``bridge_fixed_point``). The image walks
through the target and keeps going. The paper notes that the gradient is not idempotent.

The rule, per step k and per band (batch b, latent element i, mask M)::

    err_y   = ||eps_y(x_t) - eps||^2 within the band     denoising error of prompt y (eps known)
    D_k     = sum_b omega(t_b) sum_i M (err_src - err_tgt)    > 0: y_tgt explains x better
    N_k     = sum_b omega(t_b) sum_i M ||eps_tgt - eps_src||^2 within the band
    m       = EMA(D) / EMA(N)                            the margin, smoothed over steps
    f       = clamp((1 - m) / 2, 0, 1)                   the fade of the band

D is the diffusion-classifier comparison of the two prompts (their denoising errors are
Monte-Carlo estimates of -log p(x | y), up to a shared constant). Algebraically
D = ||Delta||^2 - 2 <Delta, eps_tgt - eps> with Delta = eps_tgt - eps_src, so f = (1 - m) / 2 is
the projection of the target's own denoising residual on the bridge direction: the share of a
bridge step that still raises the target's likelihood. In the Gaussian world with equal spreads
m is the position of the image on the axis from mu_src (m = -1, f = 1) to mu_tgt (m = +1,
f = 0), and f = 1/2 exactly where both prompts explain the image equally well: the faded step
is the projection of mu_tgt - x on that axis, and the image stops at the target instead of
walking past it.

- Two bands (``BANDS``): each channel's mean over the mask (an image's colour and tone, what SDS
  oversaturates) and the rest (texture, noise, structure). They arrive at different times: a
  noisy image at the target's colour is still better explained by "..., noisy, ...".
- omega(t) (``band_weights``): (1 - alpha_bar)^2 for the means, so they are judged at the noise
  levels where colour is decided and pixel noise does not enter; 1 - alpha_bar for the detail.
- The EMA is over the steps before the current one (the first stage-2 step has full weight), so
  the fade never correlates with the step's own noise draw; the window is in steps.
- ``M`` (optional, [B,1,h,w]) restricts the comparison to the pixels that depend on what is being
  optimised (the object in a render, not its random background).
- Adam cancels a gradient's scale and coasts on its momentum, so the bridge also reports the
  means' fade as ``step_scale`` for the caller's optimiser step.

Notation: ``eps`` is the noise added (``ctx.noise``), ``eps_tgt`` / ``eps_src`` the predictions
of ``gradients/bridge.py``, ``margin`` is m, ``fade`` is f.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch

from sketch2real.guidance.errors import GuidanceConfigError

STOPS = ("fade", "none")
"""Stage-2 endings: ``fade`` (this rule) or ``none`` (the paper: constant weight to the end)."""


def check_stop(name: str) -> None:
    """Raise GuidanceConfigError if ``name`` is not one of ``STOPS``."""
    if name not in STOPS:
        raise GuidanceConfigError(f"unknown bridge stop {name!r}; known: {', '.join(STOPS)}")


BANDS = ("mean", "detail")
"""The two bands the rule judges and fades separately: each channel's spatial mean over the mask
(an image's colour and tone), and the rest (texture, noise, structure)."""


def band_mean(x: torch.Tensor, mask: torch.Tensor | None) -> torch.Tensor:
    """The ``mean`` band of ``x`` [B,C,h,w]: each channel's mean over ``mask`` [B,1,h,w] (None:
    all pixels), put back on the masked pixels; ``x - band_mean(x)`` is the ``detail`` band. The
    two are orthogonal under the mask-weighted inner product."""
    if mask is None:
        return x.mean(dim=(2, 3), keepdim=True).expand_as(x)
    area = mask.sum(dim=(2, 3), keepdim=True).clamp_min(1e-12)
    return (x * mask).sum(dim=(2, 3), keepdim=True) / area * mask


def band_weights(alpha_bar: torch.Tensor) -> torch.Tensor:
    """omega(t) per band [2,B]: (1 - alpha_bar)^2 for the means, 1 - alpha_bar for the detail."""
    sigma2 = 1.0 - alpha_bar
    return torch.stack([sigma2 ** 2, sigma2])


def margin_terms(eps_tgt: torch.Tensor, eps_src: torch.Tensor, noise: torch.Tensor,
                 alpha_bar: torch.Tensor, mask: torch.Tensor | None = None) -> torch.Tensor:
    """[2 bands, (D_k, N_k)] of one step, a [2,2] tensor on the step's device.

    ``eps_tgt``, ``eps_src``, ``noise`` [B,C,h,w]; ``alpha_bar`` [B]; ``mask`` [B,1,h,w] in
    [0, 1] or None (every element counts)."""
    m = torch.ones_like(noise[:, :1]) if mask is None else mask
    w_mean, w_detail = (w.view(-1, 1, 1, 1) for w in band_weights(alpha_bar))
    res_tgt, res_src = eps_tgt - noise, eps_src - noise
    delta = eps_tgt - eps_src
    mt, ms, md = band_mean(res_tgt, mask), band_mean(res_src, mask), band_mean(delta, mask)
    d_mean = (w_mean * m * (ms ** 2 - mt ** 2)).sum()
    n_mean = (w_mean * m * md ** 2).sum()
    d_detail = (w_detail * m * ((res_src - ms) ** 2 - (res_tgt - mt) ** 2)).sum()
    n_detail = (w_detail * m * (delta - md) ** 2).sum()
    return torch.stack([torch.stack([d_mean, n_mean]), torch.stack([d_detail, n_detail])])


@dataclass
class TransportEnd:
    """The smoothed margin of one run and the fade it gives (see the module docstring). The sums
    stay on the step's device, so the rule adds no host synchronisation."""

    window: float
    """EMA window in steps (the EMA's weight on a new step is 1 / window)."""
    num: torch.Tensor | None = None
    """EMA of D per band [2] (``BANDS``)."""
    den: torch.Tensor | None = None
    """EMA of N per band [2]."""
    seen: int = 0
    """Stage-2 steps folded in."""
    last_step: int = -1
    """The run's step index of the last update (a smaller one starts a new run)."""

    def __post_init__(self) -> None:
        if not self.window >= 1.0:
            raise GuidanceConfigError(f"the bridge stop window must be >= 1 step, got {self.window!r}")

    def margin(self) -> torch.Tensor | None:
        """m per band [2] from the steps seen so far (None before any)."""
        if not self.seen or self.num is None or self.den is None:
            return None
        return torch.where(self.den > 0, self.num / self.den.clamp_min(1e-30),
                           torch.zeros_like(self.num))

    def fade(self) -> torch.Tensor | None:
        """f = clamp((1 - m) / 2, 0, 1) per band [2]; None (full weight) before any stage-2
        step."""
        m = self.margin()
        return None if m is None else (0.5 * (1.0 - m)).clamp(0.0, 1.0)

    def start(self, step: int) -> None:
        """Forget everything if ``step`` does not follow the last update (a new run)."""
        if step <= self.last_step:
            self.num, self.den, self.seen = None, None, 0
        self.last_step = step

    def update(self, terms: torch.Tensor) -> None:
        """Fold in one step's ``margin_terms`` [2 bands, (D_k, N_k)]."""
        beta = 1.0 - 1.0 / self.window
        d, n = terms[:, 0], terms[:, 1]
        if self.num is None or self.den is None:
            self.num, self.den = (1.0 - beta) * d, (1.0 - beta) * n
        else:
            self.num = beta * self.num + (1.0 - beta) * d
            self.den = beta * self.den + (1.0 - beta) * n
        self.seen += 1


def bridge_fixed_point(alphas_cumprod: torch.Tensor, t_lo: int, t_hi: int, weighting: torch.Tensor,
                       mu_tgt: torch.Tensor, s_tgt: float, mu_src: torch.Tensor, s_src: float
                       ) -> torch.Tensor:
    """z*, where the expected bridge gradient vanishes for Gaussian prompts x0 ~ N(mu_y, s_y^2 I)
    and t uniform on {t_lo..t_hi} (the module docstring's formula). ``weighting`` [t_hi-t_lo+1]
    is w(t) on that range; ``mu_*`` any shape (model units). Float64 arithmetic."""
    ab = alphas_cumprod[t_lo:t_hi + 1].double()
    w = weighting.double()

    def a(s: float) -> torch.Tensor:
        return (w * ab.sqrt() * (1 - ab).sqrt() / (ab * s * s + 1 - ab)).mean()

    a_t, a_s = a(s_tgt), a(s_src)
    return (a_t * mu_tgt.double() - a_s * mu_src.double()) / (a_t - a_s)
