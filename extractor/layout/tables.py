"""Tables: found from their ruling lines or from the alignment of their text,
kept out of body sentences.

A *ruled* table is a stack of horizontal rules of about the same width (a
three-line table has a top rule, a rule under the header and a bottom rule;
a grid has one per row) with text between them.  A table drawn without
rules is found from its text: short cells, set apart by more than a word
space, lined up in columns (left, right or centred) on several consecutive
lines, as pdfplumber's "text" strategy and camelot's stream mode look for
them — but only where nothing reads as prose, since a false table costs more
than a missed one.

Rows are kept as rows (cells separated by `` | ``, see
:func:`extractor.layout.columns.table_rows`) and marked as table text, so the
extractor never reads a sentence running across cells.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .chars import Ruling
from ..lang.script import is_cjk
from .lines import Line, body_size

CAPTION = re.compile(r"^\s*(Table|TABLE|Tab\.|表)\s*[0-9０-９]+", re.UNICODE)
#: a caption as some journals set it, in small capitals ("table 1 | …")
ANY_CAPTION = re.compile(r"^\s*(table|tab\.|表)\s*[0-9０-９]+", re.UNICODE | re.IGNORECASE)
#: rules whose ends are this close (pt) belong to the same table
RULE_ALIGN = 8.0
#: a table needs at least this many rows of two or more cells
MIN_ROWS = 2

#: a table without rules needs this many rows of cells …
ALIGNED_MIN_ROWS = 3
#: … in this many columns (two will do under a "Table 1" caption)
ALIGNED_MIN_COLUMNS = 3
#: a fragment this wide (ems) with several words is a line of prose, not a cell
PROSE_EM = 15.0
#: cells of one column share a left, right or centre edge within this (ems)
ALIGN_EM = 0.35

#: what separates the cells of a table row's line in the text layer
CELL_SEPARATOR = " | "


@dataclass(slots=True)
class TableRegion:
    x0: float
    top: float
    x1: float
    bottom: float
    #: y of each horizontal rule; a grid (four or more) delimits its rows
    rules: list[float] = field(default_factory=list)
    #: "ruled" (found from its rules) or "aligned" (from its text alone)
    kind: str = "ruled"

    @property
    def grid(self) -> bool:
        return len(self.rules) >= 4

    @property
    def header_rule(self) -> float | None:
        """The rule under the header of a three-line table."""
        return self.rules[1] if len(self.rules) == 3 else None

    def holds(self, line: Line) -> bool:
        mid = (line.top + line.bottom) / 2
        return self.top - 1 <= mid <= self.bottom + 1 and line.x0 >= self.x0 - 6 and line.x1 <= self.x1 + 6


def _merged_rules(rulings: list[Ruling]) -> list[Ruling]:
    """Horizontal rules, with collinear pieces (one per grid cell) joined."""
    pieces = sorted((r for r in rulings if r.horizontal), key=lambda r: (round(r.top), r.x0))
    merged: list[Ruling] = []
    for r in pieces:
        last = merged[-1] if merged else None
        if last and abs(last.top - r.top) <= 1.0 and r.x0 <= last.x1 + 3.0:
            merged[-1] = Ruling(last.x0, min(last.top, r.top), max(last.x1, r.x1), max(last.bottom, r.bottom))
        else:
            merged.append(r)
    return merged


def find_tables(lines: list[Line], rulings: list[Ruling], page_height: float) -> list[TableRegion]:
    """Ruled tables, then tables set without rules among the other lines."""
    regions = ruled_tables(lines, rulings, page_height)
    free = [line for line in lines if not any(r.holds(line) for r in regions)] if regions else lines
    return regions + aligned_tables(free)


def ruled_tables(lines: list[Line], rulings: list[Ruling], page_height: float) -> list[TableRegion]:
    horizontal = sorted((r for r in _merged_rules(rulings) if r.x1 - r.x0 >= 40), key=lambda r: r.top)
    groups: list[list[Ruling]] = []
    for rule in horizontal:
        for group in groups:
            ref = group[-1]
            if abs(ref.x0 - rule.x0) <= RULE_ALIGN and abs(ref.x1 - rule.x1) <= RULE_ALIGN:
                if rule.top - ref.bottom > 1.0:  # double-drawn rules count once
                    group.append(rule)
                break
        else:
            groups.append([rule])
    regions = []
    for group in groups:
        regions.extend(_tabular_runs(group, lines, page_height))
    return regions


def _tabular_runs(group: list[Ruling], lines: list[Line], page_height: float) -> list[TableRegion]:
    """The stretches between consecutive rules of a group that hold a table.

    A rule under the running head and the rules of a table below share their
    width; the body text between them is not a table, so each band between
    two rules is judged on its own and tabular neighbours are merged.
    """
    x0 = min(r.x0 for r in group)
    x1 = max(r.x1 for r in group)
    runs: list[list[Ruling]] = []
    for upper, lower in zip(group, group[1:]):
        band = TableRegion(x0, upper.top, x1, lower.bottom)
        inside = [line for line in lines if band.holds(line)]
        # a caption set inside the top rule is no reason to doubt the band
        printed = printed_rows(inside)
        caption = inner_caption(printed, band)
        if not caption and _starts_with_caption(printed) and runs and runs[-1][-1] is upper:
            continue  # the next table's caption alone right under a table: that table ends, another begins
        inside = [l for row in printed[caption:] for l in row]
        if inside and not _cell_rows(inside, x1 - x0) and not _label_row(inside, x1 - x0) \
                and not _cell_band(inside, x1 - x0):
            continue
        if runs and runs[-1][-1] is upper:
            runs[-1].append(lower)
        else:
            runs.append([upper, lower])
    out = []
    for run in runs:
        region = TableRegion(x0, run[0].top, x1, run[-1].bottom, [r.top for r in run])
        if region.bottom - region.top > 0.85 * page_height:
            continue  # a page frame
        inside = [line for line in lines if region.holds(line)]
        if _looks_tabular(inside, run, lines, region):
            out.append(region)
    return out


def printed_rows(lines: list[Line]) -> list[list[Line]]:
    """Lines grouped by baseline, top to bottom, each row left to right."""
    rows: list[list[Line]] = []
    for line in sorted(lines, key=lambda l: (l.baseline, l.x0)):
        if rows and abs(rows[-1][0].baseline - line.baseline) <= max(1.0, 0.3 * line.size):
            rows[-1].append(line)
        else:
            rows.append([line])
    for row in rows:
        row.sort(key=lambda l: l.x0)
    return rows


def inner_caption(printed: list[list[Line]], region: TableRegion) -> int:
    """How many of the first printed rows inside a table's rules are its
    caption ("table 1 | baseline characteristics, …", wrapped while it runs
    to the right edge); 0 when the table holds no caption, or nothing else."""
    if not printed or not ANY_CAPTION.match(printed[0][0].text):
        return 0
    width = region.x1 - region.x0
    size = printed[0][0].size
    n = 1
    for prev, row in zip(printed, printed[1:]):
        if (
            prev[-1].x1 - region.x0 >= 0.75 * width and len(row) == 1 and abs(row[0].size - size) <= 0.5
            and row[0].baseline - prev[0].baseline <= 1.6 * size and abs(row[0].x0 - prev[0].x0) <= 2 * size
        ):
            n += 1
        else:
            break
    return n if n < len(printed) else 0


def _starts_with_caption(printed: list[list[Line]]) -> bool:
    """Does a band's first printed row open with a caption ("Table 2. …")?
    With :func:`inner_caption` 0 the band is that caption and nothing else."""
    return bool(printed) and ANY_CAPTION.match(printed[0][0].text) is not None


def _label_row(lines: list[Line], width: float) -> bool:
    """A grid row holding one short label ("Eye disorders") belongs to its table."""
    return len({round(l.baseline) for l in lines}) == 1 and all(l.x1 - l.x0 < 0.6 * width for l in lines)


def _cell_rows(lines: list[Line], width: float) -> bool:
    """Do most rows hold several short cells (not two columns of prose)?"""
    rows: dict[int, list[Line]] = {}
    for line in lines:
        rows.setdefault(round(line.baseline / 2), []).append(line)
    cells = sum(
        1
        for row in rows.values()
        if len(row) >= 3 or (len(row) == 2 and max(l.x1 - l.x0 for l in row) < 0.35 * width)
    )
    return cells >= 0.4 * len(rows)


def _cell_band(lines: list[Line], width: float) -> bool:
    """One grid row whose cells wrap ("Absolute CD3+/CD4+" over "count", the
    values centred beside them): its lines stack into three or more short
    cells side by side.  Prose between two rules stacks into one or two
    wide blocks."""
    if len(lines) > 12:
        return False
    stacks: list[list[float]] = []  # [x0, x1] of each stack of overlapping lines
    for line in sorted(lines, key=lambda l: l.x0):
        for stack in stacks:
            if line.x0 < stack[1] - 1 and line.x1 > stack[0] + 1:
                stack[0], stack[1] = min(stack[0], line.x0), max(stack[1], line.x1)
                break
        else:
            stacks.append([line.x0, line.x1])
    return len(stacks) >= 3 and all(s[1] - s[0] < 0.5 * width for s in stacks)


def _looks_tabular(inside: list[Line], group: list[Ruling], lines: list[Line], region: TableRegion) -> bool:
    rows: dict[int, int] = {}
    for line in inside:
        key = round(line.baseline / 2)
        rows[key] = rows.get(key, 0) + 1
    multi = sum(1 for count in rows.values() if count >= 2)
    # boxed front matter or a framed abstract has rules too, but mostly
    # single-piece lines; a table is mostly rows of several cells
    if multi < MIN_ROWS or multi < 0.4 * len(rows):
        return False
    if len(group) >= 3:
        return True
    # two rules only: believe it when a caption sits just above or below
    return any(
        CAPTION.match(line.text)
        and (0 <= region.top - line.bottom <= 40 or 0 <= line.top - region.bottom <= 40)
        for line in lines
    )


def row_text(cells: list[Line]) -> str:
    return CELL_SEPARATOR.join(cell.text for cell in sorted(cells, key=lambda c: c.x0))


def cell_spans(line: str) -> list[tuple[int, int, str]]:
    """The cells of a table row's line (:func:`row_text`) as (start, end,
    text), white space trimmed, the offsets those of the line."""
    out, at = [], 0
    for piece in line.split(CELL_SEPARATOR):
        lead = len(piece) - len(piece.lstrip())
        out.append((at + lead, at + len(piece.rstrip()), piece.strip()))
        at += len(piece) + len(CELL_SEPARATOR)
    return out


# --------------------------------------------------------------------------
# tables without rules


def is_prose(line: Line) -> bool:
    """A line of running text: wide and wordy.  Table cells are short; a
    long row label ("Median (interquartile range) No of cigarettes") can be
    prose-like too, which only makes its row weaker evidence."""
    if line.x1 - line.x0 < PROSE_EM * line.size:
        return False
    text = line.text
    return text.count(" ") >= 5 or sum(1 for ch in text if is_cjk(ch)) >= 12


def _baseline_rows(lines: list[Line]) -> list[list[Line]]:
    rows: list[list[Line]] = []
    base = None
    for line in sorted(lines, key=lambda l: l.baseline):
        if rows and line.baseline - base <= max(1.0, 0.3 * line.size):
            rows[-1].append(line)
        else:
            rows.append([line])
            base = line.baseline
    for row in rows:
        row.sort(key=lambda l: l.x0)
    return rows


def _segments(row: list[Line]) -> list[list[Line]]:
    """Runs of cells in a printed row: a line of prose starts a new run (it
    can only be a row label, at the left) and so does a change of size."""
    out: list[list[Line]] = []
    for line in row:
        last = out[-1] if out else None
        if last is None or is_prose(line) or abs(line.size - last[-1].size) > 0.2 * last[-1].size:
            out.append([line])
        else:
            last.append(line)
    return [seg for seg in out if len(seg) >= 2]


@dataclass(slots=True)
class _Run:
    rows: list[list[Line]]
    x0: float
    x1: float

    @property
    def last(self) -> float:
        return self.rows[-1][0].baseline


def aligned_tables(lines: list[Line]) -> list[TableRegion]:
    """Tables set without rules, from the alignment of their cells."""
    if len(lines) < ALIGNED_MIN_ROWS * 2:
        return []
    rows = _baseline_rows(lines)
    segments = [seg for row in rows for seg in _segments(row)]
    if len(segments) < ALIGNED_MIN_ROWS:
        return []
    runs: list[_Run] = []
    for seg in segments:
        if ANY_CAPTION.match(seg[0].text):  # a caption set with wide word gaps
            continue
        # a line of prose heading a run of cells may be a long row label or
        # the next column's text on the same baseline: the cells place it
        core = seg[1:] if is_prose(seg[0]) else seg
        x0, x1 = core[0].x0, core[-1].x1
        size = seg[0].size
        for run in reversed(runs):
            if seg[0].baseline - run.last > 3.2 * size:
                continue
            overlap = min(x1, run.x1) - max(x0, run.x0)
            if overlap > 0.5 * min(x1 - x0, run.x1 - run.x0) and seg[0].baseline > run.last:
                run.rows.append(seg)
                run.x0, run.x1 = min(run.x0, x0), max(run.x1, x1)
                break
        else:
            runs.append(_Run([seg], x0, x1))
    out: list[TableRegion] = []
    for run in runs:
        if len(run.rows) >= ALIGNED_MIN_ROWS:
            for region in _validated(run.rows, lines, out):
                if not any(_overlaps(region, other) for other in out):
                    out.append(region)
    return out


def _overlaps(a: TableRegion, b: TableRegion) -> bool:
    return a.top < b.bottom and b.top < a.bottom and a.x0 < b.x1 and b.x0 < a.x1


def _validated(rows: list[list[Line]], lines: list[Line], taken: list[TableRegion], depth: int = 0) -> list[TableRegion]:
    """The table a run of cell rows makes, once columns that belong to the
    prose beside it are dropped; split where prose runs through it."""
    if len(rows) < ALIGNED_MIN_ROWS or depth > 4:
        return []
    # a line of justified prose split at its wide word gaps is no row
    counts = sorted(len(r) for r in rows)
    rows = [r for r in rows if len(r) <= counts[len(counts) // 2] + 2]
    members = {id(l) for row in rows for l in row}
    for _ in range(3):
        columns = _column_spans(rows)
        if len(columns) < 2:
            return []
        top = min(l.top for l in rows[0])
        bottom = max(l.bottom for l in rows[-1])
        x0, x1 = columns[0][0], columns[-1][1]
        blockers = [
            l for l in lines
            if id(l) not in members and is_prose(l)
            and top < (l.top + l.bottom) / 2 < bottom and l.x0 < x1 and l.x1 > x0
        ]
        if not blockers:
            break
        # prose of the next column over, taken for row labels: drop that column
        if all(b.x0 < columns[0][1] and b.x1 <= columns[1][0] + 2 for b in blockers):
            rows = _without_span(rows, columns[0])
        elif all(b.x0 >= columns[-2][1] - 2 and b.x1 > columns[-1][0] for b in blockers):
            rows = _without_span(rows, columns[-1])
        else:
            cut = blockers[0].baseline
            above = [r for r in rows if r[0].baseline < cut]
            below = [r for r in rows if r[0].baseline > cut]
            return _validated(above, lines, taken, depth + 1) + _validated(below, lines, taken, depth + 1)
        members = {id(l) for row in rows for l in row}
        if len(rows) < ALIGNED_MIN_ROWS:
            return []
    else:
        return []
    region = _aligned_region(rows, columns, lines, taken)
    return [region] if region else []


def _without_span(rows: list[list[Line]], span: tuple[float, float]) -> list[list[Line]]:
    out = []
    for row in rows:
        kept = [l for l in row if not (l.x0 >= span[0] - 0.5 and l.x1 <= span[1] + 0.5)]
        if len(kept) >= 2:
            out.append(kept)
    return out


def _column_spans(rows: list[list[Line]]) -> list[tuple[float, float]]:
    """x extents of the columns: the cells of the fullest rows, overlapping
    ones merged; edge columns that few rows use (a heading of the next
    column over on the same baseline) are left out."""
    counts = sorted(len(r) for r in rows)
    typical = counts[len(counts) // 2]
    cells = sorted((l for r in rows if len(r) >= typical for l in r), key=lambda l: l.x0)
    spans: list[list[float]] = []
    for cell in cells:
        if spans and cell.x0 < spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], cell.x1)
        else:
            spans.append([cell.x0, cell.x1])
    used = [sum(1 for r in rows if any(l.x0 < s[1] and l.x1 > s[0] for l in r)) for s in spans]
    while len(spans) > 2 and used[-1] < 0.34 * len(rows):
        spans.pop(), used.pop()
    while len(spans) > 2 and used[0] < 0.34 * len(rows):
        spans.pop(0), used.pop(0)
    return [(s[0], s[1]) for s in spans]


def _aligned_region(
    rows: list[list[Line]], columns: list[tuple[float, float]], lines: list[Line], taken: list[TableRegion]
) -> TableRegion | None:
    # cells of the columns; a head wider than its column's values stays
    rows = [[l for l in row if any(min(l.x1, c1) - max(l.x0, c0) >= 1 for c0, c1 in columns)] for row in rows]
    rows = [row for row in rows if len(row) >= 2]
    if len(rows) < ALIGNED_MIN_ROWS:
        return None
    x0 = min(l.x0 for row in rows for l in row)
    x1 = max(l.x1 for row in rows for l in row)
    size = sorted(l.size for row in rows for l in row)[len([l for row in rows for l in row]) // 2]
    # every column is a column: its cells share an edge
    by_column: list[list[Line]] = [[] for _ in columns]
    for row in rows:
        for l in row:
            for k, (c0, c1) in enumerate(columns):
                if l.x0 < c1 and l.x1 > c0:
                    by_column[k].append(l)
                    break
    if any(not _aligned(cells, size) for cells in by_column if len(cells) >= 2):
        return None
    # most rows fill the columns (labels scattered over a figure do not)
    full = sum(1 for row in rows if len(row) >= max(2, len(columns) - 1))
    if full < max(ALIGNED_MIN_ROWS, 0.6 * len(rows)):
        return None
    # … at a steady pitch (a group label between two rows doubles it)
    gaps = sorted(b[0].baseline - a[0].baseline for a, b in zip(rows, rows[1:]))
    if gaps[-1] > 2.6 * gaps[len(gaps) // 2]:
        return None
    # … and are set no larger than the text of the page
    if size > 1.1 * body_size(lines):
        return None
    region = TableRegion(x0, min(l.top for l in rows[0]), x1, max(l.bottom for l in rows[-1]), kind="aligned")
    free = [l for l in lines if not any(t.holds(l) for t in taken)]
    _add_group_labels(region, free, size)
    _add_header_lines(region, free, size)
    caption = bool(caption_right_above(region, lines))
    if len(columns) < ALIGNED_MIN_COLUMNS and not caption:
        return None
    # cells of a table are short, and hold numbers unless a caption says
    # it is a table: the boxes of a flow chart or a block of author names
    # line up too
    others = [l for row in rows for l in row[1:]]
    words = sorted(l.text.count(" ") + 1 for l in others)
    if words[len(words) // 2] > 4:
        return None
    numeric = sum(1 for l in others if any(ch.isdigit() for ch in l.text))
    if not caption and numeric < 0.5 * len(others):
        return None
    return region


def _aligned(cells: list[Line], size: float) -> bool:
    """Most cells of a column share their left, right or centre edge."""
    tol = ALIGN_EM * size
    need = max(2, int(0.6 * len(cells) + 0.999))
    for key in (lambda l: l.x0, lambda l: l.x1, lambda l: (l.x0 + l.x1) / 2):
        xs = sorted(key(l) for l in cells)
        j = 0
        for i in range(len(xs)):
            while xs[i] - xs[j] > 2 * tol:
                j += 1
            if i - j + 1 >= need:
                return True
    return False


def caption_rows(region: TableRegion, lines: list[Line]) -> list[list[Line]]:
    """The printed rows of a "Table 1 …" caption set above a table, from its
    first line down as long as it wraps: the next row starts under it and
    the row before ran to the table's right edge.  Empty if there is none
    within a few lines."""
    above = [
        l for l in lines
        if l.bottom <= region.top + 1 and l.top >= region.top - 10 * l.size and l.x1 > region.x0 and l.x0 < region.x1
    ]
    rows = _baseline_rows(above)
    for k in range(len(rows) - 1, -1, -1):
        if ANY_CAPTION.match(rows[k][0].text):
            break
    else:
        return []
    chain = [rows[k]]
    size = rows[k][0].size
    for row in rows[k + 1:]:
        prev = chain[-1]
        flush_left = abs(row[0].x0 - chain[0][0].x0) <= 2 * size and prev[-1].x1 >= region.x1 - 3 * size
        centred = abs((row[0].x0 + row[-1].x1) - (chain[0][0].x0 + chain[0][-1].x1)) <= 4 * size
        if row[0].baseline - prev[0].baseline > 1.7 * size or abs(row[0].size - size) > 0.15 * size \
                or not (flush_left or centred):
            break
        chain.append(row)
    if any(l.x0 < region.x0 - 2 * size or l.x1 > region.x1 + 3 * size for row in chain for l in row):
        return []
    return chain


def caption_right_above(region: TableRegion, lines: list[Line]) -> list[list[Line]]:
    """The caption rows of a table when they end right above it, nothing
    between."""
    chain = caption_rows(region, lines)
    if not chain:
        return []
    end = max(l.bottom for l in chain[-1])
    if region.top - end > 2.5 * chain[-1][0].size:
        return []
    if any(end < (l.top + l.bottom) / 2 < region.top and l.x1 > region.x0 and l.x0 < region.x1 for l in lines):
        return []
    return chain


def _add_group_labels(region: TableRegion, lines: list[Line], size: float) -> None:
    """Labels of groups of rows ("Age", "Treatment") set out to the left of
    the indented row labels."""
    for l in lines:
        if (
            region.top < (l.top + l.bottom) / 2 < region.bottom
            and region.x0 - 2 * size <= l.x0 < region.x0 - 6 < region.x0 < l.x1 <= region.x1
            and not is_prose(l)
        ):
            region.x0 = l.x0


def _add_header_lines(region: TableRegion, lines: list[Line], size: float) -> None:
    """Header lines above the first row of cells (a column head wrapped over
    two lines, a head set over two columns, the label of the first group of
    rows): short lines right above, inside the table's width.  A caption or
    a line of prose ends them, and so does a short line right under prose
    (the end of a paragraph)."""
    caption = {id(l) for row in caption_rows(region, lines) for l in row}
    for _ in range(5):
        near = [
            l for l in lines
            if region.top - 1.8 * size <= l.bottom <= region.top + 0.5 and l.x1 > region.x0 and l.x0 < region.x1
        ]
        if not near or any(
            l.x0 < region.x0 - 2 * size or l.x1 > region.x1 + 6 or is_prose(l) or ANY_CAPTION.match(l.text)
            or id(l) in caption or abs(l.size - size) > 0.25 * size
            for l in near
        ):
            return
        top = min(l.top for l in near)
        if any(is_prose(l) and top - 1.2 * size <= l.bottom <= top + 0.5 and l.x1 > region.x0 and l.x0 < region.x1
               and id(l) not in caption and not ANY_CAPTION.match(l.text) for l in lines):
            return
        region.top = top
        region.x0 = min(region.x0, min(l.x0 for l in near))
