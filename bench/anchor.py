"""The pure client-side anchor: folium's TimestampedGeoJson (Leaflet.TimeDimension) fed the same sites and
the same states, opened from a file. Shared by `bench.run_all` and `bench.static_atlas`.

TimeDimension shows a point at the times listed for it, so a site's state over time becomes one
MultiPoint per run of equal states whose times are the run's days on the time axis. The axis is every
breakpoint when that stays small (the shipped data), else month starts, else year starts: each step
still restyles every site, which is what a repaint costs, while the page stays loadable.
"""

from __future__ import annotations

import datetime as dt
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import folium
from folium.plugins import TimestampedGeoJson
from playwright.sync_api import Page

from bench.timing import p50, percentile
from dashboard.basemap import COUNTRIES_FILE, LEAFLET_CSS_FILE, LEAFLET_JS_FILE, STATIC_DIR, _country_style
from dashboard.sites_layer import ACTIVE_OUTLINE, KIND_STYLES
from geodata.site_table import ACTIVE, HOLDER_SHIFT, SiteFilter, SiteTable
from geodata.timeline import Timeline
from tests.browser.conftest import CHROMIUM
from tests.browser.helpers import files_only

VENDOR = Path(__file__).resolve().parent / "vendor" / "timedimension"
ANCHOR_JS = [
    ("jquery", "td/jquery.min.js"),
    ("jqueryui", "td/jquery-ui.min.js"),
    ("iso8601", "td/iso8601.js"),
    ("leaflet.timedimension", "td/leaflet.timedimension.min.js"),
    ("moment", "td/moment.min.js"),
]
TIMESTAMP_BUDGET = 600_000  # sites × days on the time axis, so the page stays a few megabytes
READY = "() => document.querySelectorAll('path.leaflet-interactive').length > 0"
# The repaint: TimeDimension's GeoJSON layer redraws on 'timeload'; this listener runs after it.
INSTRUMENT = """() => {
  window.__applied = 0;
  const map = Object.values(window).find(v => v instanceof L.Map);
  map.timeDimension.on('timeload', () => requestAnimationFrame(() => {
    window.__applied += 1; window.__appliedAt = performance.now(); }));
}"""


def watch_actions(clock: str) -> str:
    """When the user acts: the key press or mouse press as the page receives it, timed by `clock`
    (`performance.now()` when the repaint is timed on the same page, `Date.now()` across frames)."""
    return f"""() => {{
  const mark = () => {{ window.__actionAt = {clock}; }};
  document.addEventListener('keydown', mark, true);
  document.addEventListener('mousedown', mark, true);
}}"""


WATCH_ACTIONS = watch_actions("performance.now()")


@dataclass(frozen=True)
class AnchorInput:
    names: list[str]
    lat: list[float]
    lon: list[float]
    kinds: list[str]
    colours: list[str]
    days: list[dt.date]
    codes: list[list[int]]  # per day on the axis, per site: the dashboard's state code
    axis: str


def time_axis(timeline: Timeline, span: tuple[dt.date, dt.date]) -> tuple[list[dt.date], str]:
    """Breakpoints, else month starts, else year starts: the finest axis within the budget."""
    first, last = span
    n = len(timeline.site_ids)
    breakpoints = [first, *[d for d in timeline.breakpoints() if first < d <= last]]
    if n * len(breakpoints) <= TIMESTAMP_BUDGET:
        return breakpoints, "every breakpoint"
    months = [dt.date(y, m, 1) for y in range(first.year, last.year + 1) for m in range(1, 13)]
    months = [d for d in months if first <= d <= last]
    if n * len(months) <= TIMESTAMP_BUDGET:
        return months, "month starts"
    return [dt.date(y, 1, 1) for y in range(first.year, last.year + 1) if first <= dt.date(y, 1, 1) <= last], (
        "year starts"
    )


def anchor_input(timeline: Timeline, span: tuple[dt.date, dt.date]) -> AnchorInput:
    table = SiteTable(timeline)
    days, axis = time_axis(timeline, span)
    codes = []
    for day in days:
        state = timeline.state_at(day)
        codes.append(table.state_codes(state, table.mask(state, SiteFilter())).tolist())
    return AnchorInput(
        table.names, table.lat.tolist(), table.lon.tolist(), table.kinds, table.holder_colours, days, codes, axis
    )


