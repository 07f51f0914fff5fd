"""The part of the map that never changes with the day: offline geography, city labels, tile options.

Everything the browser loads comes from this app's static folder (`/app/static/...`); online tile
layers are offered in the layer switcher but are never the default, so the map works offline.
"""

from __future__ import annotations

import html
import json
from functools import lru_cache
from pathlib import Path
from typing import Any

import folium
from branca.element import Element, MacroElement
from folium.plugins import Fullscreen
from jinja2 import Template

from dashboard.sites_layer import SitesBase
from geodata.site_table import SiteTable

STATIC_DIR = Path(__file__).resolve().parent / "static"
STATIC_URL = "/app/static"
# Paths inside the static folder of every file the map loads: served by the app under STATIC_URL,
# copied beside the page by the static atlas (dashboard/publish.py).
LEAFLET_JS_FILE = "vendor/leaflet/dist/leaflet.js"
LEAFLET_CSS_FILE = "vendor/leaflet/dist/leaflet.css"
LEAFLET_PATCHES_FILE = "leaflet-patches.js"
FULLSCREEN_JS_FILE = "vendor/leaflet.fullscreen/Control.FullScreen.js"
FULLSCREEN_CSS_FILE = "vendor/leaflet.fullscreen/Control.FullScreen.css"
LEAFLET_JS = f"{STATIC_URL}/{LEAFLET_JS_FILE}"
LEAFLET_CSS = f"{STATIC_URL}/{LEAFLET_CSS_FILE}"
DATA_ATTRIBUTION = (
    '<a href="https://www.naturalearthdata.com/">Natural Earth</a> · '
    '<a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0)'
)
COUNTRIES_FILE = STATIC_DIR / "basemap" / "countries.geojson"
CITIES_FILE = STATIC_DIR / "basemap" / "cities.geojson"
RIVERS_FILE = STATIC_DIR / "basemap" / "rivers.geojson"
GOVERNORATES_FILE = STATIC_DIR / "basemap" / "governorates.geojson"
GOVERNORATE_BORDER_STYLE = {"color": "#8c8c8c", "weight": 0.9, "opacity": 0.9, "dashArray": "4 3"}
RIVER_COLOUR = "#5b9bd5"

MAP_CENTER = (35.0, 38.4)
MAP_ZOOM = 7
# Syria's extent, so the whole country is in view whatever the map's width.
SYRIA_SOUTH_WEST = (32.3, 35.6)
SYRIA_NORTH_EAST = (37.35, 42.4)
SEA_COLOUR = "#cfe2ef"

ONLINE_TILES = (
    (
        "OpenStreetMap (online)",
        "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
        '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
    ),
    (
        "Satellite, Esri World Imagery (online)",
        "https://server.arcgisonline.com/ArcGIS/rest/services/World_Imagery/MapServer/tile/{z}/{y}/{x}",
        "Tiles &copy; Esri &mdash; Source: Esri, Maxar, Earthstar Geographics, and the GIS User Community",
    ),
)


@lru_cache(maxsize=4)
def _read_geojson(path: Path) -> dict[str, Any]:
    if not path.is_file():
        return {"type": "FeatureCollection", "features": []}
    return json.loads(path.read_text(encoding="utf-8"))


def _country_style(feature: dict[str, Any]) -> dict[str, Any]:
    is_syria = feature.get("properties", {}).get("name") == "Syria"
    return {
        "fillColor": "#f7f3e8" if is_syria else "#e9e6df",
        "fillOpacity": 1,
        "color": "#6b6b6b" if is_syria else "#9a9a9a",
        "weight": 1.6 if is_syria else 0.8,
    }


def _add_countries(target: folium.FeatureGroup) -> None:
    countries = _read_geojson(COUNTRIES_FILE)
    folium.GeoJson(
        countries,
        name="Countries (Natural Earth)",
        style_function=_country_style,
        interactive=False,
        control=False,
    ).add_to(target)


def _add_governorate_borders(target: folium.FeatureGroup) -> None:
    """Where one governorate meets the next (Natural Earth admin-1), thin and dashed: the dataset names
    each site's governorate, and readers place Daraa, Suwayda or Quneitra by these lines."""
    folium.GeoJson(
        _read_geojson(GOVERNORATES_FILE),
        name="Governorate borders (Natural Earth)",
        style_function=lambda _feature: dict(GOVERNORATE_BORDER_STYLE),
        interactive=False,
        control=False,
    ).add_to(target)


