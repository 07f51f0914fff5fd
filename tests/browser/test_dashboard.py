"""What a user sees in a real browser, with the machine cut off from the internet."""

from __future__ import annotations

import datetime as dt

import pytest

from geodata.dataset import load_dataset
from geodata.timeline import Timeline
from tests.browser.helpers import (
    assert_no_failure,
    day_shown,
    map_frame,
    map_js_frame,
    markers,
    open_app,
    wait_for_day,
    wait_for_markers,
    wait_for_param,
    wait_for_sites,
    wait_idle,
)

DATASET = load_dataset()
TIMELINE = Timeline(DATASET)
COLOURS = dict(zip(DATASET.actors["id"], DATASET.actors["colour"], strict=True))


def expected_state(day: dt.date) -> dict[str, dict]:
    return {r["id"]: r for r in TIMELINE.state_at(day).records()}


def test_deep_link_draws_every_site_in_the_holder_colours_of_that_day(page, server):
    open_app(page, server.url, "?date=2016-06-01")
    assert day_shown(page) == "2016-06-01"
    drawn = markers(page)
    expected = expected_state(dt.date(2016, 6, 1))
    assert set(drawn) == set(expected)
    for site_id, record in expected.items():
        assert drawn[site_id]["fill"] == record["holder_colour"], site_id
        assert bool(drawn[site_id]["active"]) == record["active"], site_id
    assert drawn["palmyra-airport"]["fill"] != COLOURS["isis"]  # retaken from ISIS in March 2016
    assert_no_failure(page)


def test_keyboard_slider_moves_the_day_the_map_and_the_url(page, server):
    # The day before Khmeimim opens: one key press later it is drawn active.
    opening = next(c for c in TIMELINE.change_points if expected_state(c)["khmeimim"]["active"])
    before = opening - dt.timedelta(days=1)
    open_app(page, server.url, f"?date={before.isoformat()}")
    assert markers(page)["khmeimim"]["active"] == 0
    slider = page.get_by_role("slider", name="Date")
    slider.focus()
    slider.press("ArrowRight")
    wait_for_day(page, opening.isoformat())
    wait_idle(page)
    wait_for_sites(page, "sites.some(s => s.id === 'khmeimim' && s.active)")
    wait_for_param(page, "date", opening.isoformat())


def test_next_and_previous_buttons_land_on_change_points(page, server):
    start = dt.date(2014, 10, 1)
    open_app(page, server.url, f"?date={start.isoformat()}")
    page.get_by_role("button", name="Next change").click()
    following = TIMELINE.next_change(start)
    wait_for_day(page, following.isoformat())
    page.get_by_role("button", name="Previous change").click()
    wait_for_day(page, TIMELINE.previous_change(following).isoformat())
    wait_for_param(page, "date", TIMELINE.previous_change(following).isoformat())


def test_day_change_keeps_the_map_mounted_zoomed_and_without_leaking_layers(page, server):
    open_app(page, server.url, "?date=2015-01-01")
    frame = map_js_frame(page)
    frame.evaluate("() => { window.__mountedOnce = true; window.map.setView([35.4, 35.95], 10); }")
    for _ in range(4):
        page.get_by_role("button", name="Next change").click()
        wait_idle(page)
    frame = map_js_frame(page)
    assert frame.evaluate("() => window.__mountedOnce === true"), "the map iframe was re-mounted"
    assert frame.evaluate("() => window.map.getZoom()") == 10
    assert frame.evaluate("() => window.feature_group.length") == 1


def test_clicking_a_site_shows_its_history_with_source_links(page, server):
    open_app(page, server.url, "?date=2016-06-01")
    map_frame(page).locator("path.site-khmeimim").click()
    details = page.locator("[data-testid='ba-details']")
    details.wait_for()
    assert "Khmeimim" in details.locator("h3").inner_text()
    assert details.locator("[lang='ar'][dir='rtl']").count() == 1
    links = details.locator("a[href^='http']")
    assert links.count() >= 3
    assert links.first.get_attribute("target") == "_blank"
    wait_for_param(page, "site", "khmeimim")


