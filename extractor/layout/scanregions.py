"""Where the columns of a page image are, before Tesseract reads it.

Tesseract's own page analysis joins the lines of two columns across a
narrow gutter when it reads Chinese (``chi_sim``): a line of the left column
and its neighbour on the right become one line, their words interleaved.
So the page is cut into regions first, each read on its own:

* bands: runs of rows with ink, split at white rows (a band of a
  two-column page holds lines of both columns, as their lines need not
  line up);
* in each band, the segments between white gutters at least
  :data:`GUTTER_PT` wide, where the gutter runs on into a band next to it
  or the band is tall (:data:`TALL_PT`): a wide gap in one short line (a
  heading's number and its words, ``。`` ending a line early) is no gutter,
  and a line cut there reads as two words out of context;
* consecutive bands cut the same way (same number of segments, each
  overlapping the one above) make one group; each of its segments is a
  region: the full-width title and abstract one region, each column of the
  body one.

Only the image is looked at (ink below :data:`INK`), at a quarter of the
resolution: the cut needs gutters, not letters.  A region holds no ink of
the lines around it (a sliver of the next line reads as noise).
"""

from __future__ import annotations

from dataclasses import dataclass

#: a white gap at least this wide (points) between ink separates columns;
#: word spaces of justified text stay under it, gutters of journals (≥ 12 pt) do not
GUTTER_PT = 9.0
#: rows of ink closer than this (points) are one band: a superscript and
#: its line, the lines of a tightly set paragraph
JOIN_PT = 2.0
#: a band this tall (points, some three lines) shows a gutter by itself; a
#: shorter one cuts only where a band next to it has white too, so a gap in
#: one line (after a heading's number, after "。" at a line end) is no gutter
TALL_PT = 36.0
#: grey levels below this are ink
INK = 160
#: the image is looked at in blocks of STEP × STEP pixels (75 dpi of a 300
#: dpi render), a block with any ink being ink: the cut needs gutters, not
#: letters, but a thin stroke (the one stroke of 一) must not be stepped over
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
    and left to right within a group (the layout orders the text anyway).
    A region holds whole lines: it reaches no ink of the lines around it."""
    import numpy as np

    pixels = np.asarray(image) < INK
    full_h, full_w = pixels.shape
    h, w = -(-full_h // STEP), -(-full_w // STEP)
    padded = np.zeros((h * STEP, w * STEP), dtype=bool)
    padded[:full_h, :full_w] = pixels
    ink = padded.reshape(h, STEP, w, STEP).any(axis=(1, 3))
    samples = dpi / 72 / STEP  # samples per point
    gutter = max(2, round(GUTTER_PT * samples))
    bands = _joined(ink_runs(ink.any(axis=1)), max(1, round(JOIN_PT * samples)))
    gaps = [_gaps(ink[y0:y1].any(axis=0), gutter) for y0, y1 in bands]
    tall = TALL_PT * samples
    groups: list[tuple[int, int, list[tuple[int, int]]]] = []  # (y0, y1, segments)
    for k, (y0, y1) in enumerate(bands):
        near = [gaps[j] for j in (k - 1, k + 1) if 0 <= j < len(bands)]
        cuts = [g for g in gaps[k] if y1 - y0 >= tall or any(_overlap(g, o) >= gutter for n in near for o in n)]
        segments = _cut(ink[y0:y1].any(axis=0), cuts)
        if groups and _same_cut(groups[-1][2], segments):
            top, _, previous = groups[-1]
            merged = [(min(a[0], b[0]), max(a[1], b[1])) for a, b in zip(previous, segments)]
            groups[-1] = (top, y1, merged)
        else:
            groups.append((y0, y1, segments))
    # one block of margin: the next band is at least a join away, the next
    # segment a gutter away, so no ink of theirs comes in
    return [
        Region(max(0, (x0 - 1) * STEP), max(0, (y0 - 1) * STEP), min(full_w, (x1 + 1) * STEP), min(full_h, (y1 + 1) * STEP))
        for y0, y1, segments in groups
        for x0, x1 in segments
    ] or [Region(0, 0, full_w, full_h)]


def _joined(runs: list[tuple[int, int]], join: int) -> list[tuple[int, int]]:
    """Runs merged across gaps narrower than ``join``."""
    out: list[tuple[int, int]] = []
    for start, end in runs:
        if out and start - out[-1][1] < join:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _gaps(columns_ink, gutter: int) -> list[tuple[int, int]]:
    """White runs at least ``gutter`` wide between the ink of a band."""
    runs = ink_runs(columns_ink)
    return [(a[1], b[0]) for a, b in zip(runs, runs[1:]) if b[0] - a[1] >= gutter]


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return min(a[1], b[1]) - max(a[0], b[0])


def _cut(columns_ink, cuts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The band's ink, from its first to its last inked column, cut at ``cuts``."""
    runs = ink_runs(columns_ink)
    if not runs:
        return []
    edges = [runs[0][0], *(x for gap in cuts for x in gap), runs[-1][1]]
    return list(zip(edges[::2], edges[1::2]))


def ink_runs(mask) -> list[tuple[int, int]]:
    """(start, end) of each run of True in a row of booleans (a numpy array)."""
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


def _same_cut(above: list[tuple[int, int]], below: list[tuple[int, int]]) -> bool:
    return len(above) == len(below) and all(min(a[1], b[1]) > max(a[0], b[0]) for a, b in zip(above, below))
