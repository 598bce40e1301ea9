"""The page in a real browser: Debian's Chromium (headless, WebGL on SwiftShader) driven by
Playwright against a real server on loopback (stand-in runner) and its web front. Draw strokes
with the mouse, submit, see previews and the result in the scene (page state and a screenshot),
download the GLB and load it; a missing or wrong token gives a clear message; cancel; page
weight and time to first paint."""

from __future__ import annotations

import io
import json
import math
import os
from pathlib import Path

import numpy as np
from PIL import Image
from web_helpers import TOKEN, REPO, Stack, page_state, wait_state

SHOTS = Path(os.environ.get("SKETCH2REAL_WEB_SHOTS", "")) if os.environ.get(
    "SKETCH2REAL_WEB_SHOTS") else None
"""Set to a folder to keep the screenshots (the README's comes from here)."""
BACKGROUND = np.array([0x1D, 0x21, 0x29])


def open_page(page, url: str) -> dict:
    page.goto(url)
    return wait_state(page, "s.ready || s.errorCode", 30, "the server info")


def canvas_box(page) -> dict:
    return page.locator("#canvas").bounding_box()


def draw(page, points):
    """A mouse stroke through canvas-relative (x, y) fractions."""
    box = canvas_box(page)
    xy = [(box["x"] + fx * box["width"], box["y"] + fy * box["height"]) for fx, fy in points]
    page.mouse.move(*xy[0])
    page.mouse.down()
    for p in xy[1:]:
        page.mouse.move(*p, steps=2)
    page.mouse.up()


def orbit(page, dx: float):
    """Right-drag across the canvas by ``dx`` of its width: the orbit camera turns."""
    box = canvas_box(page)
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    page.mouse.move(x, y)
    page.mouse.down(button="right")
    page.mouse.move(x + dx * box["width"], y, steps=8)
    page.mouse.up(button="right")


def draw_flower(page):
    """A ring and a stem on the front plane; then the camera turns and a leaf is drawn on a
    plane facing the view: a 3D sketch."""
    ring = [(0.5 + 0.12 * math.cos(a), 0.34 + 0.17 * math.sin(a))
            for a in np.linspace(0, 2 * math.pi, 25)]
    draw(page, ring)
    draw(page, [(0.5, 0.52), (0.5, 0.66), (0.5, 0.8)])
    orbit(page, 0.15)
    page.select_option("#plane", "view")
    draw(page, [(0.5, 0.7), (0.44, 0.63), (0.38, 0.64)])
    page.select_option("#plane", "front")
    orbit(page, -0.1)


def screenshot_array(page, name: str | None = None) -> np.ndarray:
    png = page.locator("#view").screenshot()
    if SHOTS is not None and name:
        SHOTS.mkdir(parents=True, exist_ok=True)
        (SHOTS / name).write_bytes(png)
    return np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).astype(int)


def test_draw_submit_preview_result_download(stack, page, tmp_path):
    state = open_page(page, stack.url)
    assert state["ready"] and state["runner"] == "standin", state
    draw_flower(page)
    state = page_state(page)
    assert state["strokes"] == 3 and state["points"] > 20, state
    page.fill("#prompt", "a red flower")
    page.click("#submit")
    state = wait_state(page, "s.previews >= 1", 30, "a preview")
    assert state["jobId"] and not state["error"], state
    screenshot_array(page, "preview.png")
    state = wait_state(page, "s.resultLoaded", 60, "the result")
    assert state["jobState"] == "completed" and state["resultTriangles"] > 100, state
    page.wait_for_timeout(300)  # a frame after the result
    if SHOTS is not None:
        page.screenshot(path=str(SHOTS / "page.png"))
    img = screenshot_array(page, "result.png")
    h, w, _ = img.shape
    differs = np.abs(img - BACKGROUND).sum(axis=2) > 60
    assert differs.mean() > 0.05, "the canvas is (nearly) blank"
    # The result sits where the sketch was (the middle of the view) and is lit, not black:
    # the stand-in's GLB is not metallic any more.
    ys, xs = np.nonzero(differs[:int(h * 0.9)])  # above the hint line
    assert abs(xs.mean() / w - 0.5) < 0.2 and abs(ys.mean() / h - 0.5) < 0.25, (xs.mean(), ys.mean())
    lit = img[:int(h * 0.9)][differs[:int(h * 0.9)]]
    assert lit.mean(axis=0).max() > 100, lit.mean(axis=0)
    # The job list shows it.
    row = page.locator(f"#jobs tr[data-job-id='{state['jobId']}']")
    assert "completed" in row.inner_text()
    # Download the GLB from the page and load it.
    with page.expect_download() as info:
        page.click("#download")
    path = tmp_path / "result.glb"
    info.value.save_as(path)
    data = path.read_bytes()
    assert data[:4] == b"glTF" and len(data) == state["resultBytes"]
    import trimesh

    scene = trimesh.load(path)
    mesh = next(iter(scene.geometry.values()))
    assert len(mesh.faces) == state["resultTriangles"]
    assert not page.errors, page.errors


