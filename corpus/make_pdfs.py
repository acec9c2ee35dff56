"""Small synthetic PDFs with known content, for testing the layout code.

Every fixture is typeset at canvas level by ``typesetter.py`` (beside this
file): each line is measured, wrapped at its column width and drawn at an
explicit position, so we know exactly what is printed and where.  Beside each
``<name>.pdf`` we write ``<name>.expected.json``: the ground truth a layout
test compares against (schema in ``corpus/README.md`` and :data:`SCHEMA`).

All text is invented.  Use as a module::

    sys.path.insert(0, "corpus")                  # corpus/ is not a package;
    from make_pdfs import build_all               # tests load it with importlib
    paths = build_all(Path("out"))                # {"en_two_column": Path(...), ...}

or as a script::

    python corpus/make_pdfs.py OUT_DIR

Text conventions of the expected text (the layout must output the same):

* English lines of a paragraph are joined with one space; a word we
  hyphenated at a line end ("mesen-" / "chymal") is joined back without the
  hyphen.  Real hyphens ("follow-up") never fall at a line end here.
* Chinese lines are joined with nothing, except a space when both the end
  of one line and the start of the next are ASCII ("IU/L" / "2018,").  A space inside a line is in the text only where the PDF
  shows a real gap ("脂肪 MSC"), never where the glyphs touch ("脐带MSC").
* Superscripts: ``^6`` (one character), ``^[23]`` (a bracketed citation,
  whatever its length), ``^{12}`` (anything else longer than one character).
  Subscripts: ``_2`` (one character), ``_{50}`` (longer).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from dataclasses import replace
from pathlib import Path
from typing import Callable, Iterator

from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics

sys.path.insert(0, str(Path(__file__).resolve().parent))  # corpus/ is not a package
from typesetter import (  # noqa: E402
    BODY_BOTTOM, BODY_TOP, BOLD, CJK, COL_W, COLS, FULL_W, ML, PAGE_H, PAGE_W, ROMAN, SANS,
    SCRIPT_SCALE, SUB_RISE, SUP_RISE, ZH_MAX_JUSTIFY_EM, Doc, Flow, Frame, Line, Style, top_down,
    column_edges, column_flow, expected_text, hyphenate, rule_below, running_heads,
)

SCHEMA = "litx.fixture/1"
# SCRIPT_SCALE, SUP_RISE and SUB_RISE are imported for the tests, which read them from here


# --------------------------------------------------------------------------
# the ground truth: <name>.expected.json
# --------------------------------------------------------------------------


def expected_json(doc: Doc, **extra: object) -> dict:
    """What a fixture's expected.json holds, from what was recorded while drawing it."""
    blocks = doc.blocks
    data: dict[str, object] = {
        "schema": SCHEMA,
        "name": doc.name,
        "file": doc.path.name,
        "readable": True,
        "encrypted": False,
        "password": None,
        "error": None,
        "warning": None,
        "pages": doc.page,
        "page_size": [round(PAGE_W, 2), round(PAGE_H, 2)],
        "languages": _languages(blocks),
        "title": doc.title,
        "blocks": blocks,
        "paragraphs": [b["text"] for b in blocks if b["kind"] == "paragraph"],
        "headings": [{"text": b["text"], "level": b["level"], "page": b["page"]}
                     for b in blocks if b["kind"] == "heading"],
        "references": [b["text"] for b in blocks if b["kind"] == "reference"],
        "footnotes": [b["text"] for b in blocks if b["kind"] == "footnote"],
        "tables": doc.tables,
        "furniture": doc.furniture,
        "running_headers": sorted({f["text"] for f in doc.furniture if f["position"] == "header"}),
        "running_footers": sorted({f["text"] for f in doc.furniture if f["position"] == "footer"}),
        "images": 0,
        "regions": _regions(doc),
        "features": doc.features,
    }
    data.update(extra)
    return data


def _languages(blocks: list[dict]) -> list[str]:
    seen: dict[str, int] = {}
    for b in blocks:
        seen[b["lang"]] = seen.get(b["lang"], 0) + len(b["text"])
    return [k for k, _ in sorted(seen.items(), key=lambda kv: -kv[1])]


def _regions(doc: Doc) -> list[dict]:
    """Text frames (their used part) and tables, page by page, top to bottom."""
    out = [{"page": f.page, "kind": f.kind,
            "bbox": [round(f.x, 2), top_down(f.top), round(f.x + f.width, 2), top_down(f.cursor)]}
           for f in doc.frames if f.lines]
    out += doc.regions
    return sorted(out, key=lambda r: (r["page"], r["bbox"][1], r["bbox"][0]))


def ends_mid_sentence(frame: Frame) -> bool:
    """Does the last line of a frame stop in the middle of a sentence?"""
    line, _ = frame.lines[-1]
    return not line.last and not re.search(r"[.!?。！？；]$", line.text)


# --------------------------------------------------------------------------
# styles shared by the fixtures
# --------------------------------------------------------------------------

EN_BODY = Style(ROMAN, 9.5, 11.6, indent=9.5)
EN_BODY_FIRST = replace(EN_BODY, indent=0.0)
EN_HEAD = Style(BOLD, 10.5, 13.0, align="left", space_before=7.0, space_after=2.0)
EN_REF = Style(ROMAN, 8.0, 9.6, hanging=12.0, space_after=1.5)
EN_TITLE = Style(BOLD, 16.0, 19.0, align="center")
EN_AUTHORS = Style(ROMAN, 10.5, 13.0, align="center", space_before=8.0)
EN_AFFIL = Style(ROMAN, 8.5, 10.5, align="center", space_before=3.0)
EN_ABS_HEAD = Style(BOLD, 10.0, 12.5, align="left", space_before=12.0, space_after=2.0)
EN_ABSTRACT = Style(ROMAN, 9.5, 11.6)
FURN = Style(SANS, 8.0, 10.0, align="left")

ZH_BODY = Style(ROMAN, 9.5, 14.0, cjk_font=CJK, indent=19.0)
ZH_HEAD1 = Style(BOLD, 10.5, 15.5, cjk_font=CJK, align="left", space_before=5.0, space_after=1.0)
ZH_HEAD2 = Style(BOLD, 9.5, 14.5, cjk_font=CJK, align="left", space_before=2.0)
ZH_REF = Style(ROMAN, 8.0, 11.0, cjk_font=CJK, hanging=16.0)
ZH_TITLE = Style(BOLD, 16.0, 22.0, cjk_font=CJK, align="center")
ZH_AUTHORS = Style(ROMAN, 11.0, 15.0, cjk_font=CJK, align="center", space_before=8.0)
ZH_AFFIL = Style(ROMAN, 8.5, 11.5, cjk_font=CJK, align="center", space_before=2.0)
ZH_ABSTRACT = Style(ROMAN, 9.0, 13.0, cjk_font=CJK, space_before=10.0)
ZH_FURN = Style(ROMAN, 8.0, 10.0, cjk_font=CJK, align="left")


def hyphenated_words(flows: list[Flow]) -> list[str]:
    out = []
    for flow in flows:
        for frame in flow.used:
            for i, (line, _) in enumerate(frame.lines):
                if line.hyphen:
                    head = line.items[-1].text
                    nxt = _next_line(flow, frame, i)
                    word = head + (nxt.items[0].text if nxt else "")
                    out.append(re.sub(r"^\W+|[^\w-]+$", "", word))
    return out


def _next_line(flow: Flow, frame: Frame, i: int) -> Line | None:
    if i + 1 < len(frame.lines):
        return frame.lines[i + 1][0]
    k = flow.used.index(frame)
    if k + 1 < len(flow.used) and flow.used[k + 1].lines:
        return flow.used[k + 1].lines[0][0]
    return None


def _place_sections(flow: Flow, sections: list[tuple[str, list[str]]], head: Style, body_first: Style,
                    body: Style, level_of: Callable[[str], int] = lambda h: 1) -> None:
    for heading, paragraphs in sections:
        if heading:
            flow.place(heading, head if level_of(heading) == 1 else ZH_HEAD2, "heading",
                       level=level_of(heading), keep_with_next=2 * body.leading)
        for k, para in enumerate(paragraphs):
            st = body_first if k == 0 and heading else body
            flow.place(hyphenate(para) if st.lang == "en" else para, st)


# --------------------------------------------------------------------------
# 1. en_two_column
# --------------------------------------------------------------------------

EN_ABSTRACT_TEXT = (
    "**Background:** Premature ovarian insufficiency (POI) affects about one in a hundred women before the "
    "age of forty, and no current treatment reliably restores ovarian function. We asked whether a single "
    "intraovarian injection of umbilical cord mesenchymal stem cells (UC-MSCs) is feasible and safe. "
    "**Methods:** In this open-label, single-arm pilot trial, 28 women with POI received 5×10^{6} cells/kg "
    "delivered into both ovaries under transvaginal ultrasound guidance and were followed for 12 months. "
    "**Results:** No serious adverse events occurred. Mean follicle-stimulating hormone (FSH) fell from 68.4 "
    "to 41.2 IU/L at six months, and anti-Müllerian hormone (AMH) became measurable in 9 of 28 women. "
    "**Conclusions:** Intraovarian UC-MSC injection was well tolerated; a controlled trial is warranted."
)

