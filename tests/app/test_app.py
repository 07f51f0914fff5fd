"""The app's logic through Streamlit's AppTest: deep links, slider, buttons, clicks, filters, errors."""

from __future__ import annotations

import datetime as dt
import re
from unittest import mock

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dashboard.map_component import MAP_MISSING, STAND_IN_SCRIPT
from geodata.dataset import load_dataset
from geodata.timeline import Timeline
from tests.app.conftest import day_shown, drawn_features, drawn_ids, map_args, page_text

TIMELINE = Timeline(load_dataset())


def test_default_view_draws_every_site_today_without_errors(app):
    at = app()
    assert not at.exception
    assert day_shown(at) == max(dt.date.today(), TIMELINE.change_points[-1]).isoformat()
    assert sorted(drawn_ids(at)) == sorted(TIMELINE.site_ids)
    assert not at.warning


def test_map_assets_are_served_by_the_app_not_a_cdn(app):
    args = map_args(app())
    assert args["js_links"]
    assert all(link.startswith("/app/static/") for link in args["js_links"] + args["css_links"])
    assert "http" not in " ".join(re.findall(r"url\(([^)]*)\)", args["header"]))
    assert args["returned_objects"] == ["last_active_drawing"]


def test_deep_link_opens_the_day_and_the_site(app):
    at = app(date="2014-12-01", site="center-s")
    assert day_shown(at) == "2014-12-01"
    assert at.selectbox(key="site").value == "center-s"
    text = page_text(at)
    assert "Center S" in text and "Free Syrian Army and allied rebels" in text and "Contested." in text
    features = {f["properties"]["id"]: f["properties"] for f in drawn_features(at)}
    assert features["center-s"]["selected"] == 1 and features["center-s"]["contested"] == 1


def test_colours_follow_the_holder_of_the_day(app):
    before = {f["properties"]["id"]: f["properties"] for f in drawn_features(app(date="2015-05-01"))}
    after = {f["properties"]["id"]: f["properties"] for f in drawn_features(app(date="2015-06-01"))}
    assert before["palmyra-airport"]["holder"] == "Ba'athist Syrian government"
    assert after["palmyra-airport"]["holder"] == "Islamic State"
    assert after["palmyra-airport"]["colour"] == "#111111"


def test_bad_parameters_fall_back_with_visible_notices(app):
    at = app(date="2015-13-45", site="<script>alert(1)</script>", kind="naval-base,bogus", active="maybe")
    assert not at.exception
    notices = " ".join(w.value for w in at.warning)
    assert "not a YYYY-MM-DD date" in notices
    assert "No site has the id" in notices and "<script>" not in notices
    assert "unknown kind" in notices and "not 1 or 0" in notices
    assert at.selectbox(key="site").value == ""
    assert {f["properties"]["kind"] for f in drawn_features(at)} == {"naval-base"}


def test_out_of_range_date_is_clamped_with_a_notice(app):
    at = app(date="1900-01-01")
    assert day_shown(at) == "1971-01-01"  # the story starts with the Tartus agreement
    assert "outside the data" in at.warning[0].value


def test_moving_the_slider_changes_the_map_and_the_url(app):
    at = app(date="2014-06-01")
    assert "khmeimim" not in {f["properties"]["id"] for f in drawn_features(at) if f["properties"]["active"]}
    at.slider(key="day").set_value(dt.date(2016, 6, 1)).run()
    assert day_shown(at) == "2016-06-01"
    assert "khmeimim" in {f["properties"]["id"] for f in drawn_features(at) if f["properties"]["active"]}
    assert at.query_params["date"] == "2016-06-01"


def test_next_and_previous_land_on_change_points(app):
    at = app(date="2014-10-01")
    at.button(key="next_change").click().run()
    assert day_shown(at) == TIMELINE.next_change(dt.date(2014, 10, 1)).isoformat()
    at.button(key="prev_change").click().run()
    at.button(key="prev_change").click().run()
    landed = dt.date.fromisoformat(day_shown(at))
    assert landed in TIMELINE.change_points and landed < dt.date(2014, 10, 1)


