"""`python -m bench run`: every page through gunicorn with wrk at 1 and 8 clients, its floor alike, its queries
in-process (Django's test Client with CaptureQueriesContext on the same database), then the timed operations."""

import sys
import urllib.parse

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from . import ops
from .context import cookies, discover
from .load import CLIENTS, Server, status_of, wrk
from .matching import matching
from .pages import PAGES, slug, target_ms
from .report import missed, write
from .signups import signups


def _format(text: str, c: dict) -> str:
    return text.format(**{k: urllib.parse.quote(str(v), safe="") for k, v in c.items() if k != "users"})


def queries(page, url: str, body: str, cookie: str) -> tuple[int, int]:
    """The status and the number of queries of the second request (the first warms caches)."""
    client = Client()
    for part in cookie.split("; "):
        name, value = part.split("=", 1)
        client.cookies[name] = value
    data = dict(urllib.parse.parse_qsl(body))
    for _ in range(2):
        with CaptureQueriesContext(connection) as captured:
            response = client.post(url, data) if page.method == "POST" else client.get(url)
    return response.status_code, len(captured)


def measure_pages(scale: str, c: dict, duration: int, log, pages=PAGES, *, server, warm: bool = True) -> list[dict]:
    """Each page and its floor on `server`: status, queries, then wrk at 1 and 8 clients (after a second of warming
    up each, unless not `warm`: the smoke's one-second runs assert answers, not times)."""
    jar = cookies(c)
    floor_query = urllib.parse.urlencode({k: v for k, v in c.items() if k != "users"})
    rows = []
    for page in pages:
        url, body, cookie = _format(page.url, c), _format(page.data, c), jar[page.role]
        status, count = queries(page, url, body, cookie)
        served = status_of(server.base + url, method=page.method, cookie=cookie, body=body)
        floor_url = f"{server.base}/bench/floor/{slug(page)}/?{floor_query}"
        floor_status = status_of(floor_url)
        row = {"page": page.name, "url": page.url, "kind": page.kind, "status": status, "served": served,
               "floor_status": floor_status, "queries": count, "target_ms": target_ms(page, scale)}  # fmt: skip
        if {status, served, floor_status} != {200}:
            log(f"  {page.name}: status {status} in-process, {served} served, floor {floor_status}")
            rows.append(row)
            continue
        if warm:  # both warmed up for a second before measuring
            wrk(
                server.base + url,
                threads=2,
                connections=8,
                duration=1,
                method=page.method,
                cookie=cookie,
                body=body,
            )
            wrk(floor_url, threads=2, connections=8, duration=1)
        for threads, connections in CLIENTS:
            options = {"threads": threads, "connections": connections, "duration": duration}
            row[f"c{connections}"] = wrk(server.base + url, method=page.method, cookie=cookie, body=body, **options)
            row[f"floor_c{connections}"] = wrk(floor_url, **options)
        row["ratio"] = round(row["c8"]["p95_ms"] / max(row["floor_c8"]["p95_ms"], 0.01), 1)
        row["met"] = not missed(row, scale)
        log(f"  {page.name}: p95 {row['c1']['p95_ms']} / {row['c8']['p95_ms']} ms, {count} queries, "
            f"floor {row['floor_c8']['p95_ms']} ms, ratio {row['ratio']}")  # fmt: skip
        rows.append(row)
    return rows


def run(scale, *, duration: int, runs: int, demo: bool, log=None, save: bool = True, only=None, warm=True) -> int:
    """Every page and operation, recorded; with `only` (page names), just those pages, printed and not saved."""
    log = log or (lambda line: print(line, file=sys.stderr, flush=True))
    c = discover()
    chosen = [page for page in PAGES if not only or page.name in only]
    if only and len(chosen) != len(set(only)):
        log(f"unknown page: {', '.join(sorted(set(only) - {page.name for page in chosen}))}")
        return 2
    log(f"measuring {len(chosen)} pages at {scale.name} scale, station {c['station']}, {duration} s per run")
    with Server() as server:
        pages = measure_pages(scale.name, c, duration, log, chosen, server=server, warm=warm)
        if only:
            return 0
        log(f"sign-ups for {duration} s")
        signed = signups(c, server.base, duration=duration)
        log(f"  {signed}")
    log("timed operations")
    operations = {
        "signups": signed,
        "mrz_from_photo": ops.mrz_from_photo(min(runs, 10)),
        "slip_pdf": ops.slip(runs),
        "newspaper_pdf": ops.newspaper_pdf(min(runs, 10)),
        "worker_pass": ops.worker_passes(),
        "submissions": ops.submissions(c, count=200 if save else 20),
        "visit_month": ops.visit_month(),
        "matching": matching(),
    }
    if demo:
        operations["demo_build"] = ops.demo_build_time()
    log(f"  {operations}")
    context = {k: v for k, v in c.items() if k not in {"users", "csrf", "document_number", "document_index"}}
    if save:
        path = write(scale.name, pages=pages, operations=operations, context=context, duration=duration)
        log(f"wrote {path} and bench/RESULTS.md")
    bad = [row["page"] for row in pages if {row["status"], row["served"], row["floor_status"]} != {200}]
    if bad:
        log(f"FAILED: {', '.join(bad)} did not answer 200")
    if not operations["visit_month"]["planning"]["count"]:
        log("FAILED: planning next month planned no visit")
        bad.append("visit_month")
    if signed.get("errors") or not signed.get("succeeded") or not signed.get("capacity_kept"):
        log(f"FAILED: sign-ups: {signed}")
        bad.append("signups")
    return 1 if bad else 0
