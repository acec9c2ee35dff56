"""Study attribution (contract v1.1 ``study``): clause and list-item scope,
studies introduced by their authors, the document's own facts."""

from __future__ import annotations

import pytest

from extractor.facts.pipeline import Extractor
from extractor.facts.studies import Paragraph, cites, clauses, study_at
from extractor.layout.textlayer import document_from_text


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor.load()


def facts(extractor, text, kind=None):
    return [f for f in extractor.facts(document_from_text(text)) if kind is None or f.type == kind]


def at(text: str, word: str) -> tuple[str, ...]:
    return study_at(text, text.index(word))


# --------------------------------------------------------------------------- one sentence


def test_each_list_item_takes_its_own_markers_zh():
    text = "常用的给药途径有静脉输注^[3, 5]、腹腔注射^[7]以及皮下注射^[9-10]等。"
    assert at(text, "静脉输注") == ("3", "5")
    assert at(text, "腹腔注射") == ("7",)
    assert at(text, "皮下注射") == ("9", "10")  # a range expanded


def test_each_list_item_takes_its_own_markers_en():
    text = "Cells were given intravenously [2], intraperitoneally [4-6] or subcutaneously [8]."
    assert at(text, "intravenously") == ("2",)
    assert at(text, "intraperitoneally") == ("4", "5", "6")
    assert at(text, "subcutaneously") == ("8",)


def test_a_marker_at_the_end_covers_its_clause_and_semicolons_cut():
    text = "干细胞可降低FSH水平、升高AMH水平^[12];外泌体可增加窦卵泡数^[14]。"
    assert at(text, "FSH") == ("12",) and at(text, "AMH") == ("12",)
    assert at(text, "窦卵泡") == ("14",)


def test_a_marker_ending_the_sentence_covers_clauses_without_their_own():
    text = "首先,激素疗法不能恢复生育力;其次,长期使用增加风险^[2-4]。"
    assert at(text, "激素疗法") == ("2", "3", "4")


def test_after_a_list_a_clause_speaks_of_the_whole_list():
    text = "Adipose MSCs [3] and umbilical cord MSCs [5], both lowered FSH."
    assert at(text, "FSH") == ("3", "5")


def test_authors_open_their_item():
    text = "为改善疗效,Wang等^[6]将骨髓MSC移植至卵巢,而Li等^[7]采用静脉输注。"
    assert at(text, "骨髓MSC") == ("6",)
    assert at(text, "为改善") == ("6",)  # the words before the authors lead to their study
    assert at(text, "静脉输注") == ("7",)


def test_citation_forms():
    assert [c.markers for c in cites("Smith et al. [4] enrolled 30 women.")] == [("4",)]
    assert cites("Smith et al. [4] enrolled 30 women.")[0].by_authors
    zhang = cites("Zhang et al. (2019) enrolled 30 women.")
    assert zhang[0].markers == ("Zhang et al. 2019",) and zhang[0].by_authors
    later = cites("FSH fell after treatment (Zhang et al., 2019).")
    assert later[0].markers == ("Zhang et al. 2019",) and not later[0].by_authors
    assert cites("5×10^6 cells and 10^{12} copies, mm^3") == []
    assert [c.markers for c in cites("如前所述^{14,15}")] == [("14", "15")]


def test_spans_cover_the_sentence():
    text = "A [1], B [2] and C [3]; D."
    spans = clauses(text)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:]))


# --------------------------------------------------------------------------- across sentences


def read(sentences: list[str]) -> list[list[str] | None]:
    paragraph = Paragraph()
    return [paragraph.sentence(s)(0, 1) for s in sentences]


def test_a_study_introduced_by_its_authors_goes_on_until_another_starts():
    assert read([
        "Smith et al. [4] enrolled 30 women with POI.",
        "Each ovary received 5×10^6 cells.",
        "FSH fell in 12 patients.",
        "Jones et al. [7] gave the cells intravenously.",
        "Ten women conceived.",
    ]) == [["4"], ["4"], ["4"], ["7"], ["7"]]


def test_a_study_ends_at_other_markers_and_at_general_wording():
    assert read([
        "Li等^[9]纳入了40例患者。",
        "每侧卵巢注射1×10^7个细胞。",
        "因此,多次移植可能更有效。",
        "患者月经恢复。",
    ]) == [["9"], ["9"], None, None]
    assert read([
        "Zhang et al. (2019) treated 20 women.",
        "Their FSH fell.",
        "Other groups used adipose MSCs [11].",
        "AMH rose.",
    ]) == [["Zhang et al. 2019"], ["Zhang et al. 2019"], ["11"], None]
    assert read([
        "Smith et al. [4] enrolled 30 women.",
        "These findings suggest that the route matters.",
    ])[1] is None


def test_a_cited_claim_does_not_carry_but_this_study_does():
    assert read([
        "Stem cells are widely studied^[3].",
        "They need to be expanded.",
    ])[1] == ["3"]  # "They" points back
    assert read([
        "Stem cells are widely studied^[3].",
        "Cells were injected into the ovary.",
    ])[1] is None
    assert read([
        "一项II期临床试验评估了脐带MSC的安全性^[21]。",
        "该研究共纳入了52例患者。",
        "治疗后患者的月经恢复。",
    ]) == [["21"], ["21"], ["21"]]


