"""The `litx` command: what a user types and sees."""

from __future__ import annotations

import json
import os
from pathlib import Path
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


# ---------------------------------------------------------------- bad input, one line each


def _one_line(out, *needles: str) -> str:
    assert "Traceback" not in out.stderr, out.stderr
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1, out.stderr
    for needle in needles:
        assert needle in lines[0], lines[0]
    return lines[0]


def _small_pdf(path):
    from pdfkit import write_lines_pdf

    return write_lines_pdf(path, ["FSH decreased after treatment."], title="A test")


def test_a_fifo_is_refused_not_read_for_ever(tmp_path):
    import os

    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)
    out = subprocess.run([sys.executable, "-m", "extractor.cli", "parse", str(fifo)], capture_output=True, text=True, timeout=60)
    assert out.returncode == 2
    _one_line(out, "pipe.pdf", "E006", "not a regular file")
    # a single "file" that is not a folder is extracted as one PDF, not taken for a folder
    out = subprocess.run([sys.executable, "-m", "extractor.cli", "extract", str(fifo)], capture_output=True, text=True, timeout=60)
    assert out.returncode == 2
    _one_line(out, "pipe.pdf", "E006")


def test_a_fifo_in_a_batch_gets_its_result_and_the_batch_goes_on(tmp_path):
    import os

    src = tmp_path / "in"
    src.mkdir()
    _small_pdf(src / "a.pdf")
    os.mkfifo(src / "b.pdf")
    out = subprocess.run(
        [sys.executable, "-m", "extractor.cli", "extract", str(src), "-o", str(tmp_path / "out")],
        capture_output=True, text=True, timeout=120,
    )
    assert out.returncode == 0, out.stderr
    result = json.loads((tmp_path / "out" / "b.json").read_text(encoding="utf-8"))
    assert "E006" in result["warnings"][0]
    assert json.loads((tmp_path / "out" / "a.json").read_text(encoding="utf-8"))["facts"]


@pytest.mark.parametrize("command", [
    ["parse", "x.pdf"], ["extract", "{tmp}"], ["explain", "--text", "FSH"], ["rules", "suggest", "{tmp}"],
    ["rules", "add", "cell_type", "umbilical_cord_msc", "abc"], ["review", "{tmp}", "--no-browser"],
])
def test_a_rules_folder_that_is_not_there_is_one_line(tmp_path, command):
    out = litx(*(arg.format(tmp=tmp_path) for arg in command), "--rules", str(tmp_path / "nowhere"))
    assert out.returncode == 2
    _one_line(out, "nowhere", "E301")


def test_parse_with_a_broken_rule_file_lists_the_problems_with_their_prefix(tmp_path, rules_copy):
    (rules_copy / "sections.yaml").write_bytes(b"sections:\n\t- kind: x\n")
    out = litx("parse", "x.pdf", "--rules", str(rules_copy))
    assert out.returncode == 2 and "Traceback" not in out.stderr
    lines = out.stderr.strip().splitlines()
    assert lines and all(line.startswith("litx: ") for line in lines)
    assert "sections.yaml" in lines[0]


def test_an_output_that_cannot_be_written_is_one_line(tmp_path):
    pdf = _small_pdf(tmp_path / "a.pdf")
    folder = tmp_path / "taken"
    folder.mkdir()
    a_file = tmp_path / "file.txt"
    a_file.write_text("keep me")
    results = tmp_path / "results"
    results.mkdir()
    # one fact: a result without any would be nothing to export (E512) before the write is tried
    one = {"id": "se-1", "type": "sessions", "value": {"count": 2}, "text": "2"}
    (results / "a.json").write_text(json.dumps({"schema_version": "1", "facts": [one]}), encoding="utf-8")
    for args in (
        ["parse", str(pdf), "-o", str(folder)],  # a folder where the file should go
        ["parse", str(pdf), "-o", str(a_file / "x.txt")],  # a file where a folder should be
        ["extract", str(pdf), "-o", "/proc/litx-test.json"],  # nothing can be created there
        ["export", str(results), "-o", "/proc/litx-test.csv"],
    ):
        out = litx(*args)
        assert out.returncode == 2, (args, out.stderr)
        _one_line(out, "E007")
    assert a_file.read_text() == "keep me"


