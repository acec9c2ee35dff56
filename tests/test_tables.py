"""Tables: ruled ones and ones set without rules, their rows, their captions.

Pages are built glyph by glyph (charfactory: Latin glyphs half an em wide,
a word space a quarter em), so every gap and baseline is known.  What must
never become a table is tested as carefully as what must: prose in two
columns, reference lists, numbered equations, labels scattered over a
figure, justified lines with wide word gaps.
"""

from __future__ import annotations

from charfactory import glyphs

from extractor.layout.chars import Ruling
from extractor.layout.columns import reading_order
from extractor.layout.lines import fragments, render
from extractor.layout.tables import find_tables


def page_lines(chars):
    return [render(f, 1) for f in fragments(chars)]


def row(cells: list[tuple[str, float]], baseline: float, size: float = 8.0, font: str = "Times-Roman"):
    out = []
    for text, x in cells:
        out += glyphs(text, x, baseline, size=size, font=font)
    return out


def centred(text: str, mid: float, baseline: float, size: float = 8.0, font: str = "Times-Roman"):
    return glyphs(text, mid - len(text) * size / 4, baseline, size=size, font=font)


def rule(y: float, x0: float = 48.0, x1: float = 548.0) -> Ruling:
    return Ruling(x0, y - 0.25, x1, y + 0.25)


def read(chars, rulings=()):
    lines = page_lines(chars)
    found = find_tables(lines, list(rulings), 842.0)
    return found, reading_order(lines, found)


def rows_of(placed) -> list[str]:
    return [p.line.text for p in placed if p.table]


def body_of(placed) -> list[str]:
    return [p.line.text for p in placed if not p.table]


PROSE = [
    "Serum hormones were measured before treatment and again after six months in",
    "every woman who completed the study, always in the same laboratory and with",
    "the same assay, by staff who did not know which group a sample came from.",
]

#: a table with no rule: label flush left, numbers centred under their heads
UNRULED = [
    ["Group", "n", "FSH (IU/L)", "AMH (ng/mL)"],
    ["Low dose", "6", "71.3 ± 12.0", "0.06 ± 0.03"],
    ["Middle dose", "6", "64.8 ± 15.2", "0.09 ± 0.05"],
    ["High dose", "6", "52.4 ± 13.7", "0.11 ± 0.06"],
    ["All women", "18", "62.8 ± 15.9", "0.09 ± 0.05"],
]


def unruled_table(x: float, top: float, mids: tuple[float, ...], size: float = 8.0, pitch: float = 12.0):
    chars = []
    for i, cells in enumerate(UNRULED):
        baseline = top + i * pitch
        chars += glyphs(cells[0], x, baseline, size=size)
        for text, mid in zip(cells[1:], mids):
            chars += centred(text, mid, baseline, size)
    return chars


# --------------------------------------------------------------------- tables without rules


def test_a_table_without_rules_is_found_from_its_columns():
    chars = []
    for i, text in enumerate(PROSE):
        chars += glyphs(text, 50, 60 + 12 * i)
    chars += glyphs("Table 1 Hormones six months after treatment", 50, 110)
    chars += unruled_table(50, 126, (170, 250, 340))
    for i, text in enumerate(PROSE):
        chars += glyphs(text, 50, 200 + 12 * i)
    found, placed = read(chars)
    assert [t.kind for t in found] == ["aligned"]
    assert rows_of(placed) == [" | ".join(r) for r in UNRULED]
    body = body_of(placed)
    # the caption is read with its table, the prose around it untouched
    assert body.index("Table 1 Hormones six months after treatment") == 3
    assert body[:3] == PROSE and body[4:] == PROSE


def test_a_table_in_one_column_beside_prose_in_the_other():
    """Lines of the other column share baselines with the rows: they are
    neither cells nor a reason to give up the table."""
    chars = []
    for i in range(16):
        chars += glyphs(f"left column prose line {i} of a paper with words", 50, 100 + 12 * i)
    chars += glyphs("Table 2 Hormones by dose", 320, 100)
    chars += unruled_table(320, 116, (420, 475, 530), size=7.5)
    for i in range(6):
        chars += glyphs(f"right column prose after the table {i} words", 320, 190 + 12 * i)
    found, placed = read(chars)
    [table] = found
    assert table.x0 >= 320
    assert rows_of(placed) == [" | ".join(r) for r in UNRULED]
    body = body_of(placed)
    assert body[:16] == [f"left column prose line {i} of a paper with words" for i in range(16)]
    assert body[16] == "Table 2 Hormones by dose"
    assert body[17] == "right column prose after the table 0 words"


