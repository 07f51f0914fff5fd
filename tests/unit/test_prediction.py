"""The codes the browser predicts for a day equal the server's answer for that day."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.prediction import MAX_CODES, codes_for, prediction_payload
from geodata.dataset import load_dataset
from geodata.site_table import SiteFilter, SiteTable
from geodata.timeline import Timeline

DATASET = load_dataset()
TIMELINE = Timeline(DATASET)
TABLE = SiteTable(TIMELINE)
SPAN = (dt.date(1971, 1, 1), dt.date(2026, 11, 28))
FILTERS = [SiteFilter(), SiteFilter(kinds=("air-base",)), SiteFilter(active_only=True), SiteFilter(holders=("isis",))]


def server_codes(day: dt.date, site_filter: SiteFilter, compare: dt.date | None) -> list[int]:
    state = TIMELINE.state_at(day)
    changed = state.changed_since(TIMELINE.state_at(compare)) if compare else None
    return TABLE.state_codes(state, TABLE.mask(state, site_filter), changed).tolist()


@pytest.fixture(scope="module", params=range(len(FILTERS)))
def payload(request):
    site_filter = FILTERS[request.param]
    return site_filter, prediction_payload(TIMELINE, TABLE, site_filter, dt.date(2015, 1, 1), lambda d: None, SPAN)


@settings(max_examples=150, deadline=None)
@given(day=st.dates(min_value=SPAN[0], max_value=SPAN[1]))
def test_predicted_codes_match_the_server_on_any_day(payload, day):
    site_filter, predicted = payload
    assert codes_for(predicted, day) == server_codes(day, site_filter, dt.date(2015, 1, 1))


def test_every_breakpoint_and_the_day_before_it_match(payload):
    site_filter, predicted = payload
    for day in TIMELINE.breakpoints():
        for probe in (day - dt.timedelta(days=1), day):
            if SPAN[0] <= probe <= SPAN[1]:
                assert codes_for(predicted, probe) == server_codes(probe, site_filter, dt.date(2015, 1, 1)), probe


def test_datasets_over_the_limit_get_no_prediction(monkeypatch):
    from dashboard import prediction

    assert prediction_payload(TIMELINE, TABLE, SiteFilter(), None, lambda d: None, SPAN) is not None
    assert len(TIMELINE.breakpoints()) * len(TABLE) < MAX_CODES
    monkeypatch.setattr(prediction, "MAX_CODES", len(TABLE))
    assert prediction_payload(TIMELINE, TABLE, SiteFilter(), None, lambda d: None, SPAN) is None
