"""Timestep ranges and annealing, weightings, view directions, the embedding cache."""

from __future__ import annotations

import pytest
import torch

from sketch2real.guidance import GuidanceConfigError
from sketch2real.guidance.prompts import (ARTIFACT_SUFFIX, EmbeddingCache, ViewConfig,
                                          check_prompt, directions_for_batch, view_direction,
                                          view_prompt)
from sketch2real.guidance.schedule import (TimestepConfig, linear_ramp, sample_timesteps, t_range,
                                           weighting)

OFFICIAL = TimestepConfig(t_min=0.02, t_max=0.98, t_max_late=0.5, anneal_start=0.2, anneal_end=0.2)


def test_official_schedule_switches_after_first_fifth():
    # 25,000 steps: [20, 980] until step 5,000, then [20, 500].
    assert t_range(OFFICIAL, 0, 25000, 1000) == (20, 980)
    assert t_range(OFFICIAL, 4999, 25000, 1000) == (20, 980)
    assert t_range(OFFICIAL, 5000, 25000, 1000) == (20, 500)
    assert t_range(OFFICIAL, 24999, 25000, 1000) == (20, 500)


def test_linear_anneal_and_no_anneal():
    ramp = TimestepConfig(t_max=0.98, t_max_late=0.5, anneal_start=0.0, anneal_end=0.5)
    assert t_range(ramp, 0, 100, 1000) == (20, 980)
    assert t_range(ramp, 25, 100, 1000) == (20, 740)  # halfway: 0.98 - 0.24
    assert t_range(ramp, 50, 100, 1000) == (20, 500)
    assert t_range(TimestepConfig(), 99, 100, 1000) == (20, 980)


def test_sampled_timesteps_cover_the_range_and_stay_in_it():
    gen = torch.Generator().manual_seed(0)
    t = sample_timesteps(OFFICIAL, 4000, 10, 100, 1000, gen)
    assert t.dtype == torch.int64 and t.shape == (4000,)
    assert int(t.min()) == 20 and int(t.max()) == 980
    late = sample_timesteps(OFFICIAL, 4000, 50, 100, 1000, gen)
    assert int(late.min()) >= 20 and int(late.max()) == 500


@pytest.mark.parametrize("kwargs", [dict(t_min=0.5, t_max=0.4), dict(t_max=1.2),
                                    dict(t_max_late=0.01), dict(anneal_start=0.5, anneal_end=0.4),
                                    dict(t_min=float("nan"))])
def test_bad_timestep_configs_are_rejected(kwargs):
    with pytest.raises(GuidanceConfigError):
        TimestepConfig(**kwargs)


def test_weightings():
    ab = torch.tensor([0.25, 0.81])
    assert torch.allclose(weighting("uniform", ab), torch.ones(2))
    assert torch.allclose(weighting("sds", ab), torch.tensor([0.75, 0.19]))
    assert torch.allclose(weighting("fantasia3d", ab), torch.tensor([0.5 * 0.75, 0.9 * 0.19]))
    with pytest.raises(GuidanceConfigError):
        weighting("nope", ab)
    assert linear_ramp(0.1, 0.0, 0.2, 40.0, 0.0) == pytest.approx(20.0)
    assert linear_ramp(0.3, 0.0, 0.2, 40.0, 0.0) == 0.0


@pytest.mark.parametrize("az, el, expected", [
    (0, 0, "front"), (29, 0, "front"), (-29, 0, "front"), (31, 0, "side"), (90, 0, "side"),
    (-90, 10, "side"), (151, 0, "back"), (180, 0, "back"), (-170, 0, "back"), (360, 0, "front"),
    (540, 0, "back"), (0, 61, "overhead"), (180, 80, "overhead")])
def test_view_direction(az, el, expected):
    assert view_direction(az, el, ViewConfig()) == expected


def test_directions_for_batch_forms_and_errors():
    assert directions_for_batch(None, 2) == [None, None]
    assert directions_for_batch(torch.tensor([0.0, 90.0]), 2) == ["front", "side"]
    assert directions_for_batch(torch.tensor([[180.0, 0.0], [0.0, 70.0]]), 2) == ["back", "overhead"]
    assert directions_for_batch(["side", "back"], 2) == ["side", "back"]
    with pytest.raises(GuidanceConfigError):
        directions_for_batch(["left", "back"], 2)
    with pytest.raises(GuidanceConfigError):
        directions_for_batch(torch.zeros(3), 2)
    with pytest.raises(GuidanceConfigError):
        directions_for_batch(torch.tensor([float("nan"), 0.0]), 2)


def test_view_suffix_goes_last_and_artifact_suffix_is_the_papers():
    assert view_prompt("a flower" + ARTIFACT_SUFFIX, "side") == (
        "a flower, oversaturated, smooth, pixelated, cartoon, foggy, hazy, blurry, bad structure, "
        "noisy, malformed, side view")
    assert view_prompt("a flower", None) == "a flower"
    assert check_prompt("  a flower ") == "a flower"
    for bad in ("", "   ", None, 3):
        with pytest.raises(GuidanceConfigError):
            check_prompt(bad)


def test_embedding_cache_encodes_each_text_once_in_batches():
    batches = []

    def encode(texts):
        batches.append(list(texts))
        return torch.stack([torch.full((2,), float(len(t))) for t in texts])

    cache = EmbeddingCache(encode, max_items=3)
    out = cache.get(["a", "bb", "a"])
    assert out.shape == (3, 2) and out[:, 0].tolist() == [1.0, 2.0, 1.0]
    cache.get(["bb", "a"])
    assert batches == [["a", "bb"]] and cache.misses == 2
    cache.get(["ccc", "dddd"])  # evicts the least recently used
    assert len(cache) == 3
