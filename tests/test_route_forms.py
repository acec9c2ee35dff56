"""Ways of saying a route (rules/grammars/route.yaml with the names of
rules/routes.yaml), in sentences written for this test and found in no
corpus file: an administration word and a target in either order with
material between them, adverbs, noun phrases of titles, guidance from the
same sentence, denials; and what is no route."""

from __future__ import annotations

import pytest

from extractor.facts.pipeline import Extractor
from extractor.layout.textlayer import document_from_text
from formkit import assert_in_no_corpus_file

IO, OA, IV, IP, SC = "intraovarian_injection", "ovarian_artery_infusion", "intravenous", "intraperitoneal", "subcutaneous"
TVUS, LAP, IR = "transvaginal_ultrasound", "laparoscopic", "interventional_radiology"


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor.load()


def routes(extractor: Extractor, text: str) -> list[tuple[str, str | None, bool]]:
    """(id, guidance, negated) of each route fact, in order."""
    facts = [f for f in extractor.facts(document_from_text(text)) if f.type == "route"]
    return [(f.value["id"], f.value.get("guidance"), f.context.negated) for f in facts]


ENGLISH = [
    # having the cells, with the place they went ("received … through"); "received from" takes, not gives
    ("Volunteers received expanded marrow stromal cells through an antecubital vein.", [(IV, None, False)]),
    ("Serum was received from the tail vein of each mouse.", []),
    ("The treated arm had intra-peritoneal vesicles on day 3.", [(IP, None, False)]),
    ("Busulfan was given as one IP injection before the cells.", [(IP, None, False)]),
    ("Each woman had the cell suspension injected under ultrasound guidance into her left ovary.", [(IO, TVUS, False)]),
    ("Stromal cells were delivered through a fine catheter into both ovarian arteries.", [(OA, None, False)]),
    # a selective catheterisation (either spelling) or a microcatheter is interventional radiology
    ("The vesicles reached the ovaries by selective catheterisation of each ovarian artery.", [(OA, "interventional_radiology", False)]),
    ("We infused the vesicles via the lateral tail vein of each rat.", [(IV, None, False)]),
    ("Labelled cells were administered intravenously to the recipient animals.", [(IV, None, False)]),
    ("Busulfan was given intraperitoneally for two weeks.", [(IP, None, False)]),
    ("Intraovarian infusion of platelet-rich plasma in poor responders", [(IO, None, False)]),
    ("The graft was implanted beneath the skin of the flank.", [(SC, None, False)]),
    ("Cells were transplanted into the ovarian medulla of one ovary.", [(IO, None, False)]),
    ("Under fluoroscopic guidance the cells were infused into the left ovarian artery.", [(OA, IR, False)]),
    ("A single dose was administered into the peritoneal cavity.", [(IP, None, False)]),
    ("Rats received the vesicles by retro-orbital injection.", [(IV, None, False)]),
    ("Cells were grafted into the ovaries of the busulfan-treated rats.", [(IO, None, False)]),
    ("Ovarian stem cell injection was performed under laparoscopic guidance.", [(IO, LAP, False)]),
    ("The cells were delivered to both ovaries with a 17-gauge needle.", [(IO, None, False)]),
    ("The preparation was injected directly in the ovary.", [(IO, None, False)]),
    ("Angiography-guided infusion through the ovarian arteries was used in every case.", [(OA, IR, False)]),
    ("Two million cells were injected into the left ovary of each patient by laparoscopy.", [(IO, LAP, False)]),
    ("Women in the cell arm underwent intra-ovarian grafting of their own marrow cells.", [(IO, None, False)]),
    ("The vesicles were administered subcutaneously once a week.", [(SC, None, False)]),
    ("The cells were infused through a peripheral vein over thirty minutes.", [(IV, None, False)]),
    ("Cells given intravenously later homed to the injured ovaries.", [(IV, None, False)]),
    ("The patients did not receive intravenous cells.", [(IV, None, True)]),
    ("MSCs given by tail-vein injection reached the ovaries within a day.", [(IV, None, False)]),
    ("The cells were injected, under transvaginal sonography, into each ovary.", [(IO, TVUS, False)]),
    ("Each ovary then received a single injection of 0.4 mL.", [(IO, None, False)]),
    ("The suspension was injected into the cortical region of both ovaries.", [(IO, None, False)]),
    ("Vesicles were injected at four points in each ovary.", [(IO, None, False)]),
    ("Exosomes were microinjected into the ovarian bursa of each mouse.", [(IO, None, False)]),
    ("The study compared intraovarian autologous marrow cell injection with placebo.", [(IO, None, False)]),
    ("Cells via the right ovarian artery reached the follicles.", [(OA, None, False)]),
    # blood in the sentence, cells given: still a route
    ("Cord blood cells were transplanted via the tail vein.", [(IV, None, False)]),
    ("Serum was collected after cells were given via the tail vein.", [(IV, None, False)]),
    # a catheter placed in the ovarian artery states the route (not one in the femoral artery)
    ("Superselective catheterization of the right ovarian artery preceded the infusion.", [(OA, IR, False)]),
    ("Both ovarian arteries were cannulated through a femoral approach.", [(OA, None, False)]),
    # a word before the target
    ("The vesicles were injected into the contralateral ovary of each rat.", [(IO, None, False)]),
    ("Cells were grafted into the dorsal subcutaneous tissue of nude mice.", [(SC, None, False)]),
]

