"""The whole text layer on PDFs the project makes (corpus/make_pdfs.py).

Each fixture comes with its ground truth: blocks in reading order, headings,
table rows, running heads.  These tests read as the layout's promises.
"""

from __future__ import annotations

import pytest
from rapidfuzz import fuzz

from extractor.layout.document import BlockKind
from extractor.errors import LitxError
from extractor.layout.render import to_json, to_text
from extractor.layout.textlayer import parse_pdf

READABLE = ["en_two_column", "zh_two_column", "mixed_layout", "superscripts", "tight_spacing", "overprint", "headers_footers"]


def body(blocks) -> str:
    return "\n".join(blocks)


@pytest.mark.parametrize("name", READABLE)
def test_reading_order_matches_ground_truth(parse_fixture, name):
    doc, expected = parse_fixture(name)
    ours = body(b.text for b in doc.blocks)
    truth = body(b["text"] for b in expected["blocks"] if b["kind"] != "footnote" or True)
    assert fuzz.ratio(ours, truth) >= 98.5


@pytest.mark.parametrize("name", ["en_two_column", "zh_two_column", "mixed_layout"])
def test_every_expected_paragraph_comes_out_whole(parse_fixture, name):
    doc, expected = parse_fixture(name)
    ours = {b.text for b in doc.blocks}
    paragraphs = [b["text"] for b in expected["blocks"] if b["kind"] == "paragraph"]
    missing = [p for p in paragraphs if p not in ours]
    assert not missing


def test_sentence_over_column_and_page_break_is_one_sentence(parse_fixture):
    doc, expected = parse_fixture("en_two_column")
    sentences = [s.text for s in doc.sentences()]
    spanning = [s for s in doc.sentences() if len(s.boxes.pages()) > 1]
    assert spanning, "a sentence should run from page 1 onto page 2"
    assert spanning[0].text in sentences


@pytest.mark.parametrize("name", ["en_two_column", "zh_two_column"])
def test_headings_and_levels(parse_fixture, name):
    doc, expected = parse_fixture(name)
    ours = [(s.title, s.level) for s in doc.sections]
    for heading in expected["headings"]:
        assert (heading["text"], heading["level"]) in ours


def test_reference_list_is_its_own_section(parse_fixture):
    doc, expected = parse_fixture("en_two_column")
    refs = [b.text for b in doc.blocks if b.kind is BlockKind.REFERENCE]
    assert refs == expected["references"]
    assert all(b.section == "References" for b in doc.blocks if b.kind is BlockKind.REFERENCE)


def test_running_heads_and_page_numbers_are_furniture(parse_fixture):
    doc, expected = parse_fixture("headers_footers")
    ours = {(f.page, f.position, f.text) for f in doc.furniture}
    for item in expected["furniture"]:
        assert (item["page"], item["position"], item["text"]) in ours
    texts = " ".join(b.text for b in doc.blocks)
    for item in expected["furniture"]:
        if item["position"] == "header":
            assert item["text"] not in texts
        else:  # a page number: no block is only that number
            assert all(b.text != item["text"] for b in doc.blocks)


def test_table_rows_are_rows_and_out_of_the_body(parse_fixture):
    doc, expected = parse_fixture("mixed_layout")
    rows = [b.text for b in doc.blocks if b.kind is BlockKind.TABLE]
    [table] = expected["tables"]
    assert rows == [" | ".join(r) for r in table["rows"]]
    prose = " ".join(b.text for b in doc.blocks if b.kind is BlockKind.PARAGRAPH)
    for row in table["rows"][1:]:
        assert row[0] not in prose


def test_scripts_written_with_carets(parse_fixture):
    doc, expected = parse_fixture("superscripts")
    text = to_text(doc)
    for form in ["10^6", "3.2×10^{12}", "^[23]", "^[4–6]", "^[8, 10]", "30%^[5]", "CO_2", "IC_{50}"]:
        assert form in text


def test_chinese_spacing_kept_as_printed(parse_fixture):
    doc, _ = parse_fixture("zh_two_column")
    text = to_text(doc)
    assert "脂肪 MSC" in text and "脐带MSC" in text
    zh = [s for s in doc.sentences() if "脐带MSC" in s.text]
    assert zh and all(s.lang.value == "zh" for s in zh)


