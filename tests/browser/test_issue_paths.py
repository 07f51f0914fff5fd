"""The paths a user reported as broken, replayed in real Chromium, and the sourced details panel."""

from __future__ import annotations

import datetime as dt

from geodata.dataset import load_dataset
from geodata.history import site_history
from geodata.timeline import Timeline
from tests.browser.helpers import assert_no_failure, map_frame, open_app, url_param, wait_for_day, wait_idle

DATASET = load_dataset()
TIMELINE = Timeline(DATASET)


def choose_panel(page, label: str) -> None:
    page.get_by_role("radiogroup", name="Panel").get_by_text(label, exact=True).click()
    wait_idle(page)


def test_analyst_link_then_table_then_next_change_keeps_the_comparison(page, server):
    """Issue 11, item 1: this sequence crashed with a traceback (compare state lost with its panel)."""
    open_app(page, server.url, "?date=2016-06-01&cmp=2015-06-01&panel=changes")
    choose_panel(page, "Table")
    page.get_by_role("button", name="Next change").click()
    following = TIMELINE.next_change(dt.date(2016, 6, 1))
    wait_for_day(page, following.isoformat())
    wait_idle(page)
    assert_no_failure(page)
    assert url_param(page, "cmp") == "2015-06-01"
    choose_panel(page, "What changed")
    assert_no_failure(page)
    assert page.get_by_label("Mark changes on the map").is_checked()
    assert url_param(page, "cmp") == "2015-06-01"


def test_clicking_a_marker_turns_it_gold(page, server):
    """Issue 11, item 3: a click selects the site and the map shows the selection at once."""
    open_app(page, server.url, "?date=2016-06-01")
    map_frame(page).locator("path.site-khmeimim").click()
    wait_idle(page)
    frame = page.frame_locator("iframe[title='streamlit_folium.st_folium']")
    frame.locator("path.site-khmeimim[stroke='#ffb000']").wait_for(timeout=15_000)
    assert_no_failure(page)


def test_details_show_quote_tier_date_and_both_addresses_of_a_source(page, server):
    history = site_history(DATASET, "khmeimim")
    claims = [*history["presence"], *history["control"]]
    source = next(s for c in claims for s in c["sources"] if s["archive_url"] and s["url"] and s["quote"])
    open_app(page, server.url, "?date=2016-06-01&site=khmeimim")
    details = page.locator("[data-testid='ba-details']")
    details.wait_for()
    items = details.locator("ul.ba-sources > li", has=page.locator(f"a[href='{source['url']}']"))
    items.first.wait_for(state="attached")  # folded sources are in the page, closed
    texts = [items.nth(i).text_content() for i in range(items.count())]  # folded sources too
    item = items.nth(next(i for i, text in enumerate(texts) if source["quote"][:60] in text))
    assert item.locator(f"a[href='{source['archive_url']}']").count() == 1
    assert source["quote"][:60] in item.locator("q.ba-quote").first.text_content()
    assert source["tier_label"] in item.locator(".ba-tier").text_content()
    assert source["date"] in texts[texts.index(item.text_content())] and source["publisher"] in item.text_content()
    assert_no_failure(page)


def test_overlapping_sites_are_spread_so_each_can_be_seen_and_clicked(page, server):
    """Issue 11, item 9: sites on the same town point (Palmyra, Dumayr, Latakia) sat on one another."""
    open_app(page, server.url, "?date=2021-06-01")
    frame = page.wait_for_selector("iframe[title='streamlit_folium.st_folium']").content_frame()
    closest = frame.evaluate(
        """() => {
          const shown = window.atlas.markers.filter(m => window.atlas.group.hasLayer(m));
          const pts = shown.map(m => window.map.latLngToLayerPoint(m.getLatLng()));
          let best = Infinity;
          for (let a = 0; a < pts.length; a++)
            for (let b = a + 1; b < pts.length; b++) best = Math.min(best, pts[a].distanceTo(pts[b]));
          return best;
        }"""
    )
    assert closest >= 6, closest
    stacked = frame.evaluate(
        "() => { const ll = window.atlas.markers.map(m => m.feature.geometry.coordinates.join(','));"
        " return ll.length - new Set(ll).size; }"
    )
    assert stacked >= 1  # the data does hold sites on the very same point; the map spreads them
    assert_no_failure(page)


def test_every_panel_in_a_row_with_the_slider_moved_between_them(page, server):
    """The sequence a user makes when exploring: a panel, a day later, the next panel, and so on."""
    from dashboard.panel_registry import PANELS

    day = dt.date(2016, 6, 1)
    open_app(page, server.url, f"?date={day.isoformat()}&site=khmeimim&cmp=2015-06-01")
    for panel in PANELS.values():
        choose_panel(page, panel.label)
        slider = page.get_by_role("slider", name="Date")
        slider.focus()
        slider.press("ArrowRight")
        day += dt.timedelta(days=1)
        wait_for_day(page, day.isoformat())
        wait_idle(page)
        assert_no_failure(page)
        assert url_param(page, "site") == "khmeimim" and url_param(page, "cmp") == "2015-06-01"


def test_each_kind_is_drawn_as_its_shape_on_the_map(page, server):
    """Issue 11, item 9: kinds told apart at a glance, not by size alone (the legend draws the same)."""
    from dashboard.sites_layer import KIND_STYLES, SHAPE_VERTICES

    open_app(page, server.url, "?date=2021-06-01")
    frame = page.wait_for_selector("iframe[title='streamlit_folium.st_folium']").content_frame()
    drawn = frame.evaluate(
        """() => window.atlas.markers.filter(m => m._path).map(m =>
             [m.feature.properties.kind, m._path.getAttribute('d')])"""
    )
    by_kind: dict[str, set[str]] = {}
    for kind, path in drawn:
        corners = path.count("L") + 1 if path.endswith("Z") and " a" not in path.lower() else 0
        by_kind.setdefault(kind, set()).add("arc" if "a" in path.replace("M", "") else f"{corners}")
    for kind, forms in by_kind.items():
        shape = KIND_STYLES[kind]["shape"]
        expected = str(len(SHAPE_VERTICES[shape])) if shape in SHAPE_VERTICES else "arc"
        assert forms == {expected}, (kind, forms)
    assert len(by_kind) >= 6
    assert_no_failure(page)
