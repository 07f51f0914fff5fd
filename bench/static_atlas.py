"""`python -m bench.static_atlas`: the static atlas against a pure client-side anchor, from file://.

The anchor is what folium's documentation offers for a map that changes with time in the browser
alone: `TimestampedGeoJson` (Leaflet.TimeDimension), fed the same sites and the same states on the
same days (bench/anchor.py), over the same offline country borders. Both pages are opened from the
file system in a freshly launched Chromium with every other request blocked. Measured: the first
map (navigation to the sites drawn) and a step to the next change (mouse press on the button to the
frame after the map was restyled), plus a slider key press for ours. The judgements against the
targets of issue 13 are computed here.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path
from typing import Any

from playwright.sync_api import sync_playwright

from bench.anchor import (
    WATCH_ACTIONS,
    anchor_features,
    anchor_input,
    first_map_seconds,
    launch,
    measure_anchor,
    move_latencies,
    offline_page,
    write_anchor,
)
from bench.timing import ms, p50, percentile
from dashboard.publish import folder_bytes, publish
from geodata.dataset import load_dataset
from geodata.timeline import Timeline

RESULTS = Path(__file__).resolve().parent / "results.md"
FIRST_MAP_TARGET_S = 1.0
REPAINT_FACTOR_TARGET = 2.0
SIZE_TARGET_BYTES = 2_000_000
FRESH_LOADS = 5
MOVES = 30

# The static atlas's repaint, stamped at the frame after window.atlas.apply.
INSTRUMENT_OURS = """() => {
  window.__applied = 0;
  const original = window.atlas.apply;
  window.atlas.apply = function () {
    original.apply(this, arguments);
    requestAnimationFrame(() => { window.__applied += 1; window.__appliedAt = performance.now(); });
  };
}"""
OURS_READY = "() => document.body.hasAttribute('data-atlas-ready')"


def measure(out: Path) -> dict[str, Any]:
    ours_dir = out / "atlas"
    publish(ours_dir)
    timeline = Timeline(load_dataset())
    span = timeline.story_span(dt.date.today())
    inp = anchor_input(timeline, span)
    anchor = write_anchor(inp, out / "anchor")
    ours_url = (ours_dir / "index.html").as_uri() + "#date=1971-01-01"
    with sync_playwright() as playwright:
        ours_first = [first_map_seconds(playwright, ours_url, OURS_READY) for _ in range(FRESH_LOADS)]
        anchor_result = measure_anchor(playwright, anchor, MOVES, loads=FRESH_LOADS)
        browser = launch(playwright)
        try:
            page, _ = offline_page(browser)
            page.goto(ours_url)
            page.wait_for_function(OURS_READY)
            page.evaluate(INSTRUMENT_OURS)
            page.evaluate(WATCH_ACTIONS)
            ours_next = move_latencies(page, lambda: page.locator("#sa-next").click(), MOVES)
            page.locator("#sa-slider").focus()
            ours_key = move_latencies(page, lambda: page.keyboard.press("ArrowRight"), MOVES)
        finally:
            browser.close()
    return {
        "sites": len(timeline.site_ids),
        "intervals": len(inp.days),
        "axis": inp.axis,
        "anchor_features": len(anchor_features(inp)["features"]),
        "folder_bytes": folder_bytes(ours_dir),
        "anchor_bytes": anchor_result["bytes"],
        "ours_first": ours_first,
        "anchor_first_p50": anchor_result["first_map_p50"],
        "ours_next": ours_next,
        "ours_key": ours_key,
        "anchor_next": anchor_result["steps"],
    }


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
        f"states ({r['anchor_features']} MultiPoint features) over the same country borders "
        f"(time axis: {r['axis']}).",
        "",
        "| measure | static atlas | TimestampedGeoJson anchor | target | verdict |",
        "|---|---:|---:|---|---|",
        f"| folder size | {r['folder_bytes'] / 1e6:.2f} MB | {r['anchor_bytes'] / 1e6:.2f} MB | ≤ 2 MB "
        f"| {verdict(r['folder_bytes'] <= SIZE_TARGET_BYTES)} |",
        f"| first map, fresh browser, p50 (max) | {ours_first:.2f} s ({max(r['ours_first']):.2f} s) "
        f"| {r['anchor_first_p50']:.2f} s | ≤ {FIRST_MAP_TARGET_S:.0f} s "
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
