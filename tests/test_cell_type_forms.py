"""How a cell type is said (fact type ``cell_type``), in sentences of our own:
dash and hyphen variants ("bone marrow–derived", a non-breaking hyphen),
"X-derived stem/stromal cells" for every source of the contract, "MSCs
isolated from X", abbreviations a text defines ("human amniotic MSCs
(hAMSCs)", then "hAMSCs"); and what is none: "stem cells" / 干细胞 alone, a
tissue alone, haematopoietic stem cells."""

from __future__ import annotations

import pytest

from formkit import extractor, facts

#: (text, the cell-type ids found in it, in order)
EN = [
    # a medium or serum rid of vesicles is a reagent, not vesicles given
    ("Cells were kept in exosome-depleted serum before the vesicles were harvested.", []),
    ("The culture medium was depleted of extracellular vesicles by filtration.", []),
    # a word saying which of the cells between "-derived" and the head; cells resident in a tissue;
    # "umbilical" alone as the cord
    ("Adipose-derived cultured stromal cells were thawed before use.", ["adipose_msc"]),
    ("Bone marrow-resident stromal cells were expanded twice.", ["bone_marrow_msc"]),
    ("Human umbilical MSCs were labelled with a dye.", ["umbilical_cord_msc"]),
    # a hyphen where a source's words have a space
    ("Ovine adipose-tissue derived stromal cells were grafted.", ["adipose_msc"]),
    ("Umbilical-cord derived mesenchymal stem cells were infused.", ["umbilical_cord_msc"]),
    ("Bone marrow–derived mesenchymal stem cells were injected into the ovary.", ["bone_marrow_msc"]),
    ("We used bone marrow\u2011derived stromal cells from the iliac crest.", ["bone_marrow_msc"]),
    ("Adipose tissue–derived stromal cells were expanded for three passages.", ["adipose_msc"]),
    ("Umbilical cord-derived stem cells improved ovarian function in the model.", ["umbilical_cord_msc"]),
    ("Wharton's jelly–derived stromal cells were thawed before use.", ["umbilical_cord_msc"]),
    ("Menstrual blood-derived mesenchymal stromal cells were given to the women.", ["menstrual_blood_msc"]),
    ("Placenta-derived stromal cells were given intravenously.", ["placenta_msc"]),
    ("Chorionic villus–derived MSCs were transplanted into each ovary.", ["placenta_msc"]),
    ("Decidua-derived stromal cells were transplanted into the mice.", ["placenta_msc"]),
    ("Human amniotic membrane-derived stem cells lowered serum FSH.", ["amniotic_msc"]),
    ("Amniotic fluid-derived mesenchymal stromal cells restored the follicle pool.", ["amniotic_fluid_stem_cell"]),
    ("Amnion-derived epithelial cells were injected through the tail vein.", ["amniotic_epithelial_cell"]),
    ("Cord blood-derived stem cells were infused into the recipients.", ["umbilical_cord_blood_cell"]),
    ("Peripheral blood-derived stem cells were mobilised with G-CSF.", ["peripheral_blood_stem_cell"]),
    ("Mesenchymal stromal cells isolated from human umbilical cords were used.", ["umbilical_cord_msc"]),
    ("Human amniotic MSCs (hAMSCs) were transplanted; hAMSCs reduced apoptosis.",
     ["amniotic_msc", "amniotic_msc", "amniotic_msc"]),
    ("Human placental mesenchymal stem cells (hPMSC) were injected.\n\nThe hPMSCs survived for weeks.",
     ["placenta_msc", "placenta_msc", "placenta_msc"]),
    ("Rat bone mesenchymal stem cells were thawed and counted.", ["bone_marrow_msc"]),
    ("Induced pluripotent stem cell-derived mesenchymal stromal cells lowered FSH in aged mice.", ["msc"]),
    ("Progenitors made from human embryonic stem cell-derived mesenchymal progenitor cells (hESC-MPCs) were "
     "grafted; the hESC-MPCs survived.", ["msc", "msc", "msc"]),
    ("BM-derived stromal cells were labelled with a dye before grafting.", ["bone_marrow_msc"]),
    ("Aged female mice given mUCMSCs kept more antral follicles.", ["umbilical_cord_msc"]),
    # the source cells and their vesicles joined by a hyphen: two mentions (ANNOTATION.md)
    ("Mesenchymal stem cell (MSC)-derived extracellular vesicles were given; MSC-EVs lowered FSH.",
     ["msc", "extracellular_vesicle", "msc", "extracellular_vesicle", "msc"]),
    # an ambiguous abbreviation with a species letter, once the text confirms it
    ("Adipose-derived stromal cells (ASCs) were expanded, and each rat received rASCs.",
     ["adipose_msc", "adipose_msc", "adipose_msc"]),
    ("Mesenchymal stromal cells from menstrual blood were thawed on the day of injection.", ["menstrual_blood_msc"]),
    ("Umbilical cord mesenchymal stem cell-derived exosomes (hUCMSC-Exos) were tested; hUCMSC-Exos lowered FSH.",
     ["umbilical_cord_msc", "extracellular_vesicle", "umbilical_cord_msc", "extracellular_vesicle",
      "umbilical_cord_msc", "extracellular_vesicle"]),
    # not cell types
    ("The sorted cells kept adipose stem cell-like properties in culture.", []),
    ("Stem cells have been studied for ovarian insufficiency.", []),
    ("Stem cell transplantation is a promising option.", []),
    ("The bone marrow was aspirated from the iliac crest.", []),
    ("Haematopoietic stem cells from bone marrow were not studied.", []),
    ("Cancer stem cells derived from the placenta were outside this review.", []),
    ("Endometrial stem cells were mentioned only in passing.", []),
    # an abbreviated source with a space, or its abbreviation in brackets before "-derived"
    ("Allogeneic BM MSCs were given on two occasions.", ["bone_marrow_msc"]),
    ("Uterine mesenchymal stromal/stem cells were seeded on a scaffold.", ["msc"]),
    ("Adipose tissue (AT)-derived stromal cells were thawed before use.", ["adipose_msc"]),
    # an abbreviation defined with more in its bracket
    ("Women got placental MSCs (PL-MSCs; 4 women) and later PL-MSCs again.", ["placenta_msc"] * 3),
]