def test_extract_into_a_file_or_an_unwritable_place_stops_before_reading(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    _small_pdf(src / "a.pdf")
    a_file = tmp_path / "out.txt"
    a_file.write_text("keep me")
    for target in (a_file, "/proc/litx-test-out"):
        out = litx("extract", str(src), "-o", str(target))
        assert out.returncode == 2
        _one_line(out, str(target), "E007")
    assert a_file.read_text() == "keep me"


def test_a_result_that_cannot_be_written_is_a_warning_and_the_batch_goes_on(tmp_path):
    import os

    src = tmp_path / "in"
    src.mkdir()
    _small_pdf(src / "a.pdf")
    _small_pdf(src / "b.pdf")
    (tmp_path / "out" / "a.json").mkdir(parents=True)  # in the way of a's result
    _small_pdf(src / "c.pdf")
    os.mkfifo(tmp_path / "out" / "c.json")  # would be read for ever (to keep its review decisions)
    out = subprocess.run(
        [sys.executable, "-m", "extractor.cli", "extract", str(src), "-o", str(tmp_path / "out")],
        capture_output=True, text=True, timeout=120,
    )
    assert out.returncode == 0 and "Traceback" not in out.stderr
    assert "E007" in out.stderr
    assert json.loads((tmp_path / "out" / "b.json").read_text(encoding="utf-8"))["facts"]
    report = json.loads((tmp_path / "out" / "litx-run.json").read_text(encoding="utf-8"))
    assert str(src / "a.pdf") in report["unreadable"] and str(src / "c.pdf") in report["unreadable"]
    assert "c.json: not a regular file" in out.stderr


def test_a_file_name_that_is_not_utf8_is_kept_in_valid_json(tmp_path):
    import os

    src = tmp_path / "in"
    src.mkdir()
    name = os.fsdecode(b"bad\xff\xfename.pdf")
    _small_pdf(src / name)
    out = litx("extract", str(src), "-o", str(tmp_path / "out"))
    assert out.returncode == 0, out.stderr
    target = tmp_path / "out" / os.fsdecode(b"bad\xff\xfename.json")
    raw = target.read_bytes()
    raw.decode("utf-8")  # the file is UTF-8
    data = json.loads(raw)
    assert data["document"]["path"] == str(src / name)  # the same name, read back
    assert data["facts"]
    json.loads((tmp_path / "out" / "litx-run.json").read_bytes())
    one = litx("extract", str(src / name))
    assert one.returncode == 0, one.stderr
    assert json.loads(one.stdout)["document"]["path"] == str(src / name)


def test_a_cache_that_cannot_be_used_is_one_line_per_run(tmp_path):
    pdf = _small_pdf(tmp_path / "a.pdf")
    in_the_way = tmp_path / "cache-file"
    in_the_way.write_text("not a folder")
    out = litx("extract", str(pdf), "--cache-dir", str(in_the_way))
    assert out.returncode == 0 and json.loads(out.stdout)["facts"]
    _one_line(out, "W303", "cache-file", "not a folder")  # not a second, unprefixed log line
    for command in (["cache", "info"], ["cache", "clear"]):
        out = litx(*command, "--cache-dir", str(in_the_way))
        assert out.returncode == 2, command
        _one_line(out, "E303", "cache-file")
    assert in_the_way.read_text() == "not a folder"


def test_cache_clear_also_forgets_the_grammar_memo(tmp_path):
    cache = tmp_path / "cache"
    env_run = subprocess.run([sys.executable, "-m", "extractor.cli", "rules", "check"], capture_output=True, text=True,
                             env={**os.environ, "LITX_CACHE_DIR": str(cache)})
    assert env_run.returncode == 0 and (cache / "grammar-memo.json").exists()
    out = litx("cache", "clear", "--cache-dir", str(cache))
    assert out.returncode == 0 and "grammar memo" in out.stdout
    assert not (cache / "grammar-memo.json").exists()


def test_a_damaged_cache_is_rebuilt_with_one_line(tmp_path):
    pdf = _small_pdf(tmp_path / "a.pdf")
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "parse-cache.sqlite3").write_bytes(b"SQLite format 3\x00" + b"\x07" * 3000)
    out = litx("extract", str(pdf), "--cache-dir", str(cache))
    assert out.returncode == 0 and json.loads(out.stdout)["facts"]
    _one_line(out, "W301")
    out = litx("cache", "info", "--cache-dir", str(cache), "--check")
    assert out.returncode == 0 and "Traceback" not in out.stderr and not out.stderr.strip()


