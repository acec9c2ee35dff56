"""Language detection and sentence splitting, as examples of behaviour."""

from __future__ import annotations

import pytest

from extractor.layout.document import Lang
from extractor.layout.segment import (
    ABBREVIATIONS,
    CLAUSE_OPENERS,
    detect_language,
    sentences,
    split_sentences,
)

# ---------------------------------------------------------------------------
# language


@pytest.mark.parametrize(
    "text, lang",
    [
        ("经卵巢注射脐带MSC后FSH和AMH水平改善", Lang.ZH),  # abbreviations inside Chinese
        ("早发性卵巢功能不全(premature ovarian insufficiency, POI)", Lang.ZH),  # English gloss
        ("卵泡刺激素(follicle-stimulating hormone, FSH)", Lang.ZH),  # letters outnumber ideographs
        ("采用hUC-MSCs治疗POI患者", Lang.ZH),
        ("结果", Lang.ZH),  # a short heading
        ("Serum AMH rose after hUC-MSC injection.", Lang.EN),
        ("The cohort was described in a Chinese journal (中华妇产科杂志).", Lang.EN),  # Chinese gloss
        ("Ovarian reserve (卵巢储备)", Lang.EN),
        ("", Lang.EN),
        ("12.5 ± 3.1 (P<0.05)", Lang.EN),  # numeric
        ("。，；", Lang.EN),  # punctuation only
    ],
)
def test_detect_language(text: str, lang: Lang) -> None:
    assert detect_language(text) is lang


# ---------------------------------------------------------------------------
# sentences: each case is a paragraph and the sentences it must give