def _add_rivers(target: folium.FeatureGroup) -> None:
    """The Euphrates, the Tigris, the Orontes…: context for where the bases sit (Natural Earth 1:50m)."""
    folium.GeoJson(
        _read_geojson(RIVERS_FILE),
        name="Rivers (Natural Earth)",
        style_function=lambda _feature: {"color": RIVER_COLOUR, "weight": 1.4, "opacity": 0.9},
        interactive=False,
        control=False,
    ).add_to(target)


def _add_cities(m: folium.Map) -> None:
    cities = folium.FeatureGroup(name="City labels (offline)", overlay=True, show=True)
    for feature in _read_geojson(CITIES_FILE).get("features", []):
        lon, lat = feature["geometry"]["coordinates"][:2]
        name = html.escape(str(feature["properties"].get("name", "")))
        folium.CircleMarker(
            (lat, lon), radius=2, color="#555555", weight=1, fill=True, fill_opacity=1, interactive=False
        ).add_child(folium.Tooltip(name, permanent=True, direction="right", class_name="city-label")).add_to(cities)
    cities.add_to(m)


class _Attribution(MacroElement):
    """Credit the offline layers in Leaflet's attribution control (GeoNames' licence requires it)."""

    _template = Template(
        "{% macro script(this, kwargs) %}"
        "{{ this._parent.get_name() }}.attributionControl.addAttribution({{ this.text|tojson }});"
        "{% endmacro %}"
    )

    def __init__(self, text: str) -> None:
        super().__init__()
        self._name = "Attribution"
        self.text = text


def build_base_map(
    table: SiteTable, height_px: int | str = 620, static_url: str = STATIC_URL, in_streamlit: bool = True
) -> folium.Map:
    """A fresh base map with every site's marker. Deterministic per dataset: the same script every
    time, so st_folium keeps it mounted while only the day's state changes.

    `static_url` is where the static folder is reached from the page (the app's route, or a relative
    folder in the static atlas); `in_streamlit` wires the map to the Streamlit page around it."""
    height = f"{height_px}px" if isinstance(height_px, int) else height_px
    m = folium.Map(
        location=MAP_CENTER,
        zoom_start=MAP_ZOOM,
        tiles=None,
        min_zoom=4,
        max_zoom=16,
        control_scale=True,
        zoom_snap=0.25,
        height=height,
    )
    # Offline first: only Leaflet, served by this app; folium's CDN defaults are dropped.
    m.default_js = [
        ("leaflet", f"{static_url}/{LEAFLET_JS_FILE}"),
        ("leaflet_patches", f"{static_url}/{LEAFLET_PATCHES_FILE}"),
    ]
    m.default_css = [("leaflet_css", f"{static_url}/{LEAFLET_CSS_FILE}")]
    m.get_root().header.add_child(
        Element(
            "<style>"
            f".leaflet-container{{background:{SEA_COLOUR};}}"
            ".leaflet-tooltip.city-label{background:transparent;border:none;box-shadow:none;color:#333;"
            "font:11px/1.2 system-ui,sans-serif;text-shadow:0 0 3px #fff,0 0 3px #fff;padding:0 0 0 2px;}"
            ".leaflet-tooltip.city-label::before{display:none;}"
            ".leaflet-tooltip.site-label{background:transparent;border:none;box-shadow:none;color:#111;"
            "font:600 11px/1.2 system-ui,sans-serif;text-shadow:0 0 3px #fff,0 0 3px #fff,0 0 2px #fff;"
            "padding:0 0 0 2px;}"
            ".leaflet-tooltip.site-label::before{display:none;}"
            "</style>"
        )
    )
    m.fit_bounds([SYRIA_SOUTH_WEST, SYRIA_NORTH_EAST])
    offline = folium.FeatureGroup(name="Offline map (Natural Earth)", overlay=False, show=True)
    _add_countries(offline)
    _add_governorate_borders(offline)
    _add_rivers(offline)
    offline.add_to(m)
    for name, url, attribution in ONLINE_TILES:
        folium.TileLayer(url, name=name, attr=attribution, overlay=False, show=False, max_zoom=18).add_to(m)
    _add_cities(m)
    SitesBase(table, watch_streamlit=in_streamlit).add_to(m)
    folium.LayerControl(collapsed=True, position="topright").add_to(m)
    fullscreen = Fullscreen(position="topleft", title="Full screen", title_cancel="Leave full screen")
    fullscreen.default_js = [("fullscreen_js", f"{static_url}/{FULLSCREEN_JS_FILE}")]
    fullscreen.default_css = [("fullscreen_css", f"{static_url}/{FULLSCREEN_CSS_FILE}")]
    fullscreen.add_to(m)
    _Attribution(DATA_ATTRIBUTION).add_to(m)
    return m
