"""Questions about time: what held on a day, on which days anything changed, and what changed.

Semantics (see data/README.md): a period is in force on day d when nominal start ≤ d < nominal end
(open ends never end). When several periods of one timeline are in force for a site, the most
confident, then the latest-starting, is *primary*: it gives the role (presence) or the holder
(control); competing control claims are reported as alternatives. A site's
answer is *uncertain* on a day that lies inside the window of a date of one of its periods whose
precision is coarser than a day.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import numpy as np
import pandas as pd

from geodata.dataset import OPEN_END_DAY, Dataset
from geodata.schema import CONFIDENCE_RANK, SITE_KIND_LABELS, TIMELINE_START

STORY_START = dt.date.fromisoformat(TIMELINE_START)  # the 1971 Tartus agreement: where the story starts

UNKNOWN_HOLDER_LABEL = "Unknown / not recorded"
UNKNOWN_HOLDER_COLOUR = "#9e9e9e"


@dataclass(frozen=True)
class _Periods:
    """One periods table as numpy arrays, for vectorised in-force tests."""

    frame: pd.DataFrame
    site: np.ndarray
    start: np.ndarray
    end: np.ndarray
    start_earliest: np.ndarray
    start_latest: np.ndarray
    end_earliest: np.ndarray
    end_latest: np.ndarray
    confidence: np.ndarray

    @classmethod
    def from_frame(cls, frame: pd.DataFrame, site_position: dict[str, int]) -> _Periods:
        def column(name: str) -> np.ndarray:
            return frame[name].to_numpy(dtype=np.int64)

        return cls(
            frame=frame,
            site=np.array([site_position[s] for s in frame["site"]], dtype=np.int64),
            start=column("start_day"),
            end=column("end_day"),
            start_earliest=column("start_earliest"),
            start_latest=column("start_latest"),
            end_earliest=column("end_earliest"),
            end_latest=column("end_latest"),
            confidence=np.array([CONFIDENCE_RANK[c] for c in frame["confidence"]], dtype=np.int64),
        )

    def in_force(self, day: int) -> np.ndarray:
        return np.flatnonzero((self.start <= day) & (day < self.end))

    def uncertain(self, day: int) -> np.ndarray:
        in_start = (self.start_earliest <= day) & (day <= self.start_latest) & (self.start_earliest < self.start_latest)
        in_end = (self.end_earliest <= day) & (day <= self.end_latest) & (self.end_earliest < self.end_latest)
        return np.flatnonzero(in_start | in_end)


@dataclass(frozen=True)
class _Lookup:
    """Columns as plain lists, indexed by row (site position, presence or control row)."""

    sites: dict[str, list[Any]]
    presence: dict[str, list[Any]]
    control: dict[str, list[Any]]
    actor_labels: dict[str, str]
    actor_colours: dict[str, str]
    sources: dict[str, tuple[str, str]]


def _columns(frame: pd.DataFrame, names: Sequence[str]) -> dict[str, list[Any]]:
    return {name: frame[name].tolist() for name in names}


def _at_least(frame: pd.DataFrame, min_confidence: str) -> pd.DataFrame:
    rank = CONFIDENCE_RANK[min_confidence]
    keep = frame["confidence"].map(CONFIDENCE_RANK) >= rank
    return frame[keep].reset_index(drop=True)


def _pick_per_site(rows: np.ndarray, sites: np.ndarray, keys: tuple[np.ndarray, ...], n_sites: int) -> np.ndarray:
    """For each site, the row among `rows` with the greatest keys (lexicographic); -1 where none."""
    chosen = np.full(n_sites, -1, dtype=np.int64)
    if rows.size == 0:
        return chosen
    order = np.lexsort((*(k[rows] for k in reversed(keys)), sites[rows]))
    ordered_rows, ordered_sites = rows[order], sites[rows][order]
    is_last = np.r_[ordered_sites[1:] != ordered_sites[:-1], True]
    chosen[ordered_sites[is_last]] = ordered_rows[is_last]
    return chosen


class Timeline:
    """Precomputed arrays and change points for one dataset; answers questions about any day."""

    def __init__(self, dataset: Dataset, min_confidence: str = "reported") -> None:
        """`min_confidence="high"` answers from high-confidence claims only (the others are ignored)."""
        self.dataset = dataset
        self.min_confidence = min_confidence
        self.site_ids: list[str] = list(dataset.sites.index)
        self._site_position = {site_id: i for i, site_id in enumerate(self.site_ids)}
        self.presence = _Periods.from_frame(_at_least(dataset.presence, min_confidence), self._site_position)
        self.control = _Periods.from_frame(_at_least(dataset.control, min_confidence), self._site_position)
        self.systems = _Periods.from_frame(_at_least(dataset.systems, min_confidence), self._site_position)
        days = np.concatenate([self.presence.start, self.presence.end, self.control.start, self.control.end])
        days = np.unique(days[days < OPEN_END_DAY])
        self._change_ordinals: list[int] = days.tolist()
        self.change_points: list[dt.date] = [dt.date.fromordinal(d) for d in self._change_ordinals]

    @cached_property
    def lookup(self) -> _Lookup:
        """Plain-Python column lists of what per-site records read (pandas row access per site cost
        seconds at 10,000 sites, and row dictionaries of every period most of a second); built on
        first use."""
        dataset = self.dataset
        period_columns = ["id", "start", "confidence", "note", "source_ids"]
        return _Lookup(
            sites=_columns(
                dataset.sites, ["id", "name", "name_ru", "name_ar", "kind", "lat", "lon", "coord_precision"]
            ),
            presence=_columns(self.presence.frame, [*period_columns, "role", "operator"]),
            control=_columns(self.control.frame, [*period_columns, "holder"]),
            actor_labels=dict(zip(dataset.actors["id"], dataset.actors["label"], strict=True)),
            actor_colours=dict(zip(dataset.actors["id"], dataset.actors["colour"], strict=True)),
            sources={
                source: (title, url)
                for source, title, url in zip(
                    dataset.sources["id"], dataset.sources["title"], dataset.sources["url"], strict=True
                )
            },
        )

    def breakpoints(self) -> list[dt.date]:
        """Every day on which any answer may change: change points, the edges of imprecise dates'
        windows (where certainty flips) and the bounds of systems' periods. Between two consecutive
        breakpoints every site's state, uncertainty included, is constant."""
        days = [np.asarray(self._change_ordinals, dtype=np.int64)]
        for periods in (self.presence, self.control):
            for lo, hi in ((periods.start_earliest, periods.start_latest), (periods.end_earliest, periods.end_latest)):
                wide = lo < hi
                days += [lo[wide], hi[wide] + 1]
        days += [self.systems.start, self.systems.end]
        merged = np.unique(np.concatenate(days))
        return [dt.date.fromordinal(int(d)) for d in merged if d < OPEN_END_DAY]

    def site_index(self, site_id: str) -> int:
        return self._site_position[site_id]

    def span(self, today: dt.date | None = None) -> tuple[dt.date, dt.date]:
        """First change point to the later of today and the last change point: the range worth showing."""
        today = today or dt.date.today()
        if not self.change_points:
            return today, today
        return self.change_points[0], max(today, self.change_points[-1])

    def story_span(self, today: dt.date | None = None) -> tuple[dt.date, dt.date]:
        """The span a slider shows: holder timelines reach back before the story (to 1963), the
        slider starts with the story (1971) unless the data starts later."""
        first, last = self.span(today)
        return min(max(first, STORY_START), last), last

    def next_change(self, day: dt.date) -> dt.date | None:
        """The first change point strictly after `day`, or None."""
        i = bisect_right(self._change_ordinals, day.toordinal())
        return self.change_points[i] if i < len(self.change_points) else None

    def previous_change(self, day: dt.date) -> dt.date | None:
        """The last change point strictly before `day`, or None."""
        i = bisect_left(self._change_ordinals, day.toordinal())
        return self.change_points[i - 1] if i > 0 else None

    def systems_at(self, day: dt.date) -> np.ndarray:
        """Rows of `self.systems.frame` (air-defence and radar systems) in force on `day`."""
        return self.systems.in_force(day.toordinal())

    def state_at(self, day: dt.date) -> DayState:
        """The state of every site on `day` (vectorised over all periods)."""
        ordinal = day.toordinal()
        n = len(self.site_ids)
        p_rows = self.presence.in_force(ordinal)
        c_rows = self.control.in_force(ordinal)
        presence = _pick_per_site(p_rows, self.presence.site, (self.presence.confidence, self.presence.start), n)
        control = _pick_per_site(c_rows, self.control.site, (self.control.confidence, self.control.start), n)
        control_count = np.bincount(self.control.site[c_rows], minlength=n)
        uncertain = np.zeros(n, dtype=bool)
        uncertain[self.presence.site[self.presence.uncertain(ordinal)]] = True
        uncertain[self.control.site[self.control.uncertain(ordinal)]] = True
        return DayState(self, day, presence, control, control_count > 1, uncertain, p_rows, c_rows)

    def transitions(self, start: dt.date, end: dt.date) -> list[dict[str, Any]]:
        """Every change in (start, end]: one record per site and change point where its state changed."""
        if end < start:
            start, end = end, start
        lo = bisect_right(self._change_ordinals, start.toordinal())
        hi = bisect_right(self._change_ordinals, end.toordinal())
        records: list[dict[str, Any]] = []
        before = self.state_at(start)
        for ordinal in self._change_ordinals[lo:hi]:
            after = self.state_at(dt.date.fromordinal(ordinal))
            records += diff_states(before, after)
            before = after
        return records


