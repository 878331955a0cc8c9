"""gunicorn on 127.0.0.1 with the bench settings, and wrk against it (bench/wrk.lua prints JSON in done())."""

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from .config import ROOT

WRK = "/usr/bin/wrk"
LUA = Path(__file__).with_name("wrk.lua")
CLIENTS = ((1, 1), (2, 8))  # (wrk threads, connections): one client, then eight


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """gunicorn, sync workers (two per core), on a free local port; stopped by its own process id."""

    def __init__(self, workers: int | None = None):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.workers = workers or 2 * (os.cpu_count() or 1)
        self.process = None

    def __enter__(self):
        # Background work queued in the database, as production does (a request that notifies only queues the
        # delivery; no worker runs during a bench, so nothing is sent).
        env = {**os.environ, "DJANGO_SETTINGS_MODULE": "bench.settings", "PYTHONPATH": str(ROOT),
               "TASK_BACKEND": "database"}  # fmt: skip
        env.pop("DEMO_SKIP_TOTP", None)
        command = [str(Path(sys.executable).with_name("gunicorn")), "lianyang.wsgi:application", "--bind",
                   f"127.0.0.1:{self.port}", "--workers", str(self.workers), "--log-level", "warning"]  # fmt: skip
        self.process = subprocess.Popen(command, cwd=ROOT, env=env)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(f"{self.base}/healthz", timeout=2)
                return self
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                if self.process.poll() is not None:
                    raise RuntimeError("gunicorn exited at start") from None
                time.sleep(0.3)
        raise RuntimeError("gunicorn did not answer within 60 s")

    def __exit__(self, *exc):
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def status_of(url: str, *, method: str = "GET", cookie: str = "", body: str = "") -> int:
    """The status one request gets from the server (redirects not followed): a page must answer 200."""
    headers = {"Cookie": cookie} if cookie else {}
    if body:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    request = urllib.request.Request(url, data=body.encode() or None, headers=headers, method=method)
    try:
        with urllib.request.build_opener(NoRedirect).open(request, timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def wrk(url: str, *, threads: int, connections: int, duration: int, method="GET", cookie="", body="") -> dict:
    command = [WRK, f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--timeout", "30s", "-s", str(LUA), url,
               "--", method, cookie, body]  # fmt: skip
    output = subprocess.run(command, capture_output=True, text=True, timeout=duration + 60, check=True).stdout
    line = next(line for line in output.splitlines() if line.startswith("BENCH_JSON "))
    return json.loads(line.removeprefix("BENCH_JSON "))
