"""The map as a streamlit-folium component whose unchanging part is prepared once per dataset.

`st_folium` re-renders the whole folium map on every rerun (about 30 ms here, more with many
sites) although our base map never changes. We prepare its parts (script, html, header, asset
links) once, with streamlit-folium's own helpers, and on each rerun send them unchanged together
with the day's small update script. The frontend is streamlit-folium's own (pinned 0.27.4); the
browser tests check that maps still render, update and answer clicks through it.
"""

from __future__ import annotations

import json
import posixpath
import re
from dataclasses import dataclass
from typing import Any

import folium
import numpy as np
import streamlit_folium

from dashboard.basemap import (
    FULLSCREEN_CSS_FILE,
    FULLSCREEN_JS_FILE,
    LEAFLET_CSS_FILE,
    LEAFLET_PATCHES_FILE,
    STATIC_DIR,
    STATIC_URL,
    build_base_map,
)
from geodata.site_table import SiteTable

RETURNED_OBJECTS = ("last_active_drawing",)

# streamlit-folium sends every argument on every run, and its frontend runs `script` only when it
# mounts the map. So the ~100 kB base map goes once per session; later runs send this stand-in. Should
# a new frame ever receive the stand-in (the component mounted again), it asks the app for the whole
# map, once, through the component's value: `map_missing` recognises that request.
MAP_MISSING = "__atlas_map_missing__"
STAND_IN_SCRIPT = (
    "/* Bases Atlas: the base map was sent when this map was first mounted. */\n"
    "var map_div = undefined;\n"
    "if (!window.map) {\n"
    "  window.parent.postMessage({isStreamlitMessage: true, type: 'streamlit:setComponentValue', dataType: 'json',\n"
    f"    value: {{last_active_drawing: {{properties: {{id: '{MAP_MISSING}', nonce: String(Date.now())}}}}}}}}, '*');\n"
    "}\n"
)

# The adapter's contract with streamlit-folium (pinned 0.27.4), checked by
# tests/unit/test_map_adapter_contract.py so an upstream change fails one named test:
# - the private helpers below render a folium map the way `st_folium` does;
PRIVATE_HELPERS = ("_component_func", "_get_html", "_get_header", "_get_map_string")
# - the arguments are those `st_folium` sends; the frontend reads each from `data.args` (but `key`,
#   Streamlit's own, and `id`, which st_folium sends and the frontend ignores), and evaluates
#   `feature_group` as JavaScript after removing the layers in `window.feature_group`, with the map
#   in `map_div`.
NOT_READ_BY_FRONTEND = ("id", "key")
UNUSED_CALLBACKS = ("on_change",)  # st_folium passes Streamlit a change callback; the app needs none
COMPONENT_ARGS = (
    "script", "header", "html", "id", "key", "height", "width", "returned_objects", "default", "zoom", "center",
    "feature_group", "return_on_hover", "layer_control", "pixelated", "css_links", "js_links", "wrap_longitude",
)  # fmt: skip


# streamlit-folium's frontend loads `js_links` one after another (each waits for the previous), then
# evaluates `script`; in a fresh browser each small file cost a round trip before the map could draw.
# So our own small scripts go inside `script` and the style sheets inside `header` (a <style>, with
# their relative image URLs made absolute); only Leaflet itself stays a link (cached across visits).
INLINED_SCRIPTS = (LEAFLET_PATCHES_FILE, FULLSCREEN_JS_FILE)
INLINED_STYLES = (LEAFLET_CSS_FILE, FULLSCREEN_CSS_FILE)
_RELATIVE_URL = re.compile(r"""url\((['"]?)(?!data:|https?:|/|#)([^)'"]+)\1\)""")


def _as_browser_global(code: str) -> str:
    """The frontend evaluates `script` inside its webpack bundle, where `module` and `require` exist:
    a UMD plugin would take its CommonJS branch and never attach itself to `window.L`. Hide them."""
    return f"(function (define, module, exports, require) {{\n{code}\n}}).call(window);"


def _style_with_absolute_urls(static_file: str) -> str:
    folder = posixpath.dirname(f"{STATIC_URL}/{static_file}")
    text = (STATIC_DIR / static_file).read_text(encoding="utf-8")
    return _RELATIVE_URL.sub(lambda match: f'url("{posixpath.normpath(f"{folder}/{match.group(2)}")}")', text)


