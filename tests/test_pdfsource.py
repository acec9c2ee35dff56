"""Character sources keep what a reader sees: the clipping path.

Hand-written PDFs, each read by both engines: pdfminer ignores ``W``/``W*``
and the BBox of a form XObject, so the pdfplumber engine tracks the clip
itself (``pdfsource._clip_aware_classes``); pdfium keeps a clip per page
object, which the pdfium engine reads.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pdfkit import write_objects

from extractor.layout.pdfsource import ENGINES, open_source

FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"


def write_pdf(path: Path, content: bytes, forms: dict[str, tuple[str, bytes]] | None = None,
              media_box: str = "0 0 612 792") -> Path:
    """A one-page PDF: Helvetica as /F1, and form XObjects ``{name: (BBox, content)}``
    that can draw each other."""
    forms = forms or {}
    objects: list[bytes] = [FONT]
    names = list(forms)
    first_form = 2
    xobjects = b" ".join(b"/%s %d 0 R" % (name.encode(), first_form + i) for i, name in enumerate(names))
    resources = b"<< /Font << /F1 1 0 R >> /XObject << %s >> >>" % xobjects
    for name in names:
        bbox, body = forms[name]
        objects.append(b"<< /Type /XObject /Subtype /Form /BBox [%s] /Resources %s /Length %d >>\nstream\n%s\nendstream"
                       % (bbox.encode(), resources, len(body), body))
    objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content))
    contents = len(objects)
    pages = contents + 2
    objects.append(b"<< /Type /Page /Parent %d 0 R /MediaBox [%s] /Resources %s /Contents %d 0 R >>"
                   % (pages, media_box.encode(), resources, contents))
    objects.append(b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % (pages - 1))
    objects.append(b"<< /Type /Catalog /Pages %d 0 R >>" % pages)
    return write_objects(path, objects, root=len(objects))
    return path


def show(x: float, y: float, text: str, size: float = 12) -> bytes:
    return b"BT /F1 %g Tf 1 0 0 1 %g %g Tm (%s) Tj ET " % (size, x, y, text.encode())


def read_page(path: Path, engine: str):
    source = open_source(path, engine=engine)
    try:
        return next(source.pages())
    finally:
        source.close()


def words(page) -> set[str]:
    """The page's words: runs of glyphs that touch on one baseline."""
    out: list[str] = []
    previous = None
    for char in page.chars:
        touching = previous is not None and abs(char.baseline - previous.baseline) < 1 and abs(char.x0 - previous.x1) < 1
        out[-1:] = [out[-1] + char.text] if touching else out[-1:] + [char.text]
        previous = char
    return set(out)


@pytest.fixture(params=ENGINES)
def engine(request) -> str:
    return request.param


def test_text_outside_the_clipping_path_is_dropped_until_restored(tmp_path, engine):
    content = (
        b"q 100 600 200 100 re W n "
        + show(110, 650, "Shown") + show(400, 650, "Hidden") + show(110, 500, "Below")
        + b"Q " + show(400, 500, "After")
    )
    page = read_page(write_pdf(tmp_path / "clip.pdf", content), engine)
    assert words(page) == {"Shown", "After"}


def test_nested_clips_narrow(tmp_path, engine):
    content = (
        b"q 100 600 300 100 re W n q 100 600 100 100 re W* n "
        + show(110, 650, "Inner") + show(250, 650, "Outer")
        + b"Q " + show(250, 650, "Back") + b"Q"
    )
    page = read_page(write_pdf(tmp_path / "nested.pdf", content), engine)
    assert words(page) == {"Inner", "Back"}


def test_a_form_is_clipped_by_its_bbox(tmp_path, engine):
    """A figure placed from a whole page of another PDF: its BBox (not at the
    origin, which pdfminer's own figure box gets wrong) cuts the figure out,
    and that page's text around it is not printed."""
    draft = show(60, 120, "Figure") + show(60, 300, "Draft") + show(300, 120, "Margin") + b"50 160 m 250 160 l S 50 400 m 250 400 l S"
    content = show(72, 700, "Visible") + b"q 0.5 0 0 0.5 100 300 cm /Fig Do Q"
    page = read_page(write_pdf(tmp_path / "form.pdf", content, {"Fig": ("50 100 250 200", draft)}), engine)
    assert words(page) == {"Visible", "Figure"}
    # the rule inside the BBox is kept, the one of the page around it is not
    assert [round(r.top) for r in page.rulings] == [792 - 380]


