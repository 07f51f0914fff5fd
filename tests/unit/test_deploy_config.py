"""deploy/nginx.conf, the config `make cluster` and `make load TARGET=cluster` run, renders completely
and keeps its promises: sticky by cookie (not by IP), websockets proxied, everything on 127.0.0.1.
When nginx is installed, `nginx -t` must accept it; otherwise that check is skipped (make test
does not need nginx)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from deploy.cluster import STICKY_COOKIE, find_nginx, render_config


def rendered(prefix: Path) -> str:
    return render_config(8080, [8601, 8602, 8603], prefix, as_root=False)


def test_every_placeholder_is_filled(tmp_path):
    text = rendered(tmp_path)
    assert "{{" not in text and "}}" not in text
    assert f"pid {tmp_path}/nginx.pid;" in text


def test_sticky_by_cookie_not_by_address(tmp_path):
    text = rendered(tmp_path)
    assert "hash $sticky_key consistent;" in text
    assert f"$cookie_{STICKY_COOKIE}" in text and "$request_id" in text
    assert "ip_hash" not in re.sub(r"#.*", "", text)  # every local test client is 127.0.0.1


def test_everything_listens_and_connects_on_localhost(tmp_path):
    text = rendered(tmp_path)
    assert re.findall(r"^\s*listen (\S+);", text, re.MULTILINE) == ["127.0.0.1:8080"]
    servers = re.findall(r"^\s*server (\S+) ", text, re.MULTILINE)
    assert servers == ["127.0.0.1:8601", "127.0.0.1:8602", "127.0.0.1:8603"]


def test_websocket_and_failover_directives(tmp_path):
    text = rendered(tmp_path)
    stream = text[text.index("location /_stcore/stream") :]
    assert "proxy_set_header Upgrade $http_upgrade;" in text
    assert "proxy_set_header Connection $connection_upgrade;" in text
    assert "proxy_http_version 1.1;" in text
    assert "proxy_read_timeout 1d;" in stream
    assert "proxy_next_upstream error timeout" in text


def test_nginx_accepts_it(tmp_path):
    nginx = find_nginx()
    if nginx is None:
        pytest.skip("nginx is not installed (make cluster installs it)")
    for name in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"):
        (tmp_path / "tmp" / name).mkdir(parents=True)
    conf = tmp_path / "nginx.conf"
    conf.write_text(rendered(tmp_path), encoding="utf-8")
    command = [nginx, "-t", "-q", "-p", f"{tmp_path}/", "-c", str(conf), "-e", str(tmp_path / "error.log")]
    checked = subprocess.run(command, capture_output=True, text=True, check=False, timeout=30)
    assert checked.returncode == 0, checked.stderr
