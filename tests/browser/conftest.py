"""Real Chromium against a real `streamlit run`, with every request leaving 127.0.0.1 blocked.

Chromium is Debian's `/usr/bin/chromium` (never `playwright install`). Without it the browser tests
fail, unless SKIP_BROWSER=1 says to skip them.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.conftest import REPO

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
ARTIFACTS = REPO / "test-artifacts"
LOCAL_PREFIXES = ("http://127.0.0.1", "ws://127.0.0.1", "data:", "blob:", "about:")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/browser" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


def _require_chromium() -> None:
    """Missing Chromium fails the run: a green `make test` must mean the browser tests ran. Opt out
    explicitly with SKIP_BROWSER=1 (they are then skipped, loudly)."""
    if Path(CHROMIUM).exists():
        return
    reason = f"BROWSER TESTS NOT RUN: Chromium not found at {CHROMIUM} (apt-get install chromium)"
    if os.environ.get("SKIP_BROWSER") == "1":
        pytest.skip(reason + "; skipped because SKIP_BROWSER=1")
    pytest.fail(reason + ". Install it, or run with SKIP_BROWSER=1 to skip these tests.", pytrace=False)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Server:
    url: str
    process: subprocess.Popen
    log: Path


def start_server(
    data_dir: Path | None = None, name: str = "app", script: str = "dashboard/app.py", extra_args: tuple[str, ...] = ()
) -> Server:
    """`streamlit run` on a free port; returns once /_stcore/health answers ok."""
    port = free_port()
    ARTIFACTS.mkdir(exist_ok=True)
    log = ARTIFACTS / f"streamlit-{name}-{port}.log"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    env.pop("GEODATA_DIR", None)
    env.pop("BASES_ATLAS_RAISE", None)  # the browser sees what a user sees: a message, never a traceback
    if data_dir is not None:
        env["GEODATA_DIR"] = str(data_dir)
    command = [
        sys.executable, "-m", "streamlit", "run", script,
        "--server.headless", "true", "--server.address", "127.0.0.1", "--server.port", str(port),
        "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none", *extra_args,
    ]  # fmt: skip
    with open(log, "w") as handle:
        process = subprocess.Popen(command, cwd=REPO, env=env, stdout=handle, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"streamlit exited early; see {log}:\n{log.read_text()[-2000:]}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.read().decode().strip() == "ok":
                    return Server(url, process, log)
        except OSError:
            time.sleep(0.25)
    process.kill()
    raise RuntimeError(f"streamlit did not become healthy in 60 s; see {log}")


def stop_server(server: Server) -> None:
    server.process.terminate()
    try:
        server.process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.process.kill()


@pytest.fixture(scope="session")
def server() -> Iterator[Server]:
    _require_chromium()
    running = start_server()
    yield running
    stop_server(running)


@pytest.fixture(scope="session")
def browser():
    _require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
        )
        yield instance
        instance.close()


@dataclass
class Traffic:
    """Requests the page tried to send off the machine (all were blocked)."""

    blocked: list[tuple[str, str]] = field(default_factory=list)

    def of_type(self, *types: str) -> list[str]:
        return [url for kind, url in self.blocked if kind in types]


@pytest.fixture
def traffic() -> Traffic:
    return Traffic()


@pytest.fixture
def page(browser, traffic, request):
    context = browser.new_context(viewport={"width": 1366, "height": 900})

    def route(route_request):
        url = route_request.request.url
        if url.startswith(LOCAL_PREFIXES):
            route_request.continue_()
        else:
            traffic.blocked.append((route_request.request.resource_type, url))
            route_request.abort()

    context.route("**/*", route)
    new_page = context.new_page()
    new_page.set_default_timeout(30_000)
    yield new_page
    failed = getattr(request.node, "rep_call", None)
    if failed is not None and failed.failed:
        ARTIFACTS.mkdir(exist_ok=True)
        new_page.screenshot(path=str(ARTIFACTS / f"{request.node.name}.png"), full_page=True)
    context.close()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.when == "call":
        item.rep_call = report
    return report