def test_json_has_pages_sections_sentences_and_boxes(parse_fixture):
    doc, expected = parse_fixture("en_two_column")
    data = to_json(doc)
    assert data["document"]["pages"] == expected["pages"]
    assert data["sections"]
    sentence = data["blocks"][1]["sentences"][0]
    assert len(sentence["char_boxes"]) == len(sentence["text"])
    assert all(len(b) == 5 and b[0] >= 1 for b in sentence["boxes"])


@pytest.mark.parametrize(
    "name, code",
    [("not_a_pdf", "E001"), ("truncated", "E002"), ("encrypted_user", "E003")],
)
def test_bad_input_is_one_clear_error(fixture_pdfs, name, code):
    with pytest.raises(LitxError) as err:
        parse_pdf(fixture_pdfs / f"{name}.pdf")
    assert err.value.code == code
    assert f"{name}.pdf" in str(err.value)
    assert "\n" not in str(err.value)


def test_wrong_password(fixture_pdfs):
    with pytest.raises(LitxError) as err:
        parse_pdf(fixture_pdfs / "encrypted_user.pdf", password="wrong")
    assert err.value.code == "E004"
    assert parse_pdf(fixture_pdfs / "encrypted_user.pdf", password="secret").blocks


def test_owner_password_only_reads_with_a_note(parse_fixture):
    doc, _ = parse_fixture("encrypted_owner_only")
    assert doc.blocks and any("W006" in w for w in doc.warnings)


@pytest.mark.parametrize("engine", ["pdfplumber", "pdfium"])
def test_a_password_for_other_pdfs_does_not_lock_out_an_owner_password_only_pdf(fixture_pdfs, engine):
    # litx extract folder/ --password secret: the batch's locked PDFs need it, this one does not
    doc = parse_pdf(fixture_pdfs / "encrypted_owner_only.pdf", password="secret", engine=engine)
    assert doc.blocks and any("W006" in w for w in doc.warnings)
    with pytest.raises(LitxError) as err:
        parse_pdf(fixture_pdfs / "encrypted_user.pdf", password="owner-of-another-file", engine=engine)
    assert err.value.code == "E004"


def test_image_only_pdf_warns_no_text_layer(fixture_pdfs):
    doc = parse_pdf(fixture_pdfs / "image_only.pdf")
    assert doc.blocks == [] and any("W001" in w for w in doc.warnings)


# --------------------------------------------------------------------- rotated pages and sideways text (issue 15)

ENGINES = ["pdfplumber", "pdfium"]
PROSE = [
    "Twenty-eight women with premature ovarian insufficiency were treated once.",
    "Mean FSH fell from 68.4 to 41.2 IU/L at six months after the injection,",
    "and AMH became measurable in 9 of 28 women by the end of the first year.",
]


def turned_page(rotate: int):
    """A page whose text is set upright in its MediaBox (595 × 842) and shown
    turned by /Rotate: on screen it runs sideways."""
    lines = b" ".join(b"(%s) Tj 0 -14 Td" % line.encode() for line in PROSE)
    return b"BT /F1 10 Tf 72 700 Td " + lines + b" ET"


def sideways_caption(angle: int):
    """An upright page of prose with a caption set along its right margin,
    turned by ``angle`` (90: it runs up the page, -90: down)."""

    def draw(pdf) -> None:
        pdf.setFont("Helvetica", 10)
        for i, line in enumerate(PROSE * 2):
            pdf.drawString(72, 760 - 14 * i, line)
        pdf.saveState()
        pdf.translate(520, 300 if angle == 90 else 600)
        pdf.rotate(angle)
        pdf.setFont("Helvetica-Bold", 9)
        pdf.drawString(0, 0, "Figure 2 FSH fell from 68.4 to 41.2 IU/L after treatment.")
        pdf.restoreState()

    return draw


def landscape_table(pdf) -> None:
    """A portrait page holding a landscape table: caption and three-line
    table set turned a quarter counterclockwise (reading up the page)."""
    pdf.saveState()
    pdf.translate(560, 0)
    pdf.rotate(90)  # x runs up the page, y to the left
    pdf.setFont("Helvetica", 8)
    pdf.drawString(72, 500, "Table 2 Hormone levels before and after treatment")
    for y in (490, 458, 420):
        pdf.line(72, y, 700, y)
    pdf.setFont("Helvetica", 8)
    rows = [("Hormone", "Before", "After"), ("FSH (IU/L)", "68.4", "41.2"), ("AMH (ng/mL)", "0.06", "0.21")]
    for i, cells in enumerate(rows):
        y = 478 if i == 0 else 446 - 12 * (i - 1)
        for text, x in zip(cells, (76, 300, 500)):
            pdf.drawString(x, y, text)
    pdf.restoreState()


