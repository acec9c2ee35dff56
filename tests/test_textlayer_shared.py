"""The text layer on real papers nobody here wrote (../shared/corpus).

Sentences are identified by a few words at their start and end, enough to
show they come out whole and in reading order.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest
from rapidfuzz import fuzz

from extractor.errors import LitxError
from extractor.layout.render import to_text

pytestmark = pytest.mark.shared

SEED = "corpus/seed/zh_review_poi_stem_cells.pdf"
REFERENCE = "corpus/seed/zh_review_poi_stem_cells.reference.txt"


def reading_text(text: str) -> str:
    """What the similarity is computed on: no white space, no markdown marks."""
    text = re.sub(r"(?m)^\s*- ", "", text)
    return re.sub(r"[\s*#]", "", text)


def sentence_texts(doc) -> list[str]:
    return [s.text for s in doc.sentences()]


def find_sentence(doc, starts: str, ends: str) -> int:
    """Index of the one sentence that starts and ends with these words."""
    hits = [i for i, s in enumerate(sentence_texts(doc)) if s.startswith(starts) and s.endswith(ends)]
    assert hits, f"no sentence runs from {starts!r} to {ends!r}"
    return hits[0]


# --------------------------------------------------------------------- seed


def test_seed_reads_like_the_reference(parse_shared, shared_dir):
    ours = reading_text(to_text(parse_shared(SEED)))
    reference = reading_text((shared_dir / REFERENCE).read_text(encoding="utf-8"))
    assert fuzz.ratio(ours, reference) / 100 >= 0.97


@pytest.mark.parametrize("pattern", [r"10\^\{?\d+\}?", r"\^\[[^\]]+\]", r"\^\{[^}]*\}"])
def test_seed_keeps_every_exponent_and_citation(parse_shared, shared_dir, pattern):
    reference = (shared_dir / REFERENCE).read_text(encoding="utf-8")
    ours = to_text(parse_shared(SEED))
    assert Counter(re.findall(pattern, ours)) == Counter(re.findall(pattern, reference))


def test_seed_running_header_is_furniture_not_body(parse_shared):
    doc = parse_shared(SEED)
    assert not any("J Zhejiang Univ (Med Sci) 2025, 54(6)" in b.text for b in doc.blocks)
    heads = [f for f in doc.furniture if "J Zhejiang Univ" in f.text]
    assert len(heads) >= doc.pages - 1
    assert {f.position for f in heads} == {"header"}


def test_seed_sections_and_references(parse_shared):
    doc = parse_shared(SEED)
    titles = [s.title for s in doc.sections]
    assert "2.3 联合移植策略" in titles
    assert titles.index("1 治疗早发性卵巢功能不全的干细胞来源及效果") < titles.index("2.3 联合移植策略")
    kinds = {s.kind for s in doc.sections}
    assert {"abstract", "references"} <= kinds
    references = [b for b in doc.blocks if b.kind.value == "reference"]
    assert len(references) >= 49
    assert references[0].text.startswith("[1]")
    assert all(b.section and b.section.startswith("参考文献") for b in references[:49])


def test_seed_sentences_carry_page_language_and_boxes(parse_shared):
    doc = parse_shared(SEED)
    i = find_sentence(doc, "临床研究发现,经卵巢局部注射不同剂量脂肪MSC", "同时增加卵巢体积^[8],提示该方法具有一定的疗效。")
    sentence = list(doc.sentences())[i]
    assert sentence.lang.value == "zh"
    assert sentence.page == 1 or sentence.page == 2
    # the exponent "6" of 5×10^6 has its own, smaller box above the baseline of "10"
    at = sentence.text.index("5×10^6")
    ten, six = sentence.boxes[at + 3], sentence.boxes[at + 5]
    assert ten is not None and six is not None
    assert six[4] - six[2] < ten[4] - ten[2]
    assert six[2] < ten[2]
    # inserted marks have no glyph
    assert sentence.boxes[at + 4] is None
    assert sentence.section.startswith("1.1.1")


def test_seed_english_abstract_is_english(parse_shared):
    doc = parse_shared(SEED)
    abstract = [b for b in doc.blocks if b.text.startswith("[Abstract]")]
    assert abstract and abstract[0].lang.value == "en"
    assert doc.languages[0] == "zh" and "en" in doc.languages


# --------------------------------------------------------------------- real papers


def test_emm_two_column_first_page_reads_in_order(parse_shared):
    doc = parse_shared("corpus/real/en_review_emm_eprs1_msc_abbrev.pdf")
    first = find_sentence(doc, "A healthy human body requires", "controlled biological processes.")
    second = find_sentence(doc, "Aminoacyl-tRNA synthetases (ARSs) are essential", "the preribosomal stage of translation^{1,2}.")
    third = find_sentence(doc, "Compared with their prokaryotic equivalents", "in addition to translation^{3–5}.")
    assert first < second < third


def test_emm_superscripts_are_not_fused(parse_shared):
    text = to_text(parse_shared("corpus/real/en_review_emm_eprs1_msc_abbrev.pdf"))
    assert "9×10^6" in text.replace(" ", "")
    assert "9×106" not in text.replace(" ", "")


def test_mdpi_cell_dose_keeps_its_exponent(parse_shared):
    text = to_text(parse_shared("corpus/real/en_preclinical_mdpi_doxorubicin_mice.pdf"))
    assert re.search(r"1 ?× ?10\^6 4T1-luc cells were injected", text)


def test_mdpi_hidden_review_draft_is_not_read(parse_shared):
    """From p. 6 on, each figure is a whole page of the earlier "FOR PEER
    REVIEW" manuscript in a form XObject clipped to the figure by its BBox:
    its text lies under the final text and was read interleaved with it."""
    doc = parse_shared("corpus/real/en_preclinical_mdpi_doxorubicin_mice.pdf")
    page_six = " ".join(b.text for b in doc.blocks if b.page == 6)
    assert "FOR PEER REVIEW" not in page_six + " ".join(f.text for f in doc.furniture)
    assert "form(aBt)i" not in page_six
    assert page_six.count("Figure 1. Combination of antibiotics") == 1
    find_sentence(doc, "At the end of the study, lung weight was recorded", "visualized by H&E (Figure 1G–J).")
    caption = find_sentence(doc, "Figure 1. Combination of antibiotics and doxorubicin", "lung metastasis formation.")
    assert sentence_texts(doc)[caption + 1] == "(A) Schematic design of murine TNBC model."
    # the draft's running head is gone, the page's own stays furniture
    assert [f.text for f in doc.furniture if f.page == 6] == ["Cancers 2022, 14, 4849 6 of 18"]


def test_pmj_words_are_spaced_and_citations_unglued(parse_shared):
    text = to_text(parse_shared("corpus/real/en_metaanalysis_pmj_hpylori_anaemia.pdf"))
    long_runs = re.findall(r"[A-Za-z]{28,}", text)
    assert len(long_runs) <= 2, long_runs
    assert "eradication treatment" in text


def test_copy_protected_two_column_paper(parse_shared):
    doc = parse_shared("corpus/real/hard_encrypted_ownerpw_copyprotected.pdf")
    assert any("W006" in w for w in doc.warnings)
    text = to_text(doc)
    assert len(re.findall(r"[A-Za-z]{28,}", text)) == 0


def test_overprinted_header_is_read_once(parse_shared):
    doc = parse_shared("corpus/real/hard_biorxiv_overprint_dupchars.pdf")
    everything = to_text(doc) + " ".join(f.text for f in doc.furniture)
    assert "bioRxiv" in everything
    assert "bbbb" not in everything


def test_critical_care_title_is_not_doubled(parse_shared):
    doc = parse_shared("corpus/real/en_clinical_critcare_acth_cortisol.pdf")
    everything = to_text(doc) + " ".join(f.text for f in doc.furniture)
    assert "CCrriittiiccaall" not in everything


def test_smpc_table_rows_stay_rows(parse_shared):
    doc = parse_shared("corpus/real/hard_table_smpc_adverse_reactions.pdf")
    rows = [b.text for b in doc.blocks if b.kind.value == "table"]
    assert len(rows) >= 30
    assert any(r.startswith("Anaemia | Common") for r in rows)
    # no body sentence runs across table cells
    body = " ".join(b.text for b in doc.blocks if b.kind.value == "paragraph")
    assert "Anaemia" not in body


def test_kangxi_radicals_are_folded(parse_shared):
    text = to_text(parse_shared("corpus/real/zh_medical_blood_routine_kangxi.pdf"))
    assert "血常规" in text
    assert not re.search("[\u2e80-\u2eff\u2f00-\u2fdf]", text)


def test_gbk_mojibake_is_recovered_and_reported(parse_shared, shared_dir):
    # pdfium (the default engine) decodes the unembedded GBK font itself
    assert "基因" in to_text(parse_shared("corpus/real/zh_journal_genetics_garbled_gbk.pdf"))
    # pdfminer reads one Latin-1 char per byte: recovered, and said so
    from extractor.layout.textlayer import parse_pdf

    doc = parse_pdf(shared_dir / "corpus/real/zh_journal_genetics_garbled_gbk.pdf", engine="pdfplumber")
    assert any("W002" in w for w in doc.warnings)
    assert "基因" in to_text(doc)


def test_scanned_book_has_no_text_layer(parse_shared):
    doc = parse_shared("corpus/real/hard_scanned_zh_book.pdf")
    assert doc.blocks == []
    assert [w for w in doc.warnings if "W001" in w]


def test_user_password(parse_shared, shared_dir):
    path = "corpus/real/hard_encrypted_userpw_test.pdf"
    with pytest.raises(LitxError) as missing:
        parse_shared(path)
    assert missing.value.code == "E003"
    with pytest.raises(LitxError) as wrong:
        parse_shared(path, password="nope")
    assert wrong.value.code == "E004"
    assert parse_shared(path, password="test").blocks


@pytest.mark.parametrize(
    "name",
    [
        "en_clinical_critcare_acth_cortisol.pdf",
        "en_clinical_immunomeres_table_page.pdf",
        "en_metaanalysis_pmj_hpylori_anaemia.pdf",
        "en_preclinical_mdpi_doxorubicin_mice.pdf",
        "en_rct_bmj_smoking_pregnancy.pdf",
        "en_review_emm_eprs1_msc_abbrev.pdf",
        "hard_biorxiv_overprint_dupchars.pdf",
        "hard_table_smpc_adverse_reactions.pdf",
        "zh_journal_mgmtworld_p1.pdf",
        "zh_lab_report_cbc_arrows.pdf",
    ],
)
def test_real_pdf_parses_into_sentences(parse_shared, name):
    doc = parse_shared(f"corpus/real/{name}")
    sentences = list(doc.sentences())
    assert sentences
    for s in sentences[:50]:
        assert s.page >= 1
        assert len(s.boxes) == len(s.text)
        assert s.lang.value in ("zh", "en")


def test_bmj_columns_beside_a_flow_chart_read_in_order(parse_shared):
    """Boxes of a flow chart side by side are no gutter: the body text on
    the same page still reads column by column."""
    doc = parse_shared("corpus/real/en_rct_bmj_smoking_pregnancy.pdf")
    first = find_sentence(doc, "Figure 1 shows the numbers of participants", "enrolled and excluded.")
    second = find_sentence(doc, "Four women were excluded post-randomisation", "had been randomised erroneously.")
    assert second == first + 1


def test_layoutparser_abstract_reads_in_order(parse_shared):
    doc = parse_shared("corpus/real/hard_encrypted_ownerpw_copyprotected.pdf")
    first = find_sentence(doc, "Recent advances in document image analysis", "neural networks.")
    second = find_sentence(doc, "Ideally, research outcomes could be easily deployed", "further investigation.")
    assert second == first + 1


def test_image_only_pages_of_a_text_pdf_are_reported(parse_shared):
    """Critical Care's last two pages are figures printed as images."""
    doc = parse_shared("corpus/real/en_clinical_critcare_acth_cortisol.pdf")
    assert [w for w in doc.warnings if "W004" in w] == [
        "page 15: no text layer on this page (image only) [W004]",
        "page 16: no text layer on this page (image only) [W004]",
    ]


