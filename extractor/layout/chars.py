"""The character record every layout step works on.

A PDF engine (pdfplumber, pypdfium2, or a test) turns each page into a
:class:`PageChars`: glyphs with their boxes, sizes, fonts and baselines, plus
the ruling lines tables are drawn with.  Nothing after this module knows which
engine produced them.

Coordinates are PDF points, top-down (``top`` grows downwards), as pdfplumber
reports them, in the page's displayed space: its ``/Rotate`` applied, as a
viewer (and the review page's image of it) shows the page.

Text need not run left to right on the displayed page: a landscape table
printed sideways, a caption turned along a figure, a page scanned upright
and shown turned.  Each glyph says which way its line runs
(:attr:`Char.rotation`); the layout reads each direction in a
:class:`ReadingFrame`, where that text is upright, and maps boxes back.

Both engines leave out what the clipping path hides (:func:`clipped_out`):
the text layer is what a reader sees.
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: (x0, y0, x1, y1)
Box = tuple[float, float, float, float]


@dataclass(slots=True, unsafe_hash=True)
class Char:
    """One glyph as printed.  Never changed once made (``dataclasses.replace``
    makes another); not ``frozen`` only because a frozen dataclass costs
    twice as much to construct, and a page holds thousands of glyphs."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    font: str = ""
    #: where the baseline lies across the writing direction: its y (top-down)
    #: for text that runs across the page (rotation 0 or 180), its x for
    #: text that runs up or down it (90, 270).  Superscripts sit above their
    #: line's baseline, subscripts below; the box alone cannot tell them
    #: apart because it depends on the font's descent.
    baseline: float = 0.0
    #: which way the text runs on the displayed page, in degrees
    #: counterclockwise: 0 left to right, 90 bottom to top, 180 upside
    #: down, 270 top to bottom (:func:`rotation_of`)
    rotation: int = 0

    @property
    def upright(self) -> bool:
        return self.rotation == 0

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def bold(self) -> bool:
        name = self.font.lower()
        return "bold" in name or "black" in name or "heavy" in name or name.endswith(",b")

    def with_text(self, text: str) -> "Char":
        # what dataclasses.replace gives, a dozen times faster
        return Char(text, self.x0, self.top, self.x1, self.bottom, self.size, self.font, self.baseline, self.rotation)


def rotation_of(a: float, b: float) -> int:
    """The direction a glyph's text runs (0, 90, 180 or 270, see
    :attr:`Char.rotation`), from its matrix's first row in device space (y
    up): the advance vector ``(a, b)``.  Slanted text takes the nearest
    quarter turn."""
    if abs(a) >= abs(b):
        return 0 if a >= 0 else 180
    return 90 if b > 0 else 270


@dataclass(slots=True, frozen=True)
class ReadingFrame:
    """The displayed page turned so that text of one direction reads left
    to right, top to bottom: coordinates in it are what the layout of
    upright text expects.  ``width`` and ``height`` are the displayed
    page's; :attr:`size` the frame's own.

    Text running down the page (270) is read with the page turned a
    quarter counterclockwise: its first glyph, at the top, comes to the
    left, and the tops of its glyphs, which face right, come to the top.
    """

    rotation: int
    width: float
    height: float

    @property
    def size(self) -> tuple[float, float]:
        """(width, height) of the frame."""
        if self.rotation in (90, 270):
            return self.height, self.width
        return self.width, self.height

    def box(self, x0: float, top: float, x1: float, bottom: float) -> Box:
        """A displayed box in the frame."""
        w, h = self.width, self.height
        r = self.rotation
        if r == 270:
            return top, w - x1, bottom, w - x0
        if r == 90:
            return h - bottom, x0, h - top, x1
        if r == 180:
            return w - x1, h - bottom, w - x0, h - top
        return x0, top, x1, bottom

    def display_box(self, x0: float, top: float, x1: float, bottom: float) -> Box:
        """A box of the frame on the displayed page (inverse of :meth:`box`)."""
        w, h = self.width, self.height
        r = self.rotation
        if r == 270:
            return w - bottom, x0, w - top, x1
        if r == 90:
            return top, h - x1, bottom, h - x0
        if r == 180:
            return w - x1, h - bottom, w - x0, h - top
        return x0, top, x1, bottom

    def baseline(self, value: float) -> float:
        """A glyph's :attr:`Char.baseline` as the frame's y."""
        r = self.rotation
        if r == 270:
            return self.width - value
        if r == 180:
            return self.height - value
        return value

    def char(self, c: "Char") -> "Char":
        """A glyph of this frame's direction, set upright in the frame."""
        if self.rotation == 0:
            return c
        x0, top, x1, bottom = self.box(c.x0, c.top, c.x1, c.bottom)
        return Char(c.text, x0, top, x1, bottom, c.size, c.font, self.baseline(c.baseline), 0)

    def ruling(self, r: "Ruling") -> "Ruling":
        return r if self.rotation == 0 else Ruling(*self.box(r.x0, r.top, r.x1, r.bottom))


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
    #: set when text drawn at size 0 (a font size or a text matrix of 0)
    #: was left out: it shows nothing.  The pdfium engine checks the pages
    #: that gave no other glyph only.
    zero_size: bool = False
    #: warnings about the page (a bound of :mod:`extractor.limits` reached)
    notes: list[str] = field(default_factory=list)
    #: drawn shapes thicker than a ruling (rectangles, curves: boxes of a
    #: flow chart, a shaded panel, a plotted line) and images, as boxes
    #: (x0, top, x1, bottom), at least :data:`SHAPE_MIN` on both sides:
    #: where figures and framed boxes are (:mod:`extractor.layout.figures`)
    shapes: list[Box] = field(default_factory=list)


