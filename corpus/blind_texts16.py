"""Invented papers written for litx by an annotator who had not seen its rules (sixteenth batch).

Part of the development set of invented papers (studied and tuned on, unlike
corpus/heldout_texts.py).  Every title, name, number and sentence below is invented;
nothing is copied from any paper.  Fact marks ``[[words|spec]]`` follow
corpus/ANNOTATION.md and the markup of corpus/make_papers.py (plus ``@animal`` for a
rabbit, as in corpus/real).  This batch mixes randomised, dose-escalation, single-arm
and retrospective studies, rabbit/mouse/rat models, case reports and reviews; it
stresses sessions said in unexpected ways (a course of N, rounds, stages, boosters,
分N次, 第二次移植) beside look-alikes (dose levels, puncture sites, passages, IVF and
chemotherapy cycles), follow-up beside other durations, and sample sizes beside
screened, completing and responding counts.  Two texts treat another condition
(knee osteoarthritis, rheumatoid arthritis) and are marked only where the contract
has a value.
"""

from __future__ import annotations

try:
    from real_texts import RealText
except ImportError:  # pragma: no cover - imported as corpus.blind_texts16
    from corpus.real_texts import RealText

_LIC = "CC BY 4.0 (written for litx)"
_J = "litx blind set"

BLIND16: list[RealText] = [
    # ------------------------------------------------------------------ 175
    RealText(
        id="en_blind175_rct_adipose_msc_poor_reserve",
        lang="en",
        kind="clinical",
        title=(
            "Autologous [[adipose-derived mesenchymal stromal cells|c:ad]] [[injected into the ovaries at "
            "laparoscopy|r:io,lap]] before IVF in women with poor ovarian reserve: an open-label randomised trial"
        ),
        authors="Ingrid Solberg-Ruiz, Tendai Mukwena, Hao Jiaqi",
        journal=_J,
        year=2025,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "**Objective** To learn whether autologous [[adipose-derived mesenchymal stromal cells|c:ad]] "
            "([[AD-MSCs|c:ad]]) [[placed in the ovary|r:io]] before stimulation improve ovarian reserve markers "
            "and the oocyte yield of women with poor ovarian reserve. "
            "**Design** Open-label, parallel-group trial at two university fertility units, 2021-2023. "
            "**Participants** Of 211 women screened, [[ninety|n:90]] who met the Bologna criteria (AMH below "
            "1.1 ng/mL or an antral follicle count below 7, plus at least one earlier poor response) were "
            "randomised, [[forty-five|n:45]] to each arm. "
            "**Intervention** Women in the cell arm had about 50 mL of abdominal fat removed by syringe "
            "liposuction; the cells were expanded over two passages (14 days of culture), and "
            "[[20 million cells|d:2e7,cells,ovary#cell arm]] suspended in [[1.5 mL|d:1.5,mL,ovary#cell arm]] "
            "were [[injected into each ovary at laparoscopy|r:io,lap#cell arm]], [[once|s:1#cell arm]]. Women "
            "in the control arm proceeded directly to stimulation. Both arms were then offered up to three IVF "
            "cycles with an antagonist protocol within 12 months. "
            "**Main outcomes** Serum AMH, FSH and the antral follicle count at the "
            "[[6-week, 3-month and 6-month visits|f:6,month]]; mature oocytes in the first cycle. "
            "**Results** Eighty-four women had the [[6-month|f:6,month]] assessment. AMH "
            "[[rose|h:AMH,inc#cell arm]] in the cell arm from 0.52 ± 0.21 to 0.71 ± 0.30 ng/mL and the antral "
            "follicle count [[increased|h:AFC,inc#cell arm]] by 1.9 (95% CI 1.1-2.7), while FSH "
            "[[was unchanged|h:FSH,nc#cell arm]]. AMH was [[higher|h:AMH,inc#cell arm]] in the cell arm than "
            "in the control arm at every visit. Mature oocytes in the first cycle numbered 3.4 vs 2.6 "
            "(P = 0.04); nine and five women, respectively, had a clinical pregnancy. "
            "**Conclusion** A [[single|s:1]] [[laparoscopic intraovarian|r:io,lap]] dose of [[AD-MSCs|c:ad]] "
            "[[raised AMH|h:AMH,inc]] and the [[antral follicle count|h:AFC,inc]] modestly over "
            "[[six months|f:6,month]] and added about one mature oocyte per cycle."
        ),
        body=[
            "**Allocation and flow.** [[Ninety women|n:90]] were allocated by a web service in blocks of four, "
            "stratified by age (under 38 or 38 years and over). Mean age was 37.6 years, and couples had tried "
            "to conceive for a median of 4 years. Three women in the cell arm and three in the control arm "
            "withdrew before the last visit. No woman in the cell arm had a surgical complication beyond "
            "shoulder-tip pain; the donor site bruised in eleven.",
            (
                "table",
                "Table 2. Ovarian reserve markers by arm, mean ± SD (women with the "
                "[[6-month|f:6,month]] assessment)",
                [
                    ["Marker, arm", "Baseline", "3 months", "[[6 months|f:6,month]]"],
                    ["AMH (ng/mL), cell arm", "0.52 ± 0.21", "0.66 ± 0.27", "0.71 ± 0.30"],
                    ["AMH (ng/mL), control arm", "0.55 ± 0.24", "0.53 ± 0.22", "0.50 ± 0.23"],
                    ["AFC, cell arm", "4.1 ± 1.6", "5.3 ± 1.9", "6.0 ± 2.2"],
                    ["AFC, control arm", "4.3 ± 1.5", "4.4 ± 1.7", "4.2 ± 1.8"],
                    ["FSH (IU/L), cell arm", "14.8 ± 4.9", "14.1 ± 5.2", "14.5 ± 5.0"],
                    ["FSH (IU/L), control arm", "14.2 ± 5.1", "14.6 ± 5.4", "14.9 ± 5.3"],
                ],
                [0.34, 0.22, 0.22, 0.22],
            ),
        ],
        notes=(
            "RCT in poor ovarian reserve. Sample: 'ninety' randomised and 'Ninety women were allocated' (a second "
            "mention of the same sample) -> n 90; 'forty-five to each arm' -> n 45 without arm (each_arm); 211 "
            "screened, the 84 with the 6-month assessment and the withdrawals are not samples (screened, subsets). "
            "Arms 'cell arm' / 'control arm'. The cell-arm intervention sentence names the cell arm: dose (20 million "
            "cells, 1.5 mL, both per ovary: 'into each ovary'), route with laparoscopic guidance and 'once' carry "
            "it. 'AMH was higher in the cell arm than in the control arm' -> the cell arm's increase. "
            "'placed in the ovary' -> intraovarian route (guide example 'placed in her left ovary'). Follow-up: "
            "visit list -> 6 months; '6-month assessment' (twice) and the table head '6 months' (two or more "
            "time-point heads) -> 6 months; conclusion 'over six months'. Traps: 50 mL fat (harvest), two "
            "passages, 14 days of culture, 'up to three IVF cycles' (not sessions), 'within 12 months' (a "
"window), Bologna thresholds, ages, years trying, pregnancies, oocyte numbers, bruising counts."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=16,
    ),
    # ------------------------------------------------------------------ 176
    RealText(
        id="en_blind176_rabbit_cyclophosphamide_amniotic_msc",
        lang="en",
        kind="animal",
        title=(
            "Systemic or local? [[Human amniotic mesenchymal stem cells|c:am]] for cyclophosphamide-induced "
            "ovarian injury in rabbits"
        ),
        authors="Beatriz Albuquerque, Niklas Östberg, Pan Yuhan",
        journal=_J,
        year=2024,
        doi="",
        url="",
        licence=_LIC,
        species="animal",
        abstract=(
            "Cell therapy for chemotherapy-damaged ovaries has been tested mostly in rodents, whose ovaries are "
            "tiny and whose cycles differ from ours. We therefore compared two ways of delivering "
            "[[human amniotic mesenchymal stem cells|c:am]] ([[hAMSCs|c:am]]) in rabbits. Forty female New "
            "Zealand White rabbits, five months old and weighing 2.6-3.1 kg, were divided into normal, model, "
            "systemic and local groups of ten. Ovarian injury was induced by [[three weekly|s:3]] "
            "[[intraperitoneal injections|r:ip]] of cyclophosphamide at [[60 mg/kg|d:60,mg/kg,-]]. One week "
            "after the last of these, the systemic group received [[hAMSCs|c:am#systemic group]] at "
            "[[5 × 10^{6} cells/kg|d:5e6,cells/kg,-#systemic group]] through the "
            "[[marginal ear vein|r:iv#systemic group]], and the local group received "
            "[[1 × 10^{6} cells|d:1e6,cells,ovary#local group]] [[into each ovary|r:io#local group]] through a "
            "small flank incision, spread over three needle tracks. Both cell groups were treated in "
            "[[two rounds|s:2]], 14 days apart. Five rabbits per group were killed [[4|f:4,week]] and "
            "[[8 weeks|f:8,week]] after the first round. Compared with the model group, FSH was "
            "[[lower|h:FSH,dec]] and [[AMH|h:AMH,inc]] and [[E2 were higher|h:E2,inc]] in both cell groups at "
            "both times. Only the local group showed a [[larger ovarian volume|h:ovarian_volume,inc#local group]] "
            "on ultrasound. AMH [[rose more|h:AMH,inc]] in the local group than in the systemic group "
            "(P = 0.01). These data support a small trial of [[intraovarian|r:io@human]] "
            "[[hAMSCs|c:am@human]] in women after chemotherapy."
        ),
        body=[
            "**Cells.** [[hAMSCs|c:am]] were isolated from the amnion of term placentas by two-step enzyme "
            "digestion, used at passage 4 and were more than 95% positive for CD73, CD90 and CD105. For "
            "injection they were suspended in saline at 1 × 10^{7} cells/mL. Serum hormones were measured every "
            "two weeks from an ear artery sample.",
            "**Model check.** At the time of the first round, FSH in the model group was 2.4 times that of "
            "normal rabbits and AMH had fallen by 61%, confirming the injury. Two model rabbits died in the "
            "third week and were replaced.",
            (
                "table",
                "Table 1. Serum hormones and ovarian volume [[8 weeks|f:8,week]] after the first round "
                "(mean ± SD, five rabbits per group)",
                [
                    ["Group", "FSH (mIU/mL)", "E2 (pg/mL)", "AMH (ng/mL)", "Ovarian volume (mL)"],
                    ["Normal", "6.3 ± 1.1", "52.4 ± 8.0", "3.92 ± 0.51", "0.41 ± 0.06"],
                    ["Model", "15.8 ± 2.6", "19.7 ± 4.4", "1.07 ± 0.30", "0.22 ± 0.05"],
                    ["Systemic", "10.9 ± 2.0", "31.5 ± 5.2", "1.84 ± 0.36", "0.24 ± 0.05"],
                    ["Local", "9.6 ± 1.7", "35.8 ± 6.1", "2.61 ± 0.44", "0.33 ± 0.06"],
                ],
                [0.2, 0.2, 0.2, 0.2, 0.2],
            ),
        ],
        notes=(
            "Rabbit study: species animal for every fact (corpus/real convention), except the closing clinical "
            "sentence (@human). Model drug: 'three weekly intraperitoneal injections' of cyclophosphamide "
            "60 mg/kg -> sessions 3 (count stated), route ip, dose. Groups: list 'normal, model, systemic and "
            "local groups of ten' (animals; no arm). Systemic group: hAMSCs, 5 × 10^6 cells/kg (per null), "
            "marginal ear vein (intravenous); local group: 1 × 10^6 cells per ovary, into each ovary "
            "(intraovarian; flank incision gives no guidance id). 'Both cell groups ... in two rounds' -> "
            "sessions 2, no arm. Killing times 4 and 8 weeks -> two facts. 'in both cell groups' -> changes "
            "without arm; 'Only the local group showed a larger ovarian volume' -> ovarian_volume increase of "
            "the local group; 'AMH rose more in the local group than in the systemic group' (a comparison of "
            "sizes) -> AMH increase without arm. Traps: three needle tracks (sites, not sessions), 14 days "
            "apart (interval), ages, weights, passage, 1 × 10^7 cells/mL (concentration), 'every two weeks' "
            "(frequency of measurement), model check (model vs normal), deaths, table rows (no facts)."
        ),
        layout={"columns": 1, "font": "sans"},
        batch=16,
    ),
    # ------------------------------------------------------------------ 177
    RealText(
        id="en_blind177_dose_escalation_ucmsc_exosomes",
        lang="en",
        kind="clinical",
        title=(
            "[[Intraovarian|r:io]] [[umbilical cord MSC|c:uc]]-derived [[exosomes|c:ev]] at three dose levels "
            "for premature ovarian insufficiency: a 3 + 3 phase I trial"
        ),
        authors="Rosalind Achterberg, Faisal Al-Khatib, Zhou Mengyao",
        journal=_J,
        year=2025,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "Cell-free products might keep the benefit of living cells while avoiding some of their risks. In "
            "this open-label 3 + 3 escalation trial, [[exosomes|c:ev]] purified from the conditioned medium of "
            "[[umbilical cord mesenchymal stromal cells|c:uc]] ([[UC-MSC|c:uc]]-[[Exos|c:ev]]) were given to "
            "women with premature ovarian insufficiency (FSH > 40 IU/L, amenorrhoea of at least 6 months, age "
            "20-39 years). Each woman had a course of [[three injections|s:3]], at weeks 0, 4 and 8, "
            "[[into both ovaries under transvaginal ultrasound guidance|r:io,tvus]]; each ovary received "
            "[[0.5 mL|d:0.5,mL,ovary]] divided between two puncture sites. The dose was "
            "[[50 μg|d:50,ug,ovary#level 1]] of exosomal protein per ovary at level 1, "
            "[[100 μg|d:100,ug,ovary#level 2]] at level 2 and [[200 μg|d:200,ug,ovary#level 3]] at level 3. "
            "Eighteen women were screened and [[fifteen|n:15]] treated: [[three|n:3#level 1]] at level 1, "
            "[[six|n:6#level 2]] at level 2 (expanded after one grade 2 pelvic pain) and [[six|n:6#level 3]] at "
            "level 3. No dose-limiting toxicity occurred. Median follow-up was [[14 months|f:14,month]] "
            "(range 9-20). At the [[6-month visit|f:6,month]], AMH had [[risen|h:AMH,inc#level 3]] at level 3 "
            "(median 0.06 to 0.21 ng/mL) and FSH had [[fallen|h:FSH,dec#level 3]] (74 to 52 IU/L), whereas at "
            "the two lower levels [[AMH|h:AMH,nc]] and [[FSH stayed flat|h:FSH,nc]]. LH "
            "[[did not change|h:LH,nc]] at any level. Two women at level 3 whose AMH was again undetectable at "
            "the [[9-month visit|f:9,month#level 3]] were given a booster, making "
            "[[four injections|s:4#level 3]] in all."
        ),
        body=[
            "**Product.** Vesicles were isolated by tangential-flow filtration and ultracentrifugation from the "
            "medium of passage-4 cells, had a modal diameter of 96 nm and were diluted in saline to 0.1, 0.2 or "
            "0.4 μg/μL of protein for the three levels. Each lot was released after sterility and endotoxin "
            "testing.",
            "**Assessments.** Serum FSH, LH, E2 and AMH and a transvaginal antral follicle count were obtained at "
            "screening and at months [[1, 3, 6, 9 and 12|f:12,month]] after the third injection. Thirteen women "
            "attended the [[12-month visit|f:12,month]]; two at level 2 moved away. The antral follicle count "
            "[[rose|h:AFC,inc#level 3]] by one or two follicles in four of the six women at level 3. One woman at "
            "level 3 conceived spontaneously in month 11.",
            (
                "table",
                "Table 1. Dose levels, women treated and median change from baseline to [[month 6|f:6,month]]",
                [
                    ["Level", "Protein per ovary", "Women", "ΔAMH (ng/mL)", "ΔFSH (IU/L)"],
                    ["1", "[[50 μg|d:50,ug,ovary#level 1]]", "[[3|n:3#level 1]]", "+0.01", "−2"],
                    ["2", "[[100 μg|d:100,ug,ovary#level 2]]", "[[6|n:6#level 2]]", "+0.03", "−6"],
                    ["3", "[[200 μg|d:200,ug,ovary#level 3]]", "[[6|n:6#level 3]]", "+0.15", "−22"],
                ],
                [0.14, 0.26, 0.16, 0.22, 0.22],
            ),
        ],
        notes=(
            "Phase I escalation of UC-MSC exosomes. 'UC-MSC-Exos' and 'umbilical cord MSC-derived exosomes' are "
            "two mentions each (uc, ev). Sessions: 'a course of three injections' -> 3 (all women, no arm); 'at "
            "weeks 0, 4 and 8' is the schedule (no sessions, no follow-up); 'three dose levels' is not sessions; "
            "booster: 'making four injections in all' -> 4 for level 3 (the two women are at level 3). Doses: "
            "each value in its own clause naming its level -> arms 'level 1/2/3'; 0.5 mL per ovary (volume of "
            "the suspension, every level: no arm). Sample: fifteen (treated = enrolled), three/six/six per level "
            "with arms; 'Eighteen women were screened' and 'Thirteen women attended' not marked. Table rows '1', "
            "'2', '3' are the levels (label kept 'level N'). Follow-up: median 14 months (range not marked), "
            "'6-month visit' (own comma clause, no arm), '9-month visit' in the clause naming level 3 (arm; "
            "doubtful), month list -> 12, '12-month visit', table caption 'month 6'. Hormones: level-3 rise/fall; "
            "'at the two lower levels' (two groups, no arm) AMH and FSH no change; LH 'at any level' no arm; AFC "
            "rose in four of six women at level 3 (marked with arm; doubtful: a responder subset). Traps: "
            "two puncture sites, passage 4, 96 nm, μg/μL concentrations, FSH > 40 IU/L, ages, amenorrhoea, "
            "'transvaginal antral follicle count' (no therapy delivered: no route), pregnancy in month 11."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=16,
    ),
    # ------------------------------------------------------------------ 178
    RealText(
        id="en_blind178_case_report_mensc_two_stage",
        lang="en",
        kind="case",
        title=(
            "A [[two-stage|s:2]] course of allogeneic [[menstrual blood-derived stem cells|c:men]] for ovarian "
            "insufficiency after Hodgkin lymphoma: [[a case report|n:1]]"
        ),
        authors="Oluwaseun Adebayo-Hart, Greta Lindahl",
        journal=_J,
        year=2023,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "**Introduction** Young women given escalated alkylating regimens for Hodgkin lymphoma often lose "
            "ovarian function, and oocyte donation is the usual route to pregnancy. "
            "**Case presentation** A 31-year-old nulliparous woman had been amenorrhoeic for 26 months after "
            "six cycles of escalated BEACOPP; FSH was 96 and 104 IU/L on two occasions a month apart, and AMH "
            "was undetectable. She declined donor oocytes and consented to allogeneic "
            "[[menstrual blood-derived stem cells|c:men]] ([[MenSCs|c:men]]) from a screened donor, given in "
            "[[two stages|s:2]]. At stage one, [[5 × 10^{6} cells|d:5e6,cells,ovary]] in "
            "[[1 mL|d:1,mL,ovary]] were [[injected into each ovary at laparoscopy|r:io,lap]]; at stage two, "
            "three months later, she received [[1 × 10^{6} cells/kg|d:1e6,cells/kg,-]] by "
            "[[peripheral intravenous infusion|r:iv]] over 20 minutes. "
            "**Outcome** [[Three months after the second stage|f:3,month]] FSH [[had fallen|h:FSH,dec]] to "
            "28 IU/L and estradiol [[had risen|h:E2,inc]] from below 20 to 96 pg/mL; at the "
            "[[nine-month visit|f:9,month]] AMH [[had increased|h:AMH,inc]] to 0.12 ng/mL. Menses returned "
            "five months after stage two and have continued at intervals of 32-45 days. She has been followed "
            "for [[22 months|f:22,month]] since stage one, and one IVF cycle yielded a single oocyte that did "
            "not fertilise. "
            "**Conclusion** Local and systemic delivery of [[MenSCs|c:men]] in sequence was well tolerated and "
            "was followed by partial recovery of ovarian function."
        ),
        body=[
            "**Cell product.** Donor [[MenSCs|c:men]] were expanded to passage 5, were 96% viable after thawing "
            "and were released after testing for sterility, mycoplasma and endotoxin.",
            "**Discussion** Two earlier reports used the same cell type in ovarian failure. Kovač et al. [9] "
            "gave [[four|s:4]] [[intravenous|r:iv]] infusions of [[MenSCs|c:men]] to [[seven women|n:7]] and saw "
            "[[lower FSH|h:FSH,dec]] in five, and [[a single patient|n:1]] given cells [[into the ovary|r:io]] "
            "had [[lower FSH|h:FSH,dec]] [[one year|f:1,year]] later [10]. Our patient's course differs in "
            "combining [[intraovarian|r:io]] and [[intravenous|r:iv]] delivery. She will be followed until the "
            "age of natural menopause.",
        ],
        notes=(
            "Single case report (no arms). 'a case report' -> n 1 (as in earlier batches). Sessions: 'two-stage' "
            "(title) and 'in two stages' -> 2 (two administrations, one per stage; doubtful whether a reviewer "
            "reads 'stages' as sessions); 'stage one', 'stage two', 'the second stage' are ordinals of counted "
            "sessions (no fact). Doses: 5 × 10^6 cells and 1 mL per ovary ('into each ovary'); 1 × 10^6 cells/kg "
            "(per null). Routes: laparoscopic intraovarian; peripheral intravenous. Follow-up: 'Three months "
            "after the second stage' (outcome measured), 'nine-month visit', 'followed for 22 months'. Not "
            "follow-up: 26 months of amenorrhoea, 'three months later' (interval between stages), menses 'five "
            "months after stage two' (time to event), 'followed until the age of natural menopause' (no value), "
            "20 minutes. Traps: six cycles of BEACOPP (chemotherapy cycles), 'on two occasions' (measurements), "
            "one IVF cycle, passage 5, viability, cycle intervals, 'in five' (responders). Cited studies [9] "
            "(seven women, four intravenous infusions, lower FSH) and [10] (a single patient, intraovarian, "
            "lower FSH one year later) are facts of the document."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=16,
    ),
    # ------------------------------------------------------------------ 179
    RealText(
        id="en_blind179_meta_analysis_msc_poi",
        lang="en",
        kind="review",
        title=(
            "[[Mesenchymal stem cells|c:msc]] and their [[exosomes|c:ev]] for premature ovarian insufficiency: "
            "a systematic review and meta-analysis of clinical and animal studies"
        ),
        authors="Camille Desrosiers, Arjun Venkataraman, Li Shuhan, Tomás Ibarra",
        journal=_J,
        year=2025,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "**Background** Trials of [[mesenchymal stem cell|c:msc]] therapy for premature ovarian "
            "insufficiency (POI) are small and varied. **Methods** We searched MEDLINE, Embase, CENTRAL and two "
            "Chinese databases from inception to 31 March 2025 for clinical and animal studies in which "
            "[[mesenchymal stem cells|c:msc]] ([[MSCs|c:msc]]) or their [[exosomes|c:ev]] were given to treat "
            "POI. Random-effects models pooled the change from baseline in clinical studies and the "
            "treated-versus-model difference in animal studies. **Results** Seventeen studies were included: "
            "nine clinical studies with [[486 women|n:486]] and eight animal studies (six in mice, two in rats). "
            "In women, FSH [[fell|h:FSH,dec]] by a pooled mean of 15.8 IU/L (95% CI 10.6-21.0; I² = 71%), AMH "
            "[[rose|h:AMH,inc]] (SMD 0.58) and estradiol [[rose|h:E2,inc]] (SMD 0.44), while the antral follicle "
            "count, reported in three studies, [[did not change significantly|h:AFC,nc]]. FSH [[fell more|h:FSH,dec]] after "
            "[[intraovarian injection|r:io]] than after [[ovarian artery infusion|r:oa]] or "
            "[[intravenous infusion|r:iv]] (P for subgroup difference = 0.03), and more in studies giving "
            "[[repeated|s:-]] injections than in those giving [[one|s:1]]. Seven of the nine studies followed "
            "women for 12 months or less, and only three had a control arm. **Conclusions** [[MSC|c:msc]] "
            "therapy [[may lower FSH|h:FSH,dec]] and [[raise AMH|h:AMH,inc]] in POI, but the certainty of the "
            "evidence is low."
        ),
        body=[
            "**Clinical studies.** Table 1 lists the nine studies. Five used [[umbilical cord MSCs|c:uc]], two "
            "[[bone marrow MSCs|c:bm]], one [[adipose MSCs|c:ad]] and one [[menstrual blood stem cells|c:men]]; "
            "one of the umbilical cord studies gave [[exosomes|c:ev]] rather than cells. Feng et al. [15] "
            "infused cells monthly for three months through the [[ovarian artery|r:oa]]. In the largest trial "
            "[17], [[90 women|n:90]] were randomised to [[bone marrow MSCs|c:bm]] or to a sham puncture; "
            "[[six months|f:6,month]] after the puncture, FSH had [[fallen|h:FSH,dec]] only in women given "
            "cells. Kaur et al. [16] reported the longest observation: [[two years|f:2,year]] after "
            "[[four|s:4]] [[intravenous|r:iv]] infusions of [[menstrual blood stem cells|c:men]] in "
            "[[nine women|n:9]], AMH [[remained higher|h:AMH,inc]] than at entry.",
            (
                "table",
                "Table 1. Clinical studies included",
                [
                    ["Study", "Design", "n", "Cells", "Route", "Dose", "Sessions", "Follow-up"],
                    ["Okafor 2018 [11]", "Single-arm", "[[12|n:12]]", "[[BM-MSC|c:bm]]",
                     "[[Ovarian artery|r:oa]]", "[[5 × 10^{6} cells/ovary|d:5e6,cells,ovary]]", "[[1|s:1]]",
                     "[[12 mo|f:12,month]]"],
                    ["Lindqvist 2019 [12]", "Single-arm", "[[20|n:20]]", "[[UC-MSC|c:uc]]",
                     "[[Intraovarian (TVUS)|r:io,tvus]]", "[[1 × 10^{7} cells/ovary|d:1e7,cells,ovary]]", "[[2|s:2]]",
                     "[[6 mo|f:6,month]]"],
                    ["Park 2020 [13]", "RCT", "[[64|n:64]]", "[[UC-MSC|c:uc]]",
                     "[[Intraovarian (TVUS)|r:io,tvus]]", "[[1 × 10^{7} cells/ovary|d:1e7,cells,ovary]]", "[[1|s:1]]",
                     "[[12 mo|f:12,month]]"],
                    ["Duarte 2020 [14]", "Cohort", "[[88|n:88]]", "[[AD-MSC|c:ad]]",
                     "[[Intraovarian (laparoscopy)|r:io,lap]]", "[[2 × 10^{7} cells/ovary|d:2e7,cells,ovary]]",
                     "[[1|s:1]]", "[[6 mo|f:6,month]]"],
                    ["Feng 2021 [15]", "RCT", "[[72|n:72]]", "[[UC-MSC|c:uc]]", "[[Ovarian artery|r:oa]]",
                     "[[1 × 10^{6} cells/kg|d:1e6,cells/kg,-]]", "[[3|s:3]]", "[[12 mo|f:12,month]]"],
                    ["Kaur 2021 [16]", "Single-arm", "[[9|n:9]]", "[[MenSC|c:men]]", "[[Intravenous|r:iv]]",
                     "[[1 × 10^{6} cells/kg|d:1e6,cells/kg,-]]", "[[4|s:4]]", "[[24 mo|f:24,month]]"],
                    ["Haddad 2022 [17]", "RCT", "[[90|n:90]]", "[[BM-MSC|c:bm]]",
                     "[[Intraovarian (TVUS)|r:io,tvus]]", "[[5 × 10^{6} cells/ovary|d:5e6,cells,ovary]]", "[[1|s:1]]",
                     "[[6 mo|f:6,month]]"],
                    ["Sato 2023 [18]", "Cohort", "[[81|n:81]]", "[[UC-MSC|c:uc]] [[exosomes|c:ev]]",
                     "[[Intraovarian (TVUS)|r:io,tvus]]", "[[100 μg/ovary|d:100,ug,ovary]]", "[[3|s:3]]",
                     "[[6 mo|f:6,month]]"],
                    ["Brenner 2024 [19]", "Single-arm", "[[50|n:50]]", "[[UC-MSC|c:uc]]", "[[Intravenous|r:iv]]",
                     "[[1 × 10^{6} cells/kg|d:1e6,cells/kg,-]]", "[[2|s:2]]", "[[12 mo|f:12,month]]"],
                ],
                [0.15, 0.1, 0.06, 0.13, 0.18, 0.17, 0.09, 0.12],
                7.0,
            ),
            "**Animal studies.** The six mouse studies induced POI with cyclophosphamide or cisplatin and gave "
            "[[MSCs|c:msc@mouse]] or their [[exosomes|c:ev@mouse]] [[through the tail vein|r:iv@mouse]]; pooled, "
            "treated mice had [[lower FSH|h:FSH,dec@mouse]] (SMD −1.9) and [[higher AMH|h:AMH,inc@mouse]] "
            "(SMD 1.6) than untreated model mice. Both rat studies gave [[adipose MSCs|c:ad@rat]] "
            "[[into the ovaries|r:io@rat]] after cyclophosphamide ([[50 mg/kg|d:50,mg/kg,-@rat]] on day 1, then "
            "[[8 mg/kg|d:8,mg/kg,-@rat]] daily for 13 days), killed the rats [[4|f:4,week@rat]] and "
            "[[8 weeks|f:8,week@rat]] after treatment and reported [[higher E2|h:E2,inc@rat]] in treated rats.",
            (
                "table",
                "Table 2. Pooled clinical outcomes (change from baseline)",
                [
                    ["Outcome", "Studies", "Effect (95% CI)", "Direction"],
                    ["FSH", "8", "MD −15.8 IU/L (−21.0 to −10.6)", "[[Decreased|h:FSH,dec]]"],
                    ["AMH", "7", "SMD 0.58 (0.31 to 0.85)", "[[Increased|h:AMH,inc]]"],
                    ["Estradiol", "6", "SMD 0.44 (0.12 to 0.76)", "[[Increased|h:E2,inc]]"],
                    ["Antral follicle count", "3", "MD 0.9 (−0.4 to 2.2)", "[[No significant change|h:AFC,nc]]"],
                ],
                [0.25, 0.13, 0.37, 0.25],
            ),
            "**Limitations.** Most trials enrolled fewer than 100 women, outcome timing varied from study to "
            "study, and no trial blinded the women to a sham ovarian puncture except [17].",
        ],
        notes=(
            "Review with meta-analysis; every clinical fact has no species, the animal paragraph carries @mouse "
            "and @rat. Sample: '486 women' (pooled across the nine clinical studies; table n sum to 486), cited "
            "'90 women' [17], 'nine women' [16], and the table n column (each a cited study). Not samples: "
            "seventeen/nine/eight studies, 'fewer than 100 women' (a bound). 'MSC therapy' / 'mesenchymal stem "
            "cell therapy' -> msc mentions (the cells named as the therapy). Subgroup sentence: 'FSH fell more after ...' (a comparison of "
            "sizes: FSH decrease, no arm), routes io/oa/iv and 'repeated' (null) vs 'one' (1) sessions. '12 months or less' (a bound) and 'only three had a "
            "control arm' are not facts. Feng et al. 'monthly for three months' -> no sessions fact (frequency "
            "and duration, count inferred), though Table 1 states 3 for that study. Table 1: one fact per cell (n, cells, route with "
            "guidance where printed, dose per ovary or per kg, sessions, follow-up; the Sato exosome dose 100 μg "
            "per ovary). Table 2 Direction cells -> hormone changes. Rats: "
            "cyclophosphamide doses @rat (route not stated), killing times 4 and 8 weeks -> two facts. Mouse "
            "pooled comparison treated vs untreated model mice -> treatment effect (FSH down, AMH up)."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=16,
    ),
    # ------------------------------------------------------------------ 180
    RealText(
        id="en_blind180_mouse_busulfan_bmsc_vs_ev",
        lang="en",
        kind="animal",
        title=(
            "[[Bone marrow mesenchymal stem cells|c:bm]] and their [[extracellular vesicles|c:ev]] given "
            "[[intravenously|r:iv]] to mice with busulfan-cyclophosphamide ovarian injury"
        ),
        authors="Eun-ji Baek, Mattias Grönholm, Xu Lanfang",
        journal=_J,
        year=2024,
        doi="",
        url="",
        licence=_LIC,
        species="mouse",
        abstract=(
            "**Background** Conditioning with busulfan and cyclophosphamide before haematopoietic "
            "transplantation leaves most girls and young women with ovarian failure. **Methods** Six-week-old "
            "female ICR mice (22-25 g) were given busulfan ([[30 mg/kg|d:30,mg/kg,-]]) and cyclophosphamide "
            "([[120 mg/kg|d:120,mg/kg,-]]) as a [[single|s:1]] [[intraperitoneal injection|r:ip]]. Seven days "
            "later they were allocated to the POI, POI + [[BMSC|c:bm]] and POI + [[EV|c:ev]] groups (n = 12 per "
            "group); twelve untreated mice served as controls. The POI + [[BMSC|c:bm#POI + BMSC group]] group "
            "received [[2 × 10^{5}|d:2e5,cells,injection#POI + BMSC group]] syngeneic "
            "[[BMSCs|c:bm#POI + BMSC group]] per injection, and the POI + [[EV|c:ev#POI + EV group]] group "
            "[[25 μg|d:25,ug,injection#POI + EV group]] of [[BMSC|c:bm#POI + EV group]]-derived "
            "[[EVs|c:ev#POI + EV group]] per injection; both were dosed [[through the tail vein|r:iv]] twice a "
            "week for two weeks, and the POI group received PBS on the same days. Four mice per group were "
            "killed [[1, 2 and 4 weeks|f:4,week]] after the last injection. **Results** In the POI + "
            "[[BMSC|c:bm#POI + BMSC group]] group, FSH [[fell|h:FSH,dec#POI + BMSC group]] and AMH "
            "[[rose|h:AMH,inc#POI + BMSC group]] relative to the POI group at every time point; in the POI + "
            "[[EV|c:ev#POI + EV group]] group AMH [[rose|h:AMH,inc#POI + EV group]] but FSH "
            "[[did not fall|!h:FSH,dec#POI + EV group]]. In neither treated group did E2 "
            "[[differ|h:E2,nc]] from the POI group. **Conclusion** Intact [[BMSCs|c:bm]] protected the ovary "
            "better than their [[EVs|c:ev]] at the doses used; [[EVs|c:ev@human]] might nonetheless be simpler "
            "to give to patients."
        ),
        body=[
            "**EV preparation.** [[BMSCs|c:bm]] at passages 3-5 were grown in EV-depleted medium for 48 h; "
            "vesicles of 70-180 nm were collected by ultracentrifugation at 100,000 g and stored at 1 μg/μL. "
            "Vaginal smears were examined daily for 12 days before the model was induced, and only mice with "
            "regular cycles were used.",
            (
                "table",
                "Table 1. Serum hormones [[4 weeks|f:4,week]] after the last injection (mean ± SD; four mice per "
                "group)",
                [
                    ["Group", "FSH (mIU/mL)", "AMH (ng/mL)", "E2 (pg/mL)"],
                    ["Control", "4.8 ± 0.7", "6.41 ± 0.82", "38.2 ± 5.5"],
                    ["POI", "13.6 ± 2.2", "1.95 ± 0.44", "16.0 ± 3.8"],
                    ["POI + [[BMSC|c:bm#POI + BMSC group]]", "8.1 ± 1.4", "4.02 ± 0.63", "19.3 ± 4.6"],
                    ["POI + [[EV|c:ev#POI + EV group]]", "12.4 ± 2.0", "3.11 ± 0.58", "17.2 ± 4.1"],
                ],
                [0.31, 0.23, 0.23, 0.23],
            ),
        ],
        notes=(
            "Mouse study (species mouse), closing clinical clause @human. Model drugs: busulfan 30 mg/kg and "
            "cyclophosphamide 120 mg/kg 'as a single intraperitoneal injection' -> two doses, sessions 1, route "
            "ip. Groups named with the cell type in the name: every 'POI + BMSC' / 'POI + EV' mention is a cell "
            "mention; in the abstract's list of three groups (n = 12 per group) without arm, elsewhere with arm "
            "('POI + BMSC group', 'POI + EV group'), also the table rows. 'BMSC-derived EVs' in the EV group's "
            "clause: two mentions with that arm. Doses 'per injection' -> per injection. 'both were dosed through "
            "the tail vein twice a week for two weeks' -> route without arm (both groups), no sessions fact (a "
            "frequency; the total of four is inferred, not stated). Killing times 1, 2 and 4 weeks -> one fact "
            "(4 weeks); table caption 4 weeks. 'FSH did not fall' -> negated decrease of the EV group. 'In "
            "neither treated group did E2 differ' -> E2 no_change without arm (both groups; doubtful wording). "
            "Traps: n = 12 per group, twelve controls, four mice per group (animals), ages, weights, passages, "
            "48 h, vesicle size, 1 μg/μL, smears daily for 12 days before the model."
        ),
        layout={"columns": 1, "font": "sans"},
        batch=16,
    ),
    # ------------------------------------------------------------------ 181
    RealText(
        id="en_blind181_retro_ucmsc_knee_osteoarthritis",
        lang="en",
        kind="clinical",
        title=(
            "[[One|s:1]] or [[two|s:2]] intra-articular injections of [[umbilical cord mesenchymal stem "
            "cells|c:uc]] for knee osteoarthritis: a retrospective cohort study over [[two years|f:2,year]]"
        ),
        authors="Declan Fitzmaurice, Yoko Hirabayashi, Stanislav Petrenko",
        journal=_J,
        year=2024,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "**Purpose** To compare [[one|s:1]] with [[two|s:2]] intra-articular injections of allogeneic "
            "[[umbilical cord mesenchymal stem cells|c:uc]] ([[UC-MSCs|c:uc]]) in symptomatic knee "
            "osteoarthritis. **Methods** We reviewed the records of [[96 patients|n:96]] with Kellgren-Lawrence "
            "grade 2-3 disease (mean duration of symptoms 6.8 years) treated at one sports medicine clinic "
            "between 2018 and 2022. [[Fifty-one|n:51#cohort A]] had received [[one injection|s:1#cohort A]] "
            "(cohort A) and [[forty-five|n:45#cohort B]] had received [[two injections|s:2#cohort B]] six months "
            "apart (cohort B), the choice depending on the year of treatment rather than on disease severity. "
            "In both cohorts, each injection held [[4 mL|d:4,mL,injection]] of suspension containing "
            "[[2.5 × 10^{7} cells|d:2.5e7,cells,injection]] and was placed in the suprapatellar recess under "
            "ultrasound guidance. WOMAC and pain scores were recorded at [[6, 12 and 24 months|f:24,month]] "
            "after the first injection; the median follow-up was [[31 months|f:31,month]] (interquartile range "
            "27-40). **Results** At [[24 months|f:24,month]], the WOMAC total had fallen from 48.3 to 29.4 "
            "points in cohort A and from 50.1 to 22.2 in cohort B (difference in change 5.1 points, P = 0.01). "
            "Eleven patients in cohort A and four in cohort B had a knee replacement by the last contact. No "
            "septic arthritis occurred; 14 patients had a painful effusion lasting 2-5 days. **Conclusion** A "
            "second injection at six months was associated with better function over "
            "[[two years|f:2,year]]."
        ),
        body=[
            "**Patients and product.** Mean age was 58.2 years and mean body-mass index 27.9; 22 patients had "
            "both knees treated, each knee with the same dose. All [[UC-MSCs|c:uc]] came from one donor bank at "
            "passage 4 and were thawed and washed within an hour of use. Physiotherapy for 6 weeks was advised "
            "after every injection.",
            (
                "table",
                "Table 2. WOMAC total score by cohort (mean ± SD)",
                [
                    ["Cohort", "n", "Baseline", "12 months", "[[24 months|f:24,month]]"],
                    ["A, [[one injection|s:1#cohort A]]", "[[51|n:51#cohort A]]", "48.3 ± 11.2", "33.0 ± 12.5",
                     "29.4 ± 13.1"],
                    ["B, [[two injections|s:2#cohort B]]", "[[45|n:45#cohort B]]", "50.1 ± 10.8", "27.6 ± 11.9",
                     "22.2 ± 12.0"],
                ],
                [0.3, 0.1, 0.2, 0.2, 0.2],
            ),
        ],
        notes=(
            "Another condition (knee osteoarthritis): intra-articular delivery has no contract route id (no "
            "route facts), no hormones. Sessions: title and purpose 'one'/'two' (comparison, no arm); cohort "
            "clauses 'one injection (cohort A)', 'two injections ... (cohort B)' with arms; table rows A/B "
            "(labels kept 'cohort A/B'). The conclusion's 'A second injection' is an ordinal of counted "
            "sessions (no fact). Sample: 96 patients, 51 and 45 with arms (also in the table). Dose: 'In both cohorts, each "
            "injection held 4 mL ... containing 2.5 × 10^7 cells' -> per injection (both cohorts, no arm). "
            "Follow-up: title 'over two years', visit list -> 24 months, median 31 months (IQR not marked), "
            "'At 24 months', table head, conclusion 'over two years'. Traps: symptom duration, 2018-2022, "
            "'six months apart' (interval), knee replacements and effusions (outcome counts), 2-5 days, 22 "
            "patients with both knees (bilateral, subgroup), passage 4, an hour, physiotherapy for 6 weeks, "
            "ages, BMI, ultrasound guidance (not a contract guidance for this route)."
        ),
        layout={"columns": 2, "font": "sans"},
        batch=16,
    ),
    # ------------------------------------------------------------------ 182
    RealText(
        id="zh_blind182_rct_ucmsc_poi_bilingual",
        lang="zh",
        kind="clinical",
        title=(
            "[[经阴道超声引导下卵巢内注射|r:io,tvus]][[人脐带间充质干细胞|c:uc]]治疗早发性卵巢功能不全的"
            "随机对照试验"
        ),
        authors="谭书瑶，韦家明，欧阳敏",
        journal=_J,
        year=2024,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "【摘要】目的 观察[[经阴道超声引导下卵巢内注射|r:io,tvus]][[人脐带间充质干细胞|c:uc]]"
            "（[[hUC-MSCs|c:uc]]）对早发性卵巢功能不全（POI）患者卵巢储备及性激素的影响。方法 选择2021年6月至"
            "2023年5月于本院生殖医学科就诊、有生育要求的POI患者，经筛查符合纳入标准并签署知情同意者[[共72例|n:72]]，"
            "以信封法随机分为研究组和对照组，[[每组36例|n:36]]。对照组口服戊酸雌二醇片及地屈孕酮片行序贯激素治疗；"
            "研究组在此基础上[[经阴道超声引导下行双侧卵巢内注射|r:io,tvus#研究组]]，每侧卵巢给予[[hUC-MSCs|c:uc#研究组]]"
            "悬液[[1 mL|d:1,mL,ovary#研究组]]（含细胞[[1000万个|d:1e7,cells,ovary#研究组]]），[[分3次|s:3#研究组]]完成，"
            "每次间隔4周。两组均于首次注射前及末次注射后[[第4、12、24周|f:24,week]]测定血清FSH、LH、E2、AMH及窦卵泡"
            "计数（AFC），并随访[[12个月|f:12,month]]记录月经及妊娠情况。结果 研究组失访2例、对照组失访3例，最终67例"
            "完成研究。末次注射后[[第12周|f:12,week]]，研究组FSH[[较治疗前下降|h:FSH,dec#研究组]]，AMH"
            "[[升高|h:AMH,inc#研究组]]，AFC[[增加|h:AFC,inc#研究组]]（P均<0.05），LH[[无明显变化|h:LH,nc#研究组]]；至"
            "[[第24周|f:24,week#研究组]]，研究组FSH仍[[低于|h:FSH,dec#研究组]]对照组（P=0.018）。随访期间研究组自然"
            "月经恢复9例，妊娠3例；对照组停药后无自然月经恢复者。两组均未发生严重不良事件。结论 "
            "[[hUC-MSCs|c:uc]][[卵巢内注射|r:io]][[3次|s:3]]可[[降低FSH|h:FSH,dec]]、[[提高AMH|h:AMH,inc]]及"
            "[[AFC|h:AFC,inc]]，并使部分POI患者恢复自然月经。"
        ),
        body=[
            "1.3 细胞制备 [[hUC-MSCs|c:uc]]由本院干细胞制备中心提供，取自健康足月剖宫产新生儿脐带，培养至第4代，"
            "CD73、CD90、CD105阳性率>95%，CD34、CD45阳性率<2%，活率≥90%，细胞浓度为1×10^{7}个/mL。注射在静脉"
            "麻醉下进行，穿刺时每侧卵巢取2个进针点，术后观察2 h无不适即离院。",
            (
                "table",
                "表1 两组患者治疗前后血清激素水平及AFC比较（x±s）",
                [
                    ["组别", "指标", "治疗前", "末次注射后12周", "末次注射后[[24周|f:24,week]]"],
                    ["研究组", "FSH（IU/L）", "62.7±13.5", "44.9±12.1", "48.3±12.8"],
                    ["研究组", "AMH（ng/mL）", "0.07±0.04", "0.19±0.11", "0.16±0.10"],
                    ["研究组", "AFC（个）", "1.2±0.9", "2.6±1.3", "2.3±1.2"],
                    ["对照组", "FSH（IU/L）", "60.9±14.2", "57.5±13.6", "61.0±14.0"],
                    ["对照组", "AMH（ng/mL）", "0.08±0.05", "0.08±0.04", "0.07±0.05"],
                    ["对照组", "AFC（个）", "1.3±0.8", "1.3±0.9", "1.2±0.8"],
                ],
                [0.16, 0.2, 0.2, 0.22, 0.22],
            ),
        ],
        notes=(
            "双语摘要的随机对照试验（中英两份摘要均标注，英文摘要arm用'study group'）。样本：共72例；每组36例"
            "（each_arm，无arm）；失访及'最终67例完成研究'为子集不计。研究组方案句：途径（含经阴道超声引导）、细胞、"
            "悬液1 mL与1000万个（'每侧卵巢'→per ovary）、'分3次'带arm'研究组'；'每次间隔4周'为间隔。'两组均…'一句"
            "无arm：复查时点列表→24周；随访12个月。结果：'末次注射后第12周'为独立分句、前句说全部患者，不带arm；"
            "研究组FSH下降、AMH升高、AFC增加、LH无变化带研究组；'至第24周'位于研究组句之后、同段未点名他组，按延续"
            "规则带研究组（存疑）；'研究组FSH仍低于对照组'→研究组下降。结论无arm。表1：列头有两个时间点（12周、24周）"
            "→取24周一事实；行首'研究组/对照组'只有数值，无事实。陷阱：静脉麻醉（非途径）、每侧2个进针点、第4代、"
            "1×10^7个/mL（浓度）、2 h、月经恢复及妊娠例数、激素序贯治疗（非途径、无剂量）。"
        ),
        layout={
            "columns": 1,
            "font": "serif",
            "en_title": (
                "[[Transvaginal ultrasound-guided intraovarian injection|r:io,tvus]] of [[human umbilical cord "
                "mesenchymal stem cells|c:uc]] for premature ovarian insufficiency: a randomized controlled trial"
            ),
            "en_abstract": (
                "**Abstract: Objective** To observe the effect of [[human umbilical cord mesenchymal stem "
                "cells|c:uc]] ([[hUC-MSCs|c:uc]]) [[injected into the ovaries under transvaginal ultrasound "
                "guidance|r:io,tvus]] on ovarian reserve and sex hormones in women with premature ovarian "
                "insufficiency (POI). **Methods** [[Seventy-two patients|n:72]] were randomized into a study group "
                "and a control group, [[36 in each|n:36]]. Both groups received sequential hormone therapy; the "
                "study group additionally received [[hUC-MSCs|c:uc#study group]] "
                "([[1 × 10^{7} cells per ovary|d:1e7,cells,ovary#study group]]) in [[three|s:3#study group]] "
                "[[intraovarian injections|r:io#study group]] 4 weeks apart. Hormones and AFC were measured at "
                "[[4, 12 and 24 weeks|f:24,week]] after the last injection, and patients were followed for "
                "[[12 months|f:12,month]]. **Results** At [[week 12|f:12,week]], FSH "
                "[[had decreased|h:FSH,dec#study group]] and [[AMH|h:AMH,inc#study group]] and "
                "[[AFC had increased|h:AFC,inc#study group]] in the study group compared with baseline. At "
                "[[week 24|f:24,week#study group]], FSH in the study group remained "
                "[[lower|h:FSH,dec#study group]] than in the control group. **Conclusion** [[Three|s:3]] "
                "[[intraovarian injections|r:io]] of [[hUC-MSCs|c:uc]] [[lower FSH|h:FSH,dec]] and "
                "[[raise AMH|h:AMH,inc]] and [[AFC|h:AFC,inc]] in women with POI."
            ),
            "en_keywords": "**Key words:** premature ovarian insufficiency; umbilical cord; mesenchymal stem cells",
        },
        batch=16,
    ),
    # ------------------------------------------------------------------ 183
    RealText(
        id="zh_blind183_mouse_cisplatin_hamsc",
        lang="zh",
        kind="animal",
        title="[[人羊膜间充质干细胞|c:am]][[经尾静脉|r:iv]]移植对顺铂致卵巢损伤小鼠的保护作用",
        authors="邱慧敏，钟立新，白雪",
        journal=_J,
        year=2023,
        doi="",
        url="",
        licence=_LIC,
        species="mouse",
        abstract=(
            "摘要 背景：顺铂是妇科及儿童实体肿瘤的常用化疗药物，可引起卵泡大量丢失。目的：观察"
            "[[人羊膜间充质干细胞|c:am]]（[[hAMSCs|c:am]]）[[经尾静脉|r:iv]]移植对顺铂所致卵巢损伤小鼠卵巢功能的"
            "影响。方法：6~8周龄雌性C57BL/6小鼠36只，体质量18~22 g，适应性饲养1周并连续观察动情周期10 d后，随机分为"
            "对照组、模型组和[[hAMSCs|c:am]]组，每组12只。模型组和[[hAMSCs|c:am#hAMSCs组]]组小鼠"
            "[[腹腔注射|r:ip]]顺铂[[2 mg/kg|d:2,mg/kg,-]]，每日1次，连续7 d；对照组同法注射等量生理盐水。造模结束次日，"
            "[[hAMSCs|c:am#hAMSCs组]]组经[[尾静脉|r:iv#hAMSCs组]]注射[[hAMSCs|c:am#hAMSCs组]] "
            "[[1×10^{6}个|d:1e6,cells,-#hAMSCs组]]（悬于[[0.2 mL|d:0.2,mL,-#hAMSCs组]] PBS），1周后同法再注射1次，"
            "[[共2次|s:2#hAMSCs组]]；模型组于相同时间注射等体积PBS。首次移植后[[第2周|f:2,week]]和"
            "[[第4周|f:4,week]]每组各处死6只，ELISA法检测血清FSH、E2及AMH，HE染色计数各级卵泡。结果：模型组血清FSH"
            "较对照组升高，E2、AMH降低，动情周期紊乱。与模型组比较，[[hAMSCs|c:am#hAMSCs组]]组FSH在两个时间点均"
            "[[降低|h:FSH,dec#hAMSCs组]]，[[E2|h:E2,inc#hAMSCs组]]、[[AMH均升高|h:AMH,inc#hAMSCs组]]（P<0.05），"
            "生长卵泡数增加，闭锁卵泡减少。结论：[[hAMSCs|c:am]][[经尾静脉|r:iv]]移植可使顺铂损伤小鼠血清"
            "[[FSH降低|h:FSH,dec]]、[[E2|h:E2,inc]]及[[AMH水平升高|h:AMH,inc]]，改善卵巢功能。"
        ),
        body=[
            "1.2 细胞制备 取足月剖宫产胎盘的羊膜组织，经胰酶-胶原酶两步消化分离[[hAMSCs|c:am]]，传至第3代用于实验，"
            "流式细胞术检测CD73、CD90、CD105阳性率均>95%。",
            (
                "table",
                "表1 首次移植后[[第4周|f:4,week]]各组小鼠血清激素水平（x±s，n=6）",
                [
                    ["组别", "FSH（mIU/mL）", "E2（pg/mL）", "AMH（ng/mL）"],
                    ["对照组", "5.07±0.83", "42.6±6.1", "5.88±0.74"],
                    ["模型组", "12.94±1.87", "17.3±3.5", "1.62±0.39"],
                    ["[[hAMSCs|c:am#hAMSCs组]]组", "7.85±1.26", "29.8±4.7", "3.97±0.58"],
                ],
                [0.28, 0.24, 0.24, 0.24],
            ),
            "3 讨论 既往研究^[9]显示，[[人羊膜上皮细胞|c:haec]]经[[尾静脉|r:iv]]移植亦可使化疗小鼠"
            "[[FSH下降|h:FSH,dec]]。本研究中[[hAMSCs|c:am]]在[[2次|s:2]]注射后作用可维持至[[第4周|f:4,week]]，"
            "但更长时间的效果仍需观察。羊膜组织来源广泛、取材无创，具有临床转化价值。",
        ],
        notes=(
            "小鼠实验（物种默认mouse）。造模：顺铂2 mg/kg腹腔注射，每日1次连续7 d→剂量、途径，不计次数（每日给药时长）。"
            "分组列表'对照组、模型组和hAMSCs组，每组12只'中的hAMSCs为细胞提及，无arm；'模型组和hAMSCs组小鼠腹腔注射'"
            "一句点名两组：组名中的hAMSCs带hAMSCs组，顺铂剂量、途径两组共有，无arm。hAMSCs组方案：尾静脉、1×10^6个"
            "（per null）、悬液0.2 mL（注射体积，计剂量）、'共2次'带arm；'1周后同法再注射1次'不另计（次数取'共2次'）。"
            "处死时间'首次移植后第2周和第4周'→两事实；表题第4周；讨论'维持至第4周'为测量时点→随访。结果：'与模型组"
            "比较，hAMSCs组…'→hAMSCs组的变化；'在两个时间点'无数值。讨论^[9]人羊膜上皮细胞→amniotic_epithelial_cell"
            "（小鼠）；'2次注射'为本研究次数，无arm。陷阱：周龄、体质量、36只/每组12只/n=6（动物）、观察动情周期10 d"
            "（造模前）、第3代、阳性率、模型组较对照组变化（模型鉴定）、'胎盘''羊膜组织'（组织）。"
        ),
        layout={"columns": 1, "font": "sans"},
        batch=16,
    ),
    # ------------------------------------------------------------------ 184
    RealText(
        id="zh_blind184_rat_vcd_adsc_three_doses",
        lang="zh",
        kind="animal",
        title="不同剂量[[脂肪间充质干细胞|c:ad]][[卵巢内注射|r:io]]对4-乙烯基环己烯二环氧化物诱导卵巢早衰大鼠的影响",
        authors="龚晓燕，丁伟，邵一凡",
        journal=_J,
        year=2022,
        doi="",
        url="",
        licence=_LIC,
        species="rat",
        abstract=(
            "目的 探讨不同剂量[[脂肪间充质干细胞|c:ad]]（[[ADSCs|c:ad]]）[[卵巢内注射|r:io]]对4-乙烯基环己烯二环氧"
            "化物（VCD）诱导卵巢早衰（POF）大鼠的影响。方法 8周龄雌性SD大鼠60只，随机取12只为正常组，其余48只"
            "[[腹腔注射|r:ip]]VCD [[80 mg/kg|d:80,mg/kg,-]]，每日1次，连续15 d。建模成功后随机分为模型组、低剂量组、"
            "中剂量组和高剂量组，每组12只。低剂量组、中剂量组和高剂量组大鼠麻醉后经背部切口暴露双侧卵巢，分别"
            "[[向每侧卵巢内注射|r:io]][[ADSCs|c:ad]] [[2.5×10^{5}|d:2.5e5,cells,ovary#低剂量组]]、"
            "[[5×10^{5}|d:5e5,cells,ovary#中剂量组]]、[[1×10^{6}个|d:1e6,cells,ovary#高剂量组]]，每侧卵巢分3点注射，"
            "均为[[单次|s:1]]给药；模型组同法注射等体积PBS。于注射后[[1、2、4、8周|f:8,week]]每组各处死3只大鼠，检测"
            "血清FSH、E2、AMH并行卵巢组织学检查。结果 注射后[[8周|f:8,week]]，3个剂量组FSH均"
            "[[低于|h:FSH,dec]]模型组，[[AMH均高于|h:AMH,inc]]模型组（P<0.05），以高剂量组FSH"
            "[[下降最为明显|h:FSH,dec]]；中、高剂量组[[E2升高|h:E2,inc]]，低剂量组E2与模型组比较"
            "[[差异无统计学意义|h:E2,nc#低剂量组]]。结论 [[ADSCs|c:ad]][[卵巢内注射|r:io]]可使VCD大鼠"
            "[[FSH降低|h:FSH,dec]]、[[AMH升高|h:AMH,inc]]，且效应随剂量增加而增强。"
        ),
        body=[
            "1.2 [[ADSCs|c:ad]]的分离培养 取4周龄雄性SD大鼠腹股沟脂肪，Ⅰ型胶原酶消化后贴壁培养，取第3代细胞，经成脂、成骨诱导"
            "鉴定。建模判定：连续7 d阴道涂片显示动情周期紊乱，且血清FSH较正常组明显升高。",
            (
                "table",
                "表1 注射后[[8周|f:8,week]]各组大鼠血清激素水平（x±s，n=3）",
                [
                    ["组别", "每侧卵巢细胞数（个）", "FSH（IU/L）", "E2（pg/mL）", "AMH（ng/mL）"],
                    ["正常组", "—", "3.86±0.47", "36.2±4.8", "5.41±0.62"],
                    ["模型组", "—", "10.73±1.35", "13.9±3.0", "1.37±0.29"],
                    ["低剂量组", "[[2.5×10^{5}|d:2.5e5,cells,ovary#低剂量组]]", "8.52±1.12", "16.1±3.3",
                     "2.24±0.41"],
                    ["中剂量组", "[[5×10^{5}|d:5e5,cells,ovary#中剂量组]]", "7.14±0.98", "21.5±3.9",
                     "3.08±0.47"],
                    ["高剂量组", "[[1×10^{6}|d:1e6,cells,ovary#高剂量组]]", "5.61±0.80", "26.7±4.4",
                     "4.15±0.55"],
                ],
                [0.16, 0.24, 0.2, 0.2, 0.2],
            ),
        ],
        notes=(
            "大鼠实验（物种默认rat）。造模：VCD 80 mg/kg腹腔注射，每日1次连续15 d→剂量、途径，不计次数。分组：四组"
            "'每组12只'为动物数。'低剂量组、中剂量组和高剂量组…分别…2.5×10^5、5×10^5、1×10^6个'→各组带本组名arm"
            "（分别一一对应），每侧卵巢→per ovary；途径与ADSCs提及为三组共有，无arm；'每侧卵巢分3点注射'为注射位点，"
            "非次数；'均为单次给药'→1，无arm。处死时间列表1、2、4、8周（三个以上）→8周一事实；结果'注射后8周'与表题"
            "再计。激素：'3个剂量组…均'无arm；'以高剂量组FSH下降最为明显'为幅度比较，事实无arm；'中、高剂量组E2升高'"
            "（一个组头词前列两名）无arm；低剂量组E2差异无统计学意义→无变化带低剂量组。表1行首为组名：细胞数为该组剂量"
            "（带arm）。陷阱：周龄、60/48/12只、n=3、第3代、连续7 d阴道涂片、建模判定中的FSH升高（模型鉴定）。"
        ),
        layout={"columns": 1, "font": "serif"},
        batch=16,
    ),
    # ------------------------------------------------------------------ 185
    RealText(
        id="zh_blind185_retro_bmsc_artery_vs_intraovarian",
        lang="zh",
        kind="clinical",
        title=(
            "自体[[骨髓间充质干细胞|c:bm]][[经卵巢动脉介入|r:oa,ir]]与[[经阴道超声引导卵巢内注射|r:io,tvus]]治疗"
            "卵巢早衰的回顾性对比分析"
        ),
        authors="潘卫东，鲁婉清，杭一航",
        journal=_J,
        year=2023,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "【摘要】目的 比较[[经卵巢动脉介入|r:oa,ir]]与[[经阴道超声引导卵巢内注射|r:io,tvus]]两种途径移植自体"
            "[[骨髓间充质干细胞|c:bm]]（[[BMSCs|c:bm]]）治疗卵巢早衰（POF）的效果。方法 回顾性分析2017年1月至"
            "2022年12月在我院接受自体[[BMSCs|c:bm]]移植的POF患者[[58例|n:58]]的临床资料，按移植途径分为A组"
            "（[[经卵巢动脉介入|r:oa,ir#A组]]，[[27例|n:27#A组]]）和B组（[[经阴道超声引导卵巢内注射|r:io,tvus#B组]]，"
            "[[31例|n:31#B组]]）。全部患者于局麻下自髂后上棘抽取骨髓约60 mL，体外扩增至第3代，每侧卵巢移植"
            "[[BMSCs|c:bm]] [[1×10^{7}个|d:1e7,cells,ovary]]（悬于生理盐水[[2 mL|d:2,mL,ovary]]），3个月后再次移植，"
            "[[共2次|s:2]]。于首次移植前及第二次移植后[[1、3、6个月|f:6,month]]复查血清FSH、LH、E2及AMH。中位随访"
            "[[14个月|f:14,month]]（范围6~30个月）。结果 两组FSH均[[较移植前下降|h:FSH,dec]]（P均<0.05），A组FSH"
            "[[下降幅度大于|h:FSH,dec]]B组（P=0.032）。A组AMH[[升高|h:AMH,inc#A组]]（P=0.011），B组AMH"
            "[[无明显变化|h:AMH,nc#B组]]。两组E2均[[升高|h:E2,inc]]，LH均[[无明显变化|h:LH,nc]]。随访期间A组月经恢复"
            "8例、妊娠2例，B组月经恢复5例、无妊娠；A组3例出现腹股沟穿刺点血肿，B组1例出现一过性下腹痛。结论 两种途径"
            "移植[[BMSCs|c:bm]]均可[[降低FSH|h:FSH,dec]]，[[经卵巢动脉|r:oa]]途径[[对AMH的改善|h:AMH,inc]]可能"
            "更明显。"
        ),
        body=[
            "1.3 移植方法 A组：DSA引导下经右股动脉穿刺，将4F导管及微导管[[超选择插入双侧卵巢动脉|r:oa,ir#A组]]，造影"
            "确认后每侧缓慢推注细胞悬液。B组：取膀胱截石位，[[经阴道超声引导下向双侧卵巢内注射|r:io,tvus#B组]]细胞"
            "悬液，每侧卵巢选2~3个穿刺点。两组术后均卧床观察2 h，预防性使用抗生素1 d。",
            (
                "table",
                "表1 两组患者移植前后血清FSH及AMH水平（x±s）",
                [
                    ["组别", "指标", "移植前", "第二次移植后3个月", "第二次移植后[[6个月|f:6,month]]"],
                    ["A组", "FSH（IU/L）", "71.5±16.3", "49.2±14.7", "52.8±15.1"],
                    ["A组", "AMH（ng/mL）", "0.05±0.03", "0.14±0.08", "0.12±0.07"],
                    ["B组", "FSH（IU/L）", "69.8±15.9", "58.6±15.2", "60.4±16.0"],
                    ["B组", "AMH（ng/mL）", "0.06±0.04", "0.07±0.05", "0.06±0.04"],
                ],
                [0.14, 0.2, 0.2, 0.23, 0.23],
            ),
        ],
        notes=(
            "回顾性对比（两种途径）。样本58例；A组27例、B组31例（括号在组名后，括号内途径与例数带该组arm）。'全部患者…'"
            "一句：细胞、剂量（每侧卵巢1×10^7个、悬液2 mL→per ovary）、'共2次'无arm；'每侧卵巢移植'不另标途径（A组经动脉，"
            "'移植'不说明途径）；'3个月后再次移植'为间隔及已计数次数的再提及。随访：'第二次移植后1、3、6个月'→6个月；中位"
            "随访14个月（范围不计）；表1列头两个时间点→6个月。激素：'两组…均'无arm；'A组FSH下降幅度大于B组'为幅度比较，"
            "FSH下降无arm；A组AMH升高、B组AMH无变化带各自arm；结论'对AMH的改善'→AMH升高（无arm）。途径：'超选择插入双侧"
            "卵巢动脉'（DSA）→卵巢动脉+介入，'经右股动脉穿刺'为血管入路不标；B组经阴道超声引导。陷阱：骨髓60 mL（采集量）、"
            "第3代、2~3个穿刺点、2 h、抗生素1 d、月经恢复/妊娠/血肿例数、局麻。"
        ),
        layout={"columns": 1, "font": "sans"},
        batch=16,
    ),
    # ------------------------------------------------------------------ 186
    RealText(
        id="zh_blind186_case_series_ucmsc_three_routes",
        lang="zh",
        kind="case",
        title="[[人脐带间充质干细胞|c:uc]]治疗早发性卵巢功能不全[[3例|n:3]]报告",
        authors="卢文静，裴志刚",
        journal=_J,
        year=2024,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "【摘要】本文报告[[3例|n:3]]早发性卵巢功能不全（POI）患者接受[[人脐带间充质干细胞|c:uc]]"
            "（[[hUC-MSCs|c:uc]]）治疗的经过，并结合文献讨论给药途径与治疗次数的选择。"
        ),
        body=[
            "1 病例资料",
            "例1 女，27岁，G0，因“停经14个月”就诊。月经初潮13岁，既往月经规律。间隔4周2次测定FSH分别为68.2、"
            "75.0 IU/L，AMH 0.02 ng/mL，染色体核型46,XX，FMR1基因检测阴性，诊断为POI。经医院伦理委员会批准并签署"
            "知情同意书后，于2021年4月[[在腹腔镜下行双侧卵巢注射|r:io,lap#例1]]，每侧卵巢给予[[hUC-MSCs|c:uc#例1]] "
            "[[2×10^{7}个|d:2e7,cells,ovary#例1]]，[[单次|s:1#例1]]治疗。术后[[第8周|f:8,week#例1]]复查FSH"
            "[[降至|h:FSH,dec#例1]]35.6 IU/L，术后4个月月经来潮。例1随访[[20个月|f:20,month#例1]]，月经周期35~50 d，"
            "末次复查AMH[[升至|h:AMH,inc#例1]]0.21 ng/mL，尚未妊娠。",
            "例2 女，33岁，停经8个月，合并桥本甲状腺炎，甲状腺功能正常。FSH 92.1 IU/L，AMH<0.01 ng/mL。患者拒绝"
            "手术操作，遂予[[外周静脉输注|r:iv#例2]][[hUC-MSCs|c:uc#例2]]，剂量[[1×10^{6}个/kg|d:1e6,cells/kg,-#例2]]，"
            "每周1次，[[共4次|s:4#例2]]。末次输注后[[12周|f:12,week#例2]]复查FSH 88.7 IU/L，"
            "[[无明显变化|h:FSH,nc#例2]]，E2由15 pg/mL[[升至|h:E2,inc#例2]]38 pg/mL。例2随访[[10个月|f:10,month#例2]]"
            "仍闭经，后转行赠卵体外受精助孕。",
            "例3 女，36岁，继发闭经2年，FSH 82.4 IU/L，AMH低于检测下限。于[[经阴道超声引导下行右侧卵巢注射|r:io,tvus#例3]]"
            "（左侧卵巢显示不清），给予[[hUC-MSCs|c:uc#例3]] [[1×10^{7}个|d:1e7,cells,ovary#例3]]。因AMH持续低于检测"
            "下限，于首次注射后6个月行[[第二次移植|s:2#例3]]，此次左右卵巢各给予[[1×10^{7}个|d:1e7,cells,ovary#例3]]。"
            "第二次移植后[[第3个月|f:3,month#例3]]FSH[[降至|h:FSH,dec#例3]]41.0 IU/L，AMH[[升至|h:AMH,inc#例3]]"
            "0.08 ng/mL。例3随访至今已[[14个月|f:14,month#例3]]，于第二次移植后7个月自然妊娠，现孕24周，产前检查未见"
            "异常。",
            "2 讨论 本组[[3例|n:3]]患者治疗后均未出现发热、感染及卵巢出血等不良反应。例2采用[[静脉|r:iv#例2]]途径，"
            "[[FSH未见下降|!h:FSH,dec#例2]]，而例1、例3均为[[卵巢局部注射|r:io]]，提示局部给药可能更有利于细胞归巢。"
            "既往研究^[6]报道[[28例|n:28]]POI患者[[卵巢内注射|r:io]][[脐带MSC|c:uc]]后[[6个月|f:6,month]]，约1/3患者"
            "AMH[[升高|h:AMH,inc]]。对于[[单次|s:1]]注射无效者，[[重复移植|s:-]]是否获益尚需更多病例证实。",
        ],
        notes=(
            "病例系列（3例）：'例1''例2''例3'作arm，各自途径、细胞、剂量、次数、随访、激素带该例标签；以'例N随访…'"
            "开句以免'随访'开句中断标签。样本：标题、摘要、讨论'本组3例'→3（无arm）。例1：腹腔镜下卵巢注射、每侧卵巢"
            "2×10^7个、单次；'术后第8周复查'→随访；'术后4个月月经来潮'为至事件时间，不计。例2：外周静脉输注、1×10^6个/kg"
            "（per null）、'每周1次，共4次'→4；'末次输注后12周复查'→随访；FSH无变化、E2升高。例3：经阴道超声引导右侧卵巢"
            "注射1×10^7个（per ovary）；'第二次移植'为序数且文中未给出例3的次数总数→2（arm例3）；'首次注射后6个月'为两次"
            "之间的间隔（非随访）；'左右卵巢各给予1×10^7个'→per ovary；'第二次移植后第3个月'→随访；'第二次移植后7个月"
            "自然妊娠''孕24周'不计。讨论（名称只标本句）：例2静脉途径、FSH未见下降（否定的下降）带例2；'例1、例3均为卵巢"
            "局部注射'两例并列，无arm；^[6]引用研究28例、卵巢内注射、脐带MSC、6个月、AMH升高；'单次'→1、'重复移植'→null。"
            "陷阱：年龄、停经时长、'间隔4周2次测定'（测量）、月经周期35~50 d、FMR1、赠卵IVF。"
        ),
        layout={"columns": 1, "font": "serif"},
        batch=16,
    ),
    # ------------------------------------------------------------------ 187
    RealText(
        id="zh_blind187_review_msc_exosomes_poi",
        lang="zh",
        kind="review",
        title="[[间充质干细胞|c:msc]]来源[[外泌体|c:ev]]治疗早发性卵巢功能不全的研究进展",
        authors="祁梦琪，范建华",
        journal=_J,
        year=2025,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "【摘要】早发性卵巢功能不全（POI）严重影响女性生育力及远期健康。[[间充质干细胞|c:msc]]（[[MSCs|c:msc]]）"
            "来源的[[外泌体|c:ev]]具有免疫原性低、易于储存等优点，被视为细胞治疗的替代方案。本文从动物实验与临床研究"
            "两方面综述[[MSCs|c:msc]]-[[外泌体|c:ev]]治疗POI的进展，并讨论剂量标准化及给药途径等问题。"
        ),
        body=[
            "1 动物实验 Liu等^[11]以环磷酰胺（首日[[50 mg/kg|d:50,mg/kg,-@mouse]]，其后每日[[8 mg/kg|d:8,mg/kg,-@mouse]]，"
            "连续14 d）[[腹腔注射|r:ip@mouse]]建立小鼠POI模型，继而经[[尾静脉|r:iv@mouse]]注射"
            "[[人脐带间充质干细胞|c:uc@mouse]]来源[[外泌体|c:ev@mouse]]，每次[[150 μg|d:150,ug,injection@mouse]]，"
            "每周1次，[[共3次|s:3@mouse]]，分别于末次注射后[[1、2、4周|f:4,week@mouse]]取材，小鼠血清"
            "[[FSH降低|h:FSH,dec@mouse]]，[[AMH升高|h:AMH,inc@mouse]]。Yang等^[12]在顺铂诱导的大鼠模型中"
            "[[直接向卵巢内注射|r:io@rat]][[骨髓MSC|c:bm@rat]]来源[[外泌体|c:ev@rat]]，每侧卵巢"
            "[[50 μg|d:50,ug,ovary@rat]]，[[单次|s:1@rat]]给药，注射后[[4周|f:4,week@rat]]大鼠[[E2|h:E2,inc@rat]]及"
            "[[AMH水平均上升|h:AMH,inc@rat]]，超声测得卵巢体积[[增大|h:ovarian_volume,inc@rat]]。Chen等^[13]采用兔"
            "模型，以白消安[[20 mg/kg|d:20,mg/kg,-@animal]][[单次|s:1@animal]][[腹腔注射|r:ip@animal]]造模，再经"
            "[[耳缘静脉|r:iv@animal]]注射[[经血干细胞|c:men@animal]]来源[[外泌体|c:ev@animal]]，结果"
            "[[FSH无明显变化|h:FSH,nc@animal]]，但[[AMH升高|h:AMH,inc@animal]]，提示大动物中外泌体剂量可能需要按体重"
            "换算。此外，在动物模型中，[[胎盘MSC|c:pl@animal]]、[[羊膜MSC|c:am@animal]]及[[脂肪MSC|c:ad@animal]]来源的"
            "[[外泌体|c:ev@animal]]亦显示出类似作用^[14]。",
            "2 临床研究 外泌体的临床研究仍处于起步阶段。一项单臂研究^[15]纳入[[12例|n:12]]POI患者，"
            "[[经阴道超声引导下卵巢内注射|r:io,tvus]][[脐带MSC|c:uc]]来源[[外泌体|c:ev]]，每侧卵巢"
            "[[100 μg|d:100,ug,ovary]]，[[分2次|s:2]]给药，间隔1个月，随访[[半年|f:0.5,year]]，4例患者AMH"
            "[[升至|h:AMH,inc]]可测水平，FSH平均[[下降|h:FSH,dec]]约20%。另一项纳入[[40例|n:40]]卵巢储备功能减退患者的"
            "随机对照试验^[16]显示，IVF前接受[[卵巢内注射|r:io]][[外泌体|c:ev]]者获卵数多于对照者，但两组AMH"
            "[[差异无统计学意义|h:AMH,nc]]。",
            "3 问题与展望 ①剂量单位不统一：现有研究或以蛋白量计，或以颗粒数计，后者多在10^{9}~10^{11}个颗粒之间，"
            "难以横向比较；②给药途径：[[静脉注射|r:iv]]后外泌体大量蓄积于肝脾，[[卵巢内注射|r:io]]则需麻醉或穿刺；"
            "③疗效持续时间：多数动物实验观察期不超过8周，临床研究随访多在1年以内；④样本量小，现有临床研究均少于50例。"
            "今后需开展多中心随机对照试验，明确[[外泌体|c:ev]]的最佳剂量、给药次数与间隔。",
        ],
        notes=(
            "综述。引用研究的事实均计，带其物种：^[11]小鼠（环磷酰胺两个剂量、腹腔注射；'连续14 d'为每日给药时长不计"
            "次数；尾静脉、脐带MSC来源外泌体两提及、每次150 μg→per injection、'每周1次，共3次'→3、取材时点1、2、4周→"
            "4周一事实、FSH降低AMH升高）；^[12]大鼠（卵巢内注射、每侧卵巢50 μg、单次、4周、E2与AMH升高、卵巢体积增大）；"
            "^[13]兔→@animal（白消安20 mg/kg单次腹腔注射→剂量、次数1、途径；耳缘静脉→静脉；经血干细胞→menstrual_blood_msc；"
            "FSH无变化、AMH升高）；^[14]'在动物模型中'→@animal。临床：^[15]12例、经阴道超声引导卵巢内注射、每侧卵巢100 μg、"
            "分2次、随访半年→0.5年、AMH升高、FSH下降（'4例'为结局计数）；^[16]40例、卵巢内注射、两组AMH差异无统计学意义"
            "→无变化（无arm）。展望：静脉注射、卵巢内注射为一般性途径提及（无物种）。陷阱：颗粒数10^9~10^11（无单位，"
            "非剂量）、'不超过8周''1年以内'（上限，非随访）、'少于50例'（上限）、'间隔1个月'、'给药次数'（无数值）、"
            "标题'间充质干细胞'按MSC→msc。"
        ),
        layout={"columns": 2, "font": "serif"},
        batch=16,
    ),
    # ------------------------------------------------------------------ 188
    RealText(
        id="zh_blind188_singlearm_ucmsc_rheumatoid",
        lang="zh",
        kind="clinical",
        title="[[静脉输注|r:iv]][[人脐带间充质干细胞|c:uc]]治疗难治性类风湿关节炎的单臂临床研究",
        authors="聂红梅，岑立军，覃晓东",
        journal=_J,
        year=2023,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "【摘要】目的 观察[[人脐带间充质干细胞|c:uc]]（[[hUC-MSCs|c:uc]]）[[静脉输注|r:iv]]治疗难治性类风湿关节炎"
            "（RA）的安全性及疗效。方法 前瞻性、单中心、单臂研究。2020年9月至2022年8月共筛选RA患者63例，最终"
            "[[共纳入48例|n:48]]，男9例，女39例，年龄（49.6±10.2）岁，病程（8.3±4.1）年，均经甲氨蝶呤（≥15 mg/周）"
            "规范治疗3个月以上而DAS28仍>3.2。在原治疗方案基础上，经肘[[静脉输注|r:iv]][[hUC-MSCs|c:uc]]，剂量"
            "[[1.0×10^{6}~1.5×10^{6}个/kg|d:1e6,cells/kg,-,1e6,1.5e6]]，每周1次，[[共4次|s:4]]。于首次输注后第"
            "[[4、12、24周|f:24,week]]评估DAS28、ACR20/50应答及实验室指标，[[随访24周|f:24,week]]。结果 45例完成"
            "[[24周|f:24,week]]随访，3例因个人原因退出。[[第24周|f:24,week]]ACR20应答率为55.6%（25/45），DAS28由"
            "5.62±0.81降至3.94±1.02（P<0.001），血沉及C反应蛋白均下降。输注后一过性发热6例，均在24 h内缓解，未见"
            "严重不良事件。结论 [[hUC-MSCs|c:uc]][[静脉输注|r:iv]][[4次|s:4]]治疗难治性RA安全，可改善疾病活动度。"
        ),
        body=[
            "1.3 细胞制备 [[hUC-MSCs|c:uc]]由本院GMP实验室制备，取自健康足月剖宫产新生儿脐带，组织块贴壁法培养，第4~6代"
            "细胞用于临床，活率≥95%，内毒素及支原体检测阴性。",
            (
                "table",
                "表1 治疗前后DAS28及炎症指标变化（x±s，n=45）",
                [
                    ["指标", "基线", "第4周", "第12周", "[[第24周|f:24,week]]"],
                    ["DAS28", "5.62±0.81", "4.88±0.93", "4.21±0.97", "3.94±1.02"],
                    ["ESR（mm/h）", "46.3±18.2", "38.7±16.5", "31.4±15.0", "29.8±14.6"],
                    ["CRP（mg/L）", "24.9±13.1", "18.6±11.4", "13.2±9.8", "12.5±9.6"],
                ],
                [0.24, 0.19, 0.19, 0.19, 0.19],
            ),
        ],
        notes=(
            "另一疾病（类风湿关节炎）单臂研究：只标合同有值的事实，无激素（DAS28、ESR、CRP均非合同激素）。样本：'共纳入"
            "48例'；筛选63例、男9例女39例、'45例完成24周随访'（子集）、3例退出、表题n=45（完成者子集）、应答25/45、发热"
            "6例均不计。剂量范围1.0×10^6~1.5×10^6个/kg→value取低值，low/high，per null（/kg）。次数：'每周1次，共4次'→4；"
            "结论'4次'→4。随访：评估时点列表第4、12、24周→24周；'随访24周'；'完成24周随访'；'第24周ACR20'（测量时点）；"
            "表1列头≥2个时间点→第24周。陷阱：甲氨蝶呤≥15 mg/周（纳入条件阈值，非方案剂量）、3个月以上、DAS28>3.2、年龄、"
            "病程、第4~6代、活率、24 h、'脐带'（组织）。"
        ),
        layout={"columns": 1, "font": "sans"},
        batch=16,
    ),
]
