"""Fixtures for the web tests: the real server on loopback with the stand-in runner and the web
front beside it; Debian's Chromium driven by Playwright (one browser per module)."""

from __future__ import annotations

import pytest
from web_helpers import CHROMIUM_ARGS, Stack, chromium_path, require


@pytest.fixture
def stack(tmp_path):
    s = Stack(tmp_path / "data")
    yield s
    s.stop()


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        sync_playwright = None
    require(sync_playwright is not None, "the playwright package",
            "pip install -e '.[test]' (scripts/install.sh)")
    path = chromium_path()
    require(path is not None, "Debian's Chromium", "bash scripts/install_clients.sh, or "
            "apt-get install chromium")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=path, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1040, "height": 740}, accept_downloads=True)
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.errors = errors
    yield pg
    context.close()
