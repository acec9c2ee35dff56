"""How a number of treatment sessions is said (fact type ``sessions``), in
sentences of our own: once, single, single-dose, one-off, 单次, 一次性, 仅1次,
ordinals, "N injections", "repeated every 4 weeks for 3 times"; and what is
no number of sessions: dose levels, passages, centrifugations, injection
sites, repeated laboratory tests, frequencies without a total."""

from __future__ import annotations

import pytest

from formkit import facts

#: (sentence, the counts found in it, in order; None for "repeated, number not given")
EN = [
    # MSC transplantation abbreviated
    ("Each child had two MSCTs a month apart.", [2]),
    # a preposition between a number and the treatment noun: the number counts something else
    ("Three developed a rash after infusion.", []),
    ("A fever began on day +12 after transplantation.", []),
    # a bound said with a sign is a subgroup's, not a count; a bound in words is the count the plan allowed
    ("Relapses were fewer in those given >3 infusions than in those given ≤ 3 infusions.", []),
    ("The protocol allowed up to four infusions of the cells.", [4]),
    # a session by another name; stages of a disease are none
    ("The plasma was injected in three sittings a month apart.", [3]),
    ("Fibrosis was graded in four stages before the cells were infused.", []),
    # doses tested or compared against each other are levels
    ("The trial compared two doses of cord-blood cells with saline.", []),
    ("We evaluated four doses of the vesicles in aged mice.", []),
    ("Every woman was given a single intraovarian injection of the cell suspension.", [1]),
    ("The suspension was infused once through a catheter in the ovarian artery.", [1]),
    ("A single-dose infusion of exosomes followed the last chemotherapy cycle.", [1]),
    ("The volunteers underwent a one-off transplantation of autologous marrow cells.", [1]),
    ("Five of the women went on to receive a second transplantation half a year later.", [2]),
    ("A third infusion was offered to women whose menses had not returned.", [3]),
    ("Each participant was given three intraovarian injections one month apart.", [3]),
    ("The infusion was repeated every 4 weeks for 3 times in total.", [3]),
    ("The cells were administered twice, eight weeks apart.", [2]),
    ("Mice were given two tail-vein injections of the vesicles.", [2]),
    ("The injections were repeated four times at weekly intervals.", [4]),
    ("Patients in the repeat arm were given multiple injections during the year.", [None]),
    ("Rats received repeated transplantations of the stromal cells.", [None]),
    ("The stromal cells were injected into the right ovary on two separate occasions.", [2]),
    ("A one-time intravenous administration of the vesicles was tested in rats.", [1]),
    ("Each child was given four transfusions of the stromal cells, a month apart.", [4]),
    ("Single-dose (5 × 10^6) exosome-primed cells were given to the treated rats.", [1]),
    ("The effect of a single intra-articular treatment of knee lesions with stromal cells was studied.", [1]),
    ("A single treatment would not suffice for so complex a disease.", []),
    ("No single treatment restores ovarian function.", []),
    ("Twelve (12) monthly infusions of the stromal cells were given.", [12]),
    # cycles of the treatment itself, not of something else
    ("All women completed three cycles of intraovarian cell therapy.", [3]),
    ("Two stimulation cycles of IVF followed the grafting.", []),
    ("The trial compared one with three subcutaneous doses of the vesicles.", [3, 1]),
    # group names sharing one head, and a group named with its size but no head
    ("Rabbits were divided into sham, injury, single-infusion and triple-infusion groups.", [1, 3]),
    ("Participants were allocated to one-injection (n = 15) or two-injection (n = 16) at random.", [1, 2]),
    ("Several introductions of the stromal cells were needed in older rats.", [None]),
    ("Rats given multiple-treatments with the vesicles ovulated sooner.", [None]),
    # an ordinal with a word set beside it by a comma; "placed" gives, as "given" does
    ("Non-responders were offered a third, booster infusion at month 9.", [3]),
    ("The loaded scaffold was placed once, after adhesiolysis.", [1]),
    ("Placental cells were delivered intramuscularly twice, six weeks apart.", [2]),
    # not numbers of sessions
    ("Three different doses of the cells were compared with saline.", []),
    # twice a size, a number or a dose: a ratio
    ("The trial was about twice the size of earlier trials of plasma delivered into the ovary.", []),
    # doses then named as alternatives are levels, one of which each was given
    ("Rats had two doses of busulfan at 15 or 30 mg/kg before grafting.", []),
    ("Pups were given two stromal-cell doses (2 × 10^5 or 4 × 10^5) by gavage.", []),
    # a frequency with a duration states no total (the count is inferred), and its "once" is none
    ("Treatment was given once weekly for 4 weeks.", []),
    ("Rats were injected once a week for three consecutive weeks.", []),
    ("The cycle length fell by 2.5 times after the infusion.", []),
    ("Cells from passage 4 were used for every experiment.", []),
    ("The cell pellet was centrifuged twice at 300 g before use.", []),
    ("Each ovary was injected at two sites with a fine needle.", []),
    ("Serum FSH was measured twice, four weeks apart, before enrolment.", []),
    ("The cells were washed three times in phosphate-buffered saline.", []),
    ("Cyclophosphamide was given daily for 14 days to induce the model.", []),
    ("Busulfan was injected once daily for five consecutive days.", []),
    ("The cultures were passaged three times before transplantation.", []),
    # one more session where the total follows: the total is the count
    ("The dose was repeated once more, for a total of three injections.", [3]),
    # counts of studies in a review, not of sessions
    ("Eight studies used intravenous infusion and three used intraovarian injection.", []),
    ("Two trials gave three injections each.", [3]),
    ("Exosomes have been tested only once in women, with two injections.", [2]),
    ("The trial followed a 3 + 3 dose-escalation design.", []),
    ("Few therapies help once ovarian failure is established.", []),  # a conjunction
    ("Endometrial thickness was measured after two transplants.", [2]),
    ("Several treatments have been proposed for thin endometrium, such as G-CSF.", []),  # kinds, not times
    ("Vesicles were given once a week for the duration of the experiment.", [None]),  # repeated, total not said
    # the drug that makes an animal model is given in sessions too (as its
    # dose and route are facts: ANNOTATION.md)
    ("Mice were made infertile with a single intraperitoneal injection of busulfan.", [1]),
    ("Two doses of cyclophosphamide were enough to abolish cycling.", [2]),
    ("After a single dose of cyclophosphamide, rats were given two injections of the cells.", [1, 2]),
    # a ratio, a time in an abbreviated unit and a count per group are no counts of sessions
    ("Twenty women were allocated 1:1 to intraovarian injection or to a mock puncture.", []),
    ("At 40 wk after transplantation she was back at work.", []),
    ("Six women were treated, two per dose level.", []),
    # the number of sessions in a group's name (ANNOTATION.md, arm)
    ("AMH rose further in the three-injection arm.", [3]),
    ("The single-session group reported no pain.", [1]),
    # a number naming a day, a group or a case counts no sessions; a bolus is one
    ("The rats were killed at day 7 after administration of the cells.", []),
    ("Each rat was given a single bolus of vesicles.", [1]),
    # a schedule and its total are one count said twice
    ("The vesicles were given once a week for four weeks (four injections in all).", [4]),
    # a bare count after a verb of giving or receiving
    ("Each volunteer received the marrow cells once.", [1]),
    ("Lee and co-workers [7] gave the vesicles twice and saw FSH fall.", [2]),
    # a word of how many times before the treatment noun (not "double-blind", "a double dose")
    ("Only the women given a triple intraovarian injection conceived.", [3]),
    ("A double-blind trial of intraovarian injection was planned.", []),
    ("A double dose of vesicles was used in the last mice.", []),
    # a range of sessions is a repeat, number not one; sessions named to date something are no count
    ("The volunteers had 2-3 intravenous infusions each.", [None]),
    ("Scores improved in 9 of 11 women between the 1st and 2nd infusion.", []),
    # two counts set against each other: each its own
    ("We compared single versus triple intraovarian injections of the plasma.", [1, 3]),
    ("Outcomes of single and double infusions were alike.", [1, 2]),
    ("Rats were assigned to one or three tail-vein injections.", [3, 1]),
    ("The 20 and 40 mg doses of the model drug were compared.", []),  # amounts, no counts
    ("Blood was taken 3, 6 and 9 weeks after transplantation.", []),  # times, no counts
    # a count that opens its clause takes the treatment of the clause before
    ("The plasma was injected into both ovaries under sonographic guidance, either once or twice as needed.", [1, 2]),
    ("Vesicles were infused through the tail vein, only once.", [1]),
    ("After the infusion, twice as many follicles grew.", []),  # a comparison
    ("The cells were infused into the ovarian artery, once every four days.", []),  # a frequency alone
    ("We set a one-off infusion against repeated intravenous (i.v.) infusions of the vesicles.", [1, None]),
    # a bare count reads the treatment back across the regimen's amount and frequency, not across a semicolon
    ("Vesicles were infused at 40 μg (low dose) or 80 μg (high dose) per rat, twice at 7-day intervals.", [2]),
    ("The cells were infused; blood was drawn at 4 weeks, twice.", []),
    # events counted against all the sessions a trial gave: no count of sessions
    ("Mild headache followed 5 of 96 infusions.", []),
    # a bracketed abbreviation between the count and its noun
    ("Each rat had a single-dose intraperitoneal [IP] injection of the vesicles.", [1]),
    ("Volunteers were given one intravenous (IV) infusion of cord cells.", [1]),
    # a count set against one said before, its noun left out; counts with their arms' sizes
    ("Pain fell further after four injections than after one (P = 0.03).", [4, 1]),
    ("Rats given two infusions did better than those given one (n = 12).", [2, 1]),
    ("Three grafts gave thicker endometrium than a single one.", [3, 1]),
    # an ordinal implies its count where none is stated (ANNOTATION.md), a time named by it too
    ("Swelling was 3.1 ± 0.4 after the second injection vs 2.2 ± 0.5 mm in controls.", [2]),
    ("The second transplantation was performed 2 months after the first.", [2]),
    ("Forty dogs were randomised to one (n = 20) or three (n = 20) intravenous infusions.", [1]),
    # procedures and applications are sessions; a bare count after its treatment's clause; a single occasion
    ("Each knee had two procedures in all.", [2]),
    ("The gel was applied at wounding and on day 5 (two applications).", [2]),
    ("Vesicles were microinjected into each testis, once.", [1]),
    ("The plasma was injected into the left ovary under sonographic control, on a single occasion.", [1]),
    ("Vesicles given at 50 µg twice lowered serum FSH.", [2]),  # "lowered" is no comparative "lower"
    # the treatment named by what is given, repeated; not kinds of cells nor reports
    ("Serial hAMSC-Exos restored cycling in aged mice.", [None]),
    ("Several types of perinatal stem cells have been tried in rats.", []),
    # a count before the word of repeating; singular count nouns
    ("Four repeated intrathecal injections were given a month apart.", [4]),
    ("Dogs received a single intra-articular implantation of the cells.", [1]),
    # repeated said of one dosing or delivery; a course named by its sessions
    ("Repeated intraperitoneal delivery of vesicles protects the aged ovary.", [None]),
    ("We compared a two-infusion regimen with standard care.", [2]),
    ("Repeated measurements of serum AMH were taken.", []),
    ("Knee swelling occurred after 4 of 75 injections in the PRP arm.", []),
]

