"""The PDF libraries' log lines stay off stderr unless --verbose."""

from __future__ import annotations

import subprocess
import sys

from pdfkit import write_objects

def _stream(data: bytes, attrs: bytes = b"") -> bytes:
    return b"<< %s /Length %d >>\nstream\n%s\nendstream" % (attrs, len(data), data)


#: pdfminer logs "Refusing to execute circular reference to content stream 6"
#: for a form XObject that draws itself (read with `--engine pdfplumber`, the
#: engine that runs pdfminer; pdfium logs nothing of it)
SELF_DRAWING = [
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
    b"/Resources << /Font << /F1 5 0 R >> /XObject << /X1 6 0 R >> >> >>",
    _stream(b"BT /F1 12 Tf 72 720 Td (A page that loops on itself.) Tj ET /X1 Do"),
    b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    _stream(b"/X1 Do", b"/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /XObject << /X1 6 0 R >> >>"),
]


PDFMINER = ("--engine", "pdfplumber")


def litx(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "extractor.cli", *args], capture_output=True, text=True, timeout=300)


def test_library_warnings_are_not_printed(tmp_path):
    pdf = write_objects(tmp_path / "loop.pdf", SELF_DRAWING, 1)
    done = litx("parse", str(pdf), *PDFMINER)
    assert done.returncode == 0, done.stderr
    assert "A page that loops on itself." in done.stdout
    assert done.stderr == ""


def test_verbose_shows_them_marked_as_such(tmp_path):
    pdf = write_objects(tmp_path / "loop.pdf", SELF_DRAWING, 1)
    done = litx("parse", str(pdf), "--verbose", *PDFMINER)
    assert done.returncode == 0, done.stderr
    lines = done.stderr.splitlines()
    assert "litx: verbose: pdfminer.pdfinterp: WARNING: Refusing to execute circular reference to content stream 6" in lines
    assert all(line.startswith("litx: verbose: ") for line in lines)


def test_workers_of_a_batch_are_quiet_too(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a", "b", "c"):
        write_objects(folder / f"{name}.pdf", SELF_DRAWING, 1)
    done = litx("extract", str(folder), "-o", str(tmp_path / "out"), "--jobs", "2", "--no-cache", *PDFMINER)
    assert done.returncode == 0, done.stderr
    assert done.stderr.splitlines() == [
        done.stderr.splitlines()[0],  # "3 PDF(s) in 1.2 s; facts: none"
        f"results in {tmp_path / 'out'}/ (run report: {tmp_path / 'out' / 'litx-run.json'})",
    ]
    assert done.stderr.startswith("3 PDF(s) in ")
    verbose = litx("extract", str(folder), "-o", str(tmp_path / "out2"), "--jobs", "2", "--no-cache", "--verbose", *PDFMINER)
    assert verbose.stderr.count("Refusing to execute circular reference") == 3  # one per PDF, from the workers


def test_quiet_libraries_silences_a_logger_that_has_its_own_handler():
    import logging

    from extractor.logs import quiet_libraries

    records = []

    class Keep(logging.Handler):
        def emit(self, record):
            records.append(record.getMessage())

    jieba = logging.getLogger("jieba")  # jieba has a stderr handler and sets its own level
    handler = Keep()
    jieba.addHandler(handler)
    try:
        quiet_libraries()
        jieba.setLevel(logging.DEBUG)
        jieba.warning("Building prefix dict")
        logging.getLogger("pdfminer.pdfpage").warning("Invalid MediaBox")
        assert records == []
        quiet_libraries(verbose=True)
        jieba.warning("shown")
        assert records == ["shown"]
    finally:
        jieba.removeHandler(handler)
        quiet_libraries()
        logging.getLogger().handlers[:] = [h for h in logging.getLogger().handlers if not getattr(h, "_litx", False)]
