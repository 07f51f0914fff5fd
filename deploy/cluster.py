"""`make cluster`: N Streamlit replicas of the dashboard behind nginx, all on 127.0.0.1.

The load test (`bench/cluster_load.py`) starts the very same cluster from `deploy/nginx.conf`, so
what is measured is what a team would run. nginx runs as the current user with its pid, logs and
temp files in a temporary folder; everything started here is stopped here (also on Ctrl-C, on
SIGTERM, and, through the kernel's parent-death signal, when this process itself is killed).
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import getpass
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TEMPLATE = Path(__file__).resolve().parent / "nginx.conf"
APP = "dashboard/app.py"
STICKY_COOKIE = "bases_atlas_replica"
NGINX_CANDIDATES = ("/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/local/nginx/sbin/nginx")
# Streamlit's flags as the browser tests use them (tests/browser/conftest.py).
STREAMLIT_FLAGS = (
    "--server.headless", "true", "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false",
    "--server.fileWatcherType", "none",
)  # fmt: skip


def render_config(port: int, replica_ports: list[int], prefix: Path, as_root: bool) -> str:
    """deploy/nginx.conf with its placeholders filled; a placeholder left unfilled is an error."""
    servers = "\n".join(f"        server 127.0.0.1:{p} max_fails=1 fail_timeout=10s;" for p in replica_ports)
    # As root, nginx would hand its workers to `nobody`; keep them as the user who started it.
    user_line = "user root;" if as_root else "# (not root: nginx and its workers run as the current user)"
    values = {"PORT": str(port), "SERVERS": servers, "PREFIX": str(prefix), "USER_LINE": user_line}
    text = TEMPLATE.read_text(encoding="utf-8")
    for name, value in values.items():
        text = text.replace("{{" + name + "}}", value)
    if "{{" in text:
        raise ValueError(f"{TEMPLATE} has a placeholder render_config does not fill: {text[text.find('{{') :][:40]}")
    return text


def find_nginx() -> str | None:
    """The nginx binary; /usr/sbin is often not on an ordinary user's PATH."""
    return shutil.which("nginx") or next((path for path in NGINX_CANDIDATES if Path(path).exists()), None)


def ensure_nginx() -> str:
    """nginx from Debian, installed when missing (with sudo unless root)."""
    found = find_nginx()
    if found:
        return found
    if not shutil.which("apt-get"):
        raise RuntimeError("nginx is not installed and there is no apt-get: install nginx, then run this again")
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    apt = [*sudo, "env", "DEBIAN_FRONTEND=noninteractive", "apt-get"]
    print("nginx is missing: installing it from Debian (apt-get update, then apt-get install)", flush=True)
    subprocess.run([*apt, "update"], check=True)
    # nginx-light is the small build on older releases; newer ones ship a single `nginx` package.
    for package in ("nginx-light", "nginx"):
        if subprocess.run([*apt, "install", "-y", "--no-install-recommends", package], check=False).returncode == 0:
            break
    found = find_nginx()
    if not found:
        raise RuntimeError("apt-get did not install nginx: install it by hand (apt-get install nginx)")
    return found


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _die_with_parent() -> None:
    """Runs in the child before exec: the kernel sends it SIGTERM if the process that started it dies,
    so not even a SIGKILLed `make cluster` leaves replicas or nginx behind (Linux only)."""
    with contextlib.suppress(OSError):  # not glibc: no such safety net, the `finally` still stops them
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def _spawn(command: list[str], log: Path, env: dict[str, str] | None = None) -> subprocess.Popen:
    """A child in its own session: Ctrl-C reaches only this process, which then stops them in order."""
    with open(log, "w") as handle:
        return subprocess.Popen(
            command, cwd=REPO, env=env, stdout=handle, stderr=subprocess.STDOUT,
            start_new_session=True, preexec_fn=_die_with_parent,
        )  # fmt: skip


@dataclass
class Replica:
    port: int
    process: subprocess.Popen
    log: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def alive(self) -> bool:
        return self.process.poll() is None


@dataclass
class Cluster:
    url: str
    prefix: Path
    replicas: list[Replica] = field(default_factory=list)
    nginx: subprocess.Popen | None = None