@dataclass(frozen=True)
class DayState:
    """Which periods are in force for each site on one day; arrays are indexed like `Timeline.site_ids`."""

    timeline: Timeline
    day: dt.date
    presence_row: np.ndarray
    control_row: np.ndarray
    contested: np.ndarray
    uncertain: np.ndarray
    presence_rows_in_force: np.ndarray
    control_rows_in_force: np.ndarray

    @property
    def active(self) -> np.ndarray:
        return self.presence_row >= 0

    def _confidence_at_most(self, rank: int) -> np.ndarray:
        doubtful = np.zeros(len(self.presence_row), dtype=bool)
        for rows, periods in ((self.presence_row, self.timeline.presence), (self.control_row, self.timeline.control)):
            held = rows >= 0
            doubtful[held] |= periods.confidence[rows[held]] <= rank
        return doubtful

    def low_confidence(self) -> np.ndarray:
        """Per site: the day's primary presence or control claim is of low confidence (or only reported)."""
        return self._confidence_at_most(CONFIDENCE_RANK["low"])

    def reported(self) -> np.ndarray:
        """Per site: the day's primary presence claim is a single unconfirmed report."""
        rows, periods = self.presence_row, self.timeline.presence
        held = rows >= 0
        flagged = np.zeros(len(rows), dtype=bool)
        flagged[held] = periods.confidence[rows[held]] == CONFIDENCE_RANK["reported"]
        return flagged

    def changed_since(self, other: DayState) -> np.ndarray:
        """Per site: its nominal state (active, holder, role, contested) differs from `other`'s."""
        changed = np.zeros(len(self.presence_row), dtype=bool)
        for change in diff_states(other, self):
            changed[self.timeline.site_index(change["site"])] = True
        return changed

    def holder_ids(self) -> list[str | None]:
        holders = self.timeline.control.frame["holder"].to_numpy()
        return [holders[r] if r >= 0 else None for r in self.control_row]

    def key(self, index: int) -> tuple[bool, str | None, str | None, bool]:
        """What a site's nominal state is: (active, holder, role, contested) — used to detect changes."""
        presence, control = self.presence_row[index], self.control_row[index]
        role = self.timeline.presence.frame.at[presence, "role"] if presence >= 0 else None
        holder = self.timeline.control.frame.at[control, "holder"] if control >= 0 else None
        return bool(presence >= 0), holder, role, bool(self.contested[index])

    def record(self, index: int) -> dict[str, Any]:
        """The JSON-ready state of one site on this day, with the sources behind that day's claims."""
        timeline = self.timeline
        p_in_force = [int(r) for r in self.presence_rows_in_force if timeline.presence.site[r] == index]
        c_in_force = [int(r) for r in self.control_rows_in_force if timeline.control.site[r] == index]
        return self._record(index, p_in_force, c_in_force)

    def _record(self, index: int, p_in_force: list[int], c_in_force: list[int]) -> dict[str, Any]:
        lookup = self.timeline.lookup
        site = lookup.sites
        p_cols, c_cols = lookup.presence, lookup.control
        presence_row, control_row = int(self.presence_row[index]), int(self.control_row[index])
        confidences = []
        presence = operator = presence_since = None
        if presence_row >= 0:
            presence, operator = p_cols["role"][presence_row], p_cols["operator"][presence_row]
            presence_since = p_cols["start"][presence_row]
            confidences.append(p_cols["confidence"][presence_row])
        holder = holder_since = None
        if control_row >= 0:
            holder, holder_since = c_cols["holder"][control_row], c_cols["start"][control_row]
            confidences.append(c_cols["confidence"][control_row])
        source_ids: list[str] = []
        for cols, in_force in ((p_cols, p_in_force), (c_cols, c_in_force)):
            for r in in_force:
                source_ids += [s for s in cols["source_ids"][r] if s not in source_ids]
        alternatives = [
            {
                "period": c_cols["id"][r],
                "holder": c_cols["holder"][r],
                "holder_label": lookup.actor_labels.get(c_cols["holder"][r]),
                "confidence": c_cols["confidence"][r],
                "note": c_cols["note"][r],
            }
            for r in c_in_force
            if r != control_row
        ]
        kind = site["kind"][index]
        return {
            "id": site["id"][index],
            "name": site["name"][index],
            "name_ru": site["name_ru"][index],
            "name_ar": site["name_ar"][index],
            "kind": kind,
            "kind_label": SITE_KIND_LABELS[kind],
            "lat": float(site["lat"][index]),
            "lon": float(site["lon"][index]),
            "coord_precision": site["coord_precision"][index],
            "active": presence_row >= 0,
            "operator": operator,
            "operator_label": lookup.actor_labels.get(operator) if operator else None,
            "presence": presence,
            "presence_since": presence_since,
            "holder": holder,
            "holder_label": lookup.actor_labels.get(holder) if holder else UNKNOWN_HOLDER_LABEL,
            "holder_colour": lookup.actor_colours[holder] if holder else UNKNOWN_HOLDER_COLOUR,
            "holder_since": holder_since,
            "contested": bool(self.contested[index]),
            "alternatives": alternatives,
            "confidence": min(confidences, key=CONFIDENCE_RANK.__getitem__) if confidences else None,
            "certain": not bool(self.uncertain[index]),
            "sources": [{"title": lookup.sources[s][0], "url": lookup.sources[s][1]} for s in source_ids],
        }

    def records(self) -> list[dict[str, Any]]:
        """The state of every site, sorted by site id: the rows in force are grouped by site once,
        so the cost grows with sites plus rows, not with their product."""
        n = len(self.timeline.site_ids)
        by_site: list[tuple[list[int], list[int]]] = [([], []) for _ in range(n)]
        for rows, periods, slot in (
            (self.presence_rows_in_force, self.timeline.presence, 0),
            (self.control_rows_in_force, self.timeline.control, 1),
        ):
            for row, site in zip(rows.tolist(), periods.site[rows].tolist(), strict=True):
                by_site[site][slot].append(row)
        return [self._record(i, p_rows, c_rows) for i, (p_rows, c_rows) in enumerate(by_site)]


