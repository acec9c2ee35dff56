"""What one PDF may cost: decompression bombs, glyph floods, endless documents.

Each is a warning naming the page, never a multi-gigabyte process."""

from __future__ import annotations

import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from pdfkit import write_objects

from extractor.layout.limits import Limits
from extractor.layout.textlayer import parse_pdf

FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
MB = 1 << 20


def _stream(data: bytes, extra: bytes = b"", compress: bool = True) -> bytes:
    if compress:
        data = zlib.compress(data) if len(data) < MB else data
        extra += b" /Filter /FlateDecode"
    return b"<< /Length %d%s >>\nstream\n%s\nendstream" % (len(data), extra, data)


def _bomb(megabytes: int, head: bytes = b"") -> bytes:
    """A FlateDecode stream of ``head`` then ``megabytes`` MB of spaces, compressed (~1000:1)."""
    packer = zlib.compressobj(9)
    chunk = b" " * MB
    data = packer.compress(head) + b"".join(packer.compress(chunk) for _ in range(megabytes)) + packer.flush()
    return b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(data), data)


def one_page_pdf(path: Path, content: bytes, xobjects: list[bytes] = ()) -> Path:
    """A page whose content stream is ``content`` (a whole stream object), with
    form XObjects /X1, /X2… (whole stream objects) and the font /F1."""
    names = b" ".join(b"/X%d %d 0 R" % (i + 1, 6 + i) for i in range(len(xobjects)))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> /XObject << %s >> >> >>" % names,
        content,
        FONT,
        *xobjects,
    ]
    return write_objects(path, objects, 1)


def pages_pdf(path: Path, texts: list[str]) -> Path:
    """One page per text, each drawn in Helvetica, each lower than the last
    (a line at one place on every page would be a running head)."""
    count = len(texts)
    kids = b" ".join(b"%d 0 R" % (3 + 2 * i) for i in range(count))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count)]
    font = 3 + 2 * count
    for i, text in enumerate(texts):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
            b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (4 + 2 * i, font)
        )
        objects.append(_stream(b"BT /F1 12 Tf 72 %d Td (%s) Tj ET" % (720 - 40 * i, text.encode())))
    objects.append(FONT)
    return write_objects(path, objects, 1)


def peak_rss_of(args: list[str]) -> tuple[subprocess.CompletedProcess, int]:
    """Run ``args`` from a fresh intermediate process, so that the peak
    resident size (ru_maxrss of its children, in bytes) is this command's
    alone, not the largest of every child this test session started."""
    probe = (
        "import json, resource, subprocess, sys\n"
        "done = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
        "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024\n"
        "print(json.dumps([done.returncode, done.stdout, done.stderr, peak]))\n"
    )
    import json

    outer = subprocess.run([sys.executable, "-c", probe, *args], capture_output=True, text=True, timeout=600)
    code, stdout, stderr, peak = json.loads(outer.stdout)
    return subprocess.CompletedProcess(args, code, stdout, stderr), peak


def test_a_decompression_bomb_is_a_warning_naming_the_page_not_gigabytes(tmp_path):
    # 300 MB of spaces in a 300 kB file: unbounded, pdfminer holds the whole
    # stream (and copies of it): ~700 MB for this one, 3 GB for a 1.5 GB bomb
    pdf = one_page_pdf(tmp_path / "bomb.pdf", _bomb(300, head=b"BT /F1 12 Tf 72 720 Td (Hello) Tj ET\n"))
    assert pdf.stat().st_size < 1 * MB
    done, peak = peak_rss_of([sys.executable, "-m", "extractor.cli", "parse", str(pdf)])
    assert "Traceback" not in done.stderr
    assert done.stderr.splitlines() == [
        f"litx: {pdf}: page 1: the decompressed content exceeds the limit of 128 MB, the rest of the page "
        "was not read (raise it with --max-inflate-mb) [W007]"
    ]
    assert done.returncode == 1  # no text: as for any PDF without text
    assert peak < 1024 * MB, f"peak RSS {peak / MB:.0f} MB"


def test_a_bomb_in_a_figure_skips_the_figure_and_keeps_the_page_text(tmp_path):
    figure = _bomb(20).replace(b"<< /Length", b"<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Length", 1)
    content = _stream(b"BT /F1 12 Tf 72 720 Td (Before the figure) Tj ET /X1 Do BT /F1 12 Tf 72 700 Td (After it) Tj ET")
    pdf = one_page_pdf(tmp_path / "figure.pdf", content, [figure])
    doc = parse_pdf(pdf, limits=Limits(inflate_mb=8))
    text = " ".join(b.text for b in doc.blocks)
    assert "Before the figure" in text and "After it" in text
    assert doc.warnings == [
        "page 1: the decompressed content exceeds the limit of 8 MB, a form XObject (figure) was skipped "
        "(raise it with --max-inflate-mb) [W007]"
    ]
    # within the bound, the same page is read whole and without a warning
    assert parse_pdf(pdf, limits=Limits(inflate_mb=32)).warnings == []


def test_the_inflate_bound_is_per_page_not_per_document(tmp_path):
    # three pages of 6 MB each: 18 MB in all, each page within 8 MB
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R 5 0 R 7 0 R] /Count 3 >>"]
    for i in range(3):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
            b"/Resources << /Font << /F1 9 0 R >> >> >>" % (4 + 2 * i)
        )
        content = b"BT /F1 12 Tf 72 %d Td (Text of page %d) Tj ET\n" % (720 - 40 * i, i + 1) + b" " * (6 * MB)
        objects.append(_stream(zlib.compress(content), b" /Filter /FlateDecode", compress=False))
    objects.append(FONT)
    doc = parse_pdf(write_objects(tmp_path / "three.pdf", objects, 1), limits=Limits(inflate_mb=8))
    assert doc.warnings == []
    assert " ".join(b.text for b in doc.blocks) == "Text of page 1 Text of page 2 Text of page 3"