def wait_healthy(url: str, process: subprocess.Popen, log: Path, timeout: float = 90) -> None:
    """Poll /_stcore/health until it answers ok; a process that exits meanwhile fails fast with its log."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{log.name}: exited early:\n{log.read_text()[-2000:]}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.read().decode().strip() == "ok":
                    return
        except OSError:
            time.sleep(0.25)
    raise RuntimeError(f"{url} did not become healthy in {timeout:.0f} s; see {log}")


def start_replicas(cluster: Cluster, count: int, extra_args: tuple[str, ...] = ()) -> None:
    """Start every replica at once (they load the data in parallel), then wait for each."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    # Replicas share a cookie secret, so a cookie one of them signed is valid on the others after a fail-over.
    env["STREAMLIT_SERVER_COOKIE_SECRET"] = secrets.token_hex(32)
    for _ in range(count):
        port = free_port()
        log = cluster.prefix / f"replica-{port}.log"
        command = [sys.executable, "-m", "streamlit", "run", APP, *STREAMLIT_FLAGS, "--server.port", str(port)]
        cluster.replicas.append(Replica(port, _spawn([*command, *extra_args], log, env), log))
    for replica in cluster.replicas:
        wait_healthy(replica.url, replica.process, replica.log)


def start_nginx(cluster: Cluster, port: int) -> None:
    """Render the config into the prefix, check it with `nginx -t`, start nginx, wait for the proxy."""
    nginx = ensure_nginx()
    for name in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"):
        (cluster.prefix / "tmp" / name).mkdir(parents=True, exist_ok=True)
    conf = cluster.prefix / "nginx.conf"
    conf.write_text(
        render_config(port, [r.port for r in cluster.replicas], cluster.prefix, os.geteuid() == 0), encoding="utf-8"
    )
    command = [nginx, "-p", f"{cluster.prefix}/", "-c", str(conf), "-e", str(cluster.prefix / "error.log")]
    checked = subprocess.run([*command, "-t", "-q"], capture_output=True, text=True, check=False)
    if checked.returncode != 0:
        raise RuntimeError(f"nginx rejected {conf}:\n{checked.stderr}")
    cluster.nginx = _spawn(command, cluster.prefix / "nginx.out")
    wait_healthy(cluster.url, cluster.nginx, cluster.prefix / "error.log", timeout=20)


def stop_process(process: subprocess.Popen, timeout: float = 10) -> None:
    """SIGTERM (nginx: fast shutdown, which also closes open websockets), then SIGKILL if it lingers."""
    if process.poll() is None:
        process.terminate()
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def stop_cluster(cluster: Cluster) -> None:
    """The proxy first (no new requests), then every replica; then the temporary folder."""
    if cluster.nginx is not None:
        stop_process(cluster.nginx)
    for replica in cluster.replicas:
        stop_process(replica.process)
    shutil.rmtree(cluster.prefix, ignore_errors=True)


@contextmanager
def running_cluster(replicas: int = 3, port: int = 0, extra_args: tuple[str, ...] = ()) -> Iterator[Cluster]:
    """A started cluster (port 0: a free one), stopped on leaving the block however it is left."""
    port = port or free_port()
    prefix = Path(tempfile.mkdtemp(prefix="bases-atlas-cluster-"))
    cluster = Cluster(url=f"http://127.0.0.1:{port}", prefix=prefix)
    # SIGTERM (e.g. from a CI runner) unwinds like Ctrl-C, so the `finally` below stops everything.
    previous = signal.signal(signal.SIGTERM, lambda *_: sys.exit(128 + signal.SIGTERM))
    try:
        start_replicas(cluster, replicas, extra_args)
        start_nginx(cluster, port)
        yield cluster
    finally:
        stop_cluster(cluster)
        signal.signal(signal.SIGTERM, previous)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--replicas", type=int, default=3)
    parser.add_argument("--port", type=int, default=8080, help="the port nginx listens on (127.0.0.1)")
    args = parser.parse_args()
    if args.replicas < 1:
        parser.error("--replicas must be at least 1")
    user = getpass.getuser()
    try:
        with running_cluster(args.replicas, args.port) as cluster:
            for replica in cluster.replicas:
                print(f"replica  {replica.url}  (pid {replica.process.pid}, log {replica.log})")
            print(f"nginx    {cluster.url}  (pid {cluster.nginx.pid}, user {user}, files in {cluster.prefix})")
            print(f"\nOpen {cluster.url}/ — Ctrl-C stops nginx and the {args.replicas} replicas.", flush=True)
            while all(replica.alive for replica in cluster.replicas) and cluster.nginx.poll() is None:
                time.sleep(1)
            print("A process of the cluster exited on its own; stopping the others.", file=sys.stderr)
            sys.exit(1)
    except KeyboardInterrupt:
        print("\nStopped nginx and every replica.")


if __name__ == "__main__":
    main()