CASES = [
    # --- Chinese terminators
    pytest.param(
        "移植后患者月经恢复。随访期间未见不良反应！是否长期有效？尚需更多研究。",
        ["移植后患者月经恢复。", "随访期间未见不良反应！", "是否长期有效？", "尚需更多研究。"],
        id="zh-terminators",
    ),
    pytest.param(
        "第一组接受单次注射；第二组接受两次注射。",
        ["第一组接受单次注射；", "第二组接受两次注射。"],
        id="zh-fullwidth-semicolon",
    ),
    pytest.param(
        "经卵巢注射脐带MSC后FSH和AMH水平改善。随后进行随访。",
        ["经卵巢注射脐带MSC后FSH和AMH水平改善。", "随后进行随访。"],
        id="zh-mixed-abbreviations",
    ),
    # --- quotes and brackets
    pytest.param("他说：“好。”", ["他说：“好。”"], id="zh-quote-closes-after-terminator"),
    pytest.param(
        "医生说：“效果很好。”随后患者出院。",
        ["医生说：“效果很好。”", "随后患者出院。"],
        id="zh-quote-then-next-sentence",
    ),
    pytest.param(
        "她说：“第一次。第二次。”然后离开。",
        ["她说：“第一次。第二次。”", "然后离开。"],
        id="zh-no-split-inside-quotes",
    ),
    pytest.param(
        "治疗组改善明显（其中3例妊娠。详见表2）。对照组无变化。",
        ["治疗组改善明显（其中3例妊娠。详见表2）。", "对照组无变化。"],
        id="zh-no-split-inside-brackets",
    ),
    pytest.param(
        "结果见【附表。一】。下一句。",
        ["结果见【附表。一】。", "下一句。"],
        id="zh-no-split-inside-lenticular-brackets",
    ),
    pytest.param(
        "结果（见表1。随后改善。",
        ["结果（见表1。", "随后改善。"],
        id="zh-unclosed-bracket-protects-nothing",
    ),
    # --- decimals and scientific notation
    pytest.param(
        "注射剂量为1.5×10^7个细胞，有效率为3.5%。随访6个月。",
        ["注射剂量为1.5×10^7个细胞，有效率为3.5%。", "随访6个月。"],
        id="zh-decimals",
    ),
    pytest.param(
        "The dose was 5×10^6. Viability was 95.5% (p < 0.05). Each ovary got 3.5 mg.",
        ["The dose was 5×10^6.", "Viability was 95.5% (p < 0.05).", "Each ovary got 3.5 mg."],
        id="en-decimals-and-sci-notation-at-end",
    ),
    # --- citation markers stay with the sentence before
    pytest.param(
        "该方法安全有效^[8]。随后扩大了样本^[4-6]。",
        ["该方法安全有效^[8]。", "随后扩大了样本^[4-6]。"],
        id="zh-citation-before-terminator",
    ),
    pytest.param(
        "该方法安全有效。^[8]随后扩大样本。^{14,15}最后得出结论。^23再随访。",
        ["该方法安全有效。^[8]", "随后扩大样本。^{14,15}", "最后得出结论。^23", "再随访。"],
        id="zh-citation-after-terminator",
    ),
    pytest.param(
        "Ovarian function improved.^[12] Next, AMH was measured.^[8, 10, 13] It rose.",
        ["Ovarian function improved.^[12]", "Next, AMH was measured.^[8, 10, 13]", "It rose."],
        id="en-citation-after-terminator",
    ),
    pytest.param(
        "The effect was robust.[12,13] However, FSH did not change.",
        ["The effect was robust.[12,13]", "However, FSH did not change."],
        id="en-bare-citation-glued",
    ),
    # --- half-width semicolon
    pytest.param(
        "早发性卵巢功能不全(premature ovarian insufficiency, POI);卵泡刺激素(follicle-stimulating hormone, FSH);抗米勒管激素(anti-Müllerian hormone, AMH)",
        [
            "早发性卵巢功能不全(premature ovarian insufficiency, POI);",
            "卵泡刺激素(follicle-stimulating hormone, FSH);",
            "抗米勒管激素(anti-Müllerian hormone, AMH)",
        ],
        id="zh-halfwidth-semicolon-abbreviation-list",
    ),
    pytest.param(
        "FSH水平升高;LH水平无变化。IL-6; TNF-α和IL-1β均下降。",
        ["FSH水平升高;", "LH水平无变化。", "IL-6; TNF-α和IL-1β均下降。"],
        id="zh-halfwidth-semicolon-only-next-to-chinese",
    ),
    pytest.param(
        "AMH rose; FSH fell. Both changed.",
        ["AMH rose; FSH fell.", "Both changed."],
        id="en-semicolon-never-splits",
    ),
    # --- English abbreviations
    pytest.param(
        "As shown in Fig. 2, AMH rose. See Figs. 3 and 4 for FSH.",
        ["As shown in Fig. 2, AMH rose.", "See Figs. 3 and 4 for FSH."],
        id="en-fig",
    ),
    pytest.param(
        "AMH rose in treated women (e.g. Patient 3). FSH fell, i.e. Ovarian function recovered.",
        ["AMH rose in treated women (e.g. Patient 3).", "FSH fell, i.e. Ovarian function recovered."],
        id="en-eg-ie",
    ),
    pytest.param(
        "Treated vs. Control ovaries differed. We injected approx. 5 mg. No. 3 was lost.",
        ["Treated vs. Control ovaries differed.", "We injected approx. 5 mg.", "No. 3 was lost."],
        id="en-vs-approx-no",
    ),
    pytest.param(
        "Yan et al. reported that hUC-MSCs restored ovarian function. This was confirmed.",
        ["Yan et al. reported that hUC-MSCs restored ovarian function.", "This was confirmed."],
        id="en-et-al-lowercase",
    ),
    pytest.param(
        "Similar results were shown by Yan et al. The next study differed.",
        ["Similar results were shown by Yan et al.", "The next study differed."],
        id="en-et-al-clause-opener",
    ),
    pytest.param(
        "Yan et al. (2019) and Li et al.^[3] found no change. Stem cells were reviewed by Wang et al. Stem Cell Res Ther published it.",
        ["Yan et al. (2019) and Li et al.^[3] found no change.",
         "Stem cells were reviewed by Wang et al. Stem Cell Res Ther published it."],
        id="en-et-al-name-like-continuation",
    ),
    pytest.param(
        "Cells were incubated for 30 min. Cells were then washed. Bacillus spp. Were absent.",
        ["Cells were incubated for 30 min.", "Cells were then washed.", "Bacillus spp.", "Were absent."],
        id="en-min-spp-may-end",
    ),
    pytest.param(
        "Data were analysed by J. Smith and C. A. Jones. The results follow.",
        ["Data were analysed by J. Smith and C. A. Jones.", "The results follow."],
        id="en-initials",
    ),
    pytest.param(
        "Smith C A. Ovarian rescue was tested.",
        ["Smith C A. Ovarian rescue was tested."],
        id="en-initials-reference-style",
    ),
    pytest.param(
        "The U.S. Food and Drug Administration approved it in the U.S. The label changed.",
        ["The U.S. Food and Drug Administration approved it in the U.S.", "The label changed."],
        id="en-us",
    ),
    pytest.param(
        "Reagents came from Sigma-Aldrich Co. Ltd. Next, cells were counted.",
        ["Reagents came from Sigma-Aldrich Co. Ltd.", "Next, cells were counted."],
        id="en-co-ltd",
    ),
    pytest.param(
        "Cells grew at 37 °C. Ms. Li counted them in 5 ms. The end.",
        ["Cells grew at 37 °C.", "Ms. Li counted them in 5 ms.", "The end."],
        id="en-case-matters-ms",
    ),
    # --- what can start an English sentence
    pytest.param(
        "Serum FSH decreased. hUC-MSCs were safe. mRNA levels rose. β-catenin increased. 28 women enrolled. (A) shows it. the end.",
        ["Serum FSH decreased.", "hUC-MSCs were safe.", "mRNA levels rose.", "β-catenin increased.",
         "28 women enrolled.", "(A) shows it. the end."],
        id="en-sentence-starters",
    ),
    pytest.param(
        'He said "Good." Then he left. (This was expected.) Later, he returned! Why? Nobody knows.',
        ['He said "Good."', "Then he left.", "(This was expected.)", "Later, he returned!", "Why?", "Nobody knows."],
        id="en-quotes-brackets-exclamation",
    ),
    pytest.param(
        "Doses were 1.5 × 10^7 cells/kg.Volumes were small. See www.example.org for data.",
        ["Doses were 1.5 × 10^7 cells/kg.Volumes were small.", "See www.example.org for data."],
        id="en-no-space-no-split",
    ),
    # --- enumerators and caption labels are not sentences
    pytest.param(
        "1. Introduction of MSCs. 2.1. Methods were standard.",
        ["1. Introduction of MSCs.", "2.1. Methods were standard."],
        id="en-enumerators",
    ),
    pytest.param("Table 2. Baseline characteristics of 28 women", ["Table 2. Baseline characteristics of 28 women"], id="en-caption-label"),
    pytest.param(
        "1.研究对象：纳入61例POI患者。2.方法：经阴道超声引导下注射。",
        ["1.研究对象：纳入61例POI患者。", "2.方法：经阴道超声引导下注射。"],
        id="zh-enumerators",
    ),
    pytest.param("图1. 研究流程", ["图1. 研究流程"], id="zh-caption-label"),
    # --- mixed text
    pytest.param(
        "改善.随后FSH下降．随访6个月. 无不良反应。",
        ["改善.", "随后FSH下降．", "随访6个月.", "无不良反应。"],
        id="zh-halfwidth-and-fullwidth-stops",
    ),
    pytest.param("Yan et al.研究发现FSH下降。", ["Yan et al.研究发现FSH下降。"], id="zh-et-al-before-chinese"),
    pytest.param("每组10只.10只小鼠给予生理盐水。", ["每组10只.", "10只小鼠给予生理盐水。"],
                 id="zh-halfwidth-stop-before-a-digit"),
    pytest.param("疗效显著.FSH明显下降。", ["疗效显著.", "FSH明显下降。"], id="zh-halfwidth-stop-before-a-capital"),
    pytest.param("移植后观察.hUC-MSCs定植于卵巢。", ["移植后观察.", "hUC-MSCs定植于卵巢。"],
                 id="zh-halfwidth-stop-before-a-mixed-case-word"),
    pytest.param("剂量为2.5 mg/kg，见表1.2。", ["剂量为2.5 mg/kg，见表1.2。"], id="zh-decimal-points-stay"),
    pytest.param(
        "The difference was significant (P<0.05). 对照组无变化。",
        ["The difference was significant (P<0.05).", "对照组无变化。"],
        id="en-then-zh",
    ),
    # --- whitespace
    pytest.param(
        "  移植后改善。\n\n随后\n下降。  Ovaries grew.\nThey\nshrank. ",
        ["移植后改善。", "随后\n下降。", "Ovaries grew.", "They\nshrank."],
        id="whitespace-and-newlines",
    ),
    pytest.param("   ", [], id="blank"),
    pytest.param("无终止符的标题", ["无终止符的标题"], id="no-terminator"),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize("text, expected", CASES)
def test_spans_cover_text(text: str, expected: list[str]) -> None:
    """Spans are ordered, trimmed, and every non-space character is in one."""
    spans = split_sentences(text)
    covered = set()
    last = 0
    for start, end in spans:
        assert last <= start < end
        assert not text[start].isspace() and not text[end - 1].isspace()
        covered.update(range(start, end))
        last = end
    assert covered >= {i for i, ch in enumerate(text) if not ch.isspace()}


def test_lang_decides_halfwidth_semicolon() -> None:
    text = "早发性卵巢功能不全(POI);卵泡刺激素(FSH)"
    assert len(sentences(text, Lang.ZH)) == 2
    assert len(sentences(text, Lang.EN)) == 1
    assert len(sentences(text)) == 2  # detected as Chinese


def test_long_bracket_is_a_mismatch() -> None:
    text = "(" + "x" * 400 + ". The end) More text."
    assert sentences(text) == ["(" + "x" * 400 + ".", "The end) More text."]


def test_abbreviation_sets() -> None:
    assert {"e.g", "i.e", "fig", "vs", "et al", "min", "spp", "Dr"} <= ABBREVIATIONS
    assert "The" in CLAUSE_OPENERS and "Stem" not in CLAUSE_OPENERS
