"""``sketch2real image`` through the CLI's main(), on CPU, with small sizes."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from PIL import Image

from sketch2real import cli


@pytest.fixture(autouse=True)
def _only_the_image_command(monkeypatch):
    """Parse with the image command alone, so these tests do not depend on the other commands."""
    assert cli.COMMANDS["image"] == ("image", "optimise an image with a score-distillation gradient (2D mode)")
    monkeypatch.setattr(cli, "COMMANDS", {"image": cli.COMMANDS["image"]})


def _median_rgb(path) -> torch.Tensor:
    with Image.open(path) as im:
        assert im.mode == "RGB"
        pixels = torch.from_numpy(np.asarray(im, dtype=np.float32)).reshape(-1, 3)
        return pixels.median(dim=0).values / 255.0


def test_analytic_sds_from_noise_is_oversaturated_red(tmp_path):
    out = tmp_path / "sds.png"
    rc = cli.main(["image", "--init", "noise", "--prompt", "a red flower", "--method", "sds",
                   "--model", "analytic", "--steps", "150", "--size", "32", "-o", str(out)])
    assert rc == 0
    with Image.open(out) as im:
        assert im.size == (32, 32)
    r, g, b = _median_rgb(out).tolist()
    # the target red is (0.75, 0.25, 0.22); SDS at s=100 pushes most pixels to the gamut edge
    assert r > 0.95 and g < 0.05 and b < 0.05


def test_analytic_painting_to_real_and_dds_from_an_image(tmp_path):
    painting = tmp_path / "painting.png"
    Image.new("RGB", (24, 24), (170, 92, 92)).save(painting)  # a muted red
    for method in ("bridge", "dds"):
        out = tmp_path / f"{method}.png"
        rc = cli.main(["image", str(painting), "--prompt", "a red flower", "--method", method,
                       "--model", "analytic", "--source-suffix", ", painting", "--steps", "20",
                       "-o", str(out)])
        assert rc == 0
        with Image.open(out) as im:
            assert im.size == (24, 24)


def test_tiny_random_and_a_saved_folder(tmp_path, tiny_sd_folder):
    jpg = tmp_path / "init.jpg"
    Image.new("RGB", (40, 30), (30, 120, 200)).save(jpg)
    rc = cli.main(["image", "--init", "noise", "--prompt", "a red flower", "--model", "tiny-random",
                   "--steps", "3", "--device", "cpu", "-o", str(tmp_path / "tiny.png")])
    assert rc == 0
    rc = cli.main(["image", str(jpg), "--prompt", "a red flower", "--method", "vsd",
                   "--model", tiny_sd_folder, "--steps", "3", "--guidance-scale", "7.5",
                   "-o", str(tmp_path / "folder.png")])
    assert rc == 0
    for name in ("tiny.png", "folder.png"):
        with Image.open(tmp_path / name) as im:
            assert im.size == (64, 64)


@pytest.mark.parametrize("argv, message", [
    (["--init", "noise", "--prompt", "  "], "--prompt must be a non-empty text"),
    (["--init", "noise", "--prompt", "a", "--method", "ism"], "unknown method 'ism'"),
    (["--prompt", "a"], "give an initial image"),
    (["{tmp}/missing.png", "--prompt", "a"], "does not exist"),
    (["{tmp}/bad.png", "--prompt", "a"], "cannot read init image"),
    (["{tmp}/notes.txt", "--prompt", "a"], "must be a .png or .jpg"),
    (["--init", "noise", "--prompt", "a", "--model", "{tmp}/nowhere"], "nowhere does not exist"),
    (["--init", "noise", "--prompt", "a", "--model", "{tmp}"], "is not a Stable Diffusion folder"),
    (["--init", "noise", "--prompt", "a", "--method", "dds"], "dds edits a reference image"),
    (["--init", "noise", "--prompt", "a", "--steps", "0"], "--steps must be at least 1"),
    (["--init", "noise", "--prompt", "a", "--device", "tpu"], "device"),
    (["--init", "noise", "--prompt", "a", "--method", "sds", "--bridge-stop", "none"],
     "--bridge-stop applies to bridge"),
    (["--init", "noise", "--prompt", "a", "--method", "sds", "--paper"], "--paper is the bridge"),
])
def test_bad_input_is_one_line_and_exit_2(tmp_path, capsys, argv, message):
    (tmp_path / "bad.png").write_bytes(b"not a png")
    (tmp_path / "notes.txt").write_text("hello")
    argv = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    if "--model" not in argv:
        argv += ["--model", "analytic"]
    rc = cli.main(["image", *argv, "-o", str(tmp_path / "out.png")])
    err = capsys.readouterr().err.strip()
    assert rc == 2
    assert err.startswith("sketch2real image: error:") and message in err and "\n" not in err
    assert not (tmp_path / "out.png").exists()


def test_bridge_stop_and_paper_flags(tmp_path, monkeypatch):
    """--paper runs the official 2D configuration (1,000 steps unless --steps says, stage 2 to
    the end); --bridge-stop chooses the ending; the default fades."""
    from sketch2real.guidance import optimize_image

    seen = []
    real = optimize_image.optimize_latents

    def spy(guidance, prompt, latents, config, callback=None):
        seen.append((guidance.config, config))
        return real(guidance, prompt, latents, config, callback)

    monkeypatch.setattr(optimize_image, "optimize_latents", spy)
    base = ["image", "--init", "noise", "--prompt", "a red flower", "--model", "analytic",
            "--size", "16", "--steps", "4"]
    assert cli.main([*base, "-o", str(tmp_path / "a.png")]) == 0
    assert cli.main([*base, "--paper", "-o", str(tmp_path / "b.png")]) == 0
    assert cli.main([*base, "--paper", "--bridge-stop", "fade", "-o", str(tmp_path / "c.png")]) == 0
    (ours, ours_opt), (paper, paper_opt), (paper_fade, _) = seen
    assert ours.stop == "fade" and ours.bridge_weight == 25.0 and ours_opt.weight_decay == 0.0
    assert paper.stop == "none" and paper.bridge_weight == 40.0 and paper.switch_at == 0.5
    assert paper_opt.weight_decay == 0.01 and paper_opt.steps == 4 and paper.vae_sample
    assert paper_fade.stop == "fade"
