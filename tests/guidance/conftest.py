"""Fixtures of the guidance tests: the analytic prior, instrumented priors, a tiny Stable
Diffusion folder written with ``save_pretrained`` (built here, with a vocabulary written here).

All guidance tests run with one torch thread: on a shared 2-core machine, two threads spin
against other processes and a tiny UNet call goes from ~10 ms to seconds.
"""

from __future__ import annotations

import pytest
import torch

from sketch2real.guidance.priors.analytic import AnalyticPrior


@pytest.fixture(autouse=True)
def _one_thread():
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


@pytest.fixture
def analytic() -> AnalyticPrior:
    return AnalyticPrior("cpu")


class RecordingPrior(AnalyticPrior):
    """The analytic prior, recording each noise-prediction call (batch size) and each text
    encoded; ``nan_calls`` makes predictions NaN."""

    def __init__(self):
        super().__init__("cpu")
        self.calls: list[int] = []
        self.texts: list[str] = []
        self.nan = False

    def _encode_uncached(self, prompts):
        self.texts.extend(prompts)
        return super()._encode_uncached(prompts)

    def predict_noise(self, x_t, t, emb):
        self.calls.append(x_t.shape[0])
        eps = super().predict_noise(x_t, t, emb)
        return eps * float("nan") if self.nan else eps


@pytest.fixture
def recording() -> RecordingPrior:
    return RecordingPrior()


def test_vocab() -> tuple[dict[str, int], list[str]]:
    """A byte-level CLIP vocabulary written for the tests: the specials, printable ASCII alone
    and as word ends, and two merges ("r e" -> "re", "re d</w>" -> "red</w>")."""
    vocab = {"<|startoftext|>": 0, "<|endoftext|>": 1}
    for code in range(33, 127):
        vocab[chr(code)] = len(vocab)
        vocab[chr(code) + "</w>"] = len(vocab)
    vocab["re"] = len(vocab)
    vocab["red</w>"] = len(vocab)
    return vocab, ["r e", "re d</w>"]


test_vocab.__test__ = False  # a helper, not a test


@pytest.fixture(scope="session")
def tiny_sd_folder(tmp_path_factory) -> str:
    """A tiny SD-architecture model (UNet2DConditionModel, AutoencoderKL, CLIPTextModel +
    CLIPTokenizer, DDPMScheduler) saved by ``StableDiffusionPipeline.save_pretrained``: exactly
    the folder layout of a user's model."""
    from diffusers import StableDiffusionPipeline

    from sketch2real.guidance.priors.tiny_random import build_tiny_sd_components

    vocab, merges = test_vocab()
    c = build_tiny_sd_components(seed=3, vocab=vocab, merges=merges)
    pipe = StableDiffusionPipeline(vae=c["vae"], text_encoder=c["text_encoder"],
                                   tokenizer=c["tokenizer"], unet=c["unet"],
                                   scheduler=c["scheduler"], safety_checker=None,
                                   feature_extractor=None, requires_safety_checker=False)
    folder = tmp_path_factory.mktemp("tiny-sd") / "model"
    pipe.save_pretrained(str(folder))
    return str(folder)
