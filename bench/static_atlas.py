"""`python -m bench.static_atlas`: the static atlas against a pure client-side anchor, from file://.

The anchor is what folium's documentation offers for a map that changes with time in the browser
alone: `TimestampedGeoJson` (Leaflet.TimeDimension), fed the same sites and the same states on the
same days (one MultiPoint per run of equal states, its times the breakpoints of that run), over the
same offline country borders. Both pages are opened from the file system in a freshly launched
Chromium with every other request blocked. Measured: the first map (navigation to the sites drawn)
and a step to the next change (mouse press on the button to the frame after the map was restyled),
plus a slider key press for ours. The judgements against the targets of issue 13 are computed here.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

import folium
from folium.plugins import TimestampedGeoJson
from playwright.sync_api import Page, sync_playwright

from bench.timing import ms, p50, percentile
from dashboard.basemap import COUNTRIES_FILE, LEAFLET_CSS_FILE, LEAFLET_JS_FILE, STATIC_DIR, _country_style
from dashboard.publish import folder_bytes, publish
from dashboard.sites_layer import ACTIVE_OUTLINE, KIND_STYLES
from dashboard.static_atlas import DATA_SCRIPT, read_data_script

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
RESULTS = Path(__file__).resolve().parent / "results.md"
VENDOR = Path(__file__).resolve().parent / "vendor" / "timedimension"
ALLOWED = ("file:", "data:", "blob:", "about:")
FIRST_MAP_TARGET_S = 1.0
REPAINT_FACTOR_TARGET = 2.0
SIZE_TARGET_BYTES = 2_000_000
FRESH_LOADS = 5
MOVES = 30

ANCHOR_JS = [
    ("jquery", "td/jquery.min.js"),
    ("jqueryui", "td/jquery-ui.min.js"),
    ("iso8601", "td/iso8601.js"),
    ("leaflet.timedimension", "td/leaflet.timedimension.min.js"),
    ("moment", "td/moment.min.js"),
]
# Each page's repaint, stamped at the frame after it: ours after window.atlas.apply, the anchor after
# TimeDimension's 'timeload' (its GeoJSON layer updates on that event, before this listener).
INSTRUMENT_OURS = """() => {
  window.__applied = 0;
  const original = window.atlas.apply;
  window.atlas.apply = function () {
    original.apply(this, arguments);
    requestAnimationFrame(() => { window.__applied += 1; window.__appliedAt = performance.now(); });
  };
}"""
INSTRUMENT_ANCHOR = """() => {
  window.__applied = 0;
  const map = Object.values(window).find(v => v instanceof L.Map);
  map.timeDimension.on('timeload', () => requestAnimationFrame(() => {
    window.__applied += 1; window.__appliedAt = performance.now(); }));
}"""
WATCH_ACTIONS = """() => {
  const mark = () => { window.__actionAt = performance.now(); };
  document.addEventListener('keydown', mark, true);
  document.addEventListener('mousedown', mark, true);
}"""


def anchor_features(data: dict[str, Any]) -> dict[str, Any]:
    """One MultiPoint per run of equal state codes of a site; its times are the run's breakpoints."""
    codes = [list(data["firstCodes"])]
    for delta in data["deltas"]:
        nxt = list(codes[-1])
        for site, code in zip(delta[::2], delta[1::2], strict=True):
            nxt[site] = code
        codes.append(nxt)
    times = [day * 86_400_000 for day in data["days"]]
    features = []
    for index, site in enumerate(data["sites"]):
        kind = KIND_STYLES[data["kinds"][index]]
        run_start = 0
        for k in range(1, len(times) + 1):
            if k < len(times) and codes[k][index] == codes[run_start][index]:
                continue
            code = codes[run_start][index]
            colour = data["colours"][code >> data["holderShift"]]
            active = bool(code & data["bits"]["ACTIVE"])
            style = {
                "radius": kind["radius"],
                "weight": kind["weight"],
                "color": ACTIVE_OUTLINE if active else colour,
                "fillColor": colour,
                "fillOpacity": 0.9 if active else 0.08,
                "opacity": 0.9,
            }
            point = [data["lon"][index], data["lat"][index]]
            properties = {"times": times[run_start:k], "icon": "circle", "iconstyle": style, "tooltip": site["name"]}
            geometry = {"type": "MultiPoint", "coordinates": [point] * (k - run_start)}
            features.append({"type": "Feature", "geometry": geometry, "properties": properties})
            run_start = k
    return {"type": "FeatureCollection", "features": features}