# --------------------------------------------------------------------- tables


def table_rows(doc) -> list[str]:
    return [b.text for b in doc.blocks if b.kind.value == "table"]


def test_pmj_wrapped_column_heads_are_one_header_row(parse_shared):
    """Postgrad Med J's three-line tables set their column heads over two
    and three lines; each table has one header row, read after its caption."""
    doc = parse_shared("corpus/real/en_metaanalysis_pmj_hpylori_anaemia.pdf")
    rows = table_rows(doc)
    head1 = ("Reference | Year of publication | Age group | Country | Participants | Treatment therapies | "
             "H pylori test methods | Degree of anaemia | Time node for examination")
    assert head1 in rows
    assert rows[rows.index(head1) + 1].startswith("Choe YH^{25} | 1999 | 10–17 | South Korea | 13 |")
    assert "Summary estimate (WMD) | 95% CI | Heterogeneity (y^2) | p Value*" in rows
    # a value set closer to the interval before it than a gutter is a cell of its own
    assert "Children | 11.77 | 2.40 to 21.15 | 30.48 | <0.0001" in rows
    # a row label wrapped onto a second line stays in its row
    assert sum(r.startswith("Moderate anaemia | ") for r in rows) == 2
    assert "anaemia" not in rows and not any(r.startswith(("Year of |", "Summary |")) for r in rows)
    texts = [b.text for b in doc.blocks]
    assert texts[texts.index(head1) - 1] == "Table 1 Summary characteristics of studies and participants"


