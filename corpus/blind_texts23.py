"""Invented papers written for litx by an annotator who had not seen its rules (twenty-third batch).

Part of the development set of invented papers (studied and tuned on, unlike
corpus/heldout_texts.py).  Every title, name, number and sentence below is invented;
nothing is copied from any paper.  Fact marks ``[[words|spec]]`` follow
corpus/ANNOTATION.md and the markup of corpus/make_papers.py.  This batch varies the kinds of
study and how their design is reported: a phase I dose-escalation study in three lettered cohorts
(per-kg doses, infusions on days 1, 8 and 15), a four-arm randomised trial of PRP schedules (arms
named PRP-1, PRP-2, PRP-3 and control; 'monthly for three months' beside 'three injections'), a
delayed-treatment randomised trial (immediate versus delayed group, the delayed group treated at
month 6), a registry of women given one or two procedures, a case series told case by case, a
three-arm randomised trial by route in Chinese (A组, B组, C组), a single-arm study with 每周1次，共4次, a
retrospective cohort grouped by the number of intrauterine PRP instillations (1次组, 2次组, 3次组),
mouse and rat studies (three exosome doses given weekly for three weeks and an ordinal 'third
injection'; three hAMSC doses named 低、中、高剂量组 with 分别; early versus delayed transplantation),
a case report, a narrative review and a Chinese meta-analysis.  Follow-up is said through visit
schedules, tables by time point, median follow-up and ranges, 随访 in several forms, animals killed on
stated days, and look-alikes (dose-limiting-toxicity windows, time to menses or pregnancy, cycle
days, culture days, days counted from model induction, dates of the last visit, delays before
treatment).  Sample sizes are given in flow-of-participants prose, per arm in brackets and table
rows, per cohort ('cohorts of six'), beside outcome counts with percentages, completers, subgroups,
animals and bounds.
"""

from __future__ import annotations

try:
    from real_texts import RealText
except ImportError:  # pragma: no cover - imported as corpus.blind_texts23
    from corpus.real_texts import RealText

_LIC = "CC BY 4.0 (written for litx)"
_J = "litx blind set"

