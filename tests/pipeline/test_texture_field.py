"""Texture field: starts grey, indices stay in their tables, gradients reach tables and MLP, and
a few Adam steps fit a two-colour field."""

import torch

from sketch2real.geometry.texture_field import TextureField, TextureFieldConfig

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
