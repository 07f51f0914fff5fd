"""The map's browser-side prediction against the server's answers, at every breakpoint of the shipped
data, and the page details that prediction listens to, named one by one."""

from __future__ import annotations

import datetime as dt

from dashboard.atlas import build_atlas
from dashboard.map_component import MAP_MISSING, STAND_IN_SCRIPT
from dashboard.prediction import epoch_day
from dashboard.sites_layer import NEXT_BUTTON_KEY, PREV_BUTTON_KEY, SLIDER_LABEL
from geodata.dataset import load_dataset
from geodata.site_table import SiteFilter
from tests.browser.helpers import day_shown, map_js_frame, open_app

ATLAS = build_atlas(load_dataset(), dt.date.today())


def test_page_details_the_prediction_relies_on(page, server):
    """If Streamlit renames any of these, the map stops moving before the server answers: this names it."""
    open_app(page, server.url, "?date=2016-06-01")
    slider = page.locator(f"input[type=range][aria-label='{SLIDER_LABEL}']")
    assert slider.count() == 1, f"no <input type=range> labelled {SLIDER_LABEL!r}: the prediction cannot see it"
    assert slider.get_attribute("aria-valuetext") == day_shown(page) == "2016-06-01", (
        "the slider's aria-valuetext no longer carries the ISO day the prediction reads"
    )
    for key, label in ((NEXT_BUTTON_KEY, "Next change"), (PREV_BUTTON_KEY, "Previous change")):
        # Streamlit draws a hidden copy beside the visible button; the click listener takes either.
        button = page.locator(f".st-key-{key} button:visible", has_text=label)
        assert button.count() == 1, f"no {label!r} button under .st-key-{key}: the prediction cannot see its clicks"


def test_browser_prediction_equals_the_server_at_every_breakpoint(page, server):
    open_app(page, server.url)
    timeline, table = ATLAS.timeline, ATLAS.table
    days = [ATLAS.first_day] + [d for d in timeline.breakpoints() if ATLAS.first_day < d <= ATLAS.last_day]
    predicted = map_js_frame(page).evaluate(
        "days => days.map(d => window.atlas.predictedCodes(d))", [epoch_day(d) for d in days]
    )
    mismatches = []
    for day, codes in zip(days, predicted, strict=True):
        state = timeline.state_at(day)
        expected = table.state_codes(state, table.mask(state, SiteFilter())).tolist()
        if codes != expected:
            mismatches.append(day.isoformat())
    assert len(days) > 100 and mismatches == []


def test_browser_change_steps_equal_the_servers_at_every_change_point(page, server):
    open_app(page, server.url)
    timeline = ATLAS.timeline
    first, last = ATLAS.first_day, ATLAS.last_day
    starts = [d for d in timeline.change_points if first <= d <= last]
    starts += [d + dt.timedelta(days=1) for d in starts if d < last]
    asked = [[epoch_day(d), direction] for d in starts for direction in (1, -1)]
    answers = map_js_frame(page).evaluate("pairs => pairs.map(([d, s]) => window.atlas.changeTarget(d, s))", asked)

    def server_step(day: dt.date, direction: int) -> int | None:
        """Where the app's button takes the view (dashboard/app.py: step_to), None when it is disabled."""
        if direction > 0:
            target = timeline.next_change(day)
            return None if target is None or target > last else epoch_day(target)
        target = timeline.previous_change(day)
        return None if target is None or day <= first else epoch_day(max(target, first))

    expected = [server_step(dt.date(1970, 1, 1) + dt.timedelta(days=d), s) for d, s in asked]
    assert answers == expected


def test_the_stand_in_script_asks_for_the_whole_map_when_the_frame_has_none(browser):
    """What a newly mounted map frame does with the stand-in: it posts the request the app answers."""
    page = browser.new_page()
    try:
        page.goto("about:blank")
        page.evaluate(
            "() => { window.__got = []; window.addEventListener('message', e => window.__got.push(e.data)); }"
        )
        page.evaluate("script => { (0, eval)(script); }", STAND_IN_SCRIPT)
        page.wait_for_function("() => window.__got.length > 0")
        message = page.evaluate("() => window.__got[0]")
        assert message["isStreamlitMessage"] and message["type"] == "streamlit:setComponentValue"
        assert message["value"]["last_active_drawing"]["properties"]["id"] == MAP_MISSING
        page.evaluate("() => { window.map = {}; window.__got = []; }")
        page.evaluate("script => { (0, eval)(script); }", STAND_IN_SCRIPT)
        page.wait_for_timeout(200)
        assert page.evaluate("() => window.__got.length") == 0  # a frame that has its map asks nothing
    finally:
        page.close()