def test_wrapped_column_heads_of_a_table_without_rules_make_one_header_row():
    chars = glyphs("Table 3 Follicles by route", 50, 100)
    # head lines 9 pt apart, rows 13 pt apart
    chars += row([("Treated", 160), ("Antral", 240), ("Responders", 320)], 116)
    chars += row([("Route", 50), ("animals", 160), ("follicles", 240), ("(%)", 320)], 125)
    for i, cells in enumerate([("Intraovarian", "12", "4.1", "58"), ("Intra-arterial", "10", "3.6", "50"),
                               ("Intravenous", "11", "2.2", "18"), ("Sham", "9", "1.8", "11")]):
        chars += row(list(zip(cells, (50, 160, 240, 320))), 138 + 13 * i)
    found, placed = read(chars)
    assert len(found) == 1
    rows = rows_of(placed)
    assert rows[0] == "Route | Treated animals | Antral follicles | Responders (%)"
    assert rows[1:] == ["Intraovarian | 12 | 4.1 | 58", "Intra-arterial | 10 | 3.6 | 50",
                        "Intravenous | 11 | 2.2 | 18", "Sham | 9 | 1.8 | 11"]


def test_two_columns_of_prose_are_no_table():
    chars = []
    for i in range(20):
        chars += glyphs(f"left column {i} with several words of prose", 50, 100 + 12 * i)
        chars += glyphs(f"right column {i} with other words of prose", 320, 100 + 12 * i)
    found, _ = read(chars)
    assert found == []


def test_a_reference_list_is_no_table():
    chars = []
    for i in range(8):
        chars += glyphs(f"{i + 1}.", 50, 100 + 24 * i)
        chars += glyphs(f"Author{i} A, Writer B. A title of paper number {i + 1} in a journal.", 66, 100 + 24 * i)
        chars += glyphs(f"J Invented Res. 20{10 + i};{i + 3}:{10 * i + 1}-{10 * i + 9}.", 66, 112 + 24 * i)
    found, _ = read(chars)
    assert found == []


def test_numbered_equations_are_no_table():
    chars = []
    for i, eq in enumerate(["y = a + b x", "z = c - d", "w = y / z", "v = w + 1"]):
        chars += glyphs(eq, 200, 100 + 16 * i)
        chars += glyphs(f"({i + 1})", 480, 100 + 16 * i)
    found, _ = read(chars)
    assert found == []


def test_a_list_of_short_items_in_two_columns_is_no_table_without_a_caption():
    chars = []
    for i, (a, b) in enumerate([("ISSN", "1364-8535"), ("Article type", "Research"),
                                ("Submitted", "18 July 2014"), ("Accepted", "2 October 2014")]):
        chars += glyphs(a, 150, 400 + 12 * i)
        chars += glyphs(b, 300, 400 + 12 * i)
    found, _ = read(chars)
    assert found == []


def test_labels_scattered_over_a_figure_are_no_table():
    chars = []
    labels = ["Key", "Cbp80", "Ird5", "Rpa1", "Cact", "Diap2", "Slmb", "Ben", "Traf6", "Cul1", "SMN",
              "Uev1a", "Eff", "SkpA", "Gem6", "Gem8", "Gem3", "PGRP", "Gem4", "Rpn11", "IMD", "Hcf"]
    xs = [82, 477, 82, 253, 80, 163, 405, 275, 165, 407, 336, 270, 171, 404, 479, 479, 296, 72, 264, 436, 85, 87]
    for i, (text, x) in enumerate(zip(labels, xs)):
        chars += glyphs(text, x, 280 + 7.5 * i + (i % 3) * 2)
    found, _ = read(chars)
    assert found == []


def test_a_figure_axis_in_big_type_is_no_table():
    chars = []
    for i in range(5):
        chars += row([(f"{10 * i}", 60), (f"{i + 2}", 200), (f"{3 * i}", 340), (f"{i}", 480)], 300 + 20 * i,
                     size=14.0)
    for i in range(12):  # the page's text, smaller
        chars += glyphs(f"body text line {i} that sets the usual size of the page", 50, 500 + 12 * i)
    found, _ = read(chars)
    assert found == []


