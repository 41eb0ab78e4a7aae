"""Fixtures of the bot tests: the headless Chromium the web tests drive."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    """Debian's Chromium driven by Playwright, one per module (each test opens pages of its
    own). One per package would save about a second of CPU per module, but in a trial run
    under a load average of 11 a Chromium kept through all four web modules once missed a chat
    message for 30 s (cause not found; per-module ones passed there), so each module starts
    its own."""
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian chromium is not installed (make test / .ci/run install it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield b
        b.close()
