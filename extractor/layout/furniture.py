"""Running headers, footers and page numbers.

They are recognised by where they sit (the top or bottom band of the page)
and by repetition: the same text, numbers aside, on other pages.  Page
numbers alone ("12", "· 755 ·", "Page 4 of 8") need no repetition.  What is
found is kept as metadata, out of the body text.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from .lines import Line

#: share of the page height, from the top and from the bottom, where running
#: heads and feet live
ZONE = 0.085
#: similarity (0–100) of two masked lines that makes them the same running head
SAME_TEXT = 88

_PAGE_NUMBER = re.compile(
    r"^\W{0,3}(page\s*)?(\d{1,4}|[ivxlc]{1,6})(\s*(of|/)\s*\d{1,4})?\W{0,3}$|^第\s*\d+\s*页(\s*共\s*\d+\s*页)?$",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d+")
_SPACE = re.compile(r"\s+")


def _mask(text: str) -> str:
    return _SPACE.sub("", _DIGITS.sub("#", text))


def is_page_number(text: str) -> bool:
    return bool(_PAGE_NUMBER.match(text.strip()))


def in_zone(line: Line, page_height: float) -> str | None:
    if line.bottom <= page_height * ZONE + 10:
        return "header"
    if line.top >= page_height * (1 - ZONE) - 10:
        return "footer"
    return None


def find_furniture(pages: list[tuple[float, list[Line]]]) -> set[tuple[int, int]]:
    """(page index, line index) of every running head/foot or page number.

    ``pages`` holds each page's height and its lines.
    """
    candidates: list[tuple[int, int, str, str]] = []  # page, line, zone, masked
    for p, (height, lines) in enumerate(pages):
        for i, line in enumerate(lines):
            zone = in_zone(line, height)
            if zone:
                candidates.append((p, i, zone, _mask(line.text)))
    found: set[tuple[int, int]] = set()
    for p, i, zone, masked in candidates:
        text = pages[p][1][i].text
        if is_page_number(text):
            found.add((p, i))
            continue
        if len(masked) < 4:
            continue
        # running heads alternate between odd and even pages: look two pages
        # either way, which also keeps this linear in the page count
        for q, j, other_zone, other in candidates:
            if q == p or abs(q - p) > 3 or other_zone != zone or len(other) < 4:
                continue
            if fuzz.partial_ratio(masked, other) >= SAME_TEXT and min(len(masked), len(other)) >= 0.3 * max(len(masked), len(other)):
                found.add((p, i))
                break
    return found
