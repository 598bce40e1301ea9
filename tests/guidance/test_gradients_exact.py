"""Each gradient against its closed form on the analytic prior, for random inputs.

The oracle writes the paper's formulas with the exact Gaussian eps
``eps_hat(x_t; y) = sqrt(1-ab) (x_t - sqrt(ab) mu_y) / (ab s_y^2 + 1 - ab)``, with t and eps fixed
so both sides see the same draw. Tolerance: 1e-4 relative + 1e-5 absolute (float32 rounding).
"""

from __future__ import annotations

import ast
import dataclasses
import inspect
import logging

import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from sketch2real.guidance import (ARTIFACT_SUFFIX, GUIDANCES, BridgeConfig, CSDConfig, DDSConfig,
                                  GuidanceConfigError, NFSDConfig, SDSConfig, TimestepConfig,
                                  VSDConfig, make_guidance)
from sketch2real.guidance.priors.analytic import AnalyticPrior, prompt_params

PRIOR = AnalyticPrior("cpu")
PROMPTS = ["a red flower", "a blue car", "a green and yellow bird", "a thing"]
RTOL, ATOL = 1e-4, 1e-5


def eps_exact(x_t: torch.Tensor, t: torch.Tensor, prompt: str) -> torch.Tensor:
    p = prompt_params(prompt)
    mu, s = p[:3].view(1, 3, 1, 1), float(p[3])
    ab = PRIOR.alphas_cumprod[t].view(-1, 1, 1, 1)
    return (1 - ab).sqrt() * (x_t - ab.sqrt() * mu) / (ab * s * s + 1 - ab)


def w_of(name: str, t: torch.Tensor) -> torch.Tensor:
    ab = PRIOR.alphas_cumprod[t].view(-1, 1, 1, 1)
    return {"uniform": torch.ones_like(ab), "sds": 1 - ab, "fantasia3d": ab.sqrt() * (1 - ab)}[name]


def draw(seed: int, batch: int):
    gen = torch.Generator().manual_seed(seed)
    z = torch.randn(batch, 3, 4, 5, generator=gen) * 0.7
    t = torch.randint(0, 1000, (batch,), generator=gen)
    noise = torch.randn(batch, 3, 4, 5, generator=gen)
    ab = PRIOR.alphas_cumprod[t].view(-1, 1, 1, 1)
    return z, t, noise, ab.sqrt() * z + (1 - ab).sqrt() * noise


def assert_close(a, b):
    torch.testing.assert_close(a, b, rtol=RTOL, atol=ATOL)


inputs = dict(seed=st.integers(0, 10_000), batch=st.integers(1, 3), prompt=st.sampled_from(PROMPTS))


@settings(max_examples=15, deadline=None)
@given(**inputs, s=st.floats(0.0, 150.0), weighting=st.sampled_from(["uniform", "sds", "fantasia3d"]))
def test_sds(seed, batch, prompt, s, weighting):
    z, t, noise, x_t = draw(seed, batch)
    g = GUIDANCES["sds"](SDSConfig(guidance_scale=s, weighting=weighting), PRIOR)
    grad, _, diag = g.step(z, prompt, t=t, noise=noise)
    e_u, e_y = eps_exact(x_t, t, ""), eps_exact(x_t, t, prompt)
    assert_close(grad, w_of(weighting, t) * (e_u + s * (e_y - e_u) - noise))
    assert diag["guidance_scale"] == pytest.approx(s) and diag["skipped"] == 0.0


@settings(max_examples=15, deadline=None)
@given(**inputs, weight=st.floats(0.1, 30.0), suffix=st.sampled_from([ARTIFACT_SUFFIX, ", painting",
                                                                      ", saturation x3"]))
def test_bridge_both_stages(seed, batch, prompt, weight, suffix):
    z, t, noise, x_t = draw(seed, batch)
    cfg = BridgeConfig(bridge_weight=weight, source_suffix=suffix, target_suffix=", sharp",
                       guidance_scale=100.0, switch_at=0.8)
    g = GUIDANCES["bridge"](cfg, PRIOR)
    # stage 1 (step 79 of 100): SDS, s = 100, w(t) = 1 - alpha_bar, plain prompt
    grad1, _, d1 = g.step(z, prompt, None, 79, 100, t=t, noise=noise)
    e_u, e_y = eps_exact(x_t, t, ""), eps_exact(x_t, t, prompt)
    assert d1["stage"] == 1.0
    assert_close(grad1, w_of("sds", t) * (e_u + 100.0 * (e_y - e_u) - noise))
    # stage 2 (step 80 of 100): w (eps_tgt - eps_src), w(t) = 1
    grad2, _, d2 = g.step(z, prompt, None, 80, 100, t=t, noise=noise)
    expected = weight * (eps_exact(x_t, t, prompt + ", sharp") - eps_exact(x_t, t, prompt + suffix))
    assert d2["stage"] == 2.0 and d2["w"] == pytest.approx(weight)
    # compared per unit weight: eps_tgt - eps_src cancels, and float32 rounding of the two
    # predictions (a few ulps) is then multiplied by w
    assert_close(grad2 / weight, expected / weight)


