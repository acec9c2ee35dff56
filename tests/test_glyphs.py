"""Character-level repairs (extractor.layout.glyphs), as examples.

Synthetic chars are laid out by :func:`line`: one Char per code point, left
to right, half an em wide for Latin text and a full em for CJK.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from extractor.layout.chars import Char
from extractor.layout.glyphs import (
    clean_page_chars,
    dedupe_overprint,
    detect_mojibake,
    expand_ligatures,
    fold_punct,
    fold_radicals,
    fold_width,
    recover_gbk,
    split_char,
)


def line(
    text: str,
    x: float = 72.0,
    top: float = 100.0,
    size: float = 10.0,
    font: str = "Serif",
) -> list[Char]:
    out = []
    for ch in text:
        w = size if unicodedata.east_asian_width(ch) in "WF" else size / 2
        out.append(Char(ch, x, top, x + w, top + size, size, font, top + 0.8 * size))
        x += w
    return out


def text_of(chars: list[Char]) -> str:
    return "".join(c.text for c in chars)


def shifted(chars: list[Char], dx: float = 0.0, dy: float = 0.0) -> list[Char]:
    return [
        Char(c.text, c.x0 + dx, c.top + dy, c.x1 + dx, c.bottom + dy, c.size, c.font, c.baseline + dy)
        for c in chars
    ]


def mojibake(text: str, **kw) -> list[Char]:
    """Chinese text as a font without ToUnicode shows it: one Latin-1 char per GBK byte."""
    return line(text.encode("gbk").decode("latin-1"), **kw)


# --------------------------------------------------------------------------
# over-print


def test_line_printed_twice_with_a_small_shift_keeps_the_first_copy():
    first = line("Bold Title", size=20)
    second = shifted(first, dx=-0.57)
    out = dedupe_overprint(first + second)
    assert text_of(out) == "Bold Title"
    assert out == first


def test_each_glyph_printed_seven_times_in_a_row():
    chars = [c for c in line("preprint", size=8) for _ in range(7)]
    assert text_of(chars).startswith("ppppppprrrrrrr")
    assert text_of(dedupe_overprint(chars)) == "preprint"


def test_copies_far_apart_in_the_stream_are_found():
    header = line("posted online", top=6, size=8)
    body = line("The body text comes in between.", top=200)
    chars = header + body + header + body[:3] + header
    assert text_of(dedupe_overprint(chars)) == "posted online" + "The body text comes in between."


@pytest.mark.parametrize(
    "word, size",
    [
        ("cell", 10),
        ("1000", 10),
        ("coffee", 10),
        ("Mississippi", 9),
        ("ill", 1.6),  # tiny text: "ll" is 0.8 pt apart, within tolerance but a full glyph apart
        ("...", 4),
        ("   ", 10),  # explicit spaces are glyphs too
    ],
)
def test_repeated_letters_side_by_side_are_kept(word, size):
    chars = line(word, size=size)
    assert dedupe_overprint(chars) == chars


@pytest.mark.parametrize(
    "other",
    [
        pytest.param(lambda c: Char("o", c.x0, c.top, c.x1, c.bottom, c.size, c.font), id="other letter"),
        pytest.param(lambda c: Char(c.text, c.x0, c.top, c.x1, c.bottom, c.size * 0.8, c.font), id="smaller size"),
        pytest.param(lambda c: Char(c.text, c.x0, c.top, c.x1, c.bottom, c.size, "Other"), id="other font"),
        pytest.param(lambda c: Char(c.text, c.x0 + 1.5, c.top, c.x1 + 1.5, c.bottom, c.size, c.font), id="1.5 pt away"),
    ],
)
def test_a_glyph_at_the_same_spot_that_is_not_a_copy_is_kept(other):
    (a,) = line("e")
    b = other(a)
    assert dedupe_overprint([a, b]) == [a, b]


@pytest.mark.parametrize("tolerance, kept", [(1.0, 2), (2.0, 1)])
def test_tolerance_sets_how_far_a_copy_may_be(tolerance, kept):
    (a,) = line("W", size=20)
    (b,) = shifted([a], dx=1.5)
    assert len(dedupe_overprint([a, b], tolerance=tolerance)) == kept


def test_dedupe_on_a_full_page_keeps_one_of_each_glyph():
    # (how long it takes: benchmarks/finder_speed.py)
    chars = []
    for row in range(60):
        chars += line("lllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllll", x=10, top=12 * row + 10)
    chars = chars + chars  # every glyph twice: 9,720 chars
    out = dedupe_overprint(chars)
    assert len(out) == len(chars) // 2


# --------------------------------------------------------------------------
# ligatures


@pytest.mark.parametrize(
    "printed, spelled",
    [
        ("\ufb01brosis", "fibrosis"),
        ("\ufb02ow cytometry", "flow cytometry"),
        ("e\ufb00ect", "effect"),
        ("e\ufb03cacy", "efficacy"),
        ("ba\ufb04ed", "baffled"),
        ("\ufb05ent", "stent"),
        ("\ufb06em cell", "stem cell"),
        ("no ligature", "no ligature"),
    ],
)
def test_ligatures_are_spelled_out(printed, spelled):
    assert expand_ligatures(printed) == spelled


def test_split_char_shares_the_box_evenly():
    lig = Char("\ufb03", 100.0, 50.0, 112.0, 60.0, 10.0, "Serif", 58.0)
    parts = split_char(lig, "ffi")
    assert text_of(parts) == "ffi"
    assert [(p.x0, p.x1) for p in parts] == [(100.0, 104.0), (104.0, 108.0), (108.0, 112.0)]
    assert all((p.top, p.bottom, p.size, p.font, p.baseline) == (50.0, 60.0, 10.0, "Serif", 58.0) for p in parts)


@pytest.mark.parametrize(
    "rotation, boxes",
    [
        (270, [(100.0, 50.0, 110.0, 55.0), (100.0, 55.0, 110.0, 60.0)]),  # running down: f above i
        (90, [(100.0, 55.0, 110.0, 60.0), (100.0, 50.0, 110.0, 55.0)]),  # running up: f below i
        (180, [(105.0, 50.0, 110.0, 60.0), (100.0, 50.0, 105.0, 60.0)]),  # upside down: f at the right
    ],
)
def test_split_char_on_rotated_text_cuts_along_its_direction(rotation, boxes):
    lig = Char("\ufb01", 100.0, 50.0, 110.0, 60.0, 10.0, rotation=rotation)
    parts = split_char(lig, "fi")
    assert [p.text for p in parts] == ["f", "i"]
    assert [(p.x0, p.top, p.x1, p.bottom) for p in parts] == boxes
    assert all(p.rotation == rotation for p in parts)


def test_split_char_with_one_letter_keeps_the_box():
    (c,) = line("x")
    assert split_char(c, "y") == [c.with_text("y")]


def test_clean_page_gives_every_letter_of_a_ligature_its_own_box():
    chars, warnings = clean_page_chars(line("e\ufb03cacy"), page=1)
    assert text_of(chars) == "efficacy"
    assert len(chars) == len("efficacy")
    assert warnings == []


# --------------------------------------------------------------------------
# CJK radicals


@pytest.mark.parametrize(
    "radical, ideograph",
    [
        ("\u2ee3", "骨"),  # CJK RADICAL BONE
        ("\u2ec5", "见"),  # CJK RADICAL C-SIMPLIFIED SEE
        ("\u2ed3", "长"),  # CJK RADICAL C-SIMPLIFIED LONG
        ("\u2ed4", "门"),  # CJK RADICAL C-SIMPLIFIED GATE (NFKC leaves it alone)
        ("\u2f8e", "血"),  # KANGXI RADICAL BLOOD
        ("\u2f46", "无"),  # KANGXI RADICAL NOT
        ("\u2fa8", "門"),  # KANGXI RADICAL GATE: the Kangxi form, as Unicode says
    ],
)
def test_radicals_fold_to_ideographs(radical, ideograph):
    assert fold_radicals(radical) == ideograph


@pytest.mark.parametrize(
    "text",
    ["血常规检查", "门诊复查骨密度", "CD34+ cells, n = 12", "", "⺀"],  # U+2E80 has no equivalent
)
def test_text_without_foldable_radicals_is_unchanged(text):
    assert fold_radicals(text) == text


def test_radical_folding_keeps_offsets():
    printed = "复查\u2f8e常规，\u2ed4诊随访"
    folded = fold_radicals(printed)
    assert folded == "复查血常规，门诊随访"
    assert len(folded) == len(printed)


def test_radical_data_file_names_its_source_and_agrees_with_nfkc():
    from extractor.layout.glyphs import _radical_table

    data = Path(__file__).resolve().parents[1] / "extractor" / "layout" / "data" / "equivalent_ideographs.tsv"
    header = data.read_text(encoding="utf-8").split("\n", 5)[:5]
    assert any("EquivalentUnifiedIdeograph-14.0.0.txt" in h for h in header)
    table = _radical_table()
    kangxi = [cp for cp in range(0x2F00, 0x2FE0) if unicodedata.name(chr(cp), "")]
    assert len(kangxi) == 214
    for cp in kangxi:
        assert table[cp] == unicodedata.normalize("NFKC", chr(cp))
    assert all(len(v) == 1 for v in table.values())


# --------------------------------------------------------------------------
# width folding


@pytest.mark.parametrize(
    "printed, folded",
    [
        ("５０％", "50%"),
        ("ＰＢＭＣ１２３", "PBMC123"),
        ("Ｐ＜０．０５", "P<0.05"),
        ("５～１０ ｍｇ／ｋｇ", "5~10 mg/kg"),
        ("血常规\u3000检查", "血常规 检查"),
        # Chinese sentence punctuation stays as printed
        ("升高，下降；见表1：结果（阳性）！？", "升高，下降；见表1：结果（阳性）！？"),
        ("、。“引号”「」《》", "、。“引号”「」《》"),
    ],
)
def test_fold_width(printed, folded):
    assert fold_width(printed) == folded
    assert len(fold_width(printed)) == len(printed)


@pytest.mark.parametrize(
    "printed, folded",
    [
        ("升高，下降；见表1：", "升高,下降;见表1:"),
        ("（阳性）！？", "(阳性)!?"),
        ("【方法】", "[方法]"),
        ("５０％，", "50%,"),
        ("、。“”", "、。“”"),  # never folded
        # hyphens and dashes that join words read as "-" (the em dash and minus stay)
        ("bone marrow–derived", "bone marrow-derived"),
        ("bone marrow\u2011derived", "bone marrow-derived"),
        ("cells\u2010based — or not", "cells-based — or not"),
        ("\u22125 °C", "\u22125 °C"),
    ],
)
def test_fold_punct(printed, folded):
    assert fold_punct(printed) == folded
    assert fold_width(printed, punct=True) == folded
    assert len(fold_punct(printed)) == len(printed)


# --------------------------------------------------------------------------
# GBK mojibake


@pytest.mark.parametrize(
    "chars",
    [
        pytest.param(mojibake("干细胞移植后血清学指标"), id="Chinese sentence"),
        pytest.param(mojibake("基因外显子") + line("!\"#$", x=300) + mojibake("、微卫星", x=400), id="mixed with ASCII"),
        pytest.param(line("Table 1 ") + mojibake("患者基线资料", x=120), id="caption"),
    ],
)
def test_mojibake_is_detected(chars):
    assert detect_mojibake(chars)


@pytest.mark.parametrize(
    "chars",
    [
        pytest.param(line("Tinji\u0107 and M\u00fcller reported the M\u00fcllerian duct."), id="accented names"),
        pytest.param(line("mean \u00b1 SD, 5 \u00d7 10 cells in 50 \u00b5l at 37 \u00b0C, p \u2264 0.05"), id="symbols"),
        pytest.param(line("Gar\u00e7on, na\u00efve, r\u00e9sum\u00e9, \u00c5se, S\u00f8ren, \u00bd dose"), id="Latin-1 letters"),
        pytest.param(line("干细胞移植后，血清学指标改善（P＜0.05）。"), id="Chinese"),
        pytest.param(line("干细胞移植后血清 ±2.3 °C ×10 µg"), id="Chinese with symbols"),
        pytest.param(mojibake("干细胞"), id="too short to tell"),
        pytest.param([], id="empty"),
    ],
)
def test_normal_text_is_not_mojibake(chars):
    assert not detect_mojibake(chars)


def test_recover_gbk_merges_each_byte_pair():
    chars = line("CD34+ ") + mojibake("干细胞", x=120)
    out, recovered, unrecoverable = recover_gbk(chars)
    assert text_of(out) == "CD34+ 干细胞"
    assert (recovered, unrecoverable) == (3, 0)
    first = out[6]
    assert (first.x0, first.x1) == (chars[6].x0, chars[7].x1)  # union of the two byte boxes
    assert (first.top, first.bottom) == (chars[6].top, chars[6].bottom)


def test_bytes_that_do_not_decode_are_kept():
    stray = line("\u00ff", x=300)
    out, recovered, unrecoverable = recover_gbk(mojibake("血清") + stray)
    assert text_of(out) == "血清\u00ff"
    assert (recovered, unrecoverable) == (2, 1)


def test_byte_pairs_across_lines_are_not_merged():
    a, b = mojibake("血")
    b = Char(b.text, 72.0, 140.0, 77.0, 150.0, b.size, b.font)
    out, recovered, unrecoverable = recover_gbk([a, b])
    assert (recovered, unrecoverable) == (0, 2)


# --------------------------------------------------------------------------
# page pipeline


def test_clean_page_recovers_mojibake_and_warns():
    chars, warnings = clean_page_chars(mojibake("干细胞移植后血清学指标"), page=3)
    assert text_of(chars) == "干细胞移植后血清学指标"
    assert warnings == [
        "page 3: text layer is mojibake (GBK read as Latin-1), recovered 11 characters [W002]"
    ]


def test_clean_page_on_normal_text_changes_nothing():
    chars = line("A normal line of text, with spaces.")
    assert clean_page_chars(chars, page=1) == (chars, [])


def test_clean_page_drops_empty_and_control_chars_but_keeps_spaces():
    chars = line("a b")
    (ctrl,) = line("\x03", x=200)
    empty = Char("", 210.0, 100.0, 210.0, 110.0, 10.0)
    out, warnings = clean_page_chars(chars + [ctrl, empty], page=1)
    assert text_of(out) == "a b"
    assert warnings == []


def test_clean_page_warns_when_glyphs_have_no_unicode_map():
    chars = [Char(f"(cid:{i})", 10.0 * i, 100.0, 10.0 * i + 5, 110.0, 10.0) for i in range(40)]
    out, warnings = clean_page_chars(chars, page=2)
    assert len(out) == 40  # kept: the layout decides what to do with them
    assert warnings == ["page 2: text layer is unreadable (glyphs without a Unicode map) [W003]"]


def test_clean_page_applies_every_repair():
    printed = line("\u2f8e常规", size=12) + line("e\ufb00ect", top=130)
    chars, warnings = clean_page_chars(printed + shifted(printed, dx=0.3), page=1)
    assert text_of(chars) == "血常规effect"
    assert warnings == []


# --------------------------------------------------------------------------
# real PDFs (../shared/corpus/real)


def page_chars(path: Path, number: int = 1) -> list[Char]:
    """A page's raw chars as pdfminer reads them (pdfium, the default
    engine, already drops the overprinted copies and decodes GBK itself)."""
    from extractor.layout.pdfsource import opened

    with opened(path, engine="pdfplumber") as source:
        for page in source.pages():
            if page.number == number:
                return page.chars
    raise AssertionError(f"{path} has no page {number}")


def lines_of(chars: list[Char]) -> list[str]:
    """Text of each printed line, top to bottom, left to right (enough for headers)."""
    rows: dict[int, list[Char]] = {}
    for c in chars:
        rows.setdefault(round(c.top), []).append(c)
    return ["".join(c.text for c in sorted(rows[k], key=lambda c: c.x0)) for k in sorted(rows)]


@pytest.mark.shared
def test_real_biorxiv_header_printed_seven_times(shared_dir):
    raw = page_chars(shared_dir / "corpus/real/hard_biorxiv_overprint_dupchars.pdf")
    chars, warnings = clean_page_chars(raw, page=1)
    header = lines_of([c for c in chars if c.top < 30])
    assert header[0].startswith("bioRxiv preprint doi: https://doi.org/")
    assert "bbbb" not in "".join(header)
    assert len(raw) - len(chars) == 2034  # 339 header glyphs, 6 extra copies each
    assert warnings == []


@pytest.mark.shared
def test_real_critical_care_title_printed_twice(shared_dir):
    raw = page_chars(shared_dir / "corpus/real/en_clinical_critcare_acth_cortisol.pdf")
    assert lines_of(raw)[0].startswith("CCrriittiiccaall")
    chars, _ = clean_page_chars(raw, page=1)
    assert lines_of(chars)[0] == "Critical Care"


@pytest.mark.shared
def test_real_kangxi_radicals_fold(shared_dir):
    raw = page_chars(shared_dir / "corpus/real/zh_medical_blood_routine_kangxi.pdf")
    assert "血常规" not in text_of(raw)
    chars, warnings = clean_page_chars(raw, page=1)
    text = text_of(chars)
    assert "血常规" in text and "门诊" in text
    assert not any(0x2E80 <= ord(c.text) <= 0x2FDF for c in chars)
    assert len(chars) == len(raw) and warnings == []


@pytest.mark.shared
def test_real_gbk_mojibake_is_recovered(shared_dir):
    raw = page_chars(shared_dir / "corpus/real/zh_journal_genetics_garbled_gbk.pdf")
    assert detect_mojibake(raw)
    chars, warnings = clean_page_chars(raw, page=1)
    text = text_of(chars)
    assert "基因外显子" in text and "微卫星" in text and "琼脂糖电泳图" in text
    # all 248 Latin-1 byte glyphs pair up: 124 characters (60 ideographs, 64 punctuation)
    assert warnings == [
        "page 1: text layer is mojibake (GBK read as Latin-1), recovered 124 characters [W002]"
    ]
    assert not any(0x80 <= ord(c.text[0]) <= 0xFF for c in chars if len(c.text) == 1 and c.text != "\u00b7")


@pytest.mark.shared
@pytest.mark.parametrize(
    "name",
    [
        "en_rct_bmj_smoking_pregnancy.pdf",
        "en_metaanalysis_pmj_hpylori_anaemia.pdf",
        "en_preclinical_mdpi_doxorubicin_mice.pdf",
        "en_clinical_immunomeres_table_page.pdf",
        "zh_journal_mgmtworld_p1.pdf",
        "zh_lab_report_cbc_arrows.pdf",
        "zh_medical_blood_routine_kangxi.pdf",
    ],
)
def test_real_normal_pages_are_not_mojibake(shared_dir, name):
    raw = page_chars(shared_dir / "corpus/real" / name)
    assert raw and not detect_mojibake(raw)
    chars, warnings = clean_page_chars(raw, page=1)
    assert warnings == []
    assert len(chars) >= 0.99 * len(raw)


@pytest.mark.parametrize(
    "font, text, expected",
    [
        ("AAAAAK+CMR9", "\u21b5", "ff"),  # TeX OT1 ff ligature mis-mapped to ↵
        ("BBBBBB+SFRM1000", "\u21b5", "ff"),
        ("Helvetica", "\u21b5", "\u21b5"),  # an arrow in an ordinary font stays one
    ],
)
def test_tex_ligature_mismapped_to_an_arrow(font, text, expected):
    from extractor.layout.glyphs import clean_page_chars

    e, lig, o = (Char(t, x, 0, x + 5, 10, 10, font, 8) for t, x in (("e", 0), (text, 5), ("o", 10)))
    out, _ = clean_page_chars([e, lig, o], 1)
    assert "".join(c.text for c in out) == "e" + expected + "o"


# --------------------------------------------------------------------- symbol fonts


def _run(text: str, font: str, x: float = 0.0, width: float = 5.0) -> list[Char]:
    return [Char(ch, x + i * width, 0, x + (i + 1) * width, 10, 10.0, font, 8.0) for i, ch in enumerate(text)]


def test_a_symbol_font_is_read_as_its_symbols_and_reported():
    from extractor.layout.glyphs import clean_page_chars, repair_page_symbols

    chars = (_run("mean", "TEXT+Serif") + [Char("6", 20, 0, 28.3, 10, 10.0, "SYMA+Sym", 8.0)]
             + _run("SD 80", "TEXT+Serif", 28.3) + [Char("e", 53.3, 0, 61.7, 10, 10.0, "SYMB+Dash", 8.0)]
             + _run("120", "TEXT+Serif", 61.7) + [Char("(cid:2)", 80, 0, 87.7, 10, 10.0, "SYMC+Math", 8.0)]
             + [Char("¼", 90, 0, 97.7, 10, 10.0, "SYMC+Math", 8.0)])
    cleaned, _ = clean_page_chars(chars, 3)
    out, warnings = repair_page_symbols(cleaned, 3)
    assert "".join(c.text for c in out) == "mean±SD 80–120−="
    assert len(out) == len(chars)
    assert warnings == ["page 3: 4 symbol(s) printed under the codes of letters and digits, repaired "
                        "(Dash: e→– ×1; Math: (cid:2)→− ×1, ¼→= ×1; Sym: 6→± ×1) [W011]"]


def test_a_text_fonts_own_digits_and_letters_are_left_alone():
    from extractor.layout.glyphs import repair_page_symbols

    # a font with only a 6 and an e on the page, but glyphs as wide as a digit's
    narrow = _run("6", "ITAL+Italic") + _run("e", "ITAL+Italic", 5.0)
    out, warnings = repair_page_symbols(_run("value ", "TEXT+Serif") + narrow, 1)
    assert "".join(c.text for c in out).endswith("6e") and warnings == []
    # a text font that happens to print a wide 6 among its other glyphs
    out, warnings = repair_page_symbols(_run("ab", "TEXT+Serif") + [Char("6", 10, 0, 19, 10, 10.0, "TEXT+Serif", 8.0)], 1)
    assert out[-1].text == "6" and warnings == []