ZH = [
    # daily dosing over days: no count (a duration of dosing)
    ("顺铂每日1次，连续7天腹腔注射建立模型。", []),
    ("2次组AMH较治疗前升高。", [2]),
    ("单次组与2次组的FSH均下降。", [1, 2]),
    ("患者在腹腔镜下接受单次卵巢内注射。", [1]),
    ("细胞悬液一次性经静脉输注完毕。", [1]),
    ("所有受试者仅移植1次，未再追加。", [1]),
    ("患者共移植3次，每次间隔约1个月。", [3]),
    ("随访期间有4例患者接受了第二次移植。", [2]),
    ("月经未恢复者于半年后进行第三次移植。", [3]),
    ("每月注射1次，共3次。", [3]),
    ("两次注射之间间隔4周。", [2]),
    ("大鼠经尾静脉注射外泌体2次。", [2]),
    ("每4周重复输注1次，共治疗3次。", [3]),
    ("多次移植组的AMH升高更为明显。", [None]),
    ("部分患者接受了反复注射。", [None]),
    ("干细胞经卵巢动脉单次灌注。", [1]),
    # not numbers of sessions
    ("细胞传至第4代后用于移植。", []),
    ("细胞悬液离心2次后重悬。", []),
    ("每侧卵巢分3点注射细胞。", []),
    ("FSH需间隔4周两次检测确认。", []),
    ("细胞用PBS洗涤3次后计数。", []),
    ("连续腹腔注射环磷酰胺14天建立模型。", []),
    ("每周注射2次。", []),
    ("每周腹腔注射1次，共4周。", []),  # a frequency with a duration: no total stated
    ("使用一次性注射器抽取细胞悬液。", []),
    ("比较了三种不同剂量的疗效。", []),
    ("纳入的研究中4项研究采用卵巢内注射。", []),
    ("首次移植后6个月再移植1次，共2次。", [2]),
    ("首次注射后4周重复注射1次，即共注射2次。", [2]),
    ("小鼠一次性腹腔注射白消安后饲养1周。", [1]),
    ("白消安单次注射造模后，尾静脉注射干细胞2次。", [1, 2]),
    # the total after one more session, the verb "repeat" or "put in"
    ("细胞组间隔2个月重复1次，共2次；对照组不予处理。", [2]),
    ("术后2周同法再置入支架1次（共2次）。", [2]),
    # a bare total reads the treatment back across the regimen's amount and frequency
    ("经卵巢动脉灌注干细胞，每侧5×10^6个（2 mL），每6周1次，共2次。", [2]),
    ("细胞离心后重悬，计数，共3次。", []),
]
EN += [
    # each count of a list but the last, its noun after the last; multiplicative words
    ("Knees were treated with single, double or quadruple injections of plasma.", [1, 2, 4]),
    ("We compared one, three and five infusions of the cells.", [5, 1, 3]),
    ("Vesicles were given by tail vein as a single, twice or thrice administration.", [2, 3, 1]),
    # a difference denied does not deny the sessions compared
    ("There was no statistically significant difference between two and four injections.", [4, 2]),
    # an interval is no frequency; the cells themselves repeated (count null)
    ("Each woman had two ultrasound-guided intraovarian plasma injections six weeks apart.", [2]),
    ("Repeated intravenous adipose-derived mesenchymal stem cells in lupus nephritis", [None]),
    ("Repeated freeze-thaw cycles on stem cells lowered viability.", []),
    # a multiple, embryos implanted, sites and levels: no sessions
    ("The plasma held 4 times the platelets of whole blood.", []),
    ("Women with two or more implantation failures were eligible.", []),
    ("Cells were placed at four injection sites in each ovary.", []),
    ("The third dose level was 1 × 10^7 cells.", []),
    # a dotted abbreviation between the count and its noun
    ("Rats had four i.v. infusions of the vesicles.", [4]),
    ("Each knee got one injection of plasma (3.5 times the blood platelet count).", [1]),
]