def write_anchor(data: dict[str, Any], folder: Path) -> Path:
    """The anchor page with Leaflet, TimeDimension and the country borders beside it."""
    folder.mkdir(parents=True)
    shutil.copytree(VENDOR, folder / "td")
    shutil.copytree(STATIC_DIR / "vendor/leaflet", folder / "vendor/leaflet")
    m = folium.Map(location=(35.0, 38.4), zoom_start=7, tiles=None)
    m.default_js = [("leaflet", LEAFLET_JS_FILE)]
    m.default_css = [("leaflet_css", LEAFLET_CSS_FILE)]
    folium.GeoJson(str(COUNTRIES_FILE), style_function=_country_style, interactive=False).add_to(m)
    layer = TimestampedGeoJson(anchor_features(data), period="P1D", duration="PT1S", auto_play=False, loop=False)
    layer.default_js = ANCHOR_JS
    layer.default_css = [("leaflet.timedimension_css", "td/leaflet.timedimension.control.min.css")]
    layer.add_to(m)
    m.fit_bounds([(32.3, 35.6), (37.35, 42.4)])
    page = folder / "index.html"
    m.save(str(page))
    return page


def _launch(playwright):
    return playwright.chromium.launch(
        executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
    )


def _offline_page(browser) -> tuple[Page, list[str]]:
    context = browser.new_context(viewport={"width": 1440, "height": 900})
    blocked: list[str] = []

    def route(request_route):
        url = request_route.request.url
        if url.startswith(ALLOWED):
            request_route.continue_()
        else:
            blocked.append(url)
            request_route.abort()

    context.route("**/*", route)
    return context.new_page(), blocked


def first_map_seconds(playwright, url: str, ready: str) -> float:
    """Navigation to the sites drawn, in a freshly launched browser (nothing cached)."""
    browser = _launch(playwright)
    try:
        page, blocked = _offline_page(browser)
        started = time.perf_counter()
        page.goto(url)
        page.wait_for_function(ready, timeout=60_000)
        elapsed = time.perf_counter() - started
        if blocked:
            raise RuntimeError(f"{url} tried to leave the machine: {blocked[:3]}")
        return elapsed
    finally:
        browser.close()


def move_latencies(page: Page, act, moves: int) -> list[float]:
    """Seconds from each action's event in the page to the frame after the map's repaint."""
    samples = []
    for _ in range(moves):
        before = page.evaluate("() => window.__applied")
        act()
        page.wait_for_function("(n) => window.__applied > n", arg=before, timeout=30_000)
        samples.append(page.evaluate("() => (window.__appliedAt - window.__actionAt) / 1000"))
    return samples


OURS_READY = "() => document.body.hasAttribute('data-atlas-ready')"
ANCHOR_READY = "() => document.querySelectorAll('path.leaflet-interactive').length > 0"


def measure(out: Path) -> dict[str, Any]:
    ours_dir = out / "atlas"
    publish(ours_dir)
    data = read_data_script((ours_dir / DATA_SCRIPT).read_text(encoding="utf-8"))
    data.update(_site_positions())
    anchor = write_anchor(data, out / "anchor")
    ours_url = (ours_dir / "index.html").as_uri() + "#date=1971-01-01"
    with sync_playwright() as playwright:
        ours_first = [first_map_seconds(playwright, ours_url, OURS_READY) for _ in range(FRESH_LOADS)]
        anchor_first = [first_map_seconds(playwright, anchor.as_uri(), ANCHOR_READY) for _ in range(FRESH_LOADS)]
        browser = _launch(playwright)
        try:
            page, _ = _offline_page(browser)
            page.goto(ours_url)
            page.wait_for_function(OURS_READY)
            page.evaluate(INSTRUMENT_OURS)
            page.evaluate(WATCH_ACTIONS)
            ours_next = move_latencies(page, lambda: page.locator("#sa-next").click(), MOVES)
            page.locator("#sa-slider").focus()
            ours_key = move_latencies(page, lambda: page.keyboard.press("ArrowRight"), MOVES)
            page, _ = _offline_page(browser)
            page.goto(anchor.as_uri())
            page.wait_for_function(ANCHOR_READY)
            page.evaluate(INSTRUMENT_ANCHOR)
            page.evaluate(WATCH_ACTIONS)
            anchor_next = move_latencies(page, lambda: page.locator("a.timecontrol-forward").click(), MOVES)
        finally:
            browser.close()
    return {
        "sites": len(data["sites"]),
        "intervals": len(data["days"]),
        "anchor_features": len(anchor_features(data)["features"]),
        "folder_bytes": folder_bytes(ours_dir),
        "anchor_bytes": folder_bytes(anchor.parent),
        "ours_first": ours_first,
        "anchor_first": anchor_first,
        "ours_next": ours_next,
        "ours_key": ours_key,
        "anchor_next": anchor_next,
    }


