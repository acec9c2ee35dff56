"""What the clipping path hides (extractor.layout.chars.clipped_out)."""

from __future__ import annotations

from extractor.layout.chars import GLYPH_SHARE, RULE_SHARE, clipped_out, intersect_clip

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