@pytest.mark.parametrize("text, counts", EN + ZH, ids=[t for t, _ in EN + ZH])
def test_a_number_of_sessions_is_read_from_how_it_is_said(text, counts):
    assert [f.value["count"] for f in facts(text, "sessions")] == counts


def test_a_title_yields_sessions_like_a_sentence():
    from extractor.layout.document import BlockKind
    from extractor.layout.textlayer import document_from_text
    from formkit import extractor

    doc = document_from_text("Two intraovarian injections of autologous cells in women with ovarian failure")
    doc.blocks[0].kind = BlockKind.HEADING
    found = [f.value["count"] for f in extractor().facts(doc) if f.type == "sessions"]
    assert found == [2]


def test_the_number_of_a_numbered_heading_is_no_count():
    from extractor.layout.document import BlockKind
    from extractor.layout.textlayer import document_from_text
    from formkit import extractor

    doc = document_from_text("2 Injections of cells in the second cohort")
    doc.blocks[0].kind = BlockKind.HEADING
    assert [f for f in extractor().facts(doc) if f.type == "sessions"] == []


def test_counts_in_both_languages():
    assert len(EN) >= 20 and len(ZH) >= 20
    assert any(not c for _, c in EN) and any(not c for _, c in ZH)


def test_a_session_found_by_the_grammar_names_its_pattern_and_line():
    from formkit import extractor

    (fact,) = facts("The stromal cells were injected into the right ovary on two separate occasions.", "sessions")
    assert fact.rule == "sessions.occasions"
    file, _, line = fact.source.rpartition(":")
    written = (extractor().rules.directory / file).read_text(encoding="utf-8").splitlines()[int(line) - 1]
    assert file == "grammars/sessions.yaml" and "occasions" in written