def _site_positions() -> dict[str, list[Any]]:
    """Positions and kinds in the data's site order, read back from the dataset the page was built from."""
    from geodata.dataset import load_dataset
    from geodata.site_table import SiteTable
    from geodata.timeline import Timeline

    table = SiteTable(Timeline(load_dataset()))
    return {"lat": table.lat.tolist(), "lon": table.lon.tolist(), "kinds": table.kinds}


def verdict(met: bool) -> str:
    return "met" if met else "**missed**"


def report(r: dict[str, Any]) -> list[str]:
    ours_first, anchor_next = p50(r["ours_first"]), p50(r["anchor_next"])
    ours_next, ours_key = p50(r["ours_next"]), p50(r["ours_key"])
    return [
        "## Static atlas",
        "",
        f"`python -m bench.static_atlas` on {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC, shipped data "
        f"({r['sites']} sites, {r['intervals']} intervals). Both pages opened from `file://` in Chromium with every "
        f"other request blocked; first map = median of {FRESH_LOADS} loads, each in a freshly launched browser; "
        f"moves = {MOVES} each. Anchor: folium's `TimestampedGeoJson` (Leaflet.TimeDimension) with the same "
        f"states ({r['anchor_features']} MultiPoint features) over the same country borders.",
        "",
        "| measure | static atlas | TimestampedGeoJson anchor | target | verdict |",
        "|---|---:|---:|---|---|",
        f"| folder size | {r['folder_bytes'] / 1e6:.2f} MB | {r['anchor_bytes'] / 1e6:.2f} MB | ≤ 2 MB "
        f"| {verdict(r['folder_bytes'] <= SIZE_TARGET_BYTES)} |",
        f"| first map, fresh browser, p50 (max) | {ours_first:.2f} s ({max(r['ours_first']):.2f} s) "
        f"| {p50(r['anchor_first']):.2f} s ({max(r['anchor_first']):.2f} s) | ≤ {FIRST_MAP_TARGET_S:.0f} s "
        f"| {verdict(ours_first <= FIRST_MAP_TARGET_S)} |",
        f"| Next change → map repainted, p50 / p95 | {ms(ours_next)} / {ms(percentile(r['ours_next'], 95))} "
        f"| {ms(anchor_next)} / {ms(percentile(r['anchor_next'], 95))} (forward button) "
        f"| ≤ 2× anchor ({ms(REPAINT_FACTOR_TARGET * anchor_next)}) "
        f"| {verdict(ours_next <= REPAINT_FACTOR_TARGET * anchor_next)} |",
        f"| slider key → map repainted, p50 / p95 | {ms(ours_key)} / {ms(percentile(r['ours_key'], 95))} | "
        f"(no keyboard slider) | ≤ 2× anchor's step ({ms(REPAINT_FACTOR_TARGET * anchor_next)}) "
        f"| {verdict(ours_key <= REPAINT_FACTOR_TARGET * anchor_next)} |",
        "",
    ]


def write_section(lines: list[str]) -> None:
    """Replace the Static atlas section of bench/results.md (other sections belong to other commands)."""
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark results\n\n"
    start = text.find("## Static atlas")
    if start >= 0:
        end = text.find("\n## ", start + 1)
        text = text[:start] + text[end + 1 :] if end >= 0 else text[:start]
    RESULTS.write_text(text.rstrip() + "\n\n" + "\n".join(lines), encoding="utf-8")


def main() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        results = measure(Path(scratch))
    lines = report(results)
    print("\n".join(lines))
    write_section(lines)


if __name__ == "__main__":
    main()
