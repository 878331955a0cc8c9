"""Read every photo of the evaluation set and judge each reading against its labels.

A page is *right* when every field is read right and nothing is marked uncertain; *uncertain* when some field
is marked uncertain (or fails a check) and no field is wrong without being marked; *certain but wrong* when a
field is wrong and the reading does not say so (the one outcome that misleads an officer); *nothing* when no
MRZ was found. Times are wall-clock seconds per photo, one photo at a time.
"""

import datetime
import json
import os
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

from django.core.exceptions import ValidationError

from . import specimens

HERE = Path(__file__).resolve().parent
LABELS = HERE / "labels.json"
ROOT = HERE.parent.parent
PICTURES = ROOT / "var" / "bench-mrz"
FIELDS = ("document_type", "issuing_state", "surname", "given_names", "document_number", "nationality",
          "birth_date", "sex", "expiry_date")  # fmt: skip
# Fields of the result that a failed check on line 1 or 2 leaves unsure.
LINE_FIELDS = {
    "line1": set(FIELDS),
    "line2": set(FIELDS),
    "issuing_state": {"issuing_state"},
    "nationality": {"nationality"},
    "document_number": {"document_number"},
    "birth_date": {"birth_date"},
    "expiry_date": {"expiry_date"},
    "personal_number": set(),
    "composite": {"document_number", "birth_date", "expiry_date", "sex", "nationality"},
}


def write_labels(seed: int = specimens.SEED) -> list[dict]:
    labels = [specimen.as_dict() for specimen in specimens.specimens(seed)]
    rows = ",\n".join(json.dumps(label, ensure_ascii=False) for label in labels)
    LABELS.write_text(f"[\n{rows}\n]\n", encoding="utf-8")
    return labels


