"""Map builders tested on folium's rendered HTML, in milliseconds, without a browser."""

from __future__ import annotations

import base64
import datetime as dt
import json
import re

import numpy as np
from shapely.geometry import LineString, box

from dashboard.basemap import STATIC_DIR, build_base_map
from dashboard.details_panel import details_html, history_strip
from dashboard.legend import legend_html
from dashboard.map_component import INLINED_SCRIPTS, STAND_IN_SCRIPT, component_arguments, prepare_map, update_script
from dashboard.sites_layer import CANVAS_THRESHOLD, static_payload
from geodata.dataset import load_dataset
from geodata.history import site_history
from geodata.site_table import SiteTable
from geodata.timeline import Timeline
from tests.conftest import MINIMAL, REPO

REPO_STATIC = REPO / "dashboard" / "static"

DATASET = load_dataset(MINIMAL)
TIMELINE = Timeline(DATASET)
TABLE = SiteTable(TIMELINE)


def test_base_map_loads_only_local_assets_and_carries_every_site():
    html = build_base_map(TABLE).get_root().render()
    sources = re.findall(r'<script[^>]+src="([^"]+)"', html) + re.findall(r'<link[^>]+href="([^"]+)"', html)
    assert sources and all(src.startswith("/app/static/") for src in sources), sources
    payload = re.search(r'atob\("([A-Za-z0-9+/=]+)"\)', html).group(1)
    static = json.loads(base64.b64decode(payload))
    assert static["ids"] == ["alpha", "bravo"] and static["names"][0] == "Alpha naval point"
    assert static["canvas"] is False and len(TABLE) < CANVAS_THRESHOLD


def test_base_map_is_the_same_script_every_time_so_it_stays_mounted():
    def normalised() -> str:
        html = build_base_map(TABLE).get_root().render()
        return re.sub(r"_[0-9a-f]{32}", "", html)

    assert normalised() == normalised()


def test_update_sends_only_codes_and_the_selected_index():
    script = update_script(np.array([25, 17]), 1)
    assert "window.atlas.apply([25,17], 1, []);" in script
    assert "window.atlas.apply([25], -1, [0,2]);" in update_script(np.array([25]), -1, [0, 2])
    assert script.index("window.feature_group = [];") < script.index("window.feature_group.push(")


def test_prepared_parts_match_what_st_folium_would_send():
    parts = prepare_map(TABLE, 600)
    assert "window.atlas" in parts.script and parts.map_id.startswith("map_")
    assert parts.js_links[0] == "/app/static/vendor/leaflet/dist/leaflet.js"
    assert all(link.startswith("/app/static/") for link in parts.js_links + parts.css_links)
    assert prepare_map(TABLE, 600).component_key == parts.component_key


def test_own_small_assets_travel_inside_the_map_with_urls_that_resolve():
    parts = prepare_map(TABLE, 600)
    assert parts.js_links == ("/app/static/vendor/leaflet/dist/leaflet.js",) and parts.css_links == ()
    for name in INLINED_SCRIPTS:
        assert (STATIC_DIR / name).read_text(encoding="utf-8").strip()[-200:] in parts.script
    assert parts.script.index("leaflet.Control.FullScreen") < parts.script.index("window.atlas")
    urls = re.findall(r'url\("?([^")]+)"?\)', parts.header)
    local = [url for url in urls if url.startswith("/app/static/")]
    assert len(local) >= 4 and all(url.startswith(("/app/static/", "#")) for url in urls)
    assert all((STATIC_DIR / url.removeprefix("/app/static/")).is_file() for url in local)


def test_the_header_goes_with_the_whole_map_only():
    parts = prepare_map(TABLE, 600)
    codes = np.array([0] * len(TABLE))
    assert component_arguments(parts, codes, -1, 600, whole_map=True)["header"] == parts.header
    later = component_arguments(parts, codes, -1, 600, whole_map=False)
    assert later["header"] == "" and later["script"] == STAND_IN_SCRIPT


def test_static_payload_keeps_text_as_data():
    payload = static_payload(TABLE)
    assert payload["holders"][-1].startswith("Unknown") and len(payload["colours"]) == len(payload["holders"])