@pytest.mark.parametrize("text", ["The controls were not given repeated introductions of the cells.",
                                  "对照组未进行第二次移植。"])
def test_a_number_of_sessions_can_be_negated(text):
    (fact,) = facts(text, "sessions")
    assert fact.context.negated


def _table(*rows: str) -> list[tuple[int, str]]:
    from formkit import table_facts

    return [(f.value["count"], f.rule) for f in table_facts("sessions", *rows)]


def test_a_cell_under_a_sessions_column_is_a_count():
    assert _table("Study | Cells | No. of injections | Follow-up",
                  "Ruiz 2021 | BMSCs | 2 | 6 months",
                  "Okoro 2022 | UC-MSCs | 1 or 3 | 12 months") == [
        (2, "sessions.table.cell"), (1, "sessions.table.cell"), (3, "sessions.table.cell")]
    assert _table("研究 | 细胞 | 移植次数", "王 2020 | 脐带MSC | 2次") == [(2, "sessions.table.cell")]
    # a count in words under a sessions column, its schedule after a comma
    assert _table("Study | Injections | Follow-up", "Costa 2018 | Single | 6 months",
                  "Berg 2019 | Twice, 8 weeks apart | 12 months", "Ilic 2020 | Multiple | 3 months") == [
        (1, "sessions.table.cell_in_words"), (2, "sessions.table.cell_in_words")]
    # the schedule in brackets after the count
    assert _table("Study | Sessions | Follow-up", "Nakamura 2023 | 3 (every 4 weeks) | 9 months") == [
        (3, "sessions.table.cell")]


