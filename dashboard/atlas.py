"""The loaded data as the app needs it, built once per process and per calendar day."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property

import streamlit as st

from dashboard.legend import legend_holders
from dashboard.map_component import MapParts, prepare_map
from dashboard.url_state import Choices
from geodata.dataset import Dataset, load_dataset
from geodata.site_table import SiteTable
from geodata.timeline import Timeline

MAP_HEIGHT = 590


@dataclass(frozen=True)
class Atlas:
    """Dataset, timeline and per-site arrays; immutable, shared by every session."""

    dataset: Dataset
    timeline: Timeline
    table: SiteTable
    first_day: dt.date
    last_day: dt.date
    map_parts: MapParts
    strict_timeline: Timeline
    strict_table: SiteTable

    def ring_indices(self, timeline: Timeline, day: dt.date) -> list[int]:
        """Indices, in the base map's list of systems, of those in force on `day` in `timeline`."""
        base_ids = list(self.timeline.systems.frame["id"])
        in_force = timeline.systems.frame["id"].iloc[timeline.systems_at(day)]
        return sorted(base_ids.index(system_id) for system_id in in_force)

    def answers(self, high_only: bool) -> tuple[Timeline, SiteTable]:
        """All claims, or high-confidence claims only (the others ignored)."""
        return (self.strict_timeline, self.strict_table) if high_only else (self.timeline, self.table)

    # Cached: the site selectbox looks a name up for every option on every run.
    @cached_property
    def choices(self) -> Choices:
        return Choices(
            first_day=self.first_day,
            last_day=self.last_day,
            default_day=self.last_day,
            site_ids=set(self.table.ids),
            kinds=set(self.table.kind_list),
            holders=set(self.table.holder_ids),
            operators=set(self.table.operator_ids),
        )

    @cached_property
    def site_names(self) -> dict[str, str]:
        return dict(zip(self.table.ids, self.table.names, strict=True))

    @property
    def legend_holders(self) -> list[tuple[str, str]]:
        return legend_holders(self.table)


def build_atlas(dataset: Dataset, today: dt.date) -> Atlas:
    timeline = Timeline(dataset)
    first_day, last_day = timeline.story_span(today)
    table = SiteTable(timeline)
    strict = Timeline(dataset, min_confidence="high")
    return Atlas(
        dataset, timeline, table, first_day, last_day, prepare_map(table, MAP_HEIGHT), strict, SiteTable(strict)
    )


@st.cache_resource(show_spinner="Loading the dataset…", max_entries=4)
def _cached_atlas(directory: str, today_iso: str) -> Atlas:
    return build_atlas(load_dataset(directory, cache=True), dt.date.fromisoformat(today_iso))


def load_atlas(directory: str) -> Atlas:
    """The atlas for a data directory, loaded once per process and day (a DatasetError is not cached)."""
    return _cached_atlas(directory, dt.date.today().isoformat())
