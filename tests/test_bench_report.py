"""The benchmark's report reads the newest page measurement of each scale, and nothing else in its folder."""

import json

from bench import report


def test_latest_takes_the_newest_of_each_scale_and_skips_the_mrz_files(tmp_path, monkeypatch):
    monkeypatch.setattr(report, "RESULTS", tmp_path)
    for name, content in {
        "city-2026-11-01.json": {"scale": "city", "date": "2026-11-01"},
        "city-2026-11-27.json": {"scale": "city", "date": "2026-11-27"},
        "mrz-2026-11-30.json": {"lianyang": {"pages": 332}},
    }.items():
        (tmp_path / name).write_text(json.dumps(content))

    assert report._latest() == {"city": {"scale": "city", "date": "2026-11-27"}}


def test_a_busy_machine_is_said_so_beside_its_figures():
    assert report._load({"cores": 2}) == ""
    assert report._load({"load_15min": 0.4}) == ", load average 0.4 over the last 15 minutes"
    assert "other work was running" in report._load({"load_15min": 5.8})


def test_a_month_of_visits_is_judged_against_ten_seconds():
    month = {"stations": 40, "weeks": 4, "from": "2026-12-07", "proposal": {"count": 64136, "seconds": 6.2},
             "planning": {"count": 25410, "seconds": 12.5}}  # fmt: skip
    lines = report._operations({"visit_month": month})
    assert "6.2 s (64,136 visits proposed) | < 10 s (met)" in lines[2]
    assert "12.5 s (25,410 visits planned) | < 10 s (**missed**)" in lines[3]


def test_the_matcher_bench_pairs_what_it_draws_and_is_judged_against_ten_seconds():
    from bench.matching import matching

    measured = matching(count=300)
    assert measured["wishes"] == measured["offers"] == 300
    assert 0 < measured["proposals"] <= 300  # one pairing per wish at most
    lines = report._operations({"matching": {**measured, "seconds": 12.0}})
    assert "300 wishes against 300 offers" in lines[2] and "≤ 10 s (**missed**)" in lines[2]


def test_rewriting_the_tables_keeps_what_was_written_by_hand_below_the_marker(tmp_path, monkeypatch):
    (tmp_path / "results").mkdir()
    (tmp_path / "bench").mkdir()
    monkeypatch.setattr(report, "ROOT", tmp_path)
    monkeypatch.setattr(report, "RESULTS", tmp_path / "results")
    results = tmp_path / "bench" / "RESULTS.md"
    by_hand = f"{report.BY_HAND}\n\n## inbox before and after\n\n41 ms\n"
    results.write_text(f"# Bench results\n\n| an old table |\n\n{by_hand}")

    report.markdown()

    text = results.read_text()
    assert "| an old table |" not in text
    assert text.endswith(by_hand)
    report.markdown()
    assert results.read_text() == text  # rewritten again, the hand-written part neither lost nor doubled
