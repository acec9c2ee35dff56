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
    assert run(papers, out, options, force=True).files == 1  # extracted again, the same result
    again = (out / "a.json").stat()
    assert (again.st_ino, again.st_mtime_ns) == (first.st_ino, first.st_mtime_ns)
    data = json.loads((out / "a.json").read_text(encoding="utf-8"))
    data["facts"][0]["review"] = {"status": "accepted"}
    (out / "a.json").write_text(json.dumps(data), encoding="utf-8")  # a reviewer's decision, compact JSON
    skipped = run(papers, out, options)  # up to date: the reviewed file is left as it is
    assert (skipped.files, skipped.up_to_date) == (0, 1)
    assert (out / "a.json").read_text(encoding="utf-8") == json.dumps(data)
    run(papers, out, options, force=True)
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
    assert not [p for p in (tmp_path / "out").iterdir() if p.name.startswith(".") and not p.name.startswith(".litx-manifest")]


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


# ---------------------------------------------------------------- stopping a --jobs run


def _children_of(pid: int) -> list[int]:
    """Processes whose parent is ``pid`` (from /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    """Running (a zombie waiting for a parent to reap it is not)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def _results(out: Path) -> set[str]:
    return {p.name for p in out.glob("*.json") if p.name != "litx-run.json"} if out.is_dir() else set()


#: copies enough that a --jobs 2 run of them is still at work when a test stops it
N_COPIES = 20


@pytest.fixture()
def copies(tmp_path) -> Path:
    """Copies of a corpus paper: a --jobs 2 run of them takes a while."""
    paper = Path(__file__).resolve().parents[1] / "corpus" / "papers" / "en01_trial_two_column.pdf"
    folder = tmp_path / "copies"
    folder.mkdir()
    for n in range(N_COPIES):
        shutil.copy(paper, folder / f"paper{n:02d}.pdf")
    return folder


def _start_batch(copies: Path, out: Path) -> subprocess.Popen:
    import time

    process = subprocess.Popen(
        [sys.executable, "-m", "extractor.cli", "extract", str(copies), "-o", str(out), "--jobs", "2", "--no-cache", "--no-progress"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    deadline = time.monotonic() + 120
    while not _results(out):  # the workers are at work
        assert process.poll() is None and time.monotonic() < deadline, process.communicate()
        time.sleep(0.05)
    return process


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_workers_die_with_their_parent(copies, tmp_path):
    import os
    import signal
    import time

    out = tmp_path / "out"
    process = _start_batch(copies, out)
    workers = _children_of(process.pid)
    assert len(workers) == 2
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    try:
        deadline = time.monotonic() + 5
        while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not [pid for pid in workers if _alive(pid)]
        written = _results(out)
        time.sleep(2)
        assert _results(out) == written  # nobody writes on
        assert len(written) < N_COPIES
        assert not [p for p in out.iterdir() if p.name.startswith(".") and not p.name.startswith(".litx-manifest")]  # no temporary file left
    finally:  # a failed test leaves no orphans behind
        for pid in workers:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)


def test_ctrl_c_twice_still_exits_130_with_a_report(copies, tmp_path):
    import os
    import signal
    import time

    out = tmp_path / "out"
    process = _start_batch(copies, out)
    for _ in range(5):  # an impatient user
        os.kill(process.pid, signal.SIGINT)
        time.sleep(0.05)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert stderr.strip().splitlines()[-1].startswith("litx: interrupted: ")
    assert "Traceback" not in stderr
    report = json.loads((out / "litx-run.json").read_text(encoding="utf-8"))
    assert report["interrupted"] is True
    assert {Path(d["output"]).name for d in report["documents"]} == _results(out)


def _work_slow_on_a(job):
    """a.pdf takes long; b.pdf and c.pdf are written meanwhile, out of order."""
    import time

    from extractor.runs import batch

    if job[0].endswith("a.pdf"):
        time.sleep(60)
    return batch.extract_to(Path(job[0]), Path(job[1]), batch._worker["extractor"], batch._worker["options"], batch._worker["cache"])


def test_results_written_out_of_order_are_in_the_report_of_an_interrupted_run(tmp_path, monkeypatch, mixed_folder):
    import multiprocessing
    import os
    import signal
    import threading
    import time

    from extractor.runs import batch

    if multiprocessing.get_start_method() != "fork":
        pytest.skip("the patched worker function reaches the workers through fork")
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    for name in ("a", "b"):
        shutil.copy(mixed_folder / "good.pdf", src / f"{name}.pdf")
    monkeypatch.setattr(batch, "_work", _work_slow_on_a)

    def interrupt_once_b_is_written() -> None:
        deadline = time.monotonic() + 60
        while not (out / "b.json").exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.2)
        os.kill(os.getpid(), signal.SIGINT)  # Ctrl-C while the run still waits for a.pdf

    threading.Thread(target=interrupt_once_b_is_written, daemon=True).start()
    with pytest.raises(batch.Interrupted) as stop:
        batch.run(src, out, batch.RunOptions(use_cache=False), jobs=2)
    assert (stop.value.done, stop.value.total) == (1, 2)
    report = json.loads((out / batch.REPORT_NAME).read_text(encoding="utf-8"))
    assert report["interrupted"] is True and report["files"] == 1
    assert [Path(d["pdf"]).name for d in report["documents"]] == ["b.pdf"]


