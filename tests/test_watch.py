"""`litx extract --watch`: extract again on every rule edit, in one process.

The passes must give what a fresh `litx extract` would (same facts, review
decisions kept, results written whole), read each PDF once, and survive a
broken rule file.
"""

from __future__ import annotations

import gc
import json
import os
import signal
import subprocess
import sys
import time
import weakref
from pathlib import Path

import pytest
from pdfkit import write_lines_pdf

from extractor.matching import tokens
from extractor.runs import batch
from extractor.ruleset.model import RuleError
from extractor.refine.edit import add_term
from extractor.runs.watch import Watcher

ROOT = Path(__file__).resolve().parents[1]
MISSED = "foetal adnexa stromal cells"
SENTENCES = (
    f"Nine women received 2×10^6 {MISSED} per ovary by intraovarian injection.",
    "Serum FSH decreased after the second injection.",
)


def write_paper(path: Path, lines=SENTENCES) -> Path:
    return write_lines_pdf(path, list(lines))


@pytest.fixture()
def workspace(tmp_path, rules_copy):
    papers = tmp_path / "papers"
    papers.mkdir()
    write_paper(papers / "pilot.pdf")
    return papers, rules_copy, tmp_path / "out"


@pytest.fixture()
def watcher(workspace):
    papers, rules, out = workspace
    w = Watcher(papers, out, batch.RunOptions(rules_dir=rules, use_cache=False))
    yield w
    tokens.remember_docs(False)
    gc.unfreeze()


def facts(out: Path, name: str = "pilot") -> list[dict]:
    return json.loads((out / f"{name}.json").read_text(encoding="utf-8"))["facts"]


def bump(path: Path) -> None:
    """A save that changes the modification time (file systems may round it)."""
    later = path.stat().st_mtime_ns + 2_000_000_000
    os.utime(path, ns=(later, later))


def test_first_pass_extracts_everything_as_a_batch_does(watcher, workspace):
    papers, rules, out = workspace
    assert watcher.pending() == "start"
    done = watcher.run_pass()
    assert done.report.files == 1 and not done.report.failed
    assert {f["type"] for f in facts(out)} >= {"dose", "route", "hormone_change", "sample_size"}
    assert [d.status for d in done.changes.documents] == ["added"]
    assert watcher.pending() is None


def test_a_term_added_to_the_rules_is_a_gained_fact_in_the_next_pass(watcher, workspace):
    papers, rules, out = workspace
    watcher.run_pass()
    assert "cell_type" not in {f["type"] for f in facts(out)}
    add_term("cell_type", "placenta_msc", MISSED, rules_dir=rules)
    assert watcher.pending() == "rules: cell_types.yaml"
    done = watcher.run_pass(watcher.pending())
    assert (done.report.files, done.report.up_to_date) == (1, 0)  # a rule edit redoes every result
    (doc,) = done.changes.documents
    assert [(f.type, f.text) for f in doc.gained] == [("cell_type", MISSED)]
    assert not doc.lost and not doc.changed
    assert any(f["type"] == "cell_type" and f["value"]["id"] == "placenta_msc" for f in facts(out))


def test_later_passes_do_not_read_the_pdfs_again(watcher, workspace, monkeypatch):
    papers, rules, out = workspace
    watcher.run_pass()
    reads = []
    monkeypatch.setattr(batch, "parse_cached", lambda *a, **k: reads.append(a) or pytest.fail("PDF read again"))
    bump(rules / "settings.yaml")
    done = watcher.run_pass("rules: settings.yaml")
    assert done.changes.same and reads == []


def test_an_edited_pdf_is_read_again(watcher, workspace):
    papers, rules, out = workspace
    watcher.run_pass()
    write_paper(papers / "pilot.pdf", SENTENCES[1:])
    bump(papers / "pilot.pdf")
    assert watcher.pending() == "PDFs"
    done = watcher.run_pass("PDFs")
    (doc,) = done.changes.documents
    assert doc.pdf_changed and {f.type for f in doc.lost} >= {"dose", "route"}


def test_a_new_pdf_in_the_folder_is_extracted(watcher, workspace):
    papers, rules, out = workspace
    watcher.run_pass()
    write_paper(papers / "second.pdf")
    assert watcher.pending() == "PDFs"
    done = watcher.run_pass("PDFs")
    assert {d.document: d.status for d in done.changes.documents} == {"pilot": "both", "second": "added"}
    assert facts(out, "second")