def _inline_own_assets(
    script: str, header: str, js_links: tuple[str, ...], css_links: tuple[str, ...]
) -> tuple[str, str, tuple[str, ...], tuple[str, ...]]:
    scripts = {f"{STATIC_URL}/{name}": name for name in INLINED_SCRIPTS}
    styles = {f"{STATIC_URL}/{name}": name for name in INLINED_STYLES}
    inlined_js = [
        _as_browser_global((STATIC_DIR / scripts[link]).read_text(encoding="utf-8"))
        for link in js_links
        if link in scripts
    ]
    inlined_css = [_style_with_absolute_urls(styles[link]) for link in css_links if link in styles]
    return (
        "\n".join([*inlined_js, script]),
        "".join(f"<style>{css}</style>" for css in inlined_css) + header,
        tuple(link for link in js_links if link not in scripts),
        tuple(link for link in css_links if link not in styles),
    )


@dataclass(frozen=True)
class MapParts:
    """What streamlit-folium's frontend needs to mount the base map; identical on every rerun."""

    script: str
    html: str
    header: str
    map_id: str
    css_links: tuple[str, ...]
    js_links: tuple[str, ...]
    component_key: str


def _asset_links(m: folium.Map) -> tuple[tuple[str, ...], tuple[str, ...]]:
    css: list[str] = []
    js: list[str] = []
    stack: list[Any] = [m]
    while stack:
        element = stack.pop(0)
        css += [href for _, href in getattr(element, "default_css", [])]
        js += [src for _, src in getattr(element, "default_js", [])]
        stack += list(getattr(element, "_children", {}).values())
    return tuple(dict.fromkeys(css)), tuple(dict.fromkeys(js))


def prepare_map(table: SiteTable, height_px: int) -> MapParts:
    """Render the base map once, the way st_folium would, and keep the strings."""
    m = build_base_map(table, height_px)
    m.get_root().render()
    m.render()
    html = streamlit_folium._get_html(m)
    header = streamlit_folium._get_header(m)
    css_links, js_links = _asset_links(m)
    script, header, js_links, css_links = _inline_own_assets(
        streamlit_folium._get_map_string(m), header, js_links, css_links
    )
    return MapParts(
        script=script,
        html=html,
        header=header,
        map_id=streamlit_folium.get_full_id(m),
        css_links=css_links,
        js_links=js_links,
        component_key=streamlit_folium.generate_js_hash(script, "atlas_map", False),
    )


def update_script(
    codes: np.ndarray,
    selected: int,
    rings: list[int] | None = None,
    prediction: dict[str, Any] | None = None,
    day: int = 0,
) -> str:
    """The day's update, in the form streamlit-folium evaluates for `feature_group_to_add`.

    `window.feature_group = []` drops the groups streamlit-folium has already removed from the map
    but keeps in that array forever (its issue #247), so browser memory does not grow per update.
    """
    return (
        "var feature_group_feature_group_0 = L.featureGroup({});\n"
        "window.feature_group = [];\n"
        f"window.atlas.predict({json.dumps(prediction, separators=(',', ':'))}, {int(day)}, {int(selected)});\n"
        f"window.atlas.apply([{','.join(map(str, codes.tolist()))}], {int(selected)}, "
        f"[{','.join(str(int(i)) for i in rings or [])}]);\n"
        "map_div.addLayer(feature_group_feature_group_0);\n"
        "window.feature_group.push(feature_group_feature_group_0);\n"
    )


def component_arguments(
    parts: MapParts,
    codes: np.ndarray,
    selected: int,
    height_px: int,
    rings: list[int] | None = None,
    prediction: dict[str, Any] | None = None,
    day: int = 0,
    whole_map: bool = True,
) -> dict[str, Any]:
    """Everything sent to streamlit-folium's frontend on a run: the base map (or, once the browser
    has it, its stand-in) and the day's update. The frontend reads `header` only when it mounts the
    map, with the whole map, so later runs send it empty."""
    return {
        "script": parts.script if whole_map else STAND_IN_SCRIPT,
        "header": parts.header if whole_map else "",
        "html": parts.html,
        "id": parts.map_id,
        "key": parts.component_key,
        "height": height_px,
        "width": None,
        "returned_objects": list(RETURNED_OBJECTS),
        "default": {"last_active_drawing": None},
        "zoom": None,
        "center": None,
        "feature_group": update_script(codes, selected, rings, prediction, day),
        "return_on_hover": False,
        "layer_control": None,
        "pixelated": False,
        "css_links": list(parts.css_links),
        "js_links": list(parts.js_links),
        "wrap_longitude": False,
    }


def show_map(arguments: dict[str, Any]) -> dict[str, Any] | None:
    """Mount (first run) or update (later runs) the map; returns the last clicked site's feature."""
    return streamlit_folium._component_func(**arguments)


def map_missing(output: dict[str, Any] | None) -> str | None:
    """The request a freshly mounted frame sends when it got the stand-in: its nonce, else None."""
    properties = ((output or {}).get("last_active_drawing") or {}).get("properties") or {}
    return str(properties.get("nonce")) if properties.get("id") == MAP_MISSING else None