CHINESE = [
    ("在经阴道超声引导下，将细胞悬液缓慢注入患者右侧卵巢。", [(IO, TVUS, False)]),
    ("经双侧卵巢动脉缓慢灌注干细胞悬液。", [(OA, None, False)]),
    ("向右侧卵巢皮质内分点注射细胞。", [(IO, None, False)]),
    ("小鼠经尾静脉注入外泌体。", [(IV, None, False)]),
    ("大鼠腹腔内注射白消安建立模型。", [(IP, None, False)]),
    ("将细胞移植于双侧卵巢髓质内。", [(IO, None, False)]),
    ("在腹腔镜下将干细胞注射至卵巢。", [(IO, LAP, False)]),
    ("在数字减影血管造影引导下经卵巢动脉输注细胞。", [(OA, IR, False)]),
    ("细胞经耳缘静脉回输。", [(IV, None, False)]),
    ("将细胞植入小鼠背部皮下。", [(SC, None, False)]),
    ("患者未经静脉输注。", [(IV, None, True)]),
    ("所有患者均接受卵巢内移植。", [(IO, None, False)]),
    ("干细胞经外周静脉滴注。", [(IV, None, False)]),
    ("介入下经卵巢动脉注入细胞悬液。", [(OA, IR, False)]),
    ("超声引导下行卵巢穿刺注射。", [(IO, TVUS, False)]),
    ("将外泌体注射到大鼠双侧卵巢中。", [(IO, None, False)]),
    ("细胞悬液经股静脉缓慢推注。", [(IV, None, False)]),
    ("向卵巢间质内注入细胞。", [(IO, None, False)]),
    ("将干细胞经颈静脉输入大鼠体内。", [(IV, None, False)]),
    ("采用腹腔镜辅助下卵巢内注射。", [(IO, LAP, False)]),
    ("本组患者均未采用静脉注射。", [(IV, None, True)]),
    ("细胞悬液经左侧卵巢动脉分支注入。", [(OA, None, False)]),
    ("大鼠腹腔给药连续7天。", [(IP, None, False)]),
    ("将细胞直接注射于左侧卵巢皮质下。", [(IO, None, False)]),
    # a catheter placed in the target vessel states the route, with its guidance
    ("在X线透视下经股动脉置管至左侧卵巢动脉，随后注入细胞悬液。", [(OA, IR, False)]),
    ("以微导管超选右侧卵巢动脉后缓慢注入细胞。", [(OA, IR, False)]),  # a microcatheter is interventional
]

#: forms of a later round: a catheter in the artery, a verb of putting, a
#: long aside, two sides named, the capsule, a vein with a bracketed word,
#: "none was given", the adjective after the organ
SECOND_ENGLISH = [
    ("A microcatheter was then threaded into the left ovarian artery.", [(OA, None, False)]),
    ("The vesicles went in through a catheter positioned, with angiographic control, in each ovarian artery.",
     [(OA, IR, False)]),
    ("During laparoscopy the gel was placed directly in the right ovary.", [(IO, LAP, False)]),
    ("Cells were injected, using a thin needle passed along the vaginal wall, into the stroma of both ovaries.",
     [(IO, None, False)]),
    ("The plasma was infused into the right and then the left ovary.", [(IO, None, False)]),
    ("A small volume was deposited beneath the ovarian capsule of each rat.", [(IO, None, False)]),
    ("The suspension was infused through a forearm vein over twenty minutes.", [(IV, None, False)]),
    ("Cells were given by a peripheral (cubital) vein.", [(IV, None, False)]),
    ("Nothing was injected into the ovaries and none was given intravenously.", [(IO, None, True), (IV, None, True)]),
    ("Ovarian intra-arterial delivery of marrow cells in nine women", [(OA, None, False)]),
    # an abbreviation defined in brackets right after the route restates it: one fact
    ("All the vesicles were given by subcutaneous (s.c.) injection.", [(SC, None, False)]),
    ("Groups received the cells intravenous (IV) or intraperitoneal (IP).", [(IV, None, False), (IP, None, False)]),
    ("Plasma was given by direct puncture of both ovaries.", [(IO, None, False)]),
]
SECOND_NOT_ROUTES = [
    # the route of anaesthesia, analgesia or another drug
    "Induction used intravenous propofol before the laparoscopy.",
    "The rats were anaesthetised with ketamine (80 mg/kg, i.p.) before surgery.",
    "Triggering hCG was injected subcutaneously on day 12.",
    "Women on transdermal oestrogen were not eligible.",
    "小鼠以水合氯醛（300 mg/kg）腹腔注射麻醉。",
    "The control women had a sham ovarian puncture.",
    "标记的移植细胞大多分布于卵巢髓质。",  # where the cells went, not how they were given
]
# anaesthesia named before the route is the setting of the procedure, no veto
SECOND_CHINESE = [
    ("患者于静脉麻醉下行经阴道超声引导下卵巢局部注射。", [(IO, TVUS, False)]),
    # what is given between the verb and the place; a needle put into the ovary (not to take eggs,
    # and not where the sentence goes on to give into it)
    ("术中缓慢推注干细胞悬液至左侧卵巢髓质。", [(IO, None, False)]),
    ("在B超引导下以长针刺入右侧卵巢皮质，缓慢推入细胞。", [(IO, TVUS, False)]),
    ("超声引导下穿刺双侧卵巢取卵。", []),
    ("B超引导下穿刺左侧卵巢，向卵巢内注入细胞悬液1 mL。", [(IO, TVUS, False)]),
]