def test_search_and_active_filters_change_what_is_drawn(page, server):
    open_app(page, server.url, "?date=2020-01-01")
    total = len(markers(page))
    box = page.get_by_label("Search names (any spelling or script)")
    box.fill("Хмеймим")
    box.press("Enter")
    wait_idle(page)
    wait_for_sites(page, "sites.length === 1")
    assert list(markers(page)) == ["khmeimim"]
    box.fill("")
    box.press("Enter")
    wait_idle(page)
    page.get_by_text("Active sites only").click()
    wait_idle(page)
    expected_active = sum(r["active"] for r in expected_state(dt.date(2020, 1, 1)).values())
    wait_for_sites(page, f"sites.length === {expected_active}")
    assert expected_active < total
    wait_for_param(page, "active", "1")


@pytest.mark.parametrize(
    ("query", "notice"),
    [
        ("?date=not-a-date", "not a YYYY-MM-DD date"),
        ("?date=1800-01-01", "outside the data"),
        ("?site=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E", "No site has the id"),
        ("?kind=tanks&holder=martians", "Ignored unknown kind"),
    ],
)
def test_bad_url_parameters_show_a_notice_and_a_working_map(page, server, query, notice):
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    open_app(page, server.url, query)
    alerts = page.locator("[data-testid='stAlertContainer']")
    assert notice in " ".join(alerts.all_inner_texts())
    assert_no_failure(page)
    assert len(wait_for_markers(page)) > 0
    assert dialogs == []


def test_nothing_is_requested_from_outside_the_machine(page, server, traffic):
    open_app(page, server.url, "?date=2016-06-01&site=tartus")
    page.locator("[data-testid='ba-details']").wait_for()
    assert len(markers(page)) == len(TIMELINE.site_ids)
    assert traffic.of_type("script", "stylesheet", "font", "xhr", "fetch", "websocket") == []
    assert traffic.blocked == [], "the offline basemap is the default: no tile should be requested either"


def test_the_map_has_its_controls_and_leaflet_styles_from_the_app(page, server):
    """The small plugins and style sheets travel inside the map (not as separate files): the full-screen
    button works, Leaflet's styles apply and their images load from the app."""
    open_app(page, server.url)
    wait_for_markers(page)
    frame = map_js_frame(page)
    styled = frame.evaluate(
        """() => {
          const pane = document.querySelector('.leaflet-map-pane');
          const layers = document.querySelector('.leaflet-control-layers-toggle');
          return [getComputedStyle(pane).position, getComputedStyle(layers).backgroundImage,
                  typeof L.Control.FullScreen, !!document.querySelector('.leaflet-control-zoom-fullscreen')];
        }"""
    )
    assert styled[0] == "absolute"
    assert "/app/static/vendor/leaflet/dist/images/layers" in styled[1]
    assert styled[2] == "function" and styled[3]
    images = frame.evaluate(
        "() => performance.getEntriesByType('resource').filter(e => /layers|icon-fullscreen/.test(e.name))"
        ".map(e => e.responseStatus)"
    )
    assert images and all(status == 200 for status in images)


def test_the_map_moves_before_the_server_answers_and_the_answer_agrees(page, server):
    opening = next(c for c in TIMELINE.change_points if expected_state(c)["khmeimim"]["active"])
    open_app(page, server.url, f"?date={(opening - dt.timedelta(days=1)).isoformat()}")
    frame = map_js_frame(page)
    frame.evaluate(
        """() => { window.__calls = []; const original = window.atlas.apply;
        window.atlas.apply = function (codes, selected, rings) {
          window.__calls.push(JSON.stringify([codes, selected, rings])); original(codes, selected, rings); }; }"""
    )
    slider = page.get_by_role("slider", name="Date")
    slider.focus()
    slider.press("ArrowRight")
    wait_for_day(page, opening.isoformat())
    wait_idle(page)
    calls = frame.evaluate("() => window.__calls")
    assert len(calls) >= 2, "expected a predicted repaint and the server's confirmation"
    assert calls[0] == calls[-1], "the prediction disagreed with the server"
    assert markers(page)["khmeimim"]["active"] == 1
