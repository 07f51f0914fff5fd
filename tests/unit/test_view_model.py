"""One view per run: the answers the whole page draws from, checked site by site against the slow,
per-site reading of the same day (`DayState.record`), for random views."""

from __future__ import annotations

import datetime as dt
import random
import unicodedata

from dashboard.atlas import build_atlas
from dashboard.url_state import ViewState
from dashboard.view_model import run_answers
from geodata.dataset import load_dataset
from geodata.schema import SITE_KINDS
from geodata.site_table import ACTIVE, VISIBLE

ATLAS = build_atlas(load_dataset(), dt.date(2026, 11, 29))
SITES = ATLAS.dataset.sites


def folded(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))


def random_view(rng: random.Random) -> ViewState:
    first, last = ATLAS.first_day.toordinal(), ATLAS.last_day.toordinal()
    name = rng.choice(list(SITES["name"]))
    start = rng.randrange(max(len(name) - 4, 1))
    return ViewState(
        day=dt.date.fromordinal(rng.randint(first, last)),
        site=rng.choice([None, *SITES.index[:20]]),
        kinds=tuple(rng.sample(SITE_KINDS, rng.choice([0, 0, 1, 3]))),
        holders=tuple(rng.sample(["syria-gov", "sdf", "isis", "syria-transitional", "fsa"], rng.choice([0, 0, 2]))),
        operators=tuple(rng.sample(["russia", "ussr"], rng.choice([0, 0, 1]))),
        active_only=rng.random() < 0.3,
        search=rng.choice(["", "", name[start : start + 4]]),
        high_only=rng.random() < 0.3,
        compare=rng.choice([None, dt.date.fromordinal(rng.randint(first, last))]),
    )


def test_run_answers_match_a_site_by_site_reading_of_the_day():
    rng = random.Random(11)
    for _ in range(40):
        view = random_view(rng)
        answers = run_answers(ATLAS, view)
        timeline = ATLAS.strict_timeline if view.high_only else ATLAS.timeline
        state = timeline.state_at(view.day)
        shown = active = 0
        for i, site_id in enumerate(timeline.site_ids):
            record, site = state.record(i), SITES.loc[site_id]
            names = folded(" | ".join([site_id, site["name"], site["name_ru"], site["name_ar"], site["aliases"]]))
            expected = (
                (not view.kinds or record["kind"] in view.kinds)
                and (not view.holders or record["holder"] in view.holders)
                and (not view.operators or record["operator"] in view.operators)
                and (not view.active_only or record["active"])
                and (not view.search.strip() or folded(view.search.strip()) in names)
            )
            assert bool(answers.visible[i]) == expected, (view, site_id)
            assert bool(answers.codes[i] & VISIBLE) == expected and bool(answers.codes[i] & ACTIVE) == record["active"]
            shown += expected
            active += expected and record["active"]
        assert (answers.summary["sites"], answers.summary["active"]) == (shown, active), view
        assert answers.selected == (list(timeline.site_ids).index(view.site) if view.site else -1)
        assert (answers.changed is None) == (view.compare is None)