EN_SECTIONS: list[tuple[str, list[str]]] = [
    ("Introduction", [
        "Premature ovarian insufficiency is defined by amenorrhoea of at least four months, an FSH "
        "concentration above 25 IU/L on two occasions and an onset before the age of forty years. Beyond "
        "infertility, the resulting oestrogen deficiency raises the long-term risk of osteoporosis, "
        "cardiovascular disease and cognitive decline^{[1]}. Hormone replacement treats the symptoms but does "
        "not return the ovary to a functional state, and oocyte donation remains the only dependable route "
        "to pregnancy for most affected women.",
        "Mesenchymal stromal cells secrete growth factors, cytokines and extracellular vesicles that act on "
        "the surrounding tissue rather than replacing it. In rodent models of chemotherapy-induced ovarian "
        "damage, intraovarian or intravenous mesenchymal cells reduced granulosa cell apoptosis, improved "
        "the ovarian blood supply and partly restored the oestrous cycle^{[2]}. Cells from the umbilical cord "
        "are attractive for clinical use because they can be collected without an invasive procedure, "
        "expand rapidly in culture and provoke little immune response in unrelated recipients^{[3]}.",
        "Early human reports have used very different cell sources, doses and routes of delivery, which "
        "makes them difficult to compare^{[4]}. We therefore designed a pilot trial with a fixed weight-based "
        "dose, a single route of administration and a prespecified set of hormonal and ultrasound end "
        "points, with the primary aim of describing safety over one year.",
    ]),
    ("Methods", [
        "The trial was conducted at a single tertiary fertility centre between March 2021 and September 2023 "
        "and was approved by the institutional ethics committee. All participants gave written informed "
        "consent. Women aged 20 to 39 years were eligible if they met the criteria for POI given above, had "
        "a normal karyotype and had at least one ovary visible on transvaginal ultrasound. Women with a "
        "history of malignancy, active autoimmune disease or previous pelvic radiotherapy were excluded.",
        "Umbilical cords were obtained after elective caesarean delivery from healthy donors who had "
        "consented to research use. Cells were isolated by explant culture, expanded in serum-free medium "
        "and used at passage four. Each lot was tested for sterility, endotoxin and mycoplasma and was "
        "characterised by flow cytometry, with more than 95% of cells positive for CD73, CD90 and CD105 and "
        "fewer than 2% positive for CD34 and CD45. Viability after thawing exceeded 90% in every lot.",
        "On the day of treatment the cells were thawed, washed twice and resuspended in 2 mL of saline. A "
        "dose of 5×10^{6} cells/kg body weight was divided equally between the two ovaries and injected "
        "through a 17-gauge needle under transvaginal ultrasound guidance with the patient under light "
        "sedation. For a woman weighing 60 kg this corresponded to 1.5×10^{8} cells per ovary, delivered in "
        "ten passes of the needle of about 1.5×10^{7} cells each.",
        "Serum FSH, luteinising hormone, oestradiol and AMH were measured at baseline and at 1, 3, 6 and "
        "12 months, and the antral follicle count was recorded at the same visits. Adverse events were "
        "graded with the common terminology criteria. Continuous variables are reported as mean and "
        "standard deviation and were compared with paired t tests; a two-sided P value below 0.05 was "
        "considered significant.",
        "The sample size was not based on a formal power calculation. With 28 participants, the trial had "
        "a 75% probability of observing at least one adverse event that occurs in 5% of treated women, "
        "which was judged adequate for a first assessment of safety^{[9]}. An independent monitoring "
        "committee reviewed the safety data after the first ten women had been followed for one month.",
    ]),
    ("Results", [
        "Of 41 women screened, 28 were enrolled and all received the planned dose. Their mean age was "
        "33.1 years and the mean time since the last spontaneous menstruation was 2.6 years. All 28 "
        "completed the six-month visit and 26 completed the final visit at 12 months; two women moved away "
        "from the region and were lost to follow-up.",
        "No serious adverse events were recorded. Eleven women reported mild pelvic pain on the day of "
        "injection, which resolved within 48 hours, and one developed a small ovarian haematoma that "
        "required no intervention. No fever, infection or allergic reaction was observed, and routine blood "
        "counts and liver enzymes did not change.",
        "Mean FSH fell from 68.4 ± 14.2 IU/L at baseline to 41.2 ± 18.5 IU/L at six months (P < 0.001) and "
        "remained lower than baseline at 12 months. Oestradiol rose from 21.5 to 58.3 pg/mL over the same "
        "period. AMH became measurable in 9 of 28 women, although values stayed below 0.5 ng/mL in all of "
        "them. Resumption of menstruation was reported by seven women, in four of whom it occurred more "
        "than once.",
        "The antral follicle count increased in 12 women, usually by one or two follicles. Three women "
        "underwent ovarian stimulation; one oocyte was retrieved from each of two women and one embryo was "
        "transferred, but no pregnancy resulted during the observation period.",
        "Menstrual cycles, once resumed, were irregular in most women. Four women reported fewer hot "
        "flushes at six months, and the mean score on a menopausal symptom questionnaire fell from 18.2 to "
        "12.7, although the questionnaire was not blinded and the change may reflect expectation rather "
        "than any effect of the mesenchymal cells.",
    ]),
    ("Discussion", [
        "In this pilot study a single injection of umbilical cord mesenchymal cells into both ovaries was "
        "well tolerated, and hormonal profiles moved towards the normal range in a subset of women. The most "
        "frequent adverse event was transient pain related to the puncture itself, which is consistent "
        "with experience from oocyte retrieval and from earlier cell therapy reports^{[5]}.",
        "The magnitude of the hormonal change should be interpreted cautiously. FSH fluctuates considerably "
        "in women with POI, and intermittent ovarian activity occurs spontaneously in up to a quarter of "
        "them^{[6]}. Without a control group we cannot separate a treatment effect from this natural "
        "variation or from regression to the mean, a limitation shared with most published series^{[7]}.",
        "Our findings agree in direction with two earlier series that used bone marrow and adipose tissue "
        "as the cell source, but the size of the FSH change was smaller than in either. Differences in "
        "patient selection may explain this: we enrolled women with a median of more than two years of "
        "amenorrhoea, whereas shorter durations were usual in the earlier reports, and the chance of "
        "residual follicles declines with time.",
        "The dose of 5×10^{6} cells/kg was chosen from animal studies and from intravenous trials in other "
        "conditions; whether a higher dose or repeated injections would produce a larger or more lasting "
        "effect is unknown. A randomised comparison with a sham procedure, stratified by the time since "
        "the last menstruation, is now being planned.",
        "Several features of the cell product may influence the response. Cells at early passage secrete "
        "more angiogenic factors than cells that have been expanded for longer, and cryopreservation "
        "reduces their viability and migratory capacity for several days after thawing^{[10]}. We used cells "
        "at passage four within an hour of thawing, but did not measure their secretory profile, and "
        "lot-to-lot variation may have contributed to the spread of responses^{[11,12]}.",
        "Safety over a longer period also remains to be established. Although no tumours have been "
        "attributed to mesenchymal cells in more than a decade of clinical use, the ovary is a site where "
        "local proliferation could be missed by ultrasound, and annual follow-up will continue for five "
        "years^{[13]}. Women who wish to conceive should be told that the chance of pregnancy after "
        "treatment remains low^{[14]}.",
        "In conclusion, intraovarian delivery of allogeneic umbilical cord cells appears feasible and safe "
        "in women with POI. Evidence of clinical benefit will require a controlled trial with live birth as "
        "the primary outcome^{[8]}.",
    ]),
]

EN_REFERENCES = [
    "[1] Harlow KE, Mendes AP. Long-term health of women with early loss of ovarian function. "
    "J Invented Med. 2019;8:112-120.",
    "[2] Tanaka S, Berg L, Quist M. Stromal cell therapy in a rat model of cyclophosphamide ovarian "
    "injury. Exp Reprod Biol. 2020;15:45-53.",
    "[3] Oduya F, Reinholt P. Immunological properties of cord-derived stromal cells. Cell Ther Rep. "
    "2018;4:201-209.",
    "[4] Lindgren A, Ferraz C, Nair V. Cell-based treatment of ovarian insufficiency: a scoping review. "
    "Reprod Rev Lett. 2022;11:7-19.",
    "[5] Marsh T, Wei Q. Complications of transvaginal ovarian puncture. J Invented Med. 2021;12:34-56.",
    "[6] Duval R, Smythe J. Spontaneous ovarian activity after a diagnosis of POI. Menopause Stud. "
    "2017;23:301-306.",
    "[7] Kowalski B, Adeyemi T. Bias in uncontrolled trials of regenerative therapy. Clin Trial Methods. "
    "2020;6:88-97.",
    "[8] Yamamoto H, Price D. Choosing outcomes for fertility trials. Hum Reprod Outcomes. 2023;2:14-22.",
    "[9] Fielding M. How many participants does a safety study need? Clin Trial Methods. 2016;2:5-11.",
    "[10] Arendt S, Moreau C, Liu J. Passage number, thawing and the secretome of stromal cells. "
    "Cell Ther Rep. 2021;7:140-151.",
    "[11] Bakker E, Tan W. Lot release testing for allogeneic cell products. Regen Manuf. 2019;1:30-38.",
    "[12] Haddad N, Ivanova P. Sources of variability in stromal cell potency assays. Cell Ther Rep. "
    "2022;8:66-74.",
    "[13] Svensson K, Obi C. Long-term follow-up after cell therapy: a practical guide. Regen Med Pract. "
    "2020;4:201-210.",
    "[14] Castillo R, Huang Y. Pregnancy after diagnosis of premature ovarian insufficiency. Fertil Outlook. "
    "2018;9:12-18.",
]


def _en_furniture(header: str, first_page: int) -> Callable[[Doc, int], None]:
    return running_heads(header, lambda page: str(first_page + page - 1), FURN, replace(FURN, align="center"))


def _one_column(doc: Doc) -> Flow:
    """One text frame, 72 pt margins, a single page."""
    return Flow(doc, iter([Frame(72, BODY_TOP, BODY_BOTTOM, PAGE_W - 144, kind="full")]))


def _full_width(doc: Doc, top: float) -> Flow:
    return Flow(doc, iter([Frame(ML, top, BODY_BOTTOM, FULL_W, kind="full")]))


def _references(flow: Flow, entries: list[str], st: Style) -> None:
    for entry in entries:
        flow.place(entry, st, "reference")


def build_en_two_column(out_dir: Path) -> Path:
    doc = _new_doc(out_dir, "en_two_column", furniture=_en_furniture("J Invented Med 2024; 3: 101–110", 101))
    top = _full_width(doc, BODY_TOP - 6)
    top.place("Intraovarian Injection of Umbilical Cord Mesenchymal Stem Cells in Women with Premature "
              "Ovarian Insufficiency: A Single-Arm Pilot Trial", EN_TITLE, "title")
    top.place("Helen M. Carter^{1}, Daniel R. Okafor^{1,2}, Mei-Ling Zhou^{2} and Peter J. Lindqvist^{1}",
              EN_AUTHORS, role="authors")
    top.place("^{1}Department of Reproductive Medicine, Northbridge University Hospital, Northbridge, UK; "
              "^{2}Centre for Regenerative Biology, Eastvale Institute, Eastvale, UK", EN_AFFIL, role="affiliation")
    top.place("Abstract", EN_ABS_HEAD, "heading", level=1)
    top.place(EN_ABSTRACT_TEXT, EN_ABSTRACT, role="abstract")
    body = column_flow(doc, rule_below(top))
    _place_sections(body, EN_SECTIONS, EN_HEAD, EN_BODY_FIRST, EN_BODY)
    body.place("References", EN_HEAD, "heading", level=1, keep_with_next=2 * EN_REF.leading)
    _references(body, EN_REFERENCES, EN_REF)
    doc.save()

    assert doc.page == 2, doc.page
    frames = body.used
    doc.features = {
        "hyphenated": hyphenated_words([body]),
        "column_break_mid_sentence": ends_mid_sentence(frames[0]),
        "page_break_mid_sentence": ends_mid_sentence(frames[1]),
        "justified": True,
        "space_glyphs": "ragged lines (last line of a paragraph, headings) are drawn with space "
                        "glyphs; justified lines word by word, without them",
    }
    assert "mesen-chymal" in doc.features["hyphenated"], doc.features
    assert doc.features["column_break_mid_sentence"] and doc.features["page_break_mid_sentence"], doc.features
    return _write_expected(doc)


