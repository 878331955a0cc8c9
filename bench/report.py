"""Results: bench/results/<scale>-<date>.json, and bench/RESULTS.md rebuilt from the newest result of each scale."""

import datetime
import json
import os
import platform

from django.db import connection

from .config import RESULTS, ROOT, SCALES
from .load import CLIENTS

ORDER = ("community", "district", "city", "nation")


def machine() -> dict:
    memory = ""
    with open("/proc/meminfo") as meminfo:
        for line in meminfo:
            if line.startswith("MemTotal:"):
                memory = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    with connection.cursor() as cursor:
        cursor.execute("SELECT version()" if connection.vendor == "postgresql" else "SELECT sqlite_version()")
        database = cursor.fetchone()[0].split(" on ")[0]
    return {"cores": os.cpu_count(), "memory": memory, "database": database, "python": platform.python_version(),
            "load_15min": round(os.getloadavg()[2], 1)}  # fmt: skip


def write(scale: str, *, pages, operations, context, duration) -> str:
    RESULTS.mkdir(parents=True, exist_ok=True)
    today = datetime.date.today().isoformat()
    result = {"scale": scale, "date": today, "machine": machine(), "duration_s": duration,
              "clients": [c for _t, c in CLIENTS], "context": context, "pages": pages,
              "operations": operations}  # fmt: skip
    path = RESULTS / f"{scale}-{today}.json"
    path.write_text(json.dumps(result, indent=1, ensure_ascii=False, default=str))
    markdown()
    return str(path.relative_to(ROOT))


BUILD_TARGET_S = {"city": 300, "nation": 1200}  # issue 4: city under 5 minutes, nation under 20
SIGNUPS_PER_SECOND = 100  # issue 11: sign-ups on the portal by 8 clients, sustained on PostgreSQL, without an error


def record_build(scale: str, build: dict) -> None:
    """Keep the newest build's time of each scale for RESULTS.md, then rewrite it."""
    (RESULTS / "builds").mkdir(parents=True, exist_ok=True)
    record = {"scale": scale, "date": datetime.date.today().isoformat(), **build}
    (RESULTS / "builds" / f"{scale}.json").write_text(json.dumps(record, indent=1))
    markdown()


def record_added(scale: str, name: str, added: dict) -> None:
    """A kept build that gained its casework or its activities afterwards (`bench build` on a database built before
    they existed): the time it took, under `<name>_added`, next to the build's own in RESULTS.md."""
    path = RESULTS / "builds" / f"{scale}.json"
    record = json.loads(path.read_text()) if path.exists() else {"scale": scale, "residents": 0, "seconds": 0}
    record[f"{name}_added"] = {"date": datetime.date.today().isoformat(), **added}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(record, indent=1))
    markdown()


