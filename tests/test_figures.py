"""Figures and boxes (extractor/layout/figures.py): text inside a figure is
figure text, a framed box is read whole after its column, a caption ends at
the caption."""

from __future__ import annotations

import pytest

from extractor.layout.columns import Placed
from extractor.layout.document import BlockKind
from extractor.layout.figures import find_insets
from extractor.layout.lines import Line
from extractor.layout.paragraphs import split_blocks
from extractor.layout.textlayer import parse_pdf

ENGINES = ["pdfplumber", "pdfium"]


def line(text: str, x0: float, top: float, size: float = 9.0, page: int = 1, width: float | None = None) -> Line:
    width = width if width is not None else 0.5 * size * len(text)
    step = width / max(len(text), 1)
    boxes = [None if ch == " " else (page, x0 + i * step, top, x0 + (i + 1) * step, top + size)
             for i, ch in enumerate(text)]
    return Line(text, boxes, x0, top, x0 + width, top + size, top + 0.8 * size, size, page)


@pytest.fixture(scope="module", params=ENGINES)
def figures_doc(request, fixture_pdfs):
    import json

    expected = json.loads((fixture_pdfs / "figures_and_boxes.expected.json").read_text(encoding="utf-8"))
    return parse_pdf(fixture_pdfs / "figures_and_boxes.pdf", engine=request.param), expected["features"]


def blocks_of(doc, kind: str) -> list[str]:
    return [b.text for b in doc.blocks if b.kind.value == kind]


# ------------------------------------------------------------------ the fixture, both engines


def test_each_box_of_a_flow_chart_is_one_figure_block(figures_doc):
    doc, features = figures_doc
    # boxes set side by side a few points apart are not read as one line
    assert blocks_of(doc, "figure")[: len(features["flow_chart"])] == features["flow_chart"]
    body = " ".join(blocks_of(doc, "paragraph") + blocks_of(doc, "heading"))
    assert "(n=" not in body


def test_chart_labels_are_figure_text_not_a_heading(figures_doc):
    doc, features = figures_doc
    figure_text = " ".join(blocks_of(doc, "figure"))
    for label in features["chart_labels"]:
        assert label in figure_text
    assert "Months after injection" not in [s.title for s in doc.sections]
    assert not any(b.kind is BlockKind.HEADING and "Months" in b.text for b in doc.blocks)


def test_a_caption_ends_at_the_caption_and_comes_before_its_figure(figures_doc):
    doc, features = figures_doc
    assert blocks_of(doc, "caption") == features["captions"]
    texts = [b.text for b in doc.blocks]
    first_box = features["flow_chart"][0]
    assert texts.index(features["captions"][0]) + 1 == texts.index(first_box)
    # the column beside the chart starts a paragraph of its own
    assert any(b.kind is BlockKind.PARAGRAPH and b.text.startswith("Serum AMH rose") for b in doc.blocks)


def test_a_box_is_read_whole_after_the_columns_beside_it(figures_doc):
    doc, features = figures_doc
    texts = [b.text for b in doc.blocks if b.page == 1]
    heading, text = features["box"]["heading"], features["box"]["text"]
    assert text in texts and texts.index(heading) + 1 == texts.index(text)
    # the paragraphs of both columns come before it, each whole
    last_column = next(t for t in texts if t.startswith("Adverse events were recorded"))
    assert texts.index(last_column) < texts.index(heading)
    # a box heading opens no section of the article
    assert heading not in [s.title for s in doc.sections]


def test_sample_sizes_of_a_flow_chart_are_its_totals_only(figures_doc):
    from extractor.facts.pipeline import Extractor

    doc, features = figures_doc
    sizes = sorted(f.value["n"] for f in Extractor.load().facts(doc) if f.type == "sample_size")
    assert sizes == sorted(features["sample_sizes"])


# ------------------------------------------------------------------ find_insets