def _long_pdfs(folder, count: int, pages: int = 6):
    from reportlab.pdfgen import canvas

    folder.mkdir()
    for k in range(count):
        page = canvas.Canvas(str(folder / f"p{k:02d}.pdf"))
        for p in range(pages):
            page.setFont("Helvetica", 9)
            for i in range(60):
                page.drawString(50, 780 - 12 * i, f"Line {i}, page {p}, paper {k}: FSH decreased and LH increased after treatment.")
            page.showPage()
        page.save()


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_in_a_batch_leaves_whole_files_and_one_line(tmp_path, jobs):
    import os
    import signal
    import time

    src, out_dir = tmp_path / "in", tmp_path / "out"
    _long_pdfs(src, 12)
    proc = subprocess.Popen(
        [sys.executable, "-m", "extractor.cli", "extract", str(src), "-o", str(out_dir), "--jobs", jobs, "--no-cache"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    deadline = time.monotonic() + 120
    while not (out_dir.exists() and any(p.suffix == ".json" for p in out_dir.iterdir())):
        assert proc.poll() is None and time.monotonic() < deadline, "no result before the batch ended"
        time.sleep(0.05)
    time.sleep(0.3)
    os.killpg(proc.pid, signal.SIGINT)  # as Ctrl-C does: the whole process group
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130
    line = _one_line(subprocess.CompletedProcess([], 130, "", err), "interrupted", "of 12 PDF(s) done")
    names = sorted(p.name for p in out_dir.iterdir() if not p.name.startswith(".litx-manifest"))  # the manifest: runs/manifest.py
    assert not [n for n in names if n.startswith(".")], names  # no temporary file left
    report = json.loads((out_dir / "litx-run.json").read_text(encoding="utf-8"))
    assert report["interrupted"] is True
    for doc in report["documents"]:
        assert json.loads(open(doc["output"], encoding="utf-8").read())["facts"]
    for name in names:
        json.loads((out_dir / name).read_text(encoding="utf-8"))  # every file whole
    assert f"{report['files']} of 12" in line
    assert len(names) - 1 < 12


def test_review_startup_errors_are_one_line_and_no_server(tmp_path):
    import socket

    out_dir = tmp_path / "out"
    out_dir.mkdir()
    (out_dir / "litx-run.json").write_text("{}", encoding="utf-8")
    run = lambda *args: subprocess.run(  # noqa: E731
        [sys.executable, "-m", "extractor.cli", "review", *args, "--no-browser"], capture_output=True, text=True, timeout=60
    )
    out = run(str(out_dir))  # no results: the PDF folder given by mistake, say
    assert out.returncode == 2
    _one_line(out, "E302", str(out_dir))
    (out_dir / "a.json").write_text(json.dumps({"schema_version": "1", "facts": []}), encoding="utf-8")
    out = run(str(out_dir), "--pdfs", str(tmp_path / "nowhere"))
    assert out.returncode == 2
    _one_line(out, "E204", "nowhere")
    out = run(str(out_dir), "--host", "no-such-host.invalid")
    assert out.returncode == 2
    _one_line(out, "cannot listen on no-such-host.invalid")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        out = run(str(out_dir), "--port", str(port))
    assert out.returncode == 2
    _one_line(out, f"cannot listen on 127.0.0.1:{port}")


def test_extract_one_pdf_into_a_folder_or_a_json_file(tmp_path):
    pdf = _small_pdf(tmp_path / "a.pdf")
    out = litx("extract", str(pdf), "-o", str(tmp_path / "new-folder") + "/")
    assert out.returncode == 0, out.stderr
    assert json.loads((tmp_path / "new-folder" / "a.json").read_text(encoding="utf-8"))["facts"]
    out = litx("extract", str(pdf), "-o", str(tmp_path / "named.json"))
    assert out.returncode == 0 and (tmp_path / "named.json").is_file()


def test_extract_of_an_image_only_pdf_exits_as_parse_does(fixture_pdfs):
    out = litx("extract", str(fixture_pdfs / "image_only.pdf"))
    assert out.returncode == 1
    assert json.loads(out.stdout)["facts"] == []
    _one_line(out, "image_only.pdf", "W001")


def test_extract_of_a_missing_path_names_it_with_its_code(tmp_path):
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "extractor.cli", "extract", str(tmp_path / "gone.pdf")],
                          capture_output=True, text=True)
    assert done.returncode == 2
    assert done.stderr.strip() == f"litx: {tmp_path / 'gone.pdf'}: no such file or folder [E005]"


