"""The text layer: what a parsed PDF is, for every later stage.

PDF → :class:`Document` (pages, sections, blocks, sentences, each character
pinned to a box on its page).  Matchers read sentences; the review page reads
boxes.  Nothing here knows about pdfplumber.
"""

from __future__ import annotations

import re
from array import array
from dataclasses import dataclass, field
from itertools import chain
from operator import itemgetter
from enum import Enum
from typing import Iterable, Iterator

#: (page, x0, top, x1, bottom); page is 1-based.
Box = tuple[int, float, float, float, float]
#: a character the layout inserted: page 0 (see CharBoxes)
_NO_BOX = (0, 0.0, 0.0, 0.0, 0.0)
_PAGE = itemgetter(0)
_COORDS = itemgetter(1, 2, 3, 4)
#: CharBoxes.extend takes this many boxes or more through numpy
_ARRAYS_FROM = 64


class BlockKind(str, Enum):
    PARAGRAPH = "paragraph"
    HEADING = "heading"
    TABLE = "table"  # one block per table row; cells joined by " | "
    CAPTION = "caption"  # a figure's caption, read with the figure's text
    REFERENCE = "reference"  # one block per entry of the reference list
    #: text inside a figure: one block per box of a flow chart or cluster of
    #: labels (an axis title, a legend), never a paragraph or a heading
    FIGURE = "figure"


class Lang(str, Enum):
    ZH = "zh"
    EN = "en"


class CharBoxes:
    """One box per character of a text, stored compactly.

    Characters the layout inserted (spaces between words, ``^`` before a
    superscript) have no glyph: their page is 0 and :meth:`span` skips them.
    A 300-page PDF holds about a million characters, so this is two arrays,
    not a million tuples.
    """

    __slots__ = ("_pages", "_coords", "rotation")

    def __init__(self, rotation: int = 0) -> None:
        self._pages = array("H")
        self._coords = array("f")
        #: which way the text runs on the page (Char.rotation): how
        #: :meth:`span` joins boxes into line pieces
        self.rotation = rotation

    def __len__(self) -> int:
        return len(self._pages)

    def append(self, box: Box | None) -> None:
        if box is None:
            self._pages.append(0)
            self._coords.extend((0.0, 0.0, 0.0, 0.0))
        else:
            self._pages.append(box[0])
            self._coords.extend(box[1:])

    def extend(self, boxes: Iterable[Box | None]) -> None:
        filled = [_NO_BOX if box is None else box for box in boxes]
        if len(filled) < _ARRAYS_FROM:
            self._pages.extend(map(_PAGE, filled))
            self._coords.extend(chain.from_iterable(map(_COORDS, filled)))
            return
        # a block's worth through numpy, which rounds each coordinate to
        # float32 as array("f") does, and faster
        import numpy as np

        n = len(filled)
        table = np.fromiter(chain.from_iterable(filled), np.float64, 5 * n).reshape(n, 5)
        pages = table[:, 0]
        if pages.max() > 0xFFFF or pages.min() < 0:  # as array("H") would say
            raise OverflowError("a page number out of the range of unsigned short")
        self._pages.frombytes(pages.astype(np.uint16).tobytes())
        self._coords.frombytes(table[:, 1:].astype(np.float32).tobytes())

    def __getitem__(self, i: int) -> Box | None:
        page = self._pages[i]
        if page == 0:
            return None
        c = self._coords
        return (page, c[4 * i], c[4 * i + 1], c[4 * i + 2], c[4 * i + 3])

    def __iter__(self) -> Iterator[Box | None]:
        for i in range(len(self)):
            yield self[i]

    def slice(self, start: int, end: int) -> "CharBoxes":
        out = CharBoxes(self.rotation)
        out._pages = self._pages[start:end]
        out._coords = self._coords[4 * start : 4 * end]
        return out

    def span(self, start: int = 0, end: int | None = None) -> list[Box]:
        """Boxes covering text[start:end], one per printed line piece.

        Consecutive characters on the same page and line are merged, so a span
        that wraps over two lines gives two boxes: what a highlighter draws.
        A line runs the way :attr:`rotation` says: across the page, or up
        or down it for sideways text.
        """
        end = len(self) if end is None else end
        merged: list[list[float]] = []
        for i in range(start, end):
            box = self[i]
            if box is None:
                continue
            page, x0, top, x1, bottom = box
            if merged:
                last = merged[-1]
                if last[0] == page and _next_on_line(self.rotation, last, x0, top, x1, bottom):
                    if self.rotation:
                        last[1] = min(last[1], x0)
                    last[3] = max(last[3], x1)
                    last[2] = min(last[2], top)
                    last[4] = max(last[4], bottom)
                    continue
            merged.append([page, x0, top, x1, bottom])
        return [(int(m[0]), round(m[1], 1), round(m[2], 1), round(m[3], 1), round(m[4], 1)) for m in merged]

    def pages(self) -> list[int]:
        return sorted(set(self._pages) - {0})