def test_clicking_a_marker_opens_its_history_with_sources(app):
    click = {"last_active_drawing": {"type": "Feature", "properties": {"id": "khmeimim"}}}
    with mock.patch("streamlit_folium._component_func", return_value=click):
        at = app(date="2016-06-01")
    assert at.selectbox(key="site").value == "khmeimim"
    text = page_text(at)
    assert "Khmeimim" in text and "Хмеймим" in text and "dir='rtl'" in text
    assert 'target="_blank" rel="noopener noreferrer"' in text and 'href="https://' in text
    assert at.query_params["site"] == "khmeimim"


def test_filters_change_what_is_drawn_and_the_summary(app):
    at = app(date="2020-01-01")
    everything = set(drawn_ids(at))
    at.multiselect(key="kinds").set_value(["military-police"]).run()
    police = set(drawn_ids(at))
    assert police and police < everything
    assert {f["properties"]["kind"] for f in drawn_features(at)} == {"military-police"}
    assert at.query_params["kind"] == "military-police"
    at.multiselect(key="kinds").set_value([]).run()
    at.text_input(key="search").set_value("Хмеймим").run()
    assert drawn_ids(at) == ["khmeimim"]
    assert "1 of 1 site active" in page_text(at)


def test_active_only_hides_inactive_sites(app):
    at = app(date="1985-01-01", active="1")
    assert at.toggle(key="active_only").value is True
    assert all(f["properties"]["active"] == 1 for f in drawn_features(at))
    assert "tartus" in drawn_ids(at)


def test_broken_data_shows_the_problems_page(app, data_copy, monkeypatch):
    directory = data_copy(append={"control.csv": "c-x,ghost,2000,,gov,high,\n"})
    monkeypatch.setenv("GEODATA_DIR", str(directory))
    from streamlit.testing.v1 import AppTest

    from tests.app.conftest import APP

    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception
    assert "failed validation" in at.error[0].value
    problems = at.dataframe[0].value
    assert set(problems["file"]) == {"control.csv"} and any("ghost" in m for m in problems["message"])


junk = st.one_of(st.text(max_size=300), st.sampled_from(["", "0", "-1", "2024-12-08", "9999-99-99", "tartus"]))


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(date=junk, site=junk, kind=junk, active=junk, q=st.text(max_size=2000))
def test_fuzzed_links_always_render_a_sane_view(app, date, site, kind, active, q):
    at = app(date=date, site=site, kind=kind, active=active, q=q)
    assert not at.exception
    assert (
        TIMELINE.change_points[0].isoformat()
        <= day_shown(at)
        <= max(dt.date.today(), TIMELINE.change_points[-1]).isoformat()
    )


def test_the_base_map_goes_once_and_later_runs_send_its_stand_in(app):
    at = app(date="2016-06-01")
    first = map_args(at)
    assert first["script"] != STAND_IN_SCRIPT and "window.atlas" in first["script"]
    at.button(key="next_change").click().run()
    later = map_args(at)
    assert later["script"] == STAND_IN_SCRIPT and later["key"] == first["key"]
    assert len(later["script"]) < 1000 < len(first["script"])


def test_a_frame_that_got_the_stand_in_receives_the_whole_map_on_the_next_run(app):
    request = {"last_active_drawing": {"properties": {"id": MAP_MISSING, "nonce": "17"}}}
    at = app(date="2016-06-01")
    with mock.patch("streamlit_folium._component_func", return_value=request) as component:
        at.button(key="next_change").click().run()
    scripts = [call.kwargs["script"] for call in component.call_args_list]
    # The click's run sends the stand-in, sees the request and runs again with the whole map; the
    # same request (same nonce) is answered once, not in a loop.
    assert scripts[0] == STAND_IN_SCRIPT and scripts[1] != STAND_IN_SCRIPT and len(scripts) == 2
    assert at.selectbox(key="site").value in ("", None)  # the request is not a click on a site
    assert not at.exception
