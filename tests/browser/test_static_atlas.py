"""The static atlas in real Chromium, opened from file:// with every other request blocked: it shows the
sites, moves with the slider and the change buttons as geodata answers, opens details with sources,
and reopens a view from its fragment."""

from __future__ import annotations

import datetime as dt
import random
import time
from pathlib import Path

import pytest

from dashboard.publish import publish
from geodata.dataset import load_dataset
from geodata.timeline import Timeline
from tests.browser.helpers import files_only
from tests.conftest import FIXTURES

INJECTED = "img[src='x'], svg[onload], iframe[src^='javascript'], b[onmouseover], i[onmouseover], a[href^='javascript']"
TODAY = dt.date.today()


@pytest.fixture(scope="module")
def site_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("static") / "atlas"
    publish(out, today=TODAY)
    return out


@pytest.fixture(scope="module")
def timeline() -> Timeline:
    return Timeline(load_dataset())


@pytest.fixture
def offline_page(browser):
    """A fresh browser context that may read files and nothing else; blocked requests are recorded."""
    context = browser.new_context(viewport={"width": 1440, "height": 900})
    blocked = files_only(context)
    page = context.new_page()
    page.set_default_timeout(20_000)
    page.blocked = blocked
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.errors = errors
    yield page
    context.close()


def open_atlas(page, folder: Path, fragment: str = "") -> None:
    page.goto((folder / "index.html").as_uri() + fragment)
    page.wait_for_selector("body[data-atlas-ready]")


def shown_day(page) -> dt.date:
    return dt.date.fromisoformat(page.locator("#sa-day").inner_text())


def move_slider(page, day: dt.date) -> None:
    """What a drag does: the range input's value changes and it fires `input`."""
    epoch = (day - dt.date(1970, 1, 1)).days
    page.eval_on_selector(
        "#sa-slider", "(el, v) => { el.value = v; el.dispatchEvent(new Event('input', {bubbles: true})); }", epoch
    )


def marker_states(page) -> list[tuple[int, str]]:
    return page.evaluate(
        "() => window.atlas.markers.map(m => [m.feature.properties.active, m.feature.properties.holder])"
    )


def expected_states(timeline: Timeline, day: dt.date) -> list[tuple[int, str]]:
    state = timeline.state_at(day)
    records = [state.record(i) for i in range(len(timeline.site_ids))]
    return [[int(r["active"]), r["holder_label"]] for r in records]


def test_opened_from_a_file_it_shows_every_site_with_no_request_leaving(offline_page, site_dir, timeline):
    started = time.perf_counter()
    open_atlas(offline_page, site_dir)
    elapsed = time.perf_counter() - started
    assert offline_page.locator("path.site-marker").count() == len(timeline.site_ids)
    last = timeline.span(TODAY)[1]
    assert shown_day(offline_page) == last
    active = int(timeline.state_at(last).active.sum())
    assert offline_page.locator("#sa-summary").inner_text().startswith(f"{active} of {len(timeline.site_ids)} sites")
    assert offline_page.blocked == [] and offline_page.errors == []
    print(f"first map from file:// in a fresh context: {elapsed:.2f} s")


def test_slider_moves_repaint_every_site_as_geodata_answers(offline_page, site_dir, timeline):
    open_atlas(offline_page, site_dir)
    first, last = dt.date(1971, 1, 1), timeline.span(TODAY)[1]
    rng = random.Random(13)
    days = [dt.date.fromordinal(rng.randint(first.toordinal(), last.toordinal())) for _ in range(8)]
    days += rng.sample([d for d in timeline.change_points if d >= first], 6)
    for day in days:
        move_slider(offline_page, day)
        assert shown_day(offline_page) == day
        assert marker_states(offline_page) == expected_states(timeline, day), day


