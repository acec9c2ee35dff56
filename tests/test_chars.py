"""What the clipping path hides (extractor.layout.chars.clipped_out); which
way a glyph's text runs and the reading frame it is laid out in."""

from __future__ import annotations

import pytest

from extractor.layout.chars import GLYPH_SHARE, RULE_SHARE, Char, ReadingFrame, Ruling, clipped_out, intersect_clip, rotation_of

CLIP = (100.0, 100.0, 300.0, 200.0)


def glyph(x0: float, y0: float, width: float = 5.0, height: float = 10.0):
    return (x0, y0, x0 + width, y0 + height)


def test_a_glyph_inside_shows_one_outside_does_not():
    assert not clipped_out(glyph(150, 150), CLIP)
    assert clipped_out(glyph(350, 150), CLIP)
    assert clipped_out(glyph(150, 20), CLIP)


def test_a_glyph_cut_by_the_edge_still_shows():
    # half of an "f" at the right edge of a column's clip is still read
    assert not clipped_out(glyph(297.5, 150), CLIP)
    # only its last fifth inside: the glyph is gone
    assert clipped_out(glyph(299, 150), CLIP)


def test_a_glyph_touching_the_clip_with_its_descent_does_not_show():
    # a line just above the clip: its em box reaches 2 pt into it
    assert clipped_out(glyph(150, 92), CLIP)
    assert not clipped_out(glyph(150, 92), CLIP, min_share=0.1)


def test_either_direction_of_y():
    flipped = (100.0, -200.0, 300.0, -100.0)
    assert not clipped_out((150, -160, 155, -150), flipped)
    assert clipped_out((150, -60, 155, -50), flipped)


def test_a_rule_shows_while_any_of_it_is_inside():
    long_rule = (280.0, 150.0, 480.0, 150.5)  # a tenth of it inside
    assert clipped_out(long_rule, CLIP, GLYPH_SHARE)
    assert not clipped_out(long_rule, CLIP, RULE_SHARE)
    assert clipped_out((310.0, 150.0, 480.0, 150.5), CLIP, RULE_SHARE)


def test_a_hairline_or_zero_width_glyph_goes_by_its_position():
    assert not clipped_out((120.0, 150.0, 290.0, 150.0), CLIP, RULE_SHARE)
    assert clipped_out((120.0, 250.0, 290.0, 250.0), CLIP, RULE_SHARE)
    assert not clipped_out((150.0, 150.0, 150.0, 160.0), CLIP)


def test_clips_narrow_and_an_empty_one_hides_everything():
    assert intersect_clip(None, CLIP) == CLIP
    inner = intersect_clip(CLIP, (0.0, 150.0, 200.0, 400.0))
    assert inner == (100.0, 150.0, 200.0, 200.0)
    assert clipped_out(glyph(250, 160), inner)
    empty = intersect_clip(CLIP, (400.0, 0.0, 500.0, 50.0))
    assert clipped_out(glyph(150, 150), empty)
    assert clipped_out((150.0, 150.0, 150.0, 150.0), empty, RULE_SHARE)


# --------------------------------------------------------------------- rotated text


@pytest.mark.parametrize(
    "a, b, rotation",
    [(1, 0, 0), (0, 1, 90), (-1, 0, 180), (0, -1, 270), (0.94, 0.34, 0), (0.34, 0.94, 90), (0, 0, 0)],
)
def test_the_direction_text_runs_from_its_matrix(a, b, rotation):
    assert rotation_of(a, b) == rotation


#: a sideways glyph "M" on a 600 × 800 page, and where it lands in its frame
#: (text running down: the page turned a quarter counterclockwise, so the
#: glyph's left edge, its baseline side, comes to the bottom)
FRAMES = [
    (0, (100.0, 200.0, 110.0, 208.0), (600.0, 800.0), (100.0, 200.0, 110.0, 208.0)),
    (270, (100.0, 200.0, 110.0, 208.0), (800.0, 600.0), (200.0, 490.0, 208.0, 500.0)),
    (90, (100.0, 200.0, 110.0, 208.0), (800.0, 600.0), (592.0, 100.0, 600.0, 110.0)),
    (180, (100.0, 200.0, 110.0, 208.0), (600.0, 800.0), (490.0, 592.0, 500.0, 600.0)),
]


@pytest.mark.parametrize("rotation, shown, size, framed", FRAMES)
def test_a_reading_frame_turns_boxes_and_back(rotation, shown, size, framed):
    frame = ReadingFrame(rotation, 600.0, 800.0)
    assert frame.size == size
    assert frame.box(*shown) == framed
    assert frame.display_box(*framed) == shown
    assert ReadingFrame(rotation, 600.0, 800.0).ruling(Ruling(*shown)) == Ruling(*framed)


def test_text_running_down_the_page_reads_left_to_right_in_its_frame():
    """Three glyphs running down at x 100..110 (tops of the glyphs facing
    right, baseline at x 102): in the frame, left to right on one baseline."""
    frame = ReadingFrame(270, 600.0, 800.0)
    down = [Char(t, 100.0, 200.0 + 6 * i, 110.0, 206.0 + 6 * i, 10.0, baseline=102.0, rotation=270)
            for i, t in enumerate("FSH")]
    upright = [frame.char(c) for c in down]
    assert [c.text for c in sorted(upright, key=lambda c: c.x0)] == ["F", "S", "H"]
    assert {c.baseline for c in upright} == {498.0}
    assert all(c.rotation == 0 and c.top < c.baseline <= c.bottom for c in upright)
