"""The character record every layout step works on.

A PDF engine (pdfplumber, pypdfium2, or a test) turns each page into a
:class:`PageChars`: glyphs with their boxes, sizes, fonts and baselines, plus
the ruling lines tables are drawn with.  Nothing after this module knows which
engine produced them.

Coordinates are PDF points, top-down (``top`` grows downwards), as pdfplumber
reports them.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace


@dataclass(slots=True, frozen=True)
class Char:
    """One glyph as printed."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    font: str = ""
    #: y of the baseline (top-down).  Superscripts sit above their line's
    #: baseline, subscripts below; ``bottom`` alone cannot tell them apart
    #: because it depends on the font's descent.
    baseline: float = 0.0
    upright: bool = True

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def bold(self) -> bool:
        name = self.font.lower()
        return "bold" in name or "black" in name or "heavy" in name or name.endswith(",b")

    def with_text(self, text: str) -> "Char":
        return replace(self, text=text)


@dataclass(slots=True, frozen=True)
class Ruling:
    """A drawn line or thin rectangle (table rules, separators)."""

    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def horizontal(self) -> bool:
        return (self.x1 - self.x0) > 3 * max(self.bottom - self.top, 0.5)


@dataclass(slots=True)
class PageChars:
    """Everything the layout needs from one page."""

    number: int  # 1-based
    width: float
    height: float
    chars: list[Char]
    rulings: list[Ruling] = field(default_factory=list)
    image_count: int = 0
    #: set when the page's content could not be read at all
    error: str | None = None


def merge_boxes(chars: list[Char]) -> tuple[float, float, float, float]:
    """Bounding box (x0, top, x1, bottom) of some chars."""
    return (
        min(c.x0 for c in chars),
        min(c.top for c in chars),
        max(c.x1 for c in chars),
        max(c.bottom for c in chars),
    )
