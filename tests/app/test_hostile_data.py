"""Data is text, never markup: a crafted dataset renders literally in every panel."""

from __future__ import annotations

import re

from streamlit.testing.v1 import AppTest

from tests.app.conftest import APP, drawn_features
from tests.conftest import FIXTURES

HOSTILE = FIXTURES / "hostile"
MARKUP = re.compile(r"<\s*(script|img|svg|iframe|style|a\s+href\s*=\s*[\"']?javascript)", re.IGNORECASE)


def run_hostile(monkeypatch, **params: str) -> AppTest:
    monkeypatch.setenv("GEODATA_DIR", str(HOSTILE))
    at = AppTest.from_file(APP, default_timeout=60)
    for key, value in params.items():
        at.query_params[key] = value
    return at.run()


def rendered_html(at: AppTest) -> list[str]:
    return [m.value for m in at.markdown if not m.value.startswith("<style>")]


def test_no_data_string_reaches_the_page_as_markup(monkeypatch):
    at = run_hostile(monkeypatch, date="2015-01-01", site="alpha")
    assert not at.exception
    pieces = rendered_html(at)
    assert any("Alpha" in p for p in pieces), "the details panel was not rendered"
    for piece in pieces:
        assert not MARKUP.search(piece), piece[:300]
        assert "\n" not in piece  # a blank line would end the HTML block and start Markdown
    details = next(p for p in pieces if "ba-details" in p)
    assert "&lt;script&gt;window.__pwned=&quot;script&quot;&lt;/script&gt;" in details
    assert "javascript:" not in re.findall(r'href="([^"]*)"', details)[0]
    assert "&#36;x^2&#36;" in details


def test_contested_alternatives_and_legend_are_escaped(monkeypatch):
    at = run_hostile(monkeypatch, date="2015-01-01", site="bravo", panel="legend")
    pieces = rendered_html(at)
    details = next(p for p in pieces if "ba-details" in p)
    assert "&lt;/li&gt;&lt;/ul&gt;&lt;img" in details
    legend = next(p for p in pieces if "ba-legend" in p)
    assert "&lt;i onmouseover=" in legend and "<i " not in legend


def test_map_payload_keeps_the_raw_text_for_the_browser_to_escape(monkeypatch):
    at = run_hostile(monkeypatch, date="2015-01-01")
    names = {f["properties"]["id"]: f["properties"]["name"] for f in drawn_features(at)}
    assert names["alpha"].startswith("<script>")  # data stays data; the layer escapes it in the browser