def test_justified_lines_with_wide_word_gaps_are_no_table():
    words = ["splenectomized patients (group III) compared with non",
             "splenectomized ones concerning the percentage, but highly",
             "statistically significant lower levels regarding the count"]
    chars = []
    for i, line in enumerate(words):
        x = 300.0
        for w in line.split():
            chars += glyphs(w, x, 300 + 11 * i, size=9.0)
            x += len(w) * 4.5 + 10 + 1.7 * i  # gaps over 0.9 em: one fragment per word
    found, _ = read(chars)
    assert found == []


# --------------------------------------------------------------------- ruled tables: rows


def test_three_line_table_header_wrapped_over_two_lines_is_one_row():
    chars = row([("Animals", 200), ("Cell dose", 300), ("FSH at", 420)], 108, font="Times-Bold")
    chars += row([("Route", 52), ("treated", 200), ("(million/kg)", 300), ("6 months (IU/L)", 420)], 118,
                 font="Times-Bold")
    body = [("Intraovarian", "12", "5.0", "48.9"), ("Intra-arterial", "10", "5.0", "55.3"),
            ("Intravenous", "11", "10.0", "64.2")]
    for i, cells in enumerate(body):
        chars += row(list(zip(cells, (52, 200, 300, 420))), 136 + 13 * i)
    found, placed = read(chars, [rule(95), rule(123), rule(170)])
    assert [t.kind for t in found] == ["ruled"]
    assert rows_of(placed) == [
        "Route | Animals treated | Cell dose (million/kg) | FSH at 6 months (IU/L)",
        "Intraovarian | 12 | 5.0 | 48.9", "Intra-arterial | 10 | 5.0 | 55.3", "Intravenous | 11 | 10.0 | 64.2",
    ]


def test_a_wrapped_row_label_joins_its_row_and_a_group_label_stays_a_row():
    chars = row([("Summary", 300), ("p value", 420)], 108)
    lines = [
        (130, [("Age", 52)]),
        (143, [("Children", 60), ("11.77", 300), ("<0.001", 420)]),
        (156, [("Moderate", 60), ("9.13", 300), ("0.02", 420)]),
        (165, [("anaemia", 60)]),  # set at the leading: the label wraps
        (178, [("Marked", 60), ("16.92", 300), ("0.49", 420)]),
    ]
    for baseline, cells in lines:
        chars += row(cells, baseline)
    _, placed = read(chars, [rule(95), rule(115), rule(185)])
    assert rows_of(placed) == ["Summary | p value", "Age", "Children | 11.77 | <0.001",
                               "Moderate anaemia | 9.13 | 0.02", "Marked | 16.92 | 0.49"]


def test_grid_row_with_a_wrapped_label_and_values_centred_beside_it():
    """A grid band whose label wraps while the values sit between its two
    lines (Immunome Res 13: 127, table 2) is a row of the table, not prose."""
    chars = []
    rules = [rule(95)]
    y = 95.0
    for label, values in [("Serum IgA", ("0.04*", "<0.001**", "<0.001**")),
                          ("CD3+ (%)", ("<0.001**", "<0.001**", "<0.001**"))]:
        chars += row([(label, 52)] + list(zip(values, (200, 300, 400))), y + 12)
        y += 17.3
        rules.append(rule(y))
    chars += glyphs("Absolute CD3+/CD4+", 52, y + 10.7, size=8.0)
    chars += row(list(zip(("0.05*", "0.3", "0.03*"), (200, 300, 400))), y + 14.9)
    chars += glyphs("count", 52, y + 19.1, size=8.0)
    y += 25.7
    rules.append(rule(y))
    chars += row([("CD19+ (%)", 52), ("0.02*", 200), ("0.7", 300), ("0.02*", 400)], y + 12)
    rules.append(rule(y + 17.3))
    found, placed = read(chars, rules)
    assert len(found) == 1
    assert "Absolute CD3+/CD4+ count | 0.05* | 0.3 | 0.03*" in rows_of(placed)
    assert not body_of(placed)


