"""How a dose is said (fact type ``dose``), in sentences of our own: number
forms, arm labels ("the 2 × 10^6 group", 5×10^6组), "up to N million X",
approximately / 约 / 每侧约, a cell name after the number ("3 million
hUC-MSCs", 1×10^6个BMSCs), per patient / per side / 每侧, and the drug doses
that make a disease model; and what is no dose: concentrations, per-well
seeding, thresholds, sizes, ages, weights, harvest volumes, dose levels."""

from __future__ import annotations

import pytest

from formkit import facts, table_facts

#: (sentence, the doses found in it as (value, unit, per), in order)
EN = [
    # the volume carrying an amount shares the denominator said of it, two words of a name between
    ("Then 3 × 10^6 CD133+ BMCs in 2 mL of saline were injected into each ovary.", [(3e6, "cells", "ovary"), (2, "mL", "ovary")]),
    # a full stop for the dot of multiplication, before a power of ten only
    ("Each hamster got 4.10^5 stromal cells by intraperitoneal injection.", [(4e5, "cells", None)]),
    ("Serum oestradiol was 3.10 pg/mL in the sham arm.", []),
    # a scaled amount per kilogram counts cells, the cells named after it or not at all
    ("Lambs were infused with 3 million/kg of cord-blood MSCs.", [(3e6, "cells/kg", None)]),
    ("Cells (1.2 million per kgr body weight) went in through a peripheral vein.", [(1.2e6, "cells/kg", None)]),
    # a bare power of ten counts what a sentence says was given, named or not
    ("Pigs received an intracoronary dose of vCPC (4.5 × 10^7) one week after the infarct.", [(4.5e7, "cells", None)]),
    ("A single-dose (3 × 10^6) of the cells was administered to each dog.", [(3e6, "cells", None)]),
    ("Mice in the treated arm got tail-vein injections of UDSCs (0.8 × 10^6 in 150 µl of buffer).",
     [(8e5, "cells", None), (0.15, "mL", None)]),
    # a volume with a denominator that says it was given, no verb of giving needed
    ("The cells were taken up in 0.3 mL of saline for each ovary.", [(0.3, "mL", "ovary")]),
    ("Roughly 2 mL of plasma was placed in each ovary.", [(2, "mL", "ovary")]),
    # what the preparation of plasma gave is no dose; what was given is
    ("Blood (30 mL) was spun twice, yielding about 3 mL of plasma; 1 mL was injected into each ovary.",
     [(1, "mL", "ovary")]),
    # amounts listed with a label each share the denominator one of them states
    ("Cohorts got 20 µg of vesicle protein per ovary in cohort A, 40 µg in cohort B and 80 µg in cohort C.",
     [(20, "µg", "ovary"), (40, "µg", "ovary"), (80, "µg", "ovary")]),
    ("Women were given 2 × 10^6 (step 1), 6 × 10^6 (step 2) or 1.8 × 10^7 cells per ovary.",
     [(2e6, "cells", "ovary"), (6e6, "cells", "ovary"), (1.8e7, "cells", "ovary")]),
    # the amount as an adjective, its unit joined by a hyphen ("the 40-µg dose"); a hyphen before a digit is a range
    ("Only rats given the 40-µg dose gained weight.", [(40, "µg", None)]),
    ("A 3-mL bolus of the plasma was infused.", [(3, "mL", None)]),
    # bare powers of ten before one with a written denominator share it, commas alone between them
    ("The stromal cells were dosed at 1 × 10^6, 3 × 10^6, 9 × 10^6/kg in the three cohorts.",
     [(1e6, "cells/kg", None), (3e6, "cells/kg", None), (9e6, "cells/kg", None)]),
    # bare numbers before a power of ten share its scale; a label's number is no amount of the list
    ("Three cohorts received 0.25, 0.5 or 1.5 × 10^6 cells/kg by vein.",
     [(2.5e5, "cells/kg", None), (5e5, "cells/kg", None), (1.5e6, "cells/kg", None)]),
    ("Cohort A was given 30 μg and cohort 2 then 300 μg of vesicle protein.",
     [(30, "µg", None), (300, "µg", None)]),
    # the suspension of an amount given per ovary is per ovary too; a per-kilogram amount lends its volume nothing
    ("Each ovary was injected with 8 million cells suspended in 0.4 ml of saline.", [(8e6, "cells", "ovary"), (0.4, "mL", "ovary")]),
    ("Every child received 3 × 10^6 cells/kg in 50 mL of saline.", [(3e6, "cells/kg", None), (50, "mL", None)]),
    # "each" after a noun gives the amounts after it that noun's denominator
    ("Women had three infusions, each of 4 × 10^6 cells.", [(4e6, "cells", "injection")]),
    ("Both ovaries, each with 0.6 mL of suspension, were injected.", [(0.6, "mL", "ovary")]),
    # a state of sedation before a comma is no anaesthetic's amount
    ("Under light propofol sedation, 3 mL was injected into every ovary.", [(3, "mL", "ovary")]),
    # an amount per kilogram keeps no denominator said around it; one written onto it stays
    ("Each infusion held 3 × 10^6 cells/kg.", [(3e6, "cells/kg", None)]),
    # a list's unit and denominator go to the bare powers of ten before it
    ("Rats got 1 × 10^6, 3 × 10^6 or 9 × 10^6 cells per kg.", [(1e6, "cells/kg", None), (3e6, "cells/kg", None),
                                                              (9e6, "cells/kg", None)]),
    ("They were given 3 × 10^6 cells/kg per infusion.", [(3e6, "cells/kg", "injection")]),
    ("Patients assigned to the 1 × 10^7 arm received cells through the ovarian artery.",
     [(1e7, "cells", None)]),
    ("The high-dose group (5 × 10^6 cells) showed the largest fall in FSH.", [(5e6, "cells", None)]),
    ("Each woman received up to 20 million autologous bone marrow cells.", [(2e7, "cells", "patient")]),
    ("Up to 3 million hUC-MSCs were injected into each ovary.", [(3e6, "cells", "ovary")]),
    ("Approximately 2 × 10^6 viable cells were delivered into each ovary.", [(2e6, "cells", "ovary")]),
    ("About 4 million menstrual blood-derived stromal cells went into the left ovary.", [(4e6, "cells", None)]),
    ("A total of 1.2 × 10^8 cells per patient was infused over 30 minutes.", [(1.2e8, "cells", "patient")]),
    ("Four million hAMSCs were transplanted into each mouse.", [(4e6, "cells", None)]),
    ("We injected three million ADSCs into the right ovary of each patient.", [(3e6, "cells", "patient")]),
    ("The animals were given busulfan 20 mg/kg by intraperitoneal injection.", [(20.0, "mg/kg", None)]),
    ("Ovarian failure was induced with cisplatin (2 mg/kg) for seven days.", [(2.0, "mg/kg", None)]),
    ("Rats received cyclophosphamide 100 mg/kg to induce ovarian failure.", [(100.0, "mg/kg", None)]),
    ("Recipients were given 1–2 × 10^6 cells/kg intravenously.", [(1e6, "cells/kg", None)]),
    ("The patients were given 5 million cells per side.", [(5e6, "cells", "ovary")]),
    # a denominator a dozen words on, past the verb and the guidance
    ("Then 3 × 10^6 cells were slowly injected with ultrasound guidance into the medulla of each ovary.",
     [(3e6, "cells", "ovary")]),
    # a volume and the amount it carries, in brackets, share the denominator either way round
    ("A volume of 0.4 mL (2 × 10^6 cells) was deposited into each ovary.", [(0.4, "mL", "ovary"), (2e6, "cells", "ovary")]),
    ("Women in the control arm took oral progesterone 20 mg daily.", [(20.0, "mg", None)]),
    # not doses
    ("Cells were plated at 2 × 10^5 cells per well for the assay.", []),
    ("The cells were resuspended at a density of 1 × 10^6 cells/mL.", []),
    ("Patients with FSH above 40 IU/L were eligible.", []),
    # the volume that carries the cells lends them its denominator
    ("Each ovary received 0.5 mL of saline containing 2 × 10^6 cells.", [(0.5, "mL", "ovary"), (2e6, "cells", "ovary")]),
    ("Three different doses of exosomes were tested.", []),
    ("Exosome diameter was 80–120 nm on electron microscopy.", []),
    ("The women were aged 32 to 39 years.", []),
    ("Mice weighed 18–22 g at the start of the study.", []),
    ("Bone marrow (60 mL) was aspirated from the iliac crest.", []),
    ("Every woman had a bone marrow aspiration (80 mL, under sedation) before the cells were grown.", []),
    ("Each woman received PRP made from 30 mL of venous blood.", []),
    ("About 2 × 10^7 BMSCs in 1 mL of saline were injected into each ovary.", [(2e7, "cells", "ovary"), (1.0, "mL", "ovary")]),
    ("Bone marrow (60 mL) was aspirated and the concentrated cells were injected into the ovary.", []),
    ("About 50 mL of bone marrow was harvested before the injection.", []),
    ("Blood samples (5 mL) were drawn before each injection.", []),
    ("A total of 1 × 10^6 granulosa cells were seeded in 6-well plates with the vesicles.", []),
    ("Cells were seeded at a density of 2 × 10^4 cells per cm^2.", []),
    ("The cytometer acquired 20,000 cells per sample.", []),
    ("Vesicles were counted by tracking analysis (3 × 10^10 particles/mL) before use.", []),
    # a power of ten per kilogram counts cells; drugs of anaesthesia and a syringe's size are no dose
    ("The second dose level was 1.5 × 10^6/kg, given over an hour.", [(1.5e6, "cells/kg", None)]),
    ("Mice were anaesthetised with ketamine (90 mg/kg) before the grafting.", []),
    ("The suspension was drawn into a 2-mL syringe and injected into the ovary.", []),
    # the volume after a slash suspends the cells; bounds and counts of particles are no dose
    ("Each dog received 4 × 10^7 cells/5 mL into the joint.", [(4e7, "cells", None)]),
    ("Doses of fewer than 5 billion cells were judged safe.", []),
    ("Rabbits were given one bolus (2 × 10^9 particles) of the vesicles.", []),
    ("Volunteers were given 10^{10} CFU of live bacteria daily.", []),
    ("Women received 1 × 10^6 cells/kg with an upper limit of 6 × 10^7 cells.", [(1e6, "cells/kg", None)]),
    ("Every participant received 2 million cells per kgr of body weight.", [(2e6, "cells/kg", None)]),
    # a premedication's amount and a range of fat taken are no dose
    ("Premedication was oral promethazine 25 mg an hour before the infusion.", []),
    ("Cells were prepared after liposuction of 80-120 mL of thigh fat.", []),
]