def test_immunome_rows_with_wrapped_labels_stay_in_the_table(parse_shared):
    """Immunome Res table 2 is a grid in one column; the rows whose label
    wraps ("Absolute CD3+/CD4+" / "count", values centred between) used to
    fall out of it into the body text."""
    doc = parse_shared("corpus/real/en_clinical_immunomeres_table_page.pdf")
    rows = table_rows(doc)
    assert rows[0] == "Parameters | Group I vs II p-values | Group I vs III | Group II vs III"
    assert len(rows) == 14  # the header and 13 parameters
    for row in ("Absolute CD3+/CD4+ count | 0.05* | 0.3 | 0.03*", "CD3+/CD8+ (%) | 0.02* | 0.05* | <0.001**",
                "Absolute CD3+/CD8+ count | 0.1 | 0.4 | 0.05*"):
        assert row in rows
    body = " ".join(b.text for b in doc.blocks if b.kind.value == "paragraph")
    assert "Absolute CD3+" not in body and "0.05* 0.3 0.03*" not in body


def test_lab_report_results_are_one_row_each(parse_shared):
    """The blood count report rules only its header blocks: the results
    between two rules are a table of their own, one row per result."""
    rows = table_rows(parse_shared("corpus/real/zh_lab_report_cbc_arrows.pdf"))
    at = rows.index("项目 | 检验方法 | 提示 | 结果 | 单位 | 参考范围")
    assert rows[at + 1] == "白细胞计数(WBC) | 仪器法 | ↓ | 3.9 | E+9/L | [4.0-10.0]"
    assert "血小板计数(PLT) | 仪器法 | 149 | E+9/L | [125-350]" in rows
    assert len(rows) - at >= 23


