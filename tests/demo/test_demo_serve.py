"""A newcomer's `make demo`: gunicorn and the task worker serve together, the e-mailed login code is readable in
the demo outbox, and Ctrl-C stops both. Runs the real command in a process of its own, on a SQLite file."""

import http.cookiejar
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_for(condition, seconds: float, what: str):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.5)
    raise AssertionError(f"{what} within {seconds} s")


class Browser:
    """Enough of a browser for a form journey: cookies, the CSRF token, redirects followed."""

    def __init__(self, base: str):
        self.base = base
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.cookies))

    def get(self, path: str) -> tuple[int, str]:
        try:
            with self.opener.open(self.base + path, timeout=10) as response:
                return response.status, response.read().decode()
        except OSError:
            return 0, ""

    def post(self, path: str, fields: dict) -> tuple[int, str]:
        token = next(cookie.value for cookie in self.cookies if cookie.name == "csrftoken")
        data = urllib.parse.urlencode({"csrfmiddlewaretoken": token, **fields}).encode()
        request = urllib.request.Request(self.base + path, data=data, headers={"Referer": self.base + path})
        with self.opener.open(request, timeout=10) as response:
            return response.status, response.read().decode()


@pytest.fixture
def demo(tmp_path):
    port = _free_port()
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'demo.sqlite3'}",
        "DEMO_SKIP_TOTP": "true",
        "DEMO_OUTBOX": "true",
        "TASK_BACKEND": "database",
    }
    log = (tmp_path / "demo.log").open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "lianyang", "demo", "--reset", "--residents", "30", "--port", str(port)],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )  # fmt: skip
    browser = Browser(f"http://127.0.0.1:{port}")
    try:
        _wait_for(lambda: browser.get("/healthz")[0] == 200, 180, "the demo did not serve")
        yield process, browser, tmp_path / "demo.log"
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
        log.close()


def test_newcomer_reads_the_login_code_in_the_outbox_and_ctrl_c_stops_server_and_worker(demo):
    process, browser, log = demo
    email = re.search(r"^\s+(\S+@example\.\S+)\s", log.read_text(), re.MULTILINE).group(1)
    status, home = browser.get("/en/")
    assert status == 200 and 'href="/demo/outbox/"' in home and "demo-banner" in home
    assert "Serving on" in log.read_text() and "Starting gunicorn" in log.read_text()

    browser.get("/en/login/")
    browser.post("/en/login/", {"code-email": email})
    # The code comes in the resident's own language: six digits in the message's body.
    body = re.compile(r'<pre class="outbox-body">[^<]*?(?<!\d)(\d{6})(?!\d)')
    code = _wait_for(
        lambda: body.search(browser.get(f"/demo/outbox/?to={urllib.parse.quote(email)}")[1]),
        60,
        "the worker did not send the login code",
    ).group(1)
    status, page = browser.post("/en/login/code/", {"code": code})
    assert status == 200 and "Log out" in page

    process.send_signal(signal.SIGINT)
    assert process.wait(timeout=30) == 0
    assert "Stopped the server and the worker." in log.read_text()
    left = subprocess.run(["pgrep", "-g", str(process.pid)], capture_output=True, text=True).stdout.split()
    assert left == [], f"processes left running: {left}"
