"""Analyst features in a real browser: tour, range rings and change halos, uploading your own data."""

from __future__ import annotations

import io
import zipfile

from playwright.sync_api import expect

from tests.browser.helpers import (
    assert_no_failure,
    day_shown,
    map_frame,
    open_app,
    wait_for_day,
    wait_for_sites,
    wait_idle,
)
from tests.conftest import FIXTURES, MINIMAL


def test_tour_moves_the_map_and_opens_the_site(page, server):
    open_app(page, server.url)
    page.get_by_text("Guided tour: key moments, 1971 to today").click()
    page.get_by_role("button", name="Start the tour").click()
    wait_for_day(page, "1972-11-15")
    page.get_by_role("button", name="Next step").click()
    wait_for_day(page, "1977-04-30")
    assert "Tartus" in page.locator("[data-testid='ba-details'] h3").inner_text()
    tour = page.locator("[data-testid='ba-tour']")
    expect(tour).to_contain_text("229th division")  # the panel under the map may repaint a moment later
    assert tour.locator("a[href^='http']").count() >= 1  # the step's sources


def test_rings_and_change_halos_are_drawn(page, server):
    open_app(page, server.url, "?date=2016-06-01&rings=1&cmp=2015-06-01")
    frame = map_frame(page)
    assert frame.locator("path.system-ring").count() >= 2
    assert frame.locator("path.site-halo").count() >= 1
    page.get_by_text("Air-defence ranges").click()
    wait_idle(page)
    frame.locator("path.system-ring").first.wait_for(state="detached")
    assert day_shown(page) == "2016-06-01"


def _zip(directory) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for path in directory.iterdir():
            archive.write(path, f"data/{path.name}")
    return buffer.getvalue()


def test_uploading_a_data_folder_replaces_the_map_for_this_session(page, server, tmp_path):
    open_app(page, server.url, "?date=2013-01-01")
    page.get_by_text("Use your own data").click()
    upload = tmp_path / "mine.zip"
    upload.write_bytes(_zip(MINIMAL))
    page.locator("[data-testid='stFileUploaderDropzoneInput']").set_input_files(str(upload))
    page.get_by_text("Showing your data").wait_for()
    wait_idle(page)
    wait_for_sites(page, "sites.length === 2 && sites.some(s => s.id === 'alpha')")
    page.get_by_role("button", name="Back to the built-in data").click()
    wait_idle(page)
    wait_for_sites(page, "sites.length > 2")


def test_uploading_broken_data_lists_the_problems_and_keeps_the_map(page, server, tmp_path):
    open_app(page, server.url)
    page.get_by_text("Use your own data").click()
    broken = tmp_path / "broken.zip"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for path in (FIXTURES / "hostile").iterdir():
            if path.name != "sources.csv":
                archive.write(path, path.name)
    broken.write_bytes(buffer.getvalue())
    page.locator("[data-testid='stFileUploaderDropzoneInput']").set_input_files(str(broken))
    page.get_by_text("Your data failed validation").wait_for()
    assert_no_failure(page)
    wait_for_sites(page, "sites.length > 2")
