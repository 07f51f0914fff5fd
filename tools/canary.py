"""`make canary`: the map's contract tests and the browser suite against the newest streamlit,
streamlit-folium and folium, in a throwaway venv; the result is written to docs/canary.md.

Not part of `make test` (it needs the package index and takes minutes): run it before upgrading the
pins in requirements.txt, or on a schedule, to learn early that an upstream release breaks the map.
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
REPORT = REPO / "docs" / "canary.md"
UPGRADED = ("streamlit", "streamlit-folium", "folium")
SUITE = ("tests/unit/test_map_adapter_contract.py", "tests/browser")


def run(command: list[str], log: Path) -> int:
    with open(log, "a", encoding="utf-8") as handle:
        handle.write(f"$ {' '.join(command)}\n")
        handle.flush()
        return subprocess.run(command, cwd=REPO, stdout=handle, stderr=subprocess.STDOUT, check=False).returncode


def installed(python: Path, package: str) -> str:
    out = subprocess.run(
        [str(python), "-c", f"from importlib.metadata import version; print(version({package!r}))"],
        capture_output=True,
        text=True,
        check=False,
    )
    return out.stdout.strip() or "not installed"


def pinned(package: str) -> str:
    for line in (REPO / "requirements.txt").read_text(encoding="utf-8").splitlines():
        if line.lower().startswith(package + "=="):
            return line.split("==", 1)[1].strip()
    return "unpinned"


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="bases-atlas-canary-") as scratch:
        env_dir, log = Path(scratch) / "venv", Path(scratch) / "canary.log"
        venv.create(env_dir, with_pip=True)
        python = env_dir / "bin" / "python"
        pip = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
        if run([*pip, "-r", "requirements.txt", "-r", "requirements-dev.txt"], log) or run(
            [*pip, "--upgrade", *UPGRADED], log
        ):
            print(log.read_text(encoding="utf-8")[-3000:])
            return 1
        versions = {p: (pinned(p), installed(python, p)) for p in UPGRADED}
        code = run([str(python), "-m", "pytest", "-q", "-p", "no:cacheprovider", *SUITE], log)
        text = log.read_text(encoding="utf-8")
    summary = next((line for line in reversed(text.splitlines()) if re.search(r"\d+ (passed|failed)", line)), "")
    failures = sorted(set(re.findall(r"^FAILED (\S+)", text, flags=re.MULTILINE)))
    lines = [
        "# Canary: the newest streamlit, streamlit-folium and folium",
        "",
        f"`make canary` on {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC: a throwaway venv with requirements.txt, "
        f"then `pip install --upgrade {' '.join(UPGRADED)}`, then `pytest {' '.join(SUITE)}`.",
        "",
        "| package | pinned | newest tried |",
        "|---|---|---|",
        *[f"| {p} | {old} | {new} |" for p, (old, new) in versions.items()],
        "",
        f"Result: **{'passed' if code == 0 else 'FAILED'}** — `{summary.strip('= ')}`",
        "",
    ]
    if failures:
        lines += ["Failed tests:", "", *[f"- `{name}`" for name in failures], ""]
    REPORT.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))
    return code


if __name__ == "__main__":
    sys.exit(main())