# --------------------------------------------------------------------------
# 2. zh_two_column
# --------------------------------------------------------------------------

ZH_ABSTRACT_TEXT = (
    "【摘要】目的：观察脐带间充质干细胞（脐带MSC）卵巢内注射治疗早发性卵巢功能不全（POI）的安全性及对性激素"
    "水平的影响。方法：前瞻性纳入2020年1月至2022年12月在本中心就诊的61例POI患者，于经阴道超声引导下向双侧"
    "卵巢注射脐带MSC，剂量为5×10^{6}个/kg，随访12个月，比较治疗前后血清FSH、雌二醇（E_{2}）及AMH水平。"
    "结果：全部患者均顺利完成注射，未见严重不良反应；治疗后6个月FSH水平较治疗前明显降低（P<0.05），AMH"
    "可以检出者19例。结论：脐带MSC卵巢内注射安全可行，可在一定程度上降低FSH水平，其远期疗效有待随机对照"
    "研究证实。"
)
ZH_KEYWORDS = "【关键词】早发性卵巢功能不全；间充质干细胞；脐带；卵巢内注射；抗苗勒管激素"

ZH_SECTIONS: list[tuple[str, list[str]]] = [
    ("", [
        "早发性卵巢功能不全（premature ovarian insufficiency，POI）是指女性在40岁以前出现卵巢功能减退，"
        "以月经紊乱、促性腺激素水平升高及雌激素水平降低为主要特征，发病率约为1%^{[1]}。POI不仅导致不孕，"
        "还会增加骨质疏松、心血管疾病及认知功能下降的风险^{[2-3]}。目前临床上以激素补充治疗为主，但该方法"
        "只能缓解症状，难以恢复卵巢的内分泌及生殖功能。",
        "间充质干细胞（mesenchymal stem cell，MSC）具有自我更新和多向分化潜能，可通过旁分泌多种生长因子和"
        "细胞外囊泡改善受损组织的微环境。动物实验表明，MSC移植能够减少颗粒细胞凋亡、促进卵巢血管新生，"
        "并部分恢复动情周期^{[4]}。其中脐带MSC来源广泛、采集无创、免疫原性低，脂肪 MSC则可取自患者自身，"
        "二者均被认为是较有前景的细胞来源^{[5]}。本研究观察脐带MSC卵巢内注射治疗POI的安全性及对性激素水平"
        "的影响，现报道如下。",
    ]),
    ("**1** 资料与方法", []),
    ("**1.1** 研究对象", [
        "选择2020年1月至2022年12月在南江大学附属第一医院生殖医学中心就诊的POI患者。纳入标准：①年龄20～39"
        "岁；②停经或月经稀发至少4个月；③间隔4周以上两次检测FSH>25 IU/L；④染色体核型正常；⑤经阴道超声"
        "可见至少一侧卵巢。排除标准：①既往有恶性肿瘤病史；②合并自身免疫性疾病活动期；③有盆腔放疗史。"
        "最终共纳入61例患者，平均年龄（32.6±4.1）岁。所有患者均于治疗前3个月停用激素补充治疗。本研究经医院伦理委员会批准，所有患者均签署知情"
        "同意书。",
    ]),
    ("**1.2** 细胞制备与移植", [
        "脐带取自健康足月剖宫产新生儿，经产妇知情同意。采用组织块贴壁法分离细胞，于无血清培养基中扩增，"
        "取第4代细胞用于移植。每批细胞均经无菌、内毒素及支原体检测合格。流式细胞术检测显示CD73、CD90及CD105阳性率均>95%，CD34及CD45阳性率均<2%。"
        "复苏后细胞活率均>90%，细胞悬液均于复苏后1 h内使用。移植当日将细胞复苏、洗涤后重悬于2 mL生理盐水中，按5×10^{6}个/kg的剂量，于经阴道超声引导下分别"
        "注入双侧卵巢皮质内，每侧卵巢穿刺3～5针。注射后患者卧床休息2 h，观察有无腹痛及阴道出血等不适，无异常后方可离院。",
    ]),
    ("**1.3** 观察指标", [
        "分别于治疗前及治疗后1、3、6、12个月检测血清FSH、黄体生成素（LH）、E_{2}及AMH水平，同时经阴道超声"
        "计数窦卵泡数（AFC），并记录月经恢复情况及不良反应。",
    ]),
    ("**1.4** 统计学方法", [
        "采用SPSS 26.0软件进行统计分析。计量资料以均数±标准差表示，治疗前后比较采用配对t检验；计数资料"
        "以例数和百分比表示。以P<0.05为差异有统计学意义。",
    ]),
    ("**2** 结果", []),
    ("**2.1** 安全性", [
        "61例患者均顺利完成卵巢内注射，未发生感染、需要处理的出血及过敏反应等严重不良事件。注射当日有"
        "17例患者出现轻度下腹痛，均于48 h内自行缓解；1例出现少量盆腔积液，未予特殊处理。随访期间血常规、"
        "肝肾功能均未见明显异常。",
    ]),
    ("**2.2** 性激素水平变化", [
        "与治疗前相比，治疗后3个月及6个月FSH水平明显降低（均P<0.05），E_{2}水平有所升高，12个月时FSH仍"
        "低于治疗前水平。治疗前AMH低于检测下限者52例，治疗后6个月其中19例AMH可以检出，但数值均<0.5 ng/mL。"
        "随访期间共有14例患者恢复自然月经，其中6例月经恢复2次以上。",
    ]),
    ("**2.3** 联合移植策略", [
        "本研究中有8例患者因卵巢体积过小，在注射脐带MSC的同时联合应用富血小板血浆。与单纯注射相比，联合"
        "移植组AFC增加更为明显，但因例数较少，差异无统计学意义。既往研究亦提示联合应用生长因子可能增强"
        "MSC的归巢和存活^{[12]}。",
    ]),
    ("**2.4** 妊娠结局", [
        "随访期间有3例患者尝试促排卵治疗，其中1例获卵1枚，行胚胎移植后未妊娠；其余患者未尝试妊娠。",
    ]),
    ("**3** 讨论", [
        "本研究结果显示，脐带MSC卵巢内注射治疗POI安全性良好，主要不良反应为穿刺相关的一过性腹痛，与既往"
        "报道一致^{[6]}。治疗后患者FSH水平明显降低，部分患者AMH由不可检出转为可检出，提示MSC可能在一定"
        "程度上改善了卵巢的内分泌功能。",
        "MSC改善卵巢功能的机制尚未完全阐明。目前认为，MSC主要通过旁分泌血管内皮生长因子、胰岛素样生长"
        "因子1及肝细胞生长因子等，抑制颗粒细胞凋亡、促进血管新生并调节局部免疫反应^{[7-8]}。此外，MSC"
        "来源的外泌体也可携带微小RNA作用于卵巢组织^{[9]}。与静脉输注相比，卵巢内注射可使细胞直接到达"
        "靶器官，所需细胞数量较少^{[10]}。",
        "关于细胞剂量和移植途径，目前尚无统一标准。既往研究中卵巢内注射的细胞数量多为每侧1×10^{6}～"
        "1×10^{7}个，静脉输注则常按体重计算^{[10]}。本研究采用5×10^{6}个/kg的剂量，未观察到剂量相关的"
        "不良反应，但剂量与疗效之间的关系仍需进一步研究。",
        "此外，移植细胞在卵巢内的存活时间较短。动物实验显示，注射后2周卵巢内仍可检测到少量标记细胞，"
        "4周后则基本消失^{[4]}，提示其作用可能主要依赖早期的旁分泌效应，而非长期定植。多次移植能否延长"
        "疗效，值得在今后的研究中探讨。",
        "需要指出的是，POI患者卵巢功能存在自发波动，约有四分之一的患者可出现间歇性排卵^{[11]}。本研究为"
        "单臂研究，缺乏对照组，无法排除自然波动及均值回归对结果的影响。此外，样本量较小、随访时间有限，"
        "尚不能评价治疗对妊娠结局的影响。",
        "今后的研究应扩大样本量，设立安慰剂对照，并以活产率作为主要结局指标，同时比较不同来源细胞，如"
        "脐带MSC与脂肪 MSC的疗效差异，以明确最适合临床应用的细胞类型及治疗方案。对于停经时间较长、"
        "卵巢内已无残存卵泡的患者，干细胞治疗能否获益尚不明确，在临床应用中应当充分告知患者治疗的"
        "不确定性。",
        "综上所述，脐带MSC卵巢内注射治疗POI安全可行，可在一定程度上降低FSH水平、改善卵巢储备功能，但其"
        "确切疗效仍需多中心随机对照研究进一步证实。",
    ]),
]

ZH_REFERENCES = [
    "[1] 张丽华, 刘明. 早发性卵巢功能不全的流行病学研究进展[J]. 实验生殖医学杂志, 2019, 1(2): 45-49.",
    "[2] Harlow KE, Mendes AP. Long-term health of women with early loss of ovarian function[J]. "
    "J Invented Med, 2019, 8: 112-120.",
    "[3] 赵文, 孙静. 雌激素缺乏与骨代谢[J]. 骨健康研究, 2018, 6(4): 201-205.",
    "[4] Tanaka S, Berg L. Stromal cell therapy in a rat model of ovarian injury[J]. Exp Reprod Biol, "
    "2020, 15: 45-53.",
    "[5] 周琳, 钱伟. 间充质干细胞的来源与特性[J]. 细胞治疗学报, 2021, 3(1): 12-18.",
    "[6] 黄志成, 吴敏. 卵巢穿刺相关并发症分析[J]. 妇产科临床杂志, 2020, 9(5): 330-333.",
    "[7] Oduya F, Reinholt P. Paracrine effects of stromal cells[J]. Cell Ther Rep, 2018, 4: 201-209.",
    "[8] 林晓, 高峰. 间充质干细胞抑制颗粒细胞凋亡的机制研究[J]. 生殖与再生, 2021, 4(2): 88-94.",
    "[9] 郑洁, 冯宇. 外泌体在卵巢疾病中的研究进展[J]. 实验生殖医学杂志, 2022, 4(1): 21-26.",
    "[10] 杨帆, 邓丽. 不同移植途径对干细胞分布的影响[J]. 再生医学杂志, 2021, 7(3): 150-155.",
    "[11] Duval R, Smythe J. Spontaneous ovarian activity after diagnosis[J]. Menopause Stud, 2017, "
    "23: 301-306.",
    "[12] 何静, 宋涛. 生长因子联合干细胞治疗卵巢功能不全[J]. 再生生殖医学杂志, 2023, 5(2): 60-66.",
]


def _zh_level(heading: str) -> int:
    number = expected_text(heading).split(" ", 1)[0]
    return number.count(".") + 1 if number[0].isdigit() else 1


