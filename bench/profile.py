"""`python -m bench profile --scale city --page "registration queue"`: where one page's time goes, in-process.

Runs the page through Django's test Client (the same session as a run) `--requests` times under cProfile and
prints the mean time per request (and how much of it was this process's own CPU: on a machine other work loads,
the CPU time compares two versions of a page better), the queries of the last one, and the functions that take
the most time. It reads the kept database of the scale; it never builds one.
"""

import cProfile
import pstats
import time
import urllib.parse

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from .context import cookies, discover
from .pages import PAGES
from .run import _format


def profile(page_name: str, *, requests: int, top: int) -> int:
    page = next((p for p in PAGES if p.name == page_name), None)
    if page is None:
        print(f"no page named {page_name!r}; the pages are: {', '.join(p.name for p in PAGES)}")
        return 2
    c = discover()
    client = Client()
    for part in cookies(c)[page.role].split("; "):
        name, value = part.split("=", 1)
        client.cookies[name] = value
    url, data = _format(page.url, c), dict(urllib.parse.parse_qsl(_format(page.data, c)))

    def once():
        response = client.post(url, data) if page.method == "POST" else client.get(url)
        assert response.status_code == 200, response.status_code
        return response

    once()  # warm caches, as a server would be
    started, cpu_started = time.perf_counter(), time.process_time()
    for _ in range(requests):
        once()
    plain = (time.perf_counter() - started) / requests * 1000
    cpu = (time.process_time() - cpu_started) / requests * 1000
    with CaptureQueriesContext(connection) as captured:
        once()
    executed = captured.captured_queries  # read now: the next request resets the connection's log
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(requests):
        once()
    profiler.disable()
    print(
        f"{page.name}: {plain:.1f} ms a request in-process (without the profiler), of which {cpu:.1f} ms of this "
        f"process's CPU (the rest is the database's time and waiting: on a loaded machine, the CPU time compares "
        f"better), {len(executed)} queries"
    )
    for query in executed:
        print(f"  {query['time']} s  {query['sql'][:160]}")
    stats = pstats.Stats(profiler).strip_dirs()
    stats.sort_stats("cumulative").print_stats(top)
    stats.sort_stats("tottime").print_stats(top)
    return 0
