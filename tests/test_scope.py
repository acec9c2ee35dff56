"""The table scope: which column each cell of a row stands under.

A PDF does not print an empty cell, so a row of a table can come out of the
text layer with fewer cells than its head row (a blank "dose" in one study's
row), and a head row often leaves the column of row labels without a head.
The cells are then placed by where they are printed, as a reader's eye does.
"""

from __future__ import annotations

import pytest

from extractor.facts.pipeline import Extractor
from extractor.facts.scope import TableScope
from extractor.layout.document import BlockKind, CharBoxes
from extractor.layout.tables import CELL_SEPARATOR
from extractor.layout.textlayer import document_from_text

#: where each column of the printed tables below starts across the page (pt)
COLUMNS_X = (60.0, 150.0, 240.0, 330.0)
CHAR_WIDTH = 5.0


def printed_table(caption: str, rows: list[dict[int, str]]):
    """A document of a caption and a table whose rows print each cell at its
    column's place (``{column: text}``); columns left out of a row are
    empty cells, which leave no text, as in a PDF."""
    lines = [CELL_SEPARATOR.join(row[c] for c in sorted(row)) for row in rows]
    doc = document_from_text("\n\n".join([caption, *lines]))
    for block, row in zip(doc.blocks[1:], rows):
        block.kind = BlockKind.TABLE
        boxes: list = []
        for c in sorted(row):
            if boxes:
                boxes += [None] * len(CELL_SEPARATOR)
            x = COLUMNS_X[c]
            boxes += [(1, x + i * CHAR_WIDTH, 100.0, x + (i + 1) * CHAR_WIDTH, 110.0) for i in range(len(row[c]))]
        for sentence in block.sentences:
            sentence.boxes = CharBoxes()
            sentence.boxes.extend(boxes[sentence.start:sentence.start + len(sentence.text)])
    return doc


def scopes(doc) -> list[TableScope]:
    extractor = Extractor.load()
    state: dict = {}
    return [TableScope(extractor, block, n, state, lambda: False) for n, block in enumerate(doc.blocks[1:], 1)]


def columns_of(scope: TableScope) -> list[tuple[str, int | None]]:
    return [(cell.text, cell.column) for s in scope.block.sentences for cell in scope.cells(s)]


def test_a_row_as_long_as_the_head_row_is_read_in_order():
    head, row = scopes(printed_table("Table 1. Studies", [
        {0: "Study", 1: "Patients", 2: "Follow-up"}, {0: "Lee 2019", 1: "12", 2: "6 months"}]))
    assert head.heads == ["study", "patients", "follow-up"]
    assert columns_of(row) == [("Lee 2019", 0), ("12", 1), ("6 months", 2)]


def test_a_row_that_lost_an_empty_cell_is_read_by_where_its_cells_are_printed():
    _, row = scopes(printed_table("Table 1. Studies", [
        {0: "Study", 1: "Dose", 2: "Injections", 3: "Follow-up"}, {0: "Lee 2019", 2: "3", 3: "6 months"}]))
    assert columns_of(row) == [("Lee 2019", 0), ("3", 2), ("6 months", 3)]


def test_a_head_row_without_a_head_over_the_row_labels():
    _, row = scopes(printed_table("Table 1. The three cases", [
        {1: "Injections", 2: "FSH", 3: "Follow-up, months"}, {0: "Case 1", 1: "2", 2: "64 / 38", 3: "9"}]))
    assert columns_of(row) == [("Case 1", None), ("2", 0), ("64 / 38", 1), ("9", 2)]


def test_without_boxes_a_row_of_another_length_stands_under_no_head():
    doc = document_from_text("Table 1. Studies\n\nStudy | Dose | Follow-up\n\nLee 2019 | 6 months")
    for block in doc.blocks[1:]:
        block.kind = BlockKind.TABLE
    _, row = scopes(doc)
    assert columns_of(row) == [("Lee 2019", None), ("6 months", None)]


@pytest.fixture(scope="module")
def extractor():
    return Extractor.load()


def test_the_facts_of_a_table_whose_rows_lost_cells(extractor):
    """Each column's finder reads its own cells, whichever cells a row lost."""
    doc = printed_table("Table 2. Trials of stromal cells", [
        {0: "Trial", 1: "No. of patients", 2: "Injection frequency", 3: "Follow-up"},
        {0: "Ruiz 2018", 1: "16", 2: "3, weekly", 3: "12 months"},
        {0: "Sato 2020", 2: "2, at 4-week intervals", 3: "6 months"},   # no count of patients printed
        {0: "Diaz 2021", 1: "22", 3: "24 months"},                       # no frequency printed
    ])
    found = sorted((f.type, f.text) for f in extractor.facts(doc) if f.type in ("sample_size", "sessions", "follow_up"))
    assert found == [
        ("follow_up", "12 months"), ("follow_up", "24 months"), ("follow_up", "6 months"),
        ("sample_size", "16"), ("sample_size", "22"),
        ("sessions", "2, at 4-week intervals"), ("sessions", "3, weekly"),
    ]


def test_a_range_of_counts_in_a_sessions_column_is_no_count(extractor):
    doc = printed_table("Table 2. Trials", [
        {0: "Trial", 1: "Injections"}, {0: "Liu 2017", 1: "4–12, weekly"}, {0: "Ng 2019", 1: "1 or 2"}])
    assert [f.value["count"] for f in extractor.facts(doc) if f.type == "sessions"] == [1, 2]