def test_a_broken_rule_file_leaves_the_results_as_they_were(watcher, workspace):
    papers, rules, out = workspace
    watcher.run_pass()
    written = (out / "pilot.json").read_bytes()
    with open(rules / "routes.yaml", "a", encoding="utf-8") as fh:
        fh.write("  - {id: oops\n")
    with pytest.raises(RuleError) as err:
        watcher.run_pass(watcher.pending())
    assert "routes.yaml" in str(err.value)
    assert (out / "pilot.json").read_bytes() == written
    assert watcher.pending() is None  # the broken state was seen: wait for the next save


def test_review_decisions_survive_a_pass(watcher, workspace):
    papers, rules, out = workspace
    watcher.run_pass()
    data = json.loads((out / "pilot.json").read_text(encoding="utf-8"))
    data["facts"][0]["review"] = {"status": "accepted"}
    (out / "pilot.json").write_text(json.dumps(data), encoding="utf-8")
    bump(rules / "settings.yaml")
    watcher.run_pass("rules: settings.yaml")
    assert facts(out)[0]["review"]["status"] == "accepted"


def test_a_chinese_term_removed_from_the_rules_leaves_jieba(watcher, workspace, monkeypatch):
    papers, rules, out = workspace
    watcher.run_pass()
    forgotten = []
    monkeypatch.setattr(tokens, "forget_terms", lambda terms: forgotten.extend(terms))
    path = rules / "cell_types.yaml"
    text = path.read_text(encoding="utf-8")
    assert "人脐带间充质干细胞" in text
    path.write_text(text.replace("人脐带间充质干细胞, ", "").replace(", 人脐带间充质干细胞", ""), encoding="utf-8")
    bump(path)
    watcher.run_pass(watcher.pending())
    assert "人脐带间充质干细胞" in forgotten


def test_wait_returns_what_changed_or_none_when_stopped(watcher, workspace):
    papers, rules, out = workspace
    watcher.run_pass()
    assert watcher.wait(poll=0.01, stop=lambda: True) is None
    bump(rules / "units.yaml")
    assert watcher.wait(poll=0.01, settle=0.01) == "rules: units.yaml"


def test_tidy_collects_garbage_cycles_and_exempts_the_rest_from_collection(watcher):
    class Node:
        pass

    cycle = Node()
    cycle.itself = cycle
    gone = weakref.ref(cycle)
    del cycle
    watcher.tidy()
    assert gone() is None
    assert gc.get_freeze_count() > 0


# ---------------------------------------------------------------- the command


def read_until(stream, needle: str, seen: list[str], deadline: float) -> None:
    while time.monotonic() < deadline:
        line = stream.readline()
        if not line:
            break
        seen.append(line)
        if needle in line:
            return
    pytest.fail(f"never saw {needle!r}; stderr so far:\n{''.join(seen)}")


def test_litx_extract_watch_re_extracts_on_a_rule_edit_and_stops_on_ctrl_c(workspace):
    papers, rules, out = workspace
    proc = subprocess.Popen(
        [sys.executable, "-m", "extractor.cli", "extract", str(papers), "-o", str(out), "--rules", str(rules),
         "--no-cache", "--watch"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    seen: list[str] = []
    try:
        deadline = time.monotonic() + 120
        read_until(proc.stderr, "watching", seen, deadline)
        assert (out / "pilot.json").exists()
        add_term("cell_type", "placenta_msc", MISSED, rules_dir=rules)
        read_until(proc.stderr, "rules: cell_types.yaml: re-extracted 1 PDF(s)", seen, deadline)
        read_until(proc.stderr, "watching", seen, deadline)
        proc.send_signal(signal.SIGINT)
        stdout, stderr = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, stderr
    assert "stopped watching" in stderr and "Traceback" not in stderr
    assert f'+ cell_type p1 "{MISSED}"' in stdout


def test_watch_needs_a_folder_and_an_output(workspace):
    papers, rules, out = workspace
    done = subprocess.run(
        [sys.executable, "-m", "extractor.cli", "extract", str(papers / "pilot.pdf"), "--watch"],
        capture_output=True, text=True,
    )
    assert done.returncode == 2 and "--watch needs a folder" in done.stderr