def _inside(doc, width: float, height: float) -> bool:
    return all(
        0 <= x0 < x1 <= width and 0 <= top < bottom <= height
        for s in doc.sentences() for (_, x0, top, x1, bottom) in s.boxes.span()
    )


def _char_box(doc, text: str) -> tuple:
    """The box of the first character of ``text`` in the document."""
    for s in doc.sentences():
        at = s.text.find(text)
        if at >= 0:
            return tuple(round(v, 1) for v in s.boxes[at][1:])
    raise AssertionError(text)


def _glyph_box(path, text: str) -> tuple:
    """pdfplumber's own box of the first glyph of ``text`` on page 1."""
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        chars = pdf.pages[0].chars
    for i in range(len(chars)):
        if "".join(c["text"] for c in chars[i : i + len(text)]) == text:
            c = chars[i]
            return tuple(round(c[k], 1) for k in ("x0", "top", "x1", "bottom"))
    raise AssertionError(text)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("rotate, runs", [(90, 270), (180, 180), (270, 90)])
def test_issue15_a_page_shown_turned_reads_in_its_own_direction(tmp_path, engine, rotate, runs):
    from pdfkit import write_content_pdf

    pdf = write_content_pdf(tmp_path / f"turned{rotate}.pdf", [turned_page(rotate)], rotate=rotate)
    doc = parse_pdf(pdf, engine=engine)
    assert [b.text for b in doc.blocks] == [" ".join(PROSE)]
    assert {b.rotation for b in doc.blocks} == {runs} and doc.warnings == []
    # boxes on the page as shown (turned: 842 wide for a quarter turn) …
    width, height = (842.0, 595.0) if rotate in (90, 270) else (595.0, 842.0)
    assert _inside(doc, width, height)
    # … one per printed line, drawn along it: tall for text running up or down
    boxes = doc.blocks[0].sentences[1].boxes.span()  # "Mean FSH fell …", over two lines
    assert len(boxes) == 2
    assert all((b[4] - b[2] > 5 * (b[3] - b[1])) == (runs != 180) for b in boxes)
    if engine == "pdfplumber":
        assert _char_box(doc, "Mean FSH") == _glyph_box(pdf, "Mean FSH")


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("angle, runs", [(90, 90), (-90, 270)])
def test_issue15_a_sideways_caption_is_read_after_the_page_as_its_own_block(tmp_path, engine, angle, runs):
    from pdfkit import write_pdf

    pdf = write_pdf(tmp_path / "caption.pdf", sideways_caption(angle))
    doc = parse_pdf(pdf, engine=engine)
    assert [(b.text, b.rotation) for b in doc.blocks] == [
        (" ".join(PROSE * 2), 0),
        ("Figure 2 FSH fell from 68.4 to 41.2 IU/L after treatment.", runs),
    ]
    assert _inside(doc, 595.0, 842.0)
    [(_, x0, top, x1, bottom)] = doc.blocks[1].sentences[0].boxes.span()
    assert 510 < x0 < x1 < 530 and bottom - top > 200  # one narrow box up the margin
    if engine == "pdfplumber":
        assert _char_box(doc, "Figure 2") == _glyph_box(pdf, "Figure 2")


@pytest.mark.parametrize("engine", ENGINES)
def test_issue15_a_landscape_table_reads_as_a_table(tmp_path, engine):
    from pdfkit import write_pdf

    doc = parse_pdf(write_pdf(tmp_path / "landscape.pdf", landscape_table), engine=engine)
    assert [(b.kind.value, b.text) for b in doc.blocks] == [
        ("paragraph", "Table 2 Hormone levels before and after treatment"),
        ("table", "Hormone | Before | After"),
        ("table", "FSH (IU/L) | 68.4 | 41.2"),
        ("table", "AMH (ng/mL) | 0.06 | 0.21"),
    ]
    assert {b.rotation for b in doc.blocks} == {90}
    assert _inside(doc, 595.0, 842.0)


def _stamped_pages(pdf) -> None:
    """Two pages; a sentence runs over the page break, and a stamp runs up
    the left margin of the first page."""
    pdf.setFont("Helvetica", 10)
    pdf.drawString(72, 100, PROSE[1])
    pdf.saveState()
    pdf.translate(30, 300)
    pdf.rotate(90)
    pdf.setFont("Helvetica", 7)
    pdf.drawString(0, 0, "Downloaded for personal use only.")
    pdf.restoreState()
    pdf.showPage()
    pdf.setFont("Helvetica", 10)
    pdf.drawString(72, 760, PROSE[2])