def test_an_internal_error_is_one_clear_warning_without_its_text(tmp_path, monkeypatch):
    from pdfkit import write_lines_pdf

    from extractor.runs import batch

    papers = tmp_path / "papers"
    papers.mkdir()
    write_lines_pdf(papers / "a.pdf", ["Nine women received 2×10^6 cells per ovary."])

    def broken(*args, **kwargs):
        raise TypeError("'NoneType' object is not iterable")

    monkeypatch.setattr(batch, "read_document", broken)
    report = batch.run(papers, tmp_path / "out", batch.RunOptions(use_cache=False))
    assert report.warnings == [
        f"{papers / 'a.pdf'}: internal error while reading this PDF (a bug in litx): please report it with the PDF; "
        "--verbose shows the details [E900]"
    ]


# ---------------------------------------------------------------- resumable, incremental runs


def _distinct_pdfs(folder: Path, count: int, pages: int = 2) -> Path:
    """``count`` small PDFs, each with its own text (distinct bytes and sha256)."""
    from reportlab.pdfgen import canvas

    folder.mkdir(parents=True, exist_ok=True)
    for k in range(count):
        page = canvas.Canvas(str(folder / f"p{k:02d}.pdf"))
        for p in range(pages):
            page.setFont("Helvetica", 9)
            for i in range(50):
                page.drawString(50, 780 - 12 * i, f"Paper {k}, page {p}, line {i}: {10 + k} women received "
                                                  f"{k + 1}x10^6 cells by intraovarian injection; FSH decreased.")
            page.showPage()
        page.save()
    return folder


def _manifest_keys(out: Path) -> set[str]:
    from extractor.runs.manifest import Manifest

    with Manifest(out) as manifest:
        return {k.decode() for k in manifest.entries()}