def anchor_features(inp: AnchorInput) -> dict[str, Any]:
    """One MultiPoint per run of equal state codes of a site; its times are the run's days."""
    epoch = dt.date(1970, 1, 1)
    times = [(day - epoch).days * 86_400_000 for day in inp.days]
    features = []
    for index, name in enumerate(inp.names):
        kind = KIND_STYLES[inp.kinds[index]]
        run_start = 0
        for k in range(1, len(times) + 1):
            if k < len(times) and inp.codes[k][index] == inp.codes[run_start][index]:
                continue
            code = inp.codes[run_start][index]
            colour, active = inp.colours[code >> HOLDER_SHIFT], bool(code & ACTIVE)
            style = {
                "radius": kind["radius"],
                "weight": kind["weight"],
                "color": ACTIVE_OUTLINE if active else colour,
                "fillColor": colour,
                "fillOpacity": 0.9 if active else 0.08,
                "opacity": 0.9,
            }
            point = [inp.lon[index], inp.lat[index]]
            properties = {"times": times[run_start:k], "icon": "circle", "iconstyle": style, "tooltip": name}
            geometry = {"type": "MultiPoint", "coordinates": [point] * (k - run_start)}
            features.append({"type": "Feature", "geometry": geometry, "properties": properties})
            run_start = k
    return {"type": "FeatureCollection", "features": features}


def write_anchor(inp: AnchorInput, folder: Path) -> Path:
    """The anchor page with Leaflet, TimeDimension and the country borders beside it."""
    folder.mkdir(parents=True)
    shutil.copytree(VENDOR, folder / "td")
    shutil.copytree(STATIC_DIR / "vendor/leaflet", folder / "vendor/leaflet")
    m = folium.Map(location=(35.0, 38.4), zoom_start=7, tiles=None)
    m.default_js = [("leaflet", LEAFLET_JS_FILE)]
    m.default_css = [("leaflet_css", LEAFLET_CSS_FILE)]
    folium.GeoJson(str(COUNTRIES_FILE), style_function=_country_style, interactive=False).add_to(m)
    layer = TimestampedGeoJson(anchor_features(inp), period="P1D", duration="PT1S", auto_play=False, loop=False)
    layer.default_js = ANCHOR_JS
    layer.default_css = [("leaflet.timedimension_css", "td/leaflet.timedimension.control.min.css")]
    layer.add_to(m)
    m.fit_bounds([(32.3, 35.6), (37.35, 42.4)])
    page = folder / "index.html"
    m.save(str(page))
    return page


def launch(playwright: Any) -> Any:
    """A fresh headless Debian Chromium (CHROMIUM overrides its path), launched as the benchmarks need it."""
    return playwright.chromium.launch(
        executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
    )


def offline_page(browser: Any) -> tuple[Page, list[str]]:
    """A page that may read files and nothing else; the requests it refused are listed."""
    context = browser.new_context(viewport={"width": 1440, "height": 900})
    blocked = files_only(context)
    return context.new_page(), blocked


def first_map_seconds(playwright: Any, url: str, ready: str) -> float:
    """Navigation to the sites drawn, in a freshly launched browser (nothing cached)."""
    browser = launch(playwright)
    try:
        page, blocked = offline_page(browser)
        started = time.perf_counter()
        page.goto(url)
        page.wait_for_function(ready, timeout=300_000)
        elapsed = time.perf_counter() - started
        if blocked:
            raise RuntimeError(f"{url} tried to leave the machine: {blocked[:3]}")
        return elapsed
    finally:
        browser.close()


def move_latencies(page: Page, act: Any, moves: int) -> list[float]:
    """Seconds from each action's event in the page to the frame after the map's repaint."""
    samples = []
    for _ in range(moves):
        before = page.evaluate("() => window.__applied")
        act()
        page.wait_for_function("(n) => window.__applied > n", arg=before, timeout=120_000)
        samples.append(page.evaluate("() => (window.__appliedAt - window.__actionAt) / 1000"))
    return samples


def measure_anchor(playwright: Any, page_file: Path, moves: int, loads: int = 3) -> dict[str, Any]:
    """The anchor's first map (fresh browsers) and its step to the next time (forward button)."""
    url = page_file.as_uri()
    first = [first_map_seconds(playwright, url, READY) for _ in range(loads)]
    browser = launch(playwright)
    try:
        page, _ = offline_page(browser)
        page.goto(url)
        page.wait_for_function(READY, timeout=300_000)
        page.evaluate(INSTRUMENT)
        page.evaluate(WATCH_ACTIONS)
        steps = move_latencies(page, lambda: page.locator("a.timecontrol-forward").click(), moves)
    finally:
        browser.close()
    return {
        "first_map_p50": p50(first),
        "step_p50": p50(steps),
        "step_p95": percentile(steps, 95),
        "steps": steps,
        "bytes": sum(p.stat().st_size for p in page_file.parent.rglob("*") if p.is_file()),
    }
