"""The temporal semantics: half-open periods, open ends, precision windows, contested claims."""

from __future__ import annotations

import datetime as dt

import pytest

from geodata.dataset import load_dataset
from geodata.timeline import Timeline

D = dt.date


@pytest.fixture(scope="module")
def timeline(request) -> Timeline:
    from tests.conftest import MINIMAL

    return Timeline(load_dataset(MINIMAL))


def record(timeline: Timeline, day: dt.date, site: str) -> dict:
    return timeline.state_at(day).record(timeline.site_index(site))


def test_start_day_is_inclusive_and_end_day_exclusive(timeline):
    assert record(timeline, D(2014, 10, 4), "bravo")["holder"] == "gov"
    assert record(timeline, D(2014, 10, 4), "bravo")["active"] is True
    on_capture = record(timeline, D(2014, 10, 5), "bravo")
    assert on_capture["holder"] == "rebels" and on_capture["active"] is False


def test_open_end_holds_forever(timeline):
    later = record(timeline, D(2200, 1, 1), "alpha")
    assert later["active"] is True and later["presence"] == "Russian supply point" and later["holder"] == "gov"


def test_before_any_period_nothing_is_known(timeline):
    early = record(timeline, D(1950, 1, 1), "alpha")
    assert early["active"] is False and early["holder"] is None
    assert early["holder_label"].startswith("Unknown") and early["confidence"] is None


def test_year_precision_start_counts_from_january_first_but_is_uncertain(timeline):
    jan_first = record(timeline, D(1971, 1, 1), "alpha")
    assert jan_first["active"] is True and jan_first["certain"] is False
    assert record(timeline, D(1970, 12, 31), "alpha")["active"] is False
    assert record(timeline, D(1972, 1, 1), "alpha")["certain"] is True


def test_month_precision_window_is_uncertain_only_within_that_month(timeline):
    assert record(timeline, D(2012, 6, 30), "bravo")["certain"] is False
    assert record(timeline, D(2012, 7, 1), "bravo")["certain"] is True
    assert record(timeline, D(2012, 5, 31), "bravo")["active"] is False


def test_exact_day_boundaries_are_certain(timeline):
    assert record(timeline, D(1991, 12, 26), "alpha")["certain"] is True
    assert record(timeline, D(1991, 12, 26), "alpha")["presence"] == "Russian supply point"
    assert record(timeline, D(1991, 12, 25), "alpha")["presence"] == "Soviet supply point"


def test_contested_day_reports_primary_and_alternative(timeline):
    day = record(timeline, D(2018, 7, 20), "bravo")
    assert day["contested"] is True
    assert day["holder"] == "gov"  # medium confidence beats the low-confidence rebel claim
    assert [a["holder"] for a in day["alternatives"]] == ["rebels"]
    assert "single report" in day["alternatives"][0]["note"]
    assert day["confidence"] == "medium"


def test_higher_confidence_wins_even_if_it_started_earlier(timeline):
    day = record(timeline, D(2018, 6, 15), "bravo")
    assert day["contested"] is True and day["holder"] == "rebels"
    assert day["alternatives"][0]["period"] == "c-bravo-4"


def test_sources_are_those_of_the_claims_in_force(timeline):
    day = record(timeline, D(2013, 1, 1), "bravo")
    assert [s["url"] for s in day["sources"]] == ["https://example.org/two"]
    contested = record(timeline, D(2018, 7, 20), "bravo")
    assert {s["url"] for s in contested["sources"]} == {"https://example.org/two", "https://example.org/one"}


def test_change_points_are_sorted_unique_nominal_boundaries(timeline):
    points = timeline.change_points
    assert points == sorted(set(points))
    assert D(1971, 1, 1) in points and D(2014, 10, 5) in points and D(2018, 7, 1) in points
    assert D(2018, 7, 15) in points


def test_next_and_previous_change_are_strict(timeline):
    assert timeline.next_change(D(2014, 10, 4)) == D(2014, 10, 5)
    assert timeline.next_change(D(2014, 10, 5)) == D(2018, 6, 1)
    assert timeline.previous_change(D(2014, 10, 5)) == D(2012, 6, 1)
    assert timeline.previous_change(D(1971, 1, 1)) is None
    assert timeline.next_change(timeline.change_points[-1]) is None


def test_span_runs_from_first_change_to_today_or_last_change(timeline):
    assert timeline.span(D(2026, 1, 1)) == (D(1971, 1, 1), D(2026, 1, 1))
    assert timeline.span(D(2000, 1, 1)) == (D(1971, 1, 1), D(2018, 8, 1))


def test_transitions_list_every_change_with_its_day(timeline):
    changes = timeline.transitions(D(2014, 1, 1), D(2018, 12, 31))
    days = [(c["day"], c["site"]) for c in changes]
    assert days == [
        ("2014-10-05", "bravo"),
        ("2018-06-01", "bravo"),
        ("2018-07-01", "bravo"),
        ("2018-07-15", "bravo"),
        ("2018-08-01", "bravo"),
    ]
    capture = changes[0]
    assert capture["changes"] == ["closed", "holder changed"]
    assert capture["before"]["holder"] == "gov" and capture["after"]["holder"] == "rebels"


def test_transitions_accept_reversed_bounds_and_empty_ranges(timeline):
    assert timeline.transitions(D(2018, 12, 31), D(2014, 1, 1)) == timeline.transitions(D(2014, 1, 1), D(2018, 12, 31))
    assert timeline.transitions(D(2001, 1, 1), D(2002, 1, 1)) == []


def test_records_are_json_ready_and_complete(timeline):
    import json

    records = timeline.state_at(D(2013, 1, 1)).records()
    assert [r["id"] for r in records] == ["alpha", "bravo"]
    required = {"id", "name", "kind", "lat", "lon", "active", "holder", "presence", "confidence", "sources"}
    assert required <= set(records[0])
    json.dumps(records)
