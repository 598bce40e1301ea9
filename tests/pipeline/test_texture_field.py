"""Texture field: starts grey, indices stay in their tables, gradients reach tables and MLP, and
a few Adam steps fit a two-colour field."""

import torch

import math

import pytest

from sketch2real.geometry.texture_field import (SATURATED_LOGIT, TextureField,
                                                TextureFieldConfig, saturated_share)

SMALL = TextureFieldConfig(levels=6, log2_table_size=12, base_resolution=4, max_resolution=64,
                           hidden=16)


def test_starts_uniform_grey_and_is_seeded():
    a = TextureField(SMALL, generator=torch.Generator().manual_seed(3))
    b = TextureField(SMALL, generator=torch.Generator().manual_seed(3))
    p = torch.rand(100, 3) - 0.5
    out = a(p)
    assert out.shape == (100, 3) and out.dtype == torch.float32
    assert torch.allclose(out, torch.full_like(out, 0.5))
    assert torch.equal(a.tables, b.tables)
    assert a(torch.zeros(0, 3)).shape == (0, 3)


def test_dense_and_hashed_levels_index_inside_the_table():
    f = TextureField(SMALL)
    assert bool(f.dense[0]) and not bool(f.dense[-1])        # coarse levels dense, fine hashed
    corners = torch.stack([torch.zeros(6, 3, dtype=torch.long),
                           (f.resolutions.view(-1, 1) * torch.ones(6, 3, dtype=torch.long))])
    idx = f._index(corners)                                   # [2, L]: both cube corners
    assert int(idx.min()) >= 0 and int(idx.max()) < f.table_size
    # Points outside the cube clamp to its faces instead of failing.
    assert torch.isfinite(f(torch.tensor([[2.0, -3.0, 0.0]]))).all()


def test_fits_a_two_colour_field():
    torch.manual_seed(0)
    f = TextureField(SMALL, generator=torch.Generator().manual_seed(0))
    opt = torch.optim.Adam(f.parameters(), lr=0.03)
    red, blue = torch.tensor([0.9, 0.1, 0.1]), torch.tensor([0.1, 0.2, 0.9])
    for step in range(150):
        p = torch.rand(512, 3) - 0.5
        target = torch.where((p[:, :1] > 0), red, blue)
        loss = ((f(p) - target) ** 2).mean()
        opt.zero_grad()
        loss.backward()
        if step == 1:  # the output layer starts at zero, so tables learn from the second step
            assert f.tables.grad is not None and f.tables.grad.abs().sum() > 0
        opt.step()
    q = torch.tensor([[0.3, 0.1, -0.2], [-0.3, 0.0, 0.2]])
    out = f.query(q)
    assert (out[0] - red).abs().max() < 0.1 and (out[1] - blue).abs().max() < 0.1


def test_the_range_penalty_is_silent_in_the_normal_range():
    f = TextureField(SMALL)
    bound = SMALL.logit_bound
    assert math.isclose(1 / (1 + math.exp(-bound)), 0.99, abs_tol=0.001)   # colours in [0.01, 0.99]
    inside = torch.tensor([[bound, -bound, 0.0], [1.0, -3.0, 4.5]])
    assert float(f.range_penalty(inside)) == 0.0
    outside = torch.tensor([[bound + 1.0, 0.0, -(bound + 2.0)]], requires_grad=True)
    pen = f.range_penalty(outside)
    assert float(pen.detach()) == pytest.approx(SMALL.range_weight * (1.0 + 4.0))
    pen.backward()
    assert outside.grad[0].tolist() == pytest.approx([2 * SMALL.range_weight, 0.0,
                                                      -4 * SMALL.range_weight])
    with pytest.raises(ValueError, match="logit_bound"):
        TextureFieldConfig(logit_bound=SATURATED_LOGIT + 1)


def test_saturated_share_counts_texels_that_round_to_0_or_255():
    assert math.isclose(1 / (1 + math.exp(-SATURATED_LOGIT)), 254.5 / 255, rel_tol=1e-9)
    h = torch.tensor([[0.0, 0.0, 0.0], [SATURATED_LOGIT + 0.01, 0.0, 0.0],
                      [0.0, -SATURATED_LOGIT - 0.01, 0.0], [6.0, -6.0, 6.0]])
    assert float(saturated_share(h)) == 0.5
    assert float(saturated_share(torch.zeros(0, 3))) == 0.0


def test_a_strong_push_with_the_penalty_leaves_the_colour_movable():
    """SDS at s = 100 pushes a colour outward for 300 Adam steps (lr 0.03, the CPU presets'):
    without the penalty the logits run past where the sigmoid's gradient is exactly zero in
    float32; with it they stay under the saturation line, and a reversed push then moves the
    colour back."""
    torch.manual_seed(0)
    p = torch.rand(256, 3) - 0.5
    push = torch.tensor([100.0, -100.0, -100.0])
    ends = {}
    for penalised in (False, True):
        f = TextureField(SMALL, generator=torch.Generator().manual_seed(0))
        opt = torch.optim.Adam(f.parameters(), lr=0.03, betas=(0.9, 0.99), eps=1e-15)
        for _ in range(300):
            h = f.logits(p)
            loss = -(torch.sigmoid(h) * push).sum() + (f.range_penalty(h) if penalised else 0.0)
            opt.zero_grad()
            loss.backward()
            opt.step()
        ends[penalised] = (f, opt)
    with torch.no_grad():
        assert float(ends[False][0].logits(p).abs().min()) > 17.0      # sigmoid'(h) == 0.0 in float32
        assert float(ends[False][0](p)[:, 0].min()) == 1.0
        assert float(saturated_share(ends[True][0].logits(p))) == 0.0
    f, opt = ends[True]
    for _ in range(30):
        loss = (torch.sigmoid(f.logits(p)) * push).sum()   # now pull the other way
        opt.zero_grad()
        loss.backward()
        opt.step()
    with torch.no_grad():
        assert float(f(p)[:, 0].mean()) < 0.9