_zh_furniture = running_heads("实验生殖医学杂志 2024年3月第6卷第2期", lambda page: f"· {11 + page} ·", ZH_FURN,
                              replace(FURN, font=ROMAN, size=9, align="center"))


def build_zh_two_column(out_dir: Path) -> Path:
    doc = _new_doc(out_dir, "zh_two_column", furniture=_zh_furniture)
    top = _full_width(doc, BODY_TOP - 6)
    top.place("脐带间充质干细胞卵巢内注射治疗早发性卵巢功能不全的临床研究", ZH_TITLE, "title")
    top.place("王晓梅^{1}，陈思远^{1}，李国强^{2}", ZH_AUTHORS, role="authors")
    top.place("（1. 南江大学附属第一医院生殖医学中心，南江 210008；2. 东临市妇幼保健院妇科，东临 310006）",
              ZH_AFFIL, role="affiliation")
    top.place(ZH_ABSTRACT_TEXT, ZH_ABSTRACT, role="abstract")
    top.place(ZH_KEYWORDS, replace(ZH_ABSTRACT, space_before=3.0), role="keywords")
    body = column_flow(doc, rule_below(top))
    _place_sections(body, ZH_SECTIONS, ZH_HEAD1, ZH_BODY, ZH_BODY, _zh_level)
    body.place("参考文献", ZH_HEAD1, "heading", level=1, keep_with_next=2 * ZH_REF.leading)
    _references(body, ZH_REFERENCES, ZH_REF)
    doc.save()

    assert doc.page == 2, doc.page
    doc.features = {
        "column_break_mid_sentence": ends_mid_sentence(body.used[0]),
        "page_break_mid_sentence": ends_mid_sentence(body.used[1]),
        "cjk_latin_gap": "脂肪 MSC",
        "cjk_latin_no_gap": "脐带MSC",
        "explicit_gap_em": 0.25,
        "max_justification_gap_em": ZH_MAX_JUSTIFY_EM,
        "latin_font": ROMAN,
        "cjk_font": CJK,
    }
    assert doc.features["column_break_mid_sentence"] and doc.features["page_break_mid_sentence"], doc.features
    return _write_expected(doc)


# --------------------------------------------------------------------------
# 3. mixed_layout
# --------------------------------------------------------------------------

MIXED_UPPER: list[tuple[str, list[str]]] = [
    ("Introduction", [
        "Infusion of bone marrow stromal cells through the ovarian artery places the cells close to the "
        "follicles without puncturing the ovary. Earlier work used a single dose chosen by convention "
        "rather than by a formal escalation, so the dose that balances benefit and risk is not known^{[1]}.",
        "We report a dose-finding study in which three consecutive groups of women received increasing "
        "numbers of autologous cells, with a safety review between the groups.",
    ]),
    ("Methods", [
        "Eighteen women with POI were enrolled in three groups of six. Bone marrow was aspirated from the "
        "iliac crest, and the stromal fraction was expanded for two to three weeks. Cells were infused "
        "through a microcatheter placed in the ovarian artery by an interventional radiologist. The low, "
        "middle and high dose groups received 1×10^{6}, 5×10^{6} and 1×10^{7} cells/kg respectively.",
    ]),
]

MIXED_LOWER: list[tuple[str, list[str]]] = [
    ("Results", [
        "All infusions were completed without dissection or thrombosis of the artery. Groin haematoma "
        "occurred in two women and resolved without treatment. FSH decreased in every group, with the "
        "largest change in the high dose group, while AMH changed little (Table 1).",
    ]),
    ("Discussion", [
        "Arterial delivery was feasible at every dose tested, and no dose-limiting toxicity was seen. The "
        "trend towards larger hormonal changes at higher doses needs confirmation in a randomised "
        "comparison, because six women per group cannot exclude a chance finding^{[2]}.",
    ]),
]

MIXED_REFERENCES = [
    "[1] Ferreira L, Holt B. Arterial delivery of cell therapies to the pelvis. J Interv Regen. 2020;5:77-84.",
    "[2] Nakamura T, Olsen K. Small dose-finding studies and the play of chance. Trials Methods Rev. "
    "2019;3:11-19.",
]

MIXED_TABLE = [
    ["Dose group", "n", "FSH (IU/L)", "AMH (ng/mL)"],
    ["Low dose", "6", "71.3 ± 12.0", "0.06 ± 0.03"],
    ["Middle dose", "6", "64.8 ± 15.2", "0.09 ± 0.05"],
    ["High dose", "6", "52.4 ± 13.7", "0.11 ± 0.06"],
    ["All women", "18", "62.8 ± 15.9", "0.09 ± 0.05"],
]


def _balanced_columns(doc: Doc, fill: Callable[[Flow], None], top: float) -> tuple[Flow, float]:
    """Two columns from top, as short as they can be while holding what fill() places."""
    h = 40.0
    while True:
        frames = iter([Frame(x, top, top - h, COL_W) for x in COLS])
        try:
            fill(Flow(None, frames, draw=False))
            break
        except StopIteration:
            h += 1.0
    flow = Flow(doc, iter([Frame(x, top, top - h, COL_W) for x in COLS]))
    fill(flow)
    return flow, top - h


def draw_three_line_table(doc: Doc, rows: list[list[str]], caption: str, x: float, top: float,
                          width: float, col_widths: list[float]) -> float:
    """A caption, then a table with a top rule, a rule under the header and a bottom rule."""
    cap = Style(ROMAN, 9.0, 11.0, align="left")
    doc.add_block("caption", caption, cap)
    lines = doc.line(caption, cap, x, top - 9, width)
    y = top - 9 - (len(lines) - 1) * cap.leading - 7
    c = doc.c
    row_h = 13.0
    xs = column_edges(x, width, col_widths)
    c.setLineWidth(1.0)
    c.line(x, y, x + width, y)
    table_top = y
    cells_style = Style(ROMAN, 8.5, 10.0)
    for r, row in enumerate(rows):
        baseline = y - row_h + 3.8
        font = BOLD if r == 0 else ROMAN
        for k, cell in enumerate(row):
            cw = pdfmetrics.stringWidth(cell, font, 8.5)
            assert cw < xs[k + 1] - xs[k] - 4, cell
            cx = xs[k] + 4 if k == 0 else (xs[k] + xs[k + 1] - cw) / 2
            c.setFont(font, 8.5)
            c.drawString(cx, baseline, cell)
        y -= row_h
        if r == 0:
            c.setLineWidth(0.5)
            c.line(x, y, x + width, y)
        rec = doc.add_block("table", " | ".join(row), cells_style)
        rec["cells"] = list(row)
        rec["header"] = r == 0
    c.setLineWidth(1.0)
    c.line(x, y, x + width, y)
    doc.tables.append({"page": doc.page, "caption": expected_text(caption), "rows": [list(r) for r in rows],
                       "bbox": [round(x, 2), top_down(table_top), round(x + width, 2), top_down(y)],
                       "rules": 3})
    doc.region("table", x, top, x + width, y)
    return y


def build_mixed_layout(out_dir: Path) -> Path:
    doc = _new_doc(out_dir, "mixed_layout", furniture=_en_furniture("Invented Reprod Sci 2024; 9: 12–13", 12))
    top = _full_width(doc, BODY_TOP - 6)
    top.place("Dose Finding for Ovarian Artery Infusion of Bone Marrow Stromal Cells in Premature Ovarian "
              "Insufficiency", EN_TITLE, "title")
    top.place("Abstract", EN_ABS_HEAD, "heading", level=1)
    top.place("Eighteen women with premature ovarian insufficiency received autologous bone marrow stromal "
              "cells through the ovarian artery at one of three doses, from 1×10^{6} to 1×10^{7} cells/kg. "
              "No dose-limiting toxicity occurred. FSH fell most in the high dose group, and AMH remained "
              "close to the detection limit in all groups. A randomised trial of the highest dose is "
              "justified.", EN_ABSTRACT, role="abstract")
    upper, y = _balanced_columns(
        doc, lambda flow: _place_sections(flow, MIXED_UPPER, EN_HEAD, EN_BODY_FIRST, EN_BODY), top.frame.cursor - 12)
    y = draw_three_line_table(
        doc, MIXED_TABLE, "Table 1  Serum FSH and AMH six months after infusion, by dose group (mean ± SD)",
        ML, y - 8, FULL_W, [3, 1, 2, 2])

    def lower_part(flow: Flow) -> None:
        _place_sections(flow, MIXED_LOWER, EN_HEAD, EN_BODY_FIRST, EN_BODY)
        flow.place("References", EN_HEAD, "heading", level=1, keep_with_next=2 * EN_REF.leading)
        _references(flow, MIXED_REFERENCES, EN_REF)

    lower, _ = _balanced_columns(doc, lower_part, y - 10)
    doc.save()
    assert doc.page == 1, doc.page
    doc.features = {"table_between_column_sections": True,
                    "balanced_columns_above_table": len(upper.used) == 2 and all(f.lines for f in upper.used),
                    "balanced_columns_below_table": len(lower.used) == 2 and all(f.lines for f in lower.used),
                    "column_break_mid_sentence_above_table": ends_mid_sentence(upper.used[0]),
                    "column_break_mid_sentence_below_table": ends_mid_sentence(lower.used[0])}
    return _write_expected(doc)


# --------------------------------------------------------------------------
# 4. superscripts
# --------------------------------------------------------------------------

ONE_COL = Style(ROMAN, 11.0, 15.0, space_after=8.0)
ONE_COL_HEAD = Style(BOLD, 12.0, 15.0, align="left", space_before=6.0, space_after=4.0)

SUPERSCRIPT_PARAGRAPHS = [
    "Laura Smith^{1}, Tomas Berg^{1,2} and Yuki Sato^{2,*}",
    "Each ovary received 10^{6} cells, and the cumulative exposure across the cohort reached 3.2×10^{12} "
    "cells. Residual endotoxin was below 5×10^{-3} EU per dose, and cells were used at the 4^{th} passage.",
    "Several groups have reported similar findings^{[23]}, although others did not^{[4–6]}, and two trials "
    "were stopped early^{[8, 10]}. The response rate increased by 30%^{[5]} in the pooled analysis of "
    "2×10^{6} cells/kg.",
    "Cells were cultured at 37 °C in 5% CO_{2}, serum E_{2} was measured by immunoassay, and the IC_{50} of "
    "the inhibitor was 12 nM.",
]
SUPERSCRIPT_ZH = "每侧卵巢注射1×10^{7}个细胞^{[9]}，治疗后E_{2}水平升高^{[10-11]}，FSH水平降低。"