@settings(max_examples=10, deadline=None)
@given(**inputs)
def test_bridge_with_matching_spreads_is_a_constant_translation(seed, batch, prompt):
    """With y_src = y_tgt saturated (same spread), eps_tgt - eps_src does not depend on the
    image or the noise: it is sqrt(ab) c(t) (mu_src - mu_tgt), the optimal transport between
    two Gaussians of equal covariance (a translation)."""
    if prompt == "a thing":
        return  # grey: saturating it changes nothing
    z, t, noise, _ = draw(seed, batch)
    g = GUIDANCES["bridge"](BridgeConfig(switch_at=0.0, source_suffix=", oversaturated"), PRIOR)
    grad_a, _, _ = g.step(z, prompt, t=t, noise=noise)
    grad_b, _, _ = g.step(z + 5.0, prompt, t=t, noise=torch.randn_like(noise))
    assert_close(grad_a, grad_b)
    ab = PRIOR.alphas_cumprod[t].view(-1, 1, 1, 1)
    c = (1 - ab).sqrt() / (ab * 0.01 + 1 - ab)
    mu = prompt_params(prompt)[:3].view(1, 3, 1, 1)
    assert_close(grad_a, (ab.sqrt() * c * (2 * mu - mu)).expand_as(grad_a))


@settings(max_examples=15, deadline=None)
@given(**inputs, s=st.floats(1.0, 20.0))
def test_nfsd(seed, batch, prompt, s):
    z, t, noise, x_t = draw(seed, batch)
    cfg = NFSDConfig(guidance_scale=s)
    grad, _, _ = GUIDANCES["nfsd"](cfg, PRIOR).step(z, prompt, t=t, noise=noise)
    e_u, e_y, e_n = (eps_exact(x_t, t, ""), eps_exact(x_t, t, prompt),
                     eps_exact(x_t, t, cfg.negative_prompt))
    use_neg = (t >= 200).float().view(-1, 1, 1, 1)
    assert_close(grad, w_of("sds", t) * (e_u - use_neg * e_n + s * (e_y - e_u)))


@settings(max_examples=15, deadline=None)
@given(**inputs, step=st.integers(0, 99))
def test_csd_with_w2_annealed(seed, batch, prompt, step):
    z, t, noise, x_t = draw(seed, batch)
    cfg = CSDConfig(w1=40.0, w2=40.0, w2_anneal_end=0.2)
    grad, _, diag = GUIDANCES["csd"](cfg, PRIOR).step(z, prompt, None, step, 100, t=t, noise=noise)
    w2 = max(0.0, 40.0 * (1 - step / 20))
    assert diag["w2"] == pytest.approx(w2)
    e_u, e_y, e_n = (eps_exact(x_t, t, ""), eps_exact(x_t, t, prompt),
                     eps_exact(x_t, t, cfg.negative_prompt))
    assert_close(grad, w_of("sds", t) * (40.0 * (e_y - e_u) + w2 * (e_u - e_n)))


@settings(max_examples=15, deadline=None)
@given(**inputs, offset=st.lists(st.floats(-1, 1), min_size=3, max_size=3), log_scale=st.floats(-1, 1))
def test_vsd_with_a_given_particle_model(seed, batch, prompt, offset, log_scale):
    """eps_lora is the particle Gaussian N(mu_y + offset, (s_y e^log_scale)^2); the gradient is
    computed before the particle model's update, so it is exact whatever the update does."""
    z, t, noise, x_t = draw(seed, batch)
    g = GUIDANCES["vsd"](VSDConfig(guidance_scale=7.5), PRIOR)
    with torch.no_grad():
        g.particle.mean_offset.copy_(torch.tensor(offset))
        g.particle.log_std_scale.fill_(log_scale)
    grad, _, diag = g.step(z, prompt, t=t, noise=noise)
    p = prompt_params(prompt)
    mu_p, s_p = (p[:3] + torch.tensor(offset)).view(1, 3, 1, 1), float(p[3]) * float(torch.tensor(log_scale).exp())
    ab = PRIOR.alphas_cumprod[t].view(-1, 1, 1, 1)
    e_lora = (1 - ab).sqrt() * (x_t - ab.sqrt() * mu_p) / (ab * s_p ** 2 + 1 - ab)
    e_u, e_y = eps_exact(x_t, t, ""), eps_exact(x_t, t, prompt)
    assert_close(grad, w_of("sds", t) * (e_u + 7.5 * (e_y - e_u) - e_lora))
    assert diag["lora_skipped"] == 0.0 and diag["lora_loss"] > 0


