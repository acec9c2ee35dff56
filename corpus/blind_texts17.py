"""Invented papers written for litx by an annotator who had not seen its rules (seventeenth batch).

Part of the development set of invented papers (studied and tuned on, unlike
corpus/heldout_texts.py).  Every title, name, number and sentence below is invented;
nothing is copied from any paper.  Fact marks ``[[words|spec]]`` follow
corpus/ANNOTATION.md and the markup of corpus/make_papers.py (plus ``@animal`` for an
unnamed or other animal, as in corpus/real).  This batch mixes a retrospective route
comparison, a dose-escalation study, a three-arm randomised trial, single-arm studies,
mouse and rat models (busulfan/cyclophosphamide, cyclophosphamide, tripterygium
glycosides by gavage, D-galactose under the skin), case reports and series, a narrative
review and a meta-analysis.  It stresses sample sizes said in many ways (referred,
eligible, treated and analysed counts; per-arm counts with elided nouns; counts in
table rows; completers and responders), sessions beside frequencies and schedules, and
follow-up beside intervals and times to events.  One text treats another condition
(non-obstructive azoospermia) and is marked only where the contract has a value.
"""

from __future__ import annotations

try:
    from real_texts import RealText
except ImportError:  # pragma: no cover - imported as corpus.blind_texts17
    from corpus.real_texts import RealText

_LIC = "CC BY 4.0 (written for litx)"
_J = "litx blind set"

