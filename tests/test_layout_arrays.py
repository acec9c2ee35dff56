"""The array paths of the layout give what the glyph-by-glyph paths give.

Big pages are grouped into lines on numpy arrays (lines._split_rows_arrays,
lines.render_all), their boxes packed in one pass (CharBoxes.extend), their
overprints looked for among candidates found on arrays (glyphs._alone);
small ones go glyph by glyph.  Both must agree value for value, so these
tests build pages past the thresholds and compare the two.
"""

from __future__ import annotations

import gc
import random
import subprocess
import sys
from array import array
from pathlib import Path

import pytest
from charfactory import glyphs, right

from extractor.errors import LitxError
from extractor.layout import glyphs as glyph_repairs
from extractor.layout import lines
from extractor.layout.chars import Char
from extractor.layout.document import CharBoxes
from extractor.layout.textlayer import GC_THRESHOLD, parse_pdf

ROOT = Path(__file__).resolve().parents[1]

WORDS = ["cells", "were", "cultured", "in", "medium", "with", "serum", "for", "days", "细胞", "在", "培养基", "中", "培养", "天",
         "and", "then", "counted"]


def busy_page(seed: int) -> list[Char]:
    """A page of two columns of made-up text: words in several sizes and
    fonts, Chinese among them, exponents and citations raised, subscripts
    lowered, baselines off by a hair, glyphs out of reading order."""
    rnd = random.Random(seed)
    chars: list[Char] = []
    for column in (50.0, 320.0):
        y = 80.0
        while y < 740:
            size = rnd.choice([9.0, 10.0, 10.0, 10.0, 12.0])
            font = rnd.choice(["Times-Roman", "Times-Roman", "Times-Bold", "SimSun"])
            x = column
            while x < column + 230:
                word = rnd.choice(WORDS)
                jitter = rnd.choice([0.0, 0.0, 0.0, 0.3, -0.2])
                chars += glyphs(word, x, y + jitter, size=size, font=font, gap=rnd.choice([0.0, 0.0, 0.8]))
                x = right(chars) + rnd.choice([0.5, 2.5, 2.5, 4.0, 14.0])
                if rnd.random() < 0.08:  # an exponent or a citation
                    mark = rnd.choice(["6", "[12]", "a", "2-4"])
                    chars += glyphs(mark, x - 0.3, y - 0.35 * size, size=0.65 * size, font=font)
                    x = right(chars) + 2.5
                if rnd.random() < 0.04:  # a subscript
                    chars += glyphs("2", x - 0.3, y + 0.2 * size, size=0.65 * size, font=font)
                    x = right(chars) + 2.5
                if rnd.random() < 0.1:  # a space glyph
                    chars.append(Char(" ", x, y - 0.8 * size, x + 0.25 * size, y + 0.2 * size, size, font, y))
                    x += 0.25 * size
            y += rnd.choice([12.0, 13.0, 14.5, 30.0])
    rnd.shuffle(chars[len(chars) // 3 : len(chars) // 2])  # part of the stream out of order
    return chars


def by_glyphs(chars: list[Char]) -> list[lines.Line]:
    """The glyph-by-glyph path: _split_rows and render."""
    pieces = lines._rejoin(lines._attach_scripts(lines._split_rows(list(chars))))
    return [lines.render(f, 3) for f in pieces]


@pytest.mark.parametrize("seed", range(6))
def test_a_big_page_gives_the_same_lines_on_arrays_as_glyph_by_glyph(seed):
    chars = busy_page(seed)
    assert len(chars) >= lines.ARRAYS_FROM
    frags = lines.fragments(list(chars))
    assert any(f.span is not None for f in frags)  # the arrays were used
    assert any(f.span is None for f in frags)  # and scripts attached to some lines
    on_arrays = lines.render_all(frags, 3)
    expected = by_glyphs(chars)
    assert [line.text for line in on_arrays] == [line.text for line in expected]
    assert on_arrays == expected  # boxes, extent, baseline, size, bold prefix, font


def test_the_made_up_pages_hold_what_the_arrays_must_get_right():
    written = [line for seed in range(6) for line in by_glyphs(busy_page(seed))]
    assert any(line.bold_prefix for line in written)  # a line that starts bold
    assert any("^[" in line.text for line in written) and any("_2" in line.text for line in written)
    assert any("细胞" in line.text for line in written)  # Chinese: no space between ideographs


def test_glyphs_the_arrays_cannot_hold_go_glyph_by_glyph():
    chars = busy_page(1)
    chars[10] = Char("(cid:7)", *[getattr(chars[10], a) for a in ("x0", "top", "x1", "bottom", "size", "font", "baseline")])
    assert lines._split_rows_arrays(list(chars)) is None
    nan = busy_page(2)
    nan[5] = Char("x", float("nan"), 1.0, 2.0, 3.0, 10.0, "F", 3.0)
    assert lines._split_rows_arrays(nan) is None
    frags = lines.fragments(list(chars))
    assert all(f.span is None for f in frags)
    assert lines.render_all(frags, 3) == by_glyphs(chars)


def test_a_block_of_boxes_is_packed_as_box_by_box():
    rnd = random.Random(7)
    boxes = [None if rnd.random() < 0.2 else (rnd.randint(1, 300), rnd.uniform(0, 600), rnd.uniform(0, 800),
                                               rnd.uniform(0, 600), rnd.uniform(0, 800)) for _ in range(500)]
    packed = CharBoxes()
    packed.extend(boxes)
    one_by_one = CharBoxes()
    for box in boxes:
        one_by_one.append(box)
    assert packed._pages == one_by_one._pages and packed._coords == one_by_one._coords
    assert packed._coords.typecode == "f" and packed._pages.typecode == "H"
    assert [b is None for b in packed] == [b is None for b in boxes]
    with pytest.raises(OverflowError):
        CharBoxes().extend([(70000, 0.0, 0.0, 1.0, 1.0)] * 100)
    assert array("H").typecode == CharBoxes()._pages.typecode


def test_overprints_on_a_big_page_are_found_as_on_a_small_one():
    page = busy_page(3)
    # fake bold: a title drawn three times, the copies a hair apart and far
    # down the stream; and two words that merely share letters nearby
    title = glyphs("Critical", 60, 40, size=14, font="Helvetica-Bold")
    copies = [Char(c.text, c.x0 + dx, c.top, c.x1 + dx, c.bottom, c.size, c.font, c.baseline)
              for dx in (0.4, -0.5) for c in title]
    chars = title + page + copies
    assert len(chars) >= glyph_repairs._ALONE_FROM
    kept = glyph_repairs.dedupe_overprint(chars)
    # the exact check on every glyph, without the arrays' shortlist
    dropped = set(glyph_repairs._overprinted(chars, 1.0, range(len(chars))))
    assert kept == [c for k, c in enumerate(chars) if k not in dropped]
    assert len(chars) - len(kept) == len(copies)


def sample_pdf(path: Path) -> Path:
    """Two columns of made-up text with exponents, as reportlab sets them."""
    from pdfkit import write_pdf

    rnd = random.Random(11)

    def page(canvas):
        for column in (50, 310):
            for row in range(45):
                y = 780 - 15 * row
                canvas.setFont("Helvetica-Bold" if row % 9 == 0 else "Helvetica", 9)
                words = " ".join(rnd.choice(WORDS[:9] + WORDS[15:]) for _ in range(6))
                canvas.drawString(column, y, words)
                if row % 4 == 1:
                    canvas.setFont("Helvetica", 6)
                    canvas.drawString(column + canvas.stringWidth(words, "Helvetica", 9) + 0.5, y + 3.5, "12")

    return write_pdf(path, page, page)


def test_a_pdf_parses_to_the_same_layer_with_and_without_the_arrays(tmp_path, monkeypatch):
    from extractor.layout import document
    from extractor.layout.render import to_json

    pdf = sample_pdf(tmp_path / "two_columns.pdf")
    for engine in ("pdfium", "pdfplumber"):
        fast = to_json(parse_pdf(pdf, engine=engine))
        with monkeypatch.context() as m:
            m.setattr(lines, "ARRAYS_FROM", 10**9)
            m.setattr(document, "_ARRAYS_FROM", 10**9)
            m.setattr(glyph_repairs, "_ALONE_FROM", 10**9)
            slow = to_json(parse_pdf(pdf, engine=engine))
        assert fast == slow
        assert "^{12}" in str(fast)


def test_parsing_puts_the_collectors_threshold_back(tmp_path):
    before = gc.get_threshold()
    parse_pdf(sample_pdf(tmp_path / "sample.pdf"))
    assert gc.get_threshold() == before
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\nnot a pdf at all")
    with pytest.raises(LitxError):
        parse_pdf(broken)
    assert gc.get_threshold() == before
    assert GC_THRESHOLD > before[0]


@pytest.mark.parametrize("args", [["--help"], ["parse", "--ocr", "never", "-o", "{out}", "{pdf}"]])
def test_help_and_parse_do_not_import_the_language_libraries(args, tmp_path):
    pdf = sample_pdf(tmp_path / "sample.pdf")
    argv = [a.format(out=tmp_path / "out.txt", pdf=pdf) for a in args]
    code = (
        "import runpy, sys\n"
        "sys.argv = ['litx'] + sys.argv[1:]\n"
        "try:\n"
        "    runpy.run_module('extractor.cli', run_name='__main__')\n"
        "except SystemExit as exc:\n"
        "    assert not exc.code, exc.code\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('spacy', 'jieba', 'thinc'))\n"
        "print('HEAVY', heavy)\n"
    )
    done = subprocess.run([sys.executable, "-c", code, *argv], check=False, capture_output=True, text=True, cwd=ROOT,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "HEAVY []" in done.stdout