@settings(max_examples=15, deadline=None)
@given(**inputs, ref_seed=st.integers(0, 1000))
def test_dds(seed, batch, prompt, ref_seed):
    z, t, noise, x_t = draw(seed, batch)
    ref = torch.randn(1, 3, 4, 5, generator=torch.Generator().manual_seed(ref_seed))
    g = GUIDANCES["dds"](DDSConfig(guidance_scale=7.5, source_suffix=", painting"), PRIOR)
    g.set_reference(ref)
    grad, _, _ = g.step(z, prompt, t=t, noise=noise)
    ab = PRIOR.alphas_cumprod[t].view(-1, 1, 1, 1)
    ref_t = ab.sqrt() * ref + (1 - ab).sqrt() * noise

    def cfg(x, p):
        e_u = eps_exact(x, t, "")
        return e_u + 7.5 * (eps_exact(x, t, p) - e_u)

    assert_close(grad, w_of("sds", t) * (cfg(x_t, prompt) - cfg(ref_t, prompt + ", painting")))


def _configured(method: str, prior):
    g = make_guidance(method, prior)
    if method == "dds":
        g.set_reference(torch.zeros(1, 3, 4, 4))
    return g


@pytest.mark.parametrize("method", list(GUIDANCES))
def test_loss_backward_applies_exactly_grad(method):
    g = _configured(method, PRIOR)
    z = torch.randn(2, 3, 4, 4, requires_grad=True)
    grad, loss, _ = g.step(z, "a red flower", None, 0, 10)
    loss.backward()
    assert_close(z.grad, grad)  # z - (z - grad) in float32: equal up to rounding
    # from images: z = 2 image - 1, so the image receives 2 grad
    img = torch.rand(2, 3, 4, 4, requires_grad=True)
    grad, loss, _ = g.step(img, "a red flower", None, 0, 10, space="image")
    loss.backward()
    assert_close(img.grad, 2 * grad)


@pytest.mark.parametrize("method, calls", [
    ("sds", [4]), ("bridge", [4]), ("nfsd", [6]), ("csd", [6]), ("dds", [8]), ("vsd", [4, 2, 2])])
def test_all_prompts_batched_into_one_model_call(recording, method, calls):
    """Classifier-free guidance (and the bridge's two prompts) cost one UNet call per step; VSD
    adds its particle model's prediction and one training evaluation."""
    g = _configured(method, recording)
    if method == "vsd":
        g.particle.predict_noise = _recorded(recording, g.particle.predict_noise)
    g.step(torch.zeros(2, 3, 4, 4), "a red flower", None, 0, 10)
    assert recording.calls == calls


def _recorded(recording, fn):
    def wrapper(x_t, t, emb):
        recording.calls.append(x_t.shape[0])
        return fn(x_t, t, emb)
    return wrapper


def test_view_suffixes_reach_the_prior_in_both_stages(recording):
    g = make_guidance("bridge", recording, BridgeConfig(switch_at=0.5))
    g.step(torch.zeros(2, 3, 4, 4), "a red flower", torch.tensor([0.0, 100.0]), 0, 10)
    assert recording.texts == ["a red flower, front view", "a red flower, side view", ""]
    recording.texts.clear()
    g.step(torch.zeros(2, 3, 4, 4), "a red flower", ["back", "overhead"], 5, 10)
    assert recording.texts == [
        "a red flower, back view", "a red flower, overhead view",
        "a red flower" + ARTIFACT_SUFFIX + ", back view", "a red flower" + ARTIFACT_SUFFIX + ", overhead view"]


@pytest.mark.parametrize("method", list(GUIDANCES))
def test_nan_guard_skips_the_step_and_says_so(recording, method, caplog):
    g = _configured(method, recording)
    recording.nan = True
    z = torch.randn(1, 3, 4, 4, requires_grad=True)
    with caplog.at_level(logging.WARNING, logger="sketch2real.guidance"):
        grad, loss, diag = g.step(z, "a red flower", None, 3, 10)
    assert diag["skipped"] == 1.0 and torch.equal(grad, torch.zeros_like(grad))
    loss.backward()
    assert torch.equal(z.grad, torch.zeros_like(z)) and torch.isfinite(loss)
    assert "non-finite gradient at step 3" in caplog.text