BLIND17: list[RealText] = [
    # ------------------------------------------------------------------ 189
    RealText(
        id="en_blind189_cohort_ucmsc_artery_vs_transvaginal",
        lang="en",
        kind="clinical",
        title=(
            "[[Ovarian artery infusion|r:oa]] versus [[transvaginal intraovarian injection|r:io,tvus]] of "
            "[[umbilical cord mesenchymal stromal cells|c:uc]] in premature ovarian insufficiency: a "
            "retrospective cohort study"
        ),
        authors="Marguerite Lafontaine, Ravindra Perera, Qiao Wenjing",
        journal=_J,
        year=2024,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "**Context** Clinical reports of cell therapy for premature ovarian insufficiency (POI) use two "
            "delivery routes, and no study has compared them in one population. "
            "**Design and patients** Single-centre retrospective cohort. Between March 2018 and February 2023, "
            "131 women with POI were referred to our reproductive medicine department for cell therapy; 104 met "
            "the protocol criteria, and the [[86|n:86]] who consented and were treated form this cohort, "
            "[[45|n:45]] treated [[through the ovarian artery|r:oa]] and [[41|n:41]] by "
            "[[transvaginal ovarian puncture|r:io,tvus]] (the choice depended mainly on the date of referral, "
            "because the arterial service closed in mid-2021). "
            "**Interventions** In the arterial cohort, [[umbilical cord mesenchymal stromal cells|c:uc#arterial cohort]] "
            "([[UC-MSCs|c:uc#arterial cohort]]; [[5 × 10^{6} cells per side|d:5e6,cells,ovary#arterial cohort]]) "
            "were [[infused into both ovarian arteries|r:oa,ir#arterial cohort]] under digital subtraction "
            "angiography, [[once|s:1#arterial cohort]]. In the transvaginal cohort, "
            "[[1 × 10^{7}|d:1e7,cells,ovary#transvaginal cohort]] [[UC-MSCs|c:uc#transvaginal cohort]] in "
            "[[1 mL|d:1,mL,ovary#transvaginal cohort]] were "
            "[[injected into each ovary under transvaginal ultrasound guidance|r:io,tvus#transvaginal cohort]] "
            "on [[two occasions|s:2#transvaginal cohort]], eight weeks apart. "
            "**Measurements** Serum FSH, LH, estradiol and AMH and the antral follicle count (AFC) were recorded "
            "before treatment and [[1, 3, 6 and 12 months|f:12,month]] after the first procedure. "
            "**Results** Seventy-nine women (41 arterial, 38 transvaginal) had complete [[12-month|f:12,month]] data. At "
            "[[12 months|f:12,month]], FSH [[was lower|h:FSH,dec]] than at baseline in both cohorts, whereas "
            "AMH [[had risen|h:AMH,inc#transvaginal cohort]] only in the transvaginal cohort (median 0.05 to "
            "0.14 ng/mL; P = 0.002). In the arterial cohort AMH [[did not change|h:AMH,nc#arterial cohort]] "
            "(P = 0.41), but the AFC [[rose|h:AFC,inc#arterial cohort]] by a median of one follicle (P = 0.03). "
            "Menses returned in 9 and 13 women, respectively, and all five pregnancies occurred in the "
            "transvaginal cohort. "
            "**Conclusions** Both routes [[lowered FSH|h:FSH,dec]], but only [[two|s:2]] "
            "[[transvaginal intraovarian injections|r:io,tvus]] [[raised AMH|h:AMH,inc]]; because the cohorts "
            "were treated in different years, a randomised comparison is needed."
        ),
        body=[
            "**Patients.** POI was diagnosed, as the ESHRE guideline advises, when a woman younger than 40 had had "
            "at least four months of oligo- or amenorrhoea and an FSH above 25 IU/L on two samples taken four "
            "weeks or more apart; women with an abnormal karyotype, an FMR1 premutation, earlier ovarian surgery "
            "or an autoimmune disease needing systemic treatment were not offered cells. Data came from the "
            "electronic record and from the department's cell-therapy registry, which, because every procedure "
            "was done under an ethics-approved protocol, also held the batch, viability and dose of each product. "
            "The women were a median 34 years old (IQR 30-37) and had been amenorrhoeic for a median of 22 months "
            "(IQR 11-40).",
            "**Procedures.** Cells came from one GMP facility, were used at passages 3-5 and had a viability above "
            "90% at release. In the arterial cohort, one of two interventional radiologists, working under local "
            "anaesthesia from the right femoral artery, "
            "[[catheterised the left and right ovarian arteries selectively under fluoroscopy|r:oa,ir#arterial cohort]] "
            "and injected [[5 mL|d:5,mL,ovary#arterial cohort]] of suspension, containing "
            "[[5 × 10^{6} cells|d:5e6,cells,ovary#arterial cohort]], into each artery over about ten minutes. In "
            "the transvaginal cohort, with the woman under intravenous sedation, a 17-gauge needle was "
            "[[guided by transvaginal ultrasound into each ovary|r:io,tvus#transvaginal cohort]] and the "
            "suspension was spread over three or four sites of the cortex; the second procedure followed the "
            "first after a median of eight weeks (range 6-10). No woman changed from one route to the other.",
            (
                "table",
                "Table 2. Hormones and antral follicle count in the 79 women with complete data, median",
                [
                    ["Cohort", "Marker", "Baseline", "6 months", "[[12 months|f:12,month]]", "Change"],
                    ["Arterial cohort", "FSH (IU/L)", "71.2", "55.6", "52.8", "[[Decreased|h:FSH,dec#arterial cohort]]"],
                    ["Arterial cohort", "AMH (ng/mL)", "0.04", "0.05", "0.05", "[[Unchanged|h:AMH,nc#arterial cohort]]"],
                    ["Arterial cohort", "AFC", "1", "2", "2", "[[Increased|h:AFC,inc#arterial cohort]]"],
                    ["Transvaginal cohort", "FSH (IU/L)", "69.5", "50.3", "48.1",
                     "[[Decreased|h:FSH,dec#transvaginal cohort]]"],
                    ["Transvaginal cohort", "AMH (ng/mL)", "0.05", "0.12", "0.14",
                     "[[Increased|h:AMH,inc#transvaginal cohort]]"],
                    ["Transvaginal cohort", "AFC", "1", "1", "2", "[[Unchanged|h:AFC,nc#transvaginal cohort]]"],
                ],
                [0.22, 0.16, 0.13, 0.13, 0.14, 0.22],
            ),
            "**Discussion.** Only indirect comparisons of the two routes exist. Delacroix et al. [12] were the first "
            "to give [[bone marrow mesenchymal stem cells|c:bm]] [[through the ovarian artery|r:oa]], to "
            "[[ten women|n:10]], and reported [[lower FSH|h:FSH,dec]] [[three months|f:3,month]] later. A Chinese "
            "series of [[26 women|n:26]] [13] found FSH [[decreased|h:FSH,dec]] but AMH [[unchanged|h:AMH,nc]] "
            "after [[a single|s:1]] [[ovarian artery infusion|r:oa]] of [[UC-MSCs|c:uc]]. Aydin and colleagues "
            "[14], in turn, gave [[two|s:2]] [[transvaginal intraovarian injections|r:io,tvus]] three months apart "
            "to [[32 women|n:32]] and saw AMH [[rise|h:AMH,inc]] in roughly a third of them. That AMH moved only "
            "after [[intraovarian|r:io]] delivery in our cohort fits work in mice in which cells "
            "[[injected into the ovary|r:io@mouse]] were retained for weeks, whereas cells given "
            "[[into the tail vein|r:iv@mouse]] were cleared from it within days [16].",
        ],
        notes=(
            "Retrospective cohort comparing two routes. Sample: 131 referred and 104 eligible are screened counts "
            "(no fact); the 86 treated are the sample; '45 treated through the ovarian artery and 41 by "
            "transvaginal ovarian puncture' are groups described only by what they received (guide: 'allocated "
            "to ovarian injection (n = 21) or to a mock procedure (n = 19)': no arm), so n 45 and n 41 carry no "
            "arm, and the two route phrases there carry none either. 'Seventy-nine women (41 arterial, 38 "
            "transvaginal) had complete 12-month data' are completers, a subset of the stated 86 (no sample fact; "
            "'12-month' there is a follow-up mention, as 'the 6-month assessment' in earlier batches). "
            "Arms 'arterial cohort' / 'transvaginal cohort' (first named in Interventions). Doses per ovary "
            "('per side', 'into each ovary', 'into each artery'); guidance: digital subtraction angiography / "
            "fluoroscopy -> interventional_radiology, transvaginal ultrasound -> transvaginal_ultrasound. "
            "'on two occasions' is read as two administrations (doubtful: the guide lists 'on two occasions' "
            "among measurements; here it counts injections). 'the second procedure' is an ordinal of counted "
            "sessions. Follow-up: list 1, 3, 6, 12 months -> 12; 'At 12 months' (both cohorts, no arm); the "
            "table's time heads -> the last (12 months). 'FSH was lower ... in both cohorts' no arm. Table 2 rows "
            "begin with the cohort name: the Change cells carry it. Discussion (cited studies, names label "
            "their own sentence): [12] bone marrow MSCs, ovarian artery, ten women, lower FSH, three months; "
            "[13] 26 women, FSH down, AMH unchanged, single ovarian artery infusion of UC-MSCs; [14] two "
            "transvaginal intraovarian injections, 32 women, AMH rise; mice [16] intraovarian and tail vein. "
            "'AMH moved' has no direction (no fact). Traps: ages, 22 months of amenorrhoea, FSH > 25 IU/L on "
            "two samples, four weeks apart, passages, viability, right femoral artery (access), intravenous "
            "sedation, three or four sites, eight weeks apart, menses and pregnancy counts."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=17,
    ),
    # ------------------------------------------------------------------ 190
    RealText(
        id="en_blind190_mouse_busulfan_placenta_msc_exosome_doses",
        lang="en",
        kind="animal",
        title=(
            "Dose matters: [[human placental mesenchymal stem cell|c:pl]]-derived [[exosomes|c:ev]] at three "
            "levels in busulfan/cyclophosphamide-treated mice"
        ),
        authors="Henrike Vos, Adaeze Nwosu, Lin Zhaoyang",
        journal=_J,
        year=2025,
        doi="",
        url="",
        licence=_LIC,
        species="mouse",
        abstract=(
            "[[Exosomes|c:ev@human]] released by [[mesenchymal stem cells|c:msc@human]] are being developed as a cell-free treatment for ovarian "
            "failure, yet in most animal work the amount injected has been chosen without a rationale. We compared "
            "three amounts of [[exosomes|c:ev]] from [[human placental mesenchymal stem cells|c:pl]] "
            "([[hPMSC|c:pl]]-[[Exos|c:ev]]) in a chemotherapy model. Of sixty female ICR mice aged 8 weeks, twelve "
            "were left untreated and 48 received [[a single|s:1]] [[intraperitoneal injection|r:ip]] of busulfan "
            "([[30 mg/kg|d:30,mg/kg,-]]) and cyclophosphamide ([[120 mg/kg|d:120,mg/kg,-]]). Two weeks later the "
            "injured mice were divided into model, low-, middle- and high-dose groups of twelve. The low-, middle- "
            "and high-dose groups received [[25|d:25,ug,-#low]], [[50|d:50,ug,-#middle]] and "
            "[[100 μg|d:100,ug,-#high-dose]] of exosomal protein, respectively, "
            "[[through the tail vein|r:iv]] [[twice|s:2]], a priming dose being followed seven days later by a "
            "booster; model mice received PBS. Six mice per group were killed [[two|f:2,week]] and "
            "[[six weeks|f:6,week]] after the booster. Serum FSH [[fell|h:FSH,dec]] and [[AMH|h:AMH,inc]] and "
            "[[estradiol rose|h:E2,inc]] with increasing dose. At [[six weeks|f:6,week#high-dose]] only the high-dose group had "
            "[[higher AMH|h:AMH,inc#high-dose]] than the model group (P = 0.004), whereas FSH in the low group was "
            "[[no different|h:FSH,nc#low]] from that of model mice. The amount of [[exosomes|c:ev]] given therefore "
            "matters in this model, and dose-finding should precede any trial in women."
        ),
        body=[
            "**Isolation.** Placentas from term caesarean deliveries were obtained with written consent. "
            "[[hPMSCs|c:pl]] isolated from the chorionic villi were grown to passage 4, and [[exosomes|c:ev]] were "
            "collected from 48-h serum-free conditioned medium by differential ultracentrifugation. They "
            "were cup-shaped, 60-140 nm across and positive for CD63 and TSG101; protein was measured by BCA "
            "assay, and a typical batch held 1.8 × 10^{10} particles per microgram of protein. Doses are "
            "expressed as micrograms of exosomal protein per injection, so a mouse of the high-dose group "
            "received [[200 μg|d:200,ug,-#high-dose]] in all.",
            "**Model.** Busulfan and cyclophosphamide were dissolved in DMSO and saline and given "
            "[[intraperitoneally|r:ip]] in [[one injection|s:1]]; vaginal smears were read daily for the 12 days "
            "before the first injection, and only mice with disrupted cycles were used (none had to be "
            "excluded). [[Exosomes|c:ev]] were injected in [[0.2 mL|d:0.2,mL,-]] of PBS over about 30 seconds.",
            (
                "table",
                "Table 1. Serum hormones [[six weeks|f:6,week]] after the booster (mean ± SD, six mice per group)",
                [
                    ["Group", "Exosome dose", "FSH (mIU/mL)", "E2 (pg/mL)", "AMH (ng/mL)"],
                    ["Control", "-", "4.9 ± 0.7", "46.1 ± 6.3", "6.12 ± 0.81"],
                    ["Model", "PBS", "13.8 ± 2.1", "18.4 ± 3.9", "1.71 ± 0.44"],
                    ["Low", "[[25 μg|d:25,ug,-#low]]", "12.6 ± 2.3", "21.7 ± 4.2", "1.98 ± 0.51"],
                    ["Middle", "[[50 μg|d:50,ug,-#middle]]", "10.4 ± 1.9", "26.0 ± 4.8", "2.46 ± 0.57"],
                    ["High", "[[100 μg|d:100,ug,-#high-dose]]", "8.1 ± 1.5", "31.9 ± 5.1", "3.37 ± 0.62"],
                ],
                [0.18, 0.2, 0.2, 0.2, 0.22],
            ),
            "Primordial follicle counts followed the same order (control > high > middle > low, the last close to model), and "
            "atretic follicles were fewest in the high-dose group. [[Two weeks after the booster|f:2,week]] the differences "
            "between doses were smaller, and at that time none of them reached significance for AMH.",
        ],
        notes=(
            "Mouse study (species mouse). The opening general sentence ('Exosomes released by mesenchymal stem cells "
            "are being developed ...') carries no species (@human): ev and msc. 'exosomal protein' (an adjective) and "
            "the column head 'Exosome dose' (names a variable) are not cell mentions. Model drugs: 'a single intraperitoneal injection' of busulfan 30 mg/kg "
            "and cyclophosphamide 120 mg/kg -> sessions 1, route ip, two doses; the Model paragraph restates "
            "'intraperitoneally in one injection' (route, sessions 1). Arms: 'The low-, middle- and high-dose "
            "groups received 25, 50 and 100 μg ..., respectively' -> names before one head word given values one "
            "to one: labels 'low', 'middle', 'high-dose' (each name alone); the tail vein and 'twice' are shared "
            "(no arm). 'the high-dose group' later keeps 'high-dose'; 'the low group' keeps 'low'; table rows "
            "Low/Middle/High are the same arms (their doses carry them). 'three levels'/'three amounts' are not "
            "sessions; 'a priming dose ... booster' are the two counted sessions (no extra fact). '200 μg in all' "
            "for a high-dose mouse is an amount given (dose, per null). 'Exosomes were injected in 0.2 mL of PBS' "
            "is the injected volume of the suspension (dose, per null, no arm). Follow-up: killing times two and "
            "six weeks -> two facts; 'At six weeks' in the abstract is the time of the AMH result in the clause "
            "naming the high-dose group (carries it, by the clause rule); table caption 'six weeks'; 'Two weeks "
            "after the booster the differences ... were smaller' (a time after treatment at which outcomes are "
            "reported). Hormones: 'FSH fell and AMH and estradiol rose with increasing dose' (dose-response across "
            "groups: no arm); 'higher AMH' of the high-dose group than the model group -> its increase; 'FSH in the "
            "low group was no different from that of model mice' -> no_change of 'low' (as earlier batches read "
            "'did not differ from model'). Traps: sixty/twelve/48 mice, aged 8 weeks, 'Two weeks later' (interval "
            "counted from the model), 'seven days later' (interval), passage 4, 48 h, 60-140 nm, particles per "
            "microgram (concentration), 12 days of smears, 30 seconds, six mice per group (animals), follicle "
            "ordering in brackets (no hormone)."
        ),
        layout={"columns": 1, "font": "sans"},
        batch=17,
    ),
    # ------------------------------------------------------------------ 191
    RealText(
        id="en_blind191_dose_escalation_iv_mensc",
        lang="en",
        kind="clinical",
        title=(
            "Escalating doses of [[intravenous|r:iv]] allogeneic [[menstrual blood-derived mesenchymal stem "
            "cells|c:men]] in premature ovarian insufficiency: a phase I study"
        ),
        authors="Tobias Engqvist, Nomvula Dlamini, Feng Xiaorui, Alessandra Pireddu",
        journal=_J,
        year=2025,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "**Purpose** To find the highest tolerated dose of allogeneic "
            "[[menstrual blood-derived mesenchymal stem cells|c:men]] ([[MenSCs|c:men]]) given "
            "[[intravenously|r:iv]] to women with premature ovarian insufficiency (POI), and to describe "
            "hormonal changes over the [[first year|f:1,year]]. "
            "**Methods** In this open-label, single-centre study, women aged 20-39 years with POI received "
            "[[three|s:3]] [[peripheral intravenous infusions|r:iv]] of [[MenSCs|c:men]] at weeks 0, 4 and 8. "
            "Three dose levels were tested in sequence: level 1, [[5 × 10^{5} cells/kg|d:5e5,cells/kg,-#level 1]]; "
            "level 2, [[1 × 10^{6} cells/kg|d:1e6,cells/kg,-#level 2]]; level 3, "
            "[[2 × 10^{6} cells/kg|d:2e6,cells/kg,-#level 3]]. A level was expanded when one woman had a "
            "dose-limiting toxicity (DLT) in the 4 weeks after an infusion. "
            "**Results** Twenty-seven women were screened and [[twelve|n:12]] were treated: [[three|n:3#level 1]] "
            "at level 1, [[three|n:3#level 2]] at level 2 and [[six|n:6#level 3]] at level 3, the last level "
            "having been expanded after one woman had a DLT (fever of 39.4 °C with rigors after her first "
            "infusion). Eleven women received [[all three infusions|s:3]]. No other serious adverse event "
            "occurred during a median follow-up of [[14 months|f:14,month]] (range 9-20). FSH "
            "[[fell|h:FSH,dec]] at every level by the [[6-month visit|f:6,month]]; AMH "
            "[[rose|h:AMH,inc#level 3]] at level 3 (median 0.03 to 0.09 ng/mL) and "
            "[[was unchanged|h:AMH,nc]] at levels 1 and 2. "
            "**Conclusions** [[Three|s:3]] infusions of [[2 × 10^{6} cells/kg|d:2e6,cells/kg,-]] were tolerated "
            "with premedication, and this dose is proposed for a randomised phase II study."
        ),
        body=[
            "**Cell product.** [[MenSCs|c:men]] were expanded from the menstrual blood of one healthy, screened "
            "28-year-old donor, collected with a menstrual cup on the second day of three consecutive cycles, and "
            "were banked at passage 5; for each infusion the cells were thawed, washed and suspended in "
            "[[100 mL|d:100,mL,-]] of saline with 1% human albumin, so that the volume, unlike the number of "
            "cells, was the same at every level. Infusions ran over 30-45 minutes "
            "[[through a forearm vein|r:iv]] after oral loratadine, and vital signs were checked every 15 minutes "
            "for 2 hours.",
            "**Assessments.** Women were seen after each infusion for safety, at "
            "[[3, 6, 9 and 12 months|f:12,month]] after the first infusion and yearly thereafter until menopause "
            "or withdrawal; blood for FSH, LH, estradiol and AMH was taken at every visit, on days 2-5 of a bleed "
            "when there was one.",
            (
                "table",
                "Table 1. Dose levels, women treated and dose-limiting toxicities",
                [
                    ["Level", "Dose", "Women treated", "Infusions given", "DLT"],
                    ["Level 1", "[[5 × 10^{5} cells/kg|d:5e5,cells/kg,-#level 1]]", "[[3|n:3#level 1]]", "9 of 9", "0"],
                    ["Level 2", "[[1 × 10^{6} cells/kg|d:1e6,cells/kg,-#level 2]]", "[[3|n:3#level 2]]", "9 of 9", "0"],
                    ["Level 3", "[[2 × 10^{6} cells/kg|d:2e6,cells/kg,-#level 3]]", "[[6|n:6#level 3]]", "17 of 18", "1"],
                ],
                [0.16, 0.28, 0.2, 0.2, 0.16],
            ),
            (
                "table",
                "Table 2. Median hormone values by level",
                [
                    ["Level", "Hormone", "Baseline", "3 months", "6 months", "[[12 months|f:12,month]]", "Change"],
                    ["Level 1", "FSH (IU/L)", "78.4", "70.2", "66.9", "69.5", "[[Decreased|h:FSH,dec#level 1]]"],
                    ["Level 2", "FSH (IU/L)", "81.0", "69.4", "63.3", "65.8", "[[Decreased|h:FSH,dec#level 2]]"],
                    ["Level 3", "FSH (IU/L)", "74.6", "58.1", "52.7", "57.0", "[[Decreased|h:FSH,dec#level 3]]"],
                    ["Level 3", "AMH (ng/mL)", "0.03", "0.07", "0.09", "0.08", "[[Increased|h:AMH,inc#level 3]]"],
                    ["Level 3", "Estradiol (pg/mL)", "17", "31", "36", "33", "[[Increased|h:E2,inc#level 3]]"],
                    ["Levels 1-2", "AMH (ng/mL)", "0.02", "0.02", "0.03", "0.02", "[[Unchanged|h:AMH,nc]]"],
                ],
                [0.13, 0.19, 0.12, 0.12, 0.12, 0.13, 0.19],
            ),
            "**Discussion.** Two earlier phase I studies of systemic cells in POI reached similar doses. "
            "Lindgren et al. [21] gave [[umbilical cord MSCs|c:uc]] at [[0.5|d:5e5,cells/kg,-]], "
            "[[1.0|d:1e6,cells/kg,-]] and [[1.5 × 10^{6} cells/kg|d:1.5e6,cells/kg,-]] to [[nine women|n:9]] "
            "without a DLT and reported FSH [[falling|h:FSH,dec]] in the highest cohort at [[six months|f:6,month]], "
            "while Obi and colleagues [22], who infused [[bone marrow MSCs|c:bm]] monthly for four months in "
            "[[15 women|n:15]], saw [[no change in AMH|h:AMH,nc]]. Neither study premedicated, and both "
            "reported fever after about one infusion in ten.",
        ],
        notes=(
            "Dose-escalation phase I. Arms are the levels: 'level 1, 5 × 10^5 cells/kg; level 2, ...' (each list "
            "item names its level) -> labels 'level 1'/'level 2'/'level 3'; table rows 'Level N' are the same "
            "arms. Sample: 27 screened (no fact); 'twelve were treated' -> 12; 'three at level 1, three at level "
            "2 and six at level 3' (the noun 'women' elided) -> n 3/3/6 with arms; table 'Women treated' cells "
            "restate them in rows named by level (arm). 'Eleven women received all three infusions' (completers, "
            "no sample fact; 'all three infusions' restates the count: sessions 3). Sessions: 'three peripheral "
            "intravenous infusions' (3), conclusion 'Three infusions' (3); 'weeks 0, 4 and 8' is the schedule; "
            "'her first infusion' an ordinal of counted sessions; 'Infusions given 9 of 9' are totals over women "
            "(not sessions); 'three consecutive cycles' of menstrual collection (not sessions). Conclusion dose "
            "2 × 10^6 cells/kg: no arm (a conclusion, no group named; doubtful, it is the level-3 dose). '100 mL' "
            "is the infused volume (dose, per null, every level: no arm). Routes: intravenously, peripheral "
            "intravenous infusions, 'through a forearm vein'; oral loratadine is premedication (no route). "
            "Follow-up: median 14 months (range not marked), '6-month visit', visit list 3-12 months -> 12, "
            "'yearly ... until menopause' (no value); Table 2 heads -> 12 months. Hormones: 'FSH fell at every "
            "level' (no arm); AMH rose at level 3; 'was unchanged at levels 1 and 2' (two groups: no arm); Table "
            "2 Change cells in rows named by level; 'Levels 1-2' row no arm; E2 increase only in the table. "
            "Discussion [21]: list of three doses -> three facts (units of the last), nine women, FSH falling, "
            "six months; [22] 'monthly for four months' (frequency and duration, count not stated: no "
            "sessions), 15 women, no change in AMH. 'hormonal changes over the first year' -> follow-up 1 year (the stated observation). Traps: ages 20-39, 4 weeks after an infusion (DLT window), "
            "39.4 °C, 28-year-old donor, passage 5, 1% albumin, 30-45 minutes, 15 minutes, 2 hours, days 2-5, "
            "'one infusion in ten'."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=17,
    ),
    # ------------------------------------------------------------------ 192
    RealText(
        id="en_blind192_case_series_adsc_after_chemotherapy",
        lang="en",
        kind="case",
        title=(
            "Autologous [[adipose-derived stromal cells|c:ad]] for ovarian insufficiency after cancer "
            "chemotherapy: [[three cases|n:3]] and the questions they raise"
        ),
        authors="Siobhán Keating, Youssef Benali, Natalia Oyarzún",
        journal=_J,
        year=2024,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "We describe [[three women|n:3]] with ovarian insufficiency after chemotherapy for childhood or "
            "young-adult cancer who were treated with autologous [[adipose-derived stromal cells|c:ad]] "
            "([[ADSCs|c:ad]]), and we discuss the choice of route, whether to repeat treatment, and how to "
            "counsel survivors who hope to conceive with their own oocytes. Two women had cells "
            "[[injected into the ovaries at laparoscopy|r:io,lap]] and one, who could not undergo surgery, "
            "received them [[intravenously|r:iv]]."
        ),
        body=[
            "**Preparation common to all patients.** About 60 mL of lipoaspirate was taken from the abdomen under "
            "local anaesthesia; [[ADSCs|c:ad]] were expanded for 16-20 days, released at passage 2 after sterility "
            "and endotoxin testing, and suspended in saline on the day of use.",
            "**Patient 1.** A 29-year-old woman, treated at 14 for Ewing sarcoma with six cycles of VIDE and "
            "whole-lung irradiation, had been amenorrhoeic for three years; FSH was 88 IU/L and AMH undetectable. "
            "[[2 × 10^{7}|d:2e7,cells,ovary#Patient 1]] [[ADSCs|c:ad#Patient 1]] in "
            "[[1 mL|d:1,mL,ovary#Patient 1]] of saline were "
            "[[injected into each ovary under laparoscopic view|r:io,lap#Patient 1]], [[once|s:1#Patient 1]]. FSH "
            "[[fell|h:FSH,dec#Patient 1]] to 41 IU/L by the [[3-month visit|f:3,month#Patient 1]], and AMH "
            "[[rose|h:AMH,inc#Patient 1]] to 0.06 ng/mL at [[6 months|f:6,month#Patient 1]]. Menses returned four "
            "months after the procedure. Patient 1 was last seen [[30 months|f:30,month#Patient 1]] after surgery, "
            "cycling every 35-60 days; she has not yet tried to conceive.",
            "**Patient 2.** A 34-year-old woman had received four cycles of doxorubicin and cyclophosphamide "
            "followed by weekly paclitaxel for hormone-receptor-negative breast cancer at 30, and had been "
            "amenorrhoeic since. Her oncologist agreed to treatment. She received "
            "[[1 × 10^{7}|d:1e7,cells,ovary#Patient 2]] [[ADSCs|c:ad#Patient 2]] "
            "[[into each ovary at laparoscopy|r:io,lap#Patient 2]]. [[Six months later|f:6,month#Patient 2]] FSH "
            "[[was unchanged|h:FSH,nc#Patient 2]] (79 vs 82 IU/L), and a booster of "
            "[[4 × 10^{7} cells|d:4e7,cells,-#Patient 2]], split between the two ovaries, was "
            "[[injected into the ovaries under transvaginal ultrasound|r:io,tvus#Patient 2]]; she was thus "
            "[[treated twice|s:2#Patient 2]] in all. [[Three months after the booster|f:3,month#Patient 2]], FSH "
            "[[had fallen|h:FSH,dec#Patient 2]] to 46 IU/L and estradiol [[had risen|h:E2,inc#Patient 2]] to "
            "84 pg/mL; AMH [[remained undetectable|h:AMH,nc#Patient 2]]. She conceived after IVF with one of her "
            "own oocytes 11 months after the booster and delivered a healthy girl at 38 weeks.",
            "**Patient 3.** A 24-year-old woman had received busulfan-based conditioning and allogeneic "
            "haematopoietic stem cell transplantation for acute myeloid leukaemia at 16. Because of persistent "
            "thrombocytopenia she was offered [[a single|s:1#Patient 3]] [[intravenous|r:iv#Patient 3]] infusion "
            "of [[ADSCs|c:ad#Patient 3]], [[1 × 10^{6} cells/kg|d:1e6,cells/kg,-#Patient 3]], rather than "
            "surgery. Her FSH [[did not fall|!h:FSH,dec#Patient 3]], and AMH "
            "[[stayed below the detection limit|h:AMH,nc#Patient 3]] over "
            "[[a year and a half|f:1.5,year#Patient 3]] of observation.",
            "**Discussion.** All [[three women|n:3]] tolerated harvest and treatment without complications. The "
            "two who received cells [[into the ovary|r:io]] both had some endocrine recovery, while the woman "
            "treated [[intravenously|r:iv]] had none; with three cases this proves nothing. The only comparable "
            "series, by Herrera et al. [8], treated [[five|n:5]] lymphoma survivors with "
            "[[intraovarian|r:io]] [[adipose-derived stromal cells|c:ad]] and reported "
            "[[higher AMH|h:AMH,inc]] in two of them at [[one year|f:1,year]]. Whether Patient 2 responded to the "
            "booster, to the change of route or to neither cannot be known. We now tell women that "
            "[[repeated|s:-]] injections may be needed and that most will still need donor oocytes.",
        ],
        notes=(
            "Case series of three: 'Patient 1/2/3' name the cases (arms, labels as printed); each paragraph's "
            "facts carry its patient. Sample: 'three cases' (title), 'three women' (abstract), 'All three women' "
            "(discussion, our series) -> n 3, no arm. Patient 1: 2 × 10^7 cells and 1 mL per ovary ('into each "
            "ovary'), laparoscopic intraovarian, once; follow-up '3-month visit', '6 months', 'last seen 30 "
            "months after surgery' (the sentence opens with the patient's name so the label holds); 'Menses "
            "returned four months after' is a time to an event. Patient 2: 1 × 10^7 per ovary at laparoscopy; "
            "'Six months later FSH was unchanged' (the time of a result: follow-up, doubtful since it is also the "
            "interval before the booster); booster 4 × 10^7 cells 'split between the two ovaries' (per null), "
            "transvaginal ultrasound-guided; 'treated twice in all' -> 2 (the booster is not counted again); "
            "'Three months after the booster'; FSH fell, E2 rose, AMH unchanged; conception 11 months after the "
            "booster and 38 weeks are not follow-up. Patient 3: single intravenous infusion, 1 × 10^6 cells/kg, "
            "'did not fall' (a negated decrease), AMH unchanged, 'a year and a half' -> 1.5 year. Discussion: "
            "route mentions of the two and of the one woman are shared/general (no arm: a discussion name labels "
            "its own sentence only and 'the two who received cells' is not a case name); [8] five survivors, "
            "intraovarian, higher AMH, one year; 'repeated injections' -> null. Traps: 60 mL lipoaspirate "
            "(harvest), 16-20 days of culture, passage 2, six cycles of VIDE, four cycles of chemotherapy, "
            "weekly paclitaxel, ages, three years of amenorrhoea, haematopoietic stem cell transplantation "
            "(no canonical id; not the therapy studied), busulfan conditioning (no dose stated), 'in two of them' "
            "(responders), 'one of her own oocytes'."
        ),
        layout={"columns": 2, "font": "serif"},
        batch=17,
    ),
    # ------------------------------------------------------------------ 193
    RealText(
        id="en_blind193_review_delivery_routes_msc",
        lang="en",
        kind="review",
        title=(
            "Getting the cells to the follicles: a narrative review of delivery routes for "
            "[[mesenchymal stem cell|c:msc]] therapy in ovarian insufficiency"
        ),
        authors="Corentin Arnaud-Baptiste, Mei-Ling Tsao, Olumide Fashola",
        journal=_J,
        year=2025,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "**Purpose of review** [[Mesenchymal stem cells|c:msc]] ([[MSCs|c:msc]]) have been given to women "
            "with premature ovarian insufficiency by at least four routes, and the choice is rarely justified. We "
            "summarise what animal and clinical studies say about each. "
            "**Recent findings** In rodents, cells [[injected into the ovary|r:io@animal]] stay there for two to "
            "four weeks, whereas most of an [[intravenous|r:iv@animal]] dose is trapped in the lungs within hours; "
            "yet both routes [[lower FSH|h:FSH,dec@animal]] in chemotherapy models. In women, "
            "[[intraovarian injection under transvaginal ultrasound|r:io,tvus]] has been used in most of the 19 "
            "clinical reports we found, which together describe [[611 women|n:611]]; "
            "[[ovarian artery infusion|r:oa]] was used in four reports and [[intravenous infusion|r:iv]] in three. "
            "**Summary** Direct ovarian delivery appears to [[raise AMH|h:AMH,inc]] more often than systemic "
            "delivery, but no trial has randomised women between routes, and most reports followed women for a "
            "year or less."
        ),
        body=[
            "**[[Intraovarian injection|r:io]].** The largest series, from Tehran [24], gave "
            "[[bone marrow-derived MSCs|c:bm]] ([[BM-MSCs|c:bm]]) "
            "[[into both ovaries by transvaginal puncture|r:io,tvus]] to [[61 women|n:61]], "
            "[[1 × 10^{7} cells per ovary|d:1e7,cells,ovary]] in [[a single|s:1]] session, and found AMH "
            "[[higher|h:AMH,inc]] than at baseline [[after 12 months|f:12,month]] in 40% of them. "
            "[[Laparoscopic injection|r:io,lap]], favoured by early groups [25, 26], lets the surgeon see the needle "
            "enter the cortex but adds general anaesthesia. In mice, "
            "[[amniotic fluid stem cells|c:afsc@mouse]] [[injected into the ovary|r:io@mouse]] were found next to "
            "growing follicles [[four weeks|f:4,week@mouse]] later [30].",
            "**[[Ovarian artery infusion|r:oa]].** [[Catheter delivery through the ovarian artery|r:oa,ir]] borrows from "
            "interventional oncology and reaches the whole ovary without puncturing it. Wang and colleagues [31] "
            "infused [[umbilical cord MSCs|c:uc]] in [[28 women|n:28]] [[twice|s:2]], three months apart; "
            "[[FSH fell|h:FSH,dec]] and [[estradiol rose|h:E2,inc]] by the [[6-month review|f:6,month]]. In a "
            "rabbit model [32], [[BM-MSCs|c:bm@animal]] given [[through the ovarian artery|r:oa@animal]] after "
            "cyclophosphamide ([[50 mg/kg|d:50,mg/kg,-@animal]]) homed to the ovary more than cells given "
            "[[through the ear vein|r:iv@animal]].",
            "**[[Intravenous infusion|r:iv]].** [[Intravenous infusion|r:iv]] is the simplest route and the only one that "
            "needs no anaesthesia. Two uncontrolled studies [34, 35] gave [[umbilical cord MSCs|c:uc]] "
            "[[intravenously|r:iv]], at [[1 × 10^{6} cells/kg|d:1e6,cells/kg,-]], to [[14|n:14]] and "
            "[[20 women|n:20]]; AMH [[did not rise|!h:AMH,inc]] in either study, although FSH "
            "[[was lower|h:FSH,dec]] at [[three months|f:3,month]] in the larger one. In mice, "
            "[[tail-vein|r:iv@mouse]] injection of [[menstrual blood stem cells|c:men@mouse]] restored the "
            "estrous cycle and [[raised serum AMH|h:AMH,inc@mouse]] [[14 days|f:14,day@mouse]] after "
            "treatment [36].",
            "**Other routes and open questions.** [[Intraperitoneal injection|r:ip@mouse]] of "
            "[[MSCs|c:msc@mouse]] has been used only in mice [38], where it is convenient but leaves most cells "
            "on the omentum. Repeat dosing is unsettled: [[repeated|s:-]] injections were used in six of the 19 "
            "reports, usually [[two|s:2]] or [[three|s:3]], and never compared with [[one|s:1]] within a study. "
            "Fewer than 30 women were treated in most reports, and follow-up beyond two years is almost absent.",
            (
                "table",
                "Table 1. Delivery routes in the 19 clinical reports ([[611 women|n:611]])",
                [
                    ["Route", "Reports", "Women", "Typical dose", "Anaesthesia"],
                    ["[[Intraovarian, transvaginal|r:io,tvus]]", "11", "[[402|n:402]]",
                     "[[1 × 10^{7} cells per ovary|d:1e7,cells,ovary]]", "Sedation"],
                    ["[[Intraovarian, laparoscopic|r:io,lap]]", "1", "[[18|n:18]]",
                     "[[5 × 10^{6} cells per ovary|d:5e6,cells,ovary]]", "General"],
                    ["[[Ovarian artery|r:oa]]", "4", "[[129|n:129]]",
                     "[[1 × 10^{6} cells/kg|d:1e6,cells/kg,-]]", "Local"],
                    ["[[Intravenous|r:iv]]", "3", "[[62|n:62]]",
                     "[[1 × 10^{6} cells/kg|d:1e6,cells/kg,-]]", "None"],
                ],
                [0.3, 0.12, 0.12, 0.3, 0.16],
            ),
        ],
        notes=(
            "Narrative review (no species by default). 'In rodents' names no species of the guide: facts there "
            "carry @animal (guide: other or unnamed animals -> animal); mouse studies @mouse; the rabbit model "
            "@animal (cyclophosphamide 50 mg/kg is a model dose; route not stated). Sample: the pooled '611 "
            "women' (abstract and table caption; 402 + 18 + 129 + 62 = 611, each a pool of reports -> samples); "
            "cited '61 women' [24], '28 women' [31], '14' and '20 women' [34, 35]. Not samples: 19 reports, "
            "'four reports', 'in three', 'six of the 19', 'Fewer than 30 women' (a bound). Routes: "
            "'intraovarian injection under transvaginal ultrasound' (one span with guidance), 'Laparoscopic "
            "injection' (io, lap), 'Catheter delivery through the ovarian artery' (a catheter in the target "
            "vessel: oa with interventional guidance), 'ear vein' (iv). 'Direct ovarian delivery' and 'systemic "
            "delivery' in the summary name no route id exactly (left unmarked, doubtful). Sessions: 'a single "
            "session', 'twice', 'repeated' (null), 'two or three', 'one'. Follow-up: 'after 12 months', 'four "
            "weeks' (mice), '6-month review', 'three months', '14 days' (mice); 'a year or less', 'within hours', "
            "'two to four weeks' (retention, not observation after treatment - doubtful), 'beyond two years' "
            "are not follow-up. Hormones: FSH lower (rodents, @animal), raise AMH (general), AMH higher [24], FSH "
            "fell/E2 rose [31], 'AMH did not rise' (negated increase) [34, 35], FSH lower [35 larger one], mouse "
            "AMH raised. Table: one fact per cell (route with guidance, pooled women, typical dose per ovary or "
            "per kg). The section headings 'Intraovarian injection', 'Ovarian artery infusion', 'Intravenous infusion' "
            "are route mentions (headings hold facts). Traps: 40% of them, 'at least four routes', anaesthesia column, 'restored the estrous "
            "cycle' (no hormone)."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=17,
    ),
    # ------------------------------------------------------------------ 194
    RealText(
        id="en_blind194_singlearm_bmsc_azoospermia",
        lang="en",
        kind="clinical",
        title=(
            "Autologous [[bone marrow mesenchymal stem cells|c:bm]] injected into the testes of men with "
            "non-obstructive azoospermia: a single-arm pilot study"
        ),
        authors="Kwabena Ofori-Atta, Lars-Erik Hägglund, Deng Peiyu",
        journal=_J,
        year=2024,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "**Background** Men with non-obstructive azoospermia (NOA) whose microdissection testicular sperm "
            "extraction (micro-TESE) has failed have no route to biological fatherhood. In busulfan-treated "
            "animals, [[mesenchymal stem cells|c:msc@animal]] placed in the testis support the return of "
            "spermatogenesis. "
            "**Methods** Of 31 men screened, [[20|n:20]] aged 24-41 years, with NOA, FSH above 12 IU/L and a "
            "failed micro-TESE, were enrolled. Sixty millilitres of marrow were aspirated from the posterior "
            "iliac crest, and [[bone marrow mesenchymal stem cells|c:bm]] ([[BM-MSCs|c:bm]]) were expanded for "
            "about three weeks; a total of [[1 × 10^{7} cells|d:1e7,cells,-]] in [[2 mL|d:2,mL,-]], divided "
            "between the two testes, was injected through the rete testis in [[a single|s:1]] session under "
            "spinal anaesthesia. Semen and serum FSH, LH, testosterone and inhibin B were examined monthly to "
            "month 6 and again at [[month 12|f:12,month]]. "
            "**Results** Eighteen men completed [[12 months|f:12,month]] of follow-up; two withdrew (one moved abroad, one was found to have "
            "diabetes). Sperm appeared in the ejaculate of two men, at months 5 and 9, and in a repeat micro-TESE "
            "specimen of one more. FSH [[decreased|h:FSH,dec]] from 24.1 ± 7.8 to 19.6 ± 6.9 IU/L at "
            "[[12 months|f:12,month]] (P = 0.01) and inhibin B [[rose|h:INHB,inc]] from 18 to 31 pg/mL, whereas "
            "LH [[did not change|h:LH,nc]] and testosterone rose slightly. Testicular volume was unchanged. "
            "Scrotal pain lasted a median of 3 days; there was no infection or haematoma. "
            "**Conclusion** A [[single|s:1]] intratesticular injection of [[BM-MSCs|c:bm]] was safe and was "
            "followed by sperm in three of eighteen men, with [[lower FSH|h:FSH,dec]] and "
            "[[higher inhibin B|h:INHB,inc]]; a controlled trial is justified."
        ),
        body=[
            "**Cell manufacture.** Marrow was diluted and seeded without density separation; adherent "
            "[[BM-MSCs|c:bm]] were passaged twice in medium with 5% human platelet lysate and released at passage 3 "
            "when viability exceeded 90% and CD73, CD90 and CD105 were each expressed by more than 95% of cells. "
            "The final suspension held 5 × 10^{6} cells/mL.",
            "**Follow-up and outcomes.** Because a full spermatogenic cycle lasts about 74 days, the primary "
            "outcome, sperm in the ejaculate or in a biopsy, was counted if present at any visit up to [[month 12|f:12,month]], and men were asked to "
            "produce two semen samples at each visit. Men had been trying to conceive for a median of 5 years "
            "(range 2-11).",
            (
                "table",
                "Table 2. Hormones and testicular volume, men who completed the study (mean ± SD, n = 18)",
                [
                    ["Variable", "Baseline", "Month 6", "[[Month 12|f:12,month]]", "P"],
                    ["FSH (IU/L)", "24.1 ± 7.8", "21.3 ± 7.2", "19.6 ± 6.9", "0.01"],
                    ["LH (IU/L)", "11.2 ± 4.1", "10.8 ± 3.9", "11.0 ± 4.4", "0.78"],
                    ["Testosterone (nmol/L)", "11.9 ± 3.6", "12.6 ± 3.8", "13.1 ± 4.0", "0.09"],
                    ["Inhibin B (pg/mL)", "18 ± 11", "26 ± 14", "31 ± 16", "0.004"],
                    ["Testicular volume (mL)", "7.4 ± 2.2", "7.5 ± 2.1", "7.3 ± 2.3", "0.81"],
                ],
                [0.34, 0.17, 0.17, 0.17, 0.15],
            ),
            "**Discussion.** Earlier attempts used unfractionated bone marrow mononuclear cells, injected into the "
            "testes of [[12 men|n:12]], without sperm recovery [14]. In mice made azoospermic with busulfan "
            "([[40 mg/kg|d:40,mg/kg,-@mouse]], given [[intraperitoneally|r:ip@mouse]] [[once|s:1@mouse]]), "
            "[[BM-MSCs|c:bm@mouse]] restored spermatogenesis in some tubules [[eight weeks|f:8,week@mouse]] "
            "after transplantation [15]. Our [[fall in FSH|h:FSH,dec]] with a [[rise in inhibin B|h:INHB,inc]] is what one would expect if "
            "Sertoli cell function improved, but without a control group the change could also reflect "
            "regression to the mean.",
        ],
        notes=(
            "Another condition (male infertility): marked only where the contract has a value. Intratesticular "
            "injection / 'through the rete testis' has no route id (no mark). Hormones: FSH (decrease), LH (no "
            "change) and inhibin B (INHB increase) are contract hormones, in men as in women; testosterone and "
            "testicular volume are not (ovarian_volume only). Sample: 31 screened (no fact), 20 enrolled; "
            "'Eighteen men completed' and the table caption's n = 18 are completers of the stated 20 (no fact); "
            "'two men', 'one more' and 'three of eighteen men' are outcome counts; the cited '12 men' [14] is a "
            "cited clinical sample (n 12; their unfractionated bone marrow mononuclear cells have no canonical id). "
            "Dose: 'a total of 1 × "
            "10^7 cells in 2 mL, divided between the two testes' -> per null for both. Sessions: 'a single "
            "session', conclusion 'A single ... injection'. Follow-up: 'monthly to month 6 and again at month 12' "
            "-> one fact (month 12); 'completed 12 months of follow-up' (the completers are no sample, the time is a "
            "follow-up mention); 'at any visit up to month 12'; 'at 12 months'; table heads Month 6/Month 12 -> "
            "Month 12; discussion 'Our fall in FSH with a rise in inhibin B' (own study: FSH decrease, INHB "
            "increase); '74 days' "
            "(spermatogenic cycle), 'months 5 and 9' (times to "
            "events), 3 days of pain, 5 years trying are not follow-up. The background's MSCs in busulfan-treated "
            "animals -> msc @animal. Discussion: mouse busulfan 40 mg/kg, intraperitoneally, once (model drug, "
            "@mouse), BM-MSCs, eight weeks after transplantation. Traps: 60 mL marrow (harvest), iliac crest "
            "(harvest), spinal anaesthesia, FSH above 12 IU/L (criterion), ages, passages, 5% platelet lysate, "
            "5 × 10^6 cells/mL (concentration), two semen samples per visit."
        ),
        layout={"columns": 1, "font": "sans"},
        batch=17,
    ),
    # ------------------------------------------------------------------ 195
    RealText(
        id="en_blind195_rat_cyclophosphamide_haec_two_routes",
        lang="en",
        kind="animal",
        title=(
            "[[Tail-vein|r:iv]] or [[intraovarian|r:io]] transplantation of "
            "[[human amniotic epithelial cells|c:haec]] in rats with cyclophosphamide-induced ovarian failure"
        ),
        authors="Elif Karatas, Duncan McAllister, Hou Jingxuan",
        journal=_J,
        year=2023,
        doi="",
        url="",
        licence=_LIC,
        species="rat",
        abstract=(
            "We asked whether the route by which [[human amniotic epithelial cells|c:haec]] ([[hAECs|c:haec]]) are "
            "given changes their effect on the chemotherapy-injured rat ovary. Forty-eight female Sprague-Dawley "
            "rats, 8 weeks old and weighing 200-230 g, were assigned to four groups of twelve: sham, model, group V "
            "and group O. Ovarian failure was induced in all but the sham rats by [[two|s:2]] "
            "[[intraperitoneal injections|r:ip]] of cyclophosphamide, [[75 mg/kg|d:75,mg/kg,-]] each, one week "
            "apart. Seven days after the second, group V received [[2 × 10^{6}|d:2e6,cells,-#group V]] "
            "[[hAECs|c:haec#group V]] in [[0.5 mL|d:0.5,mL,-#group V]] of PBS "
            "[[through the tail vein|r:iv#group V]], and group O received "
            "[[5 × 10^{5}|d:5e5,cells,ovary#group O]] [[hAECs|c:haec#group O]] in "
            "[[0.05 mL|d:0.05,mL,ovary#group O]] [[injected into each ovary|r:io#group O]] through a dorsal "
            "incision, at two sites per ovary; sham and model rats received PBS by both routes. Four rats per "
            "group were killed [[2, 4 and 8 weeks|f:8,week]] after transplantation. Compared with model rats, "
            "both transplanted groups had [[lower FSH|h:FSH,dec]] at every time point. [[E2|h:E2,inc#group O]] "
            "and [[AMH were higher|h:AMH,inc#group O]] in group O than in model rats at the two later times, "
            "whereas in group V [[E2 did not differ|h:E2,nc#group V]] from the model group at any time and "
            "[[AMH was higher|h:AMH,inc#group V]] only at [[week 8|f:8,week#group V]]. Under the conditions "
            "tested, [[intraovarian|r:io]] delivery of [[hAECs|c:haec]] protected ovarian endocrine function "
            "more completely than [[intravenous|r:iv]] delivery."
        ),
        body=[
            "**Cells.** [[hAECs|c:haec]] were isolated from the amnion of term placentas by trypsin digestion, "
            "used at passage 2 and were more than 90% positive for CK19 and EpCAM. For tracking, one rat per "
            "transplanted group and time point received DiR-labelled cells. Estrous cycles were followed by "
            "vaginal smears for the 10 days before each killing.",
            "**Inhibin and follicles.** Inhibin B, measured only at [[week 8|f:8,week]], was "
            "[[higher|h:INHB,inc#group O]] in group O than in model rats and "
            "[[similar to model values|h:INHB,nc#group V]] in group V. Group O had about twice as many growing "
            "follicles as group V at every time, and DiR signal persisted in group O ovaries while in group V it "
            "lay mainly in the lungs and spleen.",
            (
                "table",
                "Table 2. Serum hormones [[8 weeks|f:8,week]] after transplantation (mean ± SD, four rats per group)",
                [
                    ["Group", "FSH (mIU/mL)", "E2 (pg/mL)", "AMH (ng/mL)", "Inhibin B (pg/mL)"],
                    ["Sham", "7.2 ± 1.0", "38.5 ± 5.6", "4.86 ± 0.62", "71.3 ± 9.8"],
                    ["Model", "17.9 ± 2.8", "14.2 ± 3.1", "1.34 ± 0.35", "28.6 ± 6.4"],
                    ["Group V", "13.1 ± 2.2", "16.8 ± 3.4", "2.05 ± 0.41", "31.0 ± 7.1"],
                    ["Group O", "10.3 ± 1.9", "27.4 ± 4.5", "3.12 ± 0.48", "49.7 ± 8.2"],
                ],
                [0.2, 0.2, 0.2, 0.2, 0.2],
            ),
        ],
        notes=(
            "Rat study (species rat). Model: 'two intraperitoneal injections of cyclophosphamide, 75 mg/kg each, "
            "one week apart' -> sessions 2, route ip, dose (mg/kg: per null); 'Seven days after the second' is an "
            "interval after an ordinal of counted sessions. Groups 'group V' and 'group O' (neutral names; the "
            "four-group list names no cell type): group V 2 × 10^6 hAECs, 0.5 mL (per null), tail vein; group O "
            "5 × 10^5 hAECs and 0.05 mL per ovary ('injected into each ovary'), intraovarian (a dorsal incision "
            "gives no guidance id). Killing list '2, 4 and 8 weeks' (three times) -> one fact, 8 weeks; table "
            "caption 8 weeks. 'both transplanted groups had lower FSH' -> no arm. 'E2 and AMH were higher in group "
            "O than in model rats' -> group O; 'in group V E2 did not differ from the model group' -> no_change of "
            "group V; 'AMH was higher only at week 8' -> group V increase and its follow-up time. Closing "
            "sentence: routes and cells without arm; 'protected ovarian endocrine function' names no hormone. "
            "Inhibin B (INHB): higher in group O; 'similar to model values' in group V -> no_change (read like "
            "'did not differ'); 'measured only at week 8' is the time of a measurement after treatment "
            "(follow-up; its own comma clause in a sentence naming two groups: no arm). Traps: 48 rats, four groups of twelve, four rats per group, "
            "8 weeks old, 200-230 g, 'one week apart', two sites per ovary, passage 2, 90%, DiR tracking, 10 days "
            "of smears, 'PBS by both routes' (vehicle to controls, no route id named), 'twice as many' follicles, "
            "'at the two later times' (no value)."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=17,
    ),
    # ------------------------------------------------------------------ 196
    RealText(
        id="zh_blind196_rct_ucmsc_two_doses_three_arms",
        lang="zh",
        kind="clinical",
        title=(
            "[[人脐带间充质干细胞|c:uc]]高、低剂量[[卵巢内注射|r:io]]治疗早发性卵巢功能不全：一项三臂随机对照研究"
        ),
        authors="闫晓琳，龙海波，柯佳音，司马文涛",
        journal=_J,
        year=2024,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "【摘要】目的 比较两种剂量[[人脐带间充质干细胞|c:uc]]（[[hUC-MSCs|c:uc]]）[[卵巢内注射|r:io]]与单纯激素"
            "补充治疗对早发性卵巢功能不全（POI）患者卵巢功能的影响。方法 2021年3月至2023年9月本院生殖中心共筛查POI"
            "患者148例，其中符合纳入标准者102例，签署知情同意后[[90例|n:90]]进入研究，按随机数字表分为高剂量组、低剂量组"
            "和对照组，[[每组30例|n:30]]。对照组予雌二醇/雌二醇地屈孕酮序贯治疗；两细胞组在此基础上"
            "[[经阴道超声引导下行双侧卵巢内注射|r:io,tvus]]，低剂量组每侧卵巢[[5×10^{6}个|d:5e6,cells,ovary#低剂量组]]，"
            "高剂量组每侧卵巢[[2×10^{7}个|d:2e7,cells,ovary#高剂量组]]，每侧细胞均悬于[[1 mL|d:1,mL,ovary]]生理盐水中，"
            "间隔4周[[共注射2次|s:2]]。于首次注射前及首次注射后[[第1、3、6个月|f:6,month]]检测血清FSH、LH、E2、AMH"
            "及窦卵泡计数（AFC），随访[[12个月|f:12,month]]。结果 高剂量组失访2例、低剂量组1例、对照组3例，最终84例纳入"
            "分析。治疗后[[6个月|f:6,month]]，高剂量组FSH[[较治疗前下降|h:FSH,dec#高剂量组]]，AMH"
            "[[升高|h:AMH,inc#高剂量组]]，AFC[[增加|h:AFC,inc#高剂量组]]（P均<0.05）；低剂量组仅FSH"
            "[[下降|h:FSH,dec#低剂量组]]，AMH[[无明显变化|h:AMH,nc#低剂量组]]；对照组FSH亦[[略有下降|h:FSH,dec#对照组]]，"
            "而[[AMH|h:AMH,nc#对照组]]、[[AFC均无变化|h:AFC,nc#对照组]]。高剂量组与低剂量组比较，"
            "[[AMH升高|h:AMH,inc]]幅度更大（P=0.021）。随访期间高剂量组7例、低剂量组4例、对照组1例恢复自然月经，"
            "高剂量组2例自然妊娠。两细胞组均未发生卵巢出血、感染等严重不良事件。结论 [[hUC-MSCs|c:uc]]"
            "[[卵巢内注射|r:io]]可使POI患者[[FSH下降|h:FSH,dec]]，较高剂量时[[AMH|h:AMH,inc]]及"
            "[[AFC亦升高|h:AFC,inc]]。"
        ),
        body=[
            "1.2 纳入与排除标准 纳入标准：①年龄20~39岁；②月经稀发或停经≥4个月；③间隔>4周两次FSH>25 IU/L；④有生育"
            "要求并能按时复诊。排除标准：染色体核型异常、卵巢手术史、恶性肿瘤病史、自身免疫病活动期及近3个月内使用过"
            "促性腺激素者。",
            "1.3 细胞制备与注射 [[hUC-MSCs|c:uc]]由本院细胞制备中心按GMP标准制备，取健康足月剖宫产新生儿脐带，采用"
            "组织块贴壁法培养，第4~5代细胞用于临床，活率≥92%，CD73、CD90、CD105阳性率>95%。注射于静脉麻醉下进行："
            "患者取膀胱截石位，以17G取卵针[[经阴道超声引导刺入卵巢皮质|r:io,tvus]]，每侧卵巢分3~4个点缓慢注入，第2次"
            "注射方法同前。术后观察2 h，无不适即离院。",
            (
                "table",
                "表2 三组治疗前后血清激素及AFC比较（x±s）",
                [
                    ["组别", "分析例数", "指标", "治疗前", "治疗后3个月", "治疗后[[6个月|f:6,month]]"],
                    ["高剂量组", "28", "FSH（IU/L）", "68.4±14.9", "51.2±13.6", "47.5±13.0"],
                    ["高剂量组", "28", "AMH（ng/mL）", "0.06±0.04", "0.15±0.09", "0.19±0.11"],
                    ["高剂量组", "28", "AFC（个）", "1.1±0.9", "2.0±1.2", "2.4±1.3"],
                    ["低剂量组", "29", "FSH（IU/L）", "66.9±15.3", "57.8±14.1", "56.0±14.4"],
                    ["低剂量组", "29", "AMH（ng/mL）", "0.07±0.05", "0.09±0.06", "0.09±0.07"],
                    ["对照组", "27", "FSH（IU/L）", "67.2±14.1", "62.5±13.8", "61.7±14.2"],
                    ["对照组", "27", "AMH（ng/mL）", "0.06±0.04", "0.06±0.05", "0.06±0.04"],
                ],
                [0.14, 0.12, 0.16, 0.18, 0.2, 0.2],
            ),
            "3 讨论 本研究显示，剂量可能是影响疗效的关键因素。既往研究^[11]对[[42例|n:42]]POI患者"
            "[[卵巢内注射|r:io]][[脐带MSC|c:uc]]每侧[[1×10^{7}个|d:1e7,cells,ovary]]，[[单次|s:1]]治疗后"
            "[[6个月|f:6,month]]AMH[[升高|h:AMH,inc]]者仅占26%。另有研究^[12]采用[[经卵巢动脉|r:oa]]途径注射"
            "[[骨髓MSC|c:bm]]，FSH[[下降|h:FSH,dec]]而AMH[[未见升高|!h:AMH,inc]]。本研究高剂量组每侧细胞数为前者的2倍，"
            "且[[注射2次|s:2#高剂量组]]，[[AMH|h:AMH,inc#高剂量组]]及[[AFC均有改善|h:AFC,inc#高剂量组]]，提示提高剂量或增加次数可能有益，但剂量与次数的作用尚难区分。",
        ],
        notes=(
            "三臂随机对照试验（中英两份摘要均标注；英文摘要arm用英文组名）。样本：筛查148例、符合标准102例不计；"
            "'90例进入研究'→90；'每组30例'→30（each_arm，无arm）；'高剂量组失访2例、低剂量组1例、对照组3例'（省略名词的"
            "失访数）、'最终84例纳入分析'及表2'分析例数'列（28、29、27，分析子集）均不计。方案：'两细胞组在此基础上经阴道"
            "超声引导下行双侧卵巢内注射'（两组共有，无arm）；低/高剂量组剂量分句各带arm（每侧卵巢→per ovary）；'每侧细胞"
            "均悬于1 mL'（两组共有，无arm，per ovary）；'间隔4周共注射2次'→2（无arm）。随访：复查时点列表第1、3、6个月→"
            "6个月；随访12个月；'治疗后6个月'独立分句（无arm）；表2列头两个以上时间点→6个月。激素：各组分句带arm；"
            "对照组接受激素补充治疗（非未治疗对照），其FSH下降、AMH与AFC无变化按arm'对照组'标注（存疑：激素治疗对照组的"
            "变化是否算治疗后变化）；'高剂量组与低剂量组比较，AMH升高幅度更大'为组间幅度比较→AMH升高无arm。结论无arm"
            "（'较高剂量时'非组名）。讨论：^[11]42例、卵巢内注射、脐带MSC、每侧1×10^7个、单次、6个月、AMH升高；^[12]经卵巢"
            "动脉、骨髓MSC、FSH下降、AMH未见升高（否定的升高）；'本研究高剂量组……且注射2次，AMH及AFC均有改善'：讨论中组名只标本句"
            "→'注射2次'（次数复述）、AMH与AFC'改善'（=升高）带arm'高剂量组'。陷阱：年龄、停经≥4个月、FSH>25 IU/L、两次FSH（测量）"
            "、近3个月、第4~5代、活率、阳性率、静脉麻醉、3~4个点、'第2次注射'（已计数次数的序数）、2 h、"
            "月经恢复及妊娠例数、26%、'2倍'。"
        ),
        layout={
            "columns": 1,
            "font": "serif",
            "en_title": (
                "High- and low-dose [[human umbilical cord mesenchymal stem cells|c:uc]] "
                "[[injected into the ovaries|r:io]] for premature ovarian insufficiency: a three-arm randomized "
                "controlled trial"
            ),
            "en_abstract": (
                "**Abstract: Objective** To compare two doses of [[human umbilical cord mesenchymal stem "
                "cells|c:uc]] ([[hUC-MSCs|c:uc]]) [[injected into the ovaries|r:io]] with hormone replacement alone "
                "in premature ovarian insufficiency (POI). **Methods** Of 148 women screened, [[90|n:90]] were "
                "randomized to a high-dose group, a low-dose group or a control group ([[30 each|n:30]]). Both cell "
                "groups received [[two|s:2]] [[transvaginal ultrasound-guided intraovarian injections|r:io,tvus]] "
                "four weeks apart, [[5 × 10^{6}|d:5e6,cells,ovary#low-dose group]] (low-dose group) or "
                "[[2 × 10^{7} cells per ovary|d:2e7,cells,ovary#high-dose group]] (high-dose group), in addition to "
                "hormone replacement. **Results** Eighty-four women were analysed. At [[6 months|f:6,month]], FSH "
                "[[had fallen|h:FSH,dec#high-dose group]] and [[AMH|h:AMH,inc#high-dose group]] and "
                "[[AFC had risen|h:AFC,inc#high-dose group]] in the high-dose group; in the low-dose group only FSH "
                "[[fell|h:FSH,dec#low-dose group]]. **Conclusion** [[Intraovarian|r:io]] [[hUC-MSCs|c:uc]] [[lower FSH|h:FSH,dec]] in POI, and the "
                "higher dose also [[raises AMH|h:AMH,inc]] and [[AFC|h:AFC,inc]]."
            ),
            "en_keywords": "**Key words:** premature ovarian insufficiency; mesenchymal stem cells; dose; randomized trial",
        },
        batch=17,
    ),
    # ------------------------------------------------------------------ 197
    RealText(
        id="zh_blind197_singlearm_haec_intravenous",
        lang="zh",
        kind="clinical",
        title="[[人羊膜上皮细胞|c:haec]][[静脉输注|r:iv]]治疗早发性卵巢功能不全的单臂开放性临床研究",
        authors="滕雅琪，吕国栋，詹秋月",
        journal=_J,
        year=2024,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "摘要：目的 探讨[[人羊膜上皮细胞|c:haec]]（[[hAECs|c:haec]]）[[静脉输注|r:iv]]治疗早发性卵巢功能不全（POI）"
            "的安全性和初步疗效。方法 前瞻性、单中心、单臂开放性研究。2022年1月至2023年6月[[共纳入POI患者24例|n:24]]，"
            "纳入前均已停用激素补充治疗3个月以上。[[hAECs|c:haec]]按[[1×10^{6}个/kg|d:1e6,cells/kg,-]]经肘"
            "[[静脉输注|r:iv]]，每月1次，连续3个月；于末次输注后[[第3、6、12个月|f:12,month]]随访，检测血清FSH、LH、E2、"
            "AMH，并记录月经、妊娠及不良反应。结果 21例完成[[3次|s:3]]输注；2例因呼吸道感染推迟后退出，1例因"
            "生育计划改变退出。末次输注后[[12个月|f:12,month]]，21例患者血清FSH由（78.6±15.2）IU/L"
            "[[降至|h:FSH,dec]]（61.3±17.9）IU/L（P=0.002），[[E2升高|h:E2,inc]]（P=0.011），AMH"
            "[[无明显变化|h:AMH,nc]]。5例恢复月经，其中1例自然妊娠。输注相关不良反应为一过性发热3例、皮疹1例，均自行"
            "缓解。结论 [[hAECs|c:haec]][[静脉输注|r:iv]]安全性良好，可使部分POI患者[[FSH降低|h:FSH,dec]]、"
            "[[E2升高|h:E2,inc]]，但[[对AMH无明显影响|h:AMH,nc]]。"
        ),
        body=[
            "1.3 细胞制备 [[hAECs|c:haec]]由本院干细胞库提供，取自健康产妇足月剖宫产胎盘的羊膜，经胰酶消化分离，原代"
            "培养7 d后冻存；放行标准为活率≥90%，CK19阳性率>85%，细菌、真菌、支原体及内毒素检测合格。每次输注所需细胞"
            "于输注前1 h复苏，悬于[[100 mL|d:100,mL,injection]]/次生理盐水（含1%人血白蛋白）中，30~40 min内滴完。",
            "1.4 观察指标 输注前、每次输注后24 h内记录生命体征；输注前常规口服抗组胺药预防过敏。激素于月经第2~4天"
            "或闭经者任意一天空腹抽血检测。2.1 一般资料 24例患者年龄（31.8±4.6）岁，停经时间（26.4±13.1）个月，其中"
            "原发性闭经2例，继发性闭经22例；既往接受过激素补充治疗者19例。",
            (
                "table",
                "表1 完成治疗患者输注前后血清激素水平（x±s，n=21）",
                [
                    ["指标", "输注前", "末次输注后3个月", "末次输注后6个月", "末次输注后[[12个月|f:12,month]]"],
                    ["FSH（IU/L）", "78.6±15.2", "66.9±16.8", "63.0±17.1", "61.3±17.9"],
                    ["LH（IU/L）", "41.2±11.7", "37.5±12.0", "36.8±11.4", "38.1±12.6"],
                    ["E2（pg/mL）", "17.4±6.2", "28.9±10.5", "31.2±11.7", "30.6±12.3"],
                    ["AMH（ng/mL）", "0.04±0.03", "0.05±0.03", "0.05±0.04", "0.04±0.03"],
                ],
                [0.2, 0.18, 0.2, 0.2, 0.22],
            ),
            "3 讨论 动物实验中，Yu等^[9]经[[尾静脉|r:iv@mouse]]移植[[hAECs|c:haec@mouse]]可使化疗小鼠血清"
            "[[FSH下降|h:FSH,dec@mouse]]、[[AMH升高|h:AMH,inc@mouse]]。临床方面，另一项研究^[10]对[[15例|n:15]]POI患者"
            "行[[卵巢内注射|r:io]][[hAECs|c:haec]]，随访[[一年半|f:1.5,year]]，AMH[[升高|h:AMH,inc]]者4例。本研究"
            "采用[[静脉|r:iv]]途径，AMH[[未见改善|!h:AMH,inc]]，可能与细胞难以到达卵巢有关；与[[卵巢内注射|r:io]]相比，[[静脉途径|r:iv]]无需麻醉和穿刺，"
            "便于[[多次|s:-]]给药。",
        ],
        notes=(
            "单臂研究。样本：'共纳入POI患者24例'→24；'21例完成3次输注'、表题n=21、'21例患者'为完成者（已给出更大的24例，"
            "子集不计）；退出2例/1例、原发性2例/继发性22例、既往HRT 19例、恢复月经5例、妊娠1例、发热3例、皮疹1例均不计。"
            "次数：'每月1次，连续3个月'为频率加时长（总数未直接给出，不计）；'完成3次输注'→3；讨论'多次'→null。剂量："
            "1×10^6个/kg（per null）；'悬于100 mL/次生理盐水'→输注体积，'/次'→per injection。途径：静脉输注（标题、摘要两处、"
            "结论；'经肘静脉输注'取'静脉输注'）；讨论'静脉'途径、'与卵巢内注射相比，静脉途径……'均为途径提及（一般性比较亦计，"
            "同blind187）。随访：末次输注后第3、6、12个月→12；'末次输注后12个月'→12；表1列头多个时间点→12个月。激素：FSH降至、"
            "E2升高、AMH无变化；结论FSH降低、E2升高、'对AMH无明显影响'→无变化。讨论：^[9]小鼠尾静脉、hAECs、FSH下降、AMH升高；"
            "^[10]15例、卵巢内注射、hAECs、随访一年半→1.5年、AMH升高（4例为结局计数）；本研究'AMH未见改善'→否定的升高"
            "（'改善'=升高）。陷阱：停用HRT 3个月以上、原代培养7 d、1 h、30~40 min、24 h、月经第2~4天、年龄、停经时间、"
            "口服抗组胺药（无剂量、非途径）、'胎盘''羊膜'（组织）、活率及阳性率。"
        ),
        layout={"columns": 1, "font": "sans"},
        batch=17,
    ),
    # ------------------------------------------------------------------ 198
    RealText(
        id="zh_blind198_rat_tripterygium_bmsc_vs_exosomes",
        lang="zh",
        kind="animal",
        title="[[骨髓间充质干细胞|c:bm]]及其[[外泌体|c:ev]]对雷公藤多苷诱导卵巢功能减退大鼠作用的比较",
        authors="房静怡，巫振华，党雪梅",
        journal=_J,
        year=2023,
        doi="",
        url="",
        licence=_LIC,
        species="rat",
        abstract=(
            "摘要：目的 比较[[骨髓间充质干细胞|c:bm]]（[[BMSCs|c:bm]]）及其来源[[外泌体|c:ev]]对雷公藤多苷（TG）所致"
            "大鼠卵巢功能减退的修复作用。方法 8周龄雌性SD大鼠48只，随机分为空白组、模型组、"
            "[[BMSCs|c:bm#BMSCs组]]组和[[外泌体|c:ev#外泌体组]]组，每组12只。除空白组外，其余大鼠以TG "
            "[[50 mg/kg|d:50,mg/kg,-]]灌胃，每日1次，连续14 d建立模型。造模结束次日，[[BMSCs|c:bm#BMSCs组]]组经"
            "[[尾静脉|r:iv#BMSCs组]][[单次|s:1#BMSCs组]]注射[[BMSCs|c:bm#BMSCs组]] "
            "[[2×10^{6}个|d:2e6,cells,-#BMSCs组]]；[[外泌体|c:ev#外泌体组]]组经[[尾静脉|r:iv#外泌体组]]注射"
            "[[BMSCs|c:bm#外泌体组]]来源[[外泌体|c:ev#外泌体组]]，每次[[100 μg|d:100,ug,injection#外泌体组]]，"
            "每3天1次，[[共5次|s:5#外泌体组]]；空白组和模型组同法注射等体积PBS。末次给药后[[第7天|f:7,day]]和"
            "[[第28天|f:28,day]]每组各处死6只，ELISA法检测血清FSH、E2、AMH，HE染色计数各级卵泡。结果 与模型组比较，"
            "[[BMSCs|c:bm#BMSCs组]]组和[[外泌体|c:ev#外泌体组]]组血清[[FSH均降低|h:FSH,dec]]，[[E2|h:E2,inc]]、"
            "[[AMH均升高|h:AMH,inc]]（P<0.05）；[[第28天|f:28,day]]时[[BMSCs|c:bm#BMSCs组]]组"
            "[[AMH升高|h:AMH,inc]]幅度大于[[外泌体|c:ev#外泌体组]]组（P=0.032），[[第7天|f:7,day]]时两治疗组间各指标差异无统计学"
            "意义。结论 [[BMSCs|c:bm]]及其[[外泌体|c:ev]]均可改善TG所致大鼠卵巢功能减退，[[BMSCs|c:bm]]的作用维持"
            "时间可能更长。"
        ),
        body=[
            "1.2 [[BMSCs|c:bm]]培养及[[外泌体|c:ev]]提取 取4周龄雄性SD大鼠股骨及胫骨骨髓，全骨髓贴壁法培养"
            "[[BMSCs|c:bm]]，取第3代细胞鉴定后用于实验。细胞长至80%融合后换无血清培养基继续培养48 h，收集上清，经超速"
            "离心法提取[[外泌体|c:ev]]，透射电镜下呈杯状双层膜结构，粒径30~150 nm，表达CD9、CD63；BCA法测定蛋白浓度"
            "后以PBS调整至0.5 μg/μL，每次注射体积[[0.2 mL|d:0.2,mL,injection]]。",
            (
                "table",
                "表1 末次给药后[[第28天|f:28,day]]各组大鼠血清激素水平（x±s，n=6）",
                [
                    ["组别", "FSH（mIU/mL）", "E2（pg/mL）", "AMH（ng/mL）"],
                    ["空白组", "6.34±0.92", "41.7±5.8", "5.12±0.66"],
                    ["模型组", "15.21±2.07", "16.9±3.6", "1.48±0.37"],
                    ["[[BMSCs|c:bm#BMSCs组]]组", "8.77±1.35", "31.2±4.9", "3.86±0.52"],
                    ["[[外泌体|c:ev#外泌体组]]组", "10.02±1.61", "27.5±4.4", "2.91±0.47"],
                ],
                [0.28, 0.24, 0.24, 0.24],
            ),
            "3 讨论 TG为临床常用免疫抑制剂，长期服用可致女性月经紊乱甚至闭经。既往研究^[14]显示，"
            "[[脂肪间充质干细胞|c:ad@rat]]来源[[外泌体|c:ev@rat]][[卵巢内注射|r:io@rat]]可使TG模型大鼠"
            "[[FSH下降|h:FSH,dec@rat]]。本研究中[[外泌体|c:ev#外泌体组]]组需[[5次|s:5#外泌体组]]注射，早期效果方与[[BMSCs|c:bm#BMSCs组]]组相近。[[第28天|f:28,day#外泌体组]]时[[外泌体|c:ev#外泌体组]]组作用已减弱，提示其缺乏持续分泌能力。",
        ],
        notes=(
            "大鼠实验（物种rat）。造模：TG 50 mg/kg灌胃（剂量计；灌胃无途径id；'每日1次，连续14 d'为每日给药时长，不计次数）。"
            "分组列表中'BMSCs组''外泌体组'各有自己的组字头：组名中的细胞类型带该组arm（按指南'组名中的细胞类型……wherever "
            "the group is named with its own head word'；blind16的183对列表中组名未给arm，此处从指南原文）；英文摘要'blank, "
            "model, BMSC and exosome groups'共用一个复数字头→组列表，无arm。BMSCs组：尾静脉、单次、2×10^6个（per null）；"
            "外泌体组：尾静脉、BMSCs来源外泌体（两提及）、每次100 μg→per injection、'每3天1次，共5次'→5。1.2节'每次注射"
            "体积0.2 mL'为外泌体悬液注射体积→剂量（per injection；该段未点组名，无arm）。随访：取材时点第7天和第28天→两事实；"
            "表题第28天；结果'第28天时……'与'第7天时两治疗组间……'为测量时点（组间比较句，无arm）；讨论'第28天时外泌体组作用已减弱'"
            "（讨论中组名标本句）→带外泌体组。激素：'BMSCs组和外泌体组……均降低/均升高'两组共有→无arm（组名"
            "中的细胞类型仍各带arm）；'BMSCs组AMH升高幅度大于外泌体组'为组间幅度比较→AMH升高无arm；英文摘要同理（'Both "
            "treatments'，'the increase in AMH was larger in the BMSC group'）。结论细胞提及无arm。讨论：'外泌体组需5次注射'"
            "→5带外泌体组；'与BMSCs组相近'→组名中的BMSCs带BMSCs组；^[14]大鼠脂肪MSC来源外泌体、卵巢内注射、FSH"
            "下降。陷阱：8周龄、48只、每组12只、各处死6只、n=6（动物）、4周龄供体大鼠、股骨胫骨骨髓（取材）、第3代、80%融合、"
            "48 h、30~150 nm、0.5 μg/μL（浓度）、'每3天1次'（频率）、TG致月经紊乱（一般陈述）。"
        ),
        layout={
            "columns": 1,
            "font": "serif",
            "en_title": (
                "[[Bone marrow mesenchymal stem cells|c:bm]] versus their [[exosomes|c:ev]] in rats with ovarian "
                "hypofunction induced by tripterygium glycosides"
            ),
            "en_abstract": (
                "**Abstract: Objective** To compare [[bone marrow mesenchymal stem cells|c:bm]] ([[BMSCs|c:bm]]) and "
                "their [[exosomes|c:ev]] in rats with ovarian hypofunction caused by tripterygium glycosides (TG). "
                "**Methods** Forty-eight female SD rats were divided into blank, model, [[BMSC|c:bm]] and "
                "[[exosome|c:ev]] groups (12 each). TG ([[50 mg/kg|d:50,mg/kg,-]]) was given by gavage "
                "daily for 14 days. The [[BMSC|c:bm#BMSC group]] group then received [[a single|s:1#BMSC group]] "
                "[[tail-vein|r:iv#BMSC group]] injection of [[2 × 10^{6}|d:2e6,cells,-#BMSC group]] "
                "[[BMSCs|c:bm#BMSC group]]; the [[exosome|c:ev#exosome group]] group received "
                "[[100 μg|d:100,ug,injection#exosome group]] of [[BMSC|c:bm#exosome group]]-derived "
                "[[exosomes|c:ev#exosome group]] per injection every 3 days, [[five injections|s:5#exosome group]] "
                "in all. Rats were killed [[7|f:7,day]] or [[28 days|f:28,day]] after the last dose. **Results** "
                "Both treatments [[lowered FSH|h:FSH,dec]] and [[raised E2|h:E2,inc]] and [[AMH|h:AMH,inc]] compared "
                "with the model group; on [[day 28|f:28,day]] the [[increase in AMH|h:AMH,inc]] was larger in the "
                "[[BMSC|c:bm#BMSC group]] group than in the [[exosome|c:ev#exosome group]] group. **Conclusion** "
                "[[BMSCs|c:bm]] and their [[exosomes|c:ev]] both improve ovarian function in TG-treated rats; the "
                "effect of the cells may last longer."
            ),
            "en_keywords": "**Key words:** tripterygium glycosides; bone marrow mesenchymal stem cells; exosomes; rats",
        },
        batch=17,
    ),
    # ------------------------------------------------------------------ 199
    RealText(
        id="zh_blind199_mouse_dgal_mensc_single_vs_three",
        lang="zh",
        kind="animal",
        title="[[经血来源间充质干细胞|c:men]]移植次数对D-半乳糖致卵巢早衰小鼠卵巢功能的影响",
        authors="熊若兰，郜志远，包春晖",
        journal=_J,
        year=2024,
        doi="",
        url="",
        licence=_LIC,
        species="mouse",
        abstract=(
            "摘要：目的 比较[[单次|s:1]]与[[3次|s:3]][[尾静脉|r:iv]]移植[[经血来源间充质干细胞|c:men]]"
            "（[[MenSCs|c:men]]）对D-半乳糖（D-gal）致卵巢早衰小鼠卵巢功能的影响。方法 8周龄雌性C57BL/6小鼠50只，"
            "10只作为正常对照组，其余40只每日[[皮下注射|r:sc]]D-gal [[200 mg/kg|d:200,mg/kg,-]]，连续6周建立卵巢早衰模型；"
            "造模成功的36只随机分为模型组、[[单次|s:1#单次组]]组和[[3次|s:3#3次组]]组，每组12只。"
            "[[单次|s:1#单次组]]组于第1天经[[尾静脉|r:iv#单次组]]注射[[MenSCs|c:men#单次组]] "
            "[[5×10^{5}个|d:5e5,cells,-#单次组]]（悬于[[0.1 mL|d:0.1,mL,-#单次组]] PBS）；[[3次|s:3#3次组]]组分别于"
            "第1、8、15天经[[尾静脉|r:iv#3次组]]注射[[MenSCs|c:men#3次组]]，每次"
            "[[5×10^{5}个|d:5e5,cells,injection#3次组]]；模型组于相同时间注射等体积PBS。所有小鼠均于首次注射后"
            "[[第5周|f:5,week]]处死，检测血清FSH、E2、AMH水平，计数各级卵泡。结果 与模型组比较，"
            "[[单次|s:1#单次组]]组和[[3次|s:3#3次组]]组血清[[FSH均降低|h:FSH,dec]]（P<0.05）；[[3次|s:3#3次组]]组"
            "[[E2|h:E2,inc#3次组]]、[[AMH均升高|h:AMH,inc#3次组]]，生长卵泡数增加；[[单次|s:1#单次组]]组"
            "[[AMH与模型组比较差异无统计学意义|h:AMH,nc#单次组]]。结论 [[3次|s:3]][[MenSCs|c:men]]移植改善D-gal致"
            "卵巢早衰小鼠卵巢功能的效果优于[[单次|s:1]]移植。"
        ),
        body=[
            "1.2 [[MenSCs|c:men]]的分离与鉴定 经知情同意收集3名健康志愿者月经第2天经血，Ficoll密度梯度离心获取单个"
            "核细胞后贴壁培养，取第4代细胞用于实验，CD29、CD73、CD90、CD105阳性，CD34、CD45、HLA-DR阴性，可向成脂、"
            "成骨方向分化。造模期间每周称重1次，并于处死前连续12 d行阴道涂片观察动情周期。",
            (
                "table",
                "表1 首次注射后[[第5周|f:5,week]]各组小鼠血清激素水平（x±s，n=12）",
                [
                    ["组别", "注射次数", "FSH（mIU/mL）", "E2（pg/mL）", "AMH（ng/mL）"],
                    ["正常对照组", "0", "5.42±0.88", "44.3±6.9", "5.71±0.80"],
                    ["模型组", "0", "13.67±2.15", "17.8±3.7", "1.53±0.41"],
                    ["[[单次|s:1#单次组]]组", "[[1|s:1#单次组]]", "10.18±1.74", "20.6±4.1", "1.81±0.45"],
                    ["[[3次|s:3#3次组]]组", "[[3|s:3#3次组]]", "7.96±1.32", "29.4±5.0", "3.02±0.56"],
                ],
                [0.22, 0.14, 0.22, 0.2, 0.22],
            ),
            "3 讨论 D-gal可通过氧化应激诱导卵巢衰老，与人类自然衰老过程相似。Liu等^[8]的研究中，"
            "[[人脐带间充质干细胞|c:uc]]经[[尾静脉|r:iv]][[单次|s:1]]移植后[[2周|f:2,week]]小鼠"
            "[[FSH即明显下降|h:FSH,dec]]，但至[[第6周|f:6,week]]已恢复至模型组水平。本研究[[3次|s:3#3次组]]组"
            "[[AMH升高|h:AMH,inc#3次组]]，提示[[重复|s:-]]移植可能延长细胞的旁分泌作用时间。但本研究仅设一个观察时点，"
            "且未设其他移植次数的组别，最佳移植次数仍需进一步研究。",
        ],
        notes=(
            "小鼠实验（物种mouse）。造模：D-gal 200 mg/kg每日皮下注射连续6周→剂量、途径subcutaneous（造模药物的途径），不计"
            "次数（每日给药时长）。组名'单次组''3次组'含次数：每次以组名出现（含组字头）均标该组次数，带arm（指南：the number of "
            "sessions in it ... is that group's wherever the group is named with its own head word）；分组列表中两组各有组字头→带arm。"
            "目的句'单次与3次尾静脉移植'为数值并列、无例数→无arm；结论'3次……优于单次移植'无arm。单次组：第1天尾静脉注射MenSCs "
            "5×10^5个（per null）、悬液0.1 mL（注射体积计剂量）；3次组：第1、8、15天（日程，次数取组名）、尾静脉、每次5×10^5个→per "
            "injection。随访：'首次注射后第5周处死'→5周；表题第5周。结果：'单次组和3次组血清FSH均降低'两组共有→无arm；3次组E2、"
            "AMH升高带3次组；单次组AMH差异无统计学意义→无变化带单次组。表1：行首为组名→'注射次数'列1、3带该组arm，组名中的次数"
            "亦标。讨论：^[8]人脐带MSC（给小鼠）、尾静脉、单次、2周、FSH下降、第6周（测量时点→随访；'恢复至模型组水平'无方向不计）；"
            "本研究3次组AMH升高（讨论中组名标本句）；'重复移植'→null；'最佳移植次数'无数值。陷阱：8周龄、"
            "50/10/40/36只、每组12只、n=12（动物）、第1、8、15天（日程）、3名志愿者、月经第2天、Ficoll（分离）、第4代、每周称重1次、"
            "连续12 d涂片、'一个观察时点'。"
        ),
        layout={"columns": 1, "font": "serif"},
        batch=17,
    ),
    # ------------------------------------------------------------------ 200
    RealText(
        id="zh_blind200_case_report_ucmsc_artery_after_hsct",
        lang="zh",
        kind="case",
        title=(
            "[[经卵巢动脉|r:oa]][[分期|s:-]]输注[[脐带间充质干细胞|c:uc]]治疗造血干细胞移植后卵巢功能衰竭"
            "[[1例|n:1]]"
        ),
        authors="冉静雯，欧志强",
        journal=_J,
        year=2024,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "【摘要】报告[[1例|n:1]]急性淋巴细胞白血病异基因造血干细胞移植后卵巢功能衰竭患者，在数字减影血管造影"
            "引导下[[经卵巢动脉|r:oa,ir]][[分2次|s:2]]输注[[脐带间充质干细胞|c:uc]]（[[UC-MSCs|c:uc]]），治疗后FSH"
            "[[下降|h:FSH,dec]]、[[E2升高|h:E2,inc]]并恢复月经，随访[[18个月|f:18,month]]未见不良反应。"
        ),
        body=[
            "1 病例资料 患者，女，26岁，因“异基因造血干细胞移植术后闭经5年”于2022年2月就诊。患者19岁时确诊急性淋巴细胞"
            "白血病，经全身放疗联合大剂量化疗预处理后行异基因造血干细胞移植，移植后3个月闭经，此后需人工周期方有撤退性"
            "出血。就诊时停用激素2个月，查FSH 102.4 IU/L，LH 56.7 IU/L，E2<18.35 pg/mL，AMH<0.01 ng/mL；经阴道超声示"
            "双侧卵巢体积小，未见窦卵泡。白血病持续完全缓解，血液科会诊认为无治疗禁忌。",
            "经医院伦理委员会批准并签署知情同意书后，于2022年3月行第一期治疗：局部麻醉下经右股动脉穿刺，在DSA引导下将"
            "微导管[[超选择插入左、右卵巢动脉|r:oa,ir]]，每侧缓慢注入[[UC-MSCs|c:uc]]悬液[[5 mL|d:5,mL,ovary]]（含细胞"
            "[[1×10^{7}个|d:1e7,cells,ovary]]），术程顺利，术后低热1 d。术后[[第12周|f:12,week]]复查FSH"
            "[[降至|h:FSH,dec]]64.3 IU/L，E2[[升至|h:E2,inc]]45 pg/mL，AMH[[仍低于检测下限|h:AMH,nc]]。"
            "2022年7月（首次治疗后4个月）行第二期治疗，途径及剂量同前。第二期治疗后[[第3个月|f:3,month]]FSH进一步"
            "[[降至|h:FSH,dec]]38.9 IU/L，经阴道超声示右侧卵巢窦卵泡[[增至|h:AFC,inc]]2个。第二期治疗后5个月月经来潮，"
            "此后月经周期32~48 d。随访至2023年9月（首次治疗后[[18个月|f:18,month]]），共月经来潮7次，未发生血栓、感染及"
            "白血病复发。",
            "2 讨论 造血干细胞移植预处理所致卵巢功能衰竭通常不可逆，患者多需赠卵助孕。本例[[分2次|s:2]]"
            "[[经卵巢动脉|r:oa]]输注[[UC-MSCs|c:uc]]，两次间隔4个月，治疗后FSH[[明显下降|h:FSH,dec]]，并出现窦卵泡及"
            "自发月经。Tan等^[7]对[[15例|n:15]]POF患者[[经卵巢动脉|r:oa]]注射[[骨髓MSC|c:bm]]，随访[[1年|f:1,year]]，"
            "FSH[[下降|h:FSH,dec]]者占60%；而He等^[8]对放化疗后患者行[[静脉输注|r:iv]]，[[FSH未见下降|!h:FSH,dec]]。"
            "[[卵巢动脉途径|r:oa]]可使细胞直接进入卵巢门部血管，但需介入操作，存在血管损伤风险；本例所用剂量参考既往报道^[7]。",
        ],
        notes=(
            "单病例报告（无arm）。样本：标题、摘要'1例'→1。次数：标题'分期'（多期、未给数→null，存疑：正文给出分2次）；"
            "摘要与讨论'分2次'→2；'第一期''第二期'为已计数次数的序数（不计）；'两次间隔4个月'为间隔。途径：标题'经卵巢动脉'；"
            "摘要'在数字减影血管造影引导下经卵巢动脉'→oa+介入引导；'超选择插入左、右卵巢动脉'（导管入靶血管）→oa,ir；"
            "'经右股动脉穿刺'为血管入路（不计）；讨论'经卵巢动脉'；讨论'卵巢动脉途径'。剂量：每侧5 mL及1×10^7个→"
            "per ovary；'途径及剂量同前'无数值。随访：'术后第12周复查'、'第二期治疗后第3个月'、'随访至……首次治疗后18个月'、"
            "摘要'随访18个月'；'第二期治疗后5个月月经来潮'为至事件时间，'移植后3个月闭经''闭经5年''停用激素2个月'非随访。"
            "激素：FSH降至（两处）、E2升至、AMH仍低于检测下限→无变化、窦卵泡增至2个→AFC升高；摘要FSH下降、E2升高；讨论FSH明显"
            "下降。引用：^[7]15例、经卵巢动脉、骨髓MSC、1年、FSH下降（60%为比例）；^[8]静脉输注、FSH未见下降（否定的下降）。"
            "陷阱：'造血干细胞移植'（干细胞移植泛称，非细胞类型；白血病治疗，非本研究疗法）、全身放疗与化疗预处理（无剂量）、"
            "年龄、低热1 d、月经周期32~48 d、月经来潮7次、人工周期。"
        ),
        layout={"columns": 1, "font": "serif"},
        batch=17,
    ),
    # ------------------------------------------------------------------ 201
    RealText(
        id="zh_blind201_meta_analysis_msc_poi_routes",
        lang="zh",
        kind="review",
        title="[[间充质干细胞|c:msc]]治疗早发性卵巢功能不全有效性的Meta分析",
        authors="甘露，翟鹏飞，练思远",
        journal=_J,
        year=2025,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "摘要 目的 系统评价[[间充质干细胞|c:msc]]（[[MSCs|c:msc]]）治疗早发性卵巢功能不全（POI）的有效性及安全性。"
            "方法 计算机检索PubMed、Embase、Cochrane Library、中国知网、万方及维普数据库，检索时限均为建库至2024年12月。"
            "由2名研究者独立筛选文献、提取资料并评价偏倚风险，采用RevMan 5.4软件进行Meta分析。结果 共纳入10项研究，其中"
            "随机对照试验4项、非随机对照研究3项、单臂研究3项，共计[[616例|n:616]]患者。Meta分析结果显示，[[MSCs|c:msc]]"
            "治疗后患者血清[[FSH水平降低|h:FSH,dec]]［MD=−14.62，95%CI（−19.80，−9.44）］，[[AMH|h:AMH,inc]]及"
            "[[E2水平升高|h:E2,inc]]，[[AFC差异无统计学意义|h:AFC,nc]]。亚组分析显示，[[卵巢内注射|r:io]]的研究FSH"
            "[[下降|h:FSH,dec]]幅度大于[[静脉输注|r:iv]]的研究（P=0.04），[[多次|s:-]]给药与[[单次|s:1]]给药之间差异无"
            "统计学意义。10项研究均未报告严重不良事件。结论 [[MSCs|c:msc]]可[[降低POI患者FSH|h:FSH,dec]]，"
            "[[提高AMH|h:AMH,inc]]及[[E2水平|h:E2,inc]]，但纳入研究数量少、质量不高，结论有待大样本随机对照试验验证。"
        ),
        body=[
            "1.1 纳入标准 ①研究对象：符合ESHRE诊断标准的POI患者（年龄<40岁，FSH>25 IU/L）；②干预措施：任何来源的"
            "[[MSCs|c:msc]]，任何给药途径及剂量；③结局指标：FSH、AMH、E2、AFC、月经恢复率及不良事件；④研究类型：随机或"
            "非随机对照试验及样本量≥8例的单臂研究。",
            "2.2 纳入研究的基本特征 见表1。10项研究中，6项采用[[卵巢内注射|r:io]]，2项采用[[卵巢动脉注射|r:oa]]，2项采用"
            "[[静脉输注|r:iv]]；随访时间[[6~24个月|f:6,month]]不等。",
            (
                "table",
                "表1 纳入研究的基本特征",
                [
                    ["研究", "设计", "例数", "细胞", "途径", "剂量", "次数", "随访"],
                    ["吴立群 2018^[8]", "单臂", "[[12|n:12]]", "[[脐带MSC|c:uc]]", "[[卵巢内|r:io]]",
                     "[[1×10^{7}个/侧|d:1e7,cells,ovary]]", "[[1|s:1]]", "[[6个月|f:6,month]]"],
                    ["Gupta 2019^[9]", "RCT", "[[40|n:40]]", "[[骨髓MSC|c:bm]]", "[[卵巢动脉|r:oa]]",
                     "[[5×10^{6}个/侧|d:5e6,cells,ovary]]", "[[1|s:1]]", "[[12个月|f:12,month]]"],
                    ["赵敏 2019^[10]", "非随机对照", "[[60|n:60]]", "[[脐带MSC|c:uc]]", "[[卵巢内（经阴道超声）|r:io,tvus]]",
                     "[[1×10^{7}个/侧|d:1e7,cells,ovary]]", "[[2|s:2]]", "[[12个月|f:12,month]]"],
                    ["Ferreira 2020^[11]", "单臂", "[[9|n:9]]", "[[脂肪MSC|c:ad]]", "[[卵巢内（腹腔镜）|r:io,lap]]",
                     "[[2×10^{7}个/侧|d:2e7,cells,ovary]]", "[[1|s:1]]", "[[24个月|f:24,month]]"],
                    ["刘春燕 2020^[12]", "RCT", "[[96|n:96]]", "[[脐带MSC|c:uc]]", "[[卵巢内|r:io]]",
                     "[[1×10^{7}个/侧|d:1e7,cells,ovary]]", "[[3|s:3]]", "[[6个月|f:6,month]]"],
                    ["Nakamura 2021^[13]", "非随机对照", "[[48|n:48]]", "[[经血干细胞|c:men]]", "[[静脉|r:iv]]",
                     "[[1×10^{6}个/kg|d:1e6,cells/kg,-]]", "[[4|s:4]]", "[[12个月|f:12,month]]"],
                    ["孙晓 2021^[14]", "RCT", "[[120|n:120]]", "[[脐带MSC|c:uc]]", "[[卵巢动脉|r:oa]]",
                     "[[1×10^{7}个/侧|d:1e7,cells,ovary]]", "[[1|s:1]]", "[[12个月|f:12,month]]"],
                    ["Okoro 2022^[15]", "单臂", "[[15|n:15]]", "[[骨髓MSC|c:bm]]", "[[卵巢内|r:io]]",
                     "[[1×10^{7}个/侧|d:1e7,cells,ovary]]", "[[2|s:2]]", "[[18个月|f:18,month]]"],
                    ["黄丽 2023^[16]", "RCT", "[[136|n:136]]", "[[胎盘MSC|c:pl]]", "[[静脉|r:iv]]",
                     "[[1×10^{6}个/kg|d:1e6,cells/kg,-]]", "[[3|s:3]]", "[[6个月|f:6,month]]"],
                    ["陈雪 2024^[17]", "非随机对照", "[[80|n:80]]", "[[羊膜MSC|c:am]]", "[[卵巢内|r:io]]",
                     "[[5×10^{6}个/侧|d:5e6,cells,ovary]]", "[[2|s:2]]", "[[12个月|f:12,month]]"],
                ],
                [0.16, 0.1, 0.07, 0.12, 0.17, 0.16, 0.08, 0.1],
                7.0,
            ),
            (
                "table",
                "表2 主要结局指标的Meta分析结果",
                [
                    ["结局指标", "研究数", "效应量（95%CI）", "I²", "变化方向"],
                    ["FSH（IU/L）", "10", "MD −14.62（−19.80，−9.44）", "68%", "[[降低|h:FSH,dec]]"],
                    ["AMH（ng/mL）", "8", "SMD 0.51（0.27，0.75）", "54%", "[[升高|h:AMH,inc]]"],
                    ["E2（pg/mL）", "7", "SMD 0.47（0.18，0.76）", "61%", "[[升高|h:E2,inc]]"],
                    ["AFC（个）", "4", "MD 0.6（−0.3，1.5）", "37%", "[[无显著变化|h:AFC,nc]]"],
                ],
                [0.2, 0.14, 0.34, 0.12, 0.2],
            ),
            "3 讨论 本Meta分析纳入的10项研究中仅4项为随机对照试验，各研究样本量均不足150例，且多数未设安慰剂对照。"
            "亚组分析提示[[卵巢内注射|r:io]]优于[[静脉输注|r:iv]]，可能与局部细胞浓度较高有关；动物实验亦显示，"
            "[[卵巢内|r:io@animal]]移植的[[MSCs|c:msc@animal]]在卵巢内滞留时间明显长于[[尾静脉|r:iv@animal]]注射者^[19]。"
            "此外，各研究细胞来源、剂量及次数差异较大，剂量换算缺乏统一标准，今后需开展多中心、大样本研究。",
        ],
        notes=(
            "Meta分析（综述类）。样本：'共计616例患者'（10项研究合计，表1例数之和616）→616；表1每行例数为引用研究样本；"
            "'10项研究''4项''3项''6项''2项'为研究数；'样本量≥8例'（纳入条件下限）、'均不足150例'（上限）不计。细胞：标题与"
            "摘要'间充质干细胞''MSCs'→msc；'任何来源的MSCs'→msc；表1细胞列各为引用研究细胞类型（经血干细胞→menstrual_blood_msc）。"
            "途径：亚组分析'卵巢内注射的研究''静脉输注的研究'（途径提及，无arm）；2.2节三种途径；表1途径列（'卵巢内'→io，"
            "'经阴道超声'/'腹腔镜'→引导）；讨论两处一般性提及及动物实验（'动物实验'→@animal）。次数：摘要'多次'→null、'单次'→1；"
            "表1次数列。剂量：表1'个/侧'→per ovary、'个/kg'→per null。随访：表1随访列；'随访时间6~24个月不等'为随访范围→取低值"
            "6个月（指南：随访范围取其低端；存疑：为各研究随访的汇总描述）。激素：摘要FSH降低、AMH与E2升高、AFC差异无统计学意义→"
            "无变化；亚组'FSH下降幅度大于'为幅度比较→FSH下降（无arm）；结论FSH降低、AMH与E2升高；表2变化方向列。陷阱：年龄<40岁、"
            "FSH>25 IU/L（定义）、检索时限、2名研究者、I²、MD值、'卵巢内滞留时间'（非随访）。"
        ),
        layout={"columns": 1, "font": "serif"},
        batch=17,
    ),
    # ------------------------------------------------------------------ 202
    RealText(
        id="zh_blind202_retro_cord_blood_mnc_vs_ucmsc",
        lang="zh",
        kind="clinical",
        title="[[脐血单个核细胞|c:ucb]]与[[脐带间充质干细胞|c:uc]]治疗卵巢早衰的回顾性队列研究",
        authors="巩丽娜，蒲建国，温晓彤",
        journal=_J,
        year=2023,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "【摘要】目的 比较[[脐血单个核细胞|c:ucb]]与[[脐带间充质干细胞|c:uc]]（[[UC-MSCs|c:uc]]）治疗卵巢早衰"
            "（POF）的疗效。方法 回顾性收集2017年1月至2022年6月在本院接受细胞治疗的POF患者病历97例，剔除资料不全及"
            "失访者12例，最终[[纳入85例|n:85]]，按所用细胞分为脐血组（[[41例|n:41#脐血组]]）和"
            "[[UC-MSCs|c:uc#UC-MSCs组]]组（[[44例|n:44#UC-MSCs组]]）。脐血组在DSA引导下"
            "[[经卵巢动脉|r:oa,ir#脐血组]]注入[[脐血单个核细胞|c:ucb#脐血组]]，"
            "[[UC-MSCs|c:uc#UC-MSCs组]]组[[经阴道超声引导下行卵巢内注射|r:io,tvus#UC-MSCs组]]。比较两组治疗前及"
            "治疗后[[3、6个月|f:6,month]]的血清FSH、E2、AMH及月经恢复情况。结果 随访时间中位数[[14个月|f:14,month]]"
            "（范围6~30个月）。治疗后[[6个月|f:6,month]]，两组FSH均[[较治疗前下降|h:FSH,dec]]（P均<0.05）；"
            "[[UC-MSCs|c:uc#UC-MSCs组]]组AMH[[升高|h:AMH,inc#UC-MSCs组]]（P=0.008），脐血组AMH"
            "[[无明显变化|h:AMH,nc#脐血组]]。[[UC-MSCs|c:uc#UC-MSCs组]]组月经恢复率高于脐血组（31.8% vs 14.6%，"
            "P=0.046）。结论 [[UC-MSCs|c:uc]][[卵巢内注射|r:io]]较[[脐血单个核细胞|c:ucb]][[卵巢动脉注入|r:oa]]更有利于"
            "[[提高AMH|h:AMH,inc]]及恢复月经。"
        ),
        body=[
            "1.2 细胞来源及制备 脐血取自本市公共脐血库，经Ficoll密度梯度离心制备[[脐血单个核细胞|c:ucb]]，每份含有核细胞"
            "（1.2~2.0）×10^{8}个，CD34^{+}细胞比例约0.3%；[[UC-MSCs|c:uc]]由本院干细胞中心制备，取第3~5代细胞。",
            "1.3 治疗方法 脐血组：局部麻醉下经股动脉穿刺，[[插管至双侧卵巢动脉|r:oa,ir#脐血组]]，各注入"
            "[[脐血单个核细胞|c:ucb#脐血组]][[5×10^{7}个|d:5e7,cells,ovary#脐血组]]。[[UC-MSCs|c:uc#UC-MSCs组]]组："
            "静脉麻醉下[[经阴道超声引导穿刺双侧卵巢|r:io,tvus#UC-MSCs组]]，每侧注入"
            "[[1×10^{7}个|d:1e7,cells,ovary#UC-MSCs组]]（悬于[[1 mL|d:1,mL,ovary#UC-MSCs组]]生理盐水）。"
            "脐血组均为[[单次|s:1#脐血组]]治疗；[[UC-MSCs|c:uc#UC-MSCs组]]组中35例为[[单次|s:1#UC-MSCs组]]治疗，9例因"
            "疗效不佳于首次治疗后6个月行第二次移植，方法同前。",
            (
                "table",
                "表1 两组患者基线资料比较",
                [
                    ["组别", "例数", "年龄（岁）", "闭经时间（月）", "基础FSH（IU/L）", "基础AMH（ng/mL）"],
                    ["脐血组", "[[41|n:41#脐血组]]", "33.6±4.8", "27.1±15.3", "74.2±18.6", "0.05±0.04"],
                    ["[[UC-MSCs|c:uc#UC-MSCs组]]组", "[[44|n:44#UC-MSCs组]]", "32.9±5.1", "25.4±14.7", "76.8±19.9",
                     "0.05±0.03"],
                ],
                [0.2, 0.1, 0.16, 0.18, 0.18, 0.18],
            ),
            (
                "table",
                "表2 两组治疗前后血清激素水平比较（x±s）",
                [
                    ["组别", "指标", "治疗前", "治疗后3个月", "治疗后[[6个月|f:6,month]]"],
                    ["脐血组", "FSH（IU/L）", "74.2±18.6", "63.5±17.2", "60.8±18.1"],
                    ["脐血组", "AMH（ng/mL）", "0.05±0.04", "0.05±0.04", "0.06±0.05"],
                    ["[[UC-MSCs|c:uc#UC-MSCs组]]组", "FSH（IU/L）", "76.8±19.9", "58.4±17.5", "55.1±16.9"],
                    ["[[UC-MSCs|c:uc#UC-MSCs组]]组", "AMH（ng/mL）", "0.05±0.03", "0.11±0.07", "0.14±0.09"],
                ],
                [0.22, 0.2, 0.18, 0.2, 0.2],
            ),
            "3 讨论 [[脐血单个核细胞|c:ucb]]中含少量造血干细胞及内皮祖细胞，主要通过旁分泌发挥作用，但其中间充质干细胞比例极低。"
            "既往研究^[12]经[[卵巢动脉|r:oa]]注入[[脐血单个核细胞|c:ucb]]治疗[[8例|n:8]]POF患者，FSH"
            "[[下降|h:FSH,dec]]而AMH[[未升高|!h:AMH,inc]]，与本研究脐血组结果一致。本研究两组途径不同，难以区分细胞类型与"
            "途径各自的作用；此外，[[UC-MSCs|c:uc#UC-MSCs组]]组有部分患者接受了[[2次|s:2#UC-MSCs组]]治疗，也可能影响比较。",
        ],
        notes=(
            "回顾性队列。样本：'病历97例'为收集的病历（筛选性计数，不计）；剔除12例不计；'纳入85例'→85；脐血组41例、UC-MSCs组"
            "44例带各自arm（组名后括号内计数）；表1'例数'列行首为组名→带arm；35例/9例为事后子组（不计）。组名：'UC-MSCs组'含"
            "细胞类型→每次出现标c:uc并带arm（含表格行首）；'脐血组'的'脐血'为组织（非细胞类型，不标）。途径：脐血组DSA引导经"
            "卵巢动脉（oa,ir）、'插管至双侧卵巢动脉'（oa,ir；'经股动脉穿刺'为入路不计）；UC-MSCs组经阴道超声引导卵巢内注射、"
            "'经阴道超声引导穿刺双侧卵巢'（io,tvus）。剂量：'各注入……5×10^7个'（双侧各→per ovary）；'每侧注入1×10^7个''悬于1 mL'"
            "→per ovary。次数：脐血组'均为单次'→1；UC-MSCs组'35例为单次'→1带UC-MSCs组（存疑：同一组内两种次数）；'第二次"
            "移植'为序数，讨论已给出该部分患者'2次'→不另计；'首次治疗后6个月'为两次间隔（非随访）。讨论'UC-MSCs组有部分患者接受了2次治疗'"
            "（讨论中组名标本句）→组名中的c:uc与'2次'带UC-MSCs组。随访："
            "'治疗后3、6个月'→6个月；中位14个月（范围不另标）；'治疗后6个月'（句首独立分句，两组共有，无arm）；表2列头→6个月。"
            "激素：'两组FSH均较治疗前下降'无arm；UC-MSCs组AMH升高、脐血组AMH无变化带arm；结论：细胞、途径（卵巢内注射、卵巢动脉注入）、AMH升高均无arm。讨论：^[12]卵巢动脉、"
            "脐血单个核细胞、8例、FSH下降、AMH未升高（否定的升高）。讨论首句'脐血单个核细胞中含……'及1.2节'制备脐血单个核细胞'为细胞类型提及（无arm）。陷阱：CD34+比例、核细胞数（1.2~2.0）×10^8个（每份脐血所含，"
            "非给药剂量）、造血干细胞与内皮祖细胞（无id）、'其中间充质干细胞比例极低'（脐血成分，非所给治疗细胞，不标）、第3~5代、"
            "月经恢复率、年龄、闭经时间、基础值（基线）。"
        ),
        layout={"columns": 1, "font": "sans"},
        batch=17,
    ),
]
