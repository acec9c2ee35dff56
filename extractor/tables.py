"""Tables: found from their ruling lines, kept out of body sentences.

A table is a stack of horizontal rules of about the same width (a
three-line table has a top rule, a rule under the header and a bottom rule;
a grid has one per row) with text between them.  Its rows are kept as rows
(cells separated by `` | ``) and marked as table text, so the extractor never
reads a sentence running across cells.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .chars import Ruling
from .lines import Line

CAPTION = re.compile(r"^\s*(Table|TABLE|Tab\.|表)\s*[0-9０-９]+", re.UNICODE)
#: rules whose ends are this close (pt) belong to the same table
RULE_ALIGN = 8.0
#: a table needs at least this many rows of two or more cells
MIN_ROWS = 2


@dataclass(slots=True)
class TableRegion:
    x0: float
    top: float
    x1: float
    bottom: float
    #: y of each horizontal rule; a grid (four or more) delimits its rows
    rules: list[float] = field(default_factory=list)

    @property
    def grid(self) -> bool:
        return len(self.rules) >= 4

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
        if inside and not _cell_rows(inside, x1 - x0) and not _label_row(inside, x1 - x0):
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
    return " | ".join(cell.text for cell in sorted(cells, key=lambda c: c.x0))