ZH = [
    ("细胞换用无外泌体血清继续培养48 h。", []),
    ("骨髓来源的间充质干细胞经尾静脉注射。", ["bone_marrow_msc"]),
    ("脐带来源间充质基质细胞改善卵巢功能。", ["umbilical_cord_msc"]),
    ("经血来源的基质细胞用于治疗卵巢早衰。", ["menstrual_blood_msc"]),
    ("胎盘来源的间充质干细胞可降低FSH水平。", ["placenta_msc"]),
    ("脂肪源性基质细胞促进卵泡发育。", ["adipose_msc"]),
    ("羊水来源的间充质干细胞移植至卵巢。", ["amniotic_fluid_stem_cell"]),
    ("来源于脐带的间充质干细胞经静脉输注。", ["umbilical_cord_msc"]),
    # unfractionated marrow stem cells are no MSCs and have no id (ANNOTATION.md, cell_type)
    ("自体骨髓源性干细胞经卵巢动脉灌注。", []),
    ("人羊膜来源的上皮细胞移植后卵泡数增加。", ["amniotic_epithelial_cell"]),
    ("蜕膜来源的间充质干细胞改善了卵巢储备。", ["placenta_msc"]),
    ("外周血来源的干细胞经G-CSF动员后采集。", ["peripheral_blood_stem_cell"]),
    ("脐血来源的间充质干细胞移植后AMH升高。", ["msc"]),
    ("华通氏胶来源的间充质干细胞经卵巢注射。", ["umbilical_cord_msc"]),
    ("月经血来源的间充质干细胞降低了FSH。", ["menstrual_blood_msc"]),
    ("人羊膜间充质干细胞（hAMSCs）移植后，hAMSCs定植于卵巢。", ["amniotic_msc", "amniotic_msc", "amniotic_msc"]),
    ("人胎盘间充质干细胞（hPMSCs）经尾静脉注射。\n\n移植的hPMSCs定植于卵巢间质。",
     ["placenta_msc", "placenta_msc", "placenta_msc"]),
    ("诱导多能干细胞来源的间充质干细胞经尾静脉注射至小鼠体内。", ["msc"]),
    ("脂肪组织来源的基质细胞经卵巢局部注射。", ["adipose_msc"]),
    ("从人脐带组织中分离得到的间充质干细胞经尾静脉注射至大鼠。", ["umbilical_cord_msc"]),
    ("人胎盘来源的间充质基质细胞改善了卵泡发育。", ["placenta_msc"]),
    ("羊膜来源的间充质基质细胞减轻了颗粒细胞凋亡。", ["amniotic_msc"]),
    ("自体经血源性基质细胞经阴道超声引导注入卵巢。", ["menstrual_blood_msc"]),
    # not cell types
    ("干细胞治疗前景广阔。", []),
    ("干细胞移植仍处于临床试验阶段。", []),
    ("采集骨髓50 mL。", []),
    ("胎盘和脐带均为医疗废弃物。", []),
    ("骨髓造血干细胞不在本文讨论范围内。", []),
    ("来源于骨髓的造血干细胞未纳入分析。", []),
]


@pytest.mark.parametrize("text, ids", EN + ZH, ids=[t for t, _ in EN + ZH])
def test_a_cell_type_is_read_from_how_it_is_said(text, ids):
    assert [f.value["id"] for f in facts(text, "cell_type")] == ids