def build_superscripts(out_dir: Path) -> Path:
    doc = _new_doc(out_dir, "superscripts")
    flow = _one_column(doc)
    flow.place("Superscripts and Subscripts in Running Text", replace(ONE_COL_HEAD, size=14, leading=18),
               "title")
    for para in SUPERSCRIPT_PARAGRAPHS:
        flow.place(para, ONE_COL)
    flow.place(SUPERSCRIPT_ZH, Style(ROMAN, 11.0, 16.0, cjk_font=CJK))
    doc.save()
    doc.features = {
        "script_scale": SCRIPT_SCALE, "sup_rise": SUP_RISE, "sub_rise": SUB_RISE,
        "convention": {"^6": "one-character superscript", "^{12}": "longer superscript",
                       "^[23]": "bracketed citation", "_2": "one-character subscript",
                       "_{50}": "longer subscript"},
        "minus": "the superscript minus in 10^{-3} is an ASCII hyphen-minus in Times-Roman",
    }
    return _write_expected(doc)


# --------------------------------------------------------------------------
# 5. tight_spacing
# --------------------------------------------------------------------------

TIGHT_TEXT = [
    "Ovarian reserve was assessed by counting antral follicles on day three of the cycle, and every scan "
    "was reviewed by a second sonographer who did not know the treatment group.",
    "Blood samples were frozen within two hours of collection and analysed in one batch at the end of "
    "the study, so that drift between assay runs could not affect the comparison.",
    "CASE SERIES WITH TWELVE MONTHS OF FOLLOW-UP",
    "Women who had received chemotherapy were analysed separately from those with idiopathic disease.",
]


def build_tight_spacing(out_dir: Path) -> Path:
    doc = _new_doc(out_dir, "tight_spacing")
    flow = _one_column(doc)
    flow.place("Tight Word Spacing", ONE_COL_HEAD, "heading", level=1)
    tight = replace(ONE_COL, align="left", word_space=0.12)
    # words placed one by one, no space glyphs, gaps of 0.12 em
    flow.place(TIGHT_TEXT[0], replace(tight, space_glyphs="never"))
    # real space glyphs narrowed to 0.12 em with Tw
    flow.place(TIGHT_TEXT[1], replace(tight, space_glyphs="always"))
    # letter-spaced capitals: 0.05 em tracking, normal word gaps
    flow.place(TIGHT_TEXT[2], replace(ONE_COL, align="left", char_space=0.05, space_glyphs="never"),
               "heading", level=2)
    flow.place(TIGHT_TEXT[3], replace(tight, word_space=0.10, space_glyphs="never"))
    doc.save()
    doc.features = {
        "word_gap_em": 0.12,
        "paragraph_1": "words drawn separately, no space glyphs, gap 0.12 em",
        "paragraph_2": "space glyphs present, Tw shrinks them to 0.12 em",
        "letter_spaced_heading": "tracking 0.05 em (Tc), word gaps 0.30 em, no space glyphs",
        "paragraph_4": "words drawn separately, gap 0.10 em",
    }
    return _write_expected(doc)


# --------------------------------------------------------------------------
# 6. overprint
# --------------------------------------------------------------------------


def build_overprint(out_dir: Path) -> Path:
    doc = _new_doc(out_dir, "overprint")
    flow = _one_column(doc)
    fake3 = ((0.0, 0.0), (0.3, 0.0), (0.6, 0.0))
    flow.place("Ovarian Reserve after Stromal Cell Therapy",
               Style(ROMAN, 16.0, 20.0, align="center", space_after=10.0, overprint=fake3), "title")
    flow.place("Methods", replace(ONE_COL_HEAD, font=ROMAN, overprint=((0.0, 0.0), (0.3, 0.3), (0.6, 0.6))),
               "heading", level=1)
    flow.place("All cells were counted twice: 1000 cells per well were seeded in 24-well plates, and follicle "
               "counts were assessed by two observers who agreed in 11 of 12 sections. Success was defined "
               "in advance as a 2000 ng/mL rise, which occurred in three wells.", ONE_COL)
    flow.place("Results", replace(ONE_COL_HEAD, char_overprint=((0.0, 0.0), (0.3, 0.0))), "heading", level=1)
    flow.place("The committee accepted the summary; the follicle pool was still too small to support a "
               "pregnancy, and the cells showed no abnormal growth after 100 days.", ONE_COL)
    flow.place("Discussion", replace(ONE_COL_HEAD, overprint=((0.0, 0.0), (0.0, 0.0))), "heading", level=1)
    flow.place("Overprinted headings must be read once; letters that really repeat, as in 1000 or "
               "follicle, must be kept.", ONE_COL)
    doc.save()
    doc.features = {
        "title": "Times-Roman drawn 3 times, x offsets 0, 0.3, 0.6 pt (string by string)",
        "Methods": "Times-Roman drawn 3 times, offsets (0,0), (0.3,0.3), (0.6,0.6)",
        "Results": "Times-Bold, every glyph drawn twice in a row at x and x+0.3 (RReessuullttss in stream order)",
        "Discussion": "Times-Bold drawn twice at exactly the same place",
        "genuine_doubles": ["cells", "1000", "follicle", "occurred", "committee", "accepted", "2000", "100"],
    }
    return _write_expected(doc)


# --------------------------------------------------------------------------
# 6b. hidden_draft
# --------------------------------------------------------------------------
# A figure placed from a whole page of the earlier draft (as LaTeX includes a
# PDF page): a form XObject holding that page, scaled 0.85, whose BBox shows
# only the figure.  The draft's text, in another font, lies under the final
# text and is never printed; in the figure, the plot area clips the draft's
# value labels (re W n).  Only the final text may be read.

HIDDEN_HEADER = "Invented Reports in Regeneration 2024, 3, 118"
HIDDEN_PAGE_ONE = [
    ("3.1. Cells Stayed in the Ovary", [
        "Labelled cells were found in the injected ovary of every animal one day after the injection, and "
        "in none of the lungs, livers or spleens that were examined. Their number fell by about half in the "
        "first week and changed little after that.",
        "Most of the remaining cells lay in the stroma between follicles; a few lay in the wall of growing "
        "follicles, and none was seen inside an oocyte.",
    ]),
]
HIDDEN_BEFORE = [
    ("3.2. A Single Dose Restored Follicle Counts", [
        "Mice given one intraovarian dose of 2×10^{5} stromal cells had more growing follicles four weeks "
        "later than mice given saline, and the difference held at eight weeks (Figure 2A). Oestrous cycles "
        "returned in nine of twelve treated animals and in two of twelve controls (Figure 2B).",
    ]),
]
HIDDEN_CAPTION = (
    "Figure 2. Follicle counts after a single intraovarian dose. (A) Growing follicles per ovary at four "
    "and eight weeks; n = 12 per group. (B) Share of animals with regular cycles."
)
HIDDEN_AFTER = [
    ("3.3. Higher Doses Added Little", [
        "Doubling the dose did not raise the follicle count further, and the highest dose was followed by "
        "small clusters of cells in the ovarian stroma that were absent at lower doses. We therefore used the "
        "lowest effective dose in all later experiments.",
        "None of the treated animals lost weight, and the ovaries of the control group looked as they did "
        "before the saline injection.",
    ]),
]

#: the draft page, in its own coordinates (A4, bottom-up)
DRAFT_HEADER = "Invented Reports in Regeneration 2024, 3, x DRAFT FOR REVIEW 7 of 12"
DRAFT_ABOVE = [
    "Draft wording above the figure: the treated animals are described first, and the follicle pool is "
    "counted only once, at week four, before the reviewers asked for a second count.",
    "Draft wording that no reader of the final article ever sees: cycles came back in most treated mice, "
    "although the draft does not yet give the numbers for each group.",
]
DRAFT_CAPTION = "Figure 2. Draft caption: follicles after one dose, later rewritten."
DRAFT_BELOW = [
    "Draft wording below the figure: a higher dose seemed to help at first, but the draft already "
    "mentions clusters of cells in the stroma and asks whether the dose should be lowered.",
    "Draft wording at the foot of the page, which lands beside the final paragraphs once the page is "
    "shrunk and moved to put its figure in place.",
]
DRAFT_LABELS = ["41", "18", "37", "15"]
DRAFT_STYLE = Style(SANS, 9.0, 11.5, space_after=4.0)
#: the figure on the draft page: the form's BBox
DRAFT_FIGURE = (100.0, 330.0, 500.0, 565.0)
DRAFT_SCALE = 0.85


def _draw_unrecorded(doc: Doc, paragraphs: list[str], st: Style, x: float, baseline: float,
                     width: float) -> float:
    """Draw paragraphs without recording them (they are not printed where
    the page shows them); returns the baseline after them."""
    for para in paragraphs:
        lines = doc.line(para, st, x, baseline, width)
        baseline -= len(lines) * st.leading + st.space_after
    return baseline


def _define_draft_page(doc: Doc) -> None:
    """The form XObject "DraftPage": a whole draft page, its BBox the figure."""
    c = doc.c
    x0, y0, x1, y1 = DRAFT_FIGURE
    c.beginForm("DraftPage", x0, y0, x1, y1)
    doc.line(DRAFT_HEADER, FURN, ML, PAGE_H - 40, FULL_W)
    end = _draw_unrecorded(doc, DRAFT_ABOVE, DRAFT_STYLE, 72, BODY_TOP - 10, PAGE_W - 144)
    assert end > y1 + 5, "the draft text above must stay out of the figure"
    # the figure: a frame and four bars in a plot area that clips the value labels above it
    c.setFillGray(0.55)
    c.setLineWidth(2.5)
    c.rect(x0 + 5, y0 + 5, x1 - x0 - 10, y1 - y0 - 10, stroke=1, fill=0)
    plot = (x0 + 30, y0 + 30, x1 - 30, y1 - 45)
    c.saveState()
    path = c.beginPath()
    path.rect(plot[0], plot[1], plot[2] - plot[0], plot[3] - plot[1])
    c.clipPath(path, stroke=0, fill=0)
    step = (plot[2] - plot[0]) / len(DRAFT_LABELS)
    top = max(int(v) for v in DRAFT_LABELS)
    for i, value in enumerate(DRAFT_LABELS):
        height = (plot[3] - plot[1] - 10) * int(value) / top
        c.rect(plot[0] + i * step + 15, plot[1], step - 30, height, stroke=0, fill=1)
        c.setFont(SANS, 9)
        c.drawCentredString(plot[0] + (i + 0.5) * step, plot[3] + 12, value)  # outside the plot: clipped
    c.restoreState()
    doc.line(DRAFT_CAPTION, DRAFT_STYLE, 72, y0 - 12, PAGE_W - 144)
    end = _draw_unrecorded(doc, DRAFT_BELOW, DRAFT_STYLE, 72, y0 - 40, PAGE_W - 144)
    assert end > BODY_BOTTOM
    c.endForm()


