"""Glyphs → line fragments: spaces from gaps, superscripts and subscripts."""

from __future__ import annotations

import pytest

from extractor.layout.lines import fragments, render, script_text, ROLE_SUB, ROLE_SUPER
from charfactory import glyphs, right


def lines_of(chars):
    return [render(f, 1) for f in sorted(fragments(chars), key=lambda f: (f.baseline, f.x0))]


def test_exponent_is_written_with_a_caret():
    base = glyphs("5×10", 100, 200)
    exp = glyphs("6", right(base) + 0.2, 200 - 3.5, size=6.5)
    tail = glyphs(" cells", right(exp), 200)
    [line] = lines_of(base + exp + tail)
    assert line.text == "5×10^6 cells"
    # the caret is the layout's own mark: it has no box; the 6 keeps its own
    assert line.boxes[4] is None
    assert line.boxes[5][1] == exp[0].x0


def test_two_digit_exponent_uses_braces():
    base = glyphs("10", 100, 200)
    exp = glyphs("12", right(base), 196.5, size=6.5)
    [line] = lines_of(base + exp)
    assert line.text == "10^{12}"


def test_citation_marker_does_not_fuse_with_the_number_before_it():
    body = glyphs("increased by 30%", 100, 200)
    cite = glyphs("[23]", right(body) + 0.3, 196.5, size=6.0)
    rest = glyphs(". Then", right(cite) + 0.2, 200)
    [line] = lines_of(body + cite + rest)
    assert line.text == "increased by 30%^[23]. Then"


def test_chinese_citation_after_a_word():
    body = glyphs("卵巢体积", 100, 300, size=9.5)
    cite = glyphs("[8]", right(body), 296.8, size=5.9)
    rest = glyphs("，提示", right(cite), 300, size=9.5)
    [line] = lines_of(body + cite + rest)
    assert line.text == "卵巢体积^[8]，提示"


def test_subscript():
    body = glyphs("E", 100, 200)
    sub = glyphs("2", right(body), 201.5, size=6.5)
    rest = glyphs(" levels", right(sub), 200)
    [line] = lines_of(body + sub + rest)
    assert line.text == "E_2 levels"


def test_small_text_on_its_own_line_is_not_a_script():
    footnote = glyphs("Received 2024", 100, 700, size=6.0)
    body = glyphs("Body text here", 100, 680, size=10.0)
    texts = [l.text for l in lines_of(footnote + body)]
    assert texts == ["Body text here", "Received 2024"]


@pytest.mark.parametrize(
    "gap_em, expected",
    [(0.0, "stemcells"), (0.05, "stemcells"), (0.15, "stem cells"), (0.3, "stem cells")],
)
def test_word_space_is_decided_from_the_gap(gap_em, expected):
    a = glyphs("stem", 100, 200)
    b = glyphs("cells", right(a) + gap_em * 10, 200)
    [line] = lines_of(a + b)
    assert line.text == expected


def test_justified_chinese_gets_no_spaces():
    chars = glyphs("间充质干细胞治疗", 100, 200, size=9.5, gap=0.3 * 9.5)
    [line] = lines_of(chars)
    assert line.text == "间充质干细胞治疗"


def test_space_between_chinese_and_latin_kept_as_printed():
    spaced = glyphs("脂肪", 100, 200, size=9.5) + glyphs("MSC", 100 + 2 * 9.5 + 5.0, 200, size=9.5)
    tight = glyphs("脐带", 100, 220, size=9.5) + glyphs("MSC", 100 + 2 * 9.5, 220, size=9.5)
    assert [l.text for l in lines_of(spaced + tight)] == ["脂肪 MSC", "脐带MSC"]


def test_a_wide_gap_splits_fragments_like_a_gutter():
    left = glyphs("left column text", 50, 200)
    right_col = glyphs("right column text", 320, 200)
    assert [l.text for l in lines_of(left + right_col)] == ["left column text", "right column text"]


def test_bold_prefix_marks_an_inline_heading():
    head = glyphs("1.1 Methods", 50, 200, font="Times-Bold")
    body = glyphs(" We enrolled", right(head), 200)
    [line] = lines_of(head + body)
    assert line.text == "1.1 Methods We enrolled"
    assert line.text[: line.bold_prefix] == "1.1 Methods"


@pytest.mark.parametrize(
    "printed, role, written",
    [
        ("6", ROLE_SUPER, "^6"),
        ("12", ROLE_SUPER, "^{12}"),
        ("[23]", ROLE_SUPER, "^[23]"),
        ("[4-6]", ROLE_SUPER, "^[4-6]"),
        ("(5)", ROLE_SUPER, "^[5]"),
        ("[4-", ROLE_SUPER, "^[4-"),
        ("6]", ROLE_SUPER, "^6]"),
        ("high", ROLE_SUPER, "^{high}"),
        ("2", ROLE_SUB, "_2"),
        ("max", ROLE_SUB, "_{max}"),
    ],
)
def test_script_text(printed, role, written):
    assert script_text(printed, role) == written


def test_a_line_running_down_the_page_reads_in_its_frame():
    """Glyphs running down (a sideways caption), set upright in their
    reading frame: one line, in the order they run, a script included."""
    from extractor.layout.chars import Char, ReadingFrame

    frame = ReadingFrame(270, 595.0, 842.0)
    base = glyphs("IU per L", 100, 500)
    upright = base + glyphs("2", right(base) + 0.2, 496.5, size=6.5)
    # the same glyphs as printed, running down the page: back from the frame
    printed = [Char(c.text, *frame.display_box(c.x0, c.top, c.x1, c.bottom), c.size, c.font,
                    595.0 - c.baseline, rotation=270) for c in upright]
    assert all(c.x1 - c.x0 == c.size for c in printed[:3])  # an em wide, one advance tall
    [line] = lines_of([frame.char(c) for c in reversed(printed)])
    assert line.text == "IU per L^2"


@pytest.mark.parametrize("first, second", [(f"F{k}-Bold", f"F{k}-Roman") for k in range(4)]
                         + [(f"G{k}-Roman", f"G{k}-Bold") for k in range(4)])
def test_a_line_set_half_in_each_of_two_fonts_takes_the_first(first, second):
    # a tie between fonts is decided by reading order, not by the order of
    # a set of names (which changes from one run of Python to the next)
    head = glyphs("Word", 100, 200, font=first)
    tail = glyphs("text", right(head) + 2.5, 200, font=second)
    [line] = lines_of(head + tail)
    assert line.text == "Word text"
    assert line.font == first
