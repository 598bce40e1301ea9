"""Where the bridge's transport ends, on the exact analytic prior.

1. The Gaussian world's lesson, in closed form: with a fixed y_src the expected bridge gradient
   vanishes at z* = (A_tgt mu_tgt - A_src mu_src) / (A_tgt - A_src), which lies past mu_tgt,
   away from mu_src (for "a red apple": far outside the colour cube). Checked against the
   gradient itself averaged over many (t, eps) draws.
2. The margin the ``fade`` rule reads is calibrated: -1 at mu_src, +1 at mu_tgt (clean images,
   the channel means' band), and the fade is the formula of ``transport_end.py``.
3. 2D from noise, "a red apple", as ``sketch2real image --init noise --model analytic`` runs it:
   SDS at s = 100 ends at least 0.25 from the target colour; the bridge with the rule ends at
   most half as far as SDS, and no channel's latent mean is past the target; the paper-exact
   bridge walks through the target (red below it, the "near black" of the issue).
"""

from __future__ import annotations

import dataclasses

import pytest
import torch

from sketch2real.guidance import (ARTIFACT_SUFFIX, BRIDGE_2D, BRIDGE_PAPER_2D, BridgeConfig,
                                  GuidanceConfigError, SDSConfig, TimestepConfig, make_guidance)
from sketch2real.guidance.gradients.transport_end import (TransportEnd, band_mean,
                                                          bridge_fixed_point, margin_terms)
from sketch2real.guidance.optimize_image import (PAPER_2D, ImageOptConfig, noise_latents,
                                                 optimize_latents)
from sketch2real.guidance.priors.analytic import COLOURS, AnalyticPrior, prompt_params

PRIOR = AnalyticPrior("cpu")
PROMPT = "a red apple"
RED = torch.tensor(COLOURS["red"])


def _params(prompt: str) -> tuple[torch.Tensor, float]:
    p = prompt_params(prompt)
    return p[:3], float(p[3])


@pytest.mark.parametrize("weighting, t_hi", [("uniform", 500), ("sds", 980)])
def test_the_fixed_bridge_stops_past_the_target_where_the_closed_form_says(weighting, t_hi):
    """The expected gradient (every t of the range once, eps = 0: the gradient is affine in
    eps) at z* and at mu_tgt (model units). Tolerances: at z* each channel's mean gradient is
    under 1e-4 of its size at mu_tgt; z* lies past mu_tgt along mu_tgt - mu_src (projection
    > 5x their distance)."""
    mu_t, s_t = _params(PROMPT)
    mu_s, s_s = _params(PROMPT + ARTIFACT_SUFFIX)
    ab = PRIOR.alphas_cumprod
    w = torch.ones(t_hi - 20 + 1) if weighting == "uniform" else 1 - ab[20:t_hi + 1]
    z_star = bridge_fixed_point(ab, 20, t_hi, w, mu_t, s_t, mu_s, s_s).float()
    cfg = BridgeConfig(switch_at=0.0, view_dependent=False, weighting=weighting,
                       timesteps=TimestepConfig(0.02, t_hi / 1000))

    t = torch.arange(20, t_hi + 1)

    def mean_grad(colour: torch.Tensor) -> torch.Tensor:
        z = colour.view(1, 3, 1, 1).expand(len(t), 3, 1, 1).contiguous()
        grad, _, _ = make_guidance("bridge", PRIOR, cfg).step(z, PROMPT, t=t,
                                                              noise=torch.zeros_like(z))
        return grad.mean(dim=(0, 2, 3))

    at_target, at_star = mean_grad(mu_t), mean_grad(z_star)
    assert (at_star.abs() < 1e-4 * at_target.abs().max()).all(), (at_star, at_target)
    axis = mu_t - mu_s
    assert float((z_star - mu_t) @ axis / (axis @ axis)) > 5.0
    # for "a red apple" the fixed point is outside the colour cube: red < 0
    assert float((z_star[0] + 1) / 2) < 0.0


def test_margin_is_minus_one_at_the_source_and_plus_one_at_the_target():
    """Clean constant images at mu_src, the midpoint and mu_tgt; the channel means' margin over
    400 steps of 16 images. Tolerance 0.05."""
    mu_t, _ = _params(PROMPT)
    mu_s, _ = _params(PROMPT + ARTIFACT_SUFFIX)
    g = make_guidance("bridge", PRIOR, BridgeConfig(switch_at=0.0, view_dependent=False,
                                                    stop="fade", stop_window=400.0))
    for colour, expected in ((mu_s, -1.0), ((mu_s + mu_t) / 2, 0.0), (mu_t, 1.0)):
        end = TransportEnd(400.0)
        z = colour.view(1, 3, 1, 1).expand(16, 3, 4, 4)
        for step in range(400):
            t = torch.randint(20, 981, (16,), generator=g.generator)
            noise = torch.randn(z.shape, generator=g.generator)
            ab = PRIOR.alphas_cumprod[t].view(-1, 1, 1, 1)
            x_t = ab.sqrt() * z + (1 - ab).sqrt() * noise
            emb = PRIOR.encode_prompts([PROMPT] * 16 + [PROMPT + ARTIFACT_SUFFIX] * 16)
            eps = PRIOR.predict_noise(torch.cat([x_t, x_t]), t.repeat(2), emb)
            end.start(step)
            end.update(margin_terms(eps[:16], eps[16:], noise, ab.flatten()))
        assert float(end.margin()[0]) == pytest.approx(expected, abs=0.05)