def record_passes(scale: str, passes: dict, *, full: bool) -> str:
    """Keep the newest `python -m bench passes` of each scale for RESULTS.md, then rewrite it."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    record = {"scale": scale, "date": datetime.date.today().isoformat(), "machine": machine(), "full": full,
              "worker_pass": passes}  # fmt: skip
    path = RESULTS / f"passes-{scale}-{record['date']}.json"
    path.write_text(json.dumps(record, indent=1))
    markdown()
    return str(path.relative_to(ROOT))


def _passes_section() -> list[str]:
    lines = []
    for scale in ORDER:
        for path in sorted(RESULTS.glob(f"passes-{scale}-*.json"))[-1:]:
            r = json.loads(path.read_text())
            m = r["machine"]
            lines += [f"## worker passes, {scale} ({r['date']})", "",
                      f"`python -m bench passes --scale {scale}{'' if r.get('full', True) else ' --no-full'}`: "
                      f"{m['cores']} cores, {m['memory']} memory, "
                      f"{m['database']}.", "", *_operations({"worker_pass": r["worker_pass"]}), ""]  # fmt: skip
    return lines


def _build_line(scale: str) -> list[str]:
    path = RESULTS / "builds" / f"{scale}.json"
    if not path.exists():
        return []
    b = json.loads(path.read_text())
    target = BUILD_TARGET_S.get(scale)
    verdict = f"< {target // 60} min ({'met' if b['seconds'] < target else '**missed**'})" if target else ""
    note = f"; {b['note']}" if b.get("note") else ""
    requests = f", {b['requests']:,} requests, {b['visits']:,} visits" if "requests" in b else ""
    if "activities" in b:
        requests += f", {b['activities']:,} activities, {b['enrolments']:,} enrolments"
    if "notices" in b:
        requests += f", {b['notices']:,} notices, {b['handbook_entries']:,} handbook entries"
    lines = [f"| `python -m bench build` ({b['date']}, {b['residents']:,} residents{requests}, {b['processes']} "
             f"processes{note}) | {b['seconds']:.0f} s | {verdict} |"]  # fmt: skip
    if "casework_added" in b:
        c = b["casework_added"]
        lines.append(f"| casework added to the kept build ({c['date']}, {c['stations']} stations, "
                     f"{c['requests']:,} requests, {c['visits']:,} visits, {c['processes']} processes) "
                     f"| {c['seconds']:.0f} s | |")  # fmt: skip
    if "activities_added" in b:
        a = b["activities_added"]
        lines.append(f"| activities added to the kept build ({a['date']}, {a['stations']} stations, "
                     f"{a['activities']:,} activities, {a['enrolments']:,} enrolments, {a['processes']} processes) "
                     f"| {a['seconds']:.0f} s | |")  # fmt: skip
    if "publications_added" in b:
        a = b["publications_added"]
        lines.append(f"| publications added to the kept build ({a['date']}, {a['stations']} stations, "
                     f"{a['notices']:,} notices, {a['handbook_entries']:,} handbook entries, {a['processes']} "
                     f"processes) | {a['seconds']:.0f} s | |")  # fmt: skip
    return lines


def _latest() -> dict:
    """The newest page measurement of each scale (results/<scale>-<date>.json; the MRZ reader's files are
    not page measurements)."""
    latest = {}
    for scale in SCALES:
        for path in sorted(RESULTS.glob(f"{scale}-*.json")):
            latest[scale] = json.loads(path.read_text())
    return latest


def missed(row: dict, scale: str) -> list[str]:
    """Which targets a measured page misses: p95 at 8 clients, the ratio to its floor (≤ 3; the nation's only
    target is the p95), and queries (≤ 15)."""
    misses = []
    if row["c8"]["p95_ms"] > row["target_ms"]:
        misses.append("p95")
    if scale != "nation" and row["ratio"] > 3:
        misses.append("ratio")
    if row["queries"] > 15:
        misses.append("queries")
    return misses


def _ms(row, key) -> str:
    return f"{row[key]['p50_ms']:.0f} / {row[key]['p95_ms']:.0f}" if key in row else "–"


def markdown() -> None:
    latest = _latest()
    lines = ["# Bench results", "",
             "Written by `python -m bench run` (see README.md). Times in ms, server time through gunicorn over HTTP "
             "(wrk). *p50 / p95* at 1 client (`-t1 -c1`) and at 8 clients (`-t2 -c8`); *floor p95* is the bare "
             "view running only the page's essential query, at 8 clients; *ratio* = page p95 / floor p95 at 8 "
             "clients. *Met* needs p95 ≤ target at 8 clients, ratio ≤ 3 (not at nation scale, whose one target is "
             "the p95) and queries ≤ 15; a miss names the target missed.", ""]  # fmt: skip
    for scale in [s for s in ORDER if s in latest]:
        r = latest[scale]
        m = r["machine"]
        lines += [f"## {scale} ({r['date']})", "",
                  f"{m['cores']} cores, {m['memory']} memory, {m['database']}{_load(m)}; {r['duration_s']} s of wrk "
                  f"per page and client count; station {r['context'].get('station')} with "
                  f"{r['context'].get('open_registrations'):,} open registrations.", "",
                  "| page | 1 client p50 / p95 | 8 clients p50 / p95 | req/s at 8 | queries | floor p95 | ratio "
                  "| target p95 | met? |", "|---|---|---|---|---|---|---|---|---|"]  # fmt: skip
        for row in r["pages"]:
            if "c8" not in row:
                lines.append(f"| {row['page']} | status {row['status']} / {row['served']} | | | | | | | **failed** |")
                continue
            lines.append(
                f"| {row['page']} | {_ms(row, 'c1')} | {_ms(row, 'c8')} | {row['c8']['rps']:.0f} | {row['queries']} "
                f"| {row['floor_c8']['p95_ms']:.1f} | {row['ratio']} | {row['target_ms']} "
                f"| {_verdict(missed(row, scale))} |"
            )
        lines += ["", *_operations(r["operations"]), *_build_line(scale), ""]
    lines += _passes_section()
    path = ROOT / "bench" / "RESULTS.md"
    path.write_text("\n".join(lines) + _by_hand(path))


# What follows this line in RESULTS.md is written by hand (measurements of one page at a time, before and after a
# change, on a named machine) and is kept when the tables above it are rewritten.
BY_HAND = "<!-- Written by hand below this line; kept when the tables above are rewritten. -->"


def _by_hand(path) -> str:
    """The hand-written part of the file at `path`, from its marker on ("" when it has none)."""
    text = path.read_text() if path.exists() else ""
    return "\n" + text[text.index(BY_HAND) :] if BY_HAND in text else ""


def _load(m: dict) -> str:
    """The machine's load average over the 15 minutes before the result was written: above the number of cores,
    other work shared them and every time is longer than on a quiet machine."""
    if "load_15min" not in m:
        return ""
    busy = " (other work was running: times are longer than on a quiet machine)" if m["load_15min"] > 1 else ""
    return f", load average {m['load_15min']} over the last 15 minutes{busy}"


def _verdict(misses: list[str]) -> str:
    return f"**no** ({', '.join(misses)})" if misses else "yes"


def _operations(o: dict) -> list[str]:
    lines = ["| operation | result | target |", "|---|---|---|"]
    mrz = o.get("mrz_from_photo", {})
    if "median_ms" in mrz:
        met = "met" if mrz["p95_ms"] < 3000 else "**missed**"
        lines.append(f"| MRZ from a photo ({mrz['runs']} runs) | median {mrz['median_ms']:.0f} ms, p95 "
                     f"{mrz['p95_ms']:.0f} ms | < 3 s ({met}) |")  # fmt: skip
    elif mrz:
        lines.append(f"| MRZ from a photo | skipped: {mrz.get('skipped')} | < 3 s |")
    if "slip_pdf" in o:
        s = o["slip_pdf"]
        lines.append(f"| slip PDF ({s['runs']} runs) | median {s['median_ms']:.0f} ms, p95 {s['p95_ms']:.0f} ms | |")
    if "newspaper_pdf" in o:
        n = o["newspaper_pdf"]
        for language in ("en", "ja"):
            t = n[language]
            met = "met" if t["p95_ms"] <= 5000 else "**missed**"
            lines.append(f"| newspaper PDF, {n['articles']} articles, {language} ({t['runs']} runs) | median "
                         f"{t['median_ms']:.0f} ms, p95 {t['p95_ms']:.0f} ms | ≤ 5 s ({met}) |")  # fmt: skip
    for name, step in o.get("worker_pass", {}).items():
        label = step.get("label", f"{name} over the whole data set")
        target = "< 10 s at nation scale" if "steady" in name or "next day" in name else ""
        lines.append(f"| worker pass: {label} | {step['seconds']} s ({step['count']} opened/sent, rolled back) "
                     f"| {target} |")  # fmt: skip
    if "submissions" in o:
        s = o["submissions"]
        lines.append(f"| registration_submit in a loop | {s['per_second']}/s ({s['count']} in {s['seconds']} s) | |")
    if "signups" in o:
        lines.append(_signups_line(o["signups"]))
    if "visit_month" in o:
        v = o["visit_month"]
        for step, label, what in (
            ("proposal", "each week's proposal, nothing accepted", "proposed"),
            ("planning", "the weeks accepted one after another, rolled back", "planned"),
        ):
            r = v[step]
            met = "met" if r["seconds"] < 10 else "**missed**"
            lines.append(f"| a month of home visits, {v['stations']} stations ({v['weeks']} weeks from {v['from']}): "
                         f"{label} | {r['seconds']} s ({r['count']:,} visits {what}) | < 10 s ({met}) |")  # fmt: skip
    if "matching" in o:
        m = o["matching"]
        met = "met" if m["seconds"] <= 10 else "**missed**"
        lines.append(f"| pairing matcher: {m['wishes']:,} wishes against {m['offers']:,} offers | {m['seconds']} s "
                     f"({m['proposals']:,} pairs proposed) | ≤ 10 s ({met}) |")  # fmt: skip
    if "demo_build" in o:
        lines.append(f"| `lianyang demo` at community scale (SQLite) | {o['demo_build']['seconds']} s | |")
    return lines


def _signups_line(s: dict) -> str:
    what = "sign-ups on the portal over HTTP"
    target = f"≥ {SIGNUPS_PER_SECOND}/s, no error"
    if "skipped" in s:
        return f"| {what} | skipped: {s['skipped']} | {target} |"
    met = (s["per_second"] or 0) >= SIGNUPS_PER_SECOND and not s["errors"] and s["capacity_kept"]
    capacity = "no seat beyond an activity's capacity" if s["capacity_kept"] else "**more seats than capacity**"
    return (f"| {what}: {s['clients']} clients, {s['residents']:,} residents, {s['activities']} open activities "
            f"| {s['per_second']}/s ({s['succeeded']:,} in {s['seconds']} s: {s['confirmed']:,} seats, "
            f"{s['waitlisted']:,} waitlisted; {s['errors']} errors; p50 {s['p50_ms']} ms, p95 {s['p95_ms']} ms; "
            f"{capacity}; removed afterwards) | {target} ({'met' if met else '**missed**'}) |")  # fmt: skip
