"""Server-side costs: load and validate, state on a day, change points, building the map for a day.

Ours (base map with all sites once + per-day state codes) beside the naive baseline (one
`folium.Marker` per site, the whole map rebuilt for every day).
"""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path
from typing import Any

import folium
from branca.element import MacroElement
from jinja2 import Template

from bench.timing import p50, percentile, repeat
from dashboard.basemap import LEAFLET_CSS, LEAFLET_JS
from dashboard.map_component import prepare_map, update_script
from dashboard.prediction import prediction_payload
from geodata.dataset import load_dataset
from geodata.site_table import SiteFilter, SiteTable
from geodata.timeline import Timeline


class _DayMarker(MacroElement):
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


def naive_map(records: list[dict[str, Any]], day: str = "") -> folium.Map:
    """The baseline: a fresh map with one folium.Marker per site (Leaflet's default icon, served
    locally like ours, since folium.Icon needs CDN assets this offline machine cannot load)."""
    m = folium.Map(location=(35.0, 38.4), zoom_start=7, tiles=None)
    m.default_js = [("leaflet", LEAFLET_JS)]
    m.default_css = [("leaflet_css", LEAFLET_CSS)]
    for record in records:
        folium.Marker((record["lat"], record["lon"]), tooltip=record["name"]).add_to(m)
    _DayMarker(day).add_to(m)
    return m


def measure(directory: Path, label: str, naive_repeats: int = 3) -> dict[str, Any]:
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
    naive = repeat(lambda: naive_map(timeline.state_at(next(it)).records()).get_root().render(), naive_repeats)
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
        "naive_layer_p50": p50(naive),
        "update_bytes": len(
            update_script(
                table.state_codes(timeline.state_at(last), table.mask(timeline.state_at(last), everything)), -1
            )
        ),
    }
