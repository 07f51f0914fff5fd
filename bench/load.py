"""`make load`: many concurrent sessions against a real `streamlit run`, over Streamlit's websocket.

Each simulated session opens the app like a browser would (a rerun request with a deep link), then
for a bounded time moves the date slider and clicks sites on the map (the same widget messages a
browser sends), timing each rerun until the server reports the script finished. Prints sessions,
reruns per second, p50/p95 latency, errors and the server's memory; then checks that memory returns
near its baseline after many sessions have connected and left. Traffic stays on 127.0.0.1.

Through a proxy (`make load TARGET=cluster`, bench/cluster_load.py) a session also behaves as a
browser does there: it loads the page first and sends the cookies back (so a sticky proxy keeps it
on one replica), and when its websocket drops it reconnects with the URL of its view.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import random
import time
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ClientState_pb2 import ClientState
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

from bench.timing import p50, percentile
from geodata.dataset import load_dataset
from geodata.timeline import Timeline
from tests.browser.conftest import start_server, stop_server

EPOCH = dt.datetime(1970, 1, 1)
SESSION_TTL = 5
RESULTS = Path(__file__).resolve().parent / "results.md"
# After st.rerun() the script reports this and runs again: the action is answered by the second run.
RERUN_FOLLOWS = ForwardMsg.ScriptFinishedStatus.FINISHED_EARLY_FOR_RERUN
RECONNECT_WITHIN = 30.0  # seconds a tab keeps trying to reconnect before it counts as lost
CONNECTION_LOST = (websockets.ConnectionClosed, websockets.InvalidHandshake, OSError)


@dataclass(frozen=True)
class View:
    """What the tab's URL must bring back: the day on the Date slider and the selected site."""

    day: dt.date | None
    site: str | None


@dataclass
class Reconnect:
    """A tab whose websocket dropped: its view before, and the view drawn again from its URL."""

    before: View  # as the last answered action left it
    target: View | None  # where the unanswered action was going, if one was in flight
    replica_before: str
    lost_at: float
    after: View | None = None  # None: it never came back
    replica_after: str = ""
    seconds: float = float("nan")  # from the dropped websocket to the view drawn again

    @property
    def view_lost(self) -> bool:
        # The URL may already hold the in-flight action's view (the server sends it before finishing).
        return self.after is None or self.after not in (self.before, self.target)


@dataclass
class Stats:
    latencies: list[float] = field(default_factory=list)
    finished_at: list[float] = field(default_factory=list)  # time.monotonic() when each action was answered
    errors: list[str] = field(default_factory=list)
    sessions: int = 0
    reconnects: list[Reconnect] = field(default_factory=list)
    sticky_misses: int = 0  # a websocket answered by another replica than the request before it


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def day_micros(day: dt.date) -> float:
    return (dt.datetime.combine(day, dt.time()) - EPOCH).total_seconds() * 1_000_000


def micros_day(micros: float) -> dt.date:
    return (EPOCH + dt.timedelta(microseconds=micros)).date()


async def http_get(url: str, cookies: dict[str, str], timeout: float = 60) -> tuple[int, dict[str, list[str]]]:
    """A bare HTTP/1.1 GET returning status and headers: enough to collect cookies as a browser does,
    with no HTTP client library and no thread per request."""
    parts = urllib.parse.urlsplit(url)
    reader, writer = await asyncio.open_connection(parts.hostname, parts.port)
    try:
        cookie = "; ".join(f"{name}={value}" for name, value in cookies.items())
        request = f"GET {parts.path or '/'} HTTP/1.1\r\nHost: {parts.netloc}\r\nConnection: close\r\n"
        writer.write((request + (f"Cookie: {cookie}\r\n" if cookie else "") + "\r\n").encode())
        raw = await asyncio.wait_for(reader.read(), timeout)
    finally:
        writer.close()
    status_line, *lines = raw.split(b"\r\n\r\n", 1)[0].decode("latin-1").split("\r\n")
    headers: dict[str, list[str]] = {}
    for line in lines:
        name, _, value = line.partition(":")
        headers.setdefault(name.strip().lower(), []).append(value.strip())
    return int(status_line.split()[1]), headers


