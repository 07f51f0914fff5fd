"""Browser-side costs in headless Chromium against a real `streamlit run`, network off the machine blocked.

For each app (ours, and the naive baseline) and dataset: time to first map, latency from a keyboard
slider move and from a "Next change" click to the map repainted with the new state (p50/p95),
whether the map iframe re-mounted (blanks) during updates, and the JS heap after the first and
after the last of 50 moves.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

from playwright.sync_api import Frame, Page, sync_playwright

from bench.timing import p50, percentile
from geodata.dataset import load_dataset
from geodata.timeline import Timeline
from tests.browser.conftest import LOCAL_PREFIXES, start_server, stop_server
from tests.browser.helpers import MAP_FRAME, wait_idle

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")

# Wrap the dashboard's apply so each repaint records when it happened (after the next frame).
INSTRUMENT_ATLAS = """() => {
  if (window.__instrumented) return;
  window.__instrumented = true; window.__applied = 0;
  const original = window.atlas.apply;
  window.atlas.apply = function (codes, selected) {
    original(codes, selected);
    requestAnimationFrame(() => { window.__applied += 1; window.__appliedAt = Date.now(); });
  };
}"""
# When the user acts: the time of the key press or click event itself, taken in the page, so the
# figure excludes the automation's own overhead before the event reaches the page.
WATCH_ACTIONS = """() => {
  const mark = () => { window.__actionAt = Date.now(); };
  document.addEventListener('keydown', mark, true);
  document.addEventListener('mousedown', mark, true);
}"""
WATCH_REMOUNTS = """() => {
  window.__frameSwaps = 0;
  new MutationObserver(records => records.forEach(r => r.addedNodes.forEach(n => {
    if (n.nodeType === 1 && (n.matches('iframe[title="streamlit_folium.st_folium"]') ||
        n.querySelector && n.querySelector('iframe[title="streamlit_folium.st_folium"]'))) window.__frameSwaps += 1;
  }))).observe(document.body, {childList: true, subtree: true});
}"""


def map_frame(page: Page) -> Frame:
    return page.wait_for_selector(MAP_FRAME, timeout=120_000).content_frame()


def heap_mb(page: Page) -> float:
    client = page.context.new_cdp_session(page)
    client.send("HeapProfiler.collectGarbage")
    used = client.send("Runtime.getHeapUsage")["usedSize"]
    client.detach()
    return used / 1e6


class Driver:
    """Knows how to tell, for one app, that the map shows a new state."""

    def __init__(self, page: Page, kind: str, n_sites: int) -> None:
        self.page, self.kind, self.n_sites = page, kind, n_sites

    def ready(self, timeout: float = 300) -> None:
        if self.kind == "atlas":
            map_frame(self.page).wait_for_function(
                f"() => window.atlas && window.atlas.markers.length === {self.n_sites}", timeout=timeout * 1000
            )
            map_frame(self.page).evaluate(INSTRUMENT_ATLAS)
        else:
            map_frame(self.page).wait_for_function(
                f"() => window.__dayAt && document.querySelectorAll('.leaflet-marker-icon').length === {self.n_sites}",
                timeout=timeout * 1000,
            )

    def mark(self) -> Any:
        if self.kind == "atlas":
            return map_frame(self.page).evaluate("() => window.__applied")
        return self.page.evaluate("() => document.querySelector('[data-testid=ba-day]').textContent")

    def wait_repaint(self, before: Any, page: Page, timeout: float = 120) -> float | None:
        deadline = time.monotonic() + timeout
        t0 = None
        while time.monotonic() < deadline:
            try:
                t0 = t0 or page.evaluate("() => window.__actionAt")
                if t0 is None:
                    time.sleep(0.005)
                    continue
                frame = map_frame(self.page)
                if self.kind == "atlas":
                    if frame.evaluate("() => window.__applied") > before:
                        return (frame.evaluate("() => window.__appliedAt") - t0) / 1000
                else:
                    shown = self.page.evaluate("() => document.querySelector('[data-testid=ba-day]').textContent")
                    state = frame.evaluate(
                        "() => [window.__day, window.__dayAt, document.querySelectorAll('.leaflet-marker-icon').length]"
                    )
                    if shown != before and state[0] == shown and state[2] == self.n_sites and state[1]:
                        return (state[1] - t0) / 1000
            except Exception:
                pass
            time.sleep(0.005)
        return None


def offline_page(playwright: Any) -> tuple[Any, Page]:
    """A freshly launched Chromium and a page whose requests off 127.0.0.1 are all refused."""
    browser = playwright.chromium.launch(
        executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
    )
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    context.route("**/*", lambda r: r.continue_() if r.request.url.startswith(LOCAL_PREFIXES) else r.abort())
    page = context.new_page()
    page.set_default_timeout(300_000)
    return browser, page


def first_map_times(url: str, kind: str, n_sites: int, loads: int = 5) -> list[float]:
    """Seconds from navigation to the sites on the map, each load in a freshly launched browser
    (nothing cached), against a server that has already served one page."""
    times = []
    with sync_playwright() as playwright:
        for _ in range(loads):
            browser, page = offline_page(playwright)
            started = time.perf_counter()
            page.goto(f"{url}/")
            Driver(page, kind, n_sites).ready()
            times.append(time.perf_counter() - started)
            browser.close()
    return times


def run_app(url: str, kind: str, timeline: Timeline, n_sites: int, moves: int) -> dict[str, Any]:
    points = timeline.change_points
    start = points[len(points) // 3]
    with sync_playwright() as playwright:
        browser, page = offline_page(playwright)
        t_load = time.perf_counter()
        page.goto(f"{url}/?date={start.isoformat()}")
        driver = Driver(page, kind, n_sites)
        driver.ready()
        first_map = time.perf_counter() - t_load
        wait_idle(page, timeout=300)
        page.evaluate(WATCH_REMOUNTS)
        page.evaluate(WATCH_ACTIONS)
        slider = page.get_by_role("slider", name="Date")
        next_button = page.get_by_role("button", name="Next change")
        next_times: list[float] = []
        slider_times: list[float] = []
        misses = 0
        heap_first = heap_last = float("nan")
        for move in range(moves):
            for action in ("next", "left", "right"):
                before = driver.mark()
                if action == "next":
                    next_button.hover()
                else:
                    slider.focus()
                page.evaluate("() => { window.__actionAt = null; }")
                if action == "next":
                    page.mouse.down()
                    page.mouse.up()
                else:
                    page.keyboard.press("ArrowLeft" if action == "left" else "ArrowRight")
                latency = driver.wait_repaint(before, page)
                wait_idle(page, timeout=300)
                if latency is None:
                    misses += 1
                else:
                    (next_times if action == "next" else slider_times).append(latency)
            if move == 0:
                heap_first = heap_mb(page)
        heap_last = heap_mb(page)
        swaps = page.evaluate("() => window.__frameSwaps")
        browser.close()
    return {
        "first_map": first_map,
        "next_p50": p50(next_times),
        "next_p95": percentile(next_times, 95),
        "slider_p50": p50(slider_times),
        "slider_p95": percentile(slider_times, 95),
        "samples": len(next_times) + len(slider_times),
        "misses": misses,
        "remounts": swaps,
        "heap_first_mb": heap_first,
        "heap_last_mb": heap_last,
        "moves": moves * 3,
    }


def measure(
    directory: Path | None, label: str, moves: int, naive_moves: int, apps: tuple[str, ...] = ("atlas", "naive")
) -> dict[str, Any]:
    timeline = Timeline(load_dataset(directory))
    n_sites = len(timeline.site_ids)
    results: dict[str, Any] = {"label": label, "sites": n_sites}
    for kind, script, count in (("atlas", "dashboard/app.py", moves), ("naive", "bench/naive_app.py", naive_moves)):
        if kind not in apps:
            continue
        server = start_server(directory, name=f"bench-{kind}-{label}", script=script)
        try:
            results[kind] = run_app(server.url, kind, timeline, n_sites, count)
            warm = first_map_times(server.url, kind, n_sites, loads=5 if n_sites < 5000 else 2)
            results[kind]["first_map_warm_p50"] = p50(warm)
            results[kind]["first_map_warm"] = warm
        finally:
            stop_server(server)
    return results


if __name__ == "__main__":
    import json
    import sys

    directory = Path(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1] != "-" else None
    apps = tuple(sys.argv[2].split(",")) if len(sys.argv) > 2 else ("atlas", "naive")
    print(json.dumps(measure(directory, "adhoc", 3, 2, apps), indent=1, default=str))