def test_legend_explains_every_holder_and_kind():
    html = legend_html([("Government", "#1f77b4"), ("<b>Rebels</b>", "#2ca02c")])
    assert "Government" in html and "&lt;b&gt;Rebels&lt;/b&gt;" in html
    for label in ("Naval base", "Air base", "Signals-intelligence station", "Military-police base", "hollow", "pale"):
        assert label in html


def test_every_kind_has_its_own_symbol_and_the_legend_draws_the_maps_shape():
    from dashboard.sites_layer import KIND_STYLES, SHAPE_VERTICES

    symbols = {(s["shape"], s["radius"], s["dashArray"]) for s in KIND_STYLES.values()}
    assert len(symbols) == len(KIND_STYLES)  # no two kinds look alike
    html = legend_html([])
    for kind, style in KIND_STYLES.items():
        assert f"data-shape='{style['shape']}'" in html, kind
    polygons = html.count("<polygon")
    assert polygons == sum(1 for s in KIND_STYLES.values() if s["shape"] in SHAPE_VERTICES) and polygons >= 5
    assert static_payload(TABLE)["shapes"] == SHAPE_VERTICES


def test_history_strip_marks_the_day_and_fades_low_confidence():
    history = site_history(DATASET, "bravo")
    strip = history_strip(history, dt.date(2016, 1, 1), (dt.date(1971, 1, 1), dt.date(2026, 1, 1)))
    assert strip.count("ba-seg") >= 5 and "ba-seg-faded" in strip
    assert "title='2016-01-01'" in strip


def test_details_list_periods_events_and_sources_as_links():
    record = TIMELINE.state_at(dt.date(2013, 1, 1)).record(TIMELINE.site_index("alpha"))
    html = details_html(
        site_history(DATASET, "alpha"), record, dt.date(2013, 1, 1), (dt.date(1971, 1, 1), dt.date(2026, 1, 1))
    )
    assert "Alpha naval point" in html and "lang='ru'" in html and "dir='rtl'" in html
    assert 'href="https://example.org/one"' in html and "Soviet supply point" in html
    assert "1971 (year)" in html


def test_base_map_draws_the_euphrates_from_the_vendored_rivers():
    html = build_base_map(TABLE).get_root().render()
    rivers = json.loads((REPO_STATIC / "basemap" / "rivers.geojson").read_text(encoding="utf-8"))
    assert len(rivers["features"]) >= 5
    # The Euphrates crosses Syria from Jarabulus (~38.0 E, 36.8 N) to Abu Kamal (~40.9 E, 34.4 N).
    points = [pt for f in rivers["features"] for pt in f["geometry"]["coordinates"]]
    assert any(abs(lon - 38.0) < 0.3 and abs(lat - 36.8) < 0.3 for lon, lat in points)
    assert any(abs(lon - 40.9) < 0.3 and abs(lat - 34.45) < 0.3 for lon, lat in points)
    assert "#5b9bd5" in html  # the rivers layer is drawn


def test_base_map_draws_the_governorate_borders_where_they_run():
    html = build_base_map(TABLE).get_root().render()
    borders = json.loads((REPO_STATIC / "basemap" / "governorates.geojson").read_text(encoding="utf-8"))
    lines = {f["properties"]["between"]: LineString(f["geometry"]["coordinates"]) for f in borders["features"]}
    assert len(lines) >= 13 and all(line.within(box(35.5, 32.2, 42.5, 37.4)) for line in lines.values())
    # The road from Daraa (36.10 E, 32.62 N) to al-Suwayda (36.57 E, 32.71 N) crosses their border,
    # and the one from Homs (36.72 E, 34.73 N) to Hama (36.75 E, 35.13 N) theirs.
    for (a, b), pair in ((((36.10, 32.62), (36.57, 32.71)), {"Dar`a", "As Suwayda'"}),
                         (((36.72, 34.73), (36.75, 35.13)), {"Homs (Hims)", "Hamah"})):  # fmt: skip
        crossed = {name for name, line in lines.items() if line.intersects(LineString([a, b]))}
        assert crossed == {" | ".join(sorted(pair))}
    assert '"dashArray": "4 3"' in html