def test_prose_in_a_panel_is_a_box_and_labels_are_a_figure():
    prose = [line("a line of prose that fills the measure of the box", 40, 100 + 12 * i, width=250) for i in range(4)]
    beside = [line("a line of the column beside the box, at its height", 310, 100 + 12 * i, width=250) for i in range(4)]
    box = find_insets(prose + beside, [(35, 95, 295, 160)], (595, 842))
    assert [i.kind for i in box] == ["box"] and box[0].taken == prose
    # alone in its band, nothing interleaves with it: it is read in its place
    assert find_insets(prose, [(35, 95, 295, 160)], (595, 842)) == []
    labels = [line("Screened (n=120)", 40, 300), line("Randomised (n=80)", 40, 330), line("Excluded (n=40)", 160, 315)]
    figure = find_insets(labels, [(35, 295, 260, 345)], (595, 842))
    assert [i.kind for i in figure] == ["figure"]
    assert [len(g) for g in figure[0].groups] == [1, 1, 1]


def test_a_background_behind_the_page_is_neither():
    lines = [line("Title of a cover page", 200, 100 + 30 * i, size=13) for i in range(6)]
    assert find_insets(lines, [(0, 0, 595, 842)], (595, 842)) == []


def test_a_scanned_page_of_labels_is_a_figure_and_of_prose_is_not():
    labels = [line(t, 40 + 90 * (i % 3), 100 + 40 * (i // 3)) for i, t in enumerate(
        ["288 assessed", "229 excluded", "59 included", "17 patients", "42 patients", "6 patients"])]
    assert [i.kind for i in find_insets(labels, [], (340, 218), scanned=True)] == ["figure"]
    prose = [line("a line of scanned prose running the full measure", 40, 100 + 12 * i, width=260) for i in range(8)]
    assert find_insets(prose, [], (340, 400), scanned=True) == []


def test_a_caption_does_not_run_on_into_the_next_column():
    caption = [line("Figure 3. A caption set at the foot of the column whose", 40, 700, width=250),
               line("last line reaches the edge of the column as a full line", 40, 712, width=250)]
    text = line("The next column starts with a sentence of the body.", 320, 80, width=250)
    placed = [(0, Placed(caption[0], 0, 0)), (0, Placed(caption[1], 0, 0)), (0, Placed(text, 0, 1))]
    blocks = split_blocks(placed)
    assert [len(b.lines) for b in blocks] == [2, 1]


# ------------------------------------------------------------------ sample sizes in a flow chart


@pytest.mark.parametrize("boxes, sizes", [
    (["Assessed for eligibility (n=412)", "Excluded (n=112): declined (n=70), other reasons (n=42)",
      "Randomised (n=300)", "Allocated to cells (n=150) Received cells (n=148)",
      "Lost to follow-up (n=6) Discontinued (n=2)", "Analysed (n=142)"], [300, 150, 148, 142]),
    (["评估合格性(n=96)", "排除(n=16)：拒绝参加10例，其他原因6例", "随机分组(n=80)", "细胞组接受移植40例",
      "失访3例", "纳入分析37例"], [80, 40, 37]),
])
def test_a_flow_charts_sample_sizes_are_its_totals(boxes, sizes):
    """Figure text (one block per box of a flow chart) gives a sample size
    only where its box names a total: randomised, allocated, analysed."""
    from extractor.facts.pipeline import Extractor
    from extractor.layout.textlayer import document_from_text

    doc = document_from_text("\n\n".join(boxes))
    for block in doc.blocks:
        block.kind = BlockKind.FIGURE
        for sentence in block.sentences:
            sentence.kind = BlockKind.FIGURE
    found = [f.value["n"] for f in Extractor.load().facts(doc) if f.type == "sample_size"]
    assert sorted(found) == sorted(sizes)


def test_a_flow_chart_box_that_names_no_total_gives_no_sample_size():
    """The same words make a sample size in the body and none in a box of a flow chart."""
    from extractor.facts.pipeline import Extractor
    from extractor.layout.textlayer import document_from_text

    def sizes(kind: BlockKind | None) -> list[int]:
        doc = document_from_text("Women with premature ovarian insufficiency (n=412)")
        for block in doc.blocks:
            block.kind = kind or block.kind
            for sentence in block.sentences:
                sentence.kind = kind or sentence.kind
        return [f.value["n"] for f in Extractor.load().facts(doc) if f.type == "sample_size"]

    assert sizes(None) == [412] and sizes(BlockKind.FIGURE) == []
