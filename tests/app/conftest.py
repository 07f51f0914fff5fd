"""AppTest helpers: run the real script without a browser and read what the map was asked to draw."""

from __future__ import annotations

import base64
import json
import re

import pytest
from streamlit.testing.v1 import AppTest

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
        return at.run()

    return make


def map_args(at: AppTest) -> dict:
    (component,) = [el for el in at.main if el.type == "component_instance"]
    return json.loads(component.proto.json_args)


def drawn_features(at: AppTest) -> list[dict]:
    """The features of the sites layer, decoded from the payload the browser would receive."""
    match = re.search(r'atob\("([A-Za-z0-9+/=]*)"\)', map_args(at)["feature_group"])
    assert match, "the sites layer carries no payload"
    return json.loads(base64.b64decode(match.group(1)).decode("utf-8"))["features"]


def drawn_ids(at: AppTest) -> list[str]:
    return [f["properties"]["id"] for f in drawn_features(at)]


def page_text(at: AppTest) -> str:
    return "\n".join(m.value for m in at.markdown)


def day_shown(at: AppTest) -> str:
    match = re.search(r"data-testid='ba-day'>(\d{4}-\d{2}-\d{2})<", page_text(at))
    assert match
    return match.group(1)
