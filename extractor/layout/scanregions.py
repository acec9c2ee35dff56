"""Where the columns of a page image are, before Tesseract reads it.

Tesseract's own page analysis joins the lines of two columns across a
narrow gutter when it reads Chinese (``chi_sim``): a line of the left column
and its neighbour on the right become one line, their words interleaved.
So the page is cut into regions first, each read on its own:

* bands: runs of rows with ink, split at white rows (a band of a
  two-column page holds lines of both columns, as their lines need not
  line up);
* in each band, the segments between white gutters at least
  :data:`GUTTER_PT` wide;
* consecutive bands cut the same way (same number of segments, each
  overlapping the one above) make one group; each of its segments is a
  region: the full-width title and abstract one region, each column of the
  body one.

Only the image is looked at (ink below :data:`INK`), at a quarter of the
resolution: the cut needs gutters, not letters.
"""

from __future__ import annotations

from dataclasses import dataclass

#: a white gap at least this wide (points) between ink separates columns;
#: word spaces of justified text stay under it, gutters of journals (≥ 12 pt) do not
GUTTER_PT = 9.0
#: grey levels below this are ink
INK = 160
#: the image is looked at every STEP pixels (75 dpi of a 300 dpi render)
STEP = 4


@dataclass(frozen=True, slots=True)
class Region:
    """A rectangle of the page image, in its pixels."""

    x0: int
    y0: int
    x1: int
    y1: int


def column_regions(image, dpi: int) -> list[Region]:
    """Regions of a greyscale PIL image to read one by one, top to bottom
    and left to right within a group (the layout orders the text anyway)."""
    import numpy as np

    ink = np.asarray(image)[::STEP, ::STEP] < INK
    height, width = ink.shape
    gutter = max(2, round(GUTTER_PT / 72 * dpi / STEP))
    groups: list[tuple[int, int, list[tuple[int, int]]]] = []  # (y0, y1, segments)
    for y0, y1 in _runs(ink.any(axis=1)):
        segments = _segments(ink[y0:y1].any(axis=0), gutter)
        if groups and _same_cut(groups[-1][2], segments):
            top, _, previous = groups[-1]
            merged = [(min(a[0], b[0]), max(a[1], b[1])) for a, b in zip(previous, segments)]
            groups[-1] = (top, y1, merged)
        else:
            groups.append((y0, y1, segments))
    pad = STEP * 3  # Tesseract reads a glyph touching the edge poorly
    full_w, full_h = image.width, image.height
    return [
        Region(max(0, x0 * STEP - pad), max(0, y0 * STEP - pad), min(full_w, x1 * STEP + pad), min(full_h, y1 * STEP + pad))
        for y0, y1, segments in groups
        for x0, x1 in segments
    ] or [Region(0, 0, full_w, full_h)]


def _runs(mask) -> list[tuple[int, int]]:
    """(start, end) of each run of True."""
    out: list[tuple[int, int]] = []
    start = None
    for i, value in enumerate(mask.tolist()):
        if value and start is None:
            start = i
        elif not value and start is not None:
            out.append((start, i))
            start = None
    if start is not None:
        out.append((start, len(mask)))
    return out


def _segments(columns_ink, gutter: int) -> list[tuple[int, int]]:
    """Runs of ink columns, joined across gaps narrower than ``gutter``."""
    out: list[tuple[int, int]] = []
    for start, end in _runs(columns_ink):
        if out and start - out[-1][1] < gutter:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _same_cut(above: list[tuple[int, int]], below: list[tuple[int, int]]) -> bool:
    return len(above) == len(below) and all(min(a[1], b[1]) > max(a[0], b[0]) for a, b in zip(above, below))