def test_a_number_under_another_column_is_no_count():
    assert _table("Study | Cells | Patients | Follow-up", "Ruiz 2021 | BMSCs | 2 | 6 months") == []


def test_a_frequency_column_gives_its_count_and_a_range_of_counts_none():
    assert _table("Trial | Injection frequency | Follow-up",
                  "Abebe 2020 | 3, weekly | 12 months",
                  "Moreau 2021 | 2, at 10-day intervals | 6 months",
                  "Tanaka 2022 | 4–8, monthly | 24 months") == [(3, "sessions.table.cell"), (2, "sessions.table.cell")]


def test_a_row_labelled_by_its_groups_sessions():
    """A table of arms whose rows are named by the sessions each arm had:
    the count is the arm's (ANNOTATION.md, arm); a label saying more is no count."""
    found = [(f.value["count"], f.text, f.arm) for f in table_facts_of(
        "Arm | AFC at baseline | AFC at week 24",
        "One-injection (n = 18) | 3.1 | 3.4",
        "Three injections | 2.9 | 4.6",
        "Sham | 3.0 | 2.8",
        "Three injections of BMSCs, then oestrogen | 2.7 | 3.9")]
    assert found == [(1, "One-injection", "One-injection (n = 18)"), (3, "Three injections", "Three injections")]
    assert [(f.value["count"], f.text) for f in table_facts_of(
        "Cohort | n | Pain score", "X, one infusion | 30 | 41.0", "Cohort Y: four infusions | 28 | 39.5")] == [
        (1, "one infusion"), (4, "four infusions")]
    assert _table("组别 | 例数 | AMH", "单次移植组 | 15 | 0.4", "3次移植组（16例） | 16 | 0.7") == [
        (1, "sessions.cn_single"), (3, "sessions.cn_count")]


def table_facts_of(*rows: str):
    from formkit import table_facts

    return table_facts("sessions", *rows)


def _counts_of(text: str) -> list[tuple[int, str]]:
    from formkit import facts

    return [(f.value["count"], f.text) for f in facts(text, "sessions")]


def test_an_ordinal_is_no_count_where_the_document_states_the_count():
    # 第2次 refers to one of the two sessions counted before it (ANNOTATION.md)
    assert _counts_of("患者分别接受1次或2次移植。第2次移植后AMH水平升高。") == [(1, "1次"), (2, "2次")]
    assert _counts_of("Women received two injections. After the second injection FSH fell.") == [
        (2, "two injections")]


def test_an_ordinal_past_every_stated_count_is_a_count():
    # a single injection was counted; the second injection of some is a count of its own
    assert _counts_of("Each woman received a single injection; five of them had a second injection "
                      "six months later.") == [(1, "single injection"), (2, "second injection")]
    assert _counts_of("部分患者于首次移植后3个月行第2次移植。") == [(2, "第2次")]


def test_a_count_said_of_one_case_takes_in_no_ordinal_of_another():
    # Case 1's two injections do not count Case 2's second one
    assert _counts_of("Case 1 was given two injections four weeks apart. Case 2 received a second injection "
                      "after 8 weeks because FSH stayed high.") == [(2, "two injections"), (2, "second injection")]


def test_dose_levels_are_no_sessions():
    assert _counts_of("Four dose levels of intraovarian cells were compared.") == []
