"""Reading order of a page: full-width bands and columns.

Columns are found from their gutters, not assumed: a gutter is a strip of
white space with text close on both sides, line after line.  A line that
crosses a gutter (a title, an abstract, a full-width table) is a *band*; the
lines between two bands form a *region*, read column by column.  That covers
one-column pages, two- and three-column pages, a sidebar beside two columns,
and pages that mix a full-width block with columns below.
"""

from __future__ import annotations

from dataclasses import dataclass

from .lines import Line, join_lines
from .tables import TableRegion, caption_right_above, inner_caption, printed_rows

#: narrowest white strip (in ems of the body text) that can be a gutter
MIN_GUTTER_EM = 0.9
#: a gutter needs text on both sides on at least this many lines
MIN_GUTTER_PAIRS = 3
#: narrowest column (median line width, in ems) a gutter can separate
MIN_COLUMN_EM = 6.0
#: shortest stretch of page (in ems) a gutter must run down
MIN_GUTTER_HEIGHT_EM = 4.0


#: what a line placed in a column is
BODY, TABLE, CAPTION = "", "table", "caption"
#: a figure's caption read where it is printed (:attr:`Inset.in_place`)
FIGURE_CAPTION = "figure caption"


@dataclass(slots=True)
class Gutter:
    x0: float
    x1: float
    top: float
    bottom: float
    wide_sides: bool = True

    @property
    def center(self) -> float:
        return (self.x0 + self.x1) / 2


@dataclass(slots=True)
class Placed:
    """A line in reading order, with where it sits on the page."""

    line: Line
    region: int
    column: int
    table: bool = False
    #: a table's caption (right above it or inside its top rule), read with
    #: the table and a paragraph of its own
    caption: bool = False
    #: text running another way than the page's (a caption set sideways
    #: along a figure): read after the page, in blocks of its own, without
    #: interrupting the page's paragraphs
    aside: bool = False
    #: a line of a figure or a box (:mod:`extractor.layout.figures`):
    #: "figure" (a caption, or one box of a flow chart or cluster of labels
    #: as one line) or "box" (a line of a sidebar); read after the page's
    #: columns, without interrupting their paragraphs
    inset: str = ""
    #: which box of a flow chart (or cluster of labels) of its figure the line is in
    group: int = 0


def _overlap(a: Line, b: Line) -> float:
    return min(a.bottom, b.bottom) - max(a.top, b.top)