def load_set(limit: int | None = None, *, cache: bool = True) -> list[tuple[dict, bytes]]:
    """The labelled photos, spread over the set when `limit` is given, drawn into var/bench-mrz/ the first
    time (or only in memory). The labels in the repository must be the generator's: a changed generator is a
    changed set (`python -m bench mrz --relabel`)."""
    drawn = specimens.specimens()
    labels = json.loads(LABELS.read_text(encoding="utf-8"))
    if [specimen.as_dict() for specimen in drawn] != labels:
        raise SystemExit("bench/mrz/labels.json is not what the generator draws: run with --relabel")
    chosen = drawn if limit is None else drawn[:: max(1, len(drawn) // limit)][:limit]
    pictures = []
    for specimen in chosen:
        path = PICTURES / f"{specimen.id}-{specimens.SEED}.jpg"
        if not cache:
            content = specimens.jpeg(specimen)
        elif path.exists():
            content = path.read_bytes()
        else:
            PICTURES.mkdir(parents=True, exist_ok=True)
            content = specimens.jpeg(specimen)
            path.write_bytes(content)
        pictures.append((specimen.as_dict(), content))
    return pictures


def reading_fields(result) -> dict[str, str]:
    return {
        "document_type": result.document_type,
        "issuing_state": result.issuing_state,
        "surname": result.surname,
        "given_names": result.given_names,
        "document_number": result.document_number,
        "nationality": result.nationality,
        "birth_date": result.birth_date,
        "sex": result.sex,
        "expiry_date": result.expiry_date,
    }


def judge(label: dict, result) -> tuple[str, list[str]]:
    """The outcome of one reading and the fields it got wrong."""
    read = reading_fields(result)
    wrong = [name for name in FIELDS if read[name] != label["fields"][name]]
    marked = set(getattr(result, "uncertain", []) or [])
    for error in result.errors:
        marked |= LINE_FIELDS.get(error.field, {error.field})
    marked &= set(FIELDS)  # optional data, which the station does not use, may stay uncertain
    if not wrong and not marked:
        return "right", []
    if any(name not in marked for name in wrong):
        return "certain_wrong", wrong
    return "uncertain", wrong


def evaluate(engine, pictures, *, progress=None) -> dict:
    outcomes, seconds, pages = Counter(), [], []
    for label, content in pictures:
        started = time.perf_counter()
        try:
            result = engine(content, today=specimens.SET_TODAY)
            outcome, wrong = judge(label, result)
        except ValidationError as error:
            outcome, wrong = ("nothing" if error.code == "no_mrz" else error.code), []
        seconds.append(time.perf_counter() - started)
        outcomes[outcome] += 1
        pages.append({"id": label["id"], "outcome": outcome, "wrong": wrong, "seconds": round(seconds[-1], 3)})
        if progress:
            progress(f"{label['id']}: {outcome} {' '.join(wrong)} {seconds[-1]:.2f} s")
    total = len(pictures)
    ordered = sorted(seconds)
    return {
        "pages": total,
        "right": outcomes["right"] / total,
        "certain_wrong": outcomes["certain_wrong"] / total,
        "uncertain": outcomes["uncertain"] / total,
        "nothing": outcomes["nothing"] / total,
        "median_s": statistics.median(ordered),
        "p95_s": ordered[min(total - 1, round(0.95 * (total - 1)))],
        "by_kind": _by_kind(pages),
        "detail": pages,
    }


def _by_kind(pages: list[dict]) -> dict:
    kinds: dict[str, Counter] = {}
    for page in pages:
        kinds.setdefault(page["id"].rsplit("-", 1)[0], Counter())[page["outcome"]] += 1
    return {kind: dict(counts) for kind, counts in kinds.items()}


def lianyang_engine(content: bytes, *, today):
    """The reader the station runs (lianyang.registration.ocr)."""
    from lianyang.registration import ocr

    return ocr.read_mrz(content, today=today).result


def rapidocr_engine(content: bytes, *, today):
    """RapidOCR 1.x (PP-OCRv4 detection and recognition, ONNX Runtime, models inside its wheel) on the whole
    photo; the lines that look like an MRZ go to `mrz.repair`. Only when rapidocr_onnxruntime is installed."""
    from rapidocr_onnxruntime import RapidOCR

    from lianyang.registration import mrz

    global _rapidocr
    if _rapidocr is None:
        _rapidocr = RapidOCR()
    found, _elapsed = _rapidocr(content)
    texts = [text.replace(" ", "").upper() for _box, text, _score in found or []]
    lines = [text for text in texts if len(text) >= 28 and "<" in text]
    for count in (3, 2):
        for start in range(len(lines) - count + 1):
            result = mrz.repair(*lines[start : start + count], today=today)
            if result.format:
                return result
    raise ValidationError("no MRZ", code="no_mrz")


_rapidocr = None
ENGINES = {"lianyang": lianyang_engine, "rapidocr": rapidocr_engine}


def table(results: dict[str, dict]) -> str:
    rows = [
        "| engine | pages | every field right | certain but wrong | uncertain | nothing found | median s | p95 s |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, figures in results.items():
        rows.append(
            f"| {name} | {figures['pages']} | {figures['right']:.1%} | {figures['certain_wrong']:.1%} "
            f"| {figures['uncertain']:.1%} | {figures['nothing']:.1%} | {figures['median_s']:.2f} "
            f"| {figures['p95_s']:.2f} |"
        )
    return "\n".join(rows)


def run(*, engines: list[str], limit: int | None, record: bool, verbose: bool) -> int:
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    # One photo is one resident's request: numpy's products on one thread, as on a server that serves many at
    # once (OpenBLAS spreading a small product over two busy cores made a reading up to four times slower).
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    pictures = load_set(limit)
    results = {}
    for name in engines:
        progress = (lambda line: print(line, file=sys.stderr, flush=True)) if verbose else None
        results[name] = evaluate(ENGINES[name], pictures, progress=progress)
    print(table(results))
    if record:
        _record(results)
    return 0


def _record(results: dict[str, dict]) -> None:
    today = datetime.date.today().isoformat()
    path = ROOT / "bench" / "results" / f"mrz-{today}.json"
    path.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    section = (
        f"## mrz: reading photos of passport and visa pages ({today})\n\n"
        f"`python -m bench mrz`: {next(iter(results.values()))['pages']} photos from bench/mrz/ (seed "
        f"{specimens.SEED}), one at a time, `OMP_THREAD_LIMIT=1 OPENBLAS_NUM_THREADS=1`, {os.cpu_count()} cores "
        "shared with other work.\n\n"
        f"{table(results)}\n"
    )
    results_md = ROOT / "bench" / "RESULTS.md"
    text = results_md.read_text(encoding="utf-8")
    start = text.find("## mrz:")
    if start >= 0:
        end = text.find("\n## ", start + 1)
        text = text[:start] + section + (text[end + 1 :] if end >= 0 else "")
    else:
        text = text.rstrip("\n") + "\n\n" + section
    results_md.write_text(text, encoding="utf-8")
