"""The loaded data as the app needs it, built once per process and per calendar day."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

import streamlit as st

from dashboard.url_state import Choices
from geodata.dataset import Dataset, load_dataset
from geodata.filters import searchable_names
from geodata.schema import SITE_KIND_LABELS
from geodata.timeline import Timeline

UNKNOWN_HOLDER_ID = "unknown"


@dataclass(frozen=True)
class Atlas:
    """Dataset, timeline and the lookups the widgets use; immutable, shared by every session."""

    dataset: Dataset
    timeline: Timeline
    first_day: dt.date
    last_day: dt.date
    kind_labels: dict[str, str]
    holder_labels: dict[str, str]
    operator_labels: dict[str, str]
    site_names: dict[str, str]
    search_names: dict[str, str]

    @property
    def choices(self) -> Choices:
        return Choices(
            first_day=self.first_day,
            last_day=self.last_day,
            default_day=self.last_day,
            site_ids=set(self.site_names),
            kinds=set(self.kind_labels),
            holders=set(self.holder_labels),
            operators=set(self.operator_labels),
        )

    @property
    def legend_holders(self) -> list[tuple[str, str]]:
        actors = self.dataset.actors
        holders = actors[actors["role"] == "holder"]
        return list(zip(holders["label"], holders["colour"], strict=True))

    def option_counts(self, day: dt.date) -> dict[str, Counter[str]]:
        """How many sites each filter option matches on `day`."""
        records = self.timeline.state_at(day).records()
        return {
            "kind": Counter(r["kind"] for r in records),
            "holder": Counter(r["holder"] or UNKNOWN_HOLDER_ID for r in records),
            "operator": Counter(r["operator"] for r in records if r["operator"]),
        }


def build_atlas(dataset: Dataset, today: dt.date) -> Atlas:
    timeline = Timeline(dataset)
    first_day, last_day = timeline.span(today)
    actors = dataset.actors
    holder_labels = {a: actors.at[a, "label"] for a in actors.index if actors.at[a, "role"] == "holder"}
    holder_labels[UNKNOWN_HOLDER_ID] = "Unknown / not recorded"
    return Atlas(
        dataset=dataset,
        timeline=timeline,
        first_day=first_day,
        last_day=last_day,
        kind_labels={k: v for k, v in SITE_KIND_LABELS.items() if k in set(dataset.sites["kind"])},
        holder_labels=holder_labels,
        operator_labels={a: actors.at[a, "label"] for a in actors.index if actors.at[a, "role"] == "operator"},
        site_names=dict(zip(dataset.sites["id"], dataset.sites["name"], strict=True)),
        search_names=searchable_names(dataset),
    )


@st.cache_resource(show_spinner="Loading the dataset…", max_entries=4)
def _cached_atlas(directory: str, today_iso: str) -> Atlas:
    return build_atlas(load_dataset(directory), dt.date.fromisoformat(today_iso))


def load_atlas(directory: str) -> Atlas:
    """The atlas for a data directory, loaded once per process and day (a DatasetError is not cached)."""
    return _cached_atlas(directory, dt.date.today().isoformat())
