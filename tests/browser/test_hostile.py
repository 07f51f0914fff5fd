"""A crafted dataset in a real browser: no injected script runs, in the page or in the map iframe."""

from __future__ import annotations

import pytest

from tests.browser.conftest import start_server, stop_server
from tests.browser.helpers import map_frame, map_js_frame, open_app, wait_idle
from tests.conftest import FIXTURES

INJECTED = "img[src='x'], svg[onload], iframe[src^='javascript'], b[onmouseover], i[onmouseover], a[href^='javascript']"


@pytest.fixture(scope="module")
def hostile_server():
    from tests.browser.conftest import _require_chromium

    _require_chromium()
    server = start_server(FIXTURES / "hostile", name="hostile")
    yield server
    stop_server(server)


def test_crafted_text_shows_literally_and_never_runs(page, hostile_server):
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    open_app(page, hostile_server.url, "?date=2015-01-01&site=alpha")
    details = page.locator("[data-testid='ba-details']")
    details.wait_for()
    assert '<script>window.__pwned="script"</script>' in details.inner_text()
    map_frame(page).locator("path.site-alpha").hover()
    tooltip = map_frame(page).locator(".leaflet-tooltip-pane .leaflet-tooltip").last
    tooltip.wait_for()
    assert "<img src=x" in tooltip.inner_text()
    page.get_by_role("button", name="Next change").click()
    wait_idle(page)
    assert page.evaluate("() => window.__pwned") is None
    assert map_js_frame(page).evaluate("() => window.__pwned") is None
    assert page.locator(INJECTED).count() == 0
    assert map_frame(page).locator(INJECTED).count() == 0
    hrefs = details.locator("a").evaluate_all("links => links.map(a => a.getAttribute('href'))")
    external = [h for h in hrefs if not h.startswith("#")]  # '#...' are Streamlit's heading anchors
    assert external and all(h.startswith("https://") for h in external)
    assert dialogs == []