BLIND23: list[RealText] = [
    # ------------------------------------------------------------------ 273
    RealText(
        id="en_blind273_phase1_dose_escalation_ucmsc_iv_three_cohorts_poi",
        lang="en",
        kind="clinical",
        title=(
            "[[Intravenous|r:iv]] allogeneic [[umbilical cord mesenchymal stromal cells|c:uc]] at three dose "
            "levels in premature ovarian insufficiency: a phase I dose-escalation study"
        ),
        authors="Ingrid Haavisto-Mendes, Babajide Oyelaran, Shira Katzenelson",
        journal=_J,
        year=2026,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "**Background** The dose at which [[umbilical cord MSCs|c:uc]] can be given "
            "[[into a peripheral vein|r:iv]] without harm has not been set for women with premature ovarian "
            "insufficiency (POI). "
            "**Methods** Twenty-seven women were assessed for eligibility and [[18|n:18]] were enrolled in "
            "three sequential cohorts of [[six|n:6]]. Every woman received [[three|s:3]] infusions of "
            "[[UC-MSCs|c:uc]], on days 1, 8 and 15: cohort A [[0.5 × 10^{6} cells/kg|d:5e5,cells/kg,-#cohort A]] "
            "per infusion, cohort B [[1 × 10^{6} cells/kg|d:1e6,cells/kg,-#cohort B]] and cohort C "
            "[[2 × 10^{6} cells/kg|d:2e6,cells/kg,-#cohort C]]. A cohort was opened only after the previous one "
            "had completed 28 days without dose-limiting toxicity. Hormones were measured at baseline and "
            "[[3, 6 and 12 months|f:12,month]] after the third infusion. "
            "**Results** No dose-limiting toxicity occurred; transient fever was seen in one, one and three "
            "women of the successive cohorts. In cohort C, AMH [[rose|h:AMH,inc#cohort C]] from 0.08 to 0.21 "
            "ng/mL and FSH [[fell|h:FSH,dec#cohort C]] from 78 to 55 IU/L. In cohorts A and B, "
            "[[FSH|h:FSH,nc]] and [[AMH stayed near baseline|h:AMH,nc]]. The median follow-up was "
            "[[14 months|f:14,month]]; the last patient was seen in February 2026. "
            "**Conclusion** [[Three|s:3]] weekly infusions of up to [[2 × 10^{6} cells/kg|d:2e6,cells/kg,-]] "
            "were tolerated, and only the highest dose [[raised AMH|h:AMH,inc]]."
        ),
        body=[
            "**Participants.** Women aged 18 to 39 years with amenorrhoea for at least four months and FSH "
            "above 40 IU/L on two measurements four weeks apart were eligible. Of the 27 women assessed, six "
            "did not meet the criteria (four had FSH below the threshold and two an abnormal karyotype) and "
            "three declined. The remaining [[18|n:18]] were allocated in order of enrolment to cohort A "
            "([[n = 6|n:6#cohort A]]), cohort B ([[n = 6|n:6#cohort B]]) and cohort C "
            "([[n = 6|n:6#cohort C]]).",
            "**Cells and infusions.** [[UC-MSCs|c:uc]] from a single donor cord were expanded to passage 5 in "
            "platelet-lysate medium, frozen, and thawed at the bedside. Each dose was suspended in "
            "[[100 mL|d:100,mL,-]] of saline with 1% human albumin and "
            "[[infused through a forearm vein|r:iv]] over 30 minutes. Infusions were given on days 1, 8 and "
            "15, so that each woman had [[three|s:3]] infusions within 15 days. Premedication was an oral "
            "antihistamine only.",
            "**Visits.** Serum FSH, LH, oestradiol and AMH were measured before the first infusion and "
            "[[3, 6 and 12 months|f:12,month]] after the last; women who agreed were then seen every six "
            "months until the database was locked.",
            (
                "table",
                "Table 1. Serum AMH (ng/mL) by cohort, median",
                [
                    ["Cohort", "Baseline", "3 mo", "6 mo", "[[12 mo|f:12,month]]"],
                    ["A, [[0.5 × 10^{6}/kg|d:5e5,cells/kg,-#cohort A]]", "0.10", "0.09", "0.11", "0.10"],
                    ["B, [[1 × 10^{6}/kg|d:1e6,cells/kg,-#cohort B]]", "0.07", "0.09", "0.10", "0.08"],
                    ["C, [[2 × 10^{6}/kg|d:2e6,cells/kg,-#cohort C]]", "0.08", "0.14", "0.21", "0.17"],
                ],
                [0.31, 0.16, 0.16, 0.16, 0.21],
            ),
            "**Results.** All [[18|n:18]] women received the [[three infusions|s:3]]. In cohort C, AMH "
            "[[rose|h:AMH,inc#cohort C]] by [[6 months|f:6,month#cohort C]] and "
            "[[remained above baseline|h:AMH,inc#cohort C]] at [[12 months|f:12,month#cohort C]]; FSH "
            "[[decreased|h:FSH,dec#cohort C]], and two women resumed menses, 4 and 7 months after the first "
            "infusion. In cohort B FSH [[fell slightly|h:FSH,dec#cohort B]] but AMH "
            "[[was unchanged|h:AMH,nc#cohort B]]; in cohort A neither [[FSH|h:FSH,nc#cohort A]] nor "
            "[[AMH moved|h:AMH,nc#cohort A]]. No thrombotic event or infusion reaction needing treatment was "
            "recorded.",
        ],
        notes=(
            "Phase I 3 + 3-style escalation; arms 'cohort A', 'cohort B', 'cohort C' (each named with its head "
            "word; the table rows 'A, 0.5 × 10^6/kg' etc. are the same cohorts). Sample: 18 enrolled (abstract, "
            "participants, 'All 18 women' in results: the whole sample restated), 'cohorts of six' (a count for "
            "every arm: n = 6, no arm), per-cohort 'n = 6' with arm; 27 assessed, six/four/two excluded, three "
            "declined, fever in 'one, one and three women', 'two women resumed menses' no. Doses: 0.5 / 1 / 2 × "
            "10^6 cells/kg (per null) with arms in the abstract and as table row heads; conclusion 'up to 2 × "
            "10^6 cells/kg' (no arm); 100 mL saline vehicle (every cohort, per null). Sessions: 'three "
            "infusions' (abstract, cells section, 'the three infusions' in results), conclusion 'Three weekly "
            "infusions'; 'on days 1, 8 and 15' (a schedule) no; 'the third infusion', 'the last', 'the first "
            "infusion' (ordinals of counted sessions) no. Route: iv (title, background, 'infused through a "
            "forearm vein'). Follow-up: '3, 6 and 12 months after the third infusion' / 'after the last' "
            "(lists -> 12 months), median follow-up 14 months, table head '12 mo' (the last of the time-point "
            "heads), cohort C 'by 6 months' and 'at 12 months' with arm; traps: '28 days without dose-limiting "
            "toxicity' (an escalation window), 'within 15 days' (span of the course), '4 and 7 months after the "
            "first infusion' (time to menses), 'every six months' (frequency), 'the last patient was seen in "
            "February 2026' (a date), 30 minutes, four months of amenorrhoea, passage 5. Hormones: cohort C AMH "
            "rose (abstract, results), remained above baseline (inc, doubtful second mention), FSH fell / "
            "decreased; cohort B FSH fell slightly, AMH unchanged; cohort A FSH, AMH no change; 'In cohorts A "
            "and B' (two cohorts together: no arm) FSH and AMH no change; conclusion 'raised AMH' (no arm). "
            "FSH > 40 and 'on two measurements' (threshold, measurement) no."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=23,
    ),
    # ------------------------------------------------------------------ 274
    RealText(
        id="en_blind274_rct_four_arm_prp_schedules_poor_responders",
        lang="en",
        kind="clinical",
        title=(
            "How many [[intraovarian|r:io]] platelet-rich plasma injections before IVF? A four-arm randomised "
            "trial in poor ovarian responders"
        ),
        authors="Radhika Venkataraman-Holt, Olusegun Adeyemi-Barth, Mei-Ling Carvajal",
        journal=_J,
        year=2026,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "**Objective** To compare [[one|s:1]], [[two|s:2]] and [[three|s:3]] injections of autologous "
            "platelet-rich plasma (PRP) placed in the ovaries of poor responders (POSEIDON groups 3 and 4) with no injection. "
            "**Design** Parallel four-arm randomised trial in two IVF units. "
            "**Participants and interventions** After screening, [[207|n:207]] women were randomised to "
            "PRP-1 ([[n = 52|n:52#PRP-1]]; [[one|s:1#PRP-1]] injection), PRP-2 ([[n = 52|n:52#PRP-2]]; "
            "[[two|s:2#PRP-2]] injections a month apart), PRP-3 ([[n = 51|n:51#PRP-3]]; [[three|s:3#PRP-3]] "
            "injections a month apart) or control ([[n = 52|n:52#control]]; no injection). Each injection "
            "delivered [[4 mL|d:4,mL,ovary]] of PRP per ovary by "
            "[[transvaginal ultrasound-guided ovarian puncture|r:io,tvus]]. "
            "**Results** At the end of treatment AMH had [[increased|h:AMH,inc#PRP-3]] in PRP-3 (from 0.52 to "
            "0.71 ng/mL) and had also [[risen|h:AMH,inc#PRP-2]] in PRP-2 (from 0.49 to 0.60 ng/mL), whereas it "
            "[[did not change|h:AMH,nc#PRP-1]] in PRP-1; in the control arm [[AMH was flat|h:AMH,nc#control]]. Clinical pregnancy within "
            "[[12 months|f:12,month]] of randomisation occurred in 11/52 (21%), 13/52 (25%), 15/51 (29%) and "
            "9/52 (17%) women. "
            "**Conclusion** [[Repeated injections|s:-]] of PRP [[raised AMH|h:AMH,inc]] modestly; pregnancy rates did not differ significantly."
        ),
        body=[
            "**Flow of participants.** Of 341 women assessed for eligibility between March 2023 and May 2024, "
            "134 were excluded (97 did not meet the inclusion criteria and 37 declined) and "
            "[[207|n:207]] were randomised by a central computer list stratified by age (<38 versus ≥38 "
            "years). Four women in PRP-1, two in PRP-2, one in PRP-3 and two in the control arm were lost to "
            "follow-up, so that 198 were analysed for the primary outcome.",
            "**Interventions.** Thirty millilitres of venous blood were drawn into citrate tubes and "
            "centrifuged twice; the plasma concentrated platelets about four-fold (mean 1.05 × 10^{6} "
            "platelets/µL). On cycle days 3 to 5, under paracervical block, [[4 mL|d:4,mL,ovary]] of PRP were "
            "[[injected into the cortex of each ovary|r:io,tvus]] with a 17-gauge needle guided by transvaginal "
            "ultrasound. Women in PRP-3 were injected monthly for three months, women in PRP-2 in two "
            "consecutive months, and women in PRP-1 [[once|s:1#PRP-1]]. Ovarian stimulation began in the cycle after the "
            "last injection, or after one month in the control arm.",
            (
                "table",
                "Table 2. Serum AMH (ng/mL) at each visit, mean",
                [
                    ["Arm", "Baseline", "2 mo", "4 mo", "[[6 mo|f:6,month]]"],
                    ["PRP-1 ([[n = 52|n:52#PRP-1]])", "0.50", "0.53", "0.51", "0.49"],
                    ["PRP-2 ([[n = 52|n:52#PRP-2]])", "0.49", "0.58", "0.60", "0.55"],
                    ["PRP-3 ([[n = 51|n:51#PRP-3]])", "0.52", "0.61", "0.71", "0.66"],
                    ["Control ([[n = 52|n:52#control]])", "0.51", "0.50", "0.49", "0.50"],
                ],
                [0.28, 0.18, 0.18, 0.18, 0.18],
            ),
            "**Outcomes.** In PRP-3 the antral follicle count [[rose|h:AFC,inc#PRP-3]] from 3.1 to 4.4 and FSH "
            "[[fell|h:FSH,dec#PRP-3]] by 1.9 IU/L at [[4 months|f:4,month#PRP-3]]. In the control arm "
            "[[AMH|h:AMH,nc#control]] and [[AFC were stable|h:AFC,nc#control]]. [[AMH rose more|h:AMH,inc]] in PRP-3 than "
            "in PRP-1 (difference 0.20 ng/mL). Women were followed for [[12 months|f:12,month]] after "
            "randomisation; the median time to a clinical pregnancy was 4.6 months. Mild pelvic pain after a "
            "puncture was reported by 23 of the 155 injected women.",
        ],
        notes=(
            "Four-arm RCT; arms labelled by their printed names 'PRP-1', 'PRP-2', 'PRP-3', 'control' (the "
            "untreated control arm is an arm like any other: its count and its no-change). No cell type (PRP). "
            "Sample: 207 randomised (abstract, flow), per-arm counts in brackets and in table rows (a row whose "
            "first cell is the arm); not samples: 341 assessed, 134/97/37 excluded, four/two/one/two lost, 198 "
            "analysed, 'of the 155 injected women' (a subset), outcome counts 11/52 (21%) etc., 23 with pain. "
            "Sessions: objective 'one, two and three injections' (values listed without counts or "
            "'respectively': no arm, doubtful), 'one'/'two'/'three' injection(s) in each arm's brackets (arms), "
            "'women in PRP-1 once' (PRP-1), conclusion 'Repeated injections' (count null); traps: 'monthly for "
            "three months' and 'in two consecutive months' (frequencies with durations: no total), 'a month "
            "apart' (interval), 'centrifuged twice' (preparation). Dose: 4 mL per ovary (abstract, "
            "interventions; every injected arm: no arm); 'Thirty millilitres of venous blood' (harvest), 1.05 × "
            "10^6 platelets/µL (concentration) no. Route: title io; abstract 'transvaginal ultrasound-guided "
            "ovarian puncture' that delivers the PRP (io+tvus); interventions 'injected into the cortex of each "
            "ovary' with the needle 'guided by transvaginal ultrasound' in the same sentence (io+tvus); "
            "paracervical block no. Follow-up: 'within 12 months of randomisation' and 'followed for 12 months "
            "after randomisation' (counted from randomisation, the start of treatment: follow-up, doubtful), "
            "table heads Baseline | 2 mo | 4 mo | 6 mo (-> 6 mo), PRP-3 'at 4 months' (arm); traps: 'the median "
            "time to a clinical pregnancy was 4.6 months' (time to an event), 'cycle days 3 to 5', 'after one "
            "month' (delay before stimulation), 'At the end of treatment' (no value). Hormones: PRP-3 AMH "
            "increased, AFC rose, FSH fell; PRP-2 AMH 'had also risen'; PRP-1 AMH did not change; control AMH flat (abstract), AMH and AFC "
            "stable (results); 'AMH rose more in PRP-3 than in PRP-1' (a comparison of two groups' changes: the "
            "fact without arm); conclusion 'raised AMH' (no arm). Stratification '<38 versus ≥38 years' no."
        ),
        layout={"columns": 2, "font": "serif"},
        batch=23,
    ),
    # ------------------------------------------------------------------ 275
    RealText(
        id="en_blind275_rat_ctx_bmsc_exosomes_three_doses_weekly_tail_vein",
        lang="en",
        kind="animal",
        title=(
            "Three doses of [[bone marrow MSC|c:bm]]-derived [[exosomes|c:ev]] given "
            "[[through the tail vein|r:iv]] to rats with cyclophosphamide-induced ovarian insufficiency"
        ),
        authors="Lorenzo Baldacchino, Yuki Takemura-Ross, Adaeze Nwachukwu",
        journal=_J,
        year=2025,
        doi="",
        url="",
        licence=_LIC,
        species="rat",
        abstract=(
            "**Aim** To learn whether the effect of [[exosomes|c:ev]] from [[bone marrow mesenchymal stem "
            "cells|c:bm]] ([[BMSC-Exos|c:ev]]) on the chemotherapy-damaged ovary depends on the dose. "
            "**Methods** Female Sprague–Dawley rats received cyclophosphamide, [[50 mg/kg|d:50,mg/kg,-]] "
            "[[intraperitoneally|r:ip]] on the first day and [[8 mg/kg|d:8,mg/kg,-]] daily for the next 14 days. "
            "Injured rats were divided into a model group, group L, group M and group H; the last three were "
            "given [[25|d:25,ug,-#group L]], [[50|d:50,ug,-#group M]] and [[100 µg|d:100,ug,-#group H]] of "
            "exosomal protein per rat, respectively, [[into the tail vein|r:iv]] once a week for three weeks. "
            "Rats were sacrificed on [[day 14|f:14,day]] or [[day 28|f:28,day]] after the "
            "[[third injection|s:3]]. "
            "**Results** At [[day 28|f:28,day]], FSH was [[lower|h:FSH,dec#group M]] and [[E2 higher|h:E2,inc#group M]] in "
            "group M than in the model group; in group H FSH was [[lower|h:FSH,dec#group H]] and both "
            "[[E2|h:E2,inc#group H]] and [[AMH were higher|h:AMH,inc#group H]]. Group L did not differ from the "
            "model group in [[FSH|h:FSH,nc#group L]] or [[AMH|h:AMH,nc#group L]]. "
            "**Conclusion** In this model the benefit of [[BMSC-Exos|c:ev]] grew with the dose."
        ),
        body=[
            "**Animals and model.** Sixty female Sprague–Dawley rats (eight weeks old, 200–230 g) were used. "
            "Twelve received saline and served as normal controls. The other 48 received cyclophosphamide, "
            "[[50 mg/kg|d:50,mg/kg,-]] by [[intraperitoneal injection|r:ip]] on day 1 and then "
            "[[8 mg/kg|d:8,mg/kg,-]] a day for 14 days. Vaginal smears taken from day 16 to day 25 showed "
            "irregular cycles in all of them, and they were divided at random into four groups of 12.",
            "**Exosomes.** [[BMSCs|c:bm]] were isolated from the femurs of four-week-old donor rats and grown "
            "to passage 3. Medium conditioned for 48 h without serum was ultracentrifuged at 100,000 g; the "
            "pellet held particles of 60–150 nm carrying CD9, CD63 and Alix, and its protein was measured by "
            "BCA assay.",
            "**Treatment and sampling.** From day 26, group L, group M and group H received "
            "[[25 µg|d:25,ug,-#group L]], [[50 µg|d:50,ug,-#group M]] and [[100 µg|d:100,ug,-#group H]] of "
            "[[exosomes|c:ev]] in [[0.5 mL|d:0.5,mL,-]] of PBS, respectively, by "
            "[[tail-vein injection|r:iv]]; the model group received PBS alone. Injections were repeated once a "
            "week for three weeks. Six rats of each group were sacrificed on [[day 14|f:14,day]] and six on "
            "[[day 28|f:28,day]] after the [[third injection|s:3]]; serum FSH, E2 and AMH were measured by "
            "ELISA and follicles were counted in every tenth section.",
            (
                "table",
                "Table 1. Serum hormones [[28 days|f:28,day]] after the last injection, mean ± SD (six rats per "
                "group)",
                [
                    ["Group", "FSH, mIU/mL", "E2, pg/mL", "AMH, ng/mL"],
                    ["Normal", "5.2 ± 0.8", "38.4 ± 5.1", "5.9 ± 0.7"],
                    ["Model", "13.1 ± 2.0", "17.6 ± 3.9", "2.1 ± 0.5"],
                    ["Group L, [[25 µg|d:25,ug,-#group L]]", "12.4 ± 2.3", "19.0 ± 4.2", "2.4 ± 0.6"],
                    ["Group M, [[50 µg|d:50,ug,-#group M]]", "10.0 ± 1.7", "24.8 ± 4.4", "2.9 ± 0.6"],
                    ["Group H, [[100 µg|d:100,ug,-#group H]]", "8.1 ± 1.5", "29.7 ± 5.0", "3.8 ± 0.7"],
                ],
                [0.34, 0.22, 0.22, 0.22],
            ),
            "**Results.** Model rats had higher FSH and lower AMH than normal rats at both times. On "
            "[[day 14|f:14,day#group H]] only group H differed from the model group, with "
            "[[lower FSH|h:FSH,dec#group H]]. On [[day 28|f:28,day]] the changes in group M and group H shown in Table 1 "
            "were significant, and [[AMH rose with the dose|h:AMH,inc]] (P for trend = 0.004). Group L did not "
            "differ from the model group at either time. Regular cycles returned in five of the 12 rats of "
            "group H within 10 days of the last injection, and in none of group L.",
        ],
        notes=(
            "Rat study (species rat by default). Title 'Three doses of …' are three dose levels, not three "
            "administrations: no sessions fact. Arms 'group L', 'group M', 'group H' (each named with its head "
            "word; the table rows 'Group L, 25 µg' etc. are the same groups); normal and model groups have no "
            "facts (saline/PBS, model-versus-normal validation). Model: cyclophosphamide 50 mg/kg ip on day 1, "
            "then 8 mg/kg daily for 14 days (daily dosing: no sessions), all injured rats: no arm. Doses: 25 / "
            "50 / 100 µg of exosomal protein per rat ('respectively', per null) in the abstract, treatment "
            "paragraph and table rows, with arms; 0.5 mL PBS vehicle (all treated groups: no arm). Sessions: "
            "'once a week for three weeks' (a frequency with a duration: no total), so the ordinal 'the third "
            "injection' is the count (3, twice: abstract and sampling); 'the last injection' no. Route: iv "
            "(title, abstract, 'tail-vein injection'), ip for the model. Cell types: exosomes / BMSC-Exos "
            "(ev), BMSCs and 'bone marrow MSC' as their source (bm), all with species rat. Follow-up: "
            "sacrificed on 'day 14 or day 28' / 'day 14 and six on day 28' after the third injection (two "
            "killing times: two facts each), caption '28 days after the last injection', 'On day 14 only "
            "group H differed' (the group named in the clause: arm); 'At day 28,' in the abstract (its own "
            "clause before a sentence on two groups: no arm) and 'On day 28 the changes in group M and group H' "
            "(two groups: no arm); traps: 'daily for the next 14 days', 'from day 16 to day 25', 'From day 26' (days from "
            "the model), 48 h culture, 'within 10 days of the last injection' (time to cycles). Hormones: group "
            "M FSH lower, E2 higher; group H FSH lower (abstract, day 14), E2 and AMH higher; group L FSH and AMH "
            "no change (abstract; 'did not differ … at either time' in results names no hormone); 'AMH rose with "
            "the dose' (a trend over groups: no arm); model vs normal no. Samples: rats only (60, 12, 48, four "
            "groups of 12, six per group, five of the 12): no samples."
        ),
        layout={"columns": 1, "font": "sans"},
        batch=23,
    ),
    # ------------------------------------------------------------------ 276
    RealText(
        id="en_blind276_registry_adsc_intraovarian_one_vs_two_procedures_dor",
        lang="en",
        kind="clinical",
        title=(
            "Autologous [[adipose-derived mesenchymal stem cells|c:ad]] [[injected into the ovaries|r:io]] of "
            "women with diminished ovarian reserve: five years of a multicentre registry"
        ),
        authors="Paulina Wróblewska-Osei, Tariq Al-Mansouri, Kirsten Vanderhoeven",
        journal=_J,
        year=2026,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "**Design** Retrospective analysis of a prospectively kept registry of four fertility clinics, "
            "2020–2025. "
            "**Patients** Of 1,312 women entered in the registry, 164 with diminished ovarian reserve (DOR) had "
            "received autologous [[adipose-derived MSCs|c:ad]] ([[AD-MSCs|c:ad]]) "
            "[[into the ovaries|r:io]]; 12 with no visit after the procedure were excluded and [[152|n:152]] "
            "were analysed. "
            "**Interventions** At the discretion of the treating physician, women had "
            "[[one procedure|s:1#one procedure]] ([[n = 103|n:103#one procedure]]) or "
            "[[two procedures|s:2#two procedures]] six months apart ([[n = 49|n:49#two procedures]]), each "
            "delivering [[1 × 10^{7}|d:1e7,cells,ovary]] cells per ovary. "
            "**Results** The median follow-up was [[22 months|f:22,month]] (interquartile range 14–31). AMH "
            "[[rose|h:AMH,inc#two procedures]] in women with [[two procedures|s:2#two procedures]] (0.38 to "
            "0.55 ng/mL at [[12 months|f:12,month#two procedures]]) but [[did not change|h:AMH,nc#one procedure]] "
            "in women with [[one|s:1#one procedure]]. Live births: 19/152 (12.5%). "
            "**Conclusion** A second procedure may be needed for a measurable gain in AMH."
        ),
        body=[
            "**Registry and data.** The registry records every intraovarian cell procedure performed in the "
            "four clinics, with hormone values and ultrasound findings from visits "
            "[[3, 6 and 12 months|f:12,month]] after the last procedure and yearly thereafter. We extracted all "
            "women with DOR (AMH below 1.1 ng/mL or an antral follicle count below 7) treated between January "
            "2020 and March 2025; the data were frozen in October 2025, when the last visit had been entered. "
            "Women younger than 38 years (n = 71) were examined separately as a subgroup.",
            "**Procedure.** Under local anaesthesia, 80–120 mL of abdominal fat were aspirated and "
            "[[AD-MSCs|c:ad]] were expanded for 12 to 16 days. Cells were suspended at 5 × 10^{6} cells/mL, and "
            "[[2 mL|d:2,mL,ovary]] ([[1 × 10^{7} cells|d:1e7,cells,ovary]]) were injected "
            "[[laparoscopically into each ovary|r:io,lap]] in 37 women and "
            "[[into each ovary under transvaginal ultrasound|r:io,tvus]] in 115. In the two-procedure group the "
            "second injection repeated the first, by the same route, six months later.",
            (
                "table",
                "Table 1. Serum AMH (ng/mL) by number of procedures, median",
                [
                    ["Group", "Baseline", "6 mo", "12 mo", "[[24 mo|f:24,month]]"],
                    ["[[One procedure|s:1#one procedure]] ([[n = 103|n:103#one procedure]])", "0.41", "0.43",
                     "0.40", "0.37"],
                    ["[[Two procedures|s:2#two procedures]] ([[n = 49|n:49#two procedures]])", "0.38", "0.47",
                     "0.55", "0.50"],
                ],
                [0.36, 0.16, 0.16, 0.16, 0.16],
            ),
            "**Outcomes.** In the [[two-procedure|s:2#two procedures]] group FSH "
            "[[fell|h:FSH,dec#two procedures]] from 14.2 to 11.6 IU/L and the antral follicle count "
            "[[increased|h:AFC,inc#two procedures]] by 1.5 follicles; in the "
            "[[one-procedure|s:1#one procedure]] group [[FSH was stable|h:FSH,nc#one procedure]]. Nineteen "
            "women had a live birth, 14 after IVF and five after natural conception, a median of 8 months after "
            "their last procedure. Among women younger than 38, [[AMH rose|h:AMH,inc]] whatever the number of "
            "procedures. Two women had a pelvic infection after laparoscopy; there was no ovarian torsion.",
        ],
        notes=(
            "Registry (retrospective cohort); arms by the number of procedures, a regimen the physician chose "
            "(values with counts: 'one procedure (n = 103) or two procedures (n = 49)'), labels 'one procedure' "
            "and 'two procedures'; the names 'two-procedure group', 'women with two procedures', 'women with "
            "one' and the table rows are the same arms, and the count in each name is that arm's sessions "
            "fact wherever named. Sample: 152 analysed (the registry sample); 1,312 in the registry, 164 "
            "treated, 12 excluded (the 164 is the treated population before exclusions: left unmarked, "
            "doubtful), 'n = 71' younger women (a subgroup formed afterwards), 19/152 live births, 14/five, "
            "two infections no. Dose: 1 × 10^7 cells per ovary (abstract, procedure), 2 mL per ovary; 5 × 10^6 "
            "cells/mL concentration, 80–120 mL fat (harvest) no. Route: title/abstract io, "
            "'laparoscopically into each ovary' (io+lap), 'into each ovary under transvaginal ultrasound' "
            "(io+tvus). Sessions: only through the arms' names; 'six months apart', 'six months later' "
            "(intervals), 'the second injection repeated the first' (ordinals of counted sessions) no. "
            "Follow-up: median 22 months (the interquartile range 14–31 left unmarked: a spread of the median, "
            "not a stated range of follow-up; doubtful), 'at 12 months' in the two-procedure clause (arm), "
            "visits '3, 6 and 12 months after the last procedure' (-> 12), table head '24 mo' (last of the time "
            "heads); traps: 'yearly thereafter', 'frozen in October 2025, when the last visit had been entered' "
            "(a date), 'a median of 8 months after their last procedure' (time to birth), 12 to 16 days of "
            "culture, 2020–2025. Hormones: two procedures AMH rose, FSH fell, AFC increased; one procedure AMH "
            "no change, FSH stable; subgroup 'AMH rose whatever the number of procedures' (both arms: no arm). "
            "AMH < 1.1 / AFC < 7 thresholds no."
        ),
        layout={"columns": 2, "font": "serif"},
        batch=23,
    ),
    # ------------------------------------------------------------------ 277
    RealText(
        id="en_blind277_case_series_mensc_intrauterine_asherman_three_women",
        lang="en",
        kind="case",
        title=(
            "Autologous [[menstrual blood-derived stem cells|c:men]] after hysteroscopic adhesiolysis: a report "
            "of [[three women|n:3]] with severe intrauterine adhesions"
        ),
        authors="Beatriz Lacerda-Myint, Oskar Thorvaldsen, Nandini Raghunathan",
        journal=_J,
        year=2025,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "Recurrent adhesions after hysteroscopic surgery leave some women with an endometrium too thin for "
            "implantation. We describe [[three women|n:3]] with severe Asherman syndrome (AFS stage III) in "
            "whom autologous [[menstrual blood-derived stem cells|c:men]] ([[MenSCs|c:men]]) were placed in the "
            "uterine cavity through a soft catheter after adhesiolysis. Case 1 received "
            "[[two|s:2#Case 1]] instillations, Case 2 [[three|s:3#Case 2]] and Case 3 [[one|s:1#Case 3]]; each "
            "instillation carried [[1 × 10^{7} cells|d:1e7,cells,injection]], except that of Case 3, which "
            "carried [[2 × 10^{7}|d:2e7,cells,-#Case 3]]. Endometrial thickness rose from 4 mm or less to "
            "6.0–7.8 mm, and Case 1 had a live birth. No woman had fever or infection."
        ),
        body=[
            "**Case 1.** A 33-year-old woman had amenorrhoea after two curettages for a missed miscarriage. Her "
            "third hysteroscopic adhesiolysis left an endometrium of 3.8 mm despite oral oestradiol. Menstrual "
            "blood was collected in a cup on day 2 of a withdrawal bleed, and [[MenSCs|c:men#Case 1]] were "
            "expanded for 18 days. On day 3 after adhesiolysis, [[1 × 10^{7} cells|d:1e7,cells,-#Case 1]] in "
            "[[0.5 mL|d:0.5,mL,-#Case 1]] of saline were instilled into the cavity under transabdominal "
            "ultrasound, and the same dose was given in the next cycle, [[two|s:2#Case 1]] instillations in "
            "all. Her endometrium measured 7.8 mm in the third cycle. She conceived after a frozen embryo "
            "transfer 5 months after the second instillation and delivered at 38 weeks; she was followed for "
            "[[20 months|f:20,month#Case 1]] after the last instillation.",
            "**Case 2.** A 29-year-old woman with adhesions after a postpartum curettage received "
            "[[three|s:3#Case 2]] instillations of [[MenSCs|c:men#Case 2]] in consecutive cycles, each of "
            "[[1 × 10^{7} cells|d:1e7,cells,injection#Case 2]]. Her endometrium grew from 3.6 to 6.5 mm; serum "
            "oestradiol on cycle day 12 [[did not change|h:E2,nc#Case 2]]. She has not conceived, and her last "
            "visit was [[9 months|f:9,month#Case 2]] after the third instillation.",
            "**Case 3.** A 37-year-old woman had had four operations for adhesions. Only one culture grew, and "
            "she received [[a single|s:1#Case 3]] instillation of [[2 × 10^{7}|d:2e7,cells,-#Case 3]] "
            "[[MenSCs|c:men#Case 3]]. Her endometrium reached 6.0 mm, and a frozen embryo transfer four months "
            "later failed. She was observed for [[6 months|f:6,month#Case 3]].",
            (
                "table",
                "Table 1. The three cases",
                [
                    ["Case", "Age", "Instillations", "Cells per instillation", "Follow-up, months"],
                    ["Case 1", "33", "[[2|s:2#Case 1]]", "[[1 × 10^{7}|d:1e7,cells,injection#Case 1]]",
                     "[[20|f:20,month#Case 1]]"],
                    ["Case 2", "29", "[[3|s:3#Case 2]]", "[[1 × 10^{7}|d:1e7,cells,injection#Case 2]]",
                     "[[9|f:9,month#Case 2]]"],
                    ["Case 3", "37", "[[1|s:1#Case 3]]", "[[2 × 10^{7}|d:2e7,cells,injection#Case 3]]",
                     "[[6|f:6,month#Case 3]]"],
                ],
                [0.16, 0.1, 0.2, 0.3, 0.24],
            ),
        ],
        notes=(
            "Case series of three; each case named by its number ('Case 1' …) is an arm, its paragraph's facts "
            "carry it, table rows by their first cell. Sample: 'three women' (title, abstract: no arm). Route: "
            "intrauterine instillation through a catheter has no contract id: no route mark (and so no "
            "guidance; 'under transabdominal ultrasound' no). Cell type: menstrual blood-derived stem cells / "
            "MenSCs (menstrual_blood_msc). Sessions: abstract two/three/one (each case's clause), case "
            "paragraphs 'two instillations in all', 'three instillations', 'a single instillation', table "
            "column; 'the second instillation', 'the third instillation', 'the last instillation' (ordinals of "
            "counted sessions), 'third hysteroscopic adhesiolysis', 'two curettages', 'four operations' "
            "(surgery, not the therapy), 'the same dose was given in the next cycle' (no count) no. Dose: "
            "abstract 1 × 10^7 cells per instillation (per injection; the sentence speaks of every case: no arm) "
            "and Case 3's 2 × 10^7 (arm); Case 1 1 × 10^7 cells in 0.5 mL; Case 2 'instillations …, each of 1 × 10^7 cells' (per "
            "injection: 'each' is each instillation; doubtful); Case 3 2 × 10^7; table column 'Cells per "
            "instillation' (per injection). Follow-up: Case 1 'followed for 20 months after the last "
            "instillation', Case 2 'her last visit was 9 months after the third instillation' (the time at which "
            "she was last seen), Case 3 'observed for 6 months', table column; traps: '5 months after the second "
            "instillation' (time to conception), 'four months later' (time to a transfer), 'day 2 of a withdrawal "
            "bleed', 'day 3 after adhesiolysis', 'cycle day 12', 18 days of culture, 38 weeks (gestation), 'in "
            "the third cycle'. Hormones: Case 2 serum oestradiol did not change (E2 no change). Endometrial "
            "thickness (not a hormone) and oral oestradiol (adjunct, no value) no."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=23,
    ),
    # ------------------------------------------------------------------ 278
    RealText(
        id="en_blind278_rct_delayed_treatment_bmsc_laparoscopic_intraovarian_poi",
        lang="en",
        kind="clinical",
        title=(
            "Immediate versus delayed [[laparoscopic intraovarian injection|r:io,lap]] of autologous "
            "[[bone marrow-derived mesenchymal stem cells|c:bm]] in premature ovarian insufficiency: a "
            "randomised delayed-treatment trial"
        ),
        authors="Cecilia Achterberg-Nunes, Kofi Mensah-Dahl, Anjali Subramanyam",
        journal=_J,
        year=2026,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "**Background** Without an untreated comparison, changes after ovarian cell therapy are hard to "
            "read, yet few women accept a sham operation. "
            "**Methods** Women with premature ovarian insufficiency (POI) were randomised to the immediate "
            "group, operated on within two weeks, or to the delayed group, operated on six months later; until "
            "month 6 the delayed group served as the untreated control. Every woman received "
            "[[3 × 10^{6}|d:3e6,cells,ovary]] autologous [[BMSCs|c:bm]] per ovary, [[once|s:1]], "
            "[[by laparoscopic injection|r:io,lap]]. Visits were at 0, 3, 6, 9 and "
            "[[12 months|f:12,month]] after randomisation. "
            "**Results** Of 74 women assessed, [[40|n:40]] were randomised ([[20|n:20#immediate group]] "
            "immediate, [[20|n:20#delayed group]] delayed). At [[6 months|f:6,month#immediate group]], AMH had "
            "[[risen|h:AMH,inc#immediate group]] and FSH [[fallen|h:FSH,dec#immediate group]] in the immediate "
            "group, whereas in the delayed group, still untreated, [[AMH|h:AMH,nc#delayed group]] and "
            "[[FSH did not change|h:FSH,nc#delayed group]]. After its own injection the delayed group showed a "
            "similar [[AMH rise|h:AMH,inc#delayed group]] by month 12, [[6 months|f:6,month#delayed group]] "
            "after treatment. "
            "**Conclusion** The delayed-treatment design gave an untreated comparison for six months without a "
            "sham operation."
        ),
        body=[
            "**Flow of participants.** Seventy-four women were assessed for eligibility; 28 did not meet the "
            "criteria (FSH below 25 IU/L in 11, an abnormal karyotype in six, previous ovarian surgery in 11) "
            "and six declined. [[Forty|n:40]] were randomised with sealed opaque envelopes, "
            "[[20|n:20#immediate group]] to the immediate group and [[20|n:20#delayed group]] to the delayed "
            "group. One woman of the immediate group withdrew after the marrow harvest and two of the delayed "
            "group were lost before month 12, so that 37 completed every visit.",
            "**Procedure.** Fifty millilitres of marrow were aspirated from the iliac crest under sedation, and "
            "[[BMSCs|c:bm]] were cultured for about three weeks. At laparoscopy, "
            "[[3 × 10^{6}|d:3e6,cells,ovary]] cells in [[0.3 mL|d:0.3,mL,ovary]] were "
            "[[injected into each ovary|r:io,lap]] at three cortical sites with a 22-gauge needle. The "
            "immediate group was operated on within 14 days of randomisation, the delayed group at its month-6 "
            "visit, after that visit's blood sample had been drawn; each woman was treated [[once|s:1]].",
            (
                "table",
                "Table 1. Serum AMH (ng/mL) and FSH (IU/L) by visit, median",
                [
                    ["Group", "Hormone", "Baseline", "3 mo", "6 mo", "[[12 mo|f:12,month]]"],
                    ["Immediate", "AMH", "0.09", "0.18", "0.18", "0.17"],
                    ["Immediate", "FSH", "82", "66", "61", "63"],
                    ["Delayed", "AMH", "0.10", "0.10", "0.09", "0.16"],
                    ["Delayed", "FSH", "79", "81", "80", "64"],
                ],
                [0.2, 0.16, 0.16, 0.16, 0.16, 0.16],
            ),
            "**Results.** In the immediate group AMH [[rose|h:AMH,inc#immediate group]] from 0.09 to 0.18 ng/mL "
            "by [[3 months|f:3,month#immediate group]] and held that level at "
            "[[12 months|f:12,month#immediate group]], and FSH [[decreased|h:FSH,dec#immediate group]] from 82 "
            "to 61 IU/L. In the delayed group, between baseline and month 6, [[AMH|h:AMH,nc#delayed group]] and "
            "[[FSH were unchanged|h:FSH,nc#delayed group]]; [[6 months|f:6,month#delayed group]] after its own "
            "injection, AMH [[had risen|h:AMH,inc#delayed group]] to 0.16 ng/mL and "
            "[[FSH had fallen|h:FSH,dec#delayed group]] to 64 IU/L. Menses returned in four women of the "
            "immediate group, a median of 11 weeks after surgery, and in two of the delayed group.",
        ],
        notes=(
            "Delayed-treatment (wait-list) RCT; arms 'immediate group' and 'delayed group' (named so first in "
            "the methods; '20 immediate, 20 delayed' and table rows 'Immediate'/'Delayed' are the same arms); the "
            "delayed group is the untreated control until month 6 and a treated group afterwards (one arm "
            "throughout). Sample: 40 randomised (abstract, 'Forty'), 20/20 with arms (abstract brackets, flow); "
            "74 assessed, 28/11/six/11 excluded, six declined, one withdrew, two lost, 37 completers, menses in "
            "four/two no. Dose: 3 × 10^6 cells per ovary and 0.3 mL per ovary (both groups: no arm); 'Fifty "
            "millilitres of marrow' (harvest) no. Route: title io+lap, abstract 'by laparoscopic injection' "
            "(io+lap), procedure 'At laparoscopy … injected into each ovary' (the same sentence: io+lap); "
            "sedation no. Sessions: 'once' (abstract; 'each woman was treated once'); 'three cortical sites' "
            "(sites, not sessions) no. Follow-up: visits '0, 3, 6, 9 and 12 months after randomisation' (-> 12; "
            "counted from randomisation, i.e. from the immediate group's treatment), table head '12 mo', "
            "immediate group 'At 6 months' (the clause that names it; doubtful: the same time is month 6 for "
            "the untreated delayed group), 'by 3 months', 'at 12 months'; delayed group '6 months after "
            "treatment' / '6 months after its own injection' (arm); traps: 'within two weeks', 'six months "
            "later', 'within 14 days of randomisation', 'at its month-6 visit', 'by month 12' and 'between "
            "baseline and month 6' (study times, not times after this group's treatment), 'before month 12' (a "
            "loss), 'a median of 11 weeks after surgery' (time to menses), 'about three weeks' of culture. "
            "Hormones: immediate AMH risen/rose, FSH fallen/decreased; delayed (untreated) AMH and FSH no "
            "change (abstract, results: an untreated group's no-change is its fact), after its own injection "
            "AMH rise/had risen and FSH had fallen. FSH below 25 IU/L (criterion) no."
        ),
        layout={"columns": 2, "font": "sans"},
        batch=23,
    ),
    # ------------------------------------------------------------------ 279
    RealText(
        id="en_blind279_review_dose_route_schedule_reporting_ovarian_cells",
        lang="en",
        kind="review",
        title=(
            "Doses, routes and schedules in cell-based ovarian therapy: what clinical reports state and what "
            "they leave out"
        ),
        authors="Henrietta Olawale-Brandt, Matías Echeverría Soto, Ji-Woo Han",
        journal=_J,
        year=2026,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "Reports of stem cell treatment for premature ovarian insufficiency and poor ovarian reserve rarely "
            "describe the regimen in enough detail to repeat it. We read 31 clinical reports published up to "
            "June 2026 and summarise how they give the cell product, the dose, the route, the number of "
            "administrations and the length of follow-up. Doses were given per ovary in intraovarian studies "
            "and per kilogram in intravenous ones; a quarter of the reports did not say how many women "
            "received every planned dose, and only nine gave a median follow-up."
        ),
        body=[
            "**Intravenous regimens.** The largest intravenous series gave [[umbilical cord MSCs|c:uc]] "
            "[[by peripheral infusion|r:iv]] to [[61 women|n:61]] with POI, "
            "[[1 × 10^{6} cells/kg|d:1e6,cells/kg,-]] at each of [[four|s:4]] monthly infusions, and reported "
            "[[lower FSH|h:FSH,dec]] [[6 months|f:6,month]] after the last. A smaller study infused "
            "[[menstrual blood-derived MSCs|c:men]] weekly for four weeks and never said how many women "
            "completed the course. In a mouse study often cited to justify such schedules, [[exosomes|c:ev@mouse]] "
            "from [[human amniotic epithelial cells|c:haec@mouse]] given [[intravenously|r:iv@mouse]] at "
            "[[10 µg|d:10,ug,-@mouse]] per mouse [[raised serum AMH|h:AMH,inc@mouse]] "
            "[[14 days|f:14,day@mouse]] after treatment.",
            "**Intraovarian regimens.** Most reports [[inject cells into the ovary|r:io,tvus]] through the vaginal "
            "vault under ultrasound, a few at laparoscopy. Doses ranged from "
            "[[1 × 10^{6} to 3 × 10^{7}|d:1e6,cells,ovary,1e6,3e7]] cells per ovary, usually in 0.2 to 1 mL. Two "
            "trials used [[laparoscopic injection|r:io,lap]], in [[10|n:10]] and [[28 women|n:28]]; in the "
            "second, [[adipose-derived MSCs|c:ad]] were injected [[twice|s:2]], three months apart, and AMH "
            "[[was higher|h:AMH,inc]] at [[12 months|f:12,month]] than at baseline. Intra-arterial delivery "
            "remains rare: one group [[catheterised both ovarian arteries|r:oa,ir]] under fluoroscopy and "
            "infused [[BMSCs|c:bm]] in [[23 patients|n:23]].",
            (
                "table",
                "Table 1. Regimens as reported in five of the clinical reports",
                [
                    ["Report", "Cells", "Route", "Dose", "Doses given", "Women", "Follow-up"],
                    ["Ferreira-Lund 2021", "[[UC-MSC|c:uc]]", "[[intravenous|r:iv]]",
                     "[[1 × 10^{6}/kg|d:1e6,cells/kg,-]]", "[[4|s:4]]", "[[61|n:61]]", "[[6 mo|f:6,month]]"],
                    ["Okafor 2022", "[[AD-MSC|c:ad]]", "[[intraovarian|r:io]]",
                     "[[1 × 10^{7}/ovary|d:1e7,cells,ovary]]", "[[2|s:2]]", "[[28|n:28]]",
                     "[[12 mo|f:12,month]]"],
                    ["Lindqvist 2022", "[[BMSC|c:bm]]", "[[ovarian artery|r:oa]]",
                     "[[5 × 10^{6}/ovary|d:5e6,cells,ovary]]", "[[1|s:1]]", "[[23|n:23]]", "not stated"],
                    ["Haddad 2023", "[[MenSC|c:men]]", "[[intravenous|r:iv]]", "not stated", "weekly",
                     "[[17|n:17]]", "[[3 mo|f:3,month]]"],
                    ["Pereira 2024", "[[UC-MSC|c:uc]]", "[[intraovarian|r:io]]",
                     "[[2 × 10^{7}/ovary|d:2e7,cells,ovary]]", "[[1|s:1]]", "[[10|n:10]]",
                     "[[24 mo|f:24,month]]"],
                ],
                [0.2, 0.12, 0.15, 0.17, 0.12, 0.1, 0.14],
                7.5,
            ),
            "**Follow-up.** Where a median follow-up was stated, it ranged from [[3 to 36 months|f:3,month]]. "
            "Most studies measured hormones at [[3 and 6 months|f:6,month]] after the last administration, and "
            "several counted time from the first harvest rather than from treatment, which lengthens the "
            "apparent observation by up to two months. Time to the return of menses, given in 14 reports, is "
            "an outcome, not follow-up.",
        ],
        notes=(
            "Narrative review: no arms (cited studies; in a review a name labels its own sentence only, and no "
            "groups are named). Cited facts are facts; the cited mouse study's facts carry species mouse. "
            "Sample: 61 women, 10 and 28 women (two trials), 23 patients, table 'Women' column 61/28/23/17/10; "
            "31 reports, 'a quarter of the reports', 'only nine', 14 reports (counts of reports) no. Cell types: "
            "uc, men, ad, bm (text and table), mouse study exosomes (ev) and human amniotic epithelial cells "
            "(haec, their source). Dose: 1 × 10^6 cells/kg (text, table), range 1 × 10^6 to 3 × 10^7 per ovary "
            "(low 1e6), table per-ovary doses, mouse 10 µg per mouse (per null); '0.2 to 1 mL' (a span of "
            "volumes across studies, no per: left unmarked, doubtful) and 'not stated' no. Sessions: 'four "
            "monthly infusions' (4), 'twice' (2), table 'Doses given' 4/2/1/1; 'weekly for four weeks' and the "
            "table 'weekly' (frequencies: no total), 'three months apart' (interval) no. Route: iv ('by "
            "peripheral infusion', mouse 'intravenously', table), io+tvus ('inject cells into the ovary through the vaginal "
            "vault under ultrasound': the guidance in the same sentence; 'a few at laparoscopy' names no route: no "
            "mark), 'laparoscopic injection' (io+lap), 'catheterised both ovarian "
            "arteries under fluoroscopy' (oa+ir), table 'ovarian artery' (oa). Follow-up: '6 months after the "
            "last', mouse '14 days after treatment', 'at 12 months', median follow-up 'ranged from 3 to 36 "
            "months' (range -> 3), 'at 3 and 6 months' (a list of time points -> 6), table column; 'up to two "
            "months' (a bias), 'June 2026', 'Time to the return of menses' no. Hormones: FSH lower (cited IV "
            "series), AMH higher at 12 months (cited trial), mouse AMH raised. The abstract states no values."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=23,
    ),
    # ------------------------------------------------------------------ 280
    RealText(
        id="zh_blind280_rct_three_arm_ucmsc_ovarian_artery_vs_intraovarian_pof",
        lang="zh",
        kind="clinical",
        title=(
            "人[[脐带间充质干细胞|c:uc]][[经卵巢动脉介入灌注|r:oa,ir]]与[[卵巢内注射|r:io]]治疗卵巢早衰的"
            "三臂随机对照研究"
        ),
        authors="司徒映雪，贺兰知远，古丽娜尔·托合提",
        journal=_J,
        year=2026,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "**摘要：目的** 比较人[[脐带间充质干细胞|c:uc]]（[[hUC-MSCs|c:uc]]）两种移植途径治疗卵巢早衰"
            "（POF）的疗效。**方法** 2022年3月至2024年2月共评估POF患者148例，排除53例，[[95例|n:95]]按随机数字表"
            "分为A组（[[32例|n:32#A组]]）、B组（[[32例|n:32#B组]]）和C组（[[31例|n:31#C组]]）。A组在DSA引导下经股"
            "动脉[[插管至双侧卵巢动脉|r:oa,ir#A组]]，每侧灌注[[hUC-MSCs|c:uc#A组]] "
            "[[2×10^{7}个|d:2e7,cells,ovary#A组]]；B组[[经阴道超声引导下双侧卵巢内注射|r:io,tvus#B组]]，每侧"
            "[[1×10^{7}个|d:1e7,cells,ovary#B组]]；A、B两组均[[单次|s:1]]治疗，C组仅予激素补充治疗。随访"
            "[[6~24个月|f:6,month]]，[[中位随访15个月|f:15,month]]。**结果** 治疗后[[6个月|f:6,month]]，A组"
            "[[FSH下降|h:FSH,dec#A组]]、[[AMH升高|h:AMH,inc#A组]]；B组[[FSH下降|h:FSH,dec#B组]]，"
            "[[AMH无明显变化|h:AMH,nc#B组]]；C组[[AMH|h:AMH,nc#C组]]治疗前后差异无统计学意义。A组与B组比较，"
            "[[AMH升高|h:AMH,inc]]幅度差异有统计学意义（P=0.03）。**结论** [[经卵巢动脉|r:oa]]移植"
            "[[hUC-MSCs|c:uc]]较[[卵巢内注射|r:io]]更能[[提高POF患者AMH|h:AMH,inc]]。"
        ),
        body=[
            ("heading", "1 资料与方法"),
            "**1.1 研究对象** 纳入标准：①年龄20~40岁；②停经≥4个月；③间隔4周以上2次FSH>40 IU/L；④染色体"
            "核型46,XX。共评估患者148例，其中不符合纳入标准41例、拒绝参加12例，最终[[95例|n:95]]入组并随机"
            "分组。三组年龄、停经时间及基础FSH差异无统计学意义（P>0.05）。",
            "**1.2 干预方法** [[hUC-MSCs|c:uc]]由GMP细胞制备室提供，第4代，以生理盐水配成1×10^{7}个/mL的"
            "悬液。A组局部麻醉下经右股动脉穿刺，DSA引导下将微导管[[超选择插入双侧卵巢动脉|r:oa,ir#A组]]，"
            "每侧缓慢注入细胞悬液[[2 mL|d:2,mL,ovary#A组]]（含[[2×10^{7}个|d:2e7,cells,ovary#A组]]细胞）。"
            "B组于月经干净后3~7 d在静脉麻醉下[[经阴道超声引导穿刺双侧卵巢，于皮质内注射|r:io,tvus#B组]]"
            "悬液每侧[[1 mL|d:1,mL,ovary#B组]]。A、B两组均仅治疗[[1次|s:1]]。C组口服戊酸雌二醇联合地屈孕酮"
            "行人工周期治疗。",
            "**1.3 随访** 于治疗前及治疗后第[[1、3、6、12个月|f:12,month]]复查血清FSH、E2及AMH。随访时间为"
            "[[6~24个月|f:6,month]]，中位[[15个月|f:15,month]]，末次随访时间为2025年10月。失访A组2例、B组1例、"
            "C组3例，按意向性分析原则纳入全部患者。",
            (
                "table",
                "表1 三组治疗前后血清AMH比较（ng/mL，x̄±s）",
                [
                    ["组别", "治疗前", "治疗后3个月", "治疗后6个月", "[[治疗后12个月|f:12,month]]"],
                    ["A组（[[n=32|n:32#A组]]）", "0.11±0.06", "0.19±0.09", "0.24±0.11", "0.21±0.10"],
                    ["B组（[[n=32|n:32#B组]]）", "0.12±0.07", "0.14±0.08", "0.15±0.08", "0.13±0.07"],
                    ["C组（[[n=31|n:31#C组]]）", "0.11±0.06", "0.11±0.07", "0.10±0.06", "0.10±0.06"],
                ],
                [0.2, 0.18, 0.2, 0.2, 0.22],
            ),
            ("heading", "2 结果"),
            "治疗后第[[6个月|f:6,month]]，A组FSH由（72.4±15.3）IU/L[[降至|h:FSH,dec#A组]]（51.6±17.2）"
            "IU/L，AMH由（0.11±0.06）ng/mL[[升至|h:AMH,inc#A组]]（0.24±0.11）ng/mL，[[E2亦升高|h:E2,inc#A组]]"
            "（均P<0.05）；B组[[FSH下降|h:FSH,dec#B组]]（P<0.05），[[AMH略有升高但差异无统计学意义|h:AMH,nc#B组]]；"
            "C组[[AMH无明显变化|h:AMH,nc#C组]]。见表1。随访期间A组5例、B组2例恢复自发月经，A组1例于治疗后"
            "9个月自然妊娠。A组3例出现穿刺点血肿，B组2例术后下腹痛，均自行缓解。",
        ],
        notes=(
            "Three-arm RCT by route; arms A组 / B组 / C组 (Chinese) and 'group A' / 'group B' / 'group C' (English "
            "abstract); C组 is a hormone-therapy control (its count and its AMH no-change). Sample: 95例 "
            "randomised (abstract, 1.1), per arm 32/32/31 (abstract, table rows with arm: the randomised counts, "
            "analysed by intention to treat); 148 assessed, 53/41/12 excluded, 失访2/1/3, 5例/2例/1例 outcomes no. "
            "Route: title oa+ir ('经卵巢动脉介入灌注'), io; A组 '插管至双侧卵巢动脉' under DSA (oa+ir; 经股动脉 "
            "access left out of the span), 1.2 '超选择插入双侧卵巢动脉' (oa+ir); B组 '经阴道超声引导下双侧卵巢内注射' "
            "and 1.2 '经阴道超声引导穿刺双侧卵巢，于皮质内注射' (io+tvus, one stretch); conclusion oa and io; 局部麻醉, "
            "静脉麻醉 no. Dose: A组 2×10^7个 per side (每侧) and 2 mL per ovary, B组 1×10^7个 and 1 mL per ovary; "
            "1×10^7个/mL concentration no; C组's drugs (no values). Sessions: '单次' and '仅治疗1次' (A、B两组均: no "
            "arm). Follow-up: 随访6~24个月 (range -> 6, twice), 中位随访15个月 / 中位15个月, 治疗后6个月 (abstract "
            "and results: a clause before all groups, no arm), visits 治疗后第1、3、6、12个月 (-> 12), table head "
            "治疗后12个月 (last time head); traps: '末次随访时间为2025年10月' (a date), '月经干净后3~7 d', '治疗后9个月"
            "自然妊娠' (time to pregnancy), 停经≥4个月, 间隔4周. Hormones: A组 FSH dec, AMH inc (abstract, results), "
            "E2 inc; B组 FSH dec (twice), AMH nc ('略有升高但差异无统计学意义': no significant change, nc); C组 AMH nc "
            "(twice); 'A组与B组比较，AMH升高幅度' (a comparison of two groups' changes: fact without arm); conclusion "
            "'更能提高POF患者AMH' (inc, no arm). English abstract: the same facts in its own words with arms 'group A' / "
            "'group B' / 'group C' ('both were treated once': no arm; 'At 6 months,' before both groups: no arm; "
            "conclusion 'Ovarian artery delivery raised AMH more than intraovarian injection': oa, AMH inc and io, no "
            "arm); English title oa and io. FSH>40 threshold, '2次FSH' (measurements) no."
        ),
        layout={
            "columns": 1,
            "font": "serif",
            "en_title": (
                "[[Ovarian artery infusion|r:oa]] versus [[intraovarian injection|r:io]] of human "
                "[[umbilical cord mesenchymal stem cells|c:uc]] for premature ovarian failure: a three-arm "
                "randomised controlled trial"
            ),
            "en_abstract": (
                "**Abstract: Objective** To compare two routes of [[hUC-MSC|c:uc]] transplantation in premature "
                "ovarian failure (POF). **Methods** Of 148 women assessed, [[95|n:95]] were randomised to group A "
                "([[n = 32|n:32#group A]]), group B ([[n = 32|n:32#group B]]) or group C ([[n = 31|n:31#group C]]). "
                "Group A received [[2×10^{7}|d:2e7,cells,ovary#group A]] cells per ovary "
                "[[through a catheter placed in each ovarian artery under DSA|r:oa,ir#group A]]; group B received "
                "[[1×10^{7}|d:1e7,cells,ovary#group B]] cells per ovary by "
                "[[transvaginal ultrasound-guided intraovarian injection|r:io,tvus#group B]]; both were treated "
                "[[once|s:1]]. Group C received hormone replacement only. Follow-up lasted "
                "[[6 to 24 months|f:6,month]] (median [[15 months|f:15,month]]). **Results** At "
                "[[6 months|f:6,month]], FSH [[fell|h:FSH,dec#group A]] and [[AMH rose|h:AMH,inc#group A]] in "
                "group A; in group B FSH [[fell|h:FSH,dec#group B]] but [[AMH did not change|h:AMH,nc#group B]]. "
                "**Conclusion** [[Ovarian artery delivery|r:oa]] [[raised AMH|h:AMH,inc]] more than "
                "[[intraovarian injection|r:io]]."
            ),
        },
        batch=23,
    ),
    # ------------------------------------------------------------------ 281
    RealText(
        id="zh_blind281_singlearm_mensc_iv_weekly_four_infusions_poi",
        lang="zh",
        kind="clinical",
        title=(
            "[[经血来源间充质干细胞|c:men]][[静脉输注|r:iv]]治疗早发性卵巢功能不全[[26例|n:26]]单臂临床研究"
        ),
        authors="上官明澈，呼延素秋，娜迪拉·买买提",
        journal=_J,
        year=2025,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "**摘要：目的** 探讨异体[[经血干细胞|c:men]]（[[MenSCs|c:men]]）[[经外周静脉输注|r:iv]]治疗早发性"
            "卵巢功能不全（POI）的安全性及初步疗效。**方法** 单中心、开放、单臂设计。2023年4月至2024年9月纳入"
            "POI患者[[26例|n:26]]，每次输注[[MenSCs|c:men]] [[1×10^{6}个/kg|d:1e6,cells/kg,-]]，每周1次，共"
            "[[4次|s:4]]；于末次输注后第[[1、3、6个月|f:6,month]]复查性激素及AMH。**结果** [[4次|s:4]]输注全部"
            "完成者24例。末次输注后第[[6个月|f:6,month]]，FSH由（79.2±21.5）IU/L[[降至|h:FSH,dec]]（58.7±19.8）"
            "IU/L，[[E2升高|h:E2,inc]]，[[AMH未见明显变化|h:AMH,nc]]；7例恢复月经。未发生严重不良事件。"
            "**结论** [[MenSCs|c:men]][[静脉输注|r:iv]]安全，可[[降低POI患者FSH|h:FSH,dec]]，对AMH的影响有待"
            "更长随访。"
        ),
        body=[
            ("heading", "1 对象与方法"),
            "**1.1 研究对象** 纳入标准：①年龄18~40岁；②停经≥4个月，间隔4周以上2次FSH>25 IU/L；③有生育"
            "要求或改善症状的意愿。排除卵巢手术史、恶性肿瘤及自身免疫性疾病活动期患者。共筛查41例，其中FSH"
            "未达标9例、合并自身免疫性疾病6例，最终纳入[[26例|n:26]]，年龄（33.5±4.8）岁。",
            "**1.2 细胞制备与输注** 由3名健康女性志愿者于月经第2天收集经血，分离培养[[MenSCs|c:men]]，培养"
            "14 d至第4代，经无菌、内毒素及核型检测合格后冻存。输注当日复苏，以含1%人血白蛋白的生理盐水"
            "[[100 mL|d:100,mL,-]]重悬，[[经肘正中静脉缓慢滴注|r:iv]]，约40 min滴完。输注每周1次，共[[4次|s:4]]，"
            "即于第1、8、15、22天各输注1次。",
            "**1.3 观察指标与随访** 末次输注后第[[1、3、6个月|f:6,month]]门诊复查FSH、LH、E2、AMH及AFC，"
            "此后每3个月电话随访1次，随访时间[[6~14个月|f:6,month]]，[[中位9个月|f:9,month]]。",
            ("heading", "2 结果"),
            "**2.1 完成情况** 26例中2例因个人原因中途退出，24例完成全部[[4次|s:4]]输注，以下激素分析基于"
            "该24例。",
            "**2.2 激素变化** 末次输注后第[[3个月|f:3,month]]FSH[[开始下降|h:FSH,dec]]，第[[6个月|f:6,month]]时"
            "[[进一步下降|h:FSH,dec]]；[[E2|h:E2,inc]]、[[AFC均升高|h:AFC,inc]]（P<0.05）；"
            "[[LH无明显变化|h:LH,nc]]，[[AMH|h:AMH,nc]]治疗前后差异无统计学意义。见表1。7例恢复自发月经，恢复"
            "时间为首次输注后2~5个月，其中1例于末次输注后第11个月自然妊娠。3例输注后出现一过性低热，24 h内"
            "自行缓解。",
            (
                "table",
                "表1 输注前后性激素及AMH变化（n=24，x̄±s）",
                [
                    ["指标", "输注前", "末次输注后1个月", "3个月", "[[6个月|f:6,month]]"],
                    ["FSH（IU/L）", "79.2±21.5", "76.8±22.0", "66.3±20.7", "58.7±19.8"],
                    ["LH（IU/L）", "41.6±12.4", "40.9±13.1", "38.2±12.6", "37.5±12.9"],
                    ["E2（pg/mL）", "14.3±6.1", "16.0±7.4", "22.7±9.8", "31.5±12.2"],
                    ["AMH（ng/mL）", "0.07±0.04", "0.07±0.05", "0.08±0.05", "0.08±0.05"],
                ],
                [0.2, 0.18, 0.24, 0.18, 0.2],
            ),
        ],
        notes=(
            "Single-arm study: no arms. Sample: 26例 (title, abstract, 1.1); 41 screened, 9/6 excluded, 2 "
            "withdrawn, 24 completers (a subset; caption 'n=24' likewise), 7例 menses, 1例 pregnancy, 3例 fever, 3名 "
            "donors no. Sessions: '每周1次，共4次' (a total stated: 4, abstract and 1.2), '4次输注全部完成者', "
            "'完成全部4次输注' (4); '第1、8、15、22天各输注1次' (a schedule: '各…1次' is one a day, no total), '每3个月"
            "电话随访1次' (contacts) no; '末次输注', '首次输注' (ordinals of counted sessions) no. Dose: 1×10^6个/kg "
            "(per null), 100 mL vehicle. Route: iv (title '静脉输注', abstract '经外周静脉输注', 1.2 '经肘正中静脉缓慢"
            "滴注', conclusion). Follow-up: 末次输注后第1、3、6个月 (list -> 6, abstract and 1.3), 末次输注后第6个月 "
            "(abstract), 随访时间6~14个月 (range -> 6), 中位9个月, 2.2 第3个月 and 第6个月时, table heads 输注前 | "
            "末次输注后1个月 | 3个月 | 6个月 (-> the last head '6个月'); traps: '月经第2天' (cycle day of "
            "collection), '培养14 d', '约40 min', '首次输注后2~5个月' (time to menses), '末次输注后第11个月自然妊娠' "
            "(time to pregnancy), 24 h, 停经≥4个月. Hormones: FSH dec (abstract '降至', 2.2 '开始下降' and '进一步"
            "下降', conclusion), E2 inc (abstract, 2.2), AFC inc, LH nc, AMH nc (abstract, 2.2); '对AMH的影响有待更长"
            "随访' no. FSH>25 threshold no."
        ),
        layout={"columns": 1, "font": "sans"},
        batch=23,
    ),
    # ------------------------------------------------------------------ 282
    RealText(
        id="zh_blind282_mouse_busulfan_ctx_hamsc_three_doses_tail_vein",
        lang="zh",
        kind="animal",
        title="不同剂量人[[羊膜间充质干细胞|c:am]][[尾静脉注射|r:iv]]治疗化疗致卵巢早衰小鼠的剂量效应研究",
        authors="令狐清越，拓跋思齐，央金拉姆",
        journal=_J,
        year=2025,
        doi="",
        url="",
        licence=_LIC,
        species="mouse",
        abstract=(
            "**摘要：目的** 观察不同剂量人[[羊膜间充质干细胞|c:am]]（[[hAMSCs|c:am]]）对化疗致卵巢早衰（POF）"
            "小鼠卵巢功能的影响。**方法** 雌性C57BL/6小鼠[[腹腔注射|r:ip]]白消安[[20 mg/kg|d:20,mg/kg,-]]"
            "及环磷酰胺[[120 mg/kg|d:120,mg/kg,-]]，[[单次|s:1]]给药建立POF模型。造模后第7天将模型小鼠随机分为"
            "模型组及低、中、高剂量组，低、中、高剂量组分别[[经尾静脉注射|r:iv]][[hAMSCs|c:am]] "
            "[[2.5×10^{5}|d:2.5e5,cells,-#低]]、[[5×10^{5}|d:5e5,cells,-#中]]、"
            "[[1×10^{6}个|d:1e6,cells,-#高剂量]]。于移植后第[[14天|f:14,day]]和第[[28天|f:28,day]]各处死每组6只"
            "小鼠。**结果** 移植后第[[28天|f:28,day]]，高剂量组[[AMH升高|h:AMH,inc#高剂量]]、"
            "[[E2升高|h:E2,inc#高剂量]]、[[FSH降低|h:FSH,dec#高剂量]]（与模型组比较，P<0.05）；中剂量组"
            "[[FSH降低|h:FSH,dec#中]]，[[AMH与模型组差异无统计学意义|h:AMH,nc#中]]；低剂量组"
            "[[FSH|h:FSH,nc#低]]、[[AMH均与模型组相近|h:AMH,nc#低]]。**结论** [[hAMSCs|c:am]]改善POF小鼠卵巢"
            "功能的作用呈剂量依赖性。"
        ),
        body=[
            ("heading", "1 材料与方法"),
            "**1.1 动物与造模** SPF级雌性C57BL/6小鼠75只，7~8周龄，体重18~22 g。随机取15只为正常组，腹腔"
            "注射等体积溶剂；其余60只[[腹腔注射|r:ip]]白消安[[20 mg/kg|d:20,mg/kg,-]]及环磷酰胺"
            "[[120 mg/kg|d:120,mg/kg,-]]，均仅给药[[1次|s:1]]。造模后连续7 d行阴道涂片，动情周期紊乱者判定为"
            "造模成功。",
            "**1.2 细胞制备** [[hAMSCs|c:am]]取自健康足月剖宫产胎盘的羊膜，经胰酶及胶原酶消化后培养至第3代，"
            "CD29、CD73、CD90阳性率>95%，CD34、CD45阳性率<2%，活率>95%。",
            "**1.3 分组与移植** 造模后第7天，将60只模型小鼠随机分为模型组、低剂量组、中剂量组和高剂量组，每组"
            "15只。低剂量组、中剂量组、高剂量组小鼠分别[[经尾静脉|r:iv]]注射[[hAMSCs|c:am]] "
            "[[2.5×10^{5}个|d:2.5e5,cells,-#低]]、[[5×10^{5}个|d:5e5,cells,-#中]]、"
            "[[1×10^{6}个|d:1e6,cells,-#高剂量]]，细胞均以PBS [[0.2 mL|d:0.2,mL,-]]重悬；模型组注射等体积PBS，"
            "正常组不作处理。各剂量组均仅注射[[1次|s:1]]。",
            "**1.4 取材与检测** 移植后第[[14天|f:14,day]]和第[[28天|f:28,day]]每组各处死6只，摘眼球取血，"
            "ELISA法检测血清FSH、E2及AMH；取双侧卵巢行HE染色，计数各级卵泡。每组余下3只连续观察动情周期。",
            ("heading", "2 结果"),
            "**2.1 血清激素** 模型组FSH高于正常组，AMH、E2低于正常组（P<0.05）。移植后第"
            "[[14天|f:14,day#高剂量]]，仅高剂量组[[FSH低于模型组|h:FSH,dec#高剂量]]；移植后第[[28天|f:28,day]]，"
            "高剂量组[[FSH进一步下降|h:FSH,dec#高剂量]]，[[AMH|h:AMH,inc#高剂量]]、[[E2均高于模型组|h:E2,inc#高剂量]]，"
            "中剂量组[[FSH低于模型组|h:FSH,dec#中]]，低剂量组各指标与模型组差异无统计学意义。各治疗组"
            "[[AMH水平随剂量增加而升高|h:AMH,inc]]。见表1。",
            (
                "table",
                "表1 移植后第[[28天|f:28,day]]各组小鼠血清激素水平（x̄±s，n=6）",
                [
                    ["组别", "FSH（mIU/mL）", "E2（pg/mL）", "AMH（ng/mL）"],
                    ["正常组", "4.9±0.9", "41.2±6.0", "6.1±0.8"],
                    ["模型组", "12.8±2.1", "18.3±4.2", "2.2±0.5"],
                    ["低剂量组", "12.1±2.4", "19.5±4.6", "2.4±0.6"],
                    ["中剂量组", "10.2±1.9", "22.8±4.9", "2.8±0.6"],
                    ["高剂量组", "8.4±1.6", "28.9±5.3", "3.9±0.7"],
                ],
                [0.28, 0.24, 0.24, 0.24],
            ),
        ],
        notes=(
            "Mouse study (species mouse by default). Arms: '低、中、高剂量组分别 … 2.5×10^5、5×10^5、1×10^6个' (names "
            "listed before one head word, given values one to one by 分别: each name alone, '低', '中', '高剂量'), "
            "kept where the groups are named in full (低剂量组 -> 低, 中剂量组 -> 中, 高剂量组 -> 高剂量); 正常组 and 模型组 "
            "have no facts; table rows name no value, cell type or count: no marks. Model: busulfan 20 mg/kg and "
            "cyclophosphamide 120 mg/kg ip, '单次给药' / '均仅给药1次' (1), all model mice: no arm. Dose: the three cell "
            "doses with arms (abstract and 1.3), PBS 0.2 mL vehicle (every dose group: no arm). Sessions: '各剂量组均仅"
            "注射1次' (no arm). Route: iv (title, abstract '经尾静脉注射' and 1.3 '经尾静脉' in the 分别 sentence: all "
            "three groups, no arm), ip for the model. Follow-up: '移植后第14天和第28天各处死' (two killing times: two "
            "facts, abstract and 1.4), 移植后第28天 (abstract and 2.1: a clause before several groups, no arm), 2.1 "
            "'移植后第14天，仅高剂量组…' (the group named in the clause: arm), caption 第28天; traps: '造模后第7天' (from "
            "the model, twice), '连续7 d' smears, 7~8周龄, 18~22 g. Hormones: 高剂量 AMH inc, E2 inc, FSH dec "
            "(abstract; 2.1 at day 14 FSH lower, at day 28 FSH '进一步下降', AMH and E2 higher); 中 FSH dec (twice), AMH "
            "nc; 低 FSH and AMH nc (abstract; 2.1 '各指标' names no hormone: no mark); 'AMH水平随剂量增加而升高' (a trend "
            "over 各治疗组: no arm); model vs normal (validation) no. Samples: mice only (75/15/60/6/3): none."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=23,
    ),
    # ------------------------------------------------------------------ 283
    RealText(
        id="zh_blind283_retro_prp_intrauterine_one_two_three_sessions_thin_endometrium",
        lang="zh",
        kind="clinical",
        title="宫腔灌注富血小板血浆次数与薄型子宫内膜患者冻融胚胎移植结局：[[186例|n:186]]回顾性队列研究",
        authors="欧阳书瑶，闾丘文博，迪丽娜·吐尔逊",
        journal=_J,
        year=2025,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "**摘要：目的** 分析宫腔灌注自体富血小板血浆（PRP）的次数对薄型子宫内膜患者内膜厚度及冻融胚胎移植"
            "（FET）结局的影响。**方法** 回顾性分析2021年1月至2024年6月在本中心行FET的薄型子宫内膜患者病历，共"
            "检索病历1 026份，符合条件者[[186例|n:186]]。按FET前宫腔灌注PRP的次数分为[[1次|s:1#1次组]]组"
            "（[[72例|n:72#1次组]]）、[[2次|s:2#2次组]]组（[[68例|n:68#2次组]]）和[[3次|s:3#3次组]]组"
            "（[[46例|n:46#3次组]]），每次灌注PRP [[1 mL|d:1,mL,injection]]，随访至末次灌注后"
            "[[6个月|f:6,month]]。**结果** [[3次|s:3#3次组]]组移植日内膜厚度增加最明显；临床妊娠率"
            "[[1次|s:1#1次组]]组为30/72（41.7%），[[2次|s:2#2次组]]组为31/68（45.6%），[[3次|s:3#3次组]]组为"
            "24/46（52.2%），组间差异无统计学意义（P=0.41）。**结论** 增加PRP灌注次数可进一步增厚内膜，但未"
            "显著提高临床妊娠率。"
        ),
        body=[
            ("heading", "1 资料与方法"),
            "**1.1 研究对象** 纳入标准：①年龄22~40岁；②既往至少2个FET周期内膜厚度<7 mm；③本周期行激素替代"
            "方案准备内膜。排除中重度宫腔粘连、子宫内膜结核及子宫畸形者。1 026份病历中，因不符合纳入标准排除"
            "783份、资料不全排除57份，最终[[186例|n:186]]纳入分析，其中年龄≥35岁者58例。",
            "**1.2 PRP制备与灌注** 于灌注当日抽取肘静脉血20 mL，二次离心法制备PRP，血小板浓度约为外周血的"
            "4~5倍。激素替代周期第10天起，以人工授精导管经宫颈管缓慢注入宫腔，每次[[1 mL|d:1,mL,injection]]。"
            "灌注次数由主诊医师根据内膜增长决定：内膜≥7 mm者停止灌注，否则间隔72 h再次灌注，最多3次。末次灌注"
            "后3~5 d行FET。",
            "**1.3 观察指标** 记录灌注前及移植日内膜厚度、移植日血清E2，移植后14 d检测血hCG，移植后28 d超声确认"
            "临床妊娠。所有患者均随访至末次灌注后[[6个月|f:6,month]]。",
            ("heading", "2 结果"),
            "三组年龄、基础E2及灌注前内膜厚度差异无统计学意义（P>0.05），移植日血清E2水平三组相近。"
            "[[3次|s:3#3次组]]组内膜厚度增加（1.9±0.7）mm，[[2次|s:2#2次组]]组（1.6±0.6）mm，"
            "[[1次|s:1#1次组]]组（1.4±0.6）mm，组间差异有统计学意义（P=0.002）。见表1。",
            (
                "table",
                "表1 三组患者基线资料及结局比较",
                [
                    ["组别", "例数", "年龄（岁）", "灌注前内膜（mm）", "移植日内膜（mm）", "临床妊娠"],
                    ["[[1次|s:1#1次组]]组", "[[72|n:72#1次组]]", "33.1±4.0", "5.2±0.8", "6.6±0.9", "30（41.7%）"],
                    ["[[2次|s:2#2次组]]组", "[[68|n:68#2次组]]", "33.8±4.3", "5.0±0.7", "6.6±0.8", "31（45.6%）"],
                    ["[[3次|s:3#3次组]]组", "[[46|n:46#3次组]]", "34.2±4.1", "4.8±0.8", "6.7±0.9", "24（52.2%）"],
                ],
                [0.12, 0.1, 0.16, 0.22, 0.22, 0.18],
            ),
        ],
        notes=(
            "Retrospective cohort of thin endometrium (no POI facts to mark beyond the design); PRP is no cell "
            "type and intrauterine instillation ('宫腔灌注', '经宫颈管缓慢注入宫腔') has no route id: no cell or route "
            "marks. Arms 1次组 / 2次组 / 3次组 (groups by the number of instillations): the count in each name is "
            "its sessions fact wherever named (abstract, results, table rows), with its arm. Sample: 186例 (title, "
            "abstract, 1.1), 72/68/46 with arms (abstract, table '例数' cells of each row); 1 026 records, 783/57 "
            "excluded, '年龄≥35岁者58例' (a subgroup), pregnancies 30/72 (41.7%) etc. (outcomes) no. Dose: '每次灌注"
            "PRP 1 mL' and '每次1 mL' (per injection: 每次 = /次); '肘静脉血20 mL' (harvest) no. Sessions: only the "
            "groups' names; '最多3次' (a cap, not a count), '间隔72 h再次灌注' (interval), '至少2个FET周期' no. Follow-up: "
            "'随访至末次灌注后6个月' (twice); traps: '末次灌注后3~5 d行FET' (timing of the transfer), '移植后14 d', "
            "'移植后28 d' (times after the embryo transfer, not after the therapy), '周期第10天起', 2021年1月至2024年6月. "
            "Hormones: none ('基础E2' and '移植日血清E2水平三组相近' compare groups at one time, no change after "
            "treatment; endometrial thickness is not a hormone); '内膜<7 mm', '≥7 mm' thresholds no."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=23,
    ),
    # ------------------------------------------------------------------ 284
    RealText(
        id="zh_blind284_case_report_bmsc_laparoscopic_intraovarian_twice_pregnancy",
        lang="zh",
        kind="case",
        title=(
            "腹腔镜下自体[[骨髓间充质干细胞|c:bm]][[卵巢内注射|r:io,lap]][[2次|s:2]]后自然妊娠的早发性卵巢功能"
            "不全[[1例|n:1]]"
        ),
        authors="东郭清妍，申屠子墨，白玛央宗",
        journal=_J,
        year=2026,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "**摘要：** 报告[[1例|n:1]]早发性卵巢功能不全（POI）患者经自体[[骨髓间充质干细胞|c:bm]]（[[BMSCs|c:bm]]）"
            "[[卵巢内注射|r:io]]后自然妊娠。患者31岁，继发闭经2年，FSH 68.4 IU/L，AMH<0.06 ng/mL。先后"
            "[[2次|s:2]]注射[[BMSCs|c:bm]]：第1次在腹腔镜下进行，第2次于3个月后在经阴道超声引导下进行，每次每侧"
            "卵巢注射[[5×10^{6}个|d:5e6,cells,ovary]]。第2次注射后[[半年|f:0.5,year]]复查，"
            "[[FSH降至|h:FSH,dec]]21.3 IU/L，[[AMH升至|h:AMH,inc]]0.31 ng/mL；患者于第2次注射后8个月自然妊娠，"
            "足月分娩。自第2次注射起共随访[[18个月|f:18,month]]，未见不良反应。"
        ),
        body=[
            ("heading", "1 病例资料"),
            "患者，女，31岁，G0P0，因“月经稀发3年、停经2年”于2024年2月就诊。染色体核型46,XX，FMR1前突变"
            "阴性，甲状腺功能正常。间隔4周2次检测FSH分别为68.4、71.2 IU/L，E2 12 pg/mL，AMH<0.06 ng/mL，经阴道"
            "超声示双侧卵巢体积小，未见窦卵泡。诊断为POI。既往激素补充治疗1年，停药后无自发月经。患者及家属签署"
            "知情同意书，本院伦理委员会批准。",
            ("heading", "2 治疗经过"),
            "2024年3月于全身麻醉下抽取髂后上棘骨髓60 mL，分离培养[[BMSCs|c:bm]]至第3代（共培养21 d）。2024年4月"
            "[[腹腔镜下于双侧卵巢皮质内多点注射|r:io,lap]]细胞悬液各[[1 mL|d:1,mL,ovary]]（每侧含"
            "[[5×10^{6}个|d:5e6,cells,ovary]]细胞）。第1次注射后[[3个月|f:3,month]]复查FSH 52.6 IU/L，较注射前"
            "[[下降|h:FSH,dec]]，AMH仍<0.06 ng/mL，遂于2024年7月[[经阴道超声引导下再次行双侧卵巢内注射|r:io,tvus]]，"
            "剂量同前。两次注射后均无发热、腹痛及卵巢出血。",
            ("heading", "3 随访"),
            "第2次注射后每2个月复查性激素（表1）。第2次注射后4个月出现首次自然月经，此后月经周期30~45 d。第2次"
            "注射后[[6个月|f:6,month]]，FSH[[降至|h:FSH,dec]]21.3 IU/L，E2[[升至|h:E2,inc]]88 pg/mL，AMH"
            "[[升至|h:AMH,inc]]0.31 ng/mL，超声见右侧卵巢窦卵泡2个。第2次注射后8个月自然妊娠，孕39周剖宫产一"
            "健康女婴。自第2次注射起共随访[[18个月|f:18,month]]，月经仍规律。",
            (
                "table",
                "表1 注射前后激素变化",
                [
                    ["指标", "首次注射前", "第1次注射后3个月", "第2次注射后2个月", "[[第2次注射后6个月|f:6,month]]"],
                    ["FSH（IU/L）", "68.4", "52.6", "34.8", "21.3"],
                    ["E2（pg/mL）", "12", "18", "46", "88"],
                    ["AMH（ng/mL）", "<0.06", "<0.06", "0.12", "0.31"],
                ],
                [0.16, 0.18, 0.22, 0.22, 0.22],
            ),
        ],
        notes=(
            "Single case report: no arms. Sample: '1例' (title, abstract '报告1例'), English 'one woman' (n 1 each, "
            "per mention). Cell: BMSCs (bm). Route: "
            "title '腹腔镜下…卵巢内注射' (io+lap, the same phrase), abstract '卵巢内注射' (io; '第1次在腹腔镜下进行' and "
            "'在经阴道超声引导下进行' name no route: no marks), 2 '腹腔镜下于双侧卵巢皮质内多点注射' (io+lap), '经阴道超声"
            "引导下再次行双侧卵巢内注射' (io+tvus); 全身麻醉 no. Sessions: 2次 (title, abstract), English 'twice'; '第1次', "
            "'第2次', '再次', '两次注射后' (ordinals and references to counted sessions) no. Dose: 每侧卵巢5×10^6个 "
            "(abstract, 2), 各1 mL per ovary; '骨髓60 mL' (harvest), '剂量同前' (no value) no. Follow-up: 第2次注射后"
            "半年 (0.5 year), 共随访18个月 (abstract, 3), 第1次注射后3个月复查 (a time after treatment at which FSH was "
            "measured; it is also the interval before the second injection: marked as follow-up, doubtful), 第2次注射后"
            "6个月, table heads (time points: the last head only); traps: '第2次注射后每2个月复查' (frequency), '第2次"
            "注射后4个月出现首次自然月经' (time to menses), '第2次注射后8个月自然妊娠' (time to pregnancy), '3个月后' in "
            "the abstract (the interval between injections), 培养21 d, 孕39周, 周期30~45 d, 停经2年. Hormones: FSH dec "
            "(abstract, 2 '较注射前下降', 3), AMH inc (abstract, 3), E2 inc (3); 'AMH仍<0.06' (unchanged below detection: "
            "left unmarked, doubtful); diagnostic values and '2次检测' no."
        ),
        layout={
            "columns": 1,
            "font": "serif",
            "en_title": (
                "Spontaneous pregnancy after [[two|s:2]] [[intraovarian injections|r:io]] of autologous "
                "[[bone marrow mesenchymal stem cells|c:bm]] in premature ovarian insufficiency: a case report"
            ),
            "en_abstract": (
                "**Abstract:** We report [[one woman|n:1]], aged 31, with premature ovarian insufficiency who "
                "received autologous [[BMSCs|c:bm]] [[twice|s:2]], first "
                "[[injected into both ovaries at laparoscopy|r:io,lap]] and three months later "
                "[[by transvaginal ultrasound-guided intraovarian injection|r:io,tvus]], "
                "[[5×10^{6}|d:5e6,cells,ovary]] cells per ovary each time. [[Six months|f:6,month]] after the "
                "second injection, [[FSH had fallen|h:FSH,dec]] from 68.4 to 21.3 IU/L and "
                "[[AMH had risen|h:AMH,inc]] to 0.31 ng/mL. She conceived naturally eight months after the second "
                "injection and was followed for [[18 months|f:18,month]]."
            ),
        },
        batch=23,
    ),
    # ------------------------------------------------------------------ 285
    RealText(
        id="zh_blind285_rat_vcd_hadsc_early_vs_delayed_intraovarian_timing",
        lang="zh",
        kind="animal",
        title="移植时机对人[[脂肪间充质干细胞|c:ad]][[卵巢内注射|r:io]]修复VCD诱导大鼠卵巢功能减退的影响",
        authors="公孙若宁，钟离砚秋，阿依努尔·卡德尔",
        journal=_J,
        year=2025,
        doi="",
        url="",
        licence=_LIC,
        species="rat",
        abstract=(
            "**摘要：目的** 比较早期与延迟移植人[[脂肪间充质干细胞|c:ad]]（[[hADSCs|c:ad]]）对"
            "4-乙烯基环己烯二环氧化物（VCD）诱导大鼠卵巢功能减退的修复作用。**方法** 雌性SD大鼠"
            "[[腹腔注射|r:ip]]VCD [[80 mg/kg|d:80,mg/kg,-]]，每日1次，连续15 d建立模型。模型大鼠随机分为模型组、"
            "早期移植组和延迟移植组，另设正常组。早期移植组与延迟移植组分别于造模结束后第1天和第28天接受"
            "[[hADSCs|c:ad]][[双侧卵巢内注射|r:io]]，每侧[[1×10^{6}个|d:1e6,cells,ovary]]，[[单次|s:1]]注射；两"
            "移植组均于移植后第[[30天|f:30,day]]处死。**结果** 与模型组比较，早期移植组"
            "[[AMH|h:AMH,inc#早期移植组]]、[[E2升高|h:E2,inc#早期移植组]]，[[FSH降低|h:FSH,dec#早期移植组]]；"
            "延迟移植组[[FSH降低|h:FSH,dec#延迟移植组]]，而[[AMH无明显变化|h:AMH,nc#延迟移植组]]。早期移植组原始"
            "卵泡数多于延迟移植组。**结论** 卵巢损伤后尽早移植[[hADSCs|c:ad]]效果更佳。"
        ),
        body=[
            ("heading", "1 材料与方法"),
            "**1.1 动物与造模** SPF级雌性SD大鼠48只，8周龄，体重200~220 g。随机取12只为正常组，腹腔注射等体积"
            "芝麻油；其余36只[[腹腔注射|r:ip]]VCD [[80 mg/kg|d:80,mg/kg,-]]，每日1次，连续15 d。造模结束后连续"
            "10 d阴道涂片，动情周期紊乱者判为造模成功。",
            "**1.2 分组与移植** 模型大鼠随机分为模型组、早期移植组和延迟移植组，每组12只。[[hADSCs|c:ad]]取自"
            "2例腹部吸脂术供者，培养至第4代。早期移植组于造模结束后第1天、延迟移植组于造模结束后第28天，在"
            "异氟烷麻醉下经背部切口暴露卵巢，以微量注射器[[向每侧卵巢内注射|r:io]]含"
            "[[1×10^{6}个|d:1e6,cells,ovary]][[hADSCs|c:ad]]的PBS悬液；模型组同法注射等量PBS。两移植组均仅注射"
            "[[1次|s:1]]。",
            "**1.3 取材与检测** 两移植组均于移植后第[[30天|f:30,day]]处死，模型组和正常组各6只与早期移植组同日、"
            "其余6只与延迟移植组同日处死。ELISA法检测血清FSH、E2、AMH，卵巢连续切片计数各级卵泡。",
            ("heading", "2 结果"),
            "与模型组比较，早期移植组[[FSH降低|h:FSH,dec#早期移植组]]、[[AMH升高|h:AMH,inc#早期移植组]]、"
            "[[E2升高|h:E2,inc#早期移植组]]（P<0.05）；延迟移植组[[FSH降低|h:FSH,dec#延迟移植组]]、"
            "[[E2升高|h:E2,inc#延迟移植组]]，[[AMH与模型组相近|h:AMH,nc#延迟移植组]]。早期移植组原始卵泡及窦卵泡数"
            "均多于延迟移植组（P<0.05）。早期移植组12只中7只于移植后第12天起恢复规律动情周期，延迟移植组为3只。"
            "见表1。",
            (
                "table",
                "表1 移植后第[[30天|f:30,day]]各组大鼠血清激素水平（x̄±s，n=6）",
                [
                    ["组别", "FSH（mIU/mL）", "E2（pg/mL）", "AMH（ng/mL）"],
                    ["正常组", "5.6±1.1", "36.9±5.4", "5.4±0.7"],
                    ["模型组", "11.9±2.2", "19.2±4.1", "2.6±0.5"],
                    ["早期移植组", "7.8±1.5", "28.6±4.8", "4.1±0.6"],
                    ["延迟移植组", "9.1±1.7", "25.3±4.6", "2.9±0.6"],
                ],
                [0.28, 0.24, 0.24, 0.24],
            ),
        ],
        notes=(
            "Rat study (species rat by default). Arms 早期移植组 and 延迟移植组, told apart by the time of "
            "transplantation (造模结束后第1天 / 第28天, both times counted from the model: no follow-up); 正常组 and "
            "模型组 have no facts; table rows name no value: no marks. Model: VCD 80 mg/kg ip '每日1次，连续15 d' (daily "
            "dosing: no sessions), all model rats: no arm. Dose: 每侧1×10^6个 (abstract, 1.2: '每侧' / '向每侧卵巢内注射', "
            "per ovary), both groups: no arm. Sessions: '单次注射', '两移植组均仅注射1次' (no arm). Route: io (title; "
            "abstract '双侧卵巢内注射' and 1.2 '向每侧卵巢内注射', both said of the two groups together: no arm), ip. "
            "Follow-up: '移植后第30天处死' (abstract, 1.3, both groups: no arm), caption 第30天; traps: 造模结束后第1天/"
            "第28天 (delays from the model, the design's variable), '连续15 d', '连续10 d阴道涂片', '移植后第12天起恢复' "
            "(time to cycles), 8周龄, 200~220 g. Hormones (treated vs model rats): 早期移植组 AMH inc, E2 inc, FSH dec "
            "(abstract and results; in the abstract 'AMH、E2升高': coordinated, one fact each), 延迟移植组 FSH dec, E2 inc "
            "(results), AMH nc (abstract, results). Follicle counts, '早期移植组…多于延迟移植组' (no hormone) no. Samples: "
            "rats and 2 donors only: none."
        ),
        layout={"columns": 1, "font": "sans"},
        batch=23,
    ),
    # ------------------------------------------------------------------ 286
    RealText(
        id="zh_blind286_meta_msc_dor_poi_pooled_routes_followup_ranges",
        lang="zh",
        kind="review",
        title="[[间充质干细胞|c:msc]]治疗卵巢功能减退临床疗效的Meta分析",
        authors="慕容雪晴，赫连知秋，才让卓玛",
        journal=_J,
        year=2026,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "**摘要：目的** 系统评价[[间充质干细胞|c:msc]]（[[MSCs|c:msc]]）治疗早发性卵巢功能不全（POI）及卵巢"
            "储备功能减退（DOR）的疗效。**方法** 检索中国知网、万方、PubMed、Embase等数据库建库至2026年6月的"
            "对照研究，采用随机效应模型合并效应量。**结果** 共纳入14项研究、[[693例|n:693]]患者，其中随机对照"
            "试验5项（[[318例|n:318]]），非随机对照研究9项（[[375例|n:375]]）。与对照比较，[[MSCs|c:msc]]治疗后"
            "[[3个月|f:3,month]][[AMH升高|h:AMH,inc]]（MD=0.24 ng/mL，95%CI 0.11~0.37），"
            "[[FSH降低|h:FSH,dec]]（MD=−9.8 IU/L），[[AFC增加|h:AFC,inc]]；[[6个月|f:6,month]]时（6项研究）AMH"
            "[[仍高于对照|h:AMH,inc]]。亚组分析显示，[[卵巢内注射|r:io]]亚组[[FSH下降|h:FSH,dec]]幅度大于"
            "[[静脉输注|r:iv]]亚组。**结论** [[MSCs|c:msc]]可能[[提高AMH|h:AMH,inc]]、[[降低FSH|h:FSH,dec]]，但"
            "纳入研究样本量多在100例以下，证据质量低。"
        ),
        body=[
            ("heading", "1 资料与方法"),
            "**1.1 纳入与排除标准** 纳入标准：①研究对象为POI或DOR患者；②干预措施为[[MSCs|c:msc]]或其来源的"
            "[[外泌体|c:ev]]，对照为安慰剂、激素补充治疗或不干预；③报告AMH、FSH或AFC中至少1项。排除样本量不足"
            "10例的研究、病例报告、会议摘要及动物实验。",
            "**1.2 文献筛选与资料提取** 共检索文献2 417篇，剔除重复后阅读题目和摘要，全文评估61篇，最终纳入14项"
            "研究。细胞来源：[[脐带MSCs|c:uc]] 6项，[[骨髓MSCs|c:bm]] 4项，[[脂肪MSCs|c:ad]] 2项，"
            "[[经血干细胞|c:men]] 1项，[[MSCs|c:msc]]来源[[外泌体|c:ev]] 1项。给药途径："
            "[[经阴道超声引导卵巢内注射|r:io,tvus]]6项，[[腹腔镜下卵巢内注射|r:io,lap]]2项，"
            "[[经卵巢动脉|r:oa]]灌注2项，[[静脉输注|r:iv]]4项。细胞剂量为每侧卵巢"
            "[[5×10^{6}~2×10^{7}个|d:5e6,cells,ovary,5e6,2e7]]，静脉输注者为"
            "[[0.5×10^{6}~2×10^{6}个/kg|d:5e5,cells/kg,-,5e5,2e6]]；[[单次|s:1]]治疗9项，[[多次|s:-]]治疗5项。"
            "随访时间[[1~24个月|f:1,month]]，多数研究为[[3~6个月|f:3,month]]。",
            (
                "table",
                "表1 纳入随机对照试验的基本特征",
                [
                    ["研究", "细胞", "途径", "例数", "随访（月）"],
                    ["韩雨桐 2021", "[[UC-MSCs|c:uc]]", "[[卵巢内注射|r:io]]", "[[60|n:60]]", "[[6|f:6,month]]"],
                    ["Moreau 2022", "[[BMSCs|c:bm]]", "[[卵巢内注射|r:io]]", "[[72|n:72]]", "[[12|f:12,month]]"],
                    ["邝思远 2023", "[[UC-MSCs|c:uc]]", "[[静脉输注|r:iv]]", "[[48|n:48]]", "[[3|f:3,month]]"],
                    ["Adebayo 2024", "[[ADSCs|c:ad]]", "[[卵巢内注射|r:io]]", "[[80|n:80]]", "[[6|f:6,month]]"],
                    ["宁可欣 2025", "[[UC-MSCs|c:uc]]", "[[卵巢动脉灌注|r:oa]]", "[[58|n:58]]", "[[24|f:24,month]]"],
                ],
                [0.26, 0.18, 0.22, 0.14, 0.2],
            ),
            ("heading", "2 结果"),
            "**2.1 AMH** 11项研究报告AMH。治疗后[[3个月|f:3,month]]，[[MSCs|c:msc]]组与对照组比较"
            "[[AMH升高|h:AMH,inc]]（I²=58%）；[[6个月|f:6,month]]时5项研究合并，AMH[[仍高于对照|h:AMH,inc]]，但"
            "差值缩小至0.11 ng/mL。",
            "**2.2 FSH与AFC** 12项研究报告FSH，合并后[[FSH降低|h:FSH,dec]]；按途径分层，[[卵巢内注射|r:io]]"
            "亚组[[FSH下降|h:FSH,dec]]幅度大于[[静脉输注|r:iv]]亚组（亚组间P=0.04）。7项研究报告AFC，"
            "[[AFC增加|h:AFC,inc]]1.2个。**2.3 敏感性分析** 逐一剔除单项研究后结果稳定；仅纳入随机对照试验时，"
            "FSH的合并效应[[仍降低|h:FSH,dec]]，AMH差异不再有统计学意义。",
        ],
        notes=(
            "Meta-analysis: no arms (pooled studies; subgroups by route are subgroups of studies, and 'MSCs组与对照组"
            "比较' compares pooled groups: no arm). Sample: 693例 (all pooled patients), 318例 (five RCTs), 375例 (nine "
            "non-randomised), table 例数 60/72/48/80/58 (each cited trial); 14项/5项/9项/11项/12项/7项 studies, 2 417/61 "
            "records, '样本量不足10例' and '多在100例以下' (bounds) no. Cell types: MSCs (msc), 外泌体 (ev), 脐带MSCs (uc), "
            "骨髓MSCs (bm), 脂肪MSCs (ad), 经血干细胞 (men), 'MSCs来源外泌体' (two mentions), table cells. Dose: ranges "
            "每侧卵巢5×10^6~2×10^7个 (per ovary, low 5e6) and 0.5×10^6~2×10^6个/kg (per null, low 5e5). Sessions: 单次 "
            "(1), 多次 (count null). Route: io+tvus, io+lap, oa ('经卵巢动脉灌注'), iv, subgroup names '卵巢内注射亚组', "
            "'静脉输注亚组' (routes named: marked), table routes. Follow-up: abstract 治疗后3个月, 6个月时, 2.1 治疗后"
            "3个月, 6个月时, '随访时间1~24个月' (range -> 1), '多数研究为3~6个月' (range -> 3), table column; '建库至"
            "2026年6月' no. Hormones: AMH inc (abstract twice, 2.1 twice, conclusion), FSH dec (abstract, subgroup "
            "comparison '下降幅度大于' as a fact without arm, conclusion, 2.2 twice, sensitivity '仍降低'), AFC inc (abstract, "
            "2.2); 'AMH差异不再有统计学意义' (a pooled difference losing significance, not a no-change: left unmarked, "
            "doubtful), '差值缩小' no; 'AMH、FSH或AFC' (a list of outcomes) no."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=23,
    ),
]