def test_cancel_from_the_page(tmp_path, page):
    s = Stack(tmp_path / "data", step=0.3)
    try:
        open_page(page, s.url)
        draw(page, [(0.4, 0.4), (0.5, 0.5), (0.6, 0.45)])
        page.fill("#prompt", "a slow thing")
        page.click("#submit")
        wait_state(page, "s.jobState === 'running'", 30, "the job to run")
        page.click("#cancel")
        state = wait_state(page, "s.jobState === 'cancelled'", 10, "the cancellation")
        assert not state["resultLoaded"]
        assert not page.errors, page.errors
    finally:
        s.stop()


def test_token_messages(tmp_path, page):
    s = Stack(tmp_path / "data", tokens={TOKEN: "carol"})
    try:
        state = open_page(page, s.url)
        assert state["errorCode"] == "Unauthenticated" and not state["ready"], state
        assert page.locator("#token-box").is_visible()
        assert "needs a token" in page.locator("#message").inner_text()
        page.fill("#token", "not-the-right-token-42")
        page.click("#token-save")
        wait_state(page, "s.error.includes('wrong token')", 10, "the wrong-token message")
        message = page.locator("#message")
        assert "refused the token (wrong token)" in message.inner_text()
        assert "error" in message.get_attribute("class")
        screenshot_array(page, "wrong-token.png")
        page.fill("#token", TOKEN)
        page.click("#token-save")
        state = wait_state(page, "s.ready && !s.error", 10, "the server info with the token")
        assert state["authRequired"] and state["runner"] == "standin"
        # Kept for the next visit (this browser's localStorage).
        page.reload()
        assert wait_state(page, "s.ready", 20)["authRequired"]
    finally:
        s.stop()


def test_page_weight_and_first_paint(stack, browser):
    """Bytes transferred on the first load (compressed, headers included) and the browser's
    first paint / first contentful paint, on loopback. Budget: 350 KB."""
    context = browser.new_context(viewport={"width": 1000, "height": 640})
    try:
        page = context.new_page()
        sizes = []
        page.on("requestfinished", lambda r: sizes.append((r.url, r.sizes())))
        page.goto(stack.url, wait_until="load")
        wait_state(page, "s.ready", 30)
        paints = {}
        for _ in range(50):  # the paint entries are recorded after the frame is presented
            paints = page.evaluate("""() => Object.fromEntries(
                performance.getEntriesByType('paint').map(e => [e.name, e.startTime]))""")
            if "first-contentful-paint" in paints:
                break
            page.wait_for_timeout(100)
        nav = page.evaluate("""() => { const n = performance.getEntriesByType('navigation')[0];
            return {domContentLoaded: n.domContentLoadedEventEnd, load: n.loadEventEnd}; }""")
        page_bytes = sum(s["responseBodySize"] + s["responseHeadersSize"]
                         for url, s in sizes if not url.split("/")[-2:-1] == ["sketch2real.v1.Sketch2Real"]
                         and "/sketch2real.v1." not in url)
        api_bytes = sum(s["responseBodySize"] + s["responseHeadersSize"] for url, s in sizes
                        if "/sketch2real.v1." in url)
        report = {"page_bytes": page_bytes, "api_bytes_first_load": api_bytes,
                  "requests": len(sizes), "app_js_bytes": (REPO / "sketch2real" / "web" / "static"
                                                           / "app.js").stat().st_size,
                  **{k: round(v, 1) for k, v in paints.items()},
                  **{k: round(v, 1) for k, v in nav.items()}}
        print("\nweb page on loopback:", json.dumps(report))
        assert "first-contentful-paint" in paints
        assert page_bytes < 350_000, report
    finally:
        context.close()
