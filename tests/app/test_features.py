"""Analyst features through AppTest: tour, what changed, confidence, table, timeline, cite, export, upload."""

from __future__ import annotations

import datetime as dt
import json
import re

import pyarrow.ipc

from geodata.dataset import load_dataset
from geodata.timeline import Timeline
from tests.app.conftest import day_shown, drawn_features, map_args, page_text

TIMELINE = Timeline(load_dataset())
STRICT = Timeline(load_dataset(), min_confidence="high")


def features(at) -> dict[str, dict]:
    return {f["properties"]["id"]: f["properties"] for f in drawn_features(at)}


def test_tour_steps_move_the_day_and_select_the_site(app):
    at = app()
    at.button(key="tour_next").click().run()
    assert day_shown(at) == "1972-11-15" and at.selectbox(key="site").value == "tartus"
    assert "Step 1 of" in page_text(at) and "the Soviet Navy at Tartus" in page_text(at)
    assert 'href="https://' in page_text(at).split("class='ba-tour-sources'")[1]
    for _ in range(5):
        at.button(key="tour_next").click().run()
    assert day_shown(at) == "2014-10-05" and at.selectbox(key="site").value == "center-s"
    at.button(key="tour_prev").click().run()
    assert at.selectbox(key="site").value == "tartus" and day_shown(at) == "1991-12-26"


def test_tour_text_gives_way_when_the_slider_moves_on(app):
    at = app()
    at.button(key="tour_next").click().run()
    at.slider(key="day").set_value(dt.date(1990, 1, 1)).run()
    text = page_text(at)
    assert "the Soviet Navy at Tartus" not in text and "The map has moved on from this step" in text


def test_what_changed_lists_and_marks_the_changes(app):
    at = app(date="2016-06-01", cmp="2015-06-01")
    text = page_text(at)
    assert "site(s) changed between 2015-06-01 and 2016-06-01" in text
    assert "Khmeimim (Hmeimim) air base</b> — opened" in text or "Khmeimim (Hmeimim) air base</b> — " in text
    marked = {site for site, p in features(at).items() if p["changed"]}
    assert "khmeimim" in marked and "tartus" not in marked
    assert at.query_params["cmp"] == "2015-06-01"


def test_what_the_latest_change_point_changed_on_a_change_point_and_between_them(app):
    change = dt.date(2014, 10, 5)  # Center S changes hands
    next_change = TIMELINE.next_change(change)
    assert change in TIMELINE.change_points and next_change is not None and next_change > change + dt.timedelta(days=1)
    for day in (change, next_change - dt.timedelta(days=1)):  # the change point, then the last day before the next
        at = app(date=day.isoformat(), panel="changes")
        at.button[[b.label for b in at.button].index("What the latest change point changed")].click().run()
        assert at.toggle(key="w_compare_on").value is True
        assert at.session_state["compare_day"] == change - dt.timedelta(days=1)
        assert "center-s" in {site for site, p in features(at).items() if p["changed"]}
        assert "Nothing changed" not in page_text(at)


def test_high_confidence_only_ignores_weaker_claims(app):
    everything = features(app(date="2013-06-01"))
    strict_at = app(date="2013-06-01", conf="high")
    strict = features(strict_at)
    assert everything["palmyra-airport"]["active"] == 1  # the single low-confidence 2013 report
    assert strict["palmyra-airport"]["active"] == 0
    assert "high-confidence claims only" in page_text(strict_at)
    assert everything["palmyra-airport"]["low_confidence"] == 1


def test_events_feed_shows_events_up_to_the_day(app):
    text = page_text(app(date="2015-10-01", panel="events"))
    assert "Up to 2015-10-01" in text and "2015-09-30" in text and "Russia begins its air campaign" in text


def test_table_lists_the_visible_sites_of_the_day(app):
    at = app(date="2020-01-01", kind="air-base", panel="table")
    (frame,) = [d.value for d in at.dataframe]
    assert set(frame["Kind"]) == {"Air base"} and "Khmeimim (Hmeimim) air base" in set(frame["Site"])
    assert len(frame) == len(drawn_features(at))
    khmeimim = frame[frame["Site"] == "Khmeimim (Hmeimim) air base"].iloc[0]
    assert bool(khmeimim["Active"]) and khmeimim["Held by"] == "Ba'athist Syrian government"
    assert at.session_state["table_ids"][list(frame["Site"]).index("Khmeimim (Hmeimim) air base")] == "khmeimim"


def test_table_and_chart_selections_name_a_site():
    from dashboard.panels import site_of_chart_selection, site_of_row

    assert site_of_row([1], ["a", "b"]) == "b"
    assert site_of_row([], ["a"]) is None and site_of_row([5], ["a"]) is None
    assert site_of_chart_selection({"pick_site": [{"id": "tartus"}]}) == "tartus"
    assert site_of_chart_selection({}) is None and site_of_chart_selection(None) is None


def test_timeline_chart_has_a_bar_per_period_and_the_day(app):
    at = app(date="2016-06-01", site="tartus", q="tartus", panel="timeline")
    (chart,) = [el for el in at.main if el.type == "vega_lite_chart"]
    spec = json.loads(chart.proto.spec)
    assert "pick_site" in chart.proto.spec and "Tartus naval facility" in chart.proto.spec
    assert spec["layer"][1]["encoding"]["x"]["datum"] == {"year": 2016, "month": 6, "date": 1}
    tables = [pyarrow.ipc.open_stream(d.data.data).read_all().to_pandas() for d in chart.proto.datasets]
    (bars,) = [t for t in tables if "track" in t.columns]
    assert set(bars["id"]) == {"tartus"} and set(bars["track"]) == {"Presence", "Control"}
    tartus = load_dataset()
    assert len(bars) == (tartus.presence["site"] == "tartus").sum() + (tartus.control["site"] == "tartus").sum()


def test_cite_view_gives_a_permalink_and_a_reference(app):
    at = app(date="2014-12-01", site="center-s", panel="cite")
    codes = [c.value for c in at.code]
    link = next(c for c in codes if c.startswith("http"))
    assert "date=2014-12-01" in link and "site=center-s" in link
    reference = next(c for c in codes if c.startswith("Bases Atlas"))
    assert load_dataset().version in reference and "Center S" in reference and "accessed" in reference
    snippet = next(c for c in codes if c.startswith("<iframe"))
    assert "index.html#date=2014-12-01&amp;site=center-s" in snippet and 'style="border:0"' in snippet


def test_ring_indices_follow_systems_in_force(app):
    at = app(date="2016-06-01", rings="1")
    rings = re.search(r"apply\(\[[-0-9,]*\], -?\d+, \[([0-9,]*)\]\)", map_args(at)["feature_group"]).group(1)
    assert rings  # S-400 and Pantsir at Khmeimim, S-300V4 at Tartus in June 2016
    at_2014 = app(date="2014-06-01", rings="1")
    assert re.search(r", \[\]\);", map_args(at_2014)["feature_group"])


def test_coverage_line_sets_the_map_against_the_open_source_count(app):
    text = page_text(app(date="2021-06-01"))
    active = int(TIMELINE.state_at(dt.date(2021, 6, 1)).active.sum())
    assert f"Mapped {active} of ~83 points in an open-source count of 2021-01-06" in text
    assert "data-testid='ba-coverage'" in text
    assert "ba-coverage" not in page_text(app(date="1985-06-01")).split("</style>")[-1]