NOT_ROUTES = [
    # a grade or a stage, a graft of ovarian tissue, fat taken from under the skin
    "Dogs with grade II-IV hip dysplasia were enrolled.",
    "Cryopreserved ovarian grafts were examined on day 30.",
    "Stromal cells were isolated from subcutaneous adipose tissue of a donor.",
    # the vessel of an organ, though a vein in name
    "Autologous marrow cells were infused into the portal vein of each patient.",
    "经门静脉回输自体骨髓细胞。",
    "Labelled cells were later detected in the ovaries of treated mice.",
    "Marrow was aspirated from the posterior iliac crest under local anaesthesia.",
    "Subcutaneous tumours were measured every three days.",
    "Ovarian tissue was collected for histology after the last injection.",
    "The transplantation group had larger ovaries than the model group.",
    "Homing of the labelled cells to the ovaries was tracked by imaging.",
    "We also followed transplanted cells in ovaries by in situ hybridisation.",
    "移植后卵巢体积明显增大。",
    "移植组卵巢重量高于模型组。",
    "卵巢早衰患者接受干细胞移植治疗。",
    "卵巢组织移植是保存生育力的方法之一。",
    "手术在静脉麻醉下进行。",
    "经右股动脉插管行冠状动脉造影。",  # a catheter, but no route of the cells
    "经股动脉穿刺置管后造影。",
    "细胞可归巢至受损卵巢。",
    "采集静脉血检测激素水平。",
    "首次移植后的卵巢反应良好者再次移植。",
    "Injected cells migrated to the ovaries within two days.",
    "The cells were infused and then homed to the damaged ovaries.",
    "Cells were injected into rats with damage of the ovary.",
    "Blood was drawn through a femoral vein before the first dose.",
    "Rats were split into groups I (sham), II (busulfan), III (busulfan + cells), IV (busulfan + vesicles).",
    "Expression of PRDX IV rose in granulosa cells.",
    # a sample taken from a vein that is also a route's name
    "Blood samples were collected from the tail vein of each mouse at week 4.",
    "Serum for the hormone assays was drawn via the lateral tail vein.",
    "Tail vein blood sampling was repeated weekly.",
    "各组小鼠经尾静脉采血检测血清激素。",
    "于移植后第14天尾静脉取血。",
    "对照组大鼠尾静脉注射等体积PBS。",  # the control's vehicle
    "PRP由患者肘静脉血30 mL制备。",  # blood taken
]
ENGLISH += SECOND_ENGLISH
CHINESE += SECOND_CHINESE
NOT_ROUTES += SECOND_NOT_ROUTES


@pytest.mark.parametrize("text, expected", ENGLISH)
def test_english_forms(extractor, text, expected):
    assert routes(extractor, text) == expected


@pytest.mark.parametrize("text, expected", CHINESE)
def test_chinese_forms(extractor, text, expected):
    assert routes(extractor, text) == expected


@pytest.mark.parametrize("text", NOT_ROUTES)
def test_what_is_no_route(extractor, text):
    assert routes(extractor, text) == []


def test_enough_forms_per_language():
    assert len(ENGLISH) >= 20 and len(CHINESE) >= 20
    assert sum(1 for t in NOT_ROUTES if t.isascii()) >= 5 and sum(1 for t in NOT_ROUTES if not t.isascii()) >= 5