@pytest.mark.parametrize("text, ids", [
    # MSC is confirmed by the spelled-out name or by words only cell therapy uses around it
    ("MSCs were expanded from rabbit bone marrow before grafting.", ["msc"]),
    ("MSC-derived exosomes reduced fibrosis.", ["msc", "extracellular_vesicle"]),
    # … and not elsewhere: MSC also abbreviates the multi-tRNA synthetase complex
    ("The MSC assembles on the ribosome.", []),
])
def test_an_ambiguous_abbreviation_counts_where_the_document_confirms_it(text, ids):
    assert [f.value["id"] for f in facts(text, "cell_type")] == ids


@pytest.mark.parametrize("text, ids", [
    # MSCs grown from blood are MSCs (ANNOTATION.md); the blood's own cells keep their id
    ("Equine peripheral blood mesenchymal stromal cells were injected into the tendon.", ["msc"]),
    ("Human umbilical cord blood mesenchymal stem cells were given into the ventricle.", ["msc"]),
    ("Umbilical cord blood stem cells were infused into the children.", ["umbilical_cord_blood_cell"]),
    ("脐血间充质干细胞经静脉输注。", ["msc"]),
])
def test_msc_grown_from_blood_is_msc(text, ids):
    assert [f.value["id"] for f in facts(text, "cell_type")] == ids


def test_the_source_decides_over_the_plain_msc_inside_the_name():
    found = facts("Chorionic villus–derived mesenchymal stem cells were given.", "cell_type")
    assert [(f.value["id"], f.text) for f in found] == [
        ("placenta_msc", "Chorionic villus–derived mesenchymal stem cells")]
    assert found[0].rule == "cell_type.source_derived"
    file, _, line = found[0].source.rpartition(":")
    written = (extractor().rules.directory / file).read_text(encoding="utf-8").splitlines()[int(line) - 1]
    assert file == "grammars/cell_type.yaml" and "{source}" in written


def test_a_dictionary_name_as_long_as_the_grammar_match_keeps_its_own_rule():
    (fact,) = facts("Bone marrow–derived mesenchymal stem cells were given.", "cell_type")
    assert (fact.value["id"], fact.rule, fact.source.split(":")[0]) == ("bone_marrow_msc", "cell_type.term", "cell_types.yaml")


def test_an_abbreviation_counts_only_after_the_document_defines_it():
    text = "The hASTCs were thawed.\n\nHuman amniotic stromal cells (hASTCs) were injected.\n\nThe hASTCs homed."
    found = facts(text, "cell_type")
    assert [(f.value["id"], f.text) for f in found] == [
        ("amniotic_msc", "Human amniotic stromal cells"), ("amniotic_msc", "hASTCs"), ("amniotic_msc", "hASTCs")]
    assert found[-1].rule == "cell_type.abbreviation"


@pytest.mark.parametrize("text", [
    "Umbilical cord-derived stem cells (passage 3) were used.\n\nThe passage was short.",
    "Umbilical cord-derived stem cells (ScienCell) were bought.\n\nThe ScienCell kit was used.",  # a maker
    "Umbilical cord-derived stem cells (GIBCO, USA) were bought.\n\nGIBCO medium was used.",
])
def test_a_bracket_after_a_cell_type_that_is_no_abbreviation_of_it_defines_nothing(text):
    assert [f.text for f in facts(text, "cell_type")] == ["Umbilical cord-derived stem cells"]


def test_an_abbreviation_joining_the_source_cells_to_their_vesicles_defines_the_cells():
    text = "Extracellular vesicles released by human amniotic stromal cells (hASTC-EVs) were inhaled.\n\nThe hASTC-EVs were safe."
    found = sorted(facts(text, "cell_type"), key=lambda f: (f.evidence.sentence != text.split("\n")[0], f.evidence.start))
    assert [(f.text, f.value["id"]) for f in found] == [
        ("Extracellular vesicles", "extracellular_vesicle"), ("human amniotic stromal cells", "amniotic_msc"),
        ("hASTC", "amniotic_msc"), ("EVs", "extracellular_vesicle"),
        ("hASTC", "amniotic_msc"), ("EVs", "extracellular_vesicle")]


def test_an_abbreviation_of_the_cells_alone_stays_whole():
    text = "Adipose tissue-derived mesenchymal stem cells (AT-MSCs) were grafted.\n\nThe AT-MSCs homed."
    assert [f.text for f in facts(text, "cell_type")] == ["Adipose tissue-derived mesenchymal stem cells", "AT-MSCs", "AT-MSCs"]


def test_counts_in_both_languages():
    assert len(EN) >= 20 and len(ZH) >= 20
    assert any(not i for _, i in EN) and any(not i for _, i in ZH)