def find_gutters(lines: list[Line]) -> list[Gutter]:
    """White strips with text on both sides, on several lines."""
    if len(lines) < 2 * MIN_GUTTER_PAIRS:
        return []
    by_top = sorted(lines, key=lambda l: l.top)
    pairs: list[tuple[float, float, float, float]] = []
    for i, left in enumerate(by_top):
        best = None
        min_gap = MIN_GUTTER_EM * left.size
        for j in range(i + 1, len(by_top)):
            other = by_top[j]
            if other.top > left.bottom:
                break
            best = _nearer_right(left, other, min_gap, best)
        for j in range(i - 1, -1, -1):
            other = by_top[j]
            if other.bottom < left.top - 3 * left.size:
                break
            best = _nearer_right(left, other, min_gap, best)
        if best is not None:
            top = min(left.top, best.top)
            bottom = max(left.bottom, best.bottom)
            pairs.append((left.x1, best.x0, top, bottom, left.x1 - left.x0, best.x1 - best.x0, left.size))
    gutters: list[Gutter] = []
    while len(pairs) >= MIN_GUTTER_PAIRS:
        found, rest = _strongest(pairs)
        if len(rest) == len(pairs):
            break
        pairs = rest
        for gutter in found:
            if gutter.wide_sides and _crossings(gutter, lines) <= max(2, len(lines) // 20):
                gutters.append(gutter)
    return sorted(gutters, key=lambda g: g.center)


def _nearer_right(left: Line, other: Line, min_gap: float, best: Line | None) -> Line | None:
    if other is left or other.x0 - left.x1 < min_gap:
        return best
    # columns need not share baselines: any vertical overlap makes neighbours
    if _overlap(left, other) <= 0:
        return best
    if best is None or other.x0 < best.x0:
        return other
    return best


def _strongest(pairs):
    """The x position inside most gaps; the gutters there, one per stretch
    of page where the gaps follow each other; and the gaps left over."""
    events = []
    for p in pairs:
        events.append((p[0], 1))
        events.append((p[1], -1))
    events.sort(key=lambda e: (e[0], e[1]))
    depth = best_depth = 0
    best_x = None
    for k, (x, step) in enumerate(events):
        depth += step
        if step == 1 and depth > best_depth:
            nxt = events[k + 1][0] if k + 1 < len(events) else x
            best_depth, best_x = depth, (x + nxt) / 2
    if best_x is None or best_depth < MIN_GUTTER_PAIRS:
        return [], []
    members = sorted((p for p in pairs if p[0] <= best_x <= p[1]), key=lambda p: p[2])
    rest = [p for p in pairs if not (p[0] <= best_x <= p[1])]
    # two columns at the foot of a page and a pair of labels at its head
    # share an x but are different gutters
    stretches: list[list[tuple]] = [[members[0]]]
    for p in members[1:]:
        if p[2] - stretches[-1][-1][3] > 3 * p[6]:
            stretches.append([p])
        else:
            stretches[-1].append(p)
    return [_gutter(s, best_x) for s in stretches if len(s) >= MIN_GUTTER_PAIRS], rest


def _gutter(members, best_x: float) -> Gutter:
    gutter = Gutter(
        max(p[0] for p in members),
        min(p[1] for p in members),
        min(p[2] for p in members),
        max(p[3] for p in members),
    )
    if gutter.x1 < gutter.x0:  # gaps share a point but not a strip
        gutter.x0 = gutter.x1 = best_x
    # a column holds lines of text, not reference numbers or table labels:
    # the text beside a gutter must be several words wide on both sides
    middle = len(members) // 2
    left_width = sorted(p[4] for p in members)[middle]
    right_width = sorted(p[5] for p in members)[middle]
    em = sorted(p[6] for p in members)[middle]
    # … and runs down the page for a few lines: two boxes of a flow chart
    # side by side are no columns
    tall = gutter.bottom - gutter.top >= MIN_GUTTER_HEIGHT_EM * em
    gutter.wide_sides = min(left_width, right_width) >= MIN_COLUMN_EM * em and tall
    return gutter


def _crossings(gutter: Gutter, lines: list[Line]) -> int:
    """Lines running through the gutter where it is a gutter."""
    return sum(
        1
        for line in lines
        if line.x0 < gutter.center - 1 < gutter.center + 1 < line.x1
        and line.bottom > gutter.top
        and line.top < gutter.bottom
    )


def reading_order(lines: list[Line], tables: list[TableRegion], insets=()) -> list[Placed]:
    """Order a page's lines (table rows merged into single lines); the
    figures and boxes of the page (:class:`extractor.layout.figures.Inset`)
    come after its columns, each read whole."""
    # a figure's text is read after the columns; a caption standing alone
    # is read where it is printed
    inset_lines = {id(l) for inset in insets if not inset.in_place for l in inset.taken}
    in_place = {id(l) for inset in insets if inset.in_place for l in inset.taken}
    table_lines: list[list[Line]] = [[] for _ in tables]
    body: list[Line] = []
    for line in lines:
        if id(line) in inset_lines:
            continue
        for k, region in enumerate(tables):
            if region.holds(line):
                table_lines[k].append(line)
                break
        else:
            body.append(line)
    # each table's caption lines and rows; a region that makes no row
    # (whatever its rules) is no table: its lines are read as plain lines
    built: list[tuple[TableRegion, list[Line], list[Line]]] = []
    for region, members in zip(tables, table_lines):
        if not members:
            continue
        inside, rows = table_rows(members, region)
        if rows:
            built.append((region, inside, rows))
        else:
            body.extend(members)
    # a "Table 1 …" caption right above a table is read with it
    above: list[list[Line]] = []
    for region, _, _ in built:
        caption = caption_right_above(region, body)
        taken = {id(l) for row in caption for l in row}
        body = [l for l in body if id(l) not in taken]
        above.append([_caption_line(caption)] if caption else [])
    gutters = find_gutters(body)

    # units: body lines, and each table as one block of rows
    units: list[tuple[float, float, float, float, object]] = []
    for line in body:
        units.append((line.top, line.x0, line.x1, line.bottom, line))
    for (region, inside, rows), caption in zip(built, above):
        units.append((region.top, region.x0, region.x1, region.bottom, (caption + inside, rows)))
    units.sort(key=lambda u: (u[0], u[1]))

    placed: list[Placed] = []
    region_id = 0
    pending: list[tuple[int, Line, str]] = []

    def flush() -> None:
        # a region of columns ends; the next band or region gets a new id
        nonlocal region_id
        if pending:
            if placed:
                region_id += 1
            for column, line, kind in _merge_rows(pending):
                placed.append(Placed(line, region_id, column, kind == TABLE, kind in (CAPTION, FIGURE_CAPTION),
                                     inset="figure" if kind == FIGURE_CAPTION else ""))
            pending.clear()
            region_id += 1

    lone = _lone_headings(body) if gutters else set()
    for top, x0, x1, bottom, item in units:
        spans = any(x0 < g.center - 1 and x1 > g.center + 1 for g in gutters)
        if isinstance(item, tuple):  # a table: its caption lines, its rows
            captions, rows = item
            if spans or not gutters:
                flush()
                placed.extend(Placed(c, region_id, 0, caption=True) for c in captions)
                placed.extend(Placed(row, region_id, 0, table=True) for row in rows)
            else:
                column = sum(1 for g in gutters if g.center < (x0 + x1) / 2)
                pending.extend((column, c, CAPTION) for c in captions)
                pending.extend((column, row, TABLE) for row in rows)
            continue
        caption = id(item) in in_place
        if spans or id(item) in lone:
            flush()
            placed.append(Placed(item, region_id, 0, caption=caption, inset="figure" if caption else ""))
        else:
            column = sum(1 for g in gutters if g.center < (x0 + x1) / 2)
            pending.append((column, item, FIGURE_CAPTION if caption else BODY))
    flush()
    for inset in sorted((i for i in insets if not i.in_place), key=lambda i: (i.box[1], i.box[0])):
        region_id += 1
        placed.extend(Placed(line, region_id, 0, caption=True, inset=inset.kind) for line in inset.caption)
        for k, group in enumerate(inset.groups):
            placed.extend(Placed(line, region_id, 0, inset=inset.kind, group=k + 1) for line in group)
    return placed


def _lone_headings(lines: list[Line]) -> set[int]:
    """Headings with white space beside them in every column.

    "References" set above a two-column list, narrower than the gutter, is
    still a band: what comes before it is read first in all columns.
    """
    sizes = sorted(l.size for l in lines)
    median = sizes[len(sizes) // 2]
    out: set[int] = set()
    for line in lines:
        if not (line.bold or line.size >= 1.1 * median):
            continue
        margin = 0.8 * line.size
        if not any(
            other is not line
            and other.bottom > line.top - margin
            and other.top < line.bottom + margin
            and not _pieces_of_one_line(line, other)
            for other in lines
        ):
            out.add(id(line))
    return out


def _merge_rows(pending: list[tuple[int, Line, str]]) -> list[tuple[int, Line, str]]:
    """Column by column, top to bottom; pieces of one printed line joined."""
    ordered = sorted(pending, key=lambda cl: (cl[0], cl[1].baseline, cl[1].x0))
    out: list[tuple[int, Line, str]] = []
    for column, line, kind in ordered:
        last = out[-1] if out else None
        if last and last[0] == column and kind == BODY and last[2] == BODY and _same_row(last[1], line):
            out[-1] = (column, join_pieces([last[1], line]), BODY)
        else:
            out.append((column, line, kind))
    return out


def _pieces_of_one_line(a: Line, b: Line) -> bool:
    """Two fragments of one printed line: same baseline, a word gap apart
    (not a gutter: the text beside a heading in the other column is not
    part of it)."""
    left, right = (a, b) if a.x0 <= b.x0 else (b, a)
    return _same_row(left, right) and right.x0 - left.x1 < 2 * max(a.size, b.size)


def _same_row(a: Line, b: Line) -> bool:
    return abs(a.baseline - b.baseline) <= max(0.6, 0.15 * min(a.size, b.size)) and b.x0 >= a.x1 - 1


def join_pieces(pieces: list[Line], sep: str = " ") -> Line:
    """One line from fragments of the same baseline, left to right."""
    pieces = sorted(pieces, key=lambda l: l.x0)
    first = pieces[0]
    text = first.text
    boxes = list(first.boxes)
    for piece in pieces[1:]:
        text += sep + piece.text
        boxes.extend([None] * len(sep))
        boxes.extend(piece.boxes)
    return Line(
        text=text,
        boxes=boxes,
        x0=first.x0,
        top=min(p.top for p in pieces),
        x1=max(p.x1 for p in pieces),
        bottom=max(p.bottom for p in pieces),
        baseline=first.baseline,
        size=max(p.size for p in pieces),
        page=first.page,
        bold_prefix=_bold_prefix(pieces, sep),
        font=first.font,
    )


def _bold_prefix(pieces: list[Line], sep: str) -> int:
    """Length of the bold run at the start of the joined text."""
    total = 0
    for piece in pieces:
        if piece.bold_prefix < len(piece.text):
            return total + piece.bold_prefix if piece.bold_prefix else max(total - len(sep), 0)
        total += len(piece.text) + len(sep)
    return total - len(sep)


def table_rows(lines: list[Line], region: TableRegion) -> tuple[list[Line], list[Line]]:
    """A table's caption lines (when printed inside its rules) and its rows,
    each row one line with its cells joined by " | ".

    Printed lines become rows.  A line set closer to the one above than rows
    are set apart is the same row wrapped (a long label, a column head over
    two lines, values centred beside a two-line label), and so are all the
    lines above the rule under a three-line table's header; in a grid the
    rules part the rows, and a band between two rules holds several rows
    only where its lines are full rows set at the table's row pitch.
    """
    printed = printed_rows(_split_at_columns(lines))
    captions, printed = _caption_rows(printed, region)
    if not printed:
        return captions, []
    pitch = _row_pitch(printed)
    groups: list[list[list[Line]]] = []
    header_rule = region.header_rule
    head = [r for r in printed if header_rule is not None and _mid(r) < header_rule]
    # a header needs rows of cells under it: rows that all sit above the
    # middle of three rules are the table itself (the third rule closes a
    # footnote, or nothing)
    if head and len(head) <= 4 and any(len(r) >= 2 for r in printed[len(head):]):
        groups.append(head)
        printed = printed[len(head):]
    # the band (between two rules of a grid) each printed row sits in
    bands = {id(r): sum(1 for y in region.rules if y < _mid(r)) if region.grid else 0 for r in printed}
    left: dict[int, float] = {}  # the left edge of each band's text: its first column
    for row in printed:
        band = bands[id(row)]
        left[band] = min(left.get(band, row[0].x0), row[0].x0)
    rows_in_band: dict[int, int] = {}
    # the right edge of the first column (row labels), where the table's
    # leftmost lines end
    edge = min(r[0].x0 for r in printed)
    stub = max(l.x1 for r in printed for l in r if l.x0 <= edge + l.size)
    # where the second column starts: a lone line reaching past it is a row
    # of its own (a label over a group of rows), not a wrapped label
    second = min((l.x0 for r in printed for l in r if l.x0 > edge + 2 * l.size), default=float("inf"))
    for row in printed:
        last = groups[-1][-1] if groups else None
        band = bands[id(row)]
        if last is None or (groups[-1] is head and head) or band != bands.get(id(last), band):
            new = True
        elif region.grid:
            # inside one band: rows at the row pitch with a label in the
            # first column (a band with a whole table in it; a lone label
            # only once the band has shown itself such), else one row
            # wrapped over several lines
            gap = row[0].baseline - last[0].baseline
            new = gap >= 0.85 * pitch and row[0].x0 <= left[band] + row[0].size \
                and (len(row) >= 2 or rows_in_band.get(band, 0) >= 3 or row[0].x1 > second)
        else:
            # closer than the row pitch: the row goes on (a wrapped label, a
            # column head over two lines), unless the line is a row of its
            # own, a label under the label with values beside it
            gap = row[0].baseline - last[0].baseline
            new = gap >= 0.85 * pitch or (
                len(row) >= 2 and row[0].x0 < stub and min(r[0].x0 for r in groups[-1]) < stub
            )
        if new:
            groups.append([row])
            rows_in_band[band] = rows_in_band.get(band, 0) + 1
        else:
            groups[-1].append(row)
    return captions, [_logical_row(g) for g in groups]


def _split_at_columns(lines: list[Line]) -> list[Line]:
    """Pieces of one fragment that belong to two columns ("2.40 to 21.15
    30.48": a confidence interval, then a value of the next column set
    less than a gutter away), cut where a gap wider than a word space puts
    the second piece flush with a column that other cells, clear of the
    first piece, line up in on their left or right edge."""
    out: list[Line] = []
    for line in lines:
        piece = line
        while True:
            cut = _column_cut(piece, lines)
            if cut is None:
                break
            head, piece = _cut_line(piece, cut)
            out.append(head)
        out.append(piece)
    return out


def _column_cut(line: Line, lines: list[Line]) -> int | None:
    """Index of the space where line runs into the next column, if any."""
    text, boxes = line.text, line.boxes
    for i in range(len(text) - 2, 0, -1):
        if text[i] != " " or boxes[i] is not None or boxes[i - 1] is None or boxes[i + 1] is None:
            continue
        head_end, x0 = boxes[i - 1][3], boxes[i + 1][1]
        if x0 - head_end < 0.5 * line.size:
            continue
        flush_left = sum(1 for l in lines if l is not line and abs(l.x0 - x0) <= 1)
        flush_right = sum(1 for l in lines if l is not line and abs(l.x1 - line.x1) <= 1 and l.x0 > head_end + 1)
        if flush_left >= 2 or flush_right >= 2:
            return i
    return None


def _cut_line(line: Line, i: int) -> tuple[Line, Line]:
    """The line cut at the space at index i."""
    parts = []
    for text, boxes, bold in ((line.text[:i], line.boxes[:i], min(line.bold_prefix, i)),
                              (line.text[i + 1:], line.boxes[i + 1:], max(0, line.bold_prefix - i - 1))):
        real = [b for b in boxes if b is not None]
        parts.append(Line(text, list(boxes), min(b[1] for b in real), min(b[2] for b in real),
                          max(b[3] for b in real), max(b[4] for b in real), line.baseline, line.size,
                          line.page, bold, line.font))
    return parts[0], parts[1]


def _mid(row: list[Line]) -> float:
    return sum((l.top + l.bottom) / 2 for l in row) / len(row)


def _row_pitch(printed: list[list[Line]]) -> float:
    """The usual distance between the baselines of two rows: the median of
    the distances between printed lines (wrapped lines are set closer, and
    are fewer), the lower one of two, so that rows are joined only when
    clearly closer."""
    gaps = sorted(b[0].baseline - a[0].baseline for a, b in zip(printed, printed[1:]))
    if not gaps:
        return 0.0
    return gaps[(len(gaps) - 1) // 2]


def _caption_rows(printed: list[list[Line]], region: TableRegion) -> tuple[list[Line], list[list[Line]]]:
    """A caption set inside the table's top rule ("table 1 | baseline
    characteristics, …" over two lines), taken off the rows."""
    n = inner_caption(printed, region)
    if not n:
        return [], printed
    return [_caption_line(printed[:n])], printed[n:]


def _caption_line(rows: list[list[Line]]) -> Line:
    """One line from a caption's printed rows."""
    pieces = [join_pieces(row) for row in rows]
    return pieces[0] if len(pieces) == 1 else _stack(pieces)


def _logical_row(printed: list[list[Line]]) -> Line:
    if len(printed) == 1:
        return _row(printed[0])
    row = _row(_cells([l for r in printed for l in r]))
    row.baseline = printed[0][0].baseline
    row.top = min(l.top for r in printed for l in r)
    return row


def _cells(band: list[Line]) -> list[Line]:
    """Lines of one row grouped into cells by horizontal overlap."""
    cells: list[list[Line]] = []
    for line in sorted(band, key=lambda l: l.x0):
        for cell in cells:
            if line.x0 < max(l.x1 for l in cell) - 1 and line.x1 > min(l.x0 for l in cell) + 1:
                cell.append(line)
                break
        else:
            cells.append([line])
    out = []
    for cell in cells:
        cell.sort(key=lambda l: (l.baseline, l.x0))
        out.append(cell[0] if len(cell) == 1 else _stack(cell))
    return out


def _stack(lines: list[Line]) -> Line:
    """One cell from its wrapped lines, top to bottom."""
    text, boxes = join_lines(lines, set())
    first = lines[0]
    return Line(text, boxes, min(l.x0 for l in lines), first.top, max(l.x1 for l in lines),
                lines[-1].bottom, first.baseline, first.size, first.page)


def _row(cells: list[Line]) -> Line:
    row = join_pieces(cells, sep=" | ")
    row.cells = [c.text for c in sorted(cells, key=lambda c: c.x0)]
    return row
