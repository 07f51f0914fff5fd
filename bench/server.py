"""Server-side costs: load and validate, state on a day, change points, building the map for a day.

Ours (base map with all sites once + per-day state codes) beside the baseline (the documented
streamlit-folium pattern: the day's sites as one GeoJSON layer of circle markers sent as
`feature_group_to_add`, see bench/baseline_app.py).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from functools import lru_cache
from pathlib import Path
from typing import Any

import folium
from branca.element import MacroElement
from jinja2 import Template

from bench.timing import p50, percentile, repeat
from dashboard.basemap import LEAFLET_CSS, LEAFLET_JS
from dashboard.map_component import prepare_map, update_script
from dashboard.prediction import prediction_payload
from geodata.cache import ENV_VARIABLE as CACHE_VARIABLE
from geodata.dataset import load_dataset
from geodata.site_table import SiteFilter, SiteTable
from geodata.timeline import Timeline


class DayMarker(MacroElement):
    """Sets `window.__day` in the map's script, so a browser benchmark sees which day a map shows."""

    _template = Template(
        "{% macro script(this, kwargs) %}"
        'window.__day = "{{ this.day }}";'
        "requestAnimationFrame(function () { window.__dayAt = Date.now(); });"
        "{% endmacro %}"
    )

    def __init__(self, day: str) -> None:
        super().__init__()
        self._name = "DayMarker"
        self.day = day


def offline_map() -> folium.Map:
    """A folium map with Leaflet served by the app itself (folium's CDN defaults cannot load offline)."""
    m = folium.Map(location=(35.0, 38.4), zoom_start=7, tiles=None)
    m.default_js = [("leaflet", LEAFLET_JS)]
    m.default_css = [("leaflet_css", LEAFLET_CSS)]
    return m


@lru_cache(maxsize=4)
def _palette(timeline: Timeline) -> tuple[list[str], list[str]]:
    """Each control period's holder colour and each site's name, read once per dataset."""
    colours = timeline.dataset.actors["colour"].reindex(timeline.control.frame["holder"]).tolist()
    return colours, list(timeline.dataset.sites["name"])


def baseline_layer(timeline: Timeline, day: dt.date) -> folium.GeoJson:
    """The day's sites as one GeoJSON layer of circle markers, coloured by holder, filled when active."""
    state = timeline.state_at(day)
    colours, names = _palette(timeline)
    sites = timeline.dataset.sites
    features = []
    for i, (lat, lon) in enumerate(zip(sites["lat"], sites["lon"], strict=True)):
        row = int(state.control_row[i])
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [float(lon), float(lat)]},
                "properties": {
                    "name": names[i],
                    "colour": colours[row] if row >= 0 else "#888888",
                    "active": bool(state.active[i]),
                },
            }
        )
    return folium.GeoJson(
        {"type": "FeatureCollection", "features": features},
        marker=folium.CircleMarker(radius=6),
        style_function=lambda f: {
            "color": "#1b1b1b" if f["properties"]["active"] else f["properties"]["colour"],
            "fillColor": f["properties"]["colour"],
            "fillOpacity": 0.9 if f["properties"]["active"] else 0.1,
            "weight": 2,
        },
        tooltip=folium.GeoJsonTooltip(["name"]),
    )


def baseline_move(timeline: Timeline, day: dt.date) -> str:
    """What the baseline's server does per move: the day's layer, rendered into the map's script."""
    m = offline_map()
    layer = folium.FeatureGroup(name="Sites")
    baseline_layer(timeline, day).add_to(layer)
    layer.add_to(m)
    return m.get_root().render()


def cli_seconds(directory: Path, arguments: list[str], warm: bool, runs: int = 3) -> float:
    """Median wall time of `python -m geodata …` as a whole process (start, import, load, answer).

    Cold: an empty dataset cache each run, so every run reads and validates the files (the first run
    after the data changed). Warm: one untimed run fills a cache that the timed runs then use (the
    files unchanged since the last command)."""
    samples = []
    with tempfile.TemporaryDirectory() as cache_root:
        environment = {**os.environ, CACHE_VARIABLE: f"{cache_root}/warm"}
        command = [sys.executable, "-m", "geodata", *arguments, "--data", str(directory)]
        if warm:
            subprocess.run(command, stdout=subprocess.DEVNULL, check=True, env=environment)
        for run in range(runs):
            if not warm:
                environment[CACHE_VARIABLE] = f"{cache_root}/cold{run}"
            started = time.perf_counter()
            subprocess.run(command, stdout=subprocess.DEVNULL, check=True, env=environment)
            samples.append(time.perf_counter() - started)
    return p50(samples)


def measure(directory: Path, label: str, baseline_repeats: int = 3) -> dict[str, Any]:
    rng = random.Random(3)
    load = repeat(lambda: load_dataset(directory), 3)
    dataset = load_dataset(directory)
    timeline_build = repeat(lambda: Timeline(dataset), 3)
    timeline = Timeline(dataset)
    table = SiteTable(timeline)
    first, last = timeline.span(dt.date(2026, 11, 28))
    days = [dt.date.fromordinal(rng.randint(first.toordinal(), last.toordinal())) for _ in range(50)]
    it = iter(days * 4)
    state = repeat(lambda: timeline.state_at(next(it)), 50)
    everything = SiteFilter()

    def per_day_update() -> None:
        day_state = timeline.state_at(next(it))
        update_script(table.state_codes(day_state, table.mask(day_state, everything)), -1)

    base_map = repeat(lambda: prepare_map(table, 600), 3)
    span = (first, last)
    predict = repeat(lambda: prediction_payload(timeline, table, everything, None, lambda d: None, span), 3)
    payload = prediction_payload(timeline, table, everything, None, lambda d: None, span)
    update = repeat(per_day_update, 50)
    baseline = repeat(lambda: baseline_move(timeline, next(it)), baseline_repeats)
    cli: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as scratch:
        export = ["export", "--date", "2021-06-01", "--format", "geojson", "-o", f"{scratch}/state.geojson"]
        for command, arguments in (
            ("state", ["state", "--date", "2021-06-01", "--format", "json"]),
            ("export", export),
        ):
            for temperature in ("cold", "warm"):
                cli[f"cli_{command}_{temperature}_p50"] = cli_seconds(directory, arguments, temperature == "warm")
    return {
        "label": label,
        "sites": len(table),
        "periods": len(dataset.presence) + len(dataset.control),
        "change_points": len(timeline.change_points),
        "load_validate_p50": p50(load),
        "timeline_build_p50": p50(timeline_build),
        "state_p50": p50(state),
        "state_p95": percentile(state, 95),
        "base_map_once_p50": p50(base_map),
        "prediction_p50": p50(predict),
        "prediction_bytes": len(json.dumps(payload, separators=(",", ":"))) if payload else 0,
        "update_p50": p50(update),
        "update_p95": percentile(update, 95),
        "baseline_move_p50": p50(baseline),
        **cli,
        "update_bytes": len(
            update_script(
                table.state_codes(timeline.state_at(last), table.mask(timeline.state_at(last), everything)), -1
            )
        ),
    }