def test_a_table_cell_is_read_with_the_grammar_too():
    from extractor.layout.document import BlockKind
    from extractor.layout.textlayer import document_from_text

    doc = document_from_text("Chorionic villus–derived mesenchymal stem cells | 12 | 3.4 ± 0.5")
    doc.blocks[0].kind = BlockKind.TABLE
    found = [(f.value["id"], f.text) for f in extractor().facts(doc) if f.type == "cell_type"]
    assert found == [("placenta_msc", "Chorionic villus–derived mesenchymal stem cells")]


def test_a_dose_after_an_abbreviation_defined_earlier_names_that_cell_type():
    text = "Adipose tissue-derived stromal cells (ATSCs) were expanded.\n\nEach rat received 1 × 10^6 ATSCs by tail vein."
    extracted = extractor().facts(__import__("extractor.layout.textlayer", fromlist=["x"]).document_from_text(text))
    cells = {f.id: f for f in extracted if f.type == "cell_type"}
    (dose,) = [f for f in extracted if f.type == "dose"]
    assert cells[dose.cell_type].text == "ATSCs" and cells[dose.cell_type].value["id"] == "adipose_msc"


def test_an_abbreviation_the_dictionary_knows_keeps_its_own_id():
    text = "The effect of stromal cells (BMSC)-derived vesicles was tested.\n\nThe BMSC homed to the ovary."
    assert {f.value["id"] for f in facts(text, "cell_type") if f.text == "BMSC"} == {"bone_marrow_msc"}


@pytest.mark.parametrize("text", ["The control rats did not receive bone marrow–derived stromal cells.",
                                  "对照组大鼠未接受经血来源的基质细胞移植。"])
def test_a_cell_type_found_by_the_grammar_can_be_negated(text):
    (fact,) = facts(text, "cell_type")
    assert fact.context.negated


@pytest.mark.parametrize("text", ["mUCMSCs given", "xmUCMSCs", "(rBMSC-2) and hAMSCs", "m-UCMSC, aBMSC", "mUCMSC"])
def test_prefixed_names_are_found_by_their_letters_alone(text):
    from extractor.facts.types.cell_type import _PREFIXED, _prefixed_with

    letters = frozenset({"h", "m", "r", "HU"})
    expected = [(m.span(), m.group("abbr")) for m in _PREFIXED.finditer(text) if m.group("prefix") in letters]
    assert [(m.span(), m.group("abbr")) for m in _prefixed_with(letters).finditer(text)] == expected


@pytest.mark.parametrize("text, names", [
    # a dictionary abbreviation in other capitals, a part at a time ("HBMSC", "uc-MSC") ...
    ("HBMSCS were thawed and HUCMSC were counted.", [("HBMSCS", "bone_marrow_msc"), ("HUCMSC", "umbilical_cord_msc")]),
    ("Wharton's jelly cells, called uc-MSCs here, were given.", [("uc-MSCs", "umbilical_cord_msc")]),
    # ... but a capital changed inside a part changes the name: "aMSC" is no amniotic "AMSC"
    ("Mesenchymal stem cells, activated (aMSC) or not, were injected.", [("Mesenchymal stem cells", "msc")]),
    # numbered or sized after its letters: the clones or fractions of one kind
    ("Two mesenchymal stromal cell clones, MSC3 and MSC4, were compared.",
     [("mesenchymal stromal cell", "msc"), ("MSC3", "msc"), ("MSC4", "msc")]),
    ("Extracellular vesicles were spun into EV15K and EV100K pellets.",
     [("Extracellular vesicles", "extracellular_vesicle"), ("EV15K", "extracellular_vesicle"),
      ("EV100K", "extracellular_vesicle")]),
    # a name glued to the amount given, as Chinese text prints it: the name alone
    ("每只大鼠尾静脉注射BMSCs2×10^6个。", [("BMSCs", "bone_marrow_msc")]),
    # vesicles after a hyphenated source of any letters are vesicles; a source that is a name is its own mention
    ("Extracellular vesicles of decidual cells (dEVs) and pl-EVs, then WJ-Exos and hDF-EVs, were given.",
     [("Extracellular vesicles", "extracellular_vesicle"), ("pl-EVs", "extracellular_vesicle"),
      ("WJ-Exos", "extracellular_vesicle"), ("hDF-EVs", "extracellular_vesicle")]),
    ("Extracellular vesicles of marrow cells (BMSC-EVs) were given.",
     [("Extracellular vesicles", "extracellular_vesicle"), ("BMSC", "bone_marrow_msc"),
      ("EVs", "extracellular_vesicle")]),
])
def test_an_abbreviation_written_another_way_names_the_same_cells(text, names):
    found = sorted(facts(text, "cell_type"), key=lambda f: f.evidence.start)
    assert [(f.text, f.value["id"]) for f in found] == names
