"""The contract between dashboard/map_component.py and streamlit-folium, pinned so that an upgrade that
breaks it fails here, by name, instead of leaving the map silently frozen.

What the adapter relies on: the private helpers it calls, the arguments the frontend reads from
`data.args`, and how the frontend applies `feature_group` (it removes the layers listed in
`window.feature_group`, then evaluates the string with the map in `map_div`).
"""

from __future__ import annotations

import ast
import inspect
from functools import lru_cache
from pathlib import Path

import numpy as np
import pytest
import streamlit_folium

from dashboard.map_component import (
    COMPONENT_ARGS,
    NOT_READ_BY_FRONTEND,
    PRIVATE_HELPERS,
    RETURNED_OBJECTS,
    UNUSED_CALLBACKS,
    component_arguments,
    prepare_map,
    update_script,
)
from geodata.dataset import load_dataset
from geodata.site_table import SiteTable
from geodata.timeline import Timeline

ADAPTER = "dashboard/map_component.py"


@lru_cache(maxsize=1)
def frontend_bundle() -> str:
    build = Path(streamlit_folium.__file__).parent / "frontend" / "build" / "static" / "js"
    bundles = sorted(build.glob("main.*.js"))
    assert bundles, f"streamlit-folium ships no frontend bundle under {build}; {ADAPTER} cannot work"
    return "".join(b.read_text(encoding="utf-8") for b in bundles)


@pytest.mark.parametrize("name", PRIVATE_HELPERS)
def test_the_private_helpers_the_adapter_calls_still_exist(name):
    helper = getattr(streamlit_folium, name, None)
    assert callable(helper), f"streamlit_folium.{name} is gone: {ADAPTER} must be ported to the new release"
    if name.startswith("_get_"):
        assert len(inspect.signature(helper).parameters) == 1, f"streamlit_folium.{name} now takes other arguments"


def test_the_prepared_map_is_what_st_folium_itself_would_send():
    table = SiteTable(Timeline(load_dataset()))
    parts = prepare_map(table, 500)
    assert parts.script and parts.map_id in parts.script and "window.atlas" in parts.script
    assert any(link.endswith("leaflet.js") for link in parts.js_links)


def test_the_adapter_sends_the_arguments_st_folium_sends():
    tree = ast.parse(inspect.getsource(streamlit_folium.st_folium))
    calls = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "_component_func"
    ]
    assert calls, f"st_folium no longer calls _component_func; {ADAPTER} must be ported"
    sent = {keyword.arg for keyword in calls[0].keywords}
    ours = set(COMPONENT_ARGS) | set(UNUSED_CALLBACKS)
    assert sent == ours, f"st_folium now sends {sorted(sent ^ ours)} differently; see {ADAPTER} (COMPONENT_ARGS)"


@pytest.mark.parametrize("argument", [a for a in COMPONENT_ARGS if a not in NOT_READ_BY_FRONTEND])
def test_the_frontend_reads_every_argument_the_adapter_sends(argument):
    assert f"data.args.{argument}" in frontend_bundle(), (
        f"streamlit-folium's frontend no longer reads `{argument}`; see {ADAPTER} (COMPONENT_ARGS)"
    )


def test_the_adapter_sends_exactly_the_declared_arguments():
    table = SiteTable(Timeline(load_dataset()))
    arguments = component_arguments(prepare_map(table, 500), np.zeros(len(table), dtype=np.int64), -1, 500)
    assert tuple(arguments) == COMPONENT_ARGS
    assert arguments["returned_objects"] == list(RETURNED_OBJECTS)


def test_the_frontend_evaluates_the_update_the_way_the_adapter_writes_it():
    bundle = frontend_bundle()
    assert "eval(feature_group+layer_control)" in bundle, "the frontend no longer evaluates feature_group"
    assert "window.feature_group.forEach" in bundle and "window.map.removeLayer" in bundle, (
        "the frontend no longer removes the previous update's layers through window.feature_group"
    )
    assert "map_div" in bundle and "last_active_drawing" in bundle
    script = update_script(np.array([9, 8]), 0)
    assert "map_div.addLayer" in script and "window.feature_group.push" in script
