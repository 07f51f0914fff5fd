"""The static atlas's folder: self-contained, within its size budget, and never destroying a folder it
did not write."""

from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from dashboard.citation import embed_snippet, static_view_link
from dashboard.publish import MARKER, main, publish
from dashboard.static_atlas import DATA_SCRIPT, read_data_script
from geodata.dataset import load_dataset
from geodata.site_table import SiteFilter, SiteTable
from geodata.timeline import Timeline
from tests.conftest import FIXTURES

SIZE_BUDGET = 2_000_000
TODAY = dt.date(2026, 11, 29)


class _Assets(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        wanted = {"script": "src", "link": "href", "img": "src"}.get(tag)
        for name, value in attrs:
            if name == wanted and value:
                self.urls.append(value)


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("atlas") / "site"
    publish(out, today=TODAY)
    return out


def test_every_asset_the_page_loads_is_in_the_folder(published: Path) -> None:
    parser = _Assets()
    parser.feed((published / "index.html").read_text(encoding="utf-8"))
    assert DATA_SCRIPT in parser.urls and any(u.endswith("leaflet.js") for u in parser.urls)
    for url in parser.urls:
        assert not re.match(r"^[a-z]+:|^//", url), f"the page loads {url} from outside its folder"
        assert (published / url).is_file(), f"{url} is missing from the folder"


def test_the_folder_stays_within_its_size_budget(published: Path) -> None:
    size = sum(p.stat().st_size for p in published.rglob("*") if p.is_file())
    assert size <= SIZE_BUDGET, f"{size / 1e6:.2f} MB > 2 MB"


def test_the_data_holds_every_site_and_every_intervals_codes(published: Path) -> None:
    data = read_data_script((published / DATA_SCRIPT).read_text(encoding="utf-8"))
    timeline = Timeline(load_dataset())
    table = SiteTable(timeline)
    assert [s["id"] for s in data["sites"]] == table.ids
    # Codes rebuilt from the deltas equal the table's codes computed afresh for a day in each interval.
    codes = list(data["firstCodes"])
    for index, start in enumerate(data["days"]):
        if index:
            delta = data["deltas"][index - 1]
            for site, code in zip(delta[::2], delta[1::2], strict=True):
                codes[site] = code
        day = dt.date(1970, 1, 1) + dt.timedelta(days=start)
        state = timeline.state_at(day)
        assert codes == table.state_codes(state, table.mask(state, SiteFilter())).tolist(), day


def test_every_site_story_quotes_its_sources(published: Path) -> None:
    data = read_data_script((published / DATA_SCRIPT).read_text(encoding="utf-8"))
    khmeimim = next(s for s in data["sites"] if s["id"] == "khmeimim")
    assert "ba-quote" in khmeimim["story"] and 'href="https://' in khmeimim["story"]
    hrefs = re.findall(r'href="([^"]*)"', "".join(s["story"] + s["heading"] for s in data["sites"]))
    assert hrefs and all(h.startswith(("https://", "http://")) for h in hrefs)


def test_readme_gives_the_embed_snippet(published: Path) -> None:
    readme = (published / "README.md").read_text(encoding="utf-8")
    assert "<iframe" in readme and "index.html" in readme and "#date=2016-06-01&site=khmeimim" in readme


def test_publishing_again_replaces_the_previous_atlas(tmp_path: Path) -> None:
    out = tmp_path / "site"
    publish(out, data_dir=FIXTURES / "minimal", today=TODAY)
    (out / "stale.txt").write_text("from an older run")
    publish(out, data_dir=FIXTURES / "minimal", today=TODAY)
    assert (out / MARKER).is_file() and not (out / "stale.txt").exists()


def test_a_folder_it_did_not_write_is_refused_and_left_alone(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    out = tmp_path / "thesis"
    out.mkdir()
    (out / "chapter1.md").write_text("precious")
    assert main([str(out), "--data", str(FIXTURES / "minimal")]) == 1
    assert "not empty" in capsys.readouterr().err
    assert (out / "chapter1.md").read_text() == "precious" and sorted(p.name for p in out.iterdir()) == ["chapter1.md"]


def test_a_broken_dataset_stops_before_the_folder_is_touched(
    tmp_path: Path, data_copy, capsys: pytest.CaptureFixture
) -> None:
    header = "id,site,start,end,operator,role,confidence,note\n"
    broken = data_copy(presence__csv=header + "x,nowhere,2015,,russia,,high,\n")
    out = tmp_path / "site"
    assert main([str(out), "--data", str(broken)]) == 1
    assert "presence.csv" in capsys.readouterr().err
    assert not out.exists()


def test_embed_snippet_escapes_the_address_and_carries_the_view() -> None:
    snippet = embed_snippet('https://example.org/a"b/', dt.date(2016, 6, 1), "khmeimim")
    assert snippet.startswith("<iframe ") and '"b/' not in snippet and "&quot;b/" in snippet
    assert "index.html#date=2016-06-01&amp;site=khmeimim" in snippet
    assert static_view_link("https://example.org/x") == "https://example.org/x/index.html"
