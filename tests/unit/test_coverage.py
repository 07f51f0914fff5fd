"""'Mapped N of ~M': the day's latest open-source count, set against the sites active that day."""

from __future__ import annotations

import datetime as dt

from geodata.coverage import COUNT_VALID_DAYS, coverage_at, coverage_line
from geodata.dataset import load_dataset
from geodata.timeline import Timeline

COUNTS = (
    "id,date,scope,count,what,note\n"
    "n-2012,2012-06,syria,5,Russian points (test count),\n"
    "n-2013,2013-03-01,syria,7,Russian points (a later test count),\n"
    "n-quneitra,2013-01,quneitra,2,Russian points in Quneitra (test),\n"
)
CITES = "n-2012,src-one,Five points.\nn-2013,src-two,Seven points.\nn-quneitra,src-one,Two points.\n"


def timeline_with_counts(data_copy) -> Timeline:
    return Timeline(load_dataset(data_copy(counts__csv=COUNTS, append={"citations.csv": CITES})))


def test_the_latest_count_of_each_scope_is_set_against_the_active_sites(data_copy):
    timeline = timeline_with_counts(data_copy)
    state = timeline.state_at(dt.date(2013, 6, 1))
    items = {item["scope"]: item for item in coverage_at(state)}
    assert items["syria"]["counted"] == 7 and items["syria"]["id"] == "n-2013"
    assert items["syria"]["mapped"] == 2  # alpha (Russian supply point) and bravo (listening post)
    assert items["quneitra"]["mapped"] == 1 and items["quneitra"]["counted"] == 2  # bravo is in Quneitra
    assert "Mapped 2 of ~7 points in an open-source count of 2013-03-01" in coverage_line(items["syria"])
    assert items["syria"]["sources"][0]["quote"] == "Seven points."


def test_no_count_before_the_first_or_long_after_the_last(data_copy):
    timeline = timeline_with_counts(data_copy)
    assert coverage_at(timeline.state_at(dt.date(2011, 1, 1))) == []
    late = dt.date(2013, 3, 1) + dt.timedelta(days=COUNT_VALID_DAYS + 1)
    assert coverage_at(timeline.state_at(late)) == []


def test_shipped_counts_cover_2021(minimal_dir):
    timeline = Timeline(load_dataset())
    state = timeline.state_at(dt.date(2021, 6, 1))
    (country,) = [item for item in coverage_at(state) if item["scope"] == "syria"]
    assert country["mapped"] == int(state.active.sum()) and country["counted"] >= 80