def test_issue15_a_stamp_up_the_margin_does_not_cut_the_sentence_over_the_page_break(tmp_path):
    from pdfkit import write_pdf

    doc = parse_pdf(write_pdf(tmp_path / "stamped.pdf", _stamped_pages))
    assert [(b.text, b.rotation, b.page) for b in doc.blocks] == [
        (" ".join(PROSE[1:]), 0, 1),
        ("Downloaded for personal use only.", 90, 1),
    ]
    assert [s.page_at(0) for s in doc.blocks[0].sentences] == [1]
    assert [b[0] for b in doc.blocks[0].sentences[0].boxes.span()] == [1, 2]


def _scan_with_a_space(pdf) -> None:
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    pdf.drawImage(ImageReader(Image.new("L", (40, 40), 128)), 72, 500, 200, 200)
    pdf.setFont("Helvetica", 10)
    pdf.drawString(72, 480, " ")


def _scan(pdf) -> None:
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    pdf.drawImage(ImageReader(Image.new("L", (40, 40), 128)), 72, 500, 200, 200)


def test_issue15_a_scan_with_a_stray_space_says_to_ocr_it(tmp_path):
    from pdfkit import write_pdf

    ocr = "nothing to read: its text layer holds only spaces; its pages are images: OCR it first [W009]"
    doc = parse_pdf(write_pdf(tmp_path / "scan.pdf", _scan_with_a_space))
    assert doc.blocks == []
    assert doc.warnings == [ocr]
    # pages of the scan without the space: that one line says it all (no W004 per page)
    doc = parse_pdf(write_pdf(tmp_path / "scans.pdf", _scan_with_a_space, _scan, _scan))
    assert (doc.pages, doc.warnings) == (3, [ocr])
    # a scan with a running head set over each page (pypdf's imagemagick-images.pdf)
    def headed(pdf) -> None:
        _scan(pdf)
        pdf.setFont("Helvetica", 10)
        pdf.drawString(72, 800, "Background")

    doc = parse_pdf(write_pdf(tmp_path / "headed.pdf", headed, headed, _scan))
    assert doc.warnings == ["nothing to read: its only text is running heads, feet or page numbers (2 line(s) on "
                            "page(s) 1, 2, kept as furniture); its pages are images: OCR it first [W009]"]
    # without the space it is an image-only PDF
    doc = parse_pdf(write_pdf(tmp_path / "scans.pdf", _scan, _scan))
    assert doc.warnings == ["no text layer (scanned or image-only PDF): OCR it first [W001]"]


def test_a_scanned_page_among_pages_of_text_is_named(tmp_path):
    from pdfkit import write_pdf

    def text(pdf) -> None:
        pdf.setFont("Helvetica", 10)
        pdf.drawString(72, 700, PROSE[1])

    doc = parse_pdf(write_pdf(tmp_path / "mixed.pdf", text, _scan))
    assert [b.text for b in doc.blocks] == [PROSE[1]]
    assert doc.warnings == ["page 2: no text layer on this page (image only) [W004]"]


def test_nothing_to_read_is_not_said_over_pages_that_could_not_be_read(tmp_path):
    """A page cut short by a bound (or damaged) says why itself (W007,
    W005); nothing to read (W009) is said when a page was read whole."""
    from pdfkit import write_content_pdf

    from extractor.layout.limits import Limits

    unseen = b"BT /F1 0 Tf 72 700 Td (FSH) Tj ET"  # at size 0
    limits = Limits(glyphs=10)
    # pdfplumber keeps a page's glyphs up to the bound (here: spaces only);
    # pdfium reads no glyph of a page over it
    over = {"pdfplumber": b"BT /F1 12 Tf 72 700 Td (" + b" " * 40 + b") Tj ET",
            "pdfium": b"BT /F1 12 Tf 72 700 Td (" + b"FSH " * 10 + b") Tj ET"}
    for engine in ENGINES:
        doc = parse_pdf(write_content_pdf(tmp_path / "cut.pdf", [over[engine]]), engine=engine, limits=limits)
        assert [w[-6:] for w in doc.warnings] == ["[W007]"], engine
        doc = parse_pdf(write_content_pdf(tmp_path / "two.pdf", [over[engine], unseen]), engine=engine, limits=limits)
        assert [w[-6:] for w in doc.warnings] == ["[W007]", "[W009]"], engine