def test_bmj_caption_inside_the_rules_is_no_table_row(parse_shared):
    doc = parse_shared("corpus/real/en_rct_bmj_smoking_pregnancy.pdf")
    rows = table_rows(doc)
    assert "Characteristics | Physical activity group (n=391) | Control group (n=393)" in rows
    assert not any(r.lower().startswith("table ") for r in rows)
    # table 4: its top band (caption, heads, first row) is part of the table
    assert "Baseline | 393, 7.7 (5.0) | 391, 7.6 (5.3) | 0" in rows
    # its small-caps font: pdfminer reads "table 1 | baseline …", pdfium "Table 1 | Baseline …"
    captions = [b.text.lower() for b in doc.blocks if b.kind.value == "paragraph" and b.text.lower().startswith("table 1 |")]
    assert captions == ["table 1 | baseline characteristics, according to study group. values are numbers "
                        "(percentages) unless stated otherwise"]


@pytest.mark.parametrize("name, title", [
    # the journal's name on the masthead is set larger than the title
    ("corpus/real/en_clinical_critcare_acth_cortisol.pdf", "Diminished adrenal sensitivity to endogenous and exogenous"),
    ("corpus/real/en_preclinical_mdpi_doxorubicin_mice.pdf", "Intestinal Microbiota Influence Doxorubicin Responsiveness"),
    # a page from the middle of an article: "Results" is a heading, and there is no title
    ("corpus/real/en_clinical_immunomeres_table_page.pdf", None),
    ("corpus/seed/zh_review_poi_stem_cells.pdf", "干细胞治疗早发性卵巢功能不全临床研究进展"),
])
def test_the_title_is_the_articles_not_the_journals_or_a_heading(parse_shared, name, title):
    found = parse_shared(name).title
    assert found == title if title is None else (found or "").startswith(title)


