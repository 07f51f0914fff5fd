"""Browser-side costs in headless Chromium against a real `streamlit run`, network off the machine blocked.

Apps: ours (`dashboard/app.py`), the baseline (`bench/baseline_app.py`, streamlit-folium's documented
pattern) and, for the first map only, an empty Streamlit page with one st_folium map
(`bench/empty_app.py`). For ours and the baseline, per dataset: the first map cold (the server's very
first page, in a freshly launched browser) and warm (median of fresh browsers after that); from each
"Next change" click or slider key press, the map repainted by the browser's own prediction (ours,
when the dataset is small enough to send it) and the map repainted with the server's answer
(confirmed), apart; the bytes the server sent on the websocket per move; iframe re-mounts; JS heap.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from playwright.sync_api import Frame, Page, sync_playwright

from bench.anchor import launch, watch_actions
from bench.timing import p50, percentile
from geodata.dataset import load_dataset
from geodata.timeline import Timeline
from tests.browser.conftest import LOCAL_PREFIXES, start_server, stop_server
from tests.browser.helpers import MAP_FRAME, wait_idle

APPS = {"atlas": "dashboard/app.py", "baseline": "bench/baseline_app.py", "empty": "bench/empty_app.py"}

# Ours: the repaint by the browser's prediction and the repaint with the server's update, told apart
# by the server's update script, which calls window.atlas.predict just before window.atlas.apply.
# Timestamps are Date.now() (the page and the map's iframe have different performance clocks).
INSTRUMENT_ATLAS = """() => {
  if (window.__instrumented) return;
  window.__instrumented = true; window.__predicted = 0; window.__confirmed = 0; window.__fromServer = false;
  const apply = window.atlas.apply, predict = window.atlas.predict;
  window.atlas.predict = function () { window.__fromServer = true; return predict.apply(this, arguments); };
  window.atlas.apply = function () {
    const server = window.__fromServer; window.__fromServer = false;
    apply.apply(this, arguments);
    requestAnimationFrame(() => {
      const t = Date.now();
      if (server) { window.__confirmed += 1; window.__confirmedAt = t; }
      else { window.__predicted += 1; window.__predictedAt = t; }
    });
  };
}"""
# The page and the map's iframe have different performance clocks: actions are timed with Date.now().
WATCH_ACTIONS = watch_actions("Date.now()")
WATCH_REMOUNTS = """() => {
  window.__frameSwaps = 0;
  new MutationObserver(records => records.forEach(r => r.addedNodes.forEach(n => {
    if (n.nodeType === 1 && (n.matches('iframe[title="streamlit_folium.st_folium"]') ||
        n.querySelector && n.querySelector('iframe[title="streamlit_folium.st_folium"]'))) window.__frameSwaps += 1;
  }))).observe(document.body, {childList: true, subtree: true});
}"""


def map_frame(page: Page) -> Frame:
    return page.wait_for_selector(MAP_FRAME, timeout=300_000).content_frame()


def heap_mb(page: Page) -> float:
    client = page.context.new_cdp_session(page)
    client.send("HeapProfiler.collectGarbage")
    used = client.send("Runtime.getHeapUsage")["usedSize"]
    client.detach()
    return used / 1e6


def ready(page: Page, kind: str, n_sites: int, timeout: float = 300) -> None:
    """The sites are on the map (ours, the baseline) or the map is drawn (the empty page)."""
    condition = {
        "atlas": f"() => window.atlas && window.atlas.markers.length === {n_sites} && "
        "window.atlas.markers.some(m => m.feature.properties.holder)",
        "baseline": "() => window.__dayAt && "
        f"document.querySelectorAll('path.leaflet-interactive').length === {n_sites}",
        "empty": "() => window.map && document.querySelector('.leaflet-container')",
    }[kind]
    map_frame(page).wait_for_function(condition, timeout=timeout * 1000)


def offline_browser(playwright: Any) -> tuple[Any, Page, list[int]]:
    """A freshly launched Chromium, its page (requests off 127.0.0.1 refused), and a list that
    receives the size of every websocket frame the server sends."""
    browser = launch(playwright)
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    context.route("**/*", lambda r: r.continue_() if r.request.url.startswith(LOCAL_PREFIXES) else r.abort())
    page = context.new_page()
    page.set_default_timeout(300_000)
    received: list[int] = []
    page.on("websocket", lambda ws: ws.on("framereceived", lambda payload: received.append(len(payload))))
    return browser, page, received


def first_map_seconds(playwright: Any, url: str, kind: str, n_sites: int) -> float:
    browser, page, _ = offline_browser(playwright)
    try:
        started = time.perf_counter()
        page.goto(f"{url}/")
        ready(page, kind, n_sites)
        return time.perf_counter() - started
    finally:
        browser.close()


def _wait_move(page: Page, kind: str, before: dict[str, Any], timeout: float = 120) -> dict[str, float | None]:
    """Seconds from the action to the predicted repaint (ours) and to the server-confirmed repaint."""
    frame = map_frame(page)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        acted = page.evaluate("() => window.__actionAt")
        if kind == "atlas":
            state = frame.evaluate(
                "() => [window.__predicted, window.__predictedAt, window.__confirmed, window.__confirmedAt]"
            )
            if acted and state[2] > before["confirmed"]:
                predicted = (state[1] - acted) / 1000 if state[0] > before["predicted"] else None
                return {"predicted": predicted, "confirmed": (state[3] - acted) / 1000}
        else:
            shown = page.evaluate("() => document.querySelector('[data-testid=ba-day]').textContent")
            day, day_at = frame.evaluate("() => [window.__day, window.__dayAt]")
            # The repaint must follow the action: a move back to an earlier day finds that day's old
            # timestamp in the frame until the new layer is drawn (a negative latency, seen once).
            if acted and shown != before["day"] and day == shown and day_at and day_at >= acted:
                return {"predicted": None, "confirmed": (day_at - acted) / 1000}
        time.sleep(0.005)
    return {"predicted": None, "confirmed": None}


def _mark(page: Page, kind: str) -> dict[str, Any]:
    if kind == "atlas":
        predicted, confirmed = map_frame(page).evaluate("() => [window.__predicted, window.__confirmed]")
        return {"predicted": predicted, "confirmed": confirmed}
    return {"day": page.evaluate("() => document.querySelector('[data-testid=ba-day]').textContent")}


def run_app(playwright: Any, url: str, kind: str, timeline: Timeline, n_sites: int, moves: int) -> dict[str, Any]:
    """Cold first map, then `moves` rounds of Next, slider left, slider right, each timed."""
    points = timeline.change_points
    start = points[len(points) // 3]
    browser, page, received = offline_browser(playwright)
    try:
        started = time.perf_counter()
        page.goto(f"{url}/?date={start.isoformat()}")
        ready(page, kind, n_sites)
        cold = time.perf_counter() - started
        wait_idle(page, timeout=300)
        if kind == "atlas":
            map_frame(page).evaluate(INSTRUMENT_ATLAS)
        page.evaluate(WATCH_REMOUNTS)
        page.evaluate(WATCH_ACTIONS)
        slider = page.get_by_role("slider", name="Date")
        next_button = page.get_by_role("button", name="Next change")
        samples: dict[str, list[float]] = {"predicted": [], "confirmed": [], "bytes": []}
        misses = 0
        heap_first = float("nan")
        for move in range(moves):
            for action in ("next", "left", "right"):
                before = _mark(page, kind)
                if action == "next":
                    next_button.hover()
                else:
                    slider.focus()
                page.evaluate("() => { window.__actionAt = null; }")
                bytes_before = sum(received)
                if action == "next":
                    page.mouse.down()
                    page.mouse.up()
                else:
                    page.keyboard.press("ArrowLeft" if action == "left" else "ArrowRight")
                timing = _wait_move(page, kind, before)
                wait_idle(page, timeout=300)
                if timing["confirmed"] is None:
                    misses += 1
                    continue
                samples["confirmed"].append(timing["confirmed"])
                if timing["predicted"] is not None:
                    samples["predicted"].append(timing["predicted"])
                samples["bytes"].append(sum(received) - bytes_before)
            if move == 0:
                heap_first = heap_mb(page)
        heap_last = heap_mb(page)
        remounts = page.evaluate("() => window.__frameSwaps")
    finally:
        browser.close()
    return {
        "first_map_cold": cold,
        "predicted": samples["predicted"],
        "confirmed": samples["confirmed"],
        "bytes_per_move_p50": p50(samples["bytes"]),
        "predicted_p50": p50(samples["predicted"]),
        "predicted_p95": percentile(samples["predicted"], 95),
        "confirmed_p50": p50(samples["confirmed"]),
        "confirmed_p95": percentile(samples["confirmed"], 95),
        "misses": misses,
        "remounts": remounts,
        "heap_first_mb": heap_first,
        "heap_last_mb": heap_last,
        "moves": moves * 3,
    }


def measure(directory: Path | None, label: str, moves: int, warm_loads: int = 5) -> dict[str, Any]:
    """Every app on one dataset: ours and the baseline moved `moves` × 3 times; the empty page's first map."""
    timeline = Timeline(load_dataset(directory))
    n_sites = len(timeline.site_ids)
    results: dict[str, Any] = {"label": label, "sites": n_sites}
    with sync_playwright() as playwright:
        for kind, script in APPS.items():
            server = start_server(directory, name=f"bench-{kind}-{label}", script=script)
            try:
                if kind == "empty":
                    cold = first_map_seconds(playwright, server.url, kind, n_sites)
                    row: dict[str, Any] = {"first_map_cold": cold}
                else:
                    row = run_app(playwright, server.url, kind, timeline, n_sites, moves)
                warm = [first_map_seconds(playwright, server.url, kind, n_sites) for _ in range(warm_loads)]
                row["first_map_warm"] = warm
                row["first_map_warm_p50"] = p50(warm)
                results[kind] = row
            finally:
                stop_server(server)
    return results
