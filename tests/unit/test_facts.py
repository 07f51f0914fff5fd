"""The seed article's claims, and other headline facts, as the shipped data answers them."""

from __future__ import annotations

import datetime as dt

import pytest

from geodata.dataset import load_dataset
from geodata.timeline import Timeline

D = dt.date


@pytest.fixture(scope="module")
def shipped():
    dataset = load_dataset()
    return dataset, Timeline(dataset)


def at(shipped, day: dt.date, site: str) -> dict:
    _, timeline = shipped
    return timeline.state_at(day).record(timeline.site_index(site))


def test_every_seed_facility_is_present(shipped):
    dataset, _ = shipped
    for site in ("tartus", "khmeimim", "palmyra-airport", "latakia-sigint-2012", "center-s"):
        assert site in dataset.sites.index


def test_tartus_soviet_use_starts_with_port_calls_not_the_1971_agreement(shipped):
    assert at(shipped, D(1971, 6, 1), "tartus")["active"] is False  # an agreement, not yet a facility
    assert at(shipped, D(1975, 6, 1), "tartus")["operator"] == "ussr"
    assert "port calls" in at(shipped, D(1975, 6, 1), "tartus")["presence"]
    assert "229th division" in at(shipped, D(1980, 6, 1), "tartus")["presence"]
    assert "720th" in at(shipped, D(1985, 6, 1), "tartus")["presence"]
    assert at(shipped, D(2000, 6, 1), "tartus")["operator"] == "russia"
    assert at(shipped, D(1975, 6, 1), "tartus")["holder"] == "syria-gov"


def test_tartus_dating_views_are_all_kept(shipped):
    dataset, _ = shipped
    events = dataset.events[dataset.events["site"] == "tartus"]
    dates = dict(zip(events["id"], events["date"], strict=True))
    assert dates["sov-evt-tartus-agreement-1971"] == "1971"  # the agreement, year only
    assert dates["sov-evt-tartus-229-1977"] == "1977-04-30"  # the facility operating
    ap = events[events["id"] == "sov-evt-tartus-ap-1983"].iloc[0]
    assert ap["confidence"] == "low" and ap["date"].startswith("1983")


def test_soviet_air_defence_regiments_of_1983_84_are_periods_at_named_places(shipped):
    for site in ("dumayr-s200-1983", "shinshar-s200-1983"):
        assert at(shipped, D(1984, 1, 1), site)["operator"] == "ussr"
        assert at(shipped, D(1986, 1, 1), site)["active"] is False


def test_treaty_of_1980_and_2017_agreement_are_events(shipped):
    dataset, _ = shipped
    events = dataset.events
    treaty = events[events["date"] == "1980-10-08"]
    assert len(treaty) == 1 and treaty.iloc[0]["kind"] == "treaty"
    lease = events[(events["date"] == "2017-01-18") & (events["site"] == "tartus")]
    assert len(lease) == 1 and "49 years" in lease.iloc[0]["title"]


def test_khmeimim_active_in_2016_not_in_2014(shipped):
    assert at(shipped, D(2016, 6, 1), "khmeimim")["active"] is True
    assert at(shipped, D(2014, 6, 1), "khmeimim")["active"] is False
    assert at(shipped, D(2016, 6, 1), "khmeimim")["operator"] == "russia"


def test_center_s_held_by_the_free_syrian_army_in_december_2014(shipped):
    day = at(shipped, D(2014, 12, 1), "center-s")
    assert day["holder"] == "fsa"
    assert day["contested"] is True  # a lower-confidence claim credits al-Nusra too; both are kept
    assert at(shipped, D(2014, 10, 4), "center-s")["holder"] == "syria-gov"
    assert at(shipped, D(2018, 8, 1), "center-s")["holder"] == "syria-gov"


def test_latakia_post_reported_in_2012_only(shipped):
    assert at(shipped, D(2012, 6, 1), "latakia-sigint-2012")["active"] is True
    assert at(shipped, D(2012, 6, 1), "latakia-sigint-2012")["confidence"] == "reported"
    assert at(shipped, D(2020, 6, 1), "latakia-sigint-2012")["active"] is False


def test_palmyra_air_base_of_2013_is_a_reported_single_claim(shipped):
    day = at(shipped, D(2013, 6, 1), "palmyra-airport")
    assert day["active"] is True and day["confidence"] == "reported"
    assert at(shipped, D(2014, 6, 1), "palmyra-airport")["active"] is False


def test_palmyra_changed_hands_with_isis(shipped):
    assert at(shipped, D(2015, 6, 1), "palmyra-airport")["holder"] == "isis"
    assert at(shipped, D(2016, 6, 1), "palmyra-airport")["holder"] == "syria-gov"
    assert at(shipped, D(2017, 1, 1), "palmyra-airport")["holder"] == "isis"
    assert at(shipped, D(2017, 6, 1), "palmyra-airport")["holder"] == "syria-gov"


def test_after_8_december_2024_the_coast_is_held_by_the_transitional_government(shipped):
    for site in ("tartus", "khmeimim"):
        assert at(shipped, D(2024, 12, 7), site)["holder"] == "syria-gov"
        assert at(shipped, D(2024, 12, 8), site)["holder"] == "syria-transitional"


def test_every_claim_cites_a_source_with_a_quote_and_an_address(shipped):
    dataset, _ = shipped
    for frame in (dataset.presence, dataset.control, dataset.events):
        assert all(len(ids) >= 1 for ids in frame["source_ids"])
    assert all(len(ids) >= 1 for ids in dataset.sites["coord_source_ids"])
    addresses = dataset.sources["url"].where(dataset.sources["url"] != "", dataset.sources["archive_url"])
    assert addresses.str.match(r"^https?://").all()
    assert (dataset.citations["quote"].str.len() > 0).all()


def test_on_1985_06_01_every_site_has_a_holder(shipped):
    _, timeline = shipped
    assert all(record["holder"] for record in timeline.state_at(D(1985, 6, 1)).records())


def test_every_site_has_a_control_history(shipped):
    dataset, _ = shipped
    assert set(dataset.control["site"]) == set(dataset.sites.index)
