"""The fixture generator (corpus/make_pdfs.py) itself: every PDF opens, holds
the words its expected.json promises, and puts scripts, gaps and rules where
it says; and the typesetter it shares with make_papers.py (corpus/typesetter.py).
The layout code is tested elsewhere against these fixtures."""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path

import pdfplumber
import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "corpus" / "make_pdfs.py"


def _load():
    spec = importlib.util.spec_from_file_location("litx_make_pdfs", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses need the module registered
    spec.loader.exec_module(module)
    return module


make_pdfs = _load()
import typesetter  # noqa: E402  (make_pdfs put corpus/ on sys.path)

READABLE = ["en_two_column", "zh_two_column", "mixed_layout", "superscripts", "tight_spacing",
            "overprint", "headers_footers", "encrypted_user", "encrypted_owner_only"]
KEYS = {"schema", "name", "file", "readable", "encrypted", "password", "error", "warning", "pages"}
FULL_KEYS = KEYS | {"page_size", "languages", "title", "blocks", "paragraphs", "headings", "references",
                    "footnotes", "tables", "furniture", "running_headers", "running_footers", "images",
                    "regions", "features"}


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, Path]:
    return make_pdfs.build_all(tmp_path_factory.mktemp("fixtures"))


def expected(built, name: str) -> dict:
    return json.loads(built[name].with_name(name + ".expected.json").read_text(encoding="utf-8"))


def open_pdf(built, name: str):
    return pdfplumber.open(built[name], password=expected(built, name)["password"] or "")


def test_every_fixture_written(built):
    assert set(built) == set(make_pdfs.FIXTURES)
    for name, path in built.items():
        assert path.is_file() and path.stat().st_size > 0
        data = expected(built, name)
        assert data["schema"] == make_pdfs.SCHEMA and data["name"] == name and data["file"] == path.name
        assert KEYS <= set(data)
        if data["readable"]:
            assert FULL_KEYS <= set(data)
            for block in data["blocks"]:
                assert block["kind"] in {"title", "heading", "paragraph", "caption", "table", "reference",
                                         "footnote"}
                assert block["text"] == block["text"].strip() and "\u00ad" not in block["text"]
                assert "**" not in block["text"]


def _words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z]{3,}|[0-9]+|[\u3400-\u9fff]+", text)


@pytest.mark.parametrize("name", READABLE)
def test_fixture_holds_its_expected_words(built, name):
    data = expected(built, name)
    squeeze = lambda t: re.sub(r"[\s\-]", "", t)  # noqa: E731
    body, margins = "", ""
    with open_pdf(built, name) as pdf:
        assert len(pdf.pages) == data["pages"]
        for page in pdf.pages:
            for c in (page.dedupe_chars() if name == "overprint" else page).chars:
                # running heads and page numbers sit in the top and bottom 58 pt
                if 58 <= c["top"] <= page.height - 58:
                    body += c["text"]
                else:
                    margins += c["text"]
    body, margins = squeeze(body), squeeze(margins)
    assert squeeze("".join(f["text"] for f in data["furniture"])) == margins
    missing = [w for b in data["blocks"] for w in _words(b["text"]) if w not in body]
    assert not missing, missing[:20]
    assert data["paragraphs"], "every readable fixture has body text"


def test_expected_schema_details(built):
    en = expected(built, "en_two_column")
    assert en["pages"] == 2 and en["languages"] == ["en"]
    assert [h["text"] for h in en["headings"]] == ["Abstract", "Introduction", "Methods", "Results",
                                                   "Discussion", "References"]
    body = " ".join(en["paragraphs"])
    assert "5×10^6 cells/kg" in body and "1.5×10^7" in body and "recipients^[3]." in body
    assert "mesenchymal" in body and "mesen-chymal" in en["features"]["hyphenated"]
    assert en["features"]["column_break_mid_sentence"] and en["features"]["page_break_mid_sentence"]
    assert en["references"][4].startswith("[5] Marsh T") and en["references"][4].endswith("2021;12:34-56.")
    assert {f["position"] for f in en["furniture"]} == {"header", "footer"}

    zh = expected(built, "zh_two_column")
    assert zh["languages"][0] == "zh"
    levels = {h["text"]: h["level"] for h in zh["headings"]}
    assert levels["1 资料与方法"] == 1 and levels["1.1 研究对象"] == 2 and levels["2.3 联合移植策略"] == 2
    assert levels["参考文献"] == 1
    body = "".join(zh["paragraphs"])
    for needle in ("脂肪 MSC", "脐带MSC", "5×10^6", "^[12]", "降低FSH水平", "61例患者", "E_2"):
        assert needle in body, needle
    assert "· 12 ·" in zh["running_footers"]

    mixed = expected(built, "mixed_layout")
    (table,) = mixed["tables"]
    assert len(table["rows"]) == 5 and all(len(r) == 4 for r in table["rows"])
    for row in table["rows"]:
        assert not any(" | ".join(row) in p or row[2] in p for p in mixed["paragraphs"])

    sup = expected(built, "superscripts")
    text = "\n".join(sup["paragraphs"])
    for needle in ("Smith^1,", "Berg^{1,2}", "10^6 cells", "3.2×10^{12}", "5×10^{-3}", "4^{th}",
                   "findings^[23],", "not^[4–6],", "early^[8, 10].", "30%^[5]", "CO_2,", "E_2 was",
                   "IC_{50}", "1×10^7个细胞^[9]"):
        assert needle in text, needle

    hf = expected(built, "headers_footers")
    assert hf["pages"] == 4 and len(hf["running_headers"]) == 2
    assert hf["footnotes"] and hf["footnotes"][0].startswith("^a ")