def test_a_form_inside_a_form_keeps_the_outer_clip(tmp_path, engine):
    inner = show(10, 10, "Near") + show(10, 150, "Far")
    outer = b"/Inner Do"
    content = b"q 1 0 0 1 100 500 cm /Outer Do Q"
    forms = {"Outer": ("0 0 100 100", outer), "Inner": ("0 0 300 300", inner)}
    page = read_page(write_pdf(tmp_path / "forms.pdf", content, forms), engine)
    assert words(page) == {"Near"}


def test_the_clip_applies_after_the_path_that_sets_it(tmp_path, engine):
    """``W S`` strokes the path under the old clip, then clips (to a line:
    the next rule is outside); a rule cut short by a clip is still a rule,
    reported whole."""
    content = (
        b"q 100 100 m 400 100 l W S "
        b"100 300 m 400 300 l S "
        b"Q q 0 0 150 792 re W n 100 200 m 400 200 l S Q"
    )
    page = read_page(write_pdf(tmp_path / "rules.pdf", content), engine)
    rules = sorted((round(r.x0), round(r.top), round(r.x1)) for r in page.rulings)
    assert rules == [(100, 592, 400), (100, 692, 400)]


def test_a_glyph_cut_by_the_clip_edge_is_kept(tmp_path, engine):
    # Helvetica 12 pt: the "o" of "Hello" spans x 120.7..127.3
    half = read_page(write_pdf(tmp_path / "half.pdf", b"q 0 0 124 792 re W n " + show(100, 650, "Hello") + b"Q"), engine)
    assert "".join(c.text for c in half.chars) == "Hello"
    sliver = read_page(write_pdf(tmp_path / "sliver.pdf", b"q 0 0 122 792 re W n " + show(100, 650, "Hello") + b"Q"), engine)
    assert "".join(c.text for c in sliver.chars) == "Hell"


def test_clip_on_a_page_whose_media_box_is_not_at_the_origin(tmp_path, engine):
    content = b"q 100 600 200 100 re W n " + show(110, 650, "Shown") + show(400, 650, "Hidden") + b"Q"
    page = read_page(write_pdf(tmp_path / "offset.pdf", content, media_box="50 100 662 892"), engine)
    assert words(page) == {"Shown"}


def test_fixture_with_a_hidden_draft_reads_as_printed(fixture_pdfs, engine):
    """corpus/make_pdfs.py ``hidden_draft``: a figure placed from a whole
    draft page (a form XObject whose BBox is the figure, with value labels
    clipped by the plot area) reads as the final text alone."""
    import json

    from extractor.layout.textlayer import parse_pdf

    expected = json.loads((fixture_pdfs / "hidden_draft.expected.json").read_text(encoding="utf-8"))
    doc = parse_pdf(fixture_pdfs / "hidden_draft.pdf", engine=engine)
    assert [(b.page, b.text) for b in doc.blocks] == [(b["page"], b["text"]) for b in expected["blocks"]]
    assert [(f.page, f.text) for f in doc.furniture] == [(f["page"], f["text"]) for f in expected["furniture"]]
    everything = " ".join(b.text for b in doc.blocks)
    assert "Draft" not in everything and "41" not in everything


def test_invisible_text_is_kept(tmp_path, engine):
    """Render mode 3 draws nothing, but it is how OCR puts a text layer over
    a scan: that text is the page's text, so it stays."""
    content = b"BT 3 Tr /F1 12 Tf 1 0 0 1 100 650 Tm (Scanned) Tj ET"
    page = read_page(write_pdf(tmp_path / "ocr.pdf", content), engine)
    assert words(page) == {"Scanned"}
