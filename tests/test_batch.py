"""`litx extract` over a folder: one JSON per PDF, bad files reported, never fatal."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest


def litx(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "extractor.cli", *args], capture_output=True, text=True, cwd=cwd)


def blank_pdf(path: Path) -> Path:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument.new()
    doc.new_page(595, 842)
    doc.save(path)
    return path


@pytest.fixture(scope="module")
def mixed_folder(fixture_pdfs, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("in")
    shutil.copy(fixture_pdfs / "zh_two_column.pdf", folder / "good.pdf")
    (folder / "sub").mkdir()
    shutil.copy(fixture_pdfs / "not_a_pdf.pdf", folder / "sub" / "renamed.pdf")
    shutil.copy(fixture_pdfs / "encrypted_user.pdf", folder / "locked.pdf")
    blank_pdf(folder / "empty.pdf")
    (folder / "notes.txt").write_text("not looked at")
    return folder


@pytest.fixture(scope="module")
def batch_run(mixed_folder, tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    done = litx("extract", str(mixed_folder), "-o", str(out), "--jobs", "2")
    return done, out


def test_every_pdf_gets_its_json_and_the_batch_exits_zero(batch_run):
    done, out = batch_run
    assert done.returncode == 0, done.stderr
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.json") if p.name != "litx-run.json")
    assert written == ["empty.json", "good.json", "locked.json", "sub/renamed.json"]


@pytest.mark.parametrize("name, code", [("empty", "W001"), ("locked", "E003"), ("sub/renamed", "E001")])
def test_unreadable_files_have_a_warning_and_no_facts(batch_run, name, code):
    _, out = batch_run
    result = json.loads((out / f"{name}.json").read_text(encoding="utf-8"))
    assert result["schema_version"] == "1"
    assert result["facts"] == []
    assert any(code in w for w in result["warnings"])


def test_the_good_file_has_facts_in_the_contract_shape(batch_run):
    from extractor.facts.results import Result

    _, out = batch_run
    data = json.loads((out / "good.json").read_text(encoding="utf-8"))
    result = Result.model_validate(data)
    types = {f.type for f in result.facts}
    assert {"cell_type", "dose", "route", "sample_size", "hormone_change"} <= types
    for fact in result.facts:
        assert fact.evidence.sentence[fact.evidence.start : fact.evidence.end] == fact.text
        assert fact.rule and fact.review.status == "pending"


def test_report_counts_files_facts_and_warnings(batch_run):
    done, out = batch_run
    report = json.loads((out / "litx-run.json").read_text(encoding="utf-8"))
    assert report["files"] == 4
    assert sum(report["facts"].values()) > 0
    assert len(report["warnings"]) == 3
    assert "4 PDF(s)" in done.stderr and "3 warning(s)" in done.stderr


def test_ids_are_stable_across_runs(mixed_folder, batch_run, tmp_path):
    _, out = batch_run
    again = litx("extract", str(mixed_folder / "good.pdf"))
    first = json.loads((out / "good.json").read_text(encoding="utf-8"))
    second = json.loads(again.stdout)
    assert [f["id"] for f in first["facts"]] == [f["id"] for f in second["facts"]]


def test_missing_folder_is_an_error(tmp_path):
    done = litx("extract", str(tmp_path / "nowhere"), "-o", str(tmp_path / "out"))
    assert done.returncode != 0
    assert "nowhere" in done.stderr and "Traceback" not in done.stderr


def test_a_broken_rule_file_stops_before_any_pdf(mixed_folder, tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(Path(__file__).resolve().parents[1] / "rules", rules)
    text = (rules / "hormones.yaml").read_text(encoding="utf-8")
    (rules / "hormones.yaml").write_text(text.replace("  - id: FSH\n", "  - id: FSHX\n", 1), encoding="utf-8")
    out = tmp_path / "out"
    done = litx("extract", str(mixed_folder), "-o", str(out), "--rules", str(rules))
    assert done.returncode == 2
    assert "hormones.yaml" in done.stderr and "FSHX" in done.stderr and "line" in done.stderr
    assert not out.exists()  # no PDF was read, nothing written
    assert "Traceback" not in done.stderr


def test_a_re_run_that_changes_nothing_leaves_the_result_files_alone(tmp_path):
    from pdfkit import write_lines_pdf

    from extractor.runs.batch import RunOptions, run

    papers, out = tmp_path / "papers", tmp_path / "out"
    papers.mkdir()
    write_lines_pdf(papers / "a.pdf", ["Twelve women received 5×10^6 cells per ovary by intraovarian injection."])
    options = RunOptions(use_cache=False)
    run(papers, out, options)
    first = (out / "a.json").stat()
    run(papers, out, options)
    again = (out / "a.json").stat()
    assert (again.st_ino, again.st_mtime_ns) == (first.st_ino, first.st_mtime_ns)
    data = json.loads((out / "a.json").read_text(encoding="utf-8"))
    data["facts"][0]["review"] = {"status": "accepted"}
    (out / "a.json").write_text(json.dumps(data), encoding="utf-8")  # a reviewer's decision, compact JSON
    run(papers, out, options)
    rewritten = json.loads((out / "a.json").read_text(encoding="utf-8"))
    assert rewritten["facts"][0]["review"]["status"] == "accepted"
    assert (out / "a.json").read_text(encoding="utf-8").startswith('{\n "schema_version"')


def _work_that_dies_on_b(job):
    """A worker killed while reading b.pdf (as a crash in the PDF library would kill it)."""
    import os

    from extractor.runs import batch

    if job[0].endswith("b.pdf"):
        os._exit(9)
    return batch.extract_to(Path(job[0]), Path(job[1]), batch._worker["extractor"], batch._worker["options"], batch._worker["cache"])


def test_a_worker_that_dies_is_one_error_and_the_results_so_far_stand(tmp_path, monkeypatch, mixed_folder):
    import multiprocessing

    from extractor.runs import batch
    from extractor.errors import LitxError

    if multiprocessing.get_start_method() != "fork":
        pytest.skip("the patched worker function reaches the workers through fork")
    src = tmp_path / "in"
    src.mkdir()
    for name in ("a", "b", "c"):
        shutil.copy(mixed_folder / "good.pdf", src / f"{name}.pdf")
    monkeypatch.setattr(batch, "_work", _work_that_dies_on_b)
    with pytest.raises(LitxError) as err:
        batch.run(src, tmp_path / "out", batch.RunOptions(use_cache=False), jobs=2)
    assert err.value.code == "E901" and "b.pdf" in str(err.value) and "\n" not in str(err.value)
    report = json.loads((tmp_path / "out" / batch.REPORT_NAME).read_text(encoding="utf-8"))
    assert report["interrupted"] is True
    assert not [p for p in (tmp_path / "out").iterdir() if p.name.startswith(".")]


def test_a_batch_keeps_an_unreadable_result_aside_and_says_so(tmp_path):
    from pdfkit import write_lines_pdf

    from extractor.runs.batch import RunOptions, run

    papers, out = tmp_path / "papers", tmp_path / "out"
    papers.mkdir()
    out.mkdir()
    write_lines_pdf(papers / "a.pdf", ["Nine women received 2×10^6 cells per ovary."])
    (out / "a.json").write_text('{"facts": [{"id": "x", "review": {"status": "acc', encoding="utf-8")  # cut short
    report = run(papers, out, RunOptions(use_cache=False))
    assert any("[W502]" in w for w in report.warnings)
    assert (out / "a.json.unreadable").read_text(encoding="utf-8").endswith('"acc')
    assert json.loads((out / "a.json").read_text(encoding="utf-8"))["facts"]


def test_documents_in_memory_stop_at_their_page_budget():
    from extractor.runs.batch import Documents
    from extractor.errors import LitxError, Msg
    from extractor.layout.textlayer import document_from_text

    doc = document_from_text("Nine women received 2×10^6 cells per ovary.")
    kept = Documents(max_pages=doc.pages)
    kept.put(("a",), doc)
    kept.put(("b",), doc)  # over the budget: left to the parse cache
    unreadable = LitxError(Msg.E001, "c.pdf")
    kept.put(("c",), unreadable)  # an error costs no pages
    assert kept.get(("a",)) is doc and kept.get(("b",)) is None and kept.get(("c",)) is unreadable
