"""The rule-refinement loop, end to end, as a user walks it:

extract → review (decisions in the results) → `litx rules add` a missed term
→ re-extract → `litx diff` shows the gained fact → `litx evaluate --reviewed`
shows recall rise.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from pdfkit import write_lines_pdf

ROOT = Path(__file__).resolve().parents[1]
SENTENCE = (
    "Twelve women received 5×10^6 foetal adnexa stromal cells per ovary by intraovarian injection "
    "under transvaginal ultrasound guidance."
)


def litx(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "extractor.cli", *args], capture_output=True, text=True)


@pytest.fixture()
def workspace(tmp_path, rules_copy):
    papers = tmp_path / "papers"
    papers.mkdir()
    cut = SENTENCE.index(" by ")
    write_lines_pdf(papers / "pilot.pdf", [SENTENCE[:cut], SENTENCE[cut + 1 :]], title="A small pilot study")
    return tmp_path, papers, rules_copy


def review(result_file: Path, missed_cell_text: str) -> None:
    """What a reviewer does on the review page: accept what is right and add
    the fact the rules missed (stored in the result, as the review app does)."""
    data = json.loads(result_file.read_text(encoding="utf-8"))
    for fact in data["facts"]:
        fact["review"] = {"status": "accepted"}
    sentence = next(f["evidence"] for f in data["facts"] if f["type"] == "route")
    start = sentence["sentence"].index(missed_cell_text)
    data["facts"].append(
        {
            "id": "added-1",
            "type": "cell_type",
            "value": {"id": "placenta_msc", "label": "placenta MSCs"},
            "text": missed_cell_text,
            "evidence": {**sentence, "start": start, "end": start + len(missed_cell_text)},
            "rule": "review.added",
            "review": {"status": "added"},
        }
    )
    result_file.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def test_add_a_term_and_see_what_it_gained(workspace):
    tmp, papers, rules = workspace
    first, second = tmp / "run1", tmp / "run2"

    done = litx("extract", str(papers), "-o", str(first), "--rules", str(rules), "--no-cache")
    assert done.returncode == 0, done.stderr
    facts = json.loads((first / "pilot.json").read_text(encoding="utf-8"))["facts"]
    assert {f["type"] for f in facts} >= {"dose", "route", "sample_size"}
    assert "cell_type" not in {f["type"] for f in facts}  # the rules do not know the term yet

    review(first / "pilot.json", "foetal adnexa stromal cells")
    before = json.loads(litx("evaluate", "--reviewed", "--gold", str(first), str(first), "--json").stdout)

    added = litx("rules", "add", "cell_type", "placenta_msc", "foetal adnexa stromal cells", "--rules", str(rules))
    assert added.returncode == 0, added.stderr
    assert litx("rules", "check", str(rules)).returncode == 0

    done = litx("extract", str(papers), "-o", str(second), "--rules", str(rules), "--no-cache")
    assert done.returncode == 0, done.stderr

    changes = litx("diff", str(first), str(second))
    assert changes.returncode == 1  # the runs differ
    assert '+ cell_type' in changes.stdout and "foetal adnexa stromal cells" in changes.stdout

    after = json.loads(litx("evaluate", "--reviewed", "--gold", str(first), str(second), "--json").stdout)
    assert after["micro"]["recall"] > before["micro"]["recall"]
    assert after["micro"]["recall"] == 1.0
