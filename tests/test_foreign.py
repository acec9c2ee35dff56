"""Smoke test over other libraries' test PDFs (../shared/foreign/, SOURCES.md).

Files their users reported as breaking something: odd encodings, damaged
cross-reference tables, broken streams, forms, encryption, an empty file.
Every one gives a result or one clear line: no traceback, no non-zero exit
without a message, no line on stderr that is not litx's own.

One ``litx extract FOLDER --jobs 2`` over the whole folder (about 25 s on
two idle cores), then ``litx parse`` of two files of each kind of warning
(those that may exit non-zero): about 40 s in all.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from extractor.errors import Msg

#: every line litx writes on stderr: its own messages, and a batch's report
LITX_LINE = re.compile(
    r"litx: .+"
    r"|\d+ PDF\(s\) in [\d.]+ s; facts: .+"
    r"|\d+ warning\(s\):"
    r"|  .+ \[[EW]\d{3}\]"
    r"|results in .+ \(run report: .+\)"
)

#: a warning or error as litx words it: one of its messages, with its code
_TEMPLATE = re.compile(r"\\\{[^}]*\\\}")


def _message_patterns() -> list[re.Pattern]:
    patterns = []
    for msg in Msg:
        text = _TEMPLATE.sub(".+", re.escape(msg.value))
        patterns.append(re.compile(rf"{text} \[{msg.name}\]"))
    return patterns


MESSAGES = _message_patterns()
#: what a library's own text looks like (must never reach the user)
INTERNAL = re.compile(r"Traceback|NoneType|Exception|Error\b|\{'|<PDF|b'|\bobjid\b|pdfminer|pdfplumber")


def _is_litx_message(text: str) -> bool:
    return any(p.fullmatch(text) for p in MESSAGES) and not INTERNAL.search(text)


@pytest.fixture(scope="session")
def foreign(shared_dir) -> Path:
    folder = shared_dir / "foreign"
    if not folder.is_dir():
        pytest.fail(f"{folder} is missing")
    return folder


@pytest.fixture(scope="session")
def foreign_batch(foreign, tmp_path_factory):
    out = tmp_path_factory.mktemp("foreign-out")
    done = subprocess.run(
        [sys.executable, "-m", "extractor.cli", "extract", str(foreign), "-o", str(out), "--jobs", "2", "--no-cache", "--no-progress"],
        capture_output=True, text=True, timeout=600,
    )
    return done, out


def test_the_batch_exits_zero_and_says_only_litx_lines(foreign_batch):
    done, _ = foreign_batch
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Traceback" not in done.stderr
    strangers = [line for line in done.stderr.splitlines() if not LITX_LINE.fullmatch(line)]
    assert strangers == []


def test_every_pdf_has_a_result_whose_warnings_are_litx_messages(foreign, foreign_batch):
    _, out = foreign_batch
    pdfs = sorted(p.stem for p in foreign.glob("*.pdf"))
    results = sorted(p.stem for p in out.glob("*.json") if p.name != "litx-run.json")
    assert results == pdfs
    unclear = {}
    for stem in results:
        result = json.loads((out / f"{stem}.json").read_text(encoding="utf-8"))
        bad = [w for w in result["warnings"] if not _is_litx_message(w)]
        if bad:
            unclear[stem] = bad
        if result["document"]["pages"] == 0:  # not readable: an error says why (never "OCR it")
            assert [w for w in result["warnings"] if re.search(r"\[E\d{3}\]$", w)], (stem, result["warnings"])
    assert unclear == {}


def _parse(pdf: Path) -> tuple[Path, subprocess.CompletedProcess]:
    return pdf, subprocess.run(
        [sys.executable, "-m", "extractor.cli", "parse", str(pdf)],
        capture_output=True, text=True, timeout=300,
    )


def test_parse_gives_text_or_one_clear_line(foreign, foreign_batch):
    """``litx parse`` of two files of each kind of warning the batch gave
    (the others read cleanly): a non-zero exit always comes with litx's
    reason, an error is one line."""
    _, out = foreign_batch
    kinds: dict[tuple[str, ...], list[Path]] = {}
    for result in sorted(out.glob("*.json")):
        if result.name == "litx-run.json":
            continue
        warnings = json.loads(result.read_text(encoding="utf-8"))["warnings"]
        codes = tuple(sorted({w.rsplit("[", 1)[-1].rstrip("]") for w in warnings}))
        if codes:
            kinds.setdefault(codes, []).append(foreign / f"{result.stem}.pdf")
    marked = [pdf for pdfs in kinds.values() for pdf in pdfs[:2]]
    assert len(kinds) >= 4  # not a scan or a lock only: damaged, not a PDF, no text found…
    with ThreadPoolExecutor(2) as pool:
        runs = list(pool.map(_parse, marked))
    problems = {}
    for pdf, done in runs:
        lines = done.stderr.splitlines()
        if "Traceback" in done.stderr or any(not line.startswith(f"litx: {pdf}: ") for line in lines):
            problems[pdf.name] = done.stderr[-500:]
        elif done.returncode not in (0, 1, 2) or (done.returncode and not lines):
            problems[pdf.name] = f"exit {done.returncode} with {lines}"
        elif done.returncode == 2 and len(lines) != 1:
            problems[pdf.name] = f"an error in {len(lines)} lines"
        elif not all(_is_litx_message(line.removeprefix(f"litx: {pdf}: ")) for line in lines):
            problems[pdf.name] = lines
    assert problems == {}