# --------------------------------------------------------------------- asides: read, but no part of the page's structure


def _arxiv_first_page(pdf) -> None:
    """A title, a heading and prose, and arXiv's identifier up the left
    margin, set larger than the title."""
    pdf.setFont("Helvetica-Bold", 16)
    pdf.drawString(72, 760, "Cord Cells for Ovarian Insufficiency")
    pdf.setFont("Helvetica-Bold", 11)
    pdf.drawString(72, 720, "1 Results")
    pdf.setFont("Helvetica", 10)
    for i, line in enumerate(PROSE):
        pdf.drawString(72, 700 - 14 * i, line)
    pdf.saveState()
    pdf.translate(36, 250)
    pdf.rotate(90)
    pdf.setFont("Times-Roman", 20)
    pdf.drawString(0, 0, "arXiv:2401.01234v2 [q-bio.TO] 3 Jan 2024")
    pdf.restoreState()


def _axis_label_then_prose(pdf) -> None:
    """A figure's y-axis label, bold and alone up the page, between two
    paragraphs of one section."""
    pdf.setFont("Helvetica", 10)
    pdf.drawString(72, 760, PROSE[0])
    pdf.saveState()
    pdf.translate(60, 400)
    pdf.rotate(90)
    pdf.setFont("Helvetica-Bold", 12)
    pdf.drawString(0, 0, "Serum FSH (IU/L)")
    pdf.restoreState()
    pdf.showPage()
    pdf.setFont("Helvetica", 10)
    pdf.drawString(72, 760, PROSE[1])


def test_a_stamp_up_the_margin_is_not_the_title(tmp_path):
    from pdfkit import write_pdf

    doc = parse_pdf(write_pdf(tmp_path / "arxiv.pdf", _arxiv_first_page))
    assert doc.title == "Cord Cells for Ovarian Insufficiency"
    stamps = [b for b in doc.blocks if b.rotation]
    assert stamps and {(b.kind.value, b.section) for b in stamps} <= {("paragraph", "1 Results")}


def test_a_sideways_label_opens_no_section(tmp_path):
    from pdfkit import write_pdf

    doc = parse_pdf(write_pdf(tmp_path / "figure.pdf", _axis_label_then_prose))
    assert [(b.kind.value, b.rotation) for b in doc.blocks] == [("paragraph", 0), ("paragraph", 90)]
    assert doc.blocks[1].text == "Serum FSH (IU/L)"
    assert doc.sections == []
    assert {s.section for s in doc.sentences()} == {None}


def _references_with_a_stamp(pdf) -> None:
    """A reference entry running over a page break, and a stamp up the
    margin of the first page."""
    pdf.setFont("Helvetica-Bold", 11)
    pdf.drawString(72, 300, "References")
    pdf.setFont("Helvetica", 9)
    pdf.drawString(72, 280, "1. Ding C, Zou Q, Wang F. Human amniotic mesenchymal stem cells improve")
    pdf.drawString(72, 268, "ovarian function in natural aging. Stem Cell Res Ther. 2018;9:55.")
    pdf.drawString(72, 256, "2. Yang Y, Lei L, Wang S. Transplantation of umbilical cord-derived")
    pdf.saveState()
    pdf.translate(30, 300)
    pdf.rotate(90)
    pdf.setFont("Helvetica", 7)
    pdf.drawString(0, 0, "Downloaded for personal use only.")
    pdf.restoreState()
    pdf.showPage()
    pdf.setFont("Helvetica", 9)
    pdf.drawString(72, 760, "mesenchymal stem cells in premature ovarian insufficiency. Stem Cell Res Ther. 2019;10:250.")


def test_a_stamp_beside_the_references_is_no_part_of_an_entry(tmp_path):
    from pdfkit import write_pdf

    doc = parse_pdf(write_pdf(tmp_path / "refs.pdf", _references_with_a_stamp))
    refs = [b.text for b in doc.blocks if b.kind.value == "reference"]
    assert len(refs) == 2 and refs[1].endswith("premature ovarian insufficiency. Stem Cell Res Ther. 2019;10:250.")
    assert not any("Downloaded" in r for r in refs)
    assert [(b.kind.value, b.text) for b in doc.blocks[-1:]] == [("paragraph", "Downloaded for personal use only.")]
