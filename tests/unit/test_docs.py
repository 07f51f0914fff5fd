"""Every option a user can set is documented: URL parameters, CLI commands, make targets, data files."""

from __future__ import annotations

import datetime as dt
import re

from dashboard.url_state import ViewState, to_params
from geodata import schema
from geodata.cli import build_parser
from geodata.dataset import load_dataset
from geodata.timeline import Timeline
from tests.conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")
DATA_README = (REPO / "geodata" / "data" / "README.md").read_text(encoding="utf-8")


def test_every_url_parameter_is_in_the_readme():
    full = ViewState(
        dt.date(2016, 6, 1),
        "tartus",
        ("air-base",),
        ("isis",),
        ("russia",),
        True,
        "x",
        True,
        dt.date(2015, 1, 1),
        True,
        "table",
    )
    for key in to_params(full):
        assert re.search(rf"[?&]{key}=", README), key


def test_every_cli_command_is_in_the_readme():
    commands = build_parser()._subparsers._group_actions[0].choices
    for command in commands:
        assert f"python -m geodata {command}" in README, command


def test_make_targets_in_the_readme_exist():
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    for target in set(re.findall(r"`make (\w+)`", README)):
        assert re.search(rf"^{target}:", makefile, re.MULTILINE), target


def test_every_data_file_and_column_is_documented():
    for spec in (*schema.TABLES, *schema.OPTIONAL_TABLES):
        assert f"`{spec.name}`" in DATA_README, spec.name
        assert ",".join(spec.columns) in DATA_README, spec.name
    for prop in schema.SITE_PROPERTIES:
        assert f"`{prop}`" in DATA_README, prop


def test_every_tier_kind_and_governorate_is_documented():
    for value in (*schema.TIERS, *schema.SITE_KINDS, *schema.GOVERNORATES, *schema.CONFIDENCES):
        assert f"`{value}`" in DATA_README, value


def test_every_panel_is_one_registry_entry_and_in_the_readme():
    from dashboard.panel_registry import PANELS

    assert list(PANELS) == ["events", "changes", "table", "timeline", "cite", "legend"]
    for panel_id, panel in PANELS.items():
        assert f"`{panel_id}`" in README and panel.label


def test_the_readme_states_the_shipped_datasets_version_and_counts():
    """README's one-line summary of the data is checked against the data, so it cannot go stale."""
    dataset = load_dataset()
    match = re.search(
        r"Dataset (\S+): (\d+) sites in all (\d+) governorates, (\d+) of them\s+with Soviet/Russian presence on "
        r"(\d{4}-\d{2}-\d{2})",
        (REPO / "README.md").read_text(encoding="utf-8"),
    )
    assert match, "README no longer summarises the dataset"
    version, sites, governorates, active, day = match.groups()
    records = Timeline(dataset).state_at(dt.date.fromisoformat(day)).records()
    assert version == dataset.version
    assert int(sites) == len(dataset.sites) and int(governorates) == dataset.sites["governorate"].nunique()
    assert int(active) == sum(record["active"] for record in records)