class Session:
    """One simulated browser tab. With `browser=True` (through a proxy) it keeps cookies, and after a
    dropped websocket it reconnects with the query string of its view, as Streamlit's frontend does
    with the page's URL."""

    def __init__(self, url: str, stats: Stats, site_ids: list[str], browser: bool = False) -> None:
        self.url = url
        self.ws_url = url.replace("http://", "ws://") + "/_stcore/stream"
        self.stats = stats
        self.site_options = ["", *site_ids]  # the Site selectbox's options, in order
        self.browser = browser
        self.cookies: dict[str, str] = {}
        self.replica = ""  # the replica that answered last, as the proxy's X-Replica header names it
        self.slider_id = ""
        self.map_id = ""
        self.fragment_id = ""
        self.day_range = (dt.date.min, dt.date.max)  # the Date slider's bounds
        self.query_string = ""  # the page's URL: the server sends it with every run
        self.view = View(None, None)  # as the last answered action left the page
        self.target: View | None = None  # where the action in flight is going
        self.pending: Reconnect | None = None  # a dropped websocket whose view is not yet back

    def _answered(self, headers: dict[str, list[str]]) -> str:
        """Keep the response's cookies; return the replica that answered (the last one nginx tried)."""
        for cookie in headers.get("set-cookie", []):
            name, _, value = cookie.split(";", 1)[0].partition("=")
            self.cookies[name.strip()] = value.strip()
        return headers.get("x-replica", [""])[0].split(",")[-1].strip()

    async def _run(self, ws: Any, client_state: Any, target: View) -> float:
        """Send one rerun request and read until it is answered; the page's view is then updated from
        what the server drew (the slider's and the site selectbox's values when the script set them)."""
        message = BackMsg()
        message.rerun_script.CopyFrom(client_state)
        drawn_day, drawn_site = target.day, self.view.site
        started = time.perf_counter()
        await ws.send(message.SerializeToString())
        self.target = target
        while True:
            raw = await asyncio.wait_for(ws.recv(), timeout=60)
            forward = ForwardMsg()
            forward.ParseFromString(raw)
            kind = forward.WhichOneof("type")
            if kind == "page_info_changed":
                self.query_string = forward.page_info_changed.query_string
            elif kind == "delta" and forward.delta.WhichOneof("type") == "new_element":
                element = forward.delta.new_element
                which = element.WhichOneof("type")
                if which == "exception":
                    self.stats.errors.append(element.exception.message[:200])
                elif which == "slider" and element.slider.label == "Date":
                    slider = element.slider
                    self.slider_id, self.fragment_id = slider.id, forward.delta.fragment_id
                    self.day_range = (micros_day(slider.min), micros_day(slider.max))
                    if slider.set_value:  # the script set the day, e.g. from the URL
                        drawn_day = micros_day(slider.value[0])
                elif which == "selectbox" and element.selectbox.label == "Site" and element.selectbox.set_value:
                    drawn_site = self.site_options[list(element.selectbox.options).index(element.selectbox.raw_value)]
                elif which == "component_instance" and element.component_instance.component_name.endswith("st_folium"):
                    self.map_id = element.component_instance.id
            elif kind == "script_finished" and forward.script_finished != RERUN_FOLLOWS:
                self.view, self.target = View(drawn_day, drawn_site or None), None
                self.stats.finished_at.append(time.monotonic())
                return time.perf_counter() - started

    async def _act(self, ws: Any, deadline: float, days: list[dt.date], rng: random.Random, think: float) -> None:
        """Until the deadline: move the date slider (70%) or click a site on the map (30%)."""
        low, high = self.day_range
        days = [day for day in days if low <= day <= high] or days
        while time.monotonic() < deadline:
            state = ClientState(fragment_id=self.fragment_id, query_string=self.query_string)
            widget = state.widget_states.widgets.add()
            if rng.random() < 0.7 or not self.map_id:
                day = rng.choice(days)
                widget.id = self.slider_id
                widget.double_array_value.data.append(day_micros(day))
                target = View(day, self.view.site)
            else:
                site = rng.choice(self.site_options[1:])
                widget.id = self.map_id
                widget.json_value = json.dumps({"last_active_drawing": {"properties": {"id": site}}})
                target = View(self.view.day, site)
            self.stats.latencies.append(await self._run(ws, state, target))
            if think:  # a pause, cut short when the connection drops (a browser notices at once)
                closed = asyncio.ensure_future(ws.wait_closed())
                await asyncio.wait([closed], timeout=rng.uniform(0.5 * think, 1.5 * think))
                closed.cancel()

    async def _connect_and_act(
        self, query: str, deadline: float, days: list[dt.date], rng: random.Random, think: float
    ) -> None:
        """One websocket: draw the page for `query`, note the view, then act until the deadline."""
        cookie = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        async with websockets.connect(
            self.ws_url, subprotocols=["streamlit"], max_size=2**26, open_timeout=60, proxy=None,
            additional_headers={"Cookie": cookie} if cookie else None, origin=self.url if self.browser else None,
        ) as ws:  # fmt: skip
            before = self.replica
            self.replica = self._answered({k.lower(): ws.response.headers.get_all(k) for k in ws.response.headers})
            if self.browser and before and before != self.replica:
                self.stats.sticky_misses += 1
            self.stats.latencies.append(await self._run(ws, ClientState(query_string=query), View(None, None)))
            self._on_drawn()
            await self._act(ws, deadline, days, rng, think)

    def _on_drawn(self) -> None:
        """The first run on a websocket was answered: a new session, or a dropped one restored."""
        if self.pending is None:
            self.stats.sessions += 1
        else:
            self.pending.after, self.pending.replica_after = self.view, self.replica
            self.pending.seconds = time.monotonic() - self.pending.lost_at
            self.pending = None

    async def _wait_for_proxy(self, lost_at: float) -> None:
        """Poll /_stcore/health through the proxy (with the tab's cookies) until a replica answers,
        as Streamlit's frontend does before it reopens the websocket."""
        delay = 0.1
        while time.monotonic() - lost_at < RECONNECT_WITHIN:
            try:
                status, headers = await http_get(self.url + "/_stcore/health", self.cookies, timeout=10)
                if status == 200:
                    self.replica = self._answered(headers)
                    return
            except CONNECTION_LOST:
                pass
            await asyncio.sleep(delay)
            delay = min(2 * delay, 2.0)
        raise TimeoutError(f"no replica answered through the proxy within {RECONNECT_WITHIN:.0f} s")

    async def run(self, seconds: float, days: list[dt.date], rng: random.Random, think: float = 0.0) -> None:
        deadline = time.monotonic() + seconds
        query = f"date={rng.choice(days).isoformat()}"
        try:
            if self.browser:
                self.replica = self._answered((await http_get(self.url + "/", self.cookies))[1])
            while True:
                try:
                    await self._connect_and_act(query, deadline, days, rng, think)
                    return
                except CONNECTION_LOST as lost:
                    # A slow answer is not a lost connection; only a tab that drew its page has a view to restore.
                    if not self.browser or isinstance(lost, TimeoutError) or self.view.day is None:
                        raise
                    if self.pending is None:
                        self.pending = Reconnect(self.view, self.target, self.replica, time.monotonic())
                        self.stats.reconnects.append(self.pending)
                    query = self.query_string
                    await self._wait_for_proxy(self.pending.lost_at)
        except Exception as error:
            self.stats.errors.append(f"{type(error).__name__}: {error}"[:200])