def test_change_buttons_step_to_geodatas_change_points_and_pause_stops_play(offline_page, site_dir, timeline):
    open_atlas(offline_page, site_dir, "#date=2015-06-01")
    day = dt.date(2015, 6, 1)
    for _ in range(3):
        offline_page.get_by_role("button", name="Next change").click()
        day = timeline.next_change(day)
        assert shown_day(offline_page) == day
        assert marker_states(offline_page) == expected_states(timeline, day)
    offline_page.get_by_role("button", name="Previous change").click()
    assert shown_day(offline_page) == timeline.previous_change(day)
    offline_page.get_by_role("button", name="Play").click()
    offline_page.wait_for_function("(d) => document.getElementById('sa-day').textContent !== d", arg=str(day))
    offline_page.get_by_role("button", name="Pause").click()
    paused_at = shown_day(offline_page)
    time.sleep(2.0)
    assert shown_day(offline_page) == paused_at
    assert paused_at in timeline.change_points


def test_clicking_a_site_opens_its_history_with_sources_and_the_link_reopens_it(offline_page, site_dir):
    open_atlas(offline_page, site_dir, "#date=2016-06-01")
    offline_page.locator("path.site-khmeimim").click()
    details = offline_page.locator("[data-testid='sa-details']")
    assert "Khmeimim" in details.locator(".ba-site-name").inner_text()
    status = offline_page.locator("[data-testid='sa-status']").inner_text()
    assert "On 2016-06-01" in status and "Soviet/Russian presence recorded" in status
    assert details.locator(".ba-quote").count() > 3
    hrefs = details.locator("a").evaluate_all("links => links.map(a => a.getAttribute('href'))")
    assert hrefs and all(h.startswith(("https://", "http://")) for h in hrefs)
    assert offline_page.evaluate("() => location.hash") == "#date=2016-06-01&site=khmeimim"
    gold = "#ffb000"
    assert offline_page.locator("path.site-khmeimim").get_attribute("stroke") == gold
    # The same link in a fresh page: the same day, the same site.
    fresh = offline_page.context.new_page()
    open_atlas(fresh, site_dir, "#date=2016-06-01&site=khmeimim")
    assert shown_day(fresh) == dt.date(2016, 6, 1)
    assert "Khmeimim" in fresh.locator("[data-testid='sa-details'] .ba-site-name").inner_text()
    assert fresh.locator("path.site-khmeimim").get_attribute("stroke") == gold


def test_a_link_it_cannot_follow_opens_the_latest_day_with_a_notice(offline_page, site_dir, timeline):
    open_atlas(offline_page, site_dir, "#date=2016-02-30&site=atlantis")
    notice = offline_page.locator("#sa-notice")
    assert notice.is_visible()
    assert "2016-02-30" in notice.inner_text() and "atlantis" in notice.inner_text()
    assert shown_day(offline_page) == timeline.span(TODAY)[1]
    offline_page.evaluate("() => { location.hash = '#date=1990-01-01'; }")
    offline_page.wait_for_function("() => document.getElementById('sa-day').textContent === '1990-01-01'")
    assert notice.is_hidden()


def test_crafted_data_shows_literally_and_never_runs(offline_page, tmp_path):
    out = tmp_path / "hostile-atlas"
    publish(out, data_dir=FIXTURES / "hostile", today=TODAY)
    dialogs: list[str] = []
    offline_page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    open_atlas(offline_page, out, "#date=2015-01-01&site=alpha")
    details = offline_page.locator("[data-testid='sa-details']")
    assert '<script>window.__pwned="script"</script>' in details.inner_text()
    option_texts = offline_page.locator("#sa-site option").all_inner_texts()
    assert any("<img src=x" in text for text in option_texts)
    offline_page.locator("path.site-alpha").hover()
    assert "<img src=x" in offline_page.locator(".leaflet-tooltip-pane .leaflet-tooltip").last.inner_text()
    offline_page.get_by_role("button", name="Next change").click()
    assert offline_page.evaluate("() => window.__pwned") is None
    assert offline_page.locator(INJECTED).count() == 0
    hrefs = details.locator("a").evaluate_all("links => links.map(a => a.getAttribute('href'))")
    assert all(h.startswith("https://") for h in hrefs)
    assert dialogs == []