# ---------------------------------------------------------------- misleading codes


def test_a_symbolic_link_loop_is_not_a_missing_file(tmp_path):
    loop = tmp_path / "loop.pdf"
    loop.symlink_to(loop)
    for command in (["parse", str(loop)], ["extract", str(loop)]):
        out = litx(*command)
        assert out.returncode == 2
        line = _one_line(out, "loop.pdf", "E006")
        assert line == f"litx: {loop}: cannot read file: Too many levels of symbolic links [E006]"


def _without_root_privileges() -> list[str]:
    """A prefix that runs a command as root without the right to read any
    file (root ignores chmod 000 otherwise); [] when not root."""
    import os
    import shutil

    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("root, and no setpriv to drop the right to read any file")
    return ["setpriv", "--bounding-set", "-dac_override,-dac_read_search"]


def test_an_unreadable_file_is_one_line_not_a_usage_box(tmp_path):
    pdf = _small_pdf(tmp_path / "locked.pdf")
    pdf.chmod(0)
    prefix = _without_root_privileges()
    for command in (["parse", str(pdf)], ["extract", str(pdf)]):
        out = subprocess.run([*prefix, sys.executable, "-m", "extractor.cli", *command], capture_output=True, text=True)
        assert out.returncode == 2
        assert _one_line(out, "locked.pdf") == f"litx: {pdf}: cannot read file: Permission denied [E006]"


def test_a_folder_that_cannot_be_read_is_one_line_for_every_command(tmp_path):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    (out_dir / "x.json").write_text('{"schema_version": "1", "document": {}, "facts": []}', encoding="utf-8")
    out_dir.chmod(0)
    prefix = _without_root_privileges()
    try:
        for command, line in [
            (["export", str(out_dir)], f"litx: {out_dir}: cannot read file: Permission denied [E006]"),
            (["diff", str(out_dir), str(out_dir)], f"litx: {out_dir}: cannot read file: Permission denied [E006]"),
            (["evaluate", "--gold", str(tmp_path), str(out_dir)], f"litx: {out_dir}: cannot read file: Permission denied [E006]"),
            (["review", str(out_dir), "--no-browser"], f"litx: {out_dir}: cannot read file: Permission denied [E006]"),
            (["rules", "check", str(out_dir)], f"{out_dir}: -: the folder cannot be read: Permission denied [E104]"),
        ]:
            out = subprocess.run([*prefix, sys.executable, "-m", "extractor.cli", *command], capture_output=True, text=True)
            assert out.returncode != 0, command
            assert "Usage:" not in out.stderr and "Traceback" not in out.stderr, (command, out.stderr)
            assert out.stderr.strip().splitlines()[0] == line, (command, out.stderr)
    finally:
        out_dir.chmod(0o755)