def test_the_fade_is_the_formula():
    """Two steps with fixed t and eps: the first at full weight (no margin yet), the second
    with each band of w * (eps_tgt - eps_src) times clamp((1 - m) / 2, 0, 1) of the first, and a
    step scale equal to the means' fade."""
    cfg = BridgeConfig(switch_at=0.0, view_dependent=False, stop="fade", stop_window=1.0)
    none = make_guidance("bridge", PRIOR, dataclasses.replace(cfg, stop="none"))
    fade = make_guidance("bridge", PRIOR, cfg)
    gen = torch.Generator().manual_seed(1)
    z = torch.randn(2, 3, 4, 4, generator=gen) * 0.3 + 0.4
    t, noise = torch.tensor([300, 600]), torch.randn(2, 3, 4, 4, generator=gen)
    g0, _, d0 = fade.step(z, PROMPT, None, 0, 10, t=t, noise=noise)
    ref0, _, _ = none.step(z, PROMPT, None, 0, 10, t=t, noise=noise)
    torch.testing.assert_close(g0, ref0)
    assert d0["step_scale"] == 1.0 and "fade_mean" not in d0
    f = (0.5 * (1 - fade.transport_end.margin())).clamp(0, 1)
    g1, _, d1 = fade.step(z, PROMPT, None, 1, 10, t=t, noise=noise)
    ref1, _, _ = none.step(z, PROMPT, None, 1, 10, t=t, noise=noise)
    mean = band_mean(ref1, None)
    torch.testing.assert_close(g1, f[0] * mean + f[1] * (ref1 - mean))
    assert d1["fade_mean"] == pytest.approx(float(f[0])) == pytest.approx(d1["step_scale"])
    assert d1["fade_detail"] == pytest.approx(float(f[1]))
    # a new run (step 0 again) starts from full weight
    _, _, again = fade.step(z, PROMPT, None, 0, 10, t=t, noise=noise)
    assert again["step_scale"] == 1.0


def test_a_mask_restricts_the_margin_and_bad_masks_are_refused():
    cfg = BridgeConfig(switch_at=0.0, view_dependent=False, stop="fade")
    g = make_guidance("bridge", PRIOR, cfg)
    z = torch.zeros(2, 3, 8, 8)
    with pytest.raises(GuidanceConfigError, match="mask"):
        g.step(z, PROMPT, mask=torch.ones(3, 1, 8, 8))
    # resized to the latents, area-averaged; an empty mask leaves the margin at zero
    g.step(z, PROMPT, None, 0, 2, mask=torch.zeros(2, 1, 16, 16))
    assert float(g.transport_end.margin().abs().sum()) == 0.0
    with pytest.raises(GuidanceConfigError, match="stop"):
        BridgeConfig(stop="sometimes")


def _image(config, opt: ImageOptConfig, method: str = "bridge", seed: int = 0):
    guidance = make_guidance(method, PRIOR, dataclasses.replace(config, seed=seed))
    z, _ = optimize_latents(guidance, PROMPT, noise_latents(PRIOR, 64, seed),
                            dataclasses.replace(opt, log_every=0))
    return PRIOR.decode_latents(z).mean(dim=(0, 2, 3)), ((z + 1) / 2).mean(dim=(0, 2, 3))


@pytest.mark.slow
def test_2d_the_rule_ends_near_the_target_and_the_paper_walks_through_it():
    """The issue's 2D criteria (64 x 64, seed 0; distances Euclidean in RGB 0-1 to (0.75, 0.25,
    0.22)). SDS (s = 100, 500 steps): >= 0.25 away. The default bridge (BRIDGE_2D, 500 steps,
    the fade rule): <= half of SDS's distance; the latent's mean colour (what the optimiser
    moves, before the decoder clips noisy pixels) is on SDS's side of the target in every
    channel. The paper-exact bridge (1,000 steps): red ends below the target, further away
    than SDS."""
    sds, _ = _image(SDSConfig(guidance_scale=100.0), ImageOptConfig(steps=500), "sds")
    d_sds = float((sds - RED).norm())
    assert d_sds >= 0.25
    fade, latent = _image(dataclasses.replace(BRIDGE_2D, stop="fade"), ImageOptConfig(steps=500))
    assert float((fade - RED).norm()) <= 0.5 * d_sds
    side = torch.sign(sds - RED)
    assert ((latent - RED) * side >= 0).all(), latent
    paper, _ = _image(BRIDGE_PAPER_2D, PAPER_2D)
    assert float(paper[0]) < float(RED[0]) and float((paper - RED).norm()) > d_sds