def test_gradient_clipping():
    z, t, noise, _ = draw(1, 2)
    raw, _, _ = make_guidance("sds", PRIOR).step(z, "a red flower", t=t, noise=noise)
    clipped, _, d = make_guidance("sds", PRIOR, SDSConfig(grad_clip=0.05)).step(
        z, "a red flower", t=t, noise=noise)
    assert float(raw.abs().max()) > 0.05
    assert torch.equal(clipped, raw.clamp(-0.05, 0.05)) and d["grad_max"] == pytest.approx(0.05)


def test_timesteps_follow_the_annealed_range():
    g = make_guidance("bridge", PRIOR, BridgeConfig(view_dependent=False))
    ts = [g.step(torch.zeros(8, 3, 2, 2), "a red flower", None, step, 100)[2] for step in range(0, 100, 5)]
    early = [d for d in ts if d["step"] < 20]
    late = [d for d in ts if d["step"] >= 20]
    assert all(d["t_hi"] == 980 for d in early) and all(d["t_hi"] == 500 for d in late)
    assert all(20 <= d["t"] <= 500 for d in late)


def test_seeded_steps_repeat():
    a = make_guidance("sds", PRIOR, SDSConfig(seed=5)).step(torch.zeros(1, 3, 4, 4), "a red flower")
    b = make_guidance("sds", PRIOR, SDSConfig(seed=5)).step(torch.zeros(1, 3, 4, 4), "a red flower")
    assert torch.equal(a.grad, b.grad)


@pytest.mark.parametrize("call, message", [
    (lambda g: g.step(torch.zeros(1, 4, 4, 4), "a red flower"), "3 channels"),
    (lambda g: g.step(torch.zeros(3, 4, 4), "a red flower"), "[B,C,H,W]"),
    (lambda g: g.step(torch.zeros(1, 3, 4, 4), "  "), "non-empty"),
    (lambda g: g.step(torch.zeros(1, 3, 4, 4), "a", t=torch.tensor([1000])), "indices"),
    (lambda g: g.step(torch.zeros(1, 3, 4, 4), "a", noise=torch.zeros(1, 3, 2, 2)), "noise shape"),
    (lambda g: g.step(torch.zeros(1, 3, 4, 4), "a", space="pixels"), "space"),
    (lambda g: g.step(torch.zeros(1, 3, 4, 4), "a", None, 0, 0), "total_steps"),
])
def test_bad_step_inputs_raise_one_line_errors(call, message):
    with pytest.raises(GuidanceConfigError, match=message.replace("[", r"\[").replace("]", r"\]")) as err:
        call(make_guidance("sds", PRIOR))
    assert "\n" not in str(err.value)


def test_config_and_registry_errors():
    with pytest.raises(GuidanceConfigError, match="unknown method"):
        make_guidance("ism", PRIOR)
    with pytest.raises(GuidanceConfigError, match="SDSConfig"):
        GUIDANCES["sds"](BridgeConfig(), PRIOR)
    with pytest.raises(GuidanceConfigError):
        SDSConfig(weighting="cosine")
    with pytest.raises(GuidanceConfigError):
        BridgeConfig(switch_at=1.5)
    with pytest.raises(GuidanceConfigError, match="set_reference"):
        make_guidance("dds", PRIOR).step(torch.zeros(1, 3, 4, 4), "a red flower")


def test_registry_and_configs_are_frozen_and_documented_per_field():
    assert list(GUIDANCES) == ["sds", "bridge", "nfsd", "csd", "vsd", "dds"]
    configs = [cls.Config for cls in GUIDANCES.values()] + [TimestepConfig]
    for config_type in configs:
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(config_type(), "seed", 1)
        for klass in config_type.__mro__:
            if not dataclasses.is_dataclass(klass) or klass is object:
                continue
            tree = ast.parse(inspect.getsource(klass).strip())
            body = tree.body[0].body
            for i, node in enumerate(body):
                if isinstance(node, ast.AnnAssign):
                    nxt = body[i + 1] if i + 1 < len(body) else None
                    assert isinstance(nxt, ast.Expr) and isinstance(nxt.value, ast.Constant), (
                        f"{klass.__name__}.{node.target.id} has no docstring")
