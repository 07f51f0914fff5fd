"""axe-core, injected into the real page: no serious or critical accessibility violation on the main
view or on any panel (colour contrast, names of controls, alternative text, ARIA)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dashboard.panel_registry import PANELS as REGISTRY
from tests.browser.helpers import open_app, wait_idle

AXE = (Path(__file__).parent / "vendor" / "axe.min.js").read_text(encoding="utf-8")
PANELS = list(REGISTRY)


def serious_violations(page) -> list[str]:
    page.add_script_tag(content=AXE)
    found = page.evaluate(
        """async () => {
          const result = await axe.run(document, {resultTypes: ['violations']});
          return result.violations
            .filter(v => v.impact === 'serious' || v.impact === 'critical')
            .map(v => `${v.id} (${v.impact}): ${v.nodes.length} node(s), e.g. `
              + `${v.nodes[0].html.slice(0, 160)} — ${v.nodes[0].failureSummary}`);
        }"""
    )
    return found


@pytest.mark.parametrize("panel", PANELS)
def test_no_serious_accessibility_violation(page, server, panel):
    open_app(page, server.url, f"?date=2016-06-01&site=khmeimim&panel={panel}&cmp=2015-06-01")
    wait_idle(page)
    assert serious_violations(page) == []