def _line_chars(page, word: str):
    """The chars of the first occurrence of word in the page's char stream."""
    chars = page.chars
    text = "".join(c["text"] for c in chars)
    i = text.index(word)
    return chars[i : i + len(word)]


def test_scripts_are_small_and_shifted(built):
    with pdfplumber.open(built["superscripts"]) as pdf:
        page = pdf.pages[0]
        body = 11.0
        cite = _line_chars(page, "findings[23]")
        base = cite[0]["matrix"][5]
        for c in cite[-4:]:
            assert c["size"] == pytest.approx(body * make_pdfs.SCRIPT_SCALE, abs=0.01)
            assert c["matrix"][5] - base == pytest.approx(body * make_pdfs.SUP_RISE, abs=0.01)
        co2 = _line_chars(page, "CO2")
        assert co2[2]["size"] < body
        assert co2[2]["matrix"][5] - co2[0]["matrix"][5] == pytest.approx(body * make_pdfs.SUB_RISE, abs=0.01)


def test_chinese_text_and_gaps(built):
    with pdfplumber.open(built["zh_two_column"]) as pdf:
        page = pdf.pages[0]
        assert "早发性卵巢功能不全" in page.extract_text()
        fonts = {c["fontname"] for c in page.chars}
        assert any("STSong" in f for f in fonts) and "Times-Roman" in fonts
        assert not any("Dingbats" in f or "Symbol" in f for f in fonts)
        gap = _line_chars(page, "脂肪MSC")
        assert gap[2]["x0"] - gap[1]["x1"] > 0.2 * gap[1]["size"]  # printed with a real gap
        tight = _line_chars(page, "脐带MSC")
        assert tight[2]["x0"] - tight[1]["x1"] < 0.1 * tight[1]["size"]


def test_tight_spacing_has_narrow_gaps(built):
    with pdfplumber.open(built["tight_spacing"]) as pdf:
        chars = pdf.pages[0].chars
        words = _line_chars(pdf.pages[0], "Ovarianreserve")
    gap = words[7]["x0"] - words[6]["x1"]
    assert gap == pytest.approx(0.12 * 11, abs=0.02)
    assert any(c["text"] == " " for c in chars)  # the Tw paragraph keeps its space glyphs


def test_overprint_draws_copies(built):
    with pdfplumber.open(built["overprint"]) as pdf:
        page = pdf.pages[0]
        text = "".join(c["text"] for c in page.chars)
        assert "RReessuullttss" in text
        assert text.count("Ovarian Reserve") == 3
        assert "Results" in page.dedupe_chars().extract_text()
        assert "1000" in text and "follicle" in text


def test_hidden_draft_is_drawn_where_the_clip_hides_it(built):
    """pdfplumber reports every glyph drawn, clipped or not: the draft page's
    text is in the file, outside the figure its form's BBox cuts out."""
    data = expected(built, "hidden_draft")
    x0, top, x1, bottom = data["features"]["figure_bbox"]
    with pdfplumber.open(built["hidden_draft"]) as pdf:
        page = pdf.pages[1]
        draft = [c for c in page.chars if c["fontname"] == data["features"]["hidden_font"]]
        final = "".join(c["text"] for c in page.chars if c["fontname"] != data["features"]["hidden_font"])
    text = "".join(c["text"] for c in draft)
    for hidden in data["features"]["hidden_text"]:
        assert hidden.replace(" ", "")[:40] in text.replace(" ", "")
    inside = [c for c in draft if x0 <= (c["x0"] + c["x1"]) / 2 <= x1 and top <= (c["top"] + c["bottom"]) / 2 <= bottom]
    # only the value labels lie inside the figure (the plot area clips them)
    assert "".join(c["text"] for c in inside) == "".join(data["features"]["clipped_labels"])
    assert "Folliclecountsafterasingleintraovariandose" in final.replace(" ", "")


def test_three_line_table_rules(built):
    data = expected(built, "mixed_layout")
    x0, top, x1, bottom = data["tables"][0]["bbox"]
    with pdfplumber.open(built["mixed_layout"]) as pdf:
        rules = [ln for ln in pdf.pages[0].lines
                 if abs(ln["x0"] - x0) < 1 and abs(ln["x1"] - x1) < 1 and top - 1 <= ln["top"] <= bottom + 1]
    assert len(rules) == 3


