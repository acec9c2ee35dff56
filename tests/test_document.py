"""The document model: character boxes and the line pieces a highlighter draws."""

from __future__ import annotations

import pytest

from extractor.layout.document import CharBoxes


def boxes(rotation: int, glyphs: list[tuple[float, float, float, float] | None]) -> CharBoxes:
    out = CharBoxes(rotation)
    out.extend(None if g is None else (1, *g) for g in glyphs)
    return out


#: "ab cd" over two printed lines, for text running each way: one box per line piece
LINES = {
    0: ([(10, 100, 15, 110), (15, 100, 20, 110), None, (10, 114, 15, 124), (15, 114, 20, 124)],
        [(1, 10, 100, 20, 110), (1, 10, 114, 20, 124)]),
    270: ([(100, 10, 110, 15), (100, 15, 110, 20), None, (86, 10, 96, 15), (86, 15, 96, 20)],
          [(1, 100, 10, 110, 20), (1, 86, 10, 96, 20)]),
    90: ([(100, 15, 110, 20), (100, 10, 110, 15), None, (114, 15, 124, 20), (114, 10, 124, 15)],
         [(1, 100, 10, 110, 20), (1, 114, 10, 124, 20)]),
    180: ([(15, 100, 20, 110), (10, 100, 15, 110), None, (15, 86, 20, 96), (10, 86, 15, 96)],
          [(1, 10, 100, 20, 110), (1, 10, 86, 20, 96)]),
}


@pytest.mark.parametrize("rotation", sorted(LINES))
def test_a_span_gives_one_box_per_printed_line_whichever_way_it_runs(rotation):
    glyphs, pieces = LINES[rotation]
    char_boxes = boxes(rotation, glyphs)
    assert char_boxes.span() == pieces
    # a slice keeps the direction
    assert char_boxes.slice(0, 2).span() == pieces[:1]


def test_text_running_down_is_not_joined_as_if_it_ran_across():
    glyphs, _ = LINES[270]
    assert len(boxes(0, glyphs).span()) == 4  # read across, the glyphs of a line stack