def _report(out: Path) -> dict:
    return json.loads((out / "litx-run.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def twenty(tmp_path_factory) -> Path:
    return _distinct_pdfs(tmp_path_factory.mktemp("twenty") / "in", 20)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_run_killed_half_way_goes_on_where_it_stopped(twenty, tmp_path, jobs):
    import hashlib
    import os
    import signal
    import time

    assert len({hashlib.sha256(p.read_bytes()).hexdigest() for p in twenty.glob("*.pdf")}) == 20
    out = tmp_path / "out"
    process = subprocess.Popen(
        [sys.executable, "-m", "extractor.cli", "extract", str(twenty), "-o", str(out), "--jobs", jobs,
         "--no-cache", "--no-progress"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    deadline = time.monotonic() + 120
    while len(_results(out)) < 4:
        assert process.poll() is None and time.monotonic() < deadline, process.communicate()
        time.sleep(0.01)
    os.kill(process.pid, signal.SIGKILL)  # no report, no clean-up: a lost machine
    process.communicate()
    time.sleep(0.5 if jobs == "2" else 0)  # the workers stop with their parent
    recorded = _manifest_keys(out)
    assert 0 < len(recorded) < 20 and recorded <= _results(out)
    done = litx("extract", str(twenty), "-o", str(out), "--jobs", jobs, "--no-cache", "--no-progress")
    assert done.returncode == 0, done.stderr
    report = _report(out)
    assert (report["up_to_date"], report["extracted"]) == (len(recorded), 20 - len(recorded))
    assert {Path(d["output"]).name for d in report["documents"]} == {f"p{k:02d}.json" for k in range(20)} - recorded
    assert _results(out) == _manifest_keys(out) == {f"p{k:02d}.json" for k in range(20)}
    for k in range(20):
        result = json.loads((out / f"p{k:02d}.json").read_text(encoding="utf-8"))
        assert result["document"]["path"] == str(twenty / f"p{k:02d}.pdf") and result["facts"]
    again = litx("extract", str(twenty), "-o", str(out), "--jobs", jobs, "--no-cache", "--no-progress")
    assert again.returncode == 0 and (_report(out)["up_to_date"], _report(out)["extracted"]) == (20, 0)
    assert "20 more up to date" in again.stderr


def test_a_rule_edit_redoes_all_a_changed_pdf_only_itself(tmp_path):
    import os

    from extractor.runs.batch import RunOptions, run

    papers = _distinct_pdfs(tmp_path / "in", 4, pages=1)
    out = tmp_path / "out"
    rules = tmp_path / "rules"
    rules.mkdir()  # a folder of one's own with one file: the others are the bundled ones
    units = Path(__file__).resolve().parents[1] / "rules" / "units.yaml"
    (rules / "units.yaml").write_bytes(units.read_bytes())
    options = RunOptions(rules_dir=rules, use_cache=False)
    first = run(papers, out, options)
    assert (first.files, first.up_to_date) == (4, 0)
    assert (run(papers, out, options).files, run(papers, out, options).up_to_date) == (0, 4)
    # a touched PDF (new time, same bytes) is hashed again, not extracted
    later = (papers / "p01.pdf").stat().st_mtime_ns + 2_000_000_000
    os.utime(papers / "p01.pdf", ns=(later, later))
    assert run(papers, out, options).files == 0
    # a changed PDF: only it
    _distinct_pdfs(tmp_path / "other", 4, pages=1)
    (papers / "p02.pdf").write_bytes((tmp_path / "other" / "p03.pdf").read_bytes())
    changed = run(papers, out, options)
    assert [Path(o.pdf).name for o in changed.outcomes] == ["p02.pdf"] and changed.up_to_date == 3
    # a rule edit (one byte of a rule file): every result
    (rules / "units.yaml").write_bytes(units.read_bytes() + b"\n# edited\n")
    assert (run(papers, out, options).files, run(papers, out, options).files) == (4, 0)
    # a grammar file added to the folder changes the rule set too
    (rules / "grammars").mkdir()
    bundled = Path(__file__).resolve().parents[1] / "rules" / "grammars" / "follow_up.yaml"
    (rules / "grammars" / "follow_up.yaml").write_bytes(bundled.read_bytes() + b"\n# mine\n")
    assert run(papers, out, options).files == 4
    # other reading settings, a missing result, --force
    other = RunOptions(rules_dir=rules, use_cache=False, engine="pdfplumber" if options.engine == "pdfium" else "pdfium")
    assert run(papers, out, other).files == 4
    (out / "p00.json").unlink()
    assert [Path(o.pdf).name for o in run(papers, out, other).outcomes] == ["p00.pdf"]
    assert run(papers, out, options, force=True).files == 4


def test_force_on_the_command_line_and_the_report_counts(tmp_path):
    papers = _distinct_pdfs(tmp_path / "in", 2, pages=1)
    out = tmp_path / "out"
    assert litx("extract", str(papers), "-o", str(out), "--no-progress").returncode == 0
    assert (_report(out)["extracted"], _report(out)["up_to_date"]) == (2, 0)
    assert litx("extract", str(papers), "-o", str(out), "--no-progress").returncode == 0
    assert (_report(out)["extracted"], _report(out)["up_to_date"]) == (0, 2)
    assert litx("extract", str(papers), "-o", str(out), "--no-progress", "--force").returncode == 0
    assert (_report(out)["extracted"], _report(out)["up_to_date"]) == (2, 0)


def test_a_damaged_manifest_is_set_aside_and_everything_is_extracted(tmp_path):
    from extractor.runs.batch import RunOptions, run
    from extractor.runs.manifest import MANIFEST_NAME

    papers = _distinct_pdfs(tmp_path / "in", 2, pages=1)
    out = tmp_path / "out"
    run(papers, out, RunOptions(use_cache=False))
    (out / MANIFEST_NAME).write_bytes(b"not a database" * 100)
    report = run(papers, out, RunOptions(use_cache=False))
    assert report.files == 2 and any("[W503]" in w for w in report.warnings)
    assert (out / (MANIFEST_NAME + ".damaged")).exists()
    assert run(papers, out, RunOptions(use_cache=False)).up_to_date == 2


def test_a_worker_told_to_stop_after_writing_its_result_hands_it_over_first(monkeypatch):
    # SIGTERM between the result's write and its hand-over would leave a
    # result the run's report never names: the worker finishes handing it
    # over, takes no other PDF, and is gone a moment later in any case
    import signal

    from extractor.runs import batch

    monkeypatch.setattr(batch, "_worker", {"handing_over": True})
    batch._exit_on_sigterm(signal.SIGTERM, None)
    try:
        assert batch._worker["stop"] is True and batch._worker["stop_timer"].is_alive()
    finally:
        batch._worker["stop_timer"].cancel()
    monkeypatch.setattr(batch, "_worker", {"handing_over": False})
    with pytest.raises(SystemExit):  # in the middle of a PDF: unwind at once
        batch._exit_on_sigterm(signal.SIGTERM, None)
