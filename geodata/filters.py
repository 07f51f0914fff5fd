"""Which sites a view shows: by kind, holder, operator, activity and a name search over every spelling."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import Any

from geodata.dataset import Dataset


def _fold(text: str) -> str:
    """Case- and accent-insensitive form, so 'hmeimim' finds 'Hmeimim' and 'Ḥmeimim'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@dataclass(frozen=True)
class SiteFilter:
    """A filter on the state records of one day. Empty tuples mean 'any'."""

    kinds: tuple[str, ...] = ()
    holders: tuple[str, ...] = ()
    operators: tuple[str, ...] = ()
    active_only: bool = False
    search: str = ""
    _search_folded: str = field(init=False, repr=False, default="")

    def __post_init__(self) -> None:
        object.__setattr__(self, "_search_folded", _fold(self.search.strip()))

    def matches(self, record: dict[str, Any], names: str) -> bool:
        if self.kinds and record["kind"] not in self.kinds:
            return False
        if self.holders and (record["holder"] or "unknown") not in self.holders:
            return False
        if self.operators and record["operator"] not in self.operators:
            return False
        if self.active_only and not record["active"]:
            return False
        return not self._search_folded or self._search_folded in names


def searchable_names(dataset: Dataset) -> dict[str, str]:
    """Per site id, every name and alias folded into one string to search in."""
    sites = dataset.sites
    return {
        site_id: _fold(" | ".join([row["id"], row["name"], row["name_ru"], row["name_ar"], row["aliases"]]))
        for site_id, row in sites.iterrows()
    }


def apply_filter(records: list[dict[str, Any]], site_filter: SiteFilter, names: dict[str, str]) -> list[dict[str, Any]]:
    """The records that pass the filter, in their original order."""
    return [record for record in records if site_filter.matches(record, names.get(record["id"], ""))]


def summarise(records: list[dict[str, Any]]) -> dict[str, Any]:
    """Counts for a one-line summary: sites shown, active sites, and active sites per holder label."""
    per_holder: dict[str, int] = {}
    for record in records:
        if record["active"]:
            per_holder[record["holder_label"]] = per_holder.get(record["holder_label"], 0) + 1
    return {
        "sites": len(records),
        "active": sum(1 for record in records if record["active"]),
        "active_by_holder": dict(sorted(per_holder.items(), key=lambda kv: (-kv[1], kv[0]))),
    }


def summary_line(summary: dict[str, Any]) -> str:
    """'3 of 12 sites active; held by A (2), B (1)' — plain text, for the day's headline."""
    active, total = summary["active"], summary["sites"]
    line = f"{active} of {total} site{'s' if total != 1 else ''} active"
    if summary["active_by_holder"]:
        line += "; held by " + ", ".join(f"{label} ({n})" for label, n in summary["active_by_holder"].items())
    return line
