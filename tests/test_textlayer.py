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
