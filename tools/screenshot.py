"""Take the README screenshots in headless Chromium against a real, offline `streamlit run`.

Usage: python tools/screenshot.py  (writes docs/*.png)
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from playwright.sync_api import sync_playwright  # noqa: E402

from tests.browser.conftest import LOCAL_PREFIXES, start_server, stop_server  # noqa: E402
from tests.browser.helpers import open_app, wait_idle  # noqa: E402

SHOTS = {
    "dashboard.png": ("?date=2021-06-01&site=khmeimim", (1440, 900)),
    "dashboard-1985.png": ("?date=1985-06-01&site=tartus", (1366, 900)),
    "dashboard-phone.png": ("?date=2016-06-01", (390, 844)),
    "dashboard-rings-compare.png": ("?date=2016-06-01&site=khmeimim&rings=1&cmp=2015-06-01", (1366, 900)),
    "panel-timeline.png": ("?date=2016-06-01&site=palmyra-airport&panel=timeline", (1366, 1500)),
    "panel-table.png": ("?date=2020-01-01&panel=table", (1366, 1400)),
    "panel-cite.png": ("?date=2014-12-01&site=center-s&panel=cite", (1366, 1800)),
}
# The static atlas (dashboard/publish.py), opened from the file system with every other request refused.
STATIC_SHOTS = {
    "static-atlas.png": ("#date=2016-06-01&site=khmeimim", (1440, 900)),
    "static-atlas-phone.png": ("#date=2021-06-01&site=tartus", (390, 844)),
}


def static_shots(browser, only: set[str]) -> None:
    from dashboard.publish import publish

    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "atlas"
        publish(folder)
        for name, (fragment, (width, height)) in STATIC_SHOTS.items():
            if only and name not in only:
                continue
            context = browser.new_context(viewport={"width": width, "height": height})
            context.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
            page = context.new_page()
            page.goto((folder / "index.html").as_uri() + fragment)
            page.wait_for_selector("body[data-atlas-ready]")
            time.sleep(0.5)
            out = REPO / "docs" / name
            page.screenshot(path=str(out))
            print(f"wrote {out.relative_to(REPO)}")
            context.close()


def main() -> None:
    only = set(sys.argv[1:])  # names to take; all when none are given
    server = start_server(name="screenshot")
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path="/usr/bin/chromium",
                args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
            )
            for name, (query, (width, height)) in SHOTS.items():
                if only and name not in only:
                    continue
                context = browser.new_context(viewport={"width": width, "height": height})
                context.route(
                    "**/*", lambda r: r.continue_() if r.request.url.startswith(LOCAL_PREFIXES) else r.abort()
                )
                page = context.new_page()
                open_app(page, server.url, query)
                time.sleep(1.0)
                wait_idle(page)
                out = REPO / "docs" / name
                if name.startswith("panel-"):
                    # The panel sits under the map: show the part of the page from the panel row down.
                    page.get_by_text("What changed").first.scroll_into_view_if_needed()
                    time.sleep(0.5)
                page.screenshot(path=str(out), full_page=name.startswith("panel-"))
                print(f"wrote {out.relative_to(REPO)}")
                context.close()
            static_shots(browser, only)
            browser.close()
    finally:
        stop_server(server)


if __name__ == "__main__":
    main()