def test_grid_band_holding_a_whole_table_is_split_into_its_rows():
    """A lab report ruled only around its blocks: one band holds the whole
    list of results, one printed row per result."""
    rules = [rule(95), rule(110), rule(125)]
    chars = row([("Name: B", 52), ("Sex: M", 200), ("Age: 50", 350)], 106)
    chars += row([("Ward:", 52), ("Sample: EDTA blood", 200), ("State: normal", 350)], 121)
    results = [("Item", "Method", "Result", "Range"), ("WBC", "analyser", "3.9", "[4.0-10.0]"),
               ("NEU#", "analyser", "2.33", "[1.8-6.3]"), ("LYM#", "analyser", "1.16", "[1.1-3.2]"),
               ("PLT", "analyser", "149", "[125-350]")]
    for i, cells in enumerate(results):
        chars += row(list(zip(cells, (52, 200, 300, 400))), 140 + 14 * i)
    rules.append(rule(220))
    _, placed = read(chars, rules)
    rows = rows_of(placed)
    assert rows[2:] == [" | ".join(c) for c in results]


def test_grid_header_wrapped_at_the_row_pitch_stays_one_row():
    """Column heads of a grid wrapped over several lines set at the same
    leading as the rows (SmPC adverse reactions): one header row."""
    chars = row([("System organ class", 52), ("Prevention of", 200), ("Treatment of", 350)], 108)
    chars += row([("VTE in adult", 200), ("DVT and PE", 350)], 120)
    chars += row([("patients", 200), ("(VTEt)", 350)], 132)
    chars += row([("Anaemia", 52), ("Common", 200), ("Common", 350)], 150)
    chars += row([("Thrombocytopenia", 52), ("Uncommon", 200), ("Common", 350)], 162)
    _, placed = read(chars, [rule(95), rule(138), rule(155), rule(167)])
    assert rows_of(placed) == ["System organ class | Prevention of VTE in adult patients | "
                               "Treatment of DVT and PE (VTEt)",
                               "Anaemia | Common | Common", "Thrombocytopenia | Uncommon | Common"]


def test_caption_inside_the_top_rule_is_a_paragraph_not_a_row():
    chars = row([("table 1 |", 52), ("baseline characteristics, according to study group. values are numbers", 90)],
                105)
    chars += glyphs("(percentages) unless stated otherwise", 52, 115, size=8.0)
    chars += row([("Physical activity", 250), ("Control group", 350)], 128, size=7.0)
    chars += row([("Characteristics", 52), ("group (n=391)", 250), ("(n=393)", 350)], 136.5, size=7.0)
    chars += row([("Mean (SD) age (years)", 52), ("27.2 (6.1)", 250), ("27.8 (6.5)", 350)], 147.4, size=7.2)
    chars += row([("Mean (SD) weight (kg)", 52), ("69.2 (14.1)", 250), ("70.9 (15.9)", 350)], 157.8, size=7.2)
    chars += row([("Married", 52), ("230 (59)", 250), ("221 (56)", 350)], 168.2, size=7.2)
    rules = [rule(95, 48, 420), rule(150, 48, 420), rule(160.5, 48, 420), rule(171, 48, 420)]
    _, placed = read(chars, rules)
    captions = [p.line.text for p in placed if p.caption]
    assert captions == ["table 1 | baseline characteristics, according to study group. values are numbers "
                        "(percentages) unless stated otherwise"]
    assert rows_of(placed)[:2] == ["Characteristics | Physical activity group (n=391) | Control group (n=393)",
                                   "Mean (SD) age (years) | 27.2 (6.1) | 27.8 (6.5)"]


# --------------------------------------------------------------------- the fixture PDF


def test_fixture_tables_come_out_as_printed(parse_fixture):
    """tables_without_rules: a table with no rule in one column of a
    two-column page, and a full-width three-line table whose column heads
    take two lines."""
    from extractor.layout.document import BlockKind

    doc, expected = parse_fixture("tables_without_rules")
    unruled, wrapped = expected["tables"]
    assert unruled["rules"] == 0 and wrapped["rules"] == 3
    rows = [b.text for b in doc.blocks if b.kind is BlockKind.TABLE]
    assert rows == [" | ".join(r) for r in unruled["rows"] + wrapped["rows"]]
    # each caption is read right before its table, as a paragraph of its own
    texts = [b.text for b in doc.blocks]
    for table in (unruled, wrapped):
        at = texts.index(table["caption"])
        assert texts[at + 1] == " | ".join(table["rows"][0])
    # the prose around the tables is whole and no cell ran into it
    prose = [b.text for b in doc.blocks if b.kind is BlockKind.PARAGRAPH
             and b.text not in (unruled["caption"], wrapped["caption"]) and "Invented Vet" not in b.text]
    assert prose == expected["paragraphs"]
    for row in unruled["rows"][1:] + wrapped["rows"][1:]:
        assert not any(row[0] in p for p in prose)