def test_a_damaged_checksum_is_recovered_in_linear_time(tmp_path):
    # pdfminer's own recovery feeds one byte at a time and concatenates: hours for 50 MB
    body = b"BT /F1 12 Tf 72 720 Td (Recovered text) Tj ET\n" + b" " * (50 * MB)
    data = zlib.compress(body)
    broken = data[:-4] + bytes(b ^ 0xFF for b in data[-4:])
    stream = b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(broken), broken)
    doc = parse_pdf(one_page_pdf(tmp_path / "checksum.pdf", stream))
    assert [b.text for b in doc.blocks] == ["Recovered text"] and doc.warnings == []


@pytest.mark.parametrize("engine", ["pdfplumber", "pdfium"])
def test_glyphs_beyond_the_bound_are_not_read(tmp_path, engine):
    lines = b"\n".join(b"BT /F1 6 Tf 40 %d Td (%s) Tj ET" % (780 - 8 * i, b"abcdefghij" * 8) for i in range(60))
    pdf = one_page_pdf(tmp_path / "dense.pdf", _stream(lines))  # 4800 glyphs
    doc = parse_pdf(pdf, engine=engine, limits=Limits(glyphs=1000))
    [note] = doc.warnings
    assert note.startswith("page 1: the number of glyphs") and "exceeds the limit of 1000 per page" in note
    assert note.endswith("(raise it with --max-glyphs) [W007]")
    read = sum(len(b.text.replace(" ", "")) for b in doc.blocks)
    if engine == "pdfplumber":  # what came before the bound is kept
        assert 900 <= read <= 1000
    else:  # pdfium counts the page's glyphs before reading any
        assert read == 0
    assert not parse_pdf(pdf, engine=engine, limits=Limits(glyphs=5000)).warnings


@pytest.mark.parametrize("engine", ["pdfplumber", "pdfium"])
def test_pages_beyond_the_bound_are_not_read(tmp_path, engine):
    pdf = pages_pdf(tmp_path / "five.pdf", [f"Page number {n}" for n in range(1, 6)])
    doc = parse_pdf(pdf, engine=engine, limits=Limits(pages=2))
    assert doc.pages == 2
    assert " ".join(b.text for b in doc.blocks) == "Page number 1 Page number 2"
    assert doc.warnings == [
        "the document has 5 pages; only the first 2 were read (raise the limit with --max-pages) [W008]"
    ]


def test_a_document_cut_short_is_not_cached(tmp_path):
    from extractor.runs.cache import cacheable

    pdf = pages_pdf(tmp_path / "three.pdf", ["One", "Two", "Three"])
    assert not cacheable(parse_pdf(pdf, limits=Limits(pages=1)))
    assert cacheable(parse_pdf(pdf))


def test_the_options_reach_the_workers_of_a_batch(tmp_path):
    papers, out = tmp_path / "papers", tmp_path / "out"
    papers.mkdir()
    for name in ("a", "b"):
        pages_pdf(papers / f"{name}.pdf", ["One", "Two", "Three"])
    done = subprocess.run(
        [sys.executable, "-m", "extractor.cli", "extract", str(papers), "-o", str(out), "--jobs", "2", "--max-pages", "1", "--no-cache"],
        capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stderr
    import json

    for name in ("a", "b"):
        result = json.loads((out / f"{name}.json").read_text(encoding="utf-8"))
        assert result["document"]["pages"] == 1
        assert result["warnings"] == ["the document has 3 pages; only the first 1 were read (raise the limit with --max-pages) [W008]"]


def test_the_pdfium_engine_leaves_a_file_that_could_inflate_past_the_bound_to_the_bounded_engine(tmp_path):
    """pdfium inflates in C without a bound: the file's streams are measured
    first (inflated a megabyte at a time and dropped), and a file over the
    bound is read by the pdfplumber engine, whose warnings name the page."""
    from extractor.layout.limits import inflates_past

    figure = _bomb(20).replace(b"<< /Length", b"<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Length", 1)
    content = _stream(b"BT /F1 12 Tf 72 720 Td (Before the figure) Tj ET /X1 Do")
    pdf = one_page_pdf(tmp_path / "figure.pdf", content, [figure])
    assert inflates_past(pdf, Limits(inflate_mb=8)) and not inflates_past(pdf, Limits(inflate_mb=32))
    bounded = parse_pdf(pdf, engine="pdfium", limits=Limits(inflate_mb=8))
    assert bounded.warnings == parse_pdf(pdf, engine="pdfplumber", limits=Limits(inflate_mb=8)).warnings
    assert [w for w in bounded.warnings if "[W007]" in w]
    # streams each under the bound that add up past it count as one page's
    small = [_bomb(3).replace(b"<< /Length", b"<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Length", 1)] * 3
    many = one_page_pdf(tmp_path / "many.pdf", _stream(b"BT /F1 12 Tf 72 720 Td (Text) Tj ET"), small)
    assert inflates_past(many, Limits(inflate_mb=8)) and not inflates_past(many, Limits(inflate_mb=16))
    # an ordinary page is left to pdfium
    assert not inflates_past(pages_pdf(tmp_path / "plain.pdf", ["Plain text"]), Limits(inflate_mb=1))