ZH = [
    ("采集外周血30 mL，两次离心后制得PRP约3 mL，每侧卵巢注射1 mL。", [(1, "mL", "ovary")]),
    # an amount per kilogram keeps no denominator said around it (ANNOTATION.md, dose)
    ("观察组每次经静脉输注3×10^6个/kg，共3次。", [(3e6, "cells/kg", None)]),
    ("三组分别经尾静脉注射1×10^6、3×10^6、9×10^6个/kg。", [(1e6, "cells/kg", None), (3e6, "cells/kg", None),
                                                    (9e6, "cells/kg", None)]),
    # of two denominators before an amount, the nearer one
    ("每次每侧卵巢注入0.8 mL。", [(0.8, "mL", "ovary")]),
    ("低剂量组每侧卵巢注射约5×10^5个细胞。", [(5e5, "cells", "ovary")]),
    ("每侧卵巢注入悬液0.5 mL，含2×10^6个细胞。", [(0.5, "mL", "ovary"), (2e6, "cells", "ovary")]),
    ("每侧卵巢注射2×10^6个细胞（溶于0.2 mL生理盐水）。", [(2e6, "cells", "ovary"), (0.2, "mL", "ovary")]),
    # an amount glued to the cells' Latin name, as Chinese text prints it (not CD34's digits)
    ("静脉输注BMSCs2×10^6个/kg。", [(2e6, "cells/kg", None)]),
    ("每侧卵巢注射ADSCs500万个。", [(5e6, "cells", "ovary")]),
    ("两组CD34阳性细胞比例无差异。", []),
    ("高剂量组（2×10^7个细胞）疗效最明显。", [(2e7, "cells", None)]),
    ("5×10^6组小鼠卵泡数最多。", [(5e6, "cells", None)]),
    ("每侧卵巢约注射1000万个脐带间充质干细胞。", [(1e7, "cells", "ovary")]),
    ("每例患者经静脉输注2×10^6个/kg。", [(2e6, "cells/kg", None)]),
    ("给予大鼠腹腔注射环磷酰胺50 mg/kg建立模型。", [(50.0, "mg/kg", None)]),
    ("顺铂（2 mg/kg）连续腹腔注射7天。", [(2.0, "mg/kg", None)]),
    ("每只小鼠尾静脉注射外泌体100 μg。", [(100.0, "µg", None)]),
    ("于双侧卵巢各注射细胞悬液0.5 mL。", [(0.5, "mL", "ovary")]),
    ("共回输约3亿个骨髓单个核细胞。", [(3e8, "cells", None)]),
    ("每次注射约1×10^7个人羊膜上皮细胞。", [(1e7, "cells", "injection")]),
    ("白消安30 mg/kg单次腹腔注射诱导卵巢早衰。", [(30.0, "mg/kg", None)]),
    ("每个卵巢注射2×10^6个hUC-MSCs。", [(2e6, "cells", "ovary")]),
    ("每只大鼠尾静脉注射1×10^6个BMSCs。", [(1e6, "cells", None)]),
    ("每侧约500万个细胞。", [(5e6, "cells", "ovary")]),
    # 每侧 before a time that is no dose ("于5 min内"), the volume and the cells it holds after it
    ("每侧于5 min内匀速推注细胞悬液2 mL（含1×10^7个细胞）。", [(2.0, "mL", "ovary"), (1e7, "cells", "ovary")]),
    ("经导管向双侧卵巢动脉灌注外泌体200 μg。", [(200.0, "µg", None)]),
    # not doses
    ("细胞以1×10^5个/孔接种于培养板。", []),
    ("调整细胞浓度为5×10^6个/mL。", []),
    ("FSH>25 IU/L定义为卵巢功能不全。", []),
    ("外泌体直径为40~160 nm。", []),
    ("患者年龄28～40岁。", []),
    ("抽取骨髓约50 mL。", []),
    ("小鼠体重18～20 g。", []),
    ("抽取骨髓50 mL，分离单个核细胞后注射至卵巢。", []),
    ("采集外周静脉血5 mL检测激素后进行移植。", []),
    ("抽取患者骨髓约60 mL，经处理后回输。", []),
    ("将2×10^4个颗粒细胞接种于96孔板，加入外泌体共培养。", []),
    # particles counted are no cells, even in a sentence about giving them
    ("静脉注射的囊泡多为10^8~10^{10}个颗粒。", []),
    ("小鼠以水合氯醛（350 mg/kg）麻醉后取材。", []),
    ("用5 mL注射器抽取细胞悬液后缓慢注入卵巢。", []),
]


