"""The timeline chart: one row per site, presence and control bars coloured by actor, the day marked.

Pure: data in, an Altair chart out. Imprecise or low-confidence periods are drawn faded.
"""

from __future__ import annotations

import datetime as dt

import altair as alt
import pandas as pd

from geodata.dataset import OPEN_END_DAY, Dataset
from geodata.schema import FADED_CONFIDENCES

SELECTION = "pick_site"
MAX_ROWS = 40


def timeline_rows(dataset: Dataset, site_ids: list[str], last_day: dt.date) -> pd.DataFrame:
    """One row per period of the given sites: track, dates, colour, label, and whether to fade it."""
    names = dict(zip(dataset.sites["id"], dataset.sites["name"], strict=True))
    colours = dict(zip(dataset.actors["id"], dataset.actors["colour"], strict=True))
    labels = dict(zip(dataset.actors["id"], dataset.actors["label"], strict=True))
    wanted = set(site_ids)
    rows = []
    for track, frame, actor_field in (
        ("Presence", dataset.presence, "operator"),
        ("Control", dataset.control, "holder"),
    ):
        for period in frame[frame["site"].isin(wanted)].itertuples(index=False):
            actor = getattr(period, actor_field)
            end = last_day if period.end_day >= OPEN_END_DAY else dt.date.fromordinal(int(period.end_day))
            rows.append(
                {
                    "id": period.site,
                    "site": names[period.site],
                    "track": track,
                    "start": dt.date.fromordinal(int(period.start_day)).isoformat(),
                    "end": end.isoformat(),
                    "colour": colours[actor],
                    "who": labels[actor],
                    "what": getattr(period, "role", "") or "",
                    "dates": f"{period.start} – {period.end or 'today'}",
                    "confidence": period.confidence,
                    "faded": period.confidence in FADED_CONFIDENCES
                    or "approximate" in (period.start_precision, period.end_precision)
                    or "year" in (period.start_precision, period.end_precision),
                }
            )
    return pd.DataFrame(
        rows, columns=["id", "site", "track", "start", "end", "colour", "who", "what", "dates", "confidence", "faded"]
    )


def _datum(day: dt.date) -> dict[str, int]:
    return {"year": day.year, "month": day.month, "date": day.day}


def timeline_spec(rows: pd.DataFrame, site_order: list[str], span: tuple[dt.date, dt.date]) -> dict:
    """The chart as a Vega-Lite dict, built (and not re-validated) once per set of sites; the day's
    rule is its second layer, moved by `with_day` without rebuilding anything."""
    chart = timeline_chart(rows, site_order, span[0], span)
    return chart.to_dict(validate=False)


def with_day(spec: dict, day: dt.date) -> dict:
    """A copy of the spec with the red rule moved to `day`."""
    layers = [dict(layer) for layer in spec["layer"]]
    rule = layers[1]
    rule["encoding"] = {**rule["encoding"], "x": {**rule["encoding"]["x"], "datum": _datum(day)}}
    return {**spec, "layer": layers}


def timeline_chart(rows: pd.DataFrame, site_order: list[str], day: dt.date, span: tuple[dt.date, dt.date]) -> alt.Chart:
    """Bars per site and track, a red rule at `day`; clicking a bar selects its site (`SELECTION`)."""
    pick = alt.selection_point(name=SELECTION, fields=["id"], on="click")
    x_scale = alt.Scale(domain=[span[0].isoformat(), span[1].isoformat()])
    bars = (
        alt.Chart(rows)
        .mark_bar(height={"band": 0.45})
        .encode(
            x=alt.X("start:T", title=None, scale=x_scale),
            x2="end:T",
            # Names up to ~45 characters are read whole (issue 11: labels were cut at ~16).
            y=alt.Y("site:N", sort=site_order, title=None, axis=alt.Axis(labelLimit=320)),
            yOffset=alt.YOffset("track:N", sort=["Presence", "Control"]),
            color=alt.Color("colour:N", scale=None),
            opacity=alt.condition("datum.faded", alt.value(0.35), alt.value(0.9)),
            tooltip=["site:N", "track:N", "who:N", "what:N", "dates:N", "confidence:N"],
        )
        .add_params(pick)
    )
    # The day rule is decoration for screen readers (the day is in the page's text): out of the ARIA tree.
    rule = (
        alt.Chart()
        .mark_rule(color="#d00", size=2, aria=False)
        .encode(x=alt.datum(alt.DateTime(**_datum(day)), type="temporal"))
    )
    height = max(120, 26 * len(site_order))
    return (bars + rule).properties(height=height, width="container")