def _place_draft_figure(doc: Doc, flow: Flow, gap: float = 10.0) -> None:
    """Draw the draft page so its figure sits centred under the flow's cursor,
    and move the cursor below it."""
    frame = flow.current_frame()
    x0, y0, x1, y1 = DRAFT_FIGURE
    width, height = DRAFT_SCALE * (x1 - x0), DRAFT_SCALE * (y1 - y0)
    left, top = frame.x + (frame.width - width) / 2, frame.cursor - gap
    c = doc.c
    c.saveState()
    c.translate(left - DRAFT_SCALE * x0, top - DRAFT_SCALE * y1)
    c.scale(DRAFT_SCALE, DRAFT_SCALE)
    c.doForm("DraftPage")
    c.restoreState()
    frame.cursor = top - height - gap
    doc.features["figure_bbox"] = [round(left, 2), top_down(top), round(left + width, 2), top_down(top - height)]


def build_hidden_draft(out_dir: Path) -> Path:
    doc = _new_doc(out_dir, "hidden_draft", furniture=_en_furniture(HIDDEN_HEADER, 5))
    _define_draft_page(doc)
    flow = column_flow(doc, BODY_TOP, xs=[72.0], width=PAGE_W - 144)
    _place_sections(flow, HIDDEN_PAGE_ONE, ONE_COL_HEAD, ONE_COL, ONE_COL)
    flow.next_frame()  # the figure page
    _place_sections(flow, HIDDEN_BEFORE, ONE_COL_HEAD, ONE_COL, ONE_COL)
    _place_draft_figure(doc, flow)
    flow.place(HIDDEN_CAPTION, Style(ROMAN, 9.0, 11.0, space_after=10.0))
    _place_sections(flow, HIDDEN_AFTER, ONE_COL_HEAD, ONE_COL, ONE_COL)
    doc.save()
    doc.features.update({
        "hidden_text": [DRAFT_HEADER, *DRAFT_ABOVE, DRAFT_CAPTION, *DRAFT_BELOW],
        "hidden_font": SANS,
        "clipped_labels": DRAFT_LABELS,
        "how": "form XObject holding a whole draft page, scaled 0.85, BBox = its figure; "
               "value labels clipped by the plot area (re W n) inside it",
    })
    return _write_expected(doc)


# --------------------------------------------------------------------------
# 7. headers_footers
# --------------------------------------------------------------------------

HF_TOP = PAGE_H - 84
HF_BOTTOM = 84.0
HF_X = 84.0
HF_W = PAGE_W - 2 * HF_X
HF_BODY = Style(ROMAN, 11.5, 17.5, indent=16.0)
HF_BODY_FIRST = replace(HF_BODY, indent=0.0)
HF_FOOTNOTE_TOP = 130.0


def _hf_frames(doc: Doc) -> Iterator[Frame]:
    """One column a page, shorter on page 1 to leave room for the footnote."""
    while True:
        bottom = HF_FOOTNOTE_TOP + 8 if doc.page == 1 else HF_BOTTOM
        yield Frame(HF_X, HF_TOP, bottom, HF_W)
        doc.new_page()


def _hf_furniture(doc: Doc, page: int) -> None:
    odd = page % 2 == 1
    header = ("Invented Journal of Reproductive Medicine 2024;7(2):55–58" if odd
              else "Brandt et al. Cord stromal cells in ovarian insufficiency")
    doc.add_furniture("header", header, replace(FURN, align="right" if odd else "left"), HF_X, PAGE_H - 52,
                      HF_W)
    doc.c.setLineWidth(0.4)
    doc.c.line(HF_X, PAGE_H - 58, HF_X + HF_W, PAGE_H - 58)
    doc.add_furniture("footer", str(54 + page), replace(FURN, size=9, align="right" if odd else "left"),
                      HF_X, 48, HF_W)


def _hf_footnote(doc: Doc, page: int) -> None:
    if page != 1:
        return
    doc.c.setLineWidth(0.5)
    doc.c.line(HF_X, HF_FOOTNOTE_TOP, HF_X + 80, HF_FOOTNOTE_TOP)
    st = Style(ROMAN, 8.0, 10.0, align="left")
    markup = ("^{a} Two women who withdrew consent before the injection were replaced, so that 28 women "
              "were treated.")
    doc.add_block("footnote", markup, st)
    doc.line(markup, st, HF_X, HF_FOOTNOTE_TOP - 11, HF_W)


def build_headers_footers(out_dir: Path) -> Path:
    doc = _new_doc(out_dir, "headers_footers", furniture=_hf_furniture, page_end=_hf_footnote)
    frames = _hf_frames(doc)
    flow = Flow(doc, frames)
    flow.place("Umbilical Cord Stromal Cells for Ovarian Insufficiency: A Case Series",
               Style(BOLD, 14.0, 18.0, align="left", space_after=8.0), "title")
    sections = [(h, list(p)) for h, p in EN_SECTIONS]
    # the footnote marker, in the first Methods paragraph
    sections[1][1][0] = sections[1][1][0].replace("were excluded.", "were excluded^{a}.")
    _place_sections(flow, sections, EN_HEAD, HF_BODY_FIRST, HF_BODY)
    flow.place("References", EN_HEAD, "heading", level=1, keep_with_next=2 * EN_REF.leading)
    _references(flow, EN_REFERENCES, replace(EN_REF, size=9.0, leading=11.0))
    assert doc.page == 4, doc.page
    marked = [b for b in doc.blocks if "excluded^a." in b["text"]]
    assert marked and marked[0]["pages"] == [1], "the footnote marker must be on page 1"
    doc.features = {
        "header_alternates": "odd pages: journal line right-aligned; even pages: author line left-aligned",
        "footer": "page number at the outer corner (55-58)",
        "footnote_page": 1,
        "page_break_mid_sentence": [ends_mid_sentence(f) for f in flow.used[:-1]],
    }
    doc.save()
    return _write_expected(doc)


# --------------------------------------------------------------------------
# 8-9. encrypted
# --------------------------------------------------------------------------


def _short_article(doc: Doc) -> None:
    flow = _one_column(doc)
    flow.place("Encrypted Fixture: Stromal Cells and Ovarian Function", replace(ONE_COL_HEAD, size=14), "title")
    flow.place("Results", ONE_COL_HEAD, "heading", level=1)
    flow.place("Twelve women received 2×10^{6} cells/kg of menstrual blood stromal cells by intraovarian "
               "injection. FSH decreased in seven of them, and AMH rose in three^{[2]}.", ONE_COL)


def _build_encrypted(out_dir: Path, name: str, password: str, **expected: object) -> Path:
    """The short article, RC4 128-bit, owner password "owner"."""
    enc = StandardEncryption(password, ownerPassword="owner", canPrint=1, canCopy=0, strength=128)
    doc = _new_doc(out_dir, name, encrypt=enc)
    _short_article(doc)
    doc.save()
    return _write_expected(doc, encrypted=True, password=password, owner_password="owner", **expected)


def build_encrypted_user(out_dir: Path) -> Path:
    return _build_encrypted(out_dir, "encrypted_user", "secret", error="E003")


def build_encrypted_owner_only(out_dir: Path) -> Path:
    return _build_encrypted(out_dir, "encrypted_owner_only", "", warning="W006")


# --------------------------------------------------------------------------
# 10. image_only
# --------------------------------------------------------------------------


def _fake_scan(width: int = 620, height: int = 877):
    """A grey 'scanned page': ragged bars where text lines would be, plus noise."""
    from PIL import Image, ImageDraw

    rnd = random.Random(7)
    img = Image.new("L", (width, height), 246)
    draw = ImageDraw.Draw(img)
    y = 70
    while y < height - 70:
        x = 60
        right = width - 60 - (rnd.randint(80, 300) if rnd.random() < 0.15 else 0)
        while x < right:
            w = rnd.randint(12, 60)
            draw.rectangle([x, y, min(x + w, right), y + 7], fill=rnd.randint(30, 80))
            x += w + rnd.randint(4, 7)
        y += 16 if rnd.random() > 0.1 else 30
    for _ in range(4000):
        img.putpixel((rnd.randrange(width), rnd.randrange(height)), rnd.randint(150, 255))
    return img


def build_image_only(out_dir: Path) -> Path:
    doc = _new_doc(out_dir, "image_only")
    doc.c.drawImage(ImageReader(_fake_scan()), 0, 0, width=PAGE_W, height=PAGE_H)
    doc.save()
    return _write_expected(doc, images=1, warning="W001")


# --------------------------------------------------------------------------
# 11. broken files
# --------------------------------------------------------------------------


def build_not_a_pdf(out_dir: Path) -> Path:
    path = Path(out_dir) / "not_a_pdf.pdf"
    path.write_text("This is a plain text file with a .pdf name.\nIt has no PDF header and no objects.\n",
                    encoding="utf-8")
    _write_broken(path, "not_a_pdf", "E001", "a text file named .pdf")
    return path


def build_truncated(out_dir: Path, source: Path | None = None) -> Path:
    out_dir = Path(out_dir)
    source = source or out_dir / "en_two_column.pdf"
    if not source.exists():
        build_en_two_column(out_dir)
    data = source.read_bytes()
    path = out_dir / "truncated.pdf"
    path.write_bytes(data[: int(len(data) * 0.6)])
    _write_broken(path, "truncated", "E002", f"the first 60% of the bytes of {source.name} "
                  "(no xref table, no trailer, last objects cut)")
    return path


# --------------------------------------------------------------------------
# 8. tables_without_rules
# --------------------------------------------------------------------------

from typesetter import draw_line, typeset  # noqa: E402

UNRULED_UPPER_BEFORE: list[tuple[str, list[str]]] = [
    ("Introduction", [
        "Where the cells are delivered may matter as much as how many are given. Cells placed inside the "
        "ovary meet the follicles at once, cells given into the artery pass the vascular bed first, and cells "
        "given into a vein are mostly held back by the lungs before any reach the pelvis^{[1]}.",
        "We compared four routes in a small animal series and report the follicle counts, the share of "
        "animals that responded and the hormone levels before and after treatment.",
    ]),
    ("Methods", [
        "Forty-two ewes with ovaries damaged by chemotherapy were assigned to one of four routes in turn. "
        "Each received a single dose of cultured stromal cells, counted twice before release. Table 1 gives "
        "the groups and the follicle counts read by ultrasound eight weeks later.",
    ]),
]

UNRULED_UPPER_AFTER = [
    "A responder was an animal with three or more antral follicles on both sides. The reader of the scans "
    "did not know the route. Serum FSH was measured before treatment and six months after it, in the same "
    "laboratory and with the same assay.",
]

#: a table set without any rule: only the alignment of its cells makes it one
UNRULED_TABLE = [
    ["Route", "n", "Antral follicles", "Responders"],
    ["Intraovarian", "12", "4.1 ± 1.2", "7"],
    ["Intra-arterial", "10", "3.6 ± 1.5", "5"],
    ["Intravenous", "11", "2.2 ± 0.9", "2"],
    ["Sham procedure", "9", "1.8 ± 0.7", "1"],
]

