"""The `litx` command: what a user types and sees."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest


def litx(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "extractor.cli", *args], capture_output=True, text=True)


def test_parse_text_reads_like_the_paper(fixture_pdfs):
    out = litx("parse", str(fixture_pdfs / "en_two_column.pdf"))
    assert out.returncode == 0, out.stderr
    assert "# Introduction" in out.stdout
    assert "5×10^6 cells/kg" in out.stdout
    assert "J Invented Med 2024; 3: 101–110" not in out.stdout  # the running head is furniture


def test_parse_json_has_boxes(fixture_pdfs, tmp_path):
    target = tmp_path / "out.json"
    out = litx("parse", str(fixture_pdfs / "zh_two_column.pdf"), "--format", "json", "-o", str(target))
    assert out.returncode == 0, out.stderr
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["document"]["languages"][0] == "zh"
    first = next(s for b in data["blocks"] for s in b["sentences"])
    assert first["boxes"] and len(first["char_boxes"]) == len(first["text"])


@pytest.mark.parametrize(
    "name, code, extra",
    [
        ("not_a_pdf.pdf", "E001", []),
        ("truncated.pdf", "E002", []),
        ("encrypted_user.pdf", "E003", []),
        ("encrypted_user.pdf", "E004", ["--password", "wrong"]),
        ("missing.pdf", "E005", []),
    ],
)
def test_bad_input_is_one_line_and_a_nonzero_exit(fixture_pdfs, name, code, extra):
    out = litx("parse", str(fixture_pdfs / name), *extra)
    assert out.returncode == 2
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1
    assert name in lines[0] and code in lines[0]
    assert "Traceback" not in out.stderr


def test_image_only_pdf_warns_and_exits_nonzero(fixture_pdfs):
    out = litx("parse", str(fixture_pdfs / "image_only.pdf"))
    assert out.returncode == 1
    assert "W001" in out.stderr and "image_only.pdf" in out.stderr


def test_password_opens_the_file(fixture_pdfs):
    out = litx("parse", str(fixture_pdfs / "encrypted_user.pdf"), "--password", "secret")
    assert out.returncode == 0 and out.stdout.strip()