def test_the_news_item_after_the_references_is_back_matter_and_yields_no_fact(parse_shared):
    from extractor.facts.pipeline import Extractor

    doc = parse_shared(SEED)
    after = [s for s in doc.sections if s.page == 7 and s.kind != "references"]
    # "• 学术动态 •" opens it, and the news item's own title stays in it
    assert len(after) >= 2 and all(s.kind == "back_matter" for s in after), [(s.title, s.kind) for s in after]
    facts = Extractor.load().facts(doc)
    assert facts and not [f for f in facts if f.evidence.page == 7]


# --------------------------------------------------------------------- figures and boxes

BMJ = "corpus/real/en_rct_bmj_smoking_pregnancy.pdf"


def test_bmj_axis_label_is_figure_text_not_a_section(parse_shared):
    """Fig 2's x-axis title "Visit time" (bold, alone on its line) opened a
    section that every fact of pages 7-8 was given."""
    doc = parse_shared(BMJ)
    assert "Visit time" not in [s.title for s in doc.sections]
    assert {b.section for b in doc.blocks if b.page in (7, 8) and b.kind.value == "paragraph"} == {
        "Discussion", "Interpretation of findings"}
    figure = [b.text for b in doc.blocks if b.kind.value == "figure" and b.page == 6]
    assert "Visit time" in figure
    # the y-axis title, set sideways along the plot, is the figure's too
    assert any(t.startswith("Predicted self reported weekly minutes") for t in figure)


def test_bmj_captions_end_at_the_caption(parse_shared):
    doc = parse_shared(BMJ)
    captions = [b.text for b in doc.blocks if b.kind.value == "caption"]
    assert len(captions) == 2 and captions[0].startswith("Fig 1 | Flow of participants")
    assert captions[1].startswith("Fig 2 | Comparison of self reported levels")
    assert captions[1].endswith("Prediction on log scale from mixed effect model")
    # the Discussion sentence the caption ran into reads whole again
    text = " ".join(b.text for b in doc.blocks if b.kind.value == "paragraph")
    assert "smoking cessation^{12} were overcome by implementing a multicentre trial" in text


def test_bmj_flow_chart_boxes_are_read_one_by_one(parse_shared):
    doc = parse_shared(BMJ)
    boxes = [b.text for b in doc.blocks if b.kind.value == "figure" and b.page == 4]
    assert "Randomisation (n=789)" in boxes
    assert ("Assigned to behavioural support plus physical activity intervention (n=394) "
            "Received behavioural support plus physical activity intervention (n=393)") in boxes
    assert "Assigned to behavioural support only (n=395) Received behavioural support only (n=395)" in boxes
    body = " ".join(b.text for b in doc.blocks if b.kind.value == "paragraph")
    assert "(n=8096)" not in body and "(n=789)" not in body


def test_bmj_flow_chart_sample_sizes_are_the_totals(parse_shared):
    from extractor.facts.pipeline import Extractor

    facts = Extractor.load().facts(parse_shared(BMJ))
    chart = sorted(f.value["n"] for f in facts if f.type == "sample_size" and f.evidence.page == 4
                   and f.text.startswith("n="))
    assert chart == sorted([789, 394, 393, 395, 395, 392, 393])