def test_no_sentence_is_copied_from_the_corpus():
    assert_in_no_corpus_file([t for t, _ in ENGLISH + CHINESE] + NOT_ROUTES)


def test_a_grammar_route_names_its_pattern_and_line(extractor):
    (fact,) = [f for f in extractor.facts(document_from_text("The cells were infused via the tail vein of each rat."))
               if f.type == "route"]
    assert fact.rule == "route.given_into" and fact.text == "infused via the tail vein"
    file, _, line = fact.source.rpartition(":")
    assert file == "grammars/route.yaml"
    written = (extractor.rules.directory / file).read_text(encoding="utf-8").splitlines()[int(line) - 1]
    assert "{act}" in written and "{target}" in written


def test_explain_names_the_grammar_pattern_of_a_route_without_looking_for_a_term():
    from extractor.refine.explain import explain_text

    (fx,) = [f for f in explain_text("The cells were infused via the tail vein of each rat.").facts if f.fact.type == "route"]
    assert fx.rule.rule == "route.given_into" and fx.rule.source.startswith("grammars/route.yaml:")
    assert "rules/grammars/route.yaml" in fx.rule.mechanism
    assert not fx.rule.notes  # no "no term … at grammars/route.yaml" for a pattern's match


def test_a_column_of_routes_in_a_table_gives_one_route_per_row(extractor):
    from extractor.layout.document import BlockKind

    doc = document_from_text("Study | Animal | Route | Dose\n\nLi 2020 | rat | IV | 1×10^6\n\n"
                             "Wu 2021 | mouse | intraovarian | 2×10^6\n\nMa 2019 | rat | tail vein injection | 5×10^5")
    for block in doc.blocks:
        block.kind = BlockKind.TABLE
    facts = [f for f in extractor.facts(doc) if f.type == "route"]
    assert [(f.value["id"], f.text) for f in facts] == [(IV, "IV"), (IO, "intraovarian"), (IV, "tail vein injection")]


def test_a_route_column_reads_its_own_abbreviations():
    from extractor.facts.pipeline import Extractor
    from extractor.layout.document import BlockKind
    from extractor.layout.textlayer import document_from_text

    doc = document_from_text("Table 1. Included studies\n\n"
                             "Study | Cells | Route | Weeks\n\n"
                             "Ames 2018 | BMSCs | IO | 4\n\n"
                             "Berg 2020 | UCMSCs | I.P. | 2\n\n"
                             "Chu 2021 | ADSCs | IV | 3")
    for block in doc.blocks[1:]:
        block.kind = BlockKind.TABLE
    facts = [f for f in Extractor.load().facts(doc) if f.type == "route"]
    assert [(f.value["id"], f.text) for f in facts] == [
        ("intraovarian_injection", "IO"), ("intraperitoneal", "I.P."), ("intravenous", "IV")]
    assert facts[0].rule == "route.table.cell" and facts[0].source.startswith("grammars/route.yaml:")
    # outside a route column the letters are a group or a stage, not a route
    doc = document_from_text("Table 2. Groups\n\nGroup | Treatment\n\nIO | saline\n\nIP | cells")
    for block in doc.blocks[1:]:
        block.kind = BlockKind.TABLE
    assert [f for f in Extractor.load().facts(doc) if f.type == "route"] == []


def test_a_route_column_reads_the_guidance_after_the_route():
    from formkit import table_facts

    found = table_facts("route", "Study | Cells | n | Route", "[2] | BMSCs | 10 | IO, US",
                        "[3] | PRP | 40 | IO + lap.", "[4] | UCMSCs | 6 | Ovarian a.")
    assert [(f.text, f.value["id"], f.value["guidance"]) for f in found] == [
        ("IO, US", "intraovarian_injection", "transvaginal_ultrasound"),
        ("IO + lap.", "intraovarian_injection", "laparoscopic"),
        ("Ovarian a.", "ovarian_artery_infusion", None)]
    zh = table_facts("route", "研究 | 细胞 | 途径", "[5] | BMSCs | 卵巢内（超声）")
    assert [(f.value["id"], f.value["guidance"]) for f in zh] == [("intraovarian_injection", "transvaginal_ultrasound")]


def test_a_sentence_without_a_route_is_not_searched_for_guidance_phrases(extractor, monkeypatch):
    from extractor.facts.types import route

    asked = []
    real = route._grammar_guides
    monkeypatch.setattr(route, "_grammar_guides", lambda text, *rest: asked.append(text) or real(text, *rest))
    assert routes(extractor, "The ovaries were scanned under transvaginal ultrasound guidance.") == []
    with_route = "The cells were injected into the ovaries under transvaginal ultrasound guidance."
    assert routes(extractor, with_route) == [(IO, TVUS, False)]
    assert asked == [with_route]
