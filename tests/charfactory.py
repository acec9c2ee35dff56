"""Build glyphs by hand, for layout tests that need exact geometry."""

from __future__ import annotations

from extractor.layout.chars import Char
from extractor.lang.script import is_cjk


def glyphs(
    text: str,
    x: float,
    baseline: float,
    size: float = 10.0,
    font: str = "Times-Roman",
    gap: float = 0.0,
    space: float | None = None,
) -> list[Char]:
    """Characters of `text` set from x on a baseline.

    Latin glyphs are half an em wide, CJK glyphs a full em; a space advances
    by `space` (default a quarter em) and prints no glyph; `gap` is added
    between all glyphs (letter-spacing).
    """
    out: list[Char] = []
    space = 0.25 * size if space is None else space
    for ch in text:
        if ch == " ":
            x += space
            continue
        width = size if is_cjk(ch) else 0.5 * size
        out.append(
            Char(ch, x, baseline - 0.8 * size, x + width, baseline + 0.2 * size, size, font, baseline)
        )
        x += width + gap
    return out


def right(chars: list[Char]) -> float:
    return max(c.x1 for c in chars)
