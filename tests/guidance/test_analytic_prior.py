"""The analytic prior: its prompt vocabulary, and that its noise prediction is the exact
posterior mean E[eps | x_t] of its Gaussian."""

from __future__ import annotations

import pytest
import torch

from sketch2real.guidance import ARTIFACT_SUFFIX
from sketch2real.guidance.priors.analytic import (ANY_STD, CONTENT_STD, COLOURS,
                                                  GaussianParticleModel, parse_prompt,
                                                  prompt_params, saturation_ratio)

RED = COLOURS["red"]


def _close(a, b, tol=1e-6):
    return all(abs(x - y) <= tol for x, y in zip(a, b))


def test_colour_words_and_unconditional():
    c, s = parse_prompt("a red flower")
    assert _close(c, RED) and s == CONTENT_STD
    c, s = parse_prompt("A RED and BLUE flower, side view")  # case, several colours, view ignored
    assert _close(c, [(r + b) / 2 for r, b in zip(RED, COLOURS["blue"])]) and s == CONTENT_STD
    for uncond in ("", "a flower", "reddish flower"):  # whole words only
        c, s = parse_prompt(uncond)
        assert _close(c, (0.5, 0.5, 0.5)) and s == ANY_STD


def test_modifiers_do_what_the_table_says():
    # oversaturated: twice as far from neutral grey.
    c, s = parse_prompt("a red flower, oversaturated")
    assert _close(c, [0.5 + 2 * (v - 0.5) for v in RED]) and s == CONTENT_STD
    # an exact numeric description.
    c, _ = parse_prompt("a red flower, saturation x1.75")
    assert _close(c, [0.5 + 1.75 * (v - 0.5) for v in RED])
    # foggy pulls towards light grey; blurry and noisy change the spread only.
    c, _ = parse_prompt("a red flower, foggy")
    assert _close(c, [0.75 * v + 0.25 * 0.85 for v in RED])
    c, s = parse_prompt("a red flower, blurry, noisy")
    assert _close(c, RED) and s == pytest.approx(CONTENT_STD * 0.8 * 1.5)
    # painting: muted, warmer, broader.
    c, s = parse_prompt("a red flower, painting")
    muted = [0.5 + 0.7 * (v - 0.5) for v in RED]
    assert _close(c, [muted[0] + 0.06, muted[1], muted[2] - 0.06]) and s == pytest.approx(0.13)
    # the paper's full artifact suffix: saturated x2.6, fogged twice, spread x1.66.
    c, s = parse_prompt("a red flower" + ARTIFACT_SUFFIX)
    sat = [0.5 + 2.6 * (v - 0.5) for v in RED]
    assert _close(c, [0.5625 * v + 0.4375 * 0.85 for v in sat], 1e-6)
    assert s == pytest.approx(CONTENT_STD * 0.8 * 0.8 * 1.2 ** 3 * 1.5)


def test_eps_is_the_exact_posterior_mean(analytic):
    """Monte Carlo: draw x0 from the prompt's Gaussian and eps, form x_t; the least-squares
    regression of eps on x_t (the posterior mean of a Gaussian is linear) must match the prior's
    slope and intercept. 200k samples per timestep; tolerance 5 standard errors of the fit."""
    gen = torch.Generator().manual_seed(0)
    prompt = "a red flower, noisy"
    emb = analytic.encode_prompts([prompt])
    mu, s = float(emb[0, 0]), float(emb[0, 3])
    for t in (50, 400, 900):
        ab = float(analytic.alphas_cumprod[t])
        x0 = mu + s * torch.randn(200_000, generator=gen, dtype=torch.float64)
        eps = torch.randn(200_000, generator=gen, dtype=torch.float64)
        x_t = ab ** 0.5 * x0 + (1 - ab) ** 0.5 * eps
        design = torch.stack([x_t, torch.ones_like(x_t)], dim=1)
        slope, intercept = torch.linalg.lstsq(design, eps[:, None]).solution[:, 0].tolist()
        resid = eps - slope * x_t - intercept
        se_slope = float(resid.std() / (x_t.std() * len(x_t) ** 0.5))
        se_intercept = float(resid.std() / len(x_t) ** 0.5) + abs(float(x_t.mean())) * se_slope
        # the prior's prediction, evaluated on two points, gives its slope and intercept
        probe = torch.zeros(2, 3, 1, 1)
        probe[1] = 1.0
        pred = analytic.predict_noise(probe, torch.tensor([t, t]), emb.expand(2, -1))[:, 0, 0, 0]
        assert float(pred[1] - pred[0]) == pytest.approx(slope, abs=5 * se_slope)
        assert float(pred[0]) == pytest.approx(intercept, abs=5 * se_intercept)


def test_encode_decode_and_alphas(analytic):
    img = torch.rand(2, 3, 5, 7)
    z = analytic.encode_images(img)
    assert torch.allclose(z, 2 * img - 1) and torch.allclose(analytic.decode_latents(z), img)
    ab = analytic.alphas_cumprod
    assert ab.shape == (1000,) and float(ab[0]) == pytest.approx(1 - 0.00085, abs=1e-6)
    assert bool((ab[1:] < ab[:-1]).all()) and float(ab[-1]) == pytest.approx(0.00466, abs=1e-4)


def test_particle_model_starts_at_the_prior(analytic):
    particle = analytic.make_particle_model()
    assert isinstance(particle, GaussianParticleModel)
    emb = analytic.encode_prompts(["a red flower", "a blue flower"])
    x_t, t = torch.randn(2, 3, 4, 4), torch.tensor([30, 700])
    assert torch.allclose(particle.predict_noise(x_t, t, emb), analytic.predict_noise(x_t, t, emb))


def test_saturation_ratio(analytic):
    mu = prompt_params("a red flower")[:3]
    z = (2.5 * mu).view(1, 3, 1, 1).expand(1, 3, 4, 4)
    assert float(saturation_ratio(z, "a red flower")[0]) == pytest.approx(2.5)
    with pytest.raises(ValueError):
        saturation_ratio(z, "a grey flower")