def diff_states(before: DayState, after: DayState) -> list[dict[str, Any]]:
    """Sites whose nominal state differs between two days: opened, closed, changed holder or role."""
    changes: list[dict[str, Any]] = []
    timeline = after.timeline
    candidates = np.flatnonzero(
        (before.presence_row != after.presence_row)
        | (before.control_row != after.control_row)
        | (before.contested != after.contested)
    )
    for index in candidates:
        old, new = before.key(index), after.key(index)
        if old == new:
            continue
        what = []
        if old[0] != new[0]:
            what.append("opened" if new[0] else "closed")
        elif old[2] != new[2]:
            what.append("role changed")
        if old[1] != new[1]:
            what.append("holder changed")
        if old[3] != new[3]:
            what.append("contested" if new[3] else "no longer contested")
        changes.append(
            {
                "day": after.day.isoformat(),
                "site": timeline.site_ids[index],
                "name": timeline.dataset.sites.iloc[index]["name"],
                "changes": what,
                "before": _key_dict(before, index),
                "after": _key_dict(after, index),
            }
        )
    return changes


def _key_dict(state: DayState, index: int) -> dict[str, Any]:
    active, holder, role, contested = state.key(index)
    return {
        "active": active,
        "holder": holder,
        "holder_label": state.timeline.dataset.actor_label(holder) or UNKNOWN_HOLDER_LABEL,
        "presence": role,
        "contested": contested,
    }
