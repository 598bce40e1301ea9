"""Stable Diffusion through the real loading path, on a tiny model saved with save_pretrained."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
import torch

from sketch2real.guidance import (GUIDANCES, PriorLoadError, PriorNotFoundError, load_prior,
                                  make_guidance)
from sketch2real.guidance.priors.stable_diffusion import StableDiffusionPrior


@pytest.fixture(scope="module")
def sd(tiny_sd_folder) -> StableDiffusionPrior:
    torch.set_num_threads(1)
    return load_prior(tiny_sd_folder, "cpu")  # exactly what --model PATH does


def test_loaded_prior_has_the_protocol_attributes(sd, tiny_sd_folder):
    assert sd.name == tiny_sd_folder and sd.dtype == torch.float32
    assert (sd.latent_channels, sd.latent_scale, sd.image_size) == (4, 4, 64)
    assert sd.alphas_cumprod.shape == (1000,) and sd.prediction_type == "epsilon"
    assert not any(p.requires_grad for m in (sd.unet, sd.vae, sd.text_encoder) for p in m.parameters())
    assert not sd.unet.training
    # the tokenizer written by the test came back, merges included: "red" is one token
    ids = sd.tokenizer("red").input_ids
    assert len(ids) == 3 and sd.tokenizer.convert_ids_to_tokens(ids[1]) == "red</w>"


def test_prompt_embeddings_are_cached(sd):
    before = sd._cache.misses
    a = sd.encode_prompts(["a red flower", "a red flower", ""])
    b = sd.encode_prompts(["a red flower"])
    assert a.shape == (3, 16, 32) and torch.equal(a[0], b[0]) and sd._cache.misses - before <= 2


def test_encode_is_differentiable_and_decode_gives_images(sd):
    img = torch.rand(1, 3, 64, 64, requires_grad=True)
    z = sd.encode_images(img)
    assert z.shape == (1, 4, 16, 16) and z.dtype == torch.float32
    z.sum().backward()
    assert img.grad is not None and img.grad.abs().sum() > 0
    out = sd.decode_latents(z.detach())
    assert out.shape == (1, 3, 64, 64) and float(out.min()) >= 0 and float(out.max()) <= 1


@pytest.mark.parametrize("method", list(GUIDANCES))
def test_five_steps_of_each_gradient_through_the_loaded_model(sd, method):
    guidance = make_guidance(method, sd)
    images = torch.rand(2, 3, 48, 48, requires_grad=True)  # resized to 64 inside
    if method == "dds":
        guidance.set_reference(torch.rand(1, 3, 64, 64), space="image")
    if method == "vsd":
        lora = [p.detach().clone() for p in guidance.particle.parameters()]
        probe = (torch.randn(1, 4, 16, 16), torch.tensor([500]), sd.encode_prompts(["a red flower"]))
        with torch.no_grad():
            before = sd.predict_noise(*probe)
    for step in range(5):
        space = "image" if step % 2 == 0 else "latent"
        x = images if space == "image" else torch.randn(2, 4, 16, 16, requires_grad=True)
        grad, loss, diag = guidance.step(x, "a red flower", torch.tensor([10.0, 120.0]), step, 5,
                                         space=space)
        loss.backward()
        assert grad.shape == (2, 4, 16, 16) and torch.isfinite(grad).all()
        assert diag["skipped"] == 0.0 and set(diag) >= {"t", "w", "grad_norm", "loss"}
        assert x.grad is not None and torch.isfinite(x.grad).all()
    if method == "vsd":
        changed = [not torch.equal(a, b) for a, b in zip(lora, guidance.particle.parameters())]
        assert any(changed)  # the LoRA was trained on the fly
        with torch.no_grad():
            after = sd.predict_noise(*probe)
        torch.testing.assert_close(after, before)  # the prior itself is untouched
    guidance.close()


def test_v_prediction_models_are_converted_to_eps():
    from sketch2real.guidance.priors.tiny_random import build_tiny_sd_components

    c = build_tiny_sd_components(seed=1)
    c["scheduler"] = c["scheduler"].__class__.from_config(c["scheduler"].config,
                                                          prediction_type="v_prediction")
    prior = StableDiffusionPrior.from_components(c)
    x_t, t, emb = torch.randn(2, 4, 16, 16), torch.tensor([100, 800]), prior.encode_prompts(["a", "b"])
    with torch.no_grad():
        v = prior.unet(x_t, t, encoder_hidden_states=emb).sample
        eps = prior.predict_noise(x_t, t, emb)
    ab = prior.alphas_cumprod[t].view(-1, 1, 1, 1)
    torch.testing.assert_close(eps, ab.sqrt() * v + (1 - ab).sqrt() * x_t)


def test_missing_folder_gives_one_clear_line(tmp_path):
    with pytest.raises(PriorNotFoundError) as err:
        load_prior(str(tmp_path / "no-such-model"))
    msg = str(err.value)
    assert "no-such-model does not exist" in msg and "save_pretrained" in msg and "\n" not in msg


def test_folder_without_the_components_names_what_is_missing(tmp_path, tiny_sd_folder):
    (tmp_path / "unet").mkdir()
    (tmp_path / "vae").mkdir()
    with pytest.raises(PriorNotFoundError, match="missing text_encoder/, tokenizer/, scheduler/"):
        load_prior(str(tmp_path))
    (tmp_path / "model.ckpt").write_text("x")
    with pytest.raises(PriorNotFoundError, match="is a file"):
        load_prior(str(tmp_path / "model.ckpt"))


def test_hub_id_offline_says_where_it_looked_and_how_to_get_it(tmp_path, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "hub"))
    with pytest.raises(PriorNotFoundError) as err:
        load_prior("stabilityai/stable-diffusion-2-1-base")
    msg = str(err.value)
    assert str(tmp_path / "hub") in msg and "HF_HUB_OFFLINE=1" in msg
    assert "hf download stabilityai/stable-diffusion-2-1-base" in msg
    assert "\n" not in msg


def test_dtype_and_device_checks():
    with pytest.raises(PriorLoadError, match="need CUDA"):
        load_prior("tiny-random", "cpu", "fp16")
    if not torch.cuda.is_available():
        with pytest.raises(PriorLoadError, match="no CUDA"):
            load_prior("analytic", "cuda")


def test_tiny_random_is_seeded():
    a = load_prior("tiny-random", seed=0).unet.conv_in.weight
    b = load_prior("tiny-random", seed=0).unet.conv_in.weight
    c = load_prior("tiny-random", seed=1).unet.conv_in.weight
    assert torch.equal(a, b) and not torch.equal(a, c)


def test_save_tiny_random_writes_a_loadable_folder(tmp_path):
    from sketch2real.guidance.priors.tiny_random import save_tiny_random

    folder = save_tiny_random(str(tmp_path / "tiny"))
    assert os.path.isfile(os.path.join(folder, "model_index.json"))
    prior = load_prior(folder)
    ref = load_prior("tiny-random")
    assert torch.equal(prior.unet.conv_in.weight, ref.unet.conv_in.weight)


def test_guidance_imports_no_heavy_or_foreign_module():
    code = ("import sys, sketch2real.guidance, sketch2real.guidance.optimize_image; "
            "bad = [m for m in sys.modules if m.split('.')[0] in ('diffusers', 'transformers', 'peft')"
            " or m.startswith(('sketch2real.geometry', 'sketch2real.server', 'sketch2real.pipeline'))]; "
            "print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.gpu
def test_fp16_on_cuda(tiny_sd_folder):
    prior = load_prior(tiny_sd_folder, "cuda")
    assert prior.dtype == torch.float16
    grad, loss, diag = make_guidance("bridge", prior).step(
        torch.rand(2, 3, 64, 64, device="cuda"), "a red flower", torch.tensor([0.0, 90.0]), 0, 10,
        space="image")
    assert grad.dtype == torch.float32 and diag["skipped"] == 0.0


def test_vsd_takes_its_lora_off_the_shared_unet_however_the_run_ends(sd):
    """The prior is shared across jobs: VSD's adapter must be gone after the guidance closes,
    also when the run stops with an error."""
    with pytest.raises(RuntimeError, match="job failed"):
        with make_guidance("vsd", sd) as guidance:
            assert guidance.particle.adapter_name in sd.unet.peft_config
            raise RuntimeError("job failed")
    assert guidance.particle.adapter_name not in getattr(sd.unet, "peft_config", {})
    with make_guidance("vsd", sd) as again:          # a second job can add its own again
        assert again.particle.adapter_name in sd.unet.peft_config
    assert again.particle.adapter_name not in getattr(sd.unet, "peft_config", {})