def test_a_pdf_without_pages_is_damaged_not_scanned(tmp_path):
    from pdfkit import write_objects

    pdf = write_objects(tmp_path / "nopages.pdf", [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"], 1)
    out = litx("parse", str(pdf))
    assert out.returncode == 2
    assert _one_line(out) == f"litx: {pdf}: damaged PDF: no page could be found in it [E002]"


def test_a_damaged_pdf_gets_a_reason_not_the_library_s_text(tmp_path):
    from pdfkit import write_objects

    # a catalog whose /Pages is a number: pdfminer says "7" (a KeyError's text)
    pdf = write_objects(tmp_path / "pages.pdf", [b"<< /Type /Catalog /Pages 7 >>"], 1)
    out = litx("parse", str(pdf))
    assert out.returncode == 2
    assert _one_line(out) == (
        f"litx: {pdf}: damaged PDF: its structure cannot be read (cross-reference table, page tree or objects) [E002]"
    )
    # a MediaBox that is not numbers: pdfminer's text dumps the array
    pdf = write_objects(tmp_path / "box.pdf", [
        b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 /x] >>",
    ], 1)
    out = litx("parse", str(pdf))
    assert _one_line(out) == f"litx: {pdf}: damaged PDF: a page's size (MediaBox) cannot be read [E002]"


def test_a_page_that_is_only_rotated_text_is_read(tmp_path):
    """Every glyph turned by 90 degrees: this said "no text found" (W009)
    before sideways text was read in its own direction."""
    from pdfkit import write_objects

    content = b"BT /F1 12 Tf 0 1 -1 0 300 100 Tm (Turned sideways) Tj ET"
    pdf = write_objects(tmp_path / "turned.pdf", [
        b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ], 1)
    for engine in ("pdfplumber", "pdfium"):
        out = litx("parse", str(pdf), "--engine", engine)
        assert (out.returncode, out.stderr) == (0, ""), out.stderr
        assert "Turned sideways" in out.stdout


# ---------------------------------------------------------------- issue 15: what used to fail or exit in silence


def test_issue15_a_table_above_its_middle_rule_is_read_not_a_traceback(tmp_path):
    from pdfkit import write_pdf
    from test_tables import _table_above_its_middle_rule

    pdf = write_pdf(tmp_path / "three_rules.pdf", _table_above_its_middle_rule)
    out = litx("parse", str(pdf))
    assert out.returncode == 0 and out.stderr == "", out.stderr
    assert "| Low dose | 6 | 71.3 |" in out.stdout.splitlines()
    out = litx("extract", str(pdf), "--no-cache")
    assert out.returncode == 0 and out.stderr == "", out.stderr
    facts = json.loads(out.stdout)["facts"]
    assert {"hormone": "FSH", "direction": "decrease"} in [f["value"] for f in facts]


def test_issue15_a_page_shown_turned_is_read_and_its_facts_extracted(tmp_path):
    from pdfkit import write_content_pdf
    from test_textlayer import turned_page

    pdf = write_content_pdf(tmp_path / "turned.pdf", [turned_page(90)], rotate=90)
    for engine in ("pdfplumber", "pdfium"):
        out = litx("parse", str(pdf), "--engine", engine)
        assert out.returncode == 0 and out.stderr == "", out.stderr
        assert "Mean FSH fell from 68.4 to 41.2 IU/L" in out.stdout
    out = litx("extract", str(pdf), "--no-cache")
    assert out.returncode == 0 and out.stderr == "", out.stderr
    facts = json.loads(out.stdout)["facts"]
    assert {"hormone": "FSH", "direction": "decrease"} in [f["value"] for f in facts]


#: what each PDF with a text layer but nothing to read says (W009), one line
NOTHING_TO_READ = {
    "tf0": ([b"BT /F1 0 Tf 72 700 Td (Mean FSH fell from 68.4 to 41.2 IU/L.) Tj ET"],
            "its text is drawn at size 0 (a font size or text matrix of 0), so none of it shows"),
    "tm0": ([b"BT /F1 12 Tf 0 0 0 0 72 700 Tm (Mean FSH fell from 68.4 to 41.2 IU/L.) Tj ET"],
            "its text is drawn at size 0 (a font size or text matrix of 0), so none of it shows"),
    "blank": ([b"BT /F1 12 Tf 72 700 Td ( ) Tj ET"], "its text layer holds only spaces"),
    "heads": ([b"BT /F1 9 Tf 72 800 Td (Journal of Invented Medicine 2024; 3: 10%d) Tj ET" % n for n in (1, 2)],
              "its only text is running heads, feet or page numbers (2 line(s) on page(s) 1, 2, kept as furniture)"),
}


@pytest.mark.parametrize("name", sorted(NOTHING_TO_READ))
def test_issue15_nothing_to_read_is_one_line_with_the_reason_and_its_code(tmp_path, name):
    from pdfkit import write_content_pdf

    contents, reason = NOTHING_TO_READ[name]
    pdf = write_content_pdf(tmp_path / f"{name}.pdf", contents)
    for command in (["parse", str(pdf)], ["parse", str(pdf), "--format", "json"], ["extract", str(pdf), "--no-cache"]):
        out = litx(*command)
        assert out.returncode == 1, command
        assert out.stderr == f"litx: {pdf}: nothing to read: {reason} [W009]\n", command


def test_issue15_text_at_size_0_is_named_by_the_pdfium_engine_too(tmp_path):
    from pdfkit import write_content_pdf

    for name in ("tf0", "tm0"):
        contents, reason = NOTHING_TO_READ[name]
        pdf = write_content_pdf(tmp_path / f"{name}.pdf", contents)
        out = litx("parse", str(pdf), "--engine", "pdfium")
        assert (out.returncode, out.stderr) == (1, f"litx: {pdf}: nothing to read: {reason} [W009]\n")


def test_issue15_nothing_to_read_in_a_batch_is_a_warning_and_the_batch_goes_on(tmp_path):
    from pdfkit import write_content_pdf

    src = tmp_path / "in"
    src.mkdir()
    _small_pdf(src / "a.pdf")
    write_content_pdf(src / "b.pdf", NOTHING_TO_READ["tf0"][0])
    out = litx("extract", str(src), "-o", str(tmp_path / "out"), "--no-cache")
    assert out.returncode == 0, out.stderr
    result = json.loads((tmp_path / "out" / "b.json").read_text(encoding="utf-8"))
    assert result["facts"] == [] and result["warnings"] == [
        f"nothing to read: {NOTHING_TO_READ['tf0'][1]} [W009]"]
    assert json.loads((tmp_path / "out" / "a.json").read_text(encoding="utf-8"))["facts"]


def test_extracting_one_pdf_again_keeps_the_review_decisions(tmp_path):
    # one PDF into a folder writes as a batch does: under the result's lock,
    # the reviewer's decisions merged into the new result
    pdf = tmp_path / "paper.pdf"
    pdf.write_bytes((Path(__file__).resolve().parents[1] / "corpus" / "papers" / "zh01_trial_hucmsc.pdf").read_bytes())
    assert litx("extract", str(pdf), "-o", str(tmp_path / "out")).returncode == 0
    path = tmp_path / "out" / "paper.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    decided = data["facts"][0]["id"]
    data["facts"][0]["review"] = {"status": "rejected", "note": "not this study", "at": "2026-12-06T00:00:00Z"}
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    again = litx("extract", str(pdf), "-o", str(tmp_path / "out"))
    assert again.returncode == 0, again.stderr
    after = {f["id"]: f for f in json.loads(path.read_text(encoding="utf-8"))["facts"]}
    assert after[decided]["review"] == {"status": "rejected", "note": "not this study", "at": "2026-12-06T00:00:00Z"}