#: a drawn shape or an image smaller than this (points) on either side is
#: a mark (a plotted point, a bullet), not a region of the page
SHAPE_MIN = 6.0


def is_shape(x0: float, top: float, x1: float, bottom: float) -> bool:
    """Whether a drawn box is a shape (:attr:`PageChars.shapes`)."""
    return x1 - x0 >= SHAPE_MIN and bottom - top >= SHAPE_MIN


#: a glyph shows when at least this share of its width, and of its height,
#: lies inside the clipping path: one cut by the clip's edge is still read,
#: one merely touching it (its box is an em tall and reaches below the
#: baseline) is not
GLYPH_SHARE = 0.25
#: a ruling shows when any of it lies inside (a table rule may be cut short)
RULE_SHARE = 1e-6


def clipped_out(box: Box, clip: Box, min_share: float = GLYPH_SHARE) -> bool:
    """Whether the clipping path hides a glyph (or, with ``RULE_SHARE``, a rule).

    Both are boxes ``(x0, y0, x1, y1)`` in one coordinate system, either
    direction of y; ``clip`` is the bounding box of the clipping path, a
    superset of it, so nothing visible is dropped.  What lies outside is not
    printed: a figure placed from a whole page of another PDF, its form
    XObject's BBox cutting the figure out, still holds that page's text.
    """
    x0, y0, x1, y1 = box
    cx0, cy0, cx1, cy1 = clip
    if cx0 <= x0 and x1 <= cx1 and cy0 <= y0 and y1 <= cy1:  # the usual case
        return False
    return min(_share_inside(x0, x1, cx0, cx1), _share_inside(y0, y1, cy0, cy1)) < min_share


def _share_inside(low: float, high: float, clip_low: float, clip_high: float) -> float:
    """How much of the span low..high lies within clip_low..clip_high (0..1)."""
    if high - low <= 1e-9:  # a hairline or a zero-width glyph: its position decides
        return 1.0 if clip_low <= low <= clip_high else 0.0
    return max(0.0, min(high, clip_high) - max(low, clip_low)) / (high - low)


def intersect_clip(clip: Box | None, box: Box) -> Box:
    """A clip narrowed by a further clipping box (``None``: no clip yet).
    An empty intersection stays inverted (x0 > x1), so it hides everything."""
    if clip is None:
        return box
    return (max(clip[0], box[0]), max(clip[1], box[1]), min(clip[2], box[2]), min(clip[3], box[3]))


def merge_boxes(chars: list[Char]) -> tuple[float, float, float, float]:
    """Bounding box (x0, top, x1, bottom) of some chars."""
    return (
        min(c.x0 for c in chars),
        min(c.top for c in chars),
        max(c.x1 for c in chars),
        max(c.bottom for c in chars),
    )
