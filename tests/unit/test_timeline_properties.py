"""Property: the state on any day equals the state on the last change point at or before it."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geodata.dataset import load_dataset
from geodata.timeline import Timeline
from tests.conftest import MINIMAL

FIRST, LAST = dt.date(1960, 1, 1), dt.date(2030, 12, 31)
days = st.dates(min_value=FIRST, max_value=LAST)


def nominal(state, index):
    return state.key(index)


def assert_constant_between_change_points(timeline: Timeline, day: dt.date) -> None:
    state = timeline.state_at(day)
    anchor = timeline.previous_change(day + dt.timedelta(days=1))
    if anchor is None:
        assert not state.active.any() and (state.control_row < 0).all()
        return
    anchor_state = timeline.state_at(anchor)
    for index in range(len(timeline.site_ids)):
        assert nominal(state, index) == nominal(anchor_state, index), (day, anchor, timeline.site_ids[index])


@settings(max_examples=200, deadline=None)
@given(day=days)
def test_minimal_fixture_state_is_constant_between_change_points(day):
    assert_constant_between_change_points(MINIMAL_TIMELINE, day)


MINIMAL_TIMELINE = Timeline(load_dataset(MINIMAL))


def _date_text(draw, lo: int, hi: int) -> tuple[str, int]:
    ordinal = draw(st.integers(min_value=lo, max_value=hi))
    day = dt.date.fromordinal(ordinal)
    form = draw(st.sampled_from(["day", "month", "year", "approx"]))
    text = {
        "day": day.isoformat(),
        "month": day.isoformat()[:7],
        "year": str(day.year),
        "approx": "~" + day.isoformat()[:7],
    }[form]
    return text, ordinal


@st.composite
def period_rows(draw, actor_ids: list[str], site_ids: list[str], prefix: str) -> list[list[str]]:
    rows = []
    for n in range(draw(st.integers(min_value=0, max_value=6))):
        start, start_ord = _date_text(draw, FIRST.toordinal(), LAST.toordinal() - 800)
        end = ""
        if draw(st.booleans()):
            end, _ = _date_text(draw, start_ord + 400, LAST.toordinal())
        rows.append(
            [
                f"{prefix}-{n}",
                draw(st.sampled_from(site_ids)),
                start,
                end,
                draw(st.sampled_from(actor_ids)),
                draw(st.sampled_from(["high", "medium", "low", "reported"])),
            ]
        )
    return rows


def base_control() -> list[list[str]]:
    """A noted base period per site from the first generated day: keeps holder timelines gap-free."""
    return [[f"c-base-{s}", s, FIRST.isoformat(), "", "gov", "low"] for s in ("alpha", "bravo")]


GENERATED_SETTINGS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
generated_datasets = given(
    presence=period_rows(["soviet", "russia"], ["alpha", "bravo"], "p"),
    control=period_rows(["gov", "rebels"], ["alpha", "bravo"], "c"),
    probes=st.lists(days, min_size=1, max_size=15),
)


def write_dataset(directory: Path, presence: list[list[str]], control: list[list[str]]) -> None:
    import shutil

    if directory.exists():
        shutil.rmtree(directory)
    shutil.copytree(MINIMAL, directory)
    lines = ["id,site,start,end,operator,role,confidence,note"]
    lines += [f"{i},{s},{a},{b},{o},Role {o},{c}," for i, s, a, b, o, c in presence]
    (directory / "presence.csv").write_text("\n".join(lines) + "\n")
    base = base_control()
    lines = ["id,site,start,end,holder,confidence,note"]
    lines += [f"{i},{s},{a},{b},{h},{c},Generated claim." for i, s, a, b, h, c in [*base, *control]]
    (directory / "control.csv").write_text("\n".join(lines) + "\n")
    claims = ["alpha", "bravo", "e-treaty", "e-capture", *(row[0] for row in [*presence, *base, *control])]
    citations = ["claim,source,quote", *(f"{claim},src-two,Generated quote." for claim in claims)]
    (directory / "citations.csv").write_text("\n".join(citations) + "\n")


def generated_timeline(tmp_path: Path, presence: list[list[str]], control: list[list[str]]) -> Timeline:
    directory = tmp_path / "generated"
    write_dataset(directory, presence, control)
    return Timeline(load_dataset(directory))


@GENERATED_SETTINGS
@generated_datasets
def test_generated_datasets_agree_with_their_change_points(tmp_path, presence, control, probes):
    timeline = generated_timeline(tmp_path, presence, control)
    for day in probes + timeline.change_points:
        assert_constant_between_change_points(timeline, day)
    expected = set()
    for point in timeline.change_points:
        before, after = timeline.state_at(point - dt.timedelta(days=1)), timeline.state_at(point)
        expected |= {(point.isoformat(), timeline.site_ids[i]) for i in range(2) if before.key(i) != after.key(i)}
    found = {(t["day"], t["site"]) for t in timeline.transitions(FIRST - dt.timedelta(days=1), LAST)}
    assert found == expected
    json.dumps(timeline.state_at(probes[0]).records())


# A brute-force reference written from the data format's rules (data/README.md), not from timeline.py:
# parse each written date by hand, scan every row for every site.
RANKS = {"reported": -1, "low": 0, "medium": 1, "high": 2}


def first_day_of(text: str) -> dt.date:
    parts = [int(p) for p in text.lstrip("~").split("-")]
    return dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def brute_state(rows: list[list[str]], site: str, day: dt.date, field: int) -> set[str]:
    """The actor(s) a correct primary answer may name: in force, most confident, latest start."""
    in_force = [
        r for r in rows if r[1] == site and first_day_of(r[2]) <= day and (not r[3] or day < first_day_of(r[3]))
    ]
    if not in_force:
        return set()
    best = max((RANKS[r[5]], first_day_of(r[2])) for r in in_force)
    return {r[field] for r in in_force if (RANKS[r[5]], first_day_of(r[2])) == best}


@GENERATED_SETTINGS
@generated_datasets
def test_state_and_change_points_match_a_brute_force_reference(tmp_path, presence, control, probes):
    timeline = generated_timeline(tmp_path, presence, control)
    all_control = [*base_control(), *control]
    expected_points = {first_day_of(r[2]) for r in [*presence, *all_control]}
    expected_points |= {first_day_of(r[3]) for r in [*presence, *all_control] if r[3]}
    assert set(timeline.change_points) == expected_points
    for day in probes:
        state = timeline.state_at(day)
        records = {r["id"]: r for r in state.records()}
        for index, site in enumerate(timeline.site_ids):
            operators = brute_state(presence, site, day, 4)
            assert bool(state.active[index]) == bool(operators)
            assert (records[site]["operator"] in operators) if operators else records[site]["operator"] is None
            assert records[site]["holder"] in brute_state(all_control, site, day, 4)
            assert records[site] == state.record(index)