def _doses(text):
    return [(f.value["value"], f.value["unit"], f.value["per"]) for f in facts(text, "dose")]


@pytest.mark.parametrize("text, doses", EN + ZH, ids=[t for t, _ in EN + ZH])
def test_a_dose_is_read_from_how_it_is_said(text, doses):
    assert _doses(text) == doses


def test_a_mean_with_its_spread_before_a_power_of_ten_is_the_mean():
    assert _doses("The patients received (4.2 ± 0.8) × 10^7 cells intravenously.") == [(4.2e7, "cells", None)]
    assert _doses("每侧卵巢注射(1.6±0.2)×10^6个细胞。") == [(1.6e6, "cells", "ovary")]
    # a mean with its own power of ten: the amount after "±" is its spread
    assert _doses("Knees received a mean of 38 × 10^6 ± 2.5 × 10^6 cells by injection.") == [(3.8e7, "cells", None)]


def test_a_number_in_words_is_an_amount_before_a_unit_spelt_out():
    assert _doses("Three millilitres of plasma were injected into each ovary.") == [(3.0, "mL", "ovary")]
    assert _doses("A few millilitres of plasma were injected.") == []
    # a volume of blood taken, in digits or words, is no dose
    assert _doses("Sixty millilitres of venous blood were centrifuged to make the plasma.") == []


