"""The WebXR path with an emulated headset: the ``iwer`` runtime (Meta's Immersive Web Emulation
Runtime, a test-only npm dependency in web/package.json) is injected before the page's scripts,
posing as a Quest 3 with Touch controllers. The page offers VR and AR, enters an immersive-vr
session, the right controller draws a stroke with the trigger, and the grip submits it; the
preview and result appear in the same frame.

This exercises the page's WebXR code against the WebXR Device API as iwer implements it, not a
headset: no Quest Browser, no real tracking, no passthrough was tried here (docs/web.md)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from web_helpers import IWER, page_state, require, wait_state

SHOTS = Path(os.environ["SKETCH2REAL_WEB_SHOTS"]) if os.environ.get("SKETCH2REAL_WEB_SHOTS") \
    else None
HARNESS = """
(() => {
  const device = new IWER.XRDevice(IWER.metaQuest3);
  device.installRuntime({ forceInstall: true });
  device.stereoEnabled = false;  // one view: half the SwiftShader work
  device.position.set(0, 1.6, 0.6);
  window.__xrDevice = device;
})();
"""


@pytest.fixture
def xr_page(browser):
    require(IWER.exists(), "iwer (web/node_modules)", "bash scripts/build_web.sh, which runs npm ci")
    context = browser.new_context(viewport={"width": 800, "height": 500})
    context.add_init_script(path=str(IWER))
    context.add_init_script(script=HARNESS)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.errors = errors
    yield page
    context.close()


def controller(page, js: str):
    page.evaluate(f"() => {{ const c = window.__xrDevice.controllers.right; {js} }}")


def test_xr_session_draw_with_controller_and_submit(stack, xr_page):
    page = xr_page
    page.goto(stack.url)
    state = wait_state(page, "s.ready && s.xr.vr", 30, "the page to offer VR")
    assert state["xr"]["ar"], state  # the Quest 3 profile offers immersive-ar (passthrough)
    assert page.locator("#enter-vr").is_visible() and page.locator("#enter-ar").is_visible()
    page.fill("#prompt", "a blue vase")  # typed on the 2D page before entering
    page.click("#enter-vr")
    wait_state(page, "s.xr.presenting && s.xr.mode === 'immersive-vr'", 20, "the XR session")
    # Trigger held: the brush tip draws while the controller moves through the air.
    controller(page, "c.position.set(0.1, 1.2, 0.2);")
    page.wait_for_timeout(200)
    controller(page, "c.updateButtonValue('trigger', 1);")
    for i in range(1, 13):
        controller(page, f"c.position.set(0.1 - {i} * 0.02, 1.2 + {i} * 0.015, 0.2 - {i} * 0.005);")
        page.wait_for_timeout(60)
    controller(page, "c.updateButtonValue('trigger', 0);")
    state = wait_state(page, "s.xr.strokes >= 1", 10, "the controller's stroke")
    assert state["strokes"] == 1 and state["points"] >= 5, state
    points = page.evaluate("""() => Array.from(window.sketch2real.app.view.strokes[0].points)""")
    xs, ys = points[0::3], points[1::3]
    # Real scale, in the floor frame: the stroke spans about what the hand moved (0.2 m left,
    # 0.16 m up) at about the height the hand was (1.2-1.4 m above the floor).
    assert 0.1 < max(xs) - min(xs) < 0.4 and 1.0 < min(ys) and max(ys) < 1.6, (xs, ys)
    # Grip: submit.
    controller(page, "c.updateButtonValue('squeeze', 1);")
    page.wait_for_timeout(150)
    controller(page, "c.updateButtonValue('squeeze', 0);")
    state = wait_state(page, "s.jobId && s.previews >= 1", 30, "a preview in XR")
    state = wait_state(page, "s.resultLoaded", 60, "the result in XR")
    assert state["xr"]["presenting"] and state["resultTriangles"] > 0
    if SHOTS is not None:
        page.wait_for_timeout(300)
        page.screenshot(path=str(SHOTS / "xr.png"))
    # The result sits where the stroke was: its bounding box overlaps the stroke's.
    box = page.evaluate("""() => {
        const v = window.sketch2real.app.view;
        const g = v.sketchRoot.children[2];
        const b = new (v.camera.position.constructor)();
        let lo = [1e9, 1e9, 1e9], hi = [-1e9, -1e9, -1e9];
        g.traverse(o => { if (o.isMesh) { o.updateWorldMatrix(true, false);
            const p = o.geometry.attributes.position;
            for (let i = 0; i < p.count; i++) { b.fromBufferAttribute(p, i).applyMatrix4(o.matrixWorld);
              lo = [Math.min(lo[0], b.x), Math.min(lo[1], b.y), Math.min(lo[2], b.z)];
              hi = [Math.max(hi[0], b.x), Math.max(hi[1], b.y), Math.max(hi[2], b.z)]; } } });
        return {lo, hi}; }""")
    assert box["lo"][1] < max(ys) and box["hi"][1] > min(ys), box
    assert box["lo"][0] < max(xs) and box["hi"][0] > min(xs), box
    # Leave the session: the page is back on the desktop view.
    page.evaluate("() => window.sketch2real.app.xr.exit()")
    wait_state(page, "!s.xr.presenting", 10, "the session to end")
    assert not page.errors, page.errors
    assert page_state(page)["resultLoaded"]
