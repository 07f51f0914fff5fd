"""AppTest helpers: run the real script without a browser and read what the map was asked to draw."""

from __future__ import annotations

import base64
import json
import re

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.map_component import STAND_IN_SCRIPT
from tests.conftest import REPO

APP = str(REPO / "dashboard" / "app.py")


@pytest.fixture
def app(monkeypatch):
    """A fresh AppTest on the shipped data; call with query params to open a deep link."""
    monkeypatch.delenv("GEODATA_DIR", raising=False)

    def make(**params: str) -> AppTest:
        at = AppTest.from_file(APP, default_timeout=60)
        for key, value in params.items():
            at.query_params[key] = value
        at.run()
        if any(el.type == "component_instance" for el in at.main):
            map_args(at)  # remember the base map the first run carried
        return at

    return make


# The base map each component key was mounted with: a session's first run carries it, later runs a
# stand-in (dashboard/map_component.py), so the helpers below read the sites from the first.
_BASE_SCRIPTS: dict[str, str] = {}


def map_args(at: AppTest) -> dict:
    (component,) = [el for el in at.main if el.type == "component_instance"]
    args = json.loads(component.proto.json_args)
    if args["script"] != STAND_IN_SCRIPT:
        _BASE_SCRIPTS[args["key"]] = args["script"]
    return args


def base_script(at: AppTest) -> str:
    args = map_args(at)
    assert args["key"] in _BASE_SCRIPTS, "no run of this map carried the base map"
    return _BASE_SCRIPTS[args["key"]]


def drawn_features(at: AppTest) -> list[dict]:
    """The visible sites as the browser would style them: the base map's static site data combined
    with the day's state codes from the update, decoded exactly as `window.atlas.apply` does."""
    args = map_args(at)
    payload = re.search(r'atob\("([A-Za-z0-9+/=]*)"\)', base_script(at))
    assert payload, "the base map carries no sites"
    static = json.loads(base64.b64decode(payload.group(1)).decode("utf-8"))
    update = re.search(r"window\.atlas\.apply\(\[([-0-9,]*)\], (-?\d+), \[([0-9,]*)\]\)", args["feature_group"])
    assert update, "the update carries no state codes"
    codes = [int(c) for c in update.group(1).split(",") if c]
    selected = int(update.group(2))
    assert len(codes) == len(static["ids"])
    features = []
    for i, code in enumerate(codes):
        if not code & 1:
            continue
        properties = {
            "id": static["ids"][i],
            "name": static["names"][i],
            "kind": static["kinds"][i],
            "holder": static["holders"][code >> static["holderShift"]],
            "colour": static["colours"][code >> static["holderShift"]],
            "active": int(bool(code & 8)),
            "uncertain": int(bool(code & 4)),
            "contested": int(bool(code & 2)),
            "changed": int(bool(code & 16)),
            "low_confidence": int(bool(code & 32)),
            "selected": int(i == selected),
        }
        features.append({"type": "Feature", "properties": properties})
    return features


def drawn_ids(at: AppTest) -> list[str]:
    return [f["properties"]["id"] for f in drawn_features(at)]


def page_text(at: AppTest) -> str:
    return "\n".join(m.value for m in at.markdown)


def day_shown(at: AppTest) -> str:
    match = re.search(r"data-testid='ba-day'>(\d{4}-\d{2}-\d{2})<", page_text(at))
    assert match
    return match.group(1)
