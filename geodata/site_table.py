"""Per-site arrays for one dataset, and the day's answers as arrays: what drawing many sites needs.

`DayState.record` answers for one site with every detail; this module answers for all sites at once,
vectorised, so a map of 10,000 sites can be filtered, counted and styled in milliseconds.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Any

import numpy as np

from geodata.schema import SITE_KIND_LABELS, SITE_KINDS
from geodata.timeline import UNKNOWN_HOLDER_COLOUR, UNKNOWN_HOLDER_LABEL, DayState, Timeline

# No control period in force at all (only in user data: the shipped timelines have no gap). The
# data's own `unknown` holder is an explicit, noted "sources are silent" period.
UNKNOWN_HOLDER_ID = "unrecorded"

# Bits of a site's state code; the holder's palette index sits above them.
VISIBLE, CONTESTED, UNCERTAIN, ACTIVE, CHANGED, LOW_CONFIDENCE, REPORTED = 1, 2, 4, 8, 16, 32, 64
HOLDER_SHIFT = 7


def fold(text: str) -> str:
    """Case- and accent-insensitive form, so 'hmeimim' finds 'Hmeimim' and 'Ḥmeimim'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@dataclass(frozen=True)
class SiteFilter:
    """Which sites a view shows. Empty tuples mean 'any'; `search` matches any name, alias or id."""

    kinds: tuple[str, ...] = ()
    holders: tuple[str, ...] = ()
    operators: tuple[str, ...] = ()
    active_only: bool = False
    search: str = ""


class SiteTable:
    """Static per-site arrays, built once per dataset, in `Timeline.site_ids` order."""

    def __init__(self, timeline: Timeline) -> None:
        dataset = timeline.dataset
        sites = dataset.sites
        actors = dataset.actors
        self.timeline = timeline
        self.ids: list[str] = list(sites["id"])
        self.names: list[str] = list(sites["name"])
        self.kinds: list[str] = list(sites["kind"])
        self.lat = sites["lat"].to_numpy(dtype=float)
        self.lon = sites["lon"].to_numpy(dtype=float)
        self.kind_list: list[str] = [k for k in SITE_KINDS if k in set(self.kinds)]
        self.kind_code = np.array([SITE_KINDS.index(k) for k in self.kinds], dtype=np.int64)
        holders = actors[actors["role"] == "holder"]
        self.holder_ids: list[str] = [*holders["id"], UNKNOWN_HOLDER_ID]
        self.holder_labels: list[str] = [*holders["label"], UNKNOWN_HOLDER_LABEL]
        self.holder_colours: list[str] = [*holders["colour"], UNKNOWN_HOLDER_COLOUR]
        operators = actors[actors["role"] == "operator"]
        self.operator_ids: list[str] = list(operators["id"])
        self.operator_labels: list[str] = list(operators["label"])
        holder_position = {h: i for i, h in enumerate(self.holder_ids)}
        operator_position = {o: i for i, o in enumerate(self.operator_ids)}
        self._control_holder = np.array([holder_position[h] for h in timeline.control.frame["holder"]], dtype=np.int64)
        self._presence_operator = np.array(
            [operator_position[o] for o in timeline.presence.frame["operator"]], dtype=np.int64
        )
        self.search_names: list[str] = [
            fold(" | ".join(parts))
            for parts in zip(
                sites["id"], sites["name"], sites["name_ru"], sites["name_ar"], sites["aliases"], strict=True
            )
        ]

    def __len__(self) -> int:
        return len(self.ids)

    def holder_codes(self, state: DayState) -> np.ndarray:
        """Per site, the palette index of its primary holder that day (the 'unknown' entry when none)."""
        codes = np.full(len(self), len(self.holder_ids) - 1, dtype=np.int64)
        held = state.control_row >= 0
        codes[held] = self._control_holder[state.control_row[held]]
        return codes

    def operator_codes(self, state: DayState) -> np.ndarray:
        """Per site, the index of its operator that day, or -1 when no presence."""
        codes = np.full(len(self), -1, dtype=np.int64)
        active = state.presence_row >= 0
        codes[active] = self._presence_operator[state.presence_row[active]]
        return codes

    def mask(self, state: DayState, site_filter: SiteFilter) -> np.ndarray:
        """True for the sites the filter lets through on that day."""
        keep = np.ones(len(self), dtype=bool)
        if site_filter.kinds:
            wanted = [SITE_KINDS.index(k) for k in site_filter.kinds if k in SITE_KINDS]
            keep &= np.isin(self.kind_code, wanted)
        if site_filter.holders:
            wanted = [self.holder_ids.index(h) for h in site_filter.holders if h in self.holder_ids]
            keep &= np.isin(self.holder_codes(state), wanted)
        if site_filter.operators:
            wanted = [self.operator_ids.index(o) for o in site_filter.operators if o in self.operator_ids]
            keep &= np.isin(self.operator_codes(state), wanted)
        if site_filter.active_only:
            keep &= state.active
        needle = fold(site_filter.search.strip())
        if needle:
            keep &= np.fromiter((needle in names for names in self.search_names), dtype=bool, count=len(self))
        return keep

    def state_codes(self, state: DayState, visible: np.ndarray, changed: np.ndarray | None = None) -> np.ndarray:
        """One small integer per site: holder palette index above the bits for visible, contested,
        uncertain (imprecise date), active, changed (since a compared day), low confidence and reported."""
        codes = (
            (self.holder_codes(state) << HOLDER_SHIFT)
            | (state.active.astype(np.int64) * ACTIVE)
            | (state.uncertain.astype(np.int64) * UNCERTAIN)
            | (state.contested.astype(np.int64) * CONTESTED)
            | (visible.astype(np.int64) * VISIBLE)
            | (state.low_confidence().astype(np.int64) * LOW_CONFIDENCE)
            | (state.reported().astype(np.int64) * REPORTED)
        )
        if changed is not None:
            codes |= changed.astype(np.int64) * CHANGED
        return codes

    def summary(self, state: DayState, visible: np.ndarray) -> dict[str, Any]:
        """Sites shown, active among them, and active ones per holder label (most first)."""
        active = state.active & visible
        per_holder = np.bincount(self.holder_codes(state)[active], minlength=len(self.holder_ids))
        by_label = {self.holder_labels[i]: int(n) for i, n in enumerate(per_holder) if n}
        return {
            "sites": int(visible.sum()),
            "active": int(active.sum()),
            "active_by_holder": dict(sorted(by_label.items(), key=lambda kv: (-kv[1], kv[0]))),
        }

    def kind_labels(self) -> dict[str, str]:
        return {k: SITE_KIND_LABELS[k] for k in self.kind_list}


def summary_line(summary: dict[str, Any]) -> str:
    """'3 of 12 sites active; held by A (2), B (1)' — plain text, for the day's headline."""
    active, total = summary["active"], summary["sites"]
    line = f"{active} of {total} site{'s' if total != 1 else ''} active"
    if summary["active_by_holder"]:
        line += "; held by " + ", ".join(f"{label} ({n})" for label, n in summary["active_by_holder"].items())
    return line
