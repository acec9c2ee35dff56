"""Figures and framed boxes: regions of a page read apart from its columns.

A *figure* holds text that is no prose: the boxes of a flow chart, the
axis labels and legend of a chart, the words of a scanned diagram.  That
text is kept out of the paragraphs and headings around it ("Visit time"
under a chart is no heading, a box of a flow chart is no end of the
sentence beside it); each box of a flow chart, or each cluster of labels,
becomes one block of kind ``figure``, read after the page's columns with
the figure's caption ("Fig 1 | …", "图2") before it.

A *box* (a sidebar, "What is already known on this topic") is a framed or
shaded rectangle holding prose: it is read whole, after the column it sits
in, never line by line with the column beside it.

Both are found from the page's shapes (:attr:`PageChars.shapes`: drawn
rectangles, curves and images): a shape large enough to hold several lines
is a *panel*; the text inside decides what it is.  A page read by OCR is an
image, the whole page one panel: a scanned page of prose stays prose, a
scanned flow chart becomes a figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .chars import Box
from .lines import Line, body_size, median

#: a panel is at least this wide and tall (in ems of the page's text)
PANEL_EM = (8.0, 2.5)
#: a region whose characters lie in runs of prose less than this share of
#: all its characters is a figure
PROSE_SHARE = 0.5
#: a box (prose in a panel) covers at most this share of the page: a
#: rectangle behind the whole page is a background, not a box
BOX_AREA = 0.6
#: panels looked at on one page, largest first
MAX_PANELS = 60
#: a flow chart has at most this many boxes (more shapes in a panel are a chart's)
MAX_BOXES = 80
#: a page with this many shapes on it may be a page of figures …
DRAWN_PAGE_SHAPES = 8
#: … when less than this share of its text is prose
DRAWN_PAGE_PROSE = 0.25
#: a scanned page is a figure only when less than this share of its text
#: is in lines running across the page (:func:`_wide_share`)
SCANNED_WIDE_SHARE = 0.35
#: text next to a figure set this much smaller than the body (a tick label,
#: an axis title, a legend under the plot) belongs to it …
LABEL_SIZE = 0.92
#: … when it lies within this many ems of it
LABEL_REACH = 1.6

#: the lines of a figure are short: their median width is under this (ems)
LABEL_WIDTH_EM = 25.0

#: a figure's caption ("Fig 1 |", "Figure 2.", "FIGURE 3", "图1"), not a
#: table's and not a sentence citing it
FIGURE_CAPTION = re.compile(
    r"^\s*(?:Fig(?:ure)?\.?|FIG(?:URE)?\.?|fig(?:ure)?\.?)\s*[0-9]+[A-Za-z]?(?:\s*[.:|]|\s+[A-Z(])|^\s*图\s*[0-9]"
)


@dataclass(slots=True)
class Inset:
    """A figure or a box of one page: its lines, in the order they are read."""

    kind: str  # "figure" | "box"
    box: Box
    #: figure: the lines of each box of a flow chart or cluster of labels,
    #: top to bottom; box: one group, its lines
    groups: list[list[Line]] = field(default_factory=list)
    #: the figure's caption lines (none found on the page: empty)
    caption: list[Line] = field(default_factory=list)
    #: every printed line the inset took from the page (captions too)
    taken: list[Line] = field(default_factory=list)
    #: read where it is printed (a caption with no figure text beside it),
    #: not after the page's columns
    in_place: bool = False


def find_insets(lines: list[Line], shapes: list[Box], page_size: tuple[float, float],
                scanned: bool = False, tables: list[Box] = (), rulings: list = ()) -> list[Inset]:
    """The figures and boxes of one page (its lines in one reading frame,
    table rows left out; ``tables``: the tables' boxes, whose shading and
    footnote panels are theirs; ``rulings``: the page's thin lines, whose
    corners are the axes of plots)."""
    if not lines:
        return []
    em = median([l.size for l in lines]) or 10.0
    plots = axes(rulings, em)
    shapes = list(shapes) + plots
    # the body's size, from the lines long enough to be prose (a page of
    # figures holds more characters of labels than of text)
    body = body_size([l for l in lines if l.x1 - l.x0 >= 15 * l.size] or lines)
    width, height = page_size
    panels = [s for s in shapes if s[2] - s[0] >= PANEL_EM[0] * em and s[3] - s[1] >= PANEL_EM[1] * em]
    page = (0.0, 0.0, width, height)
    # the page is an image (a scan), or drawn all over (a page of figures):
    # the whole of it may be a figure
    drawn_over = len(shapes) >= DRAWN_PAGE_SHAPES
    if scanned or drawn_over:
        panels.append(page)
    # largest first: a flow chart's panel before the boxes inside it; a
    # page drawn with thousands of bars is looked at by its largest panels
    panels.sort(key=lambda s: -(s[2] - s[0]) * (s[3] - s[1]))
    panels = panels[:MAX_PANELS]
    taken: set[int] = set()
    out: list[Inset] = []
    for panel in panels:
        if any(_touches(panel, t) for t in tables):
            continue
        free = [l for l in lines if id(l) not in taken]
        inside = [l for l in free if _inside(l, panel)]
        if len(inside) < 2:
            # a plot: no text inside, its tick labels and axis titles around it
            labels = _grow(inside, free, panel, body)
            short = bool(labels) and median([l.x1 - l.x0 for l in labels]) < LABEL_WIDTH_EM * em
            if len(labels) >= 2 and short and _area(panel) < BOX_AREA * width * height:
                out.append(_figure(labels, free, panel, [], em))
                taken.update(id(l) for l in out[-1].taken)
            continue
        whole_page = _area(panel) >= BOX_AREA * width * height
        if whole_page and not scanned and panel is not page:
            continue  # a rectangle behind the page (a cover page's background)
        inner = [s for s in shapes if s is not panel and _contains(panel, s) and _area(s) < 0.8 * _area(panel)]
        if len(inner) > MAX_BOXES:
            inner = []  # bars of a chart, not the boxes of a flow chart
        boxes_with_text = [s for s in inner if any(_inside(l, s) for l in inside)]
        prose = _prose_share(inside)
        short = median([l.x1 - l.x0 for l in inside]) < LABEL_WIDTH_EM * em
        if panel is page and not scanned:
            figure = prose < DRAWN_PAGE_PROSE and short
        elif panel is page or whole_page:
            # a scan (the page, or the image of it that covers the page):
            # OCR breaks the lines of a poor scan into pieces that make no
            # runs of prose, and a page of reference entries has few runs
            # of three lines, but they still run across the page (or its
            # column); the words of a diagram are short
            figure = prose < PROSE_SHARE and _wide_share(inside) < SCANNED_WIDE_SHARE
        else:
            figure = (prose < PROSE_SHARE and (short or scanned)) or len(boxes_with_text) >= 3
        if figure:
            out.append(_figure(_grow(inside, free, panel, body), free, panel, inner, em))
        elif not whole_page and not scanned and panel not in plots and _beside(panel, free, inside):
            # a box with a column beside it: read line by line with that
            # column, the two would interleave (alone in its band, it is
            # read in its place, as any text)
            ordered = sorted(inside, key=lambda l: (l.top, l.x0))
            out.append(Inset("box", panel, [ordered], [], list(ordered)))
        else:
            continue
        taken.update(id(l) for l in out[-1].taken)
    for caption in standalone_captions([l for l in lines if id(l) not in taken]):
        out.append(Inset("figure", _bounds(caption), [], caption, caption, in_place=True))
    return out


def _figure(members: list[Line], free: list[Line], panel: Box, inner: list[Box], em: float) -> Inset:
    """A figure from its lines, with the caption found beside it."""
    region = _bounds(members)
    region = (min(region[0], panel[0]), min(region[1], panel[1]), max(region[2], panel[2]), max(region[3], panel[3]))
    held = {id(m) for m in members}
    caption = _caption([l for l in free if id(l) not in held], region, em)
    return Inset("figure", region, _groups(members, inner), caption, [*members, *caption])


def axes(rulings: list, em: float) -> list[Box]:
    """The plot areas of a page drawn with thin lines only: a vertical line
    (the y axis) and a horizontal one (the x axis) meeting at its foot."""
    vertical = [r for r in rulings if r.bottom - r.top >= 3 * em and r.x1 - r.x0 <= 2.0]
    horizontal = [r for r in rulings if r.x1 - r.x0 >= 3 * em and r.bottom - r.top <= 2.0]
    out = []
    for v in vertical:
        for h in horizontal:
            if abs(h.top - v.bottom) <= 3.0 and abs(h.x0 - v.x0) <= 3.0:
                out.append((v.x0, v.top, h.x1, max(v.bottom, h.bottom)))
                break
    return out


# ------------------------------------------------------------------ geometry


def _area(b: Box) -> float:
    return max(0.0, b[2] - b[0]) * max(0.0, b[3] - b[1])


def _beside(panel: Box, lines: list[Line], inside: list[Line]) -> bool:
    """Text outside the panel, left or right of it, at its height."""
    held = {id(l) for l in inside}
    return any(id(l) not in held and l.bottom > panel[1] + 2 and l.top < panel[3] - 2
               and (l.x1 <= panel[0] + 2 or l.x0 >= panel[2] - 2) for l in lines)


def _touches(a: Box, b: Box, slack: float = 2.0) -> bool:
    return a[0] < b[2] + slack and b[0] < a[2] + slack and a[1] < b[3] + slack and b[1] < a[3] + slack


def _contains(outer: Box, inner: Box, slack: float = 1.0) -> bool:
    return (inner[0] >= outer[0] - slack and inner[1] >= outer[1] - slack
            and inner[2] <= outer[2] + slack and inner[3] <= outer[3] + slack)


def _inside(line: Line, box: Box, slack: float = 1.5) -> bool:
    """Most of a line lies in the box: its middle height, and its ends
    (a label may overhang a frame by a little)."""
    mid = (line.top + line.bottom) / 2
    if not box[1] - slack <= mid <= box[3] + slack:
        return False
    overhang = max(0.0, box[0] - line.x0) + max(0.0, line.x1 - box[2])
    return overhang <= max(slack, 0.15 * (line.x1 - line.x0))


def _bounds(lines: list[Line]) -> Box:
    return (min(l.x0 for l in lines), min(l.top for l in lines), max(l.x1 for l in lines), max(l.bottom for l in lines))


# ------------------------------------------------------------------ prose


def _wide_share(lines: list[Line]) -> float:
    """The share of characters in lines reaching across 40 % of the text's
    width or more."""
    width = max(l.x1 for l in lines) - min(l.x0 for l in lines)
    total = sum(len(l.text) for l in lines) or 1
    return sum(len(l.text) for l in lines if l.x1 - l.x0 >= 0.4 * width) / total


def _prose_share(lines: list[Line]) -> float:
    """The share of characters in runs of prose: three lines or more set one
    under the other at a line's pitch, from one left edge, most of them
    reaching one right edge (a paragraph's measure), and wide enough to be
    written lines (15 ems)."""
    ordered = sorted(lines, key=lambda l: (l.top, l.x0))
    total = sum(len(l.text) for l in ordered) or 1
    used = [False] * len(ordered)
    prose = 0
    for i, first in enumerate(ordered):
        if used[i]:
            continue
        run = [i]
        for j in range(i + 1, len(ordered)):
            if used[j]:
                continue
            last = ordered[run[-1]]
            line = ordered[j]
            pitch = line.top - last.top
            if pitch > 2.0 * max(last.size, line.size):
                break
            if 0.8 * last.size <= pitch and abs(line.x0 - first.x0) <= 1.5 * first.size \
                    and abs(line.size - first.size) < max(0.6, 0.2 * first.size):
                run.append(j)
        members = [ordered[k] for k in run]
        if len(members) < 3:
            continue
        right = max(l.x1 for l in members)
        full = sum(1 for l in members if right - l.x1 <= 1.2 * l.size)
        wide = right - min(l.x0 for l in members) >= 15 * first.size
        if wide and full >= max(2, (len(members) - 1) * 0.6):
            for k in run:
                used[k] = True
            prose += sum(len(l.text) for l in members)
    return prose / total


# ------------------------------------------------------------------ figures


def _grow(inside: list[Line], free: list[Line], panel: Box, body: float) -> list[Line]:
    """The panel's lines and the labels set small right beside it (tick
    labels, axis titles, a legend under the plot), one after another."""
    members = list(inside)
    held = {id(l) for l in members}
    region = list(panel)
    if members:
        inner = _bounds(members)
        region = [min(inner[0], panel[0]), min(inner[1], panel[1]), max(inner[2], panel[2]), max(inner[3], panel[3])]
    grown = True
    while grown:
        grown = False
        for line in free:
            if id(line) in held or line.size > LABEL_SIZE * body:
                continue
            reach = LABEL_REACH * line.size
            if (line.x1 >= region[0] - reach and line.x0 <= region[2] + reach
                    and line.bottom >= region[1] - reach and line.top <= region[3] + reach
                    and not FIGURE_CAPTION.match(line.text)):
                members.append(line)
                held.add(id(line))
                region = [min(region[0], line.x0), min(region[1], line.top), max(region[2], line.x1), max(region[3], line.bottom)]
                grown = True
    return members


def _rows(lines: list[Line]) -> list[list[Line]]:
    """Printed lines: the fragments of one baseline a gap of 1.4 ems or
    less apart ("Figure 1" and its caption's first words), left to right,
    top to bottom."""
    rows: list[list[Line]] = []
    #: per row, its lowest baseline: lines come in baseline order, so a row
    #: whose lowest baseline is more than 0.2 em above the line's has no
    #: line near it (the test below, without looking at each of its lines)
    lowest: list[float] = []
    for line in sorted(lines, key=lambda l: (l.baseline, l.x0)):
        reach = 0.2 * line.size
        for k, row in enumerate(rows):
            if line.baseline - lowest[k] > reach:
                continue
            near = any(abs(line.baseline - l.baseline) <= 0.2 * line.size and abs(line.size - l.size) < 0.3
                       and (-1 <= line.x0 - l.x1 <= 1.4 * line.size or -1 <= l.x0 - line.x1 <= 1.4 * line.size)
                       for l in row)
            if near:
                row.append(line)
                row.sort(key=lambda l: l.x0)
                if line.baseline > lowest[k]:
                    lowest[k] = line.baseline
                break
        else:
            rows.append([line])
            lowest.append(line.baseline)
    rows.sort(key=lambda r: (min(l.top for l in r), r[0].x0))
    return rows


def _row_text(row: list[Line]) -> str:
    return " ".join(l.text for l in row)


def _caption_lines(rows: list[list[Line]], first: int) -> list[Line]:
    """A caption from its first printed line on: the lines set right under
    it in its size and in the faces of its first line (the body text after
    a caption is set in another face, or after a gap)."""
    from .paragraphs import face

    head = rows[first]
    faces = {face(l.font) for l in head}
    size = head[-1].size
    out = list(head)
    last = head
    for row in rows[first + 1:]:
        if row[0].top <= last[0].top:
            continue
        pitch = row[0].baseline - last[0].baseline
        if pitch > 1.6 * size:
            break
        if pitch < 0.5 * size:
            continue
        overlaps = row[0].x0 < max(l.x1 for l in last) and max(l.x1 for l in row) > last[0].x0
        if not overlaps:
            continue
        if abs(row[0].size - size) >= 0.3 or not {face(l.font) for l in row} <= faces:
            break
        out.extend(row)
        last = row
    return out


def _caption(free: list[Line], region: Box, em: float) -> list[Line]:
    """The caption's lines: one starting "Fig 1" just under or over the
    figure, overlapping it across, and the lines set under it in its size."""
    rows = _rows(free)
    near = [
        k for k, row in enumerate(rows)
        if FIGURE_CAPTION.match(_row_text(row))
        and max(l.x1 for l in row) > region[0] and row[0].x0 < region[2]
        and (0 <= row[0].top - region[3] <= 4 * em or 0 <= region[1] - row[0].bottom <= 6 * em)
    ]
    if not near:
        return []
    first = min(near, key=lambda k: min(abs(rows[k][0].top - region[3]), abs(region[1] - rows[k][0].bottom)))
    return _caption_lines(rows, first)


def standalone_captions(free: list[Line]) -> list[list[Line]]:
    """Figure captions with no figure text found beside them (the figure is
    an image, or drawn without words): a "Figure 1 …" line set apart from
    the line above it, and the lines of its caption under it."""
    rows = _rows(free)
    out: list[list[Line]] = []
    taken: set[int] = set()
    for k, row in enumerate(rows):
        if id(row[0]) in taken or not FIGURE_CAPTION.match(_row_text(row)):
            continue
        size = row[0].size
        above = [r for r in rows[:k] if max(l.x1 for l in r) > row[0].x0 and r[0].x0 < max(l.x1 for l in row)
                 and 0 <= row[0].top - r[-1].bottom < 0.6 * size]
        if above:  # a line running on into it: "… as in" / "Figure 2 A shows"
            continue
        lines = _caption_lines(rows, k)
        taken.update(id(l) for l in lines)
        out.append(lines)
    return out


def _groups(members: list[Line], inner: list[Box]) -> list[list[Line]]:
    """A figure's text as blocks: the lines of each box of a flow chart
    (a printed line running across two boxes is cut between them), then
    labels close together."""
    pieces: list[Line] = []
    for line in members:
        pieces.extend(_cut_at_edges(line, inner))
    groups: dict[int, list[Line]] = {}
    loose: list[Line] = []
    for line in pieces:
        holders = [k for k, s in enumerate(inner) if _inside(line, s, slack=1.0)]
        if holders:
            k = min(holders, key=lambda k: _area(inner[k]))
            groups.setdefault(k, []).append(line)
        else:
            loose.append(line)
    clusters = list(groups.values()) + _clusters(loose)
    for cluster in clusters:
        cluster.sort(key=lambda l: (round(l.baseline, 0), l.x0))
    clusters.sort(key=lambda c: (round(min(l.top for l in c)), min(l.x0 for l in c)))
    return clusters


def _cut_at_edges(line: Line, inner: list[Box]) -> list[Line]:
    """A line cut at every word space where the edge of a box runs."""
    from .columns import _cut_line

    edges = sorted({e for s in inner for e in (s[0], s[2])
                    if s[1] - 1 <= (line.top + line.bottom) / 2 <= s[3] + 1 and line.x0 + 1 < e < line.x1 - 1})
    if not edges:
        return [line]
    for i in range(len(line.text) - 2, 0, -1):
        if line.text[i] != " " or line.boxes[i] is not None or line.boxes[i - 1] is None or line.boxes[i + 1] is None:
            continue
        left, right = line.boxes[i - 1][3], line.boxes[i + 1][1]
        if any(left - 1 <= e <= right + 1 for e in edges):
            head, tail = _cut_line(line, i)
            return _cut_at_edges(head, inner) + _cut_at_edges(tail, inner)
    return [line]


def _clusters(lines: list[Line]) -> list[list[Line]]:
    """Lines close enough to read as one label: stacked a line's pitch apart
    over the same stretch, or on one baseline a word space or two apart."""
    parent = list(range(len(lines)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    lines = sorted(lines, key=lambda l: l.top)
    reach = 1.6 * max((l.size for l in lines), default=0.0)
    for i, a in enumerate(lines):
        for j in range(i + 1, len(lines)):
            b = lines[j]
            if b.top > a.bottom + reach:
                break  # sorted by top: the rest lie further down
            size = max(a.size, b.size)
            overlap = min(a.x1, b.x1) - max(a.x0, b.x0)
            gap = max(a.top, b.top) - min(a.bottom, b.bottom)
            stacked = overlap > 0 and gap <= 0.6 * size and abs(a.size - b.size) < 0.6
            beside = abs(a.baseline - b.baseline) <= 0.2 * size and -1 <= max(a.x0, b.x0) - min(a.x1, b.x1) <= 1.2 * size
            if stacked or beside:
                parent[find(i)] = find(j)
    groups: dict[int, list[Line]] = {}
    for i, line in enumerate(lines):
        groups.setdefault(find(i), []).append(line)
    return list(groups.values())
