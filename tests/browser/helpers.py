"""Driving the dashboard like a person: wait until idle, read the map, press keys."""

from __future__ import annotations

import re
import time
from typing import Any

from playwright.sync_api import FrameLocator, Page

MAP_FRAME = "iframe[title='streamlit_folium.st_folium']"

# Every site marker's id and style, read from Leaflet's own layers inside the map iframe.
READ_MARKERS = """() => Object.values(window.map._layers)
  .filter(l => l.feature && l.feature.properties && l.feature.properties.kind)
  .map(l => ({id: l.feature.properties.id, fill: l.options.fillColor,
              fillOpacity: l.options.fillOpacity, active: l.feature.properties.active}))"""


def wait_idle(page: Page, timeout: float = 30) -> None:
    """Streamlit is idle when the app reports notRunning twice, 200 ms apart (inputs are debounced)."""
    idle = "[data-testid='stApp'][data-test-script-state='notRunning']"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        page.wait_for_selector(idle, timeout=timeout * 1000)
        time.sleep(0.2)
        if page.query_selector(idle):
            return
    raise TimeoutError("the app did not become idle")


def open_app(page: Page, base_url: str, query: str = "") -> None:
    page.goto(f"{base_url}/{query}")
    page.wait_for_selector(MAP_FRAME)
    wait_idle(page)
    wait_for_markers(page)


def map_frame(page: Page) -> FrameLocator:
    return page.frame_locator(MAP_FRAME)


def map_js_frame(page: Page):
    handle = page.wait_for_selector(MAP_FRAME)
    return handle.content_frame()


def wait_for_markers(page: Page, timeout: float = 30) -> list[dict]:
    frame = map_js_frame(page)
    frame.wait_for_function(
        "() => window.map && Object.values(window.map._layers).some(l => l.feature)", timeout=timeout * 1000
    )
    return frame.evaluate(READ_MARKERS)


def markers(page: Page) -> dict[str, dict]:
    return {m["id"]: m for m in map_js_frame(page).evaluate(READ_MARKERS)}


def wait_for_day(page: Page, day: str, timeout: float = 30) -> None:
    page.wait_for_function(
        "day => { const el = document.querySelector('[data-testid=ba-day]'); return el && el.textContent === day; }",
        arg=day,
        timeout=timeout * 1000,
    )


def day_shown(page: Page) -> str:
    return page.locator("[data-testid=ba-day]").inner_text()


def url_param(page: Page, name: str) -> str | None:
    match = re.search(rf"[?&]{name}=([^&]*)", page.url)
    return match.group(1) if match else None


def wait_for_param(page: Page, name: str, value: str, timeout: float = 15) -> None:
    """The URL is updated just after a rerun ends; wait for it rather than race it."""
    page.wait_for_function(
        "([name, value]) => new URLSearchParams(window.location.search).get(name) === value",
        arg=[name, value],
        timeout=timeout * 1000,
    )


def wait_for_sites(page: Page, predicate: str, timeout: float = 30) -> None:
    """Wait until `predicate` (JS, over the drawn sites' properties) holds in the map iframe."""
    map_js_frame(page).wait_for_function(
        "predicate => { const sites = Object.values(window.map._layers)"
        ".filter(l => l.feature && l.feature.properties.kind).map(l => l.feature.properties);"
        " return new Function('sites', 'return ' + predicate)(sites); }",
        arg=predicate,
        timeout=timeout * 1000,
    )


def assert_no_failure(page: Page) -> None:
    """Neither a traceback nor the app's 'something went wrong' message is on the page."""
    assert not page.query_selector("[data-testid='stException']")
    assert "Something went wrong" not in page.inner_text("body")


FILE_PREFIXES = ("file:", "data:", "blob:", "about:")


def files_only(context: Any) -> list[str]:
    """Let a browser context read files and nothing else (a static page opened from disk); the
    returned list receives every request it refused."""
    blocked: list[str] = []

    def route(request_route: Any) -> None:
        url = request_route.request.url
        if url.startswith(FILE_PREFIXES):
            request_route.continue_()
        else:
            blocked.append(url)
            request_route.abort()

    context.route("**/*", route)
    return blocked
