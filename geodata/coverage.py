"""How much of the documented footprint the map shows: mapped sites against open-source counts."""

from __future__ import annotations

from typing import Any

import numpy as np

from geodata.schema import COUNT_SCOPE_ALL, GOVERNORATES
from geodata.timeline import DayState

# A count describes the footprint near its date; older than this, it says nothing about the day.
COUNT_VALID_DAYS = 550


def coverage_at(state: DayState) -> list[dict[str, Any]]:
    """For the day's most recent count of each scope (all Syria first), how many sites of that
    scope the map shows active that day. Counts older than COUNT_VALID_DAYS are not used."""
    dataset = state.timeline.dataset
    counts = dataset.counts
    ordinal = state.day.toordinal()
    recent = counts[(counts["day"] <= ordinal) & (counts["day"] > ordinal - COUNT_VALID_DAYS)]
    if recent.empty:
        return []
    governorates = dataset.sites["governorate"].to_numpy()
    active = np.asarray(state.active, dtype=bool)
    results = []
    for scope, rows in recent.groupby("scope", sort=False):
        latest = rows.iloc[-1]
        mapped = int(active.sum()) if scope == COUNT_SCOPE_ALL else int((active & (governorates == scope)).sum())
        results.append(
            {
                "id": latest["id"],
                "scope": scope,
                "scope_label": "Syria" if scope == COUNT_SCOPE_ALL else GOVERNORATES.get(scope, scope),
                "mapped": mapped,
                "counted": int(latest["count"]),
                "what": latest["what"],
                "date": latest["date"],
                "sources": dataset.source_refs(latest["source_ids"], claim=latest["id"]),
            }
        )
    results.sort(key=lambda item: (item["scope"] != COUNT_SCOPE_ALL, item["scope_label"]))
    return results


def coverage_line(item: dict[str, Any]) -> str:
    """'Mapped 38 of ~83 points in an open-source count of 2021-01-06: <what> (reported by …)'."""
    publishers = ", ".join(dict.fromkeys(s["publisher"] for s in item["sources"] if s["publisher"]))
    where = "" if item["scope"] == COUNT_SCOPE_ALL else f" in {item['scope_label']}"
    line = f"Mapped {item['mapped']} of ~{item['counted']} points{where} in an open-source count of {item['date']}: "
    return line + item["what"] + (f" (reported by {publishers})" if publishers else "")
