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
