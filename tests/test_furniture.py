"""Running heads and feet: by position and repetition; page numbers by shape."""

from __future__ import annotations

import pytest

from extractor.layout.furniture import find_furniture, is_page_number
from extractor.layout.lines import fragments, render
from charfactory import glyphs

HEIGHT = 842.0


def page(number: int, head: str, body: str):
    chars = glyphs(head, 300 if number % 2 else 50, 40, size=7.5)
    chars += glyphs(body, 50, 400)
    chars += glyphs(str(100 + number), 290, 810, size=8)
    return HEIGHT, [render(f, number) for f in fragments(chars)]


@pytest.mark.parametrize("text", ["12", "· 755 ·", "- 3 -", "Page 4 of 8", "第 3 页", "iv"])
def test_page_numbers(text):
    assert is_page_number(text)


@pytest.mark.parametrize("text", ["2.3 联合移植策略", "Table 1", "n = 15", "Results"])
def test_not_page_numbers(text):
    assert not is_page_number(text)


def test_running_head_found_across_pages_numbers_aside():
    pages = [page(n, f"J Invented Med 2024; 3: {100 + n}", f"Body text number {n} differs") for n in range(1, 5)]
    found = find_furniture(pages)
    for p, (_, lines) in enumerate(pages):
        texts = {lines[i].text for (q, i) in found if q == p}
        assert any(t.startswith("J Invented Med") for t in texts)
        assert str(101 + p) in texts
        assert not any(t.startswith("Body text") for t in texts)


def test_a_single_line_in_the_margin_is_not_a_running_head():
    pages = [page(1, "Received 2024-01-02; accepted 2024-03-04", "Body")]
    found = find_furniture(pages)
    assert {pages[0][1][i].text for _, i in found} == {"101"}