def test_author_blocks_side_by_side_are_no_table():
    chars = []
    for k, (name, dept, city) in enumerate([("Ana Lima", "Department of Surgery", "Porto, Portugal"),
                                            ("Bo Chen", "School of Medicine", "Wuhan, China"),
                                            ("Cai Rui", "Institute of Biology", "Xiamen, China")]):
        for i, text in enumerate((name, dept, city, f"{name.split()[0].lower()}@uni.example")):
            chars += centred(text, 130 + 170 * k, 150 + 11 * i, size=9.0)
    for i in range(10):
        chars += glyphs(f"body text line {i} that sets the usual size of the page", 50, 300 + 12 * i, size=9.0)
    found, _ = read(chars)
    assert found == []


def test_a_bulleted_list_is_no_table():
    chars = []
    for i, item in enumerate(["H pylori eradication with iron works better", "Refractory anaemia needs a test",
                              "Screening is not recommended", "Adults respond better than children"]):
        chars += glyphs("<", 50, 200 + 12 * i, size=9.0)
        chars += glyphs(item, 62, 200 + 12 * i, size=9.0)
    found, _ = read(chars)
    assert found == []


def test_rows_set_closer_than_the_rest_stay_rows():
    """A spreadsheet exported with uneven row heights: two rows closer than
    the usual pitch are still two rows — each has its label and values."""
    chars = glyphs("Table 4 Enriched terms", 50, 100)
    chars += row([("Term", 50), ("ID", 200), ("P", 300), ("Size", 380)], 116)
    baselines = [131.6, 147.2, 162.8, 178.4, 194.0, 206.7, 222.3, 234.8]
    for i, y in enumerate(baselines):
        chars += row([(f"term {i}", 50), (f"GO:00{i}4719", 200), (f"0.0{i}2", 300), (f"{i + 3}", 380)], y)
    _, placed = read(chars)
    rows = rows_of(placed)
    assert rows[1:] == [f"term {i} | GO:00{i}4719 | 0.0{i}2 | {i + 3}" for i in range(len(baselines))]


def test_a_caption_below_set_with_wide_word_gaps_does_not_spoil_the_table():
    chars = []
    for i, cells in enumerate(UNRULED):
        chars += glyphs(cells[0], 50, 126 + 12 * i, size=8.0)
        for text, mid in zip(cells[1:], (170, 250, 340)):
            chars += centred(text, mid, 126 + 12 * i)
    x = 50.0
    for word in "Table 2: Comparison between the studied groups regarding".split():
        chars += glyphs(word, x, 200, size=9.0)
        x += len(word) * 4.5 + 9.5
    found, placed = read(chars)
    assert len(found) == 1
    assert rows_of(placed) == [" | ".join(r) for r in UNRULED]


def test_a_value_set_less_than_a_gutter_from_the_next_column_is_cut_off():
    """"2.40 to 21.15 30.48": the last number belongs to the next column,
    whose other values end at the same x; a wide word gap inside a cell
    with nothing lined up after it stays."""
    chars = row([("Group", 52), ("95% CI", 150), ("Chi", 250)], 108)
    values = [("Children", "2.40 to 21.15", "30.48"), ("Adult", "7.87 to 22.35", "0.43"),
              ("Bismuth", "7.85 to 33.61", "1.48"), ("PPI", "2.75 to 18.08", "27.63")]
    for k, (label, ci, chi) in enumerate(values):
        y = 125 + 12 * k
        chars += glyphs(label, 52, y, size=8.0)
        chars += glyphs(ci, 150, y, size=8.0)
        chars += glyphs(chi, 280 - len(chi) * 4, y, size=8.0)  # right-aligned at 280
    # the first row's value set only 0.6 em after its interval: one fragment
    chars = [c for c in chars if not (c.top < 125 < c.bottom and c.x0 >= 250)]
    chars += glyphs("30.48", 150 + 13 * 4 + 0.6 * 8, 125, size=8.0)
    chars += glyphs("Long label", 52, 173, size=8.0)
    chars += glyphs("with a gap", 52 + 10 * 4 + 5, 173, size=8.0)  # 0.6 em on: one fragment
    chars += row([("x", 150), ("1.0", 268)], 173)
    _, placed = read(chars, [rule(95), rule(115), rule(180)])
    rows = rows_of(placed)
    assert rows[1] == "Children | 2.40 to 21.15 | 30.48"
    assert rows[2:5] == ["Adult | 7.87 to 22.35 | 0.43", "Bismuth | 7.85 to 33.61 | 1.48", "PPI | 2.75 to 18.08 | 27.63"]
    assert rows[5] == "Long label with a gap | x | 1.0"