#: a three-line table whose column heads wrap over two lines: each column's
#: head as printed, line by line ("" where a head has one line only)
WRAPPED_HEADER = [
    ["", "Animals", "Cell dose", "FSH before", "FSH at"],
    ["Route", "treated", "(million/kg)", "(IU/L)", "6 months (IU/L)"],
]
WRAPPED_TABLE = [
    ["Intraovarian", "12", "5.0", "72.4 ± 11.8", "48.9 ± 14.1"],
    ["Intra-arterial", "10", "5.0", "70.1 ± 12.6", "55.3 ± 13.0"],
    ["Intravenous", "11", "10.0", "69.8 ± 10.9", "64.2 ± 12.2"],
    ["Sham procedure", "9", "0", "71.5 ± 13.4", "70.6 ± 12.8"],
]

UNRULED_LOWER: list[tuple[str, list[str]]] = [
    ("Results", [
        "Follicle counts were highest after intraovarian delivery and lowest after the sham procedure, and "
        "the arterial route came close to the direct one (Table 1). FSH fell most where the cells went into "
        "the ovary and hardly changed after the sham procedure (Table 2).",
    ]),
    ("Discussion", [
        "The intravenous group received twice the dose and still did less well, which fits the idea that "
        "most cells given into a vein never reach the ovary. Groups of about ten animals cannot rank the two "
        "local routes against each other^{[2]}.",
    ]),
]

UNRULED_REFERENCES = [
    "[1] Okafor J, Lind P. Where infused stromal cells go: a tracking study in sheep. Vet Regen Res. "
    "2021;4:55-63.",
    "[2] Brandt S, Ito M. Sample sizes for comparing delivery routes in large animals. Exp Design Notes. "
    "2020;2:14-20.",
]

UNRULED_CELLS = Style(ROMAN, 8.5, 12.0)
UNRULED_CAPTION = Style(ROMAN, 9.0, 11.0, align="left")


def place_unruled_table(flow: Flow, rows: list[list[str]], caption: str, weights: list[float]) -> None:
    """A caption and a table with no rule at all, in the flow's current frame
    (the next one if it does not fit): the first column set flush left, the
    others centred, a bold header row, rows 12 pt apart."""
    frame = flow.current_frame()
    cap_lines = typeset(caption, UNRULED_CAPTION, frame.width)
    need = 6 + len(cap_lines) * UNRULED_CAPTION.leading + 3 + len(rows) * UNRULED_CELLS.leading + 8
    if frame.cursor - need < frame.bottom - 0.01:
        frame = flow.next_frame()
    frame.cursor -= 6
    if flow.draw:
        flow.doc.add_block("caption", caption, UNRULED_CAPTION)
    for line in cap_lines:
        frame.cursor -= UNRULED_CAPTION.leading
        if flow.draw:
            draw_line(flow.doc.c, line, frame.x, frame.cursor + 0.22 * UNRULED_CAPTION.leading)
    frame.cursor -= 3
    table_top = frame.cursor
    xs = column_edges(frame.x, frame.width, weights)
    for r, row in enumerate(rows):
        frame.cursor -= UNRULED_CELLS.leading
        if not flow.draw:
            continue
        font = BOLD if r == 0 else ROMAN
        c = flow.doc.c
        c.setFont(font, UNRULED_CELLS.size)
        for k, cell in enumerate(row):
            width = pdfmetrics.stringWidth(cell, font, UNRULED_CELLS.size)
            assert width < xs[k + 1] - xs[k] - 8, cell
            x = xs[k] if k == 0 else (xs[k] + xs[k + 1] - width) / 2
            c.drawString(x, frame.cursor + 3.0, cell)
        rec = flow.doc.add_block("table", " | ".join(row), UNRULED_CELLS)
        rec["cells"] = list(row)
        rec["header"] = r == 0
    frame.cursor -= 8
    if flow.draw:
        doc = flow.doc
        doc.tables.append({"page": doc.page, "caption": expected_text(caption), "rows": [list(r) for r in rows],
                           "bbox": [round(frame.x, 2), top_down(table_top), round(frame.x + frame.width, 2),
                                    top_down(frame.cursor + 8)],
                           "rules": 0})
        doc.region("table", frame.x, table_top, frame.x + frame.width, frame.cursor + 8)
        doc.features["unruled_table_column"] = COLS.index(frame.x)


def draw_wrapped_header_table(doc: Doc, header: list[list[str]], rows: list[list[str]], caption: str,
                              x: float, top: float, width: float, weights: list[float]) -> float:
    """A three-line table whose column heads take two lines (set 10 pt apart,
    rows 13 pt apart): top rule, the head, a rule, the rows, bottom rule."""
    cap = Style(ROMAN, 9.0, 11.0, align="left")
    doc.add_block("caption", caption, cap)
    lines = doc.line(caption, cap, x, top - 9, width)
    y = top - 9 - (len(lines) - 1) * cap.leading - 7
    c = doc.c
    xs = column_edges(x, width, weights)
    c.setLineWidth(1.0)
    c.line(x, y, x + width, y)
    table_top = y

    def draw_row(cells: list[str], baseline: float, font: str) -> None:
        c.setFont(font, 8.5)
        for k, cell in enumerate(cells):
            if not cell:
                continue
            cw = pdfmetrics.stringWidth(cell, font, 8.5)
            assert cw < xs[k + 1] - xs[k] - 8, cell
            c.drawString(xs[k] + 4 if k == 0 else (xs[k] + xs[k + 1] - cw) / 2, baseline, cell)

    y -= 3
    for printed in header:
        y -= 10.0
        draw_row(printed, y + 1.5, BOLD)
    y -= 4
    c.setLineWidth(0.5)
    c.line(x, y, x + width, y)
    heads = [" ".join(part for part in column if part) for column in zip(*header)]
    cells_style = Style(ROMAN, 8.5, 10.0)
    rec = doc.add_block("table", " | ".join(heads), cells_style)
    rec["cells"], rec["header"] = heads, True
    for row in rows:
        y -= 13.0
        draw_row(row, y + 3.8, ROMAN)
        rec = doc.add_block("table", " | ".join(row), cells_style)
        rec["cells"], rec["header"] = list(row), False
    y -= 2
    c.setLineWidth(1.0)
    c.line(x, y, x + width, y)
    doc.tables.append({"page": doc.page, "caption": expected_text(caption), "rows": [heads] + [list(r) for r in rows],
                       "header_lines": [list(h) for h in header],
                       "bbox": [round(x, 2), top_down(table_top), round(x + width, 2), top_down(y)], "rules": 3})
    doc.region("table", x, top, x + width, y)
    return y


def build_tables_without_rules(out_dir: Path) -> Path:
    doc = _new_doc(out_dir, "tables_without_rules",
                   furniture=_en_furniture("Invented Vet Regen Notes 2024; 3: 41–42", 41))
    top = _full_width(doc, BODY_TOP - 6)
    top.place("Four Routes for Stromal Cells in Sheep with Chemotherapy-Damaged Ovaries", EN_TITLE, "title")
    top.place("Abstract", EN_ABS_HEAD, "heading", level=1)
    top.place("Forty-two ewes received stromal cells into the ovary, the ovarian artery or a vein, or a sham "
              "procedure. Follicle counts and FSH improved most after direct and arterial delivery.",
              EN_ABSTRACT, role="abstract")

    def upper_part(flow: Flow) -> None:
        _place_sections(flow, UNRULED_UPPER_BEFORE, EN_HEAD, EN_BODY_FIRST, EN_BODY)
        place_unruled_table(flow, UNRULED_TABLE, "Table 1  Antral follicles eight weeks after treatment, "
                            "by route (mean ± SD)", [3.2, 1, 2.6, 2.2])
        for para in UNRULED_UPPER_AFTER:
            flow.place(hyphenate(para), EN_BODY)

    upper, y = _balanced_columns(doc, upper_part, top.frame.cursor - 12)
    y = draw_wrapped_header_table(
        doc, WRAPPED_HEADER, WRAPPED_TABLE, "Table 2  Cell dose and serum FSH by route (mean ± SD)",
        ML, y - 8, FULL_W, [3, 1.6, 2, 2.2, 2.6])

    def lower_part(flow: Flow) -> None:
        _place_sections(flow, UNRULED_LOWER, EN_HEAD, EN_BODY_FIRST, EN_BODY)
        flow.place("References", EN_HEAD, "heading", level=1, keep_with_next=2 * EN_REF.leading)
        _references(flow, UNRULED_REFERENCES, EN_REF)

    _balanced_columns(doc, lower_part, y - 10)
    doc.save()
    assert doc.page == 1, doc.page
    doc.features.update({"unruled_table": True, "wrapped_header_lines": len(WRAPPED_HEADER),
                         "balanced_columns_above_table": len(upper.used) == 2})
    return _write_expected(doc)


# --------------------------------------------------------------------------
# output
# --------------------------------------------------------------------------


def _write_json(path: Path, data: dict) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def _new_doc(out_dir: Path, name: str, **kw: object) -> Doc:
    """A Doc writing out_dir/<name>.pdf."""
    return Doc(Path(out_dir) / f"{name}.pdf", name, **kw)


def _write_expected(doc: Doc, **extra: object) -> Path:
    """Write <name>.expected.json beside the PDF; returns the PDF's path."""
    _write_json(doc.path.with_name(doc.name + ".expected.json"), expected_json(doc, **extra))
    return doc.path


def _write_broken(path: Path, name: str, error: str, note: str) -> None:
    _write_json(path.with_name(name + ".expected.json"), {
        "schema": SCHEMA, "name": name, "file": path.name, "readable": False, "encrypted": False,
        "password": None, "error": error, "warning": None, "pages": None, "note": note,
    })


# --------------------------------------------------------------------------
# figures and boxes: a sidebar beside a column, a flow chart, a chart
# --------------------------------------------------------------------------

FIG_BODY = Style(ROMAN, 9.5, 11.6, indent=9.5)
FIG_BODY_FIRST = replace(FIG_BODY, indent=0.0)
#: captions set a little smaller than the body, as journals do (close enough
#: in size that only the column break can end them)
FIG_CAPTION = Style(ROMAN, 9.0, 11.0, align="left")
FIG_LABEL = Style(SANS, 7.0, 8.5, align="left")
FIG_LABEL_BOLD = Style("Helvetica-Bold", 7.0, 8.5, align="left")
BOX_HEAD = Style(BOLD, 9.5, 12.0, align="left")
BOX_TEXT = Style(ROMAN, 8.5, 10.5, align="left")

