"""The view as a URL: parse and validate query parameters in one place, and write them back.

Every view is a link: `?date=YYYY-MM-DD&site=ID&kind=a,b&holder=x&operator=y&active=1&q=text`,
plus `conf=high` (high-confidence claims only), `cmp=YYYY-MM-DD` (mark changes since that day) and
`rings=1` (draw the ranges of air-defence systems present that day) and `panel=` (the panel under
the map: events, changes, table, timeline, cite or legend).
A bad parameter never raises: it falls back to a sane value and yields a notice for the user.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, replace

from geodata.dates import parse_day

MAX_SEARCH_LENGTH = 100
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>$~:&])")


@dataclass(frozen=True)
class ViewState:
    """Everything a shared link reproduces."""

    day: dt.date
    site: str | None = None
    kinds: tuple[str, ...] = ()
    holders: tuple[str, ...] = ()
    operators: tuple[str, ...] = ()
    active_only: bool = False
    search: str = ""
    high_only: bool = False
    compare: dt.date | None = None
    rings: bool = False
    panel: str = "events"


@dataclass(frozen=True)
class Choices:
    """What the parameters may name: the data's span and ids."""

    first_day: dt.date
    last_day: dt.date
    default_day: dt.date
    site_ids: Collection[str]
    kinds: Collection[str]
    holders: Collection[str]
    operators: Collection[str]
    panels: Collection[str] = ()


def quote_for_notice(value: str, limit: int = 40) -> str:
    """Show an untrusted value inside a Markdown notice: printable, shortened, every markup character escaped."""
    printable = "".join(ch if ch.isprintable() else "?" for ch in value)
    shortened = printable if len(printable) <= limit else printable[:limit] + "…"
    return "“" + _MARKDOWN_SPECIAL.sub(r"\\\1", shortened) + "”"


def _list(raw: str, allowed: Collection[str], name: str, notices: list[str]) -> tuple[str, ...]:
    items = [item.strip() for item in raw.split(",") if item.strip()]
    good = tuple(dict.fromkeys(item for item in items if item in allowed))
    bad = [item for item in items if item not in allowed]
    if bad:
        notices.append(
            f"Ignored unknown {name} {', '.join(quote_for_notice(b) for b in bad[:5])} in the link"
            + (f" (and {len(bad) - 5} more)" if len(bad) > 5 else "")
            + "."
        )
    return good


def _day(raw: str | None, choices: Choices, notices: list[str], name: str = "date") -> dt.date | None:
    """A valid day within the data, or None (with a notice when the link gave a bad one)."""
    if raw is None or raw == "":
        return None
    try:
        day = parse_day(raw)
    except ValueError:
        notices.append(f"The {name} {quote_for_notice(raw)} in the link is not a YYYY-MM-DD date; it was ignored.")
        return None
    if day < choices.first_day or day > choices.last_day:
        clamped = min(max(day, choices.first_day), choices.last_day)
        notices.append(
            f"The {name} {day.isoformat()} is outside the data ({choices.first_day.isoformat()} to "
            f"{choices.last_day.isoformat()}); showing {clamped.isoformat()} instead."
        )
        return clamped
    return day


def _panel(raw: str | None, compare: dt.date | None, panels: Collection[str], notices: list[str]) -> str:
    """The panel under the map: as the link says, else "What changed" when comparing, else events."""
    if raw in panels:
        return raw
    if raw:
        notices.append(f"There is no panel {quote_for_notice(raw)}; showing the default one.")
    return "changes" if compare else "events"


def parse_view(params: Mapping[str, str], choices: Choices) -> tuple[ViewState, list[str]]:
    """Turn query parameters into a valid view and the notices explaining every fallback."""
    notices: list[str] = []
    day = _day(params.get("date"), choices, notices) or choices.default_day
    compare = _day(params.get("cmp"), choices, notices, name="comparison date")
    confidence = (params.get("conf") or "").strip().lower()
    if confidence not in ("", "all", "high"):
        notices.append(f"The value {quote_for_notice(confidence)} for 'conf' is not 'high'; showing all claims.")
    site = params.get("site") or None
    if site is not None and site not in choices.site_ids:
        notices.append(f"No site has the id {quote_for_notice(site)}; no site is selected.")
        site = None
    active_raw = (params.get("active") or "").strip().lower()
    active_only = active_raw in ("1", "true", "yes")
    if active_raw not in ("", "0", "1", "true", "false", "yes", "no"):
        notices.append(f"The value {quote_for_notice(active_raw)} for 'active' is not 1 or 0; showing all sites.")
    search = params.get("q") or ""
    if len(search) > MAX_SEARCH_LENGTH:
        notices.append(f"The search text in the link was cut to {MAX_SEARCH_LENGTH} characters.")
        search = search[:MAX_SEARCH_LENGTH]
    view = ViewState(
        day=day,
        site=site,
        kinds=_list(params.get("kind") or "", choices.kinds, "kind", notices),
        holders=_list(params.get("holder") or "", choices.holders, "holder", notices),
        operators=_list(params.get("operator") or "", choices.operators, "operator", notices),
        active_only=active_only,
        search="".join(ch for ch in search if ch.isprintable()),
        high_only=confidence == "high",
        compare=compare,
        rings=(params.get("rings") or "").strip().lower() in ("1", "true", "yes"),
        panel=_panel(params.get("panel"), compare, choices.panels, notices),
    )
    return view, notices


def to_params(view: ViewState) -> dict[str, str]:
    """The query parameters for a view; defaults are left out so links stay short."""
    params = {"date": view.day.isoformat()}
    if view.site:
        params["site"] = view.site
    for name, values in (("kind", view.kinds), ("holder", view.holders), ("operator", view.operators)):
        if values:
            params[name] = ",".join(values)
    if view.active_only:
        params["active"] = "1"
    if view.search:
        params["q"] = view.search
    if view.high_only:
        params["conf"] = "high"
    if view.compare:
        params["cmp"] = view.compare.isoformat()
    if view.rings:
        params["rings"] = "1"
    if view.panel != ("changes" if view.compare else "events"):
        params["panel"] = view.panel
    return params


def with_day(view: ViewState, day: dt.date) -> ViewState:
    return replace(view, day=day)
