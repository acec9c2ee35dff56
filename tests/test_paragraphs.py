"""Lines → paragraphs: joining, hyphenation, headings, reference entries."""

from __future__ import annotations

import pytest

from extractor.layout.lines import Line
from extractor.layout.lines import hyphenated_words, join_lines
from extractor.layout.paragraphs import NUMBERED_HEADING, REFERENCE_ENTRY, RawBlock, split_references
from extractor.layout.document import BlockKind


def line(text: str, y: float = 100.0) -> Line:
    boxes = [(1, float(i), y, float(i + 1), y + 10) for i in range(len(text))]
    return Line(text, boxes, 0, y, len(text), y + 10, y + 8, 10, 1)


@pytest.mark.parametrize(
    "parts, joined",
    [
        (["早发性卵巢功能不全指女性", "40岁前出现卵巢功能减退"], "早发性卵巢功能不全指女性40岁前出现卵巢功能减退"),
        (["干细胞治疗POI", "的临床研究"], "干细胞治疗POI的临床研究"),
        (["cells were", "injected"], "cells were injected"),
        (["bone marrow mesen-", "chymal stem cells"], "bone marrow mesenchymal stem cells"),
        (["lipoprotein receptor-", "related protein"], "lipoprotein receptor-related protein"),
        (["IL-", "6 levels"], "IL-6 levels"),
        (["the dose (", "5 mg)"], "the dose (5 mg)"),
        (["治疗依从性^[4-", "^6]。因此"], "治疗依从性^[4-6]。因此"),
    ],
)
def test_join_lines(parts, joined):
    text, boxes = join_lines([line(p, 100 + 12 * i) for i, p in enumerate(parts)], set())
    assert text == joined
    assert len(boxes) == len(text)


def test_hyphen_kept_when_the_document_prints_the_compound():
    lines = [line("adipose-derived cells are used"), line("adipose-"), line("derived stromal cells")]
    text, _ = join_lines(lines[1:], hyphenated_words(lines))
    assert text == "adipose-derived stromal cells"


@pytest.mark.parametrize(
    "text, level",
    [("1 资料与方法", "1"), ("2.3 联合移植策略", "2.3"), ("1.1.2 骨髓 MSC", "1.1.2"), ("3. Results", "3")],
)
def test_numbered_headings(text, level):
    assert NUMBERED_HEADING.match(text).group(1) == level


@pytest.mark.parametrize("text", ["3.5% of women", "2021年", "12 patients were"])
def test_not_numbered_headings(text):
    m = NUMBERED_HEADING.match(text)
    assert m is None or text == "12 patients were"


def test_reference_list_split_into_entries():
    block = RawBlock(
        BlockKind.PARAGRAPH,
        [line("[1] SMITH A. A title[J]. J Med, 2021,"), line("12(1): 1-9."), line("[2] 王明. 标题[J]. 杂志, 2020, 1: 2.")],
    )
    entries = split_references(block)
    assert [len(e.lines) for e in entries] == [2, 1]
    assert all(e.kind is BlockKind.REFERENCE for e in entries)
    assert REFERENCE_ENTRY.match("[12] X")


def placed_line(text: str, x0: float, x1: float, baseline: float, size: float = 9.5):
    from extractor.layout.columns import Placed

    boxes = [(1, x0 + i, baseline - size, x0 + i + 1, baseline) for i in range(len(text))]
    return (0, Placed(Line(text, boxes, x0, baseline - size, x1, baseline + 2, baseline, size, 1), 0, 0))


def test_a_column_with_nothing_beside_it_keeps_its_paragraphs_whole():
    # the left column of a page whose right column is empty, under a
    # full-width abstract: its lines are full lines of their own measure
    from extractor.layout.paragraphs import split_blocks

    abstract = [placed_line(f"abstract line {i} of the full width of the page", 56, 539, 100 + 12 * i) for i in range(6)]
    column = [placed_line(f"column line {i} set to half the width", 56, 289, 200 + 12 * i) for i in range(8)]
    column.append(placed_line("its last line.", 56, 150, 200 + 12 * 8))
    column.append(placed_line("A new paragraph, indented.", 68, 289, 200 + 12 * 9))
    column.append(placed_line("and its second line", 56, 289, 200 + 12 * 10))
    column.append(placed_line("ends here.", 56, 120, 200 + 12 * 11))
    blocks = split_blocks(abstract + column)
    assert [len(b.lines) for b in blocks] == [6, 9, 3]


