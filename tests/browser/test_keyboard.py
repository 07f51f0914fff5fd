"""Every main control is reachable and usable with the keyboard alone (issue 11)."""

from __future__ import annotations

import datetime as dt

from geodata.dataset import load_dataset
from geodata.timeline import Timeline
from tests.browser.helpers import assert_no_failure, open_app, wait_for_day, wait_for_param, wait_idle

TIMELINE = Timeline(load_dataset())
DESCRIBE_FOCUS = """() => {
  const el = document.activeElement;
  if (!el) return '';
  const label = el.getAttribute('aria-label') || el.innerText || el.getAttribute('placeholder') || '';
  return (el.tagName + ' ' + (el.getAttribute('role') || el.type || '') + ' ' + label).trim().slice(0, 80);
}"""


def tab_to(page, wanted: str, limit: int = 80) -> None:
    """Press Tab until the focused element's description contains `wanted`."""
    seen = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        focus = page.evaluate(DESCRIBE_FOCUS)
        seen.append(focus)
        if wanted in focus:
            return
    raise AssertionError(f"{wanted!r} not reachable with Tab; focus went through {seen}")


def test_slider_buttons_site_choice_and_panels_work_from_the_keyboard(page, server):
    start = dt.date(2014, 10, 1)
    open_app(page, server.url, f"?date={start.isoformat()}")
    page.evaluate("() => document.activeElement && document.activeElement.blur()")
    tab_to(page, "INPUT range Date")
    page.keyboard.press("ArrowRight")
    wait_for_day(page, (start + dt.timedelta(days=1)).isoformat())
    wait_idle(page)
    tab_to(page, "Next change")
    page.keyboard.press("Enter")
    wait_for_day(page, TIMELINE.next_change(start + dt.timedelta(days=1)).isoformat())
    wait_idle(page)
    tab_to(page, "INPUT combobox Site")  # the site chooser beside the map
    page.keyboard.type("Tartus")
    page.keyboard.press("Enter")
    wait_for_param(page, "site", "tartus")
    tab_to(page, "radio")  # the panel buttons
    page.keyboard.press("ArrowRight")
    wait_idle(page)
    wait_for_param(page, "panel", "changes")
    assert_no_failure(page)