def test_grid_band_with_a_caption_inside_is_still_a_table_band():
    """The top band of a BMJ grid holds the caption, the column heads, a
    label over the first group of rows and the first row: the caption is
    set apart, the label spanning columns is a row, the heads one row."""
    chars = row([("table 4 |", 40), ("Maternal depression. values are numbers, means (standard deviations)", 80)], 104)
    chars += row([("visit time", 40), ("Control group", 150), ("Physical activity", 250), ("Difference", 350)],
                 118, size=7.0)
    chars += row([("no, mean (SD) score on the depression scale", 40)], 129, size=7.2)
    chars += row([("Baseline", 40), ("393, 7.7 (5.0)", 150), ("391, 7.6 (5.3)", 250), ("0", 350)], 139.5, size=7.2)
    chars += row([("End of pregnancy", 40), ("194, 7.2 (5.0)", 150), ("189, 8.0 (4.9)", 250), ("1.06", 350)],
                 150, size=7.2)
    chars += row([("6 months", 40), ("133, 6.6 (4.7)", 150), ("146, 6.8 (4.8)", 250), ("0.52", 350)], 160.5,
                 size=7.2)
    rules = [rule(95, 36, 420), rule(142.5, 36, 420), rule(153, 36, 420), rule(163.5, 36, 420)]
    found, placed = read(chars, rules)
    assert len(found) == 1 and found[0].top < 100
    assert [p.line.text for p in placed if p.caption] == [
        "table 4 | Maternal depression. values are numbers, means (standard deviations)"]
    assert rows_of(placed) == [
        "visit time | Control group | Physical activity | Difference",
        "no, mean (SD) score on the depression scale",
        "Baseline | 393, 7.7 (5.0) | 391, 7.6 (5.3) | 0",
        "End of pregnancy | 194, 7.2 (5.0) | 189, 8.0 (4.9) | 1.06",
        "6 months | 133, 6.6 (4.7) | 146, 6.8 (4.8) | 0.52",
    ]


# --------------------------------------------------------------------- any ruled geometry


def test_issue15_three_rules_with_every_row_above_the_middle_one():
    """Rows set between the top rule and the middle one, a footnote closed
    by the third: no header to take off, the rows are the table (this
    crashed with "min() arg is an empty sequence")."""
    chars = []
    for i, cells in enumerate([("Group", "n", "FSH"), ("Low", "6", "71.3"), ("High", "6", "52.4")]):
        chars += row(list(zip(cells, (60, 200, 300))), 110 + 12 * i)
    chars += glyphs("Values are means.", 60, 180, size=8.0)
    found, placed = read(chars, [rule(100), rule(140), rule(190)])
    assert [t.kind for t in found] == ["ruled"]
    assert rows_of(placed) == ["Group | n | FSH", "Low | 6 | 71.3", "High | 6 | 52.4", "Values are means."]
    _, placed = read(chars[:-len("Valuesaremeans.")], [rule(100), rule(140), rule(150)])
    assert rows_of(placed) == ["Group | n | FSH", "Low | 6 | 71.3", "High | 6 | 52.4"]


def test_a_header_alone_above_the_middle_rule_is_still_the_header():
    chars = row([("Group", 60), ("n", 200), ("FSH", 300)], 110)
    for i, cells in enumerate([("Low", "6", "71.3"), ("High", "6", "52.4")]):
        chars += row(list(zip(cells, (60, 200, 300))), 130 + 12 * i)
    _, placed = read(chars, [rule(100), rule(116), rule(150)])
    assert rows_of(placed) == ["Group | n | FSH", "Low | 6 | 71.3", "High | 6 | 52.4"]


