"""Vectorised answers for all sites: filters, counts and the state codes the map draws."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from geodata.dataset import load_dataset
from geodata.site_table import ACTIVE, CONTESTED, HOLDER_SHIFT, UNCERTAIN, VISIBLE, SiteFilter, SiteTable, summary_line
from geodata.timeline import Timeline
from tests.conftest import MINIMAL


@pytest.fixture(scope="module")
def table() -> SiteTable:
    return SiteTable(Timeline(load_dataset(MINIMAL)))


def state(table: SiteTable, day: dt.date):
    return table.timeline.state_at(day)


def test_codes_pack_holder_and_flags_per_site(table):
    day = state(table, dt.date(2018, 7, 20))
    codes = table.state_codes(day, np.ones(len(table), dtype=bool))
    alpha, bravo = codes
    assert table.holder_ids[alpha >> HOLDER_SHIFT] == "gov" and alpha & ACTIVE and alpha & VISIBLE
    assert table.holder_ids[bravo >> HOLDER_SHIFT] == "gov"
    assert bravo & CONTESTED and bravo & UNCERTAIN and not bravo & ACTIVE


def test_sites_with_no_holder_get_the_unrecorded_entry(table):
    codes = table.holder_codes(state(table, dt.date(1950, 1, 1)))
    assert [table.holder_ids[c] for c in codes] == ["unrecorded", "unrecorded"]


def test_each_filter_narrows_the_mask(table):
    day = state(table, dt.date(2015, 1, 1))
    assert table.mask(day, SiteFilter()).tolist() == [True, True]
    assert table.mask(day, SiteFilter(kinds=("sigint-station",))).tolist() == [False, True]
    assert table.mask(day, SiteFilter(holders=("rebels",))).tolist() == [False, True]
    assert table.mask(day, SiteFilter(operators=("russia",))).tolist() == [True, False]
    assert table.mask(day, SiteFilter(active_only=True)).tolist() == [True, False]
    assert table.mask(day, SiteFilter(search="  ALFA ")).tolist() == [True, False]
    assert table.mask(day, SiteFilter(search="ألفا")).tolist() == [True, False]
    assert table.mask(day, SiteFilter(kinds=("naval-base",), holders=("rebels",))).tolist() == [False, False]


def test_summary_counts_active_visible_sites_per_holder(table):
    day = state(table, dt.date(2013, 1, 1))
    summary = table.summary(day, np.ones(len(table), dtype=bool))
    assert summary == {"sites": 2, "active": 2, "active_by_holder": {"Government": 2}}
    assert summary_line(summary) == "2 of 2 sites active; held by Government (2)"
    only_alpha = table.summary(day, np.array([True, False]))
    assert summary_line(only_alpha) == "1 of 1 site active; held by Government (1)"


def test_table_agrees_with_full_records_on_every_change_point(table):
    for day in table.timeline.change_points:
        daystate = state(table, day)
        records = daystate.records()
        codes = table.state_codes(daystate, np.ones(len(table), dtype=bool))
        for record, code in zip(records, codes, strict=True):
            assert table.holder_labels[code >> HOLDER_SHIFT] == record["holder_label"]
            assert bool(code & ACTIVE) == record["active"]
            assert bool(code & CONTESTED) == record["contested"]
            assert bool(code & UNCERTAIN) == (not record["certain"])