def _next_on_line(rotation: int, last: list[float], x0: float, top: float, x1: float, bottom: float) -> bool:
    """Whether a glyph box continues the line piece ``last`` ([page, x0,
    top, x1, bottom]) in the direction the text runs."""
    if rotation in (90, 270):  # running up or down the page
        beside = min(x1, last[3]) - max(x0, last[1]) > 0.5 * (x1 - x0)
        return beside and (top >= last[4] - 2.0 if rotation == 270 else bottom <= last[2] + 2.0)
    beside = min(bottom, last[4]) - max(top, last[2]) > 0.5 * (bottom - top)
    return beside and (x0 >= last[3] - 2.0 if rotation == 0 else x1 <= last[1] + 2.0)


@dataclass(slots=True)
class Sentence:
    text: str
    page: int
    lang: Lang
    section: str | None
    kind: BlockKind
    boxes: CharBoxes
    block: int  # index of the block it belongs to
    start: int  # offset of the sentence in its block's text

    def span_boxes(self, start: int, end: int) -> list[Box]:
        return self.boxes.span(start, end)

    def page_at(self, start: int) -> int:
        """The page of the first printed character from ``start`` on (a
        sentence may run over a page break)."""
        for i in range(start, len(self.boxes)):
            box = self.boxes[i]
            if box is not None:
                return box[0]
        return self.page


@dataclass(slots=True)
class Block:
    """A paragraph, heading, table row, caption or reference entry."""

    index: int
    kind: BlockKind
    text: str
    boxes: CharBoxes
    page: int
    section: str | None = None
    lang: Lang = Lang.EN
    sentences: list[Sentence] = field(default_factory=list)
    #: heading level (1 for "1 引言", 2 for "2.3 …"); 0 for non-headings
    level: int = 0
    #: which way its text runs on the page (Char.rotation): 0 upright, 90
    #: up the page, 180 upside down, 270 down the page (a sideways table)
    rotation: int = 0


@dataclass(slots=True)
class Section:
    title: str
    level: int
    page: int
    #: what the heading is, from the section vocabulary ("abstract",
    #: "methods", "references", …) or None for a numbered topical heading
    kind: str | None = None


@dataclass(slots=True)
class Furniture:
    """A running header, footer or page number, kept out of the body."""

    page: int
    text: str
    position: str  # "header" | "footer"


@dataclass(slots=True)
class Document:
    path: str
    sha256: str
    pages: int
    blocks: list[Block] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    furniture: list[Furniture] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    title: str | None = None
    #: pages whose text was read by OCR (:mod:`extractor.layout.ocr`), not
    #: taken from a text layer: their text may hold misreadings
    ocr_pages: list[int] = field(default_factory=list)

    @property
    def languages(self) -> list[str]:
        seen: dict[str, int] = {}
        for block in self.blocks:
            seen[block.lang.value] = seen.get(block.lang.value, 0) + len(block.text)
        return [lang for lang, _ in sorted(seen.items(), key=lambda kv: -kv[1])]

    def sentences(self) -> Iterator[Sentence]:
        for block in self.blocks:
            yield from block.sentences

    def reference_entries(self) -> dict[str, str]:
        """The reference list by number: ``{"3": "[3] Tanaka S, …"}`` (the
        first entry of a number, as citations are resolved to it)."""
        out: dict[str, str] = {}
        for block in self.blocks:
            if block.kind is BlockKind.REFERENCE:
                m = _ENTRY_NUMBER.match(block.text)
                if m:
                    out.setdefault(m.group(1), block.text)
        return out


#: the number a reference-list entry starts with: "[12] …", "12. …"
_ENTRY_NUMBER = re.compile(r"^\s*\[?(\d{1,3})[\].]")