def test_headers_alternate_sides(built):
    data = expected(built, "headers_footers")
    with pdfplumber.open(built["headers_footers"]) as pdf:
        for page in pdf.pages:
            odd = page.page_number % 2 == 1
            head = [c for c in page.chars if c["top"] < 60]
            assert head
            if odd:
                assert max(c["x1"] for c in head) == pytest.approx(page.width - 84, abs=0.5)
            else:
                assert min(c["x0"] for c in head) == pytest.approx(84, abs=0.5)
            foot = "".join(c["text"] for c in page.chars if c["top"] > page.height - 60)
            assert foot == str(54 + page.page_number)
    assert [f["page"] for f in data["furniture"] if f["position"] == "header"] == [1, 2, 3, 4]


def test_encryption(built):
    with pytest.raises(Exception):
        with pdfplumber.open(built["encrypted_user"]) as pdf:
            pdf.pages[0].chars
    with pdfplumber.open(built["encrypted_user"], password="secret") as pdf:
        assert "Twelve women" in pdf.pages[0].extract_text()
    with pdfplumber.open(built["encrypted_owner_only"]) as pdf:
        assert "Twelve women" in pdf.pages[0].extract_text()
    assert expected(built, "encrypted_user")["error"] == "E003"
    assert expected(built, "encrypted_owner_only")["warning"] == "W006"


def test_image_only_and_broken_files(built):
    with pdfplumber.open(built["image_only"]) as pdf:
        assert len(pdf.pages) == 1 and not pdf.pages[0].chars and len(pdf.pages[0].images) == 1
    for name, code in (("not_a_pdf", "E001"), ("truncated", "E002")):
        assert expected(built, name)["error"] == code and not expected(built, name)["readable"]
        with pytest.raises(Exception):
            with pdfplumber.open(built[name]) as pdf:
                pdf.pages[0].chars
    source = built["en_two_column"].stat().st_size
    assert built["truncated"].stat().st_size == int(source * 0.6)


def test_output_is_reproducible(built, tmp_path):
    again = make_pdfs.build_en_two_column(tmp_path)
    assert again.read_bytes() == built["en_two_column"].read_bytes()


def test_script_entry_point(tmp_path):
    run = subprocess.run([sys.executable, str(SCRIPT), str(tmp_path), "--only", "superscripts"],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "superscripts.pdf").is_file() and (tmp_path / "superscripts.expected.json").is_file()


# --------------------------------------------------------------------------
# the shared typesetter
# --------------------------------------------------------------------------


def test_flow_tells_the_frame_of_every_line(tmp_path):
    # make_papers files every fact on the page of the frame its line went into
    doc = typesetter.Doc(tmp_path / "flow.pdf", "flow")
    st = typesetter.Style(size=10.0, leading=12.5)
    frames = [typesetter.Frame(72, 700, 662, 200), typesetter.Frame(300, 700, 662, 200)]  # 3 lines each
    flow = typesetter.Flow(doc, iter(frames))
    placed = flow.place("Stromal cells were injected into both ovaries " * 4, st)
    assert [frame.x for _, frame in placed] == [72] * 3 + [300] * (len(placed) - 3)
    assert 3 < len(placed) <= 6 and all(frame.page == 1 for _, frame in placed)
    assert typesetter.join_lines([line for line, _ in placed]) == doc.blocks[0]["text"]
    with pytest.raises(StopIteration):  # out of frames: how a dry run finds that a text does not fit
        flow.place("More text than fits. " * 20, st)


def test_superscript_digits_without_a_glyph_use_the_fallback_font():
    (line,) = typesetter.typeset("5×10⁶ cells and 5×10^{6} cells", typesetter.Style(), 400)
    fonts = {p.text: p.font for _, p in line.placements}
    assert fonts["⁶"] == typesetter.FALLBACK
    assert fonts["5×10"] == typesetter.ROMAN and fonts["6"] == typesetter.ROMAN


# --------------------------------------------------------------------------
# tables_without_rules
# --------------------------------------------------------------------------


def test_tables_without_rules_holds_its_words(built):
    test_fixture_holds_its_expected_words(built, "tables_without_rules")


def test_tables_without_rules_draws_rules_only_for_the_three_line_table(built):
    data = expected(built, "tables_without_rules")
    unruled, wrapped = data["tables"]
    with pdfplumber.open(built["tables_without_rules"]) as pdf:
        page = pdf.pages[0]
        lines = page.lines
        words = page.extract_words()

    def rules_in(bbox):
        x0, top, x1, bottom = bbox
        return [ln for ln in lines if ln["x0"] < x1 and ln["x1"] > x0 and top - 1 <= ln["top"] <= bottom + 1]

    assert unruled["rules"] == 0 and rules_in(unruled["bbox"]) == []
    assert len(rules_in(wrapped["bbox"])) == 3
    # the heads of the three-line table take two printed lines, 10 pt apart
    first, second = data["tables"][1]["header_lines"]
    tops = {w["text"]: w["top"] for w in words}
    assert round(tops[second[1]] - tops[first[1]], 1) == 10.0
    assert wrapped["rows"][0] == ["Route", "Animals treated", "Cell dose (million/kg)", "FSH before (IU/L)",
                                  "FSH at 6 months (IU/L)"]
    # the table without rules sits in a column, beside prose in the other one
    assert data["features"]["unruled_table_column"] in (0, 1)