FIG_TITLE = "Intraovarian Stromal Cells for Poor Ovarian Reserve: a Pilot Trial"
FIG_LEFT = [
    "Women with a poor ovarian reserve have few options once their antral follicle count falls, and "
    "stromal cells injected into the ovary have been proposed as one of them. Earlier series were small, "
    "uncontrolled and reported hormone levels at different times, which makes them hard to compare.",
    "We therefore set up a pilot trial with a placebo arm, a fixed injection schedule and hormone "
    "measurements at baseline, three months and six months. This report describes its design and its "
    "first results, and the flow of women through it is shown as a diagram on the next page so that the "
    "counts at each step can be checked against the protocol registered before the first injection.",
]
FIG_RIGHT = [
    "Recruitment ran for eleven months at two centres, and every injection was given under transvaginal "
    "ultrasound guidance by one of three gynaecologists trained in the procedure.",
    "Serum hormones were measured in one laboratory, blinded to the arm, and the antral follicle count "
    "was read by a sonographer who did not know the allocation either.",
    "Adverse events were recorded at every visit and reviewed by an independent committee, which met after "
    "the first ten injections and then every three months until the last visit of the last woman.",
    "The sample size was not calculated for a hypothesis test: a pilot of this size estimates the spread of "
    "the hormone changes, the rate of adverse events and the share of women who complete the schedule, "
    "which together set the size of the trial that may follow.",
    "Analyses followed the allocation, and missing hormone values were not imputed; all estimates are given "
    "with their confidence intervals, and no test of significance is reported for the secondary outcomes.",
]
BOX_HEADING = "Key points"
BOX_LINES = [
    "Stromal cells were injected into both ovaries of women with a poor reserve.",
    "Serum FSH fell and AMH rose slightly in the cell arm over six months.",
    "A larger trial with live birth as its outcome is now justified.",
]
FLOW_BOXES = [  # (x0, top, x1, bottom) in column units (0-1, 0-1), lines
    ((0.15, 0.00, 0.85, 0.10), ["Assessed for eligibility (n=240)"]),
    ((0.50, 0.14, 1.00, 0.32), ["Excluded (n=60):", "Declined to take part (n=41)", "Other reasons (n=19)"]),
    ((0.15, 0.36, 0.85, 0.46), ["Randomised (n=180)"]),
    ((0.00, 0.52, 0.49, 0.66), ["Allocated to stromal", "cells (n=90)"]),
    ((0.51, 0.52, 1.00, 0.66), ["Allocated to placebo", "injection (n=90)"]),
    ((0.00, 0.72, 0.49, 0.84), ["Lost to follow-up (n=4)"]),
    ((0.51, 0.72, 1.00, 0.84), ["Withdrew consent (n=3)"]),
    ((0.00, 0.90, 0.49, 1.00), ["Analysed (n=86)"]),
    ((0.51, 0.90, 1.00, 1.00), ["Analysed (n=87)"]),
]
FIG1_CAPTION = "Figure 1 | Flow of women through the pilot trial, from assessment to analysis."
FIG2_CAPTION = ("Figure 2. Serum FSH in the two arms at baseline and after the injections; points are "
                "means of each arm, and the lines join the visits of one arm over the six months of follow")
FIG2_AFTER = ("Serum AMH rose a little in the cell arm and not at all in the placebo arm, and the antral "
              "follicle count changed in neither arm; the differences were small and their confidence "
              "intervals wide, as expected of a pilot of this size.")
CHART_TICKS = ["30", "20", "10"]
CHART_VISITS = ["Baseline", "3 months", "6 months"]
CHART_AXIS = "Months after injection"


def _draw_box_text(c, x: float, y: float, lines: list[str], st: Style) -> None:
    """Lines of a flow chart's box, from baseline y down."""
    c.setFillGray(0.0)
    c.setFont(st.font, st.size)
    for i, text in enumerate(lines):
        c.drawString(x, y - i * st.leading, text)


def _draw_flow_chart(doc: Doc, x: float, top: float, width: float, height: float) -> None:
    """A CONSORT-style diagram in a shaded panel: boxes side by side only
    a few points apart, so a line of one runs into the line beside it."""
    c = doc.c
    c.setFillGray(0.93)
    c.rect(x, top - height, width, height, stroke=0, fill=1)
    inner_x, inner_w, inner_top, inner_h = x + 6, width - 12, top - 6, height - 12
    for (bx0, by0, bx1, by1), lines in FLOW_BOXES:
        x0, x1 = inner_x + bx0 * inner_w, inner_x + bx1 * inner_w
        y0, y1 = inner_top - by0 * inner_h, inner_top - by1 * inner_h
        c.setFillGray(1.0)
        c.setStrokeGray(0.0)
        c.setLineWidth(0.5)
        c.rect(x0, y1, x1 - x0, y0 - y1, stroke=1, fill=1)
        _draw_box_text(c, x0 + 2.5, y0 - 8.5, lines, FIG_LABEL)


def _draw_chart(doc: Doc, x: float, top: float, width: float, height: float) -> float:
    """A line chart in a shaded panel, tick labels left of it, the visits
    and a bold axis title under it; returns the y under the axis title."""
    c = doc.c
    px0, px1, py1, py0 = x + 22, x + width, top, top - height
    c.setFillGray(0.93)
    c.rect(px0, py0, px1 - px0, py1 - py0, stroke=0, fill=1)
    c.setStrokeGray(0.2)
    c.setLineWidth(1.2)
    for arm, ys in enumerate(([0.75, 0.55, 0.45], [0.72, 0.70, 0.71])):
        path = c.beginPath()
        for i, frac in enumerate(ys):
            px, py = px0 + (i + 0.5) * (px1 - px0) / 3, py0 + frac * (py1 - py0)
            (path.lineTo if i else path.moveTo)(px, py)
        c.drawPath(path, stroke=1, fill=0)
    c.setFillGray(0.0)
    c.setFont(FIG_LABEL.font, FIG_LABEL.size)
    for i, tick in enumerate(CHART_TICKS):
        c.drawRightString(px0 - 4, py1 - 8 - i * (py1 - py0 - 10) / 2, tick)
    for i, visit in enumerate(CHART_VISITS):
        c.drawCentredString(px0 + (i + 0.5) * (px1 - px0) / 3, py0 - 9, visit)
    c.setFont(FIG_LABEL_BOLD.font, FIG_LABEL_BOLD.size)
    c.drawCentredString((px0 + px1) / 2, py0 - 20, CHART_AXIS)
    return py0 - 26


def build_figures_and_boxes(out_dir: Path) -> Path:
    doc = _new_doc(out_dir, "figures_and_boxes", furniture=_en_furniture("Invented Ovary Res 2024; 7: 31–32", 31))
    c = doc.c
    top = _full_width(doc, BODY_TOP - 6)
    top.place(FIG_TITLE, EN_TITLE, "title")
    col_top = top.frame.cursor - 14
    # page 1: the left column stops above a shaded box; the right column runs on beside it
    box_lines = typeset(" ".join(BOX_LINES), BOX_TEXT, COL_W - 12)
    box_h = 14 + len(box_lines) * BOX_TEXT.leading + 10
    box_bottom = 515.0  # under the left column's text: the right column's text runs on beside it
    box_top = box_bottom + box_h
    frames = iter([Frame(COLS[0], col_top, box_top + 8, COL_W), Frame(COLS[1], col_top, BODY_BOTTOM, COL_W)])
    flow = Flow(doc, frames)
    for i, para in enumerate(FIG_LEFT):
        flow.place(para, FIG_BODY_FIRST if i == 0 else FIG_BODY)
    flow.next_frame()
    for para in FIG_RIGHT:
        flow.place(para, FIG_BODY)
    c.setFillGray(0.9)
    c.rect(COLS[0], box_bottom, COL_W, box_h, stroke=0, fill=1)
    c.setFillGray(0.0)
    doc.line(BOX_HEADING, BOX_HEAD, COLS[0] + 6, box_top - 13, COL_W - 12)
    doc.line(" ".join(BOX_LINES), BOX_TEXT, COLS[0] + 6, box_top - 26, COL_W - 12)
    # page 2: a flow chart and a chart in the left column, the caption of
    # the chart at its foot; the right column starts a new paragraph
    doc.new_page()
    chart_top = BODY_TOP - 215
    _draw_flow_chart(doc, COLS[0], BODY_TOP, COL_W, 170)
    doc.line(FIG1_CAPTION, FIG_CAPTION, COLS[0], BODY_TOP - 170 - 12, COL_W)
    under = _draw_chart(doc, COLS[0], chart_top, COL_W, 110)
    # only the caption's full lines are printed: its last line reaches the column's edge
    caption = typeset(FIG2_CAPTION, replace(FIG_CAPTION, align="justify"), COL_W)[:-1]
    for i, line in enumerate(caption):
        draw_line(c, line, COLS[0], under - 14 - i * FIG_CAPTION.leading)
    fig2_caption = " ".join(line.text for line in caption)
    right = Flow(doc, iter([Frame(COLS[1], BODY_TOP, BODY_BOTTOM, COL_W)]))
    right.place(FIG2_AFTER, FIG_BODY_FIRST)
    doc.save()
    doc.features = {
        "box": {"heading": BOX_HEADING, "text": " ".join(BOX_LINES)},
        "flow_chart": [" ".join(lines) for _, lines in FLOW_BOXES],
        "captions": [FIG1_CAPTION, fig2_caption],
        "chart_labels": [*CHART_TICKS, *CHART_VISITS, CHART_AXIS],
        "sample_sizes": [180, 90, 90, 86, 87],
    }
    return _write_expected(doc)


FIXTURES: dict[str, Callable[[Path], Path]] = {
    "en_two_column": build_en_two_column,
    "zh_two_column": build_zh_two_column,
    "mixed_layout": build_mixed_layout,
    "superscripts": build_superscripts,
    "tight_spacing": build_tight_spacing,
    "overprint": build_overprint,
    "hidden_draft": build_hidden_draft,
    "headers_footers": build_headers_footers,
    "encrypted_user": build_encrypted_user,
    "encrypted_owner_only": build_encrypted_owner_only,
    "image_only": build_image_only,
    "not_a_pdf": build_not_a_pdf,
    "truncated": build_truncated,
    "tables_without_rules": build_tables_without_rules,
    "figures_and_boxes": build_figures_and_boxes,
}


def build_all(out_dir: Path) -> dict[str, Path]:
    """Write every fixture and its ``.expected.json`` into out_dir; return {name: pdf path}."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    return {name: build(out_dir) for name, build in FIXTURES.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write the synthetic litx test PDFs.")
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--only", nargs="*", choices=sorted(FIXTURES), help="build only these fixtures")
    args = parser.parse_args(argv)
    args.out_dir.mkdir(parents=True, exist_ok=True)
    names = args.only or list(FIXTURES)
    for name in names:
        path = FIXTURES[name](args.out_dir)
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