def test_ragged_lines_of_a_column_with_nothing_beside_it_keep_their_paragraph_whole():
    # Chinese lines wrapped before a number or a Latin word that did not fit
    # end a few ems short of the column, each at another point; an open line
    # so set goes on, a closed one ends its paragraph
    from extractor.layout.paragraphs import split_blocks

    abstract = [placed_line(f"abstract line {i} of the full width of the page", 56, 539, 100 + 12 * i) for i in range(4)]
    column = [placed_line("二 方法 大鼠以环磷酰胺腹腔注射建立模型，剂量为50", 75, 266, 200),
              placed_line("mg/kg，随后经尾静脉注射细胞悬液建立小鼠卵", 56, 289, 212),
              placed_line("巢早衰模型，每周一次，连续四周，末次注射后", 56, 258, 224),
              placed_line("两周取材并检测血清激素水平的变化。", 56, 215, 236),
              placed_line("三 结果 治疗组激素水平较模型组明显改善，差异", 75, 289, 248),
              placed_line("有统计学意义。", 56, 120, 260)]
    assert [len(b.lines) for b in split_blocks(abstract + column)] == [4, 4, 2]


def test_the_second_line_of_a_centred_title_is_no_indent():
    from extractor.layout.paragraphs import split_blocks

    title = [placed_line("Autologous Bone Marrow Stem Cells for Premature Ovarian", 56, 539, 82, 15.0),
             placed_line("Insufficiency: What a Series Can Show", 88, 508, 101, 15.0)]
    body = [placed_line("Body text of the paper, justified to the measure of the page.", 56, 539, 130, 10.0),
            placed_line("  An indented first line of the next paragraph, to the margin.", 76, 539, 142, 10.0)]
    assert [len(b.lines) for b in split_blocks(title + body)] == [2, 1, 1]


# --------------------------------------------------------------------- small capitals, run-in headings


@pytest.mark.parametrize("printed, read", [
    ("ObjeCtive", "Objective"),
    ("PartiCiPants", "Participants"),
    ("WhAT IS AlReAdy knoWn on ThIS TopIC", "What is already known on this topic"),
    ("Main OutCOMe Measures", "Main outcome measures"),
    ("results", "Results"),
    ("FC (Smn/OreR) ≥ 1.5", "FC (Smn/OreR) ≥ 1.5"),  # gene names, no small capitals
    ("McDonald Criteria", "McDonald Criteria"),
    ("Methods", "Methods"),
])
def test_small_capitals_read_as_words(printed, read):
    from extractor.layout.paragraphs import small_caps

    out = small_caps([line(printed)])
    assert out[0].text == read and len(out[0].boxes) == len(read)


def test_a_label_in_another_face_is_a_heading_not_the_end_of_the_sentence():
    from dataclasses import replace as copy

    from extractor.layout.columns import Placed
    from extractor.layout.paragraphs import classify, split_blocks

    def body(text: str, y: float) -> Line:
        return copy(line(text, y), x1=200.0, font="ABCDEF+SerifBook")

    lines = [
        body("To learn whether the cells help, we ran a trial of", 100),
        body("them in women during pregnancy.", 112),  # a full line: the paragraph could go on
        copy(line("Design", 124), x1=30.0, font="GHIJKL+SansMedium"),
        body("Parallel group, randomised controlled, multicentre", 136),
        copy(body("trial.", 148), x1=25.0),
    ]
    placed = [(0, Placed(l, 0, 0)) for l in lines]
    blocks = classify(split_blocks(placed), 10.0, lambda text: None)
    assert [(b.kind.value, " ".join(l.text for l in b.lines)) for b in blocks] == [
        ("paragraph", "To learn whether the cells help, we ran a trial of them in women during pregnancy."),
        ("heading", "Design"),
        ("paragraph", "Parallel group, randomised controlled, multicentre trial."),
    ]
