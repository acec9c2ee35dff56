"""Reading order: full-width bands, gutters, columns read one after the other."""

from __future__ import annotations

from extractor.layout.columns import find_gutters, reading_order
from extractor.layout.lines import fragments, render
from charfactory import glyphs


def page_lines(chars):
    return [render(f, 1) for f in fragments(chars)]


def two_column_page(stagger: float = 0.0):
    chars = glyphs("A full width title that runs across the whole page width", 50, 60, size=14)
    chars += glyphs("An abstract line also crossing the gutter from left to right ok", 50, 90)
    for i in range(8):
        chars += glyphs(f"left column line {i} with words", 50, 130 + 14 * i)
        chars += glyphs(f"right column line {i} with words", 320, 130 + 14 * i + stagger)
    chars += glyphs("A footnote line that again spans the full width of the page ok", 50, 300)
    return page_lines(chars)


def texts(placed):
    return [p.line.text for p in placed]


def test_gutter_found_between_columns():
    [gutter] = find_gutters(two_column_page())
    # the white strip between the longest left line and the right column
    assert 180 < gutter.x0 < gutter.x1 <= 320


def test_columns_are_read_one_after_the_other_between_bands():
    order = texts(reading_order(two_column_page(), []))
    assert order[0].startswith("A full width title")
    assert order[1].startswith("An abstract line")
    assert order[2:10] == [f"left column line {i} with words" for i in range(8)]
    assert order[10:18] == [f"right column line {i} with words" for i in range(8)]
    assert order[18].startswith("A footnote line")


def test_columns_with_staggered_baselines():
    order = texts(reading_order(two_column_page(stagger=5.5), []))
    assert order[2:10] == [f"left column line {i} with words" for i in range(8)]


def test_single_column_page_has_no_gutter():
    chars = []
    for i in range(10):
        chars += glyphs(f"line {i} of a page set in one column only, long enough", 50, 100 + 14 * i)
    lines = page_lines(chars)
    assert find_gutters(lines) == []
    assert texts(reading_order(lines, []))[0].startswith("line 0")


def test_reference_numbers_beside_hanging_text_are_not_a_column():
    chars = []
    for i in range(6):
        chars += glyphs(f"[{i + 1}]", 50, 100 + 12 * i)
        chars += glyphs(f"Author A, Author B. A title of paper number {i + 1}.", 75, 100 + 12 * i)
    order = texts(reading_order(page_lines(chars), []))
    assert order[0] == "[1] Author A, Author B. A title of paper number 1."


def test_lone_heading_above_two_columns_cuts_the_page():
    chars = []
    for i in range(4):
        chars += glyphs(f"back matter left {i} words words", 50, 100 + 12 * i)
        chars += glyphs(f"back matter right {i} words words", 320, 100 + 12 * i)
    chars += glyphs("References", 50, 170, size=12, font="Times-Bold")
    for i in range(4):
        chars += glyphs(f"[{i}] reference left entry words", 50, 200 + 12 * i)
        chars += glyphs(f"[{i + 4}] reference right entry words", 320, 200 + 12 * i)
    order = texts(reading_order(page_lines(chars), []))
    assert order.index("back matter right 3 words words") < order.index("References")
    assert order.index("References") < order.index("[0] reference left entry words")