def test_a_range_keeps_its_bounds():
    (fact,) = facts("Recipients were given 1–2 × 10^6 cells/kg intravenously.", "dose")
    assert (fact.value["low"], fact.value["high"]) == (1e6, 2e6)
    # each end with its unit, cc for mL
    (fact,) = facts("Each uterus took 0.3 cc to 0.8 cc of plasma.", "dose")
    assert (fact.value["value"], fact.value["unit"], fact.value["low"], fact.value["high"]) == (0.3, "mL", 0.3, 0.8)
    # particles are no cells
    assert _doses("Rats were given 2 × 10^9 vesicle particles in 30 µL of saline intranasally.") == [(0.03, "mL", None)]


def test_a_title_yields_doses_like_a_sentence():
    from extractor.layout.document import BlockKind
    from extractor.layout.textlayer import document_from_text
    from formkit import extractor

    doc = document_from_text("Intraovarian injection of 5 × 10^6 autologous cells in women with ovarian failure")
    doc.blocks[0].kind = BlockKind.HEADING
    found = [(f.value["value"], f.value["unit"]) for f in extractor().facts(doc) if f.type == "dose"]
    assert found == [(5e6, "cells")]


def test_a_bare_power_of_ten_counts_cells_in_a_table_row_that_names_a_cell_type():
    from extractor.layout.document import BlockKind
    from extractor.layout.textlayer import document_from_text
    from formkit import extractor

    def table(text):
        doc = document_from_text(text)
        doc.blocks[0].kind = BlockKind.TABLE
        return [(f.value["value"], f.value["unit"]) for f in extractor().facts(doc) if f.type == "dose"]

    assert table("Lee 2019 | SD rats | hUC-MSCs | 2×10^6/PBS | tail vein | 30 days") == [(2e6, "cells")]
    assert table("Lee 2019 | SD rats | platelet count | 2×10^6/PBS | 30 days") == []
    # or a route
    assert table("Kim 2020 | BALB/c mice | Intraperitoneal injection, 4 × 10^6, weekly | 12") == [(4e6, "cells")]