def test_any_ruled_geometry_reads_every_line_once():
    """Rules and rows at random (seeded): the table code never fails, and
    every printed cell comes out exactly once, in a row or as plain text."""
    import random

    rng = random.Random(15)
    for _ in range(300):
        chars, texts = [], []
        baseline = 60.0 + rng.random() * 40
        for r in range(rng.randint(0, 7)):
            cells = [(f"c{r}x{k}", 52 + 110 * k + rng.choice((0, 0, 3, 40))) for k in range(rng.randint(1, 4))]
            chars += row(cells, baseline, size=rng.choice((7.0, 8.0, 9.0)))
            texts += [t for t, _ in cells]
            baseline += rng.choice((10.0, 12.0, 13.0, 24.0))
        ys = sorted(rng.uniform(40, baseline + 30) for _ in range(rng.randint(0, 6)))
        x1 = rng.choice((548.0, 420.0, 300.0))
        _, placed = read(chars, [rule(y, 48.0 + rng.choice((0, 0, 5, 30)), x1) for y in ys])
        out = " ".join(p.line.text for p in placed).replace(" | ", " ").split()
        assert sorted(out) == sorted(texts), (ys, texts)


def _table_above_its_middle_rule(pdf) -> None:
    """A page of prose, then a three-rule table whose rows all sit above the
    middle rule (issue 15)."""
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(72, 780, "Cord cells for ovarian insufficiency")
    pdf.setFont("Helvetica", 10)
    pdf.drawString(72, 750, "Mean FSH fell from 68.4 to 41.2 IU/L at six months.")
    for y in (720, 650, 630):
        pdf.line(72, y, 520, y)
    pdf.setFont("Helvetica", 8)
    for i, cells in enumerate([("Group", "n", "FSH (IU/L)"), ("Low dose", "6", "71.3"), ("High dose", "6", "52.4")]):
        for text, x in zip(cells, (76, 250, 380)):
            pdf.drawString(x, 705 - 14 * i, text)


def test_issue15_a_pdf_with_a_table_above_its_middle_rule_reads_whole(tmp_path):
    from pdfkit import write_pdf

    from extractor.layout.textlayer import parse_pdf

    doc = parse_pdf(write_pdf(tmp_path / "three_rules.pdf", _table_above_its_middle_rule))
    assert [b.text for b in doc.blocks if b.kind.value == "table"] == [
        "Group | n | FSH (IU/L)", "Low dose | 6 | 71.3", "High dose | 6 | 52.4"]
    assert "Mean FSH fell from 68.4 to 41.2 IU/L at six months." in [b.text for b in doc.blocks]


def _two_tables_with_a_caption_between(pdf) -> None:
    """Two three-rule tables of the same width, the second's caption set
    between the first's bottom rule and the second's top rule."""
    pdf.setFont("Helvetica", 9)
    pdf.drawString(72, 760, "Table 1. Women treated")
    rows_1 = [("Arm", "Women", "Cells/kg"), ("Low", "6", "1 x 10^6"), ("High", "6", "4 x 10^6")]
    rows_2 = [("Arm", "Week 0", "Week 12"), ("Low", "71.3", "60.2"), ("High", "69.8", "48.1")]
    for top, rows in ((750, rows_1), (650, rows_2)):
        for y in (top, top - 18, top - 18 - 14 * len(rows[1:]) - 4):
            pdf.line(72, y, 520, y)
        for i, cells in enumerate(rows):
            for text, x in zip(cells, (76, 250, 380)):
                pdf.drawString(x, top - 13 - (14 * i + (4 if i else 0)), text)
    pdf.drawString(72, 662, "Table 2. FSH (IU/L) over time")


def test_a_caption_between_two_ruled_tables_ends_the_first_and_heads_the_second(tmp_path):
    from pdfkit import write_pdf

    from extractor.layout.textlayer import parse_pdf

    doc = parse_pdf(write_pdf(tmp_path / "two_tables.pdf", _two_tables_with_a_caption_between))
    kinds = [(b.kind.value, b.text) for b in doc.blocks]
    caption = kinds.index(("paragraph", "Table 2. FSH (IU/L) over time"))
    # the caption is no row: the tables on either side of it are two, each with its own head row
    assert [t for k, t in kinds[:caption] if k == "table"] == [
        "Arm | Women | Cells/kg", "Low | 6 | 1 x 10^6", "High | 6 | 4 x 10^6"]
    assert [t for k, t in kinds[caption:] if k == "table"] == [
        "Arm | Week 0 | Week 12", "Low | 71.3 | 60.2", "High | 69.8 | 48.1"]