async def concurrent(
    url: str, sessions: int, seconds: float, timeline: Timeline, think: float = 0.0
) -> tuple[Stats, float]:
    stats = Stats()
    rng = random.Random(5)
    started = time.perf_counter()
    await asyncio.gather(
        *(
            Session(url, stats, timeline.site_ids).run(
                seconds, timeline.change_points, random.Random(rng.random()), think
            )
            for _ in range(sessions)
        )
    )
    return stats, time.perf_counter() - started


async def churn(url: str, total: int, batch: int, timeline: Timeline) -> Stats:
    """Many short sessions that connect, do a few reruns, and leave."""
    stats = Stats()
    rng = random.Random(9)
    for _ in range(total // batch):
        await asyncio.gather(
            *(
                Session(url, stats, timeline.site_ids).run(0.5, timeline.change_points, random.Random(rng.random()))
                for _ in range(batch)
            )
        )
    return stats


def replace_section(title: str, section: list[str]) -> None:
    """Replace one `## title` section of bench/results.md where it stands (appended if new); the
    other sections belong to other commands and are left as they are."""
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark results\n"
    body = "\n".join(section).rstrip() + "\n"
    start = text.find(f"## {title}\n")
    if start < 0:
        RESULTS.write_text(text.rstrip() + "\n\n" + body, encoding="utf-8")
        return
    end = text.find("\n## ", start + 1)
    rest = text[end + 1 :] if end >= 0 else ""
    RESULTS.write_text(text[:start] + body + ("\n" + rest if rest else ""), encoding="utf-8")


def write_results(lines: list[str], args: argparse.Namespace) -> None:
    """Replace the Load section of bench/results.md with this run's figures."""
    replace_section(
        "Load",
        [
            "## Load",
            "",
            f"`make load` on {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC: {args.sessions} concurrent sessions",
            "over Streamlit's websocket, each moving the date slider (70%) or clicking a site on the map (30%)",
            f"with a pause between actions, then {args.churn} sessions that connect, act and leave (leak check;",
            f"the server ran with `server.disconnectedSessionTTL={SESSION_TTL}`, so departed sessions are dropped",
            "within seconds).",
            "",
            "```",
            *lines,
            "```",
        ],
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sessions", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--churn", type=int, default=200, help="sessions that connect and leave, for the leak check")
    parser.add_argument("--think", type=float, default=1.0, help="mean pause between a session's actions, seconds")
    args = parser.parse_args()
    timeline = Timeline(load_dataset())
    # Disconnected sessions are normally kept 120 s for reconnects; 5 s lets the leak check see them go.
    server = start_server(name="load", extra_args=("--server.disconnectedSessionTTL", str(SESSION_TTL)))
    pid = server.process.pid
    try:
        asyncio.run(concurrent(server.url, 1, 2, timeline))  # warm the caches
        time.sleep(SESSION_TTL + 3)
        baseline = rss_mb(pid)
        lines: list[str] = []
        stats, elapsed = asyncio.run(concurrent(server.url, args.sessions, args.seconds, timeline, args.think))
        peak = rss_mb(pid)
        reruns = len(stats.latencies)
        lines.append(
            f"concurrent sessions: {stats.sessions} of {args.sessions} connected, {args.seconds:.0f} s each, "
            f"{args.think:.1f} s mean pause between actions"
        )
        lines.append(f"reruns: {reruns} in {elapsed:.1f} s = {reruns / elapsed:.1f} reruns/s")
        latency_p50, latency_p95 = p50(stats.latencies) * 1000, percentile(stats.latencies, 95) * 1000
        lines.append(f"rerun latency: p50 {latency_p50:.0f} ms, p95 {latency_p95:.0f} ms")
        lines.append(f"errors: {len(stats.errors)}" + (f" (first: {stats.errors[0]})" if stats.errors else ""))
        lines.append(f"server memory: {baseline:.0f} MB before, {peak:.0f} MB with {args.sessions} sessions")
        # Two rounds: memory that stays flat from the first round to the second is the allocator's
        # high-water mark; memory that grows by the same amount again would be a per-session leak.
        for round_number in (1, 2):
            churned = asyncio.run(churn(server.url, args.churn, 25, timeline))
            time.sleep(SESSION_TTL + 10)  # sessions are dropped after server.disconnectedSessionTTL
            after = rss_mb(pid)
            lines.append(
                f"after round {round_number}: {churned.sessions} more sessions connected and left: {after:.0f} MB "
                f"({after - baseline:+.0f} MB vs baseline; {len(churned.errors)} errors)"
            )
        print("\n".join(lines))
        write_results(lines, args)
    finally:
        stop_server(server)


if __name__ == "__main__":
    main()