def test_an_amount_in_mg_or_micrograms_is_a_dose_under_a_column_headed_dose():
    def table(*rows):
        return [(f.value["value"], f.value["unit"]) for f in table_facts("dose", *rows)]

    assert table("Study | Model | Agent | Dose | Route",
                 "Ito 2020 | mice | hUC-MSC exosomes | 120 µg | tail vein") == [(120.0, "µg")]
    # the same amount under a column of something else (a protein assay) is none
    assert table("Study | Model | Agent | Protein | Route",
                 "Ito 2020 | mice | hUC-MSC exosomes | 120 µg | tail vein") == []


def test_counts_in_both_languages():
    assert len(EN) >= 20 and len(ZH) >= 20
    assert any(not d for _, d in EN) and any(not d for _, d in ZH)


def test_what_is_taken_and_not_given_is_said_in_the_grammar_file(rules_copy):
    from extractor.facts.pipeline import Extractor
    from extractor.layout.textlayer import document_from_text

    text = "抽取骨髓50 mL，分离单个核细胞后注射至卵巢。"
    path = rules_copy / "grammars" / "dose.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("veto: true", "veto: false"), encoding="utf-8")
    found = [f.text for f in Extractor.load(rules_copy).facts(document_from_text(text)) if f.type == "dose"]
    assert found == ["50 mL"]  # without the veto the harvested volume reads as a dose


def test_a_bare_amount_takes_the_unit_its_columns_head_names():
    def table(*rows):
        return [(f.value["value"], f.value["unit"], f.value["per"]) for f in table_facts("dose", *rows)]

    assert table("Arm | Cells/ovary | n", "Low | 2×10^6 | 12", "High | 8×10^6 | 12") == [
        (2e6, "cells", "ovary"), (8e6, "cells", "ovary")]
    assert table("Study | Dose (µg) | Route", "Ito 2021 | 80 | tail vein") == [(80.0, "µg", None)]
    # a column of ages or of blood drawn names a unit, but no dose
    assert table("Group | Age (years) | Blood (mL)", "A | 31 | 4") == []
    # a head that counts cells in a power of ten: its numbers are that many, each of a list a dose
    assert table("Trial | Cells infused (× 10^6)", "Ode 2019 | 30 or 90", "Lam 2020 | 1.5 /kg (twice)") == [
        (3e7, "cells", None), (9e7, "cells", None), (1.5e6, "cells/kg", None)]
    assert table("Trial | Cells (million)", "Ode 2019 | 40") == [(4e7, "cells", None)]
    # unscaled numbers under a head of cells are too few to be counts of cells
    assert table("Trial | Cells given", "Ode 2019 | 30 or 90") == []
    # a dose column's power of ten without a unit counts cells, per kilogram where the head says so;
    # a power of ten over another column (a blood count) is no dose
    assert table("Trial | Dose (×10^6/kg) | n", "Ode 2019 | 2.5 | 9") == [(2.5e6, "cells/kg", None)]
    assert table("Trial | Cell dose (10^6/kg)", "Lam 2020 | 0.8") == [(8e5, "cells/kg", None)]
    assert table("Trial | Platelets (×10^9/L)", "Lam 2020 | 250") == []