def test_the_documents_own_work_ends_a_study():
    assert read([
        "Smith et al. [4] enrolled 30 women.",
        "In our study, 12 women received the cells.",
    ])[1] is None
    assert read(["Yan等^[23]纳入了61例患者。", "本研究纳入了20例患者。"])[1] is None


def test_a_sentence_of_the_documents_own_work_keeps_its_facts_whatever_it_cites():
    # the reference supports a claim; the counts are this study's
    study = Paragraph().sentence("本组4例在第二次注射后恢复月经，但也可能与自然波动有关^[7]。")
    assert study(0, 4) is None
    study = Paragraph().sentence("We injected 5 × 10^6 cells into each ovary as described previously [12].")
    assert study(11, 22) is None
    # without the opening, the sentence reports what it cites
    assert Paragraph().sentence("Cells were injected into each ovary as described previously [12].")(0, 5) == ["12"]


# --------------------------------------------------------------------------- through the pipeline


def test_pipeline_gives_each_route_its_own_study(extractor):
    routes = facts(extractor, "目前的给药方式主要包括卵巢局部注射^[4, 6]、经卵巢动脉注射^[8]以及静脉注射^[9-10]等。", "route")
    got = {r.value["id"]: r.study for r in routes}
    assert got == {"intraovarian_injection": ["4", "6"], "ovarian_artery_infusion": ["8"], "intravenous": ["9", "10"]}
    # citations are kept as before: every marker of the sentence
    assert [c.marker for c in routes[0].citations] == ["4", "6", "8", "9", "10"]


def test_pipeline_carries_an_introduced_study_and_leaves_own_facts_without(extractor):
    text = (
        "Smith et al. [4] enrolled 30 women with POI. Each ovary received 5×10^6 umbilical cord MSCs.\n\n"
        "In our study, 12 women received 1×10^7 cells intravenously."
    )
    found = facts(extractor, text)
    doses = {f.value["value"]: f.study for f in found if f.type == "dose"}
    assert doses == {5e6: ["4"], 1e7: None}
    sizes = {f.value["n"]: f.study for f in found if f.type == "sample_size"}
    assert sizes[30] == ["4"] and sizes[12] is None


def test_a_paragraph_break_ends_a_study(extractor):
    text = "Yan等^[23]纳入了61例POI患者。\n\n每侧卵巢注射5×10^6个细胞。"
    [dose] = facts(extractor, text, "dose")
    assert dose.study is None


# --------------------------------------------------------------------------- the seed review


def test_seed_review_routes_go_to_their_own_studies(parse_shared, extractor):
    doc = parse_shared("corpus/seed/zh_review_poi_stem_cells.pdf")
    found = extractor.facts(doc)
    # section 2.2 lists the routes, each with its own citation: local
    # injection [8, 10, 13, 22-23], ovarian artery [20], SEGOVA [11]
    listing = [f for f in found if f.type == "route" and len(f.citations) == 7]
    assert listing, "the sentence listing the routes was not found"
    got = {}
    for f in listing:
        got.setdefault((f.value["id"], f.value["guidance"]), set()).add(tuple(f.study))
    # local injection "(transvaginal ultrasound or laparoscopy guided)": each guidance goes to
    # the listed studies, except the one that says alone it used the other ([13] laparoscopy, [23] ultrasound)
    assert got == {
        ("intraovarian_injection", "transvaginal_ultrasound"): {("8", "10", "22", "23")},
        ("intraovarian_injection", "laparoscopic"): {("8", "10", "13", "22")},
        ("ovarian_artery_infusion", None): {("20",)},
        ("segova", None): {("11",)},
    }
    # Yan et al. [23]: the sentences after the one naming the authors stay with [23]
    yan = [f for f in found if f.type == "sessions" and f.study == ["23"]]
    assert len({f.evidence.sentence for f in yan}) >= 2
    # the review's own summary ("因此, …") belongs to no study
    assert any(f.type == "sessions" and f.study is None and f.citations for f in found)


def test_a_first_cell_that_is_only_a_citation_makes_a_row_of_a_table_of_studies():
    from extractor.facts.studies import study_row

    assert study_row("[12]") == ("12",)
    assert study_row("Wang et al. [8]") == ("8",)
    assert study_row("Li et al. 2020") == ("Li et al. 2020",)
    assert study_row("王等^[3]") == ("3",)
    # a group's name, a number, or a citation with more words is something else
    assert study_row("BMSC group") == () and study_row("12") == () and study_row("[12] rats") == ()


def test_pipeline_gives_a_row_of_a_table_of_studies_its_study_and_no_arm(extractor):
    from extractor.layout.document import BlockKind
    from extractor.layout.textlayer import document_from_text

    doc = document_from_text("\n\n".join([
        "Ref. | Cells | Dose | Route",
        "[4] | BMSCs | 5 × 10^6 cells | intraovarian",
        "[7] | UC-MSCs | 1 × 10^7 cells | intravenous",
    ]))
    for block in doc.blocks:
        block.kind = BlockKind.TABLE
    doses = [(f.value["value"], f.study, f.arm) for f in extractor.facts(doc) if f.type == "dose"]
    assert doses == [(5e6, ["4"], None), (1e7, ["7"], None)]