def test_bmj_box_is_read_whole_not_into_the_introduction(parse_shared):
    """"What is already known on this topic" sits under the abstract,
    beside the Introduction: read line by line with it, it cut the
    Introduction's first paragraph and became its section."""
    doc = parse_shared(BMJ)
    find_sentence(doc, "Use of nicotine replacement therapy during pregnancy", "pharmaceutical aids are contraindicated.^9")
    texts = [b.text for b in doc.blocks]
    at = texts.index("What is already known on this topic")
    assert texts[at + 1].startswith("The evidence for physical activity programmes aiding smoking cessation is mixed")
    intro = next(t for t in texts if t.startswith("Maternal smoking in pregnancy"))
    assert intro.endswith("add to the effectiveness of behavioural support are needed.")
    assert [s.title for s in doc.sections if s.page == 1][-1] == "Introduction"


def test_biorxiv_figure_pages_open_no_sections(parse_shared):
    """The figure pages at the end of the preprint are drawn all over; their
    panel letters and labels were headings."""
    doc = parse_shared("corpus/real/hard_biorxiv_overprint_dupchars.pdf")
    late = [s.title for s in doc.sections if s.page in (25, 26, 27)]
    assert late == [], late


def test_bmj_small_capitals_and_run_in_headings(parse_shared):
    """The abstract's labels are set in small capitals, in a medium weight:
    they read as words and head their paragraphs, never end the sentence
    before them ("… during pregnancy. Design")."""
    doc = parse_shared(BMJ)
    headings = [b.text for b in doc.blocks if b.kind.value == "heading" and b.page == 1]
    for label in ("Objective", "Design", "Setting", "Participants", "Interventions", "Main outcome measures",
                  "Conclusion", "Trial registration", "What is already known on this topic"):
        assert label in headings
    find_sentence(doc, "To determine the effectiveness of a physical activity intervention",
                  "smoking cessation during pregnancy.")
    titles = [s.title for s in doc.sections]
    assert "Objective" in titles and "Participants" in titles and "Discussion" in titles
    assert not any(re.search(r"[a-z][A-Z]", t) for t in titles), titles
    # a label over its paragraph does not run into it
    assert "Study protocol and interventions" in titles
    find_sentence(doc, "Wandsworth research ethics committee approved", "com/content/13/1/186).")


def test_pmj_subheadings_in_another_face_are_headings(parse_shared):
    doc = parse_shared("corpus/real/en_metaanalysis_pmj_hpylori_anaemia.pdf")
    titles = [s.title for s in doc.sections]
    for heading in ("Data analysis and statistical methods", "Sensitivity analysis and publication bias",
                    "Search results", "Study characteristics"):
        assert heading in titles
    find_sentence(doc, "In sensitivity analysis, we calculated the main Cochrane", ".")


def test_pmj_symbol_font_is_read_as_its_symbols_and_reported(parse_shared):
    """PMJ's symbol fonts print ±, –, = and − under the codes of 6, e, ¼ and
    an unmapped glyph: "mean6SD", "272e278", "p¼0.49", "(cid:2)0.40"."""
    doc = parse_shared("corpus/real/en_metaanalysis_pmj_hpylori_anaemia.pdf")
    text = to_text(doc)
    assert "mean±SD" in text and "mean6SD" not in text
    assert "80–120 g/l" in text and not re.search(r"\d+e\d+", text)
    assert "95% CI −0.40 to 18.66" in text and "(cid:" not in text
    assert "p=0.49" in text and "¼" not in text
    repaired = [w for w in doc.warnings if "[W011]" in w]
    assert repaired and repaired[0].startswith("page 1: 4 symbol(s)") and "6→± ×1" in repaired[0]


def test_pmj_caption_at_the_top_of_a_column_does_not_cut_the_paragraph(parse_shared):
    """Figure 1 (an image) and its caption head the right column; the
    sentence hyphenated at the foot of the left column ("assump-") reads
    on under the caption."""
    doc = parse_shared("corpus/real/en_metaanalysis_pmj_hpylori_anaemia.pdf")
    find_sentence(doc, "The underlying assumption of the model is that the studies", "by a single estimate.")
    captions = [b.text for b in doc.blocks if b.kind.value == "caption"]
    assert captions[0] == ("Figure 1 Flow chart depicting the trial flow for selection of randomised controlled "
                           "trials to be included. HB, haemoglobin; SF, serum ferritin.")
