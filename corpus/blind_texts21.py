"""Invented papers written for litx by an annotator who had not seen its rules (twenty-first batch).

Part of the development set of invented papers (studied and tuned on, unlike
corpus/heldout_texts.py).  Every title, name, number and sentence below is invented;
nothing is copied from any paper.  Fact marks ``[[words|spec]]`` follow
corpus/ANNOTATION.md and the markup of corpus/make_papers.py (plus ``@animal`` for an
unnamed or other animal, as in corpus/real).  This batch varies how numbers are said:
sessions as "once a month for three months" with the total given elsewhere, "a course of
three infusions", "two sets of bilateral injections", "two rounds", implantations counted
per case of a series and in a table cell, 分2次, 每周1次，共3次, 每月1次…共3次, 前后共移植3次
with later ordinals, sessions inside group names (one-infusion group, 多次注射组, 2次移植组),
and look-alikes (dose levels and a 3 + 3 design, injection sites, passages, IVF cycles, two
FSH measurements, daily gavage and daily subcutaneous model-drug dosing); follow-up as visit
lists, a median with a range, per case "respectively", killing times joined by "and"/"or" or
listed, 术后第4周复查, 随访半年, a range across reviewed studies, table captions and heads;
samples screened versus randomised versus completing, per arm in words and in tables, column
heads with n, pooled women of a meta-analysis, and animals, donors and outcome counts that are
no samples; doses per kg, per ovary, per side, per round, in µg of vesicle protein, 万个, ranges.
Kinds: a placebo-controlled randomised trial of intravenous UC-MSCs, a 3 + 3 dose escalation
of intraovarian UC-MSC vesicles, a retrospective cohort of intrauterine UC-MSCs for thin
endometrium (another condition, marked only where the contract has a value), a randomised
trial of ovarian-artery UC-MSCs with HRT, a single-arm study of adipose MSCs given in two
sessions, a retrospective PRP cohort (single versus repeated injections), mouse and rat
models (cyclophosphamide with busulfan, cisplatin, tripterygium glycosides by gavage,
D-galactose), a case series and a case report, a meta-analysis and a narrative review.
"""

from __future__ import annotations

try:
    from real_texts import RealText
except ImportError:  # pragma: no cover - imported as corpus.blind_texts21
    from corpus.real_texts import RealText

_LIC = "CC BY 4.0 (written for litx)"
_J = "litx blind set"

BLIND21: list[RealText] = [
    # ------------------------------------------------------------------ 245
    RealText(
        id="en_blind245_rct_ucmsc_intravenous_monthly_placebo_poi",
        lang="en",
        kind="clinical",
        title=(
            "Monthly [[intravenous|r:iv]] [[umbilical cord mesenchymal stromal cells|c:uc]] for idiopathic "
            "premature ovarian insufficiency: a double-blind, placebo-controlled randomised trial"
        ),
        authors="Ingrid Halvorsen-Abara, Luca Benedetti-Onu, Sunita Raghavachari",
        journal=_J,
        year=2024,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "**Objective** To find out whether [[repeated|s:-]] [[intravenous|r:iv]] infusions of allogeneic "
            "[[umbilical cord mesenchymal stromal cells|c:uc]] ([[UC-MSCs|c:uc]]) bring back ovarian activity "
            "in women with idiopathic premature ovarian insufficiency (POI). "
            "**Design** Double-blind, placebo-controlled, parallel-group trial in two university hospitals. "
            "**Participants** Of 112 women screened, [[seventy-eight|n:78]] were randomised: "
            "[[40|n:40#active group]] to the active group and [[38|n:38#placebo group]] to the placebo group. "
            "**Interventions** The active group received [[UC-MSCs|c:uc#active group]], "
            "[[1 × 10^{6} cells/kg|d:1e6,cells/kg,-#active group]] body weight, "
            "[[by peripheral venous infusion|r:iv#active group]] once a month for three months; the placebo "
            "group received the vehicle alone on the same days. "
            "**Main outcome measures** Return of menses, and serum FSH, oestradiol and AMH, over the "
            "[[12 months|f:12,month]] after the first infusion. "
            "**Results** Seventy-one women attended the final visit. Menses returned in nine women of the "
            "active group and in two of the placebo group. In the active group FSH "
            "[[fell|h:FSH,dec#active group]] from a mean of 74.2 to 55.8 IU/L, oestradiol "
            "[[rose|h:E2,inc#active group]] and AMH [[increased|h:AMH,inc#active group]] from 0.04 to 0.15 "
            "ng/mL; in the placebo group FSH [[did not fall|!h:FSH,dec#placebo group]]. No serious adverse "
            "event was attributed to the cells. "
            "**Conclusion** A course of [[three|s:3]] [[intravenous|r:iv]] infusions of [[UC-MSCs|c:uc]] "
            "[[lowered FSH|h:FSH,dec]] and [[raised AMH|h:AMH,inc]] in women with POI, but few had their "
            "menses back; larger trials with longer observation are needed."
        ),
        body=[
            "**Participants.** Women aged 18 to 39 years were eligible if they had had no spontaneous menses "
            "for at least four months and an FSH above 25 IU/L on two occasions at least four weeks apart, with "
            "a 46,XX karyotype and no FMR1 premutation. Women who had received chemotherapy or pelvic "
            "radiotherapy, or who had an autoimmune disease needing treatment, were excluded. The median time "
            "since the last spontaneous period was 27 months.",
            "**Randomisation and blinding.** A statistician not otherwise involved generated the sequence in "
            "blocks of four, stratified by centre. The pharmacy prepared bags of cells or vehicle that looked "
            "the same, so that neither the women nor the staff who infused and assessed them knew the "
            "allocation.",
            "**Cells.** [[UC-MSCs|c:uc]] came from the Wharton's jelly of a single donor cord, were expanded "
            "for 18 days to passage 4 and were released when more than 95% expressed CD73, CD90 and CD105 and "
            "fewer than 2% expressed CD34, CD45 or HLA-DR. For each woman of the active group the dose of "
            "[[1 × 10^{6} cells/kg|d:1e6,cells/kg,-#active group]] was suspended in "
            "[[100 mL|d:100,mL,-#active group]] of saline with 1% human albumin, a concentration that never "
            "exceeded 1 × 10^{6} cells/mL.",
            "**Infusions.** Infusions ran over 30 to 45 minutes through a 200-µm filter at weeks 0, 4 and 8, "
            "without premedication. Each woman of the active group thus received "
            "[[three|s:3#active group]] infusions of cells, and each woman of the placebo group the same number "
            "of vehicle infusions. Pulse, blood pressure and temperature were recorded every 15 minutes and "
            "for two hours afterwards.",
            "**Follow-up.** Women were seen [[1, 3, 6 and 12 months|f:12,month]] after the first infusion. "
            "Blood for FSH, LH, oestradiol and AMH was drawn at each visit, and every woman kept a menstrual "
            "diary.",
            (
                "table",
                "Table 1. Baseline characteristics, mean (SD) or median [IQR]",
                [
                    ["Characteristic", "Active group ([[n = 40|n:40]])", "Placebo group ([[n = 38|n:38]])"],
                    ["Age, years", "33.1 (4.2)", "32.6 (4.8)"],
                    ["Months since last menses", "26 [14–41]", "29 [15–44]"],
                    ["FSH, IU/L", "74.2 (21.5)", "71.9 (19.8)"],
                    ["AMH, ng/mL", "0.04 [0.01–0.08]", "0.05 [0.01–0.09]"],
                    ["Body-mass index, kg/m²", "22.4 (3.1)", "22.9 (3.5)"],
                ],
                [0.4, 0.3, 0.3],
            ),
            "**Results.** Recruitment ran from January 2020 to June 2022. Three women of the active group and "
            "four of the placebo group missed the month-12 visit, one of them because she had moved abroad, so "
            "71 women were analysed at [[12 months|f:12,month]]. In the active group mean FSH "
            "[[declined|h:FSH,dec#active group]] from 74.2 to 55.8 IU/L by "
            "[[month 12|f:12,month#active group]], AMH [[rose|h:AMH,inc#active group]] above the detection "
            "limit in 14 women, and mean oestradiol [[went up|h:E2,inc#active group]] from 21 to 44 pg/mL. LH "
            "[[was stable|h:LH,nc#active group]].",
            "In the placebo group, [[FSH|h:FSH,nc#placebo group]], [[oestradiol|h:E2,nc#placebo group]] and "
            "[[AMH|h:AMH,nc#placebo group]] did not change. Menses resumed in nine women of the active group "
            "(23%) and two of the placebo group (5%), at a median of 4.5 months after the first infusion. Three "
            "spontaneous pregnancies occurred, all in the active group.",
            (
                "table",
                "Table 2. Serum hormones by group, mean (SD)",
                [
                    ["Group", "Hormone", "Baseline", "Month 3", "Month 6", "[[Month 12|f:12,month]]"],
                    ["Active", "FSH, IU/L", "74.2 (21.5)", "64.0 (22.3)", "58.1 (20.7)", "55.8 (21.0)"],
                    ["Active", "Oestradiol, pg/mL", "21 (12)", "33 (19)", "40 (24)", "44 (26)"],
                    ["Active", "AMH, ng/mL", "0.04 (0.03)", "0.09 (0.07)", "0.13 (0.10)", "0.15 (0.12)"],
                    ["Placebo", "FSH, IU/L", "71.9 (19.8)", "70.4 (20.5)", "72.2 (18.9)", "70.8 (19.4)"],
                    ["Placebo", "Oestradiol, pg/mL", "23 (14)", "22 (13)", "24 (15)", "23 (14)"],
                    ["Placebo", "AMH, ng/mL", "0.05 (0.03)", "0.05 (0.04)", "0.04 (0.03)", "0.05 (0.04)"],
                ],
                [0.15, 0.21, 0.16, 0.16, 0.16, 0.16],
            ),
            "**Safety.** Two women had a fever below 38.5 °C within 24 hours of an infusion and one had a "
            "transient urticarial rash; all three were in the active group. There were no thromboses and no "
            "infusion had to be stopped.",
            "**Discussion.** In mice, [[MSCs|c:msc@mouse]] given [[into the tail vein|r:iv@mouse]] reach the "
            "injured ovary within a day and stay there for about a week [12]. In the only earlier randomised "
            "trial of cells [[given into a vein|r:iv]] for POI that we know of, [[sixty|n:60]] women received "
            "[[two|s:2]] infusions of [[menstrual blood-derived stem cells|c:men]] or placebo, and FSH "
            "[[fell|h:FSH,dec]] only in the treated women at [[six months|f:6,month]] [14]. Our trial adds a "
            "third infusion and a full year of observation; whether a longer course would add anything is "
            "unknown.",
        ],
        notes=(
            "Objective 'repeated intravenous infusions' (sessions, null count). Two-arm placebo-controlled "
            "RCT, arms 'active group' and 'placebo group' (table rows 'Active'/"
            "'Placebo' hold numbers only: no facts). Sample: 78 randomised; 40 and 38 per arm (abstract, with "
            "arm); Table 1 column heads 'n = 40' / 'n = 38' restate the counts (facts, no arm, per ANNOTATION "
            "'Counts in table column heads ... no arm'); 112 screened, 71 attending/analysed (subset of 78), "
            "nine/two with menses, three pregnancies: no samples. Sessions: 'once a month for three months' "
            "is a frequency with a duration, the count inferred (no fact); 'at weeks 0, 4 and 8' a schedule; the "
            "count is stated as 'A course of three ... infusions' (conclusion, no arm) and 'three infusions' "
            "(active group). Dose: 1 × 10^6 cells/kg (per null), 100 mL suspension volume; 1 × 10^6 cells/mL is "
            "a concentration, 200-µm filter, 1% albumin no doses. Follow-up: 'over the 12 months after the "
            "first infusion', visits '1, 3, 6 and 12 months' (list -> 12), 'analysed at 12 months', 'by month "
            "12' (in the active-group clause: arm), Table 2 heads Baseline..Month 12 (last head). Hormones: "
            "active group FSH fell/declined, E2 rose/went up, AMH increased/rose, LH stable (nc); placebo group "
            "FSH/E2/AMH did not change (nc, arm, as the guide's 'in the control group, FSH did not change') and, in "
            "the abstract, FSH 'did not fall' (a negated decrease, arm); "
            "conclusion FSH dec, AMH inc (no arm). Discussion: mice [12] msc, iv (species mouse); cited trial "
            "[14] 'given into a vein' (iv), sixty women, two infusions, MenSCs, FSH fell at six months (no "
            "arm: 'the treated women' is "
            "unnamed); 'a third infusion' and 'a longer course' no facts. Traps: ages 18-39, four months, FSH "
            "> 25 IU/L on two occasions, 27 months since menses, blocks of four, 18 days culture, passage 4, "
            "4.5 months to menses (time to event), 24 hours, 38.5 °C."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=21,
    ),
    # ------------------------------------------------------------------ 246
    RealText(
        id="en_blind246_phase1_ucmsc_vesicles_intraovarian_three_levels_dor",
        lang="en",
        kind="clinical",
        title=(
            "Escalating doses of [[umbilical cord MSC|c:uc]]-derived small [[extracellular vesicles|c:ev]] "
            "[[injected into the ovaries|r:io]] of women with diminished ovarian reserve: a first-in-human "
            "phase 1 study"
        ),
        authors="Rafaela Quintanilha, Oskar Mbeki-Strand, Yuki Aramaki-Dubois",
        journal=_J,
        year=2024,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "Cell-free products of [[mesenchymal stromal cells|c:msc]] may carry much of the benefit of the "
            "cells without the burden of handling living material. We ran a 3 + 3 dose-escalation study of "
            "small [[extracellular vesicles|c:ev]] ([[sEVs|c:ev]]) from [[umbilical cord MSCs|c:uc]], given by "
            "[[transvaginal ultrasound-guided intraovarian injection|r:io,tvus]] to women aged 38 to 44 with "
            "diminished ovarian reserve (DOR). Three levels were tested, [[50|d:50,ug,ovary]], "
            "[[100|d:100,ug,ovary]] and [[200 µg|d:200,ug,ovary]] of vesicle protein per ovary, and at every "
            "level the injection was given [[twice|s:2]], six weeks apart. [[Twelve women|n:12]] were treated, "
            "[[three|n:3#50 µg]] at [[50 µg|d:50,ug,-#50 µg]], [[three|n:3#100 µg]] at "
            "[[100 µg|d:100,ug,-#100 µg]] and [[six|n:6#200 µg]] at [[200 µg|d:200,ug,-#200 µg]]. One "
            "dose-limiting toxicity occurred, pelvic pain at the highest level, and the highest level was taken "
            "forward. Over a median follow-up of [[9 months|f:9,month]] (range 6–12), AMH [[rose|h:AMH,inc]] in "
            "seven women and the antral follicle count [[increased|h:AFC,inc]] by a median of two follicles, "
            "whereas FSH [[showed no consistent change|h:FSH,nc]]. These early signals justify a randomised "
            "phase 2 trial."
        ),
        body=[
            "**Design.** The study followed a 3 + 3 design with three pre-specified levels. Cohorts were filled "
            "in order; a cohort of three was expanded to six if one woman had a dose-limiting toxicity (DLT) "
            "within 28 days of her second injection, and escalation was to stop if two of six did.",
            "**Participants.** Women aged 38 to 44 years with AMH below 0.8 ng/mL and an antral follicle count "
            "(AFC) of five or fewer, who had completed at least two IVF cycles with a poor response, were "
            "eligible. Nineteen were screened and [[twelve|n:12]] enrolled between May 2022 and October 2023.",
            "**Product.** [[sEVs|c:ev]] were isolated from the conditioned medium of "
            "[[umbilical cord MSCs|c:uc]] at passages 3 to 5 by tangential-flow filtration and size-exclusion "
            "chromatography; particles measured 60–150 nm and carried CD63, CD81 and TSG101. Each batch was "
            "dosed by protein content, and the dose for one ovary was diluted to [[0.8 mL|d:0.8,mL,ovary]] with "
            "saline.",
            "**Injections.** Under intravenous propofol sedation, each ovary was "
            "[[injected under transvaginal ultrasound guidance|r:io,tvus]] through a 19-gauge needle, the "
            "suspension being spread over four sites in the cortex. Six weeks later the same dose was given "
            "again, so that every woman received [[two|s:2]] sets of bilateral injections.",
            "**Cohorts.** Cohort 1 received [[50 µg|d:50,ug,ovary#50 µg]] per ovary "
            "([[n = 3|n:3#50 µg]]), cohort 2 [[100 µg|d:100,ug,ovary#100 µg]] per ovary "
            "([[n = 3|n:3#100 µg]]) and cohort 3 [[200 µg|d:200,ug,ovary#200 µg]] per ovary "
            "([[n = 6|n:6#200 µg]]). Cohort 3 was expanded after its second woman had lower abdominal pain "
            "for more than 72 hours, graded a DLT; none of the other five had a DLT.",
            "**Follow-up.** Women were seen [[1, 3 and 6 months|f:6,month]] after the second injection, and "
            "those who agreed came back later; median follow-up from the first injection was "
            "[[9 months|f:9,month]] (range 6–12).",
            (
                "table",
                "Table 1. Dose levels, women treated and dose-limiting toxicities",
                [
                    ["Cohort", "Vesicle protein per ovary", "Women treated", "DLT", "Serious adverse events"],
                    ["1", "[[50 µg|d:50,ug,ovary#50 µg]]", "[[3|n:3#50 µg]]", "0", "0"],
                    ["2", "[[100 µg|d:100,ug,ovary#100 µg]]", "[[3|n:3#100 µg]]", "0", "0"],
                    ["3", "[[200 µg|d:200,ug,ovary#200 µg]]", "[[6|n:6#200 µg]]", "1", "0"],
                ],
                [0.14, 0.28, 0.2, 0.12, 0.26],
            ),
            "**Results.** No woman in cohorts 1 and 2 had a DLT. AMH [[rose|h:AMH,inc]] in seven women, by a "
            "median of 0.21 ng/mL at [[6 months|f:6,month]], and [[a rise|h:AMH,inc]] was seen at every level. The AFC "
            "[[increased|h:AFC,inc]] from a median of 3 to 5. FSH [[showed no consistent change|h:FSH,nc]] and "
            "oestradiol [[was unchanged|h:E2,nc]]. In cohort 3, AMH [[rose|h:AMH,inc#200 µg]] in five of six "
            "women. Two women conceived after IVF during follow-up, one of whom has delivered.",
            "**Discussion.** [[Extracellular vesicles|c:ev@mouse]] from [[bone marrow MSCs|c:bm@mouse]] "
            "[[injected into the ovaries|r:io@mouse]] of cyclophosphamide-treated mice restored follicle "
            "numbers [21]. We did not give the [[sEVs|c:ev]] [[intravenously|!r:iv]], because circulating particles "
            "are taken up mostly by the liver and spleen. In a cohort of [[31|n:31]] women given [[intravenous|r:iv]] "
            "[[exosomes|c:ev]] after chemotherapy, E2 [[increased|h:E2,inc]] within three months [23]. Local "
            "delivery, as here, puts the whole dose where it is needed; the price is a transvaginal puncture at "
            "each visit.",
        ],
        notes=(
            "Phase 1, 3 + 3 escalation; arms are the three dose levels, labelled by value ('50 µg', '100 µg', "
            "'200 µg': the abstract gives each value one count, the first labelling), kept for 'cohort 1/2/3' "
            "and the table rows (groups with that value only). The first list of the three values in the "
            "abstract (no counts, no 'respectively') has no arms. Sample: 'Twelve women' / 'twelve' enrolled; "
            "three/three/six per level; nineteen screened, seven (AMH), five of six, two conceived no samples; "
            "[23] 31 women cited. Sessions: 'twice' and 'two sets of bilateral injections' (all women, no arm); "
            "'second injection' ordinal of counted sessions; 'same dose was given again' no count; "
            "'3 + 3', three levels, four sites, two IVF cycles, two of six are no sessions. Dose: µg of vesicle "
            "protein per ovary; the values in the sample sentence are said without 'per ovary' (per null); 0.8 "
            "mL diluted volume per ovary; 60–150 nm size no dose. Route: 'intravenous propofol sedation' no "
            "route. Follow-up: median 9 months (range not marked), visits 1, 3 and 6 months (list -> 6), 'at 6 "
            "months'; 'within 28 days' (DLT window), 'within three months' [23] (window), 72 hours no. "
            "Hormones: AMH rose, AFC increased, FSH no consistent change (nc), E2 unchanged; cohort 3 AMH rose "
            "(arm 200 µg); 'a rise was seen at every level' (AMH inc, every arm: no arm). Discussion [21] "
            "mouse: ev, bm, io; 'did not give the vesicles intravenously' a negated route (own "
            "study, no arm); "
            "'Local delivery' names no route id."
        ),
        layout={"columns": 1, "font": "sans"},
        batch=21,
    ),
    # ------------------------------------------------------------------ 247
    RealText(
        id="en_blind247_mouse_ctx_bus_hamsc_tail_vein_one_vs_two_infusions",
        lang="en",
        kind="animal",
        title=(
            "[[Two|s:2]] [[tail-vein|r:iv]] infusions of [[human amniotic mesenchymal stem cells|c:am]] restore "
            "ovarian function better than [[a single|s:1]] infusion in mice given cyclophosphamide and busulfan"
        ),
        authors="Femi Adeyemi-Kraus, Chloé Vantongeren, Park Ji-hoon",
        journal=_J,
        year=2023,
        doi="",
        url="",
        licence=_LIC,
        species="mouse",
        abstract=(
            "**Aim** To compare [[one|s:1]] and [[two|s:2]] [[intravenous|r:iv]] infusions of "
            "[[human amniotic mesenchymal stem cells|c:am]] ([[hAMSCs|c:am]]) in a chemotherapy model of "
            "premature ovarian insufficiency (POI). "
            "**Methods** Female ICR mice aged six weeks received a [[single|s:1]] [[intraperitoneal|r:ip]] "
            "injection of cyclophosphamide ([[120 mg/kg|d:120,mg/kg,-]]) and busulfan "
            "([[30 mg/kg|d:30,mg/kg,-]]); control mice received the solvent. A week later the injured mice were "
            "allotted to a model group, a [[one-infusion|s:1#one-infusion group]] group and a "
            "[[two-infusion|s:2#two-infusion group]] group, twelve mice in each. [[hAMSCs|c:am]] "
            "([[1 × 10^{6}|d:1e6,cells,-]] cells in [[0.2 mL|d:0.2,mL,-]] of PBS) were given "
            "[[through the tail vein|r:iv]] on day 7 only or on days 7 and 14; model mice received PBS. Six mice "
            "of each group were killed [[2|f:2,week]] and [[4 weeks|f:4,week]] after the last infusion. "
            "**Results** [[Four weeks|f:4,week]] after the last infusion, [[FSH was lower|h:FSH,dec]] and "
            "[[AMH higher|h:AMH,inc]] in both [[hAMSC|c:am]] groups than in the model group. In the "
            "[[two-infusion|s:2#two-infusion group]] group, E2 [[rose|h:E2,inc#two-infusion group]] to the "
            "level of the controls and regular estrous cycles returned in five of six mice; in the "
            "[[one-infusion|s:1#one-infusion group]] group, E2 [[did not change|h:E2,nc#one-infusion group]] "
            "significantly. "
            "**Conclusion** A second infusion one week after the first added to the benefit of "
            "[[hAMSCs|c:am]] in this model."
        ),
        body=[
            "**Animals.** Forty-eight female ICR mice, six weeks old and weighing 24–27 g, were housed five to "
            "a cage under a 12-h light cycle. Twelve served as controls and 36 were injured with chemotherapy.",
            "**POI model.** Cyclophosphamide and busulfan were dissolved in dimethyl sulfoxide diluted with "
            "saline and injected [[intraperitoneally|r:ip]] [[once|s:1]], at [[120 mg/kg|d:120,mg/kg,-]] and "
            "[[30 mg/kg|d:30,mg/kg,-]] respectively; controls received the same volume of vehicle. Vaginal "
            "smears were read each morning for ten days from day 7 to confirm that estrous cycles had stopped.",
            "**[[hAMSCs|c:am]].** Amnion was peeled from the term placentas of three healthy caesarean deliveries with "
            "written consent and digested with collagenase II and dispase, and the adherent "
            "[[hAMSCs|c:am]] were expanded to passage 4. They expressed CD29, CD44, CD73 and CD105, lacked "
            "CD34, CD45 and HLA-DR, and formed bone and fat in differentiation media.",
            "**Infusions.** On day 7 after chemotherapy, mice of the [[one-infusion|s:1#one-infusion group]] "
            "group were given [[1 × 10^{6}|d:1e6,cells,-#one-infusion group]] "
            "[[hAMSCs|c:am#one-infusion group]] in [[0.2 mL|d:0.2,mL,-#one-infusion group]] of PBS "
            "[[via the tail vein|r:iv#one-infusion group]]. Mice of the "
            "[[two-infusion|s:2#two-infusion group]] group received the same dose on day 7 and again on day "
            "14, that is, [[two|s:2#two-infusion group]] infusions in all. Model mice were given PBS alone on "
            "both days, and control mice were not handled.",
            "**Sampling.** Six mice per group were killed [[2|f:2,week]] and six [[4 weeks|f:4,week]] after the "
            "last infusion. Blood was taken by cardiac puncture and serum FSH, E2 and AMH were measured by "
            "ELISA; one ovary was fixed for follicle counts in serial sections and the other was frozen.",
            "**Results.** Compared with controls, model mice had higher FSH and lower AMH and E2 at both times, "
            "which confirmed the damage. At [[2 weeks|f:2,week]], the hormone values of the treated groups lay "
            "between those of the model and control groups, and the differences from the model group were not "
            "yet significant. At [[4 weeks|f:4,week]], FSH [[had fallen|h:FSH,dec]] and AMH "
            "[[had risen|h:AMH,inc]] in both treated groups relative to the model group (Table 1).",
            "In the [[two-infusion|s:2#two-infusion group]] group, E2 [[increased|h:E2,inc#two-infusion group]] "
            "to control values and primordial follicles numbered 61% of the control count; regular cycles "
            "returned in five of six mice. In the [[one-infusion|s:1#one-infusion group]] group, AMH "
            "[[rose|h:AMH,inc#one-infusion group]] but E2 [[did not change|h:E2,nc#one-infusion group]] "
            "significantly. The [[two-infusion|s:2#two-infusion group]] group had more primordial follicles "
            "than the [[one-infusion|s:1#one-infusion group]] group (P = 0.03).",
            (
                "table",
                "Table 1. Serum hormones [[4 weeks|f:4,week]] after the last infusion, mean ± SD (six mice per "
                "group)",
                [
                    ["Group", "FSH, mIU/mL", "E2, pg/mL", "AMH, ng/mL"],
                    ["Control", "5.2 ± 1.1", "38.4 ± 6.0", "6.1 ± 0.9"],
                    ["Model", "13.9 ± 2.4", "17.2 ± 4.1", "2.2 ± 0.6"],
                    ["[[One infusion|s:1#one-infusion group]]", "9.8 ± 2.0", "24.5 ± 5.3", "3.9 ± 0.8"],
                    ["[[Two infusions|s:2#two-infusion group]]", "7.1 ± 1.6", "35.0 ± 5.8", "4.8 ± 0.7"],
                ],
                [0.31, 0.23, 0.23, 0.23],
            ),
            "**Discussion.** Busulfan with cyclophosphamide leaves few growing follicles, which makes the model "
            "a hard test. In mice treated the same way, [[a single|s:1]] [[intravenous|r:iv]] dose of "
            "[[human amniotic epithelial cells|c:haec]] [[raised AMH|h:AMH,inc]] at [[four weeks|f:4,week]] "
            "[8]. We chose a one-week interval because infused cells are cleared from the lungs within days. "
            "For women, [[intravenous delivery|r:iv@human]] would avoid an ovarian puncture, although more "
            "infusions might be needed than in mice.",
        ],
        notes=(
            "Mouse study (species mouse by default). Groups: control, model, 'one-infusion group', "
            "'two-infusion group'; the number of sessions in each group's name is a sessions mark with that "
            "group's arm wherever the group is named (also in the comparison of follicles and as table rows "
            "'One infusion'/'Two infusions'). Title and aim 'one and two ... infusions', 'a single infusion' are "
            "counts without a named group (no arm). Model drugs: single/once intraperitoneal (sessions 1, route "
            "ip), 120 and 30 mg/kg; given to all injured mice (no arm). Therapy: abstract '1 × 10^6 cells in 0.2 "
            "mL ... through the tail vein on day 7 only or on days 7 and 14' (both groups: no arm); Infusions "
            "paragraph one-infusion group 1 × 10^6, 0.2 mL, tail vein; two-infusion group 'same dose' (no "
            "value), 'two infusions in all'. 'A second infusion' (conclusion) ordinal of counted sessions. "
            "Follow-up: killed 2 and 4 weeks after the last infusion (two facts, twice), 'Four weeks after the "
            "last infusion', 'At 2 weeks', 'At 4 weeks', caption '4 weeks'; 'day 7 after chemotherapy', 'A week "
            "later', 'days 7 and 14' (times from the model / schedule) and 'ten days' of smears are no "
            "follow-up. Hormones: both treated groups FSH lower/fallen, AMH higher/risen (no arm); two-infusion "
            "group E2 rose/increased; one-infusion group E2 no change, AMH rose; model vs control (validation) "
            "no fact. Sample: mice only (48, 12, 36, six). Discussion [8] (mice): single, iv, hAEC, AMH inc at "
            "four weeks; 'intravenous delivery' for women (clinical promise: no species). Traps: 24–27 g, "
            "passage 4, three deliveries (donors), 61%, five of six."
        ),
        layout={"columns": 2, "font": "serif"},
        batch=21,
    ),
    # ------------------------------------------------------------------ 248
    RealText(
        id="en_blind248_rat_cisplatin_bmsc_exosomes_intraovarian_three_doses",
        lang="en",
        kind="animal",
        title=(
            "[[Intraovarian|r:io]] microinjection of [[bone marrow MSC|c:bm]]-derived [[exosomes|c:ev]] "
            "repairs cisplatin-injured rat ovaries in a dose-dependent way"
        ),
        authors="Mateus Carvalho-Lindahl, Aigerim Seitkali, Henrietta Osei-Bonsu",
        journal=_J,
        year=2024,
        doi="",
        url="",
        licence=_LIC,
        species="rat",
        abstract=(
            "**Background** Cisplatin depletes the ovarian reserve of young women with cancer. "
            "[[Exosomes|c:ev@human]] of [[mesenchymal stem cells|c:msc@human]] may protect granulosa cells, "
            "but the amount needed when they are [[placed in the ovary|r:io@human]] is unknown. "
            "**Methods** Female Sprague-Dawley rats received cisplatin [[2 mg/kg|d:2,mg/kg,-]] "
            "[[intraperitoneally|r:ip]] every day for seven days. [[Exosomes|c:ev]] were purified from the "
            "culture supernatant of rat [[BMSCs|c:bm]] by ultracentrifugation. Injured rats then received "
            "[[one|s:1]] [[intraovarian|r:io]] injection of [[25|d:25,ug,ovary#low-dose]], "
            "[[50|d:50,ug,ovary#medium-dose]] or [[100 µg|d:100,ug,ovary#high-dose]] of exosomal protein per "
            "ovary (the low-, medium- and high-dose groups, respectively) or of PBS (model group); untreated "
            "rats served as normal controls. Ovaries and serum were collected [[14|f:14,day]] or "
            "[[28 days|f:28,day]] after the injection. "
            "**Results** At [[28 days|f:28,day]], [[FSH was lower|h:FSH,dec]] and [[AMH|h:AMH,inc]] and "
            "[[E2 higher|h:E2,inc]] in all three [[exosome|c:ev]] groups than in the model group. In the "
            "high-dose group, AMH [[rose|h:AMH,inc#high-dose]] to 86% of the normal value. The low dose "
            "[[did not change|h:AMH,nc#low-dose]] AMH significantly. "
            "**Conclusions** A [[single|s:1]] [[intraovarian|r:io]] injection of [[BMSC|c:bm]] "
            "[[exosomes|c:ev]] repairs cisplatin injury of the rat ovary, and the highest dose works best."
        ),
        body=[
            "**Animals and model.** Sixty female Sprague-Dawley rats, eight weeks old and weighing 200–220 g, "
            "were used. Forty-eight received cisplatin dissolved in saline "
            "[[by intraperitoneal injection|r:ip]] at [[2 mg/kg|d:2,mg/kg,-]] once daily for seven consecutive "
            "days; the other twelve received saline and formed the normal group. On day 8 the 48 injured rats "
            "were randomly divided into the model, low-dose, medium-dose and high-dose groups (n = 12 each).",
            "**[[Exosomes|c:ev]].** [[BMSCs|c:bm]] were flushed from the femurs and tibias of four-week-old rats and "
            "grown to passage 3. At 80% confluence the medium was replaced by serum-free medium for 48 h, and "
            "[[exosomes|c:ev]] were collected by differential centrifugation ending at 100,000 g for 70 min. "
            "They were cup-shaped, 30–150 nm across and carried CD9, CD63 and TSG101. Protein was measured by "
            "BCA assay, and the [[exosomes|c:ev]] were suspended in PBS.",
            "**Injection.** Under isoflurane anaesthesia both ovaries were exposed through a dorsal incision, "
            "and the suspension was [[injected into each ovary|r:io]] with a 33-gauge needle at two points. "
            "Each rat was injected [[once|s:1]]. Rats of the low-dose group received "
            "[[25 µg|d:25,ug,ovary#low-dose]] per ovary, those of the medium-dose group "
            "[[50 µg|d:50,ug,ovary#medium-dose]] and those of the high-dose group "
            "[[100 µg|d:100,ug,ovary#high-dose]]; model rats received PBS in the same volume.",
            "**Sampling.** Six rats of each group were killed [[14|f:14,day]] and six [[28 days|f:28,day]] after "
            "the injection. Serum FSH, E2 and AMH were measured by ELISA, and follicles were counted in every "
            "fifth section of one ovary.",
            "**Results.** Cisplatin raised FSH and lowered AMH and E2 in the model group compared with the "
            "normal group, and the follicle pool shrank by about half. At [[14 days|f:14,day]], follicle counts "
            "were higher in the three [[exosome|c:ev]] groups than in the model group, but the hormones had not "
            "yet separated. By [[28 days|f:28,day]], FSH [[had fallen|h:FSH,dec]] and AMH "
            "[[had risen|h:AMH,inc]] in all three [[exosome|c:ev]] groups.",
            "In the high-dose group AMH [[rose|h:AMH,inc#high-dose]] to 86% of the normal value, and E2 "
            "[[increased|h:E2,inc#high-dose]] to 74%. In the medium-dose group AMH "
            "[[increased|h:AMH,inc#medium-dose]] to 63%. In the low-dose group, E2 "
            "[[rose|h:E2,inc#low-dose]] slightly but AMH [[did not change|h:AMH,nc#low-dose]] significantly.",
            (
                "table",
                "Table 1. Serum hormones [[28 days|f:28,day]] after the injection, mean ± SD (six rats per group)",
                [
                    ["Group", "Exosomal protein per ovary", "FSH, IU/L", "E2, pg/mL", "AMH, ng/mL"],
                    ["Normal", "—", "4.1 ± 0.8", "41.7 ± 6.2", "5.3 ± 0.7"],
                    ["Model", "PBS", "11.6 ± 2.1", "18.9 ± 4.4", "1.9 ± 0.5"],
                    ["Low dose", "[[25 µg|d:25,ug,ovary#low-dose]]", "9.7 ± 1.9", "24.3 ± 5.0", "2.3 ± 0.6"],
                    ["Medium dose", "[[50 µg|d:50,ug,ovary#medium-dose]]", "7.9 ± 1.7", "27.8 ± 5.1",
                     "3.3 ± 0.6"],
                    ["High dose", "[[100 µg|d:100,ug,ovary#high-dose]]", "6.0 ± 1.2", "30.9 ± 5.5",
                     "4.6 ± 0.7"],
                ],
                [0.18, 0.26, 0.18, 0.19, 0.19],
            ),
            "**Discussion.** The effect of the [[exosomes|c:ev]] rose with the amount given, and only the highest dose "
            "brought AMH near the normal range. [[Exosomes|c:ev@human]] [[placed in the ovary|r:io@human]] have "
            "also been given to women: in "
            "[[14|n:14@human]] women with POI who received [[intraovarian|r:io@human]] "
            "[[exosomes|c:ev@human]] [[twice|s:2@human]], FSH [[fell|h:FSH,dec@human]] by "
            "[[3 months|f:3,month@human]] [17]. Rats need a dorsal incision; in women, "
            "[[transvaginal ultrasound-guided injection|r:io,tvus@human]] would be used.",
        ],
        notes=(
            "Rat study (species rat by default). Arms: the three dose groups, given their values one to one "
            "('respectively') and labelled 'low-dose', 'medium-dose', 'high-dose' (kept for 'the low dose' and "
            "the table rows 'Low dose' etc.); normal and model groups have no facts. Model: cisplatin 2 mg/kg "
            "i.p. 'every day for seven days' / 'once daily for seven consecutive days' (daily dosing: no "
            "sessions), all injured rats (no arm). Therapy: 'one intraovarian injection', 'A single ... "
            "injection', 'injected once' (sessions 1, every treated group: no arm); 'injected into each ovary' "
            "(open surgery: no guidance); doses in µg of exosomal protein per ovary (the second and third "
            "values of the Injection paragraph share its 'per ovary'). Follow-up: 'collected 14 or 28 days' and "
            "'killed 14 and 28 days' (two facts each), 'At 28 days', 'At 14 days', 'By 28 days', caption. "
            "Hormones: all three exosome groups FSH lower/fallen, AMH and E2 higher, AMH risen (no arm); "
            "high-dose AMH rose, E2 increased; medium-dose AMH increased; low-dose E2 rose, AMH no change; model "
            "vs normal (validation) no fact. Background 'Exosomes of MSCs' general (no species). Discussion [17] "
            "a clinical study (species human): 14 women, io, ev, twice, FSH fell by 3 months; 'transvaginal "
            "ultrasound-guided injection' in women (clinical promise). Traps: 60/48/12 rats and 'n = 12 each' "
            "(animals), 200–220 g, passage 3, 48 h, 30–150 nm, 33-gauge, two points, 86%/74%/63%."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=21,
    ),
    # ------------------------------------------------------------------ 249
    RealText(
        id="en_blind249_case_series_ucmsc_collagen_laparoscopic_three_women",
        lang="en",
        kind="case",
        title=(
            "[[Umbilical cord mesenchymal stem cells|c:uc]] on a collagen scaffold "
            "[[placed in the ovaries at laparoscopy|r:io,lap]]: a series of [[three women|n:3]] with premature "
            "ovarian insufficiency"
        ),
        authors="Beatriz Oyarzún-Healy, Tendai Mutasa, Lars-Erik Nyqvist",
        journal=_J,
        year=2023,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "We describe [[three women|n:3]] with premature ovarian insufficiency (POI), aged 29, 33 and 37 "
            "years, who received allogeneic [[umbilical cord mesenchymal stem cells|c:uc]] "
            "([[UC-MSCs|c:uc]]) loaded on a degradable collagen scaffold and "
            "[[implanted into the ovarian cortex at laparoscopy|r:io,lap]]. Each implant carried "
            "[[1 × 10^{7} cells|d:1e7,cells,ovary]] for one ovary. Case 1 was treated [[once|s:1#Case 1]], "
            "Case 2 [[twice|s:2#Case 2]] and Case 3 [[three times|s:3#Case 3]], and they were followed for "
            "[[18|f:18,month#Case 1]], [[24|f:24,month#Case 2]] and [[30 months|f:30,month#Case 3]], "
            "respectively. FSH [[did not change|h:FSH,nc#Case 1]] in Case 1. In Case 2, FSH "
            "[[fell|h:FSH,dec#Case 2]] from 96 to 31 IU/L and AMH [[rose|h:AMH,inc#Case 2]] from below 0.01 to "
            "0.09 ng/mL, and her menses returned. Case 3 conceived spontaneously seven months after her third "
            "implantation and delivered a healthy boy. [[Repeated implantation|s:-]] may help some women, but "
            "[[three cases|n:3]] cannot show it."
        ),
        body=[
            "**Case 1.** A 29-year-old nulligravida had had no periods for 26 months when she was referred; FSH "
            "was 88 and 91 IU/L four weeks apart, AMH was undetectable, the karyotype was 46,XX and an "
            "autoimmune screen was negative. In March 2021, at laparoscopy, a scaffold loaded with "
            "[[1 × 10^{7}|d:1e7,cells,ovary#Case 1]] [[UC-MSCs|c:uc#Case 1]] was "
            "[[sutured into a cortical pocket of each ovary|r:io,lap#Case 1]]. She had no further procedure. "
            "Case 1 has now been followed for [[18 months|f:18,month#Case 1]]; her FSH "
            "[[did not change|h:FSH,nc#Case 1]], and she later conceived with donor oocytes.",
            "**Case 2.** A 33-year-old woman had had POI diagnosed at 30, with no cause found. Her first "
            "implantation, of [[1 × 10^{7}|d:1e7,cells,ovary#Case 2]] [[UC-MSCs|c:uc#Case 2]] per ovary, was "
            "done in May 2021. Because FSH [[had fallen only slightly|h:FSH,dec#Case 2]] when it was checked "
            "[[three months|f:3,month#Case 2]] later, the procedure was repeated four months after the first, "
            "so that she had [[two|s:2#Case 2]] implantations. Menses returned ten weeks after the second and "
            "have been regular since. [[Twelve months|f:12,month#Case 2]] after the second implantation, FSH "
            "[[had dropped|h:FSH,dec#Case 2]] to 31 IU/L and AMH [[had climbed|h:AMH,inc#Case 2]] to 0.09 "
            "ng/mL. Case 2 was followed for [[24 months|f:24,month#Case 2]].",
            "**Case 3.** A 37-year-old woman, gravida 1 para 1, had been amenorrhoeic for 14 months after an "
            "episode of lymphocytic oophoritis. She was offered a planned course of [[three|s:3#Case 3]] "
            "implantations three months apart, each of [[1 × 10^{7}|d:1e7,cells,ovary#Case 3]] "
            "[[UC-MSCs|c:uc#Case 3]] [[placed in each ovary laparoscopically|r:io,lap#Case 3]]. Before the "
            "third implantation her oestradiol [[had risen|h:E2,inc#Case 3]] to 142 pg/mL and FSH "
            "[[had fallen|h:FSH,dec#Case 3]] to 18 IU/L. She conceived naturally seven months after the third "
            "implantation, and a healthy boy was born at 38 weeks by vaginal delivery. Case 3 was followed for "
            "[[30 months|f:30,month#Case 3]] from the first implantation.",
            (
                "table",
                "Table 1. The three cases at a glance (age in years; FSH in IU/L before the first implantation and at "
                "the last visit; cells per ovary at each implantation; months of follow-up)",
                [
                    ["Case", "Age", "Implantations", "Cells per ovary", "FSH before", "FSH last",
                     "Months"],
                    ["Case 1", "29", "[[1|s:1#Case 1]]", "[[1 × 10^{7}|d:1e7,cells,ovary#Case 1]]", "88", "84",
                     "[[18|f:18,month#Case 1]]"],
                    ["Case 2", "33", "[[2|s:2#Case 2]]", "[[1 × 10^{7}|d:1e7,cells,ovary#Case 2]]", "96", "31",
                     "[[24|f:24,month#Case 2]]"],
                    ["Case 3", "37", "[[3|s:3#Case 3]]", "[[1 × 10^{7}|d:1e7,cells,ovary#Case 3]]", "79", "17",
                     "[[30|f:30,month#Case 3]]"],
                ],
                [0.1, 0.08, 0.16, 0.2, 0.16, 0.16, 0.14],
            ),
            "**Discussion.** Collagen scaffolds keep cells in the ovary longer than a suspension does. In an "
            "earlier study, [[14|n:14]] women received [[UC-MSCs|c:uc]] on collagen scaffolds "
            "[[injected into the ovaries|r:io]], and two of them conceived [6]. Our cases suggest that "
            "[[a single|s:1]] implantation is not enough for every woman: Case 1, who had the longest "
            "amenorrhoea, did not respond, whereas the two women treated again did.",
        ],
        notes=(
            "Case series of three women; each case named by number is an arm ('Case 1', 'Case 2', 'Case 3'), "
            "in the abstract clause by clause, in each case's paragraph and as table rows. Sample: 'three "
            "women' (title, abstract), 'three cases' (the whole series restated); [6] 14 women. Sessions: "
            "once/twice/three times (abstract, with the case), 'two implantations' (Case 2; 'the procedure was "
            "repeated' is a reference to her counted second session, not marked), 'a "
            "planned course of three' (Case 3), table 1/2/3; 'first', 'second', 'third implantation' are "
            "ordinals of counted "
            "sessions (no fact); 'Repeated implantation' (null count, no arm) and 'a single implantation' in "
            "the discussion (general, no arm). Dose: 1 × 10^7 cells per ovary ('for one ovary', 'each ovary', "
            "'per ovary', table head 'per ovary'). Route: io with laparoscopic guidance where the sentence says "
            "laparoscopy; [6] io without guidance. Follow-up: 18/24/30 months 'respectively' (one per case) and "
            "per-case sentences and the table column; Case 2 'checked three months later' (a measurement time); "
            "'Twelve months after the second implantation, FSH had dropped' (a measurement time after her last "
            "session, as the guide's 'Two months after the last infusion FSH was clearly lower'); 'seven months "
            "after', 'ten weeks after' (times to events), 38 weeks (gestation), 26/14 months amenorrhoea, "
            "diagnosed at 30, 'four months after the first' (interval): no. "
            "Hormones: Case 1 FSH nc; Case 2 FSH dec (twice: 'fallen only slightly', 'dropped', plus abstract "
            "'fell'), AMH inc; Case 3 E2 inc, FSH dec. 'FSH before / at last visit' table columns: values only."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=21,
    ),
    # ------------------------------------------------------------------ 250
    RealText(
        id="en_blind250_meta_intraovarian_prp_and_cells_por_poi",
        lang="en",
        kind="review",
        title=(
            "[[Intraovarian|r:io]] platelet-rich plasma and stem cell therapy for poor ovarian reserve and "
            "premature ovarian insufficiency: a systematic review and meta-analysis"
        ),
        authors="Olamide Fashola-Weir, Katarzyna Dabrowska-Lee, Arjun Venkataraman",
        journal=_J,
        year=2024,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "**Background** Two biological treatments, platelet-rich plasma (PRP) and "
            "[[mesenchymal stem cells|c:msc]] or their [[exosomes|c:ev]], are now "
            "[[injected into the ovary|r:io]] of women with poor ovarian reserve (POR) or premature ovarian "
            "insufficiency (POI), mostly outside trials. "
            "**Methods** We searched MEDLINE, Embase, CENTRAL and two Chinese databases to March 2024 for "
            "studies of at least five women that reported hormones before and after treatment. Two reviewers "
            "extracted the data, and random-effects models pooled mean differences. "
            "**Results** Twenty-three studies with [[1,486 women|n:1486]] were included: PRP was given in 17 "
            "studies with [[1,204 women|n:1204]], and cells or their products in six with [[282|n:282]]. Only "
            "four studies were randomised ([[n = 318|n:318]]). After PRP, AMH [[increased|h:AMH,inc]] (mean "
            "difference 0.18 ng/mL, 95% CI 0.09 to 0.27), the antral follicle count (AFC) [[rose|h:AFC,inc]] "
            "by 1.3 follicles and FSH [[decreased|h:FSH,dec]] by 6.4 IU/L. After cell therapy, FSH "
            "[[fell|h:FSH,dec]] by 14.9 IU/L in women with POI, whereas AMH [[did not change|h:AMH,nc]] "
            "significantly. Follow-up in the included studies lasted from [[1 to 12 months|f:1,month]]. "
            "**Conclusions** Both treatments may modestly improve ovarian markers, but the certainty of the "
            "evidence is low."
        ),
        body=[
            "**Eligibility.** We included randomised trials, cohort studies and single-arm studies in which "
            "PRP, [[MSCs|c:msc]] of any source or [[MSC|c:msc]]-derived products were "
            "[[injected into the ovaries|r:io]], or infused [[through the ovarian artery|r:oa]] or "
            "[[into a peripheral vein|r:iv]], in women with POR or POI. Case reports and studies of fewer than "
            "five women were excluded.",
            "**Data.** For each study two of us extracted the design, the number of women, the cell type, the "
            "dose, the route and its guidance, the number of injections, and hormone values at the last visit. "
            "Disagreements were settled by a third author.",
            "**Search results.** Of 2,318 records, 61 full texts were read and 23 studies were included.",
            "**PRP studies.** Volumes ranged from [[2 to 5 mL|d:2,mL,ovary,2,5]] per ovary. Most studies gave "
            "PRP [[once|s:1]]; three gave [[two|s:2]] injections a month apart, and one gave [[three|s:3]]. PRP "
            "was [[injected into the ovaries under transvaginal ultrasound guidance|r:io,tvus]] in 15 studies, "
            "and the other two used [[laparoscopic intraovarian injection|r:io,lap]]. After PRP, AMH "
            "[[rose|h:AMH,inc]] at [[3 months|f:3,month]] (12 studies, mean difference 0.18 ng/mL), but the "
            "gain was no longer significant at [[6 months|f:6,month]] (five studies). In POI the AFC "
            "[[rose|h:AFC,inc]] less than in POR, and FSH [[fell|h:FSH,dec]] in both.",
            "**Cell studies.** Table 1 lists the six studies of cells or their products. Doses ranged from "
            "[[2 × 10^{6} to 1 × 10^{7}|d:2e6,cells,ovary,2e6,1e7]] cells per ovary in the studies that "
            "delivered them locally, and one study gave [[1 × 10^{6} cells/kg|d:1e6,cells/kg,-]] "
            "[[intravenously|r:iv]] [35]. Cell therapy [[lowered FSH|h:FSH,dec]] in POI (four studies, mean "
            "difference −14.9 IU/L), AMH [[did not change|h:AMH,nc]], and E2 [[rose|h:E2,inc]] in the two "
            "studies that reported it.",
            (
                "table",
                "Table 1. Studies of cells or cell products included in the meta-analysis (Months: follow-up "
                "in months)",
                [
                    ["Study", "Design", "Women", "Cells", "Dose", "Route", "Injections", "Months"],
                    ["Okafor 2019 [31]", "Single-arm", "[[15|n:15]]", "[[BM-MSC|c:bm]]",
                     "[[1 × 10^{7}/ovary|d:1e7,cells,ovary]]", "[[Intraovarian, TVUS|r:io,tvus]]", "[[1|s:1]]",
                     "[[12|f:12,month]]"],
                    ["Lindgren 2020 [33]", "RCT", "[[60|n:60]]", "[[UC-MSC|c:uc]]",
                     "[[5 × 10^{6}/ovary|d:5e6,cells,ovary]]", "[[Intraovarian, laparoscopic|r:io,lap]]",
                     "[[2|s:2]]", "[[6|f:6,month]]"],
                    ["Haddad 2021 [35]", "Single-arm", "[[28|n:28]]", "[[MenSC|c:men]]",
                     "[[1 × 10^{6}/kg|d:1e6,cells/kg,-]]", "[[Intravenous|r:iv]]", "[[3|s:3]]",
                     "[[9|f:9,month]]"],
                    ["Ruiz-Ortega 2021 [36]", "Case series", "[[9|n:9]]", "[[AD-MSC|c:ad]]",
                     "[[2 × 10^{6}/ovary|d:2e6,cells,ovary]]", "[[Intraovarian, TVUS|r:io,tvus]]", "[[1|s:1]]",
                     "[[6|f:6,month]]"],
                    ["Chen 2022 [38]", "Cohort", "[[146|n:146]]", "[[UC-MSC|c:uc]]",
                     "[[1 × 10^{7}/ovary|d:1e7,cells,ovary]]", "[[Ovarian artery, DSA|r:oa,ir]]", "[[1|s:1]]",
                     "[[12|f:12,month]]"],
                    ["Vasquez 2023 [40]", "RCT", "[[24|n:24]]", "[[Exosomes|c:ev]] ([[UC-MSC|c:uc]])",
                     "[[100 µg/ovary|d:100,ug,ovary]]", "[[Intraovarian, TVUS|r:io,tvus]]", "[[2|s:2]]",
                     "[[3|f:3,month]]"],
                ],
                [0.16, 0.1, 0.07, 0.15, 0.15, 0.2, 0.09, 0.08],
                6.5,
            ),
            "**Discussion.** The largest randomised trial of cells [33] included [[60|n:60]] women and gave "
            "[[UC-MSCs|c:uc]] [[twice|s:2]], [[injected into the ovaries at laparoscopy|r:io,lap]]; FSH "
            "[[fell|h:FSH,dec]] and the AFC "
            "[[increased|h:AFC,inc]] at [[6 months|f:6,month]], but live births did not differ. Trials of fewer "
            "than 50 women cannot detect a difference in live birth, and most of the studies we found were far "
            "smaller. Future trials should report live births and follow women long enough to see them.",
        ],
        notes=(
            "Meta-analysis; facts of the included studies are facts of the document; no arms (studies are not "
            "arms of one study). Sample: pooled women 1,486; by therapy 1,204 (PRP) and 282 (cells: the sum of "
            "the Table 1 column); 'n = 318' women of the four randomised studies; table 'Women' cells; "
            "[33] 60 again in the discussion. Not samples: 23/17/six/four/12/five studies, 2,318 records, 61 "
            "full texts, 'at least five women' / 'fewer than five' / 'fewer than 50 women' (bounds). Sessions: "
            "once, two, three (PRP), table column, [33] twice; 'the number of injections' (variable) and 'a "
            "month apart' (interval) no. Doses: PRP range 2 to 5 mL per ovary (low 2); cells range 2 × 10^6 to "
            "1 × 10^7 per ovary (low); 1 × 10^6 cells/kg [35]; table doses. Routes: io (title, abstract, "
            "eligibility), ovarian artery and peripheral vein (eligibility), io+tvus and io+lap, iv [35], "
            "table; [33] in the discussion 'injected into the ovaries at laparoscopy' (io+lap). "
            "Follow-up: range across studies '1 to 12 months' gives its low end (guide: range -> low end); "
            "'at 3 months', 'at 6 months' (times at which pooled outcomes were reported), table column, [33] "
            "at 6 months. Hormones: PRP AMH inc (twice), AFC inc (twice, one 'rose less than' in POI), FSH dec "
            "(twice); cells FSH dec (three times), AMH nc (twice), E2 inc; [33] FSH fell, AFC increased. "
            "'may modestly improve ovarian markers' names no hormone."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=21,
    ),
    # ------------------------------------------------------------------ 251
    RealText(
        id="en_blind251_retro_ucmsc_intrauterine_thin_endometrium",
        lang="en",
        kind="clinical",
        title=(
            "Intrauterine [[umbilical cord mesenchymal stem cells|c:uc]] for refractory thin endometrium: a "
            "retrospective cohort study"
        ),
        authors="Mirela Stanciu-Obi, Haruto Kagawa, Deborah Ashkenazi-Ruiz",
        journal=_J,
        year=2024,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "**Purpose** Women whose endometrium stays thin despite oestrogen rarely achieve implantation. We "
            "reviewed our experience with intrauterine infusion of allogeneic "
            "[[umbilical cord mesenchymal stem cells|c:uc]] ([[UC-MSCs|c:uc]]). "
            "**Methods** We reviewed the records of women with refractory thin endometrium (6 mm or less after "
            "at least two cycles of high-dose oestradiol) treated between 2018 and 2023. "
            "[[Eighty-nine|n:89]] women were included: [[41|n:41#MSC cohort]] in the "
            "[[MSC|c:msc#MSC cohort]] cohort, who received [[two rounds|s:2#MSC cohort]] of intrauterine "
            "[[UC-MSCs|c:uc#MSC cohort]] (each round [[1 × 10^{7} cells|d:1e7,cells,injection#MSC cohort]] "
            "in [[1 mL|d:1,mL,injection#MSC cohort]]), and [[48|n:48#control cohort]] in the control cohort, "
            "who had oestrogen alone over the same period. All women were followed for "
            "[[12 months|f:12,month]] after their last treatment cycle. "
            "**Results** Endometrial thickness increased from 5.1 to 7.0 mm in the [[MSC|c:msc#MSC cohort]] "
            "cohort and from 5.2 to 5.6 mm in the control cohort. Clinical pregnancy occurred in 16 women "
            "(39%) of the [[MSC|c:msc#MSC cohort]] cohort and in 9 (19%) of the control cohort (adjusted odds "
            "ratio 2.6, 95% CI 1.0 to 6.8). Apart from mild cramping, no adverse events were recorded. "
            "**Conclusion** [[Two rounds|s:2]] of intrauterine [[UC-MSCs|c:uc]] were associated with a "
            "thicker endometrium and more pregnancies; a randomised trial is warranted."
        ),
        body=[
            "**Patients.** Women aged 24 to 41 years were included if the endometrium had measured 6 mm or "
            "less on the day progesterone would have started, in at least two cycles of oral oestradiol at the "
            "highest dose we use, and if hysteroscopy had excluded or treated adhesions. Women with "
            "adenomyosis, genital tuberculosis or a uterine anomaly were excluded. Of 103 women identified, 14 "
            "were excluded because their records were incomplete.",
            "**Cells and procedure.** [[UC-MSCs|c:uc]] at passage 5 were bought from a licensed bank, thawed "
            "on the day of use and suspended at 1 × 10^{7} cells/mL. In the mid-follicular phase of an "
            "oestradiol-primed cycle, [[1 mL|d:1,mL,-]] of suspension was infused slowly into the uterine "
            "cavity through an embryo-transfer catheter under transabdominal ultrasound. A second round "
            "followed in the next cycle, so women of the [[MSC|c:msc#MSC cohort]] cohort had "
            "[[two|s:2#MSC cohort]] rounds in all. The control cohort received the same oestradiol regimen "
            "without infusion.",
            "**Transfer and follow-up.** Frozen embryos were transferred in the cycle after the second round "
            "once the endometrium reached 7 mm; women with a thinner lining could have up to two further "
            "prepared cycles. Women were followed for [[12 months|f:12,month]] after the last treatment cycle, "
            "or to 12 weeks of gestation if they conceived.",
            (
                "table",
                "Table 1. Characteristics and outcomes by cohort",
                [
                    ["", "[[MSC|c:msc#MSC cohort]] cohort", "Control cohort"],
                    ["Women", "[[41|n:41#MSC cohort]]", "[[48|n:48#control cohort]]"],
                    ["Age, years, mean (SD)", "34.8 (4.1)", "35.3 (3.9)"],
                    ["Previous failed transfers, median", "2", "2"],
                    ["Rounds of infusion", "[[2|s:2#MSC cohort]]", "—"],
                    ["Thickness before, mm, mean (SD)", "5.1 (0.6)", "5.2 (0.5)"],
                    ["Thickness after, mm, mean (SD)", "7.0 (1.1)", "5.6 (0.8)"],
                    ["Clinical pregnancy, n (%)", "16 (39)", "9 (19)"],
                    ["Miscarriage, n", "3", "2"],
                ],
                [0.44, 0.28, 0.28],
            ),
            "**Discussion.** In rats with a scarred endometrium, cells given [[intravenously|r:iv@rat]] reached "
            "the uterus within two days [17]. In an earlier study, [[16|n:16]] women with Asherman syndrome "
            "received autologous CD133-positive bone marrow cells into the spiral arterioles by catheter, "
            "[[once|s:1]], and the endometrium thickened over [[six months|f:6,month]] [19]. Local delivery "
            "through the cervix, as here, needs no anaesthesia and fits easily into successive cycles.",
        ],
        notes=(
            "Another condition (thin endometrium), marked only where the contract has a value: no hormone "
            "facts (endometrial thickness and pregnancy are not contract hormones), and the intrauterine and "
            "spiral-arteriole routes have no id (not marked; 'transabdominal ultrasound' no guidance id). Arms "
            "'MSC cohort' (its name holds 'MSC', a cell mention with the arm every time it is named, also in the "
            "table head) and 'control cohort'. Sample: 89 included, 41 and 48 per cohort (abstract, table); 103 "
            "identified, 14 excluded, 16/9 pregnancies, 3/2 miscarriages no. Sessions: 'two rounds' (MSC "
            "cohort), 'two rounds in all', table 2; conclusion 'Two rounds' (no arm); 'A second round' ordinal "
            "of counted sessions; 'two cycles of high-dose oestradiol', 'up to two further prepared cycles' no. "
            "Dose: 1 × 10^7 cells and 1 mL 'each round' (per injection); '1 mL of suspension' in the procedure "
            "paragraph (no group named: no arm; per null); 1 × 10^7 cells/mL concentration, 6 mm/7 mm "
            "thresholds no. Follow-up: 12 months after the last cycle (twice); 'to 12 weeks of gestation' no. "
            "Discussion: rats [17] iv (species rat); 'within two days' (time to homing) no; [19] 16 women, "
            "CD133-positive bone marrow cells (unfractionated, no cell type), once, over six months."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=21,
    ),
    # ------------------------------------------------------------------ 252
    RealText(
        id="zh_blind252_rct_hucmsc_ovarian_artery_hrt_pof",
        lang="zh",
        kind="clinical",
        title="[[经卵巢动脉|r:oa]]移植[[人脐带间充质干细胞|c:uc]]联合激素替代治疗卵巢早衰的随机对照研究",
        authors="欧阳婉清，司马骏，阿依古丽·买买提",
        journal=_J,
        year=2023,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "**摘要：目的** 探讨[[经卵巢动脉介入移植|r:oa,ir]][[人脐带间充质干细胞|c:uc]]（[[hUC-MSCs|c:uc]]）"
            "联合激素替代治疗（HRT）对卵巢早衰（POF）患者卵巢功能的影响。**方法** 选取2019年3月至2022年6月"
            "我院收治的POF患者[[86例|n:86]]，按随机数字表法分为观察组和对照组，各[[43例|n:43]]。对照组予HRT；"
            "观察组在HRT基础上于DSA引导下[[插管至双侧卵巢动脉|r:oa,ir#观察组]]，每侧卵巢缓慢注入"
            "[[hUC-MSCs|c:uc#观察组]] [[5×10^{6}个|d:5e6,cells,ovary#观察组]]，1个月后以相同方法再次移植，共"
            "[[2次|s:2#观察组]]。两组均于治疗后[[6个月|f:6,month]]复查性激素、抗苗勒管激素（AMH）及窦卵泡计数"
            "（AFC），并随访[[12个月|f:12,month]]。**结果** 观察组治疗后[[FSH|h:FSH,dec#观察组]]、"
            "[[LH水平下降|h:LH,dec#观察组]]，[[E2|h:E2,inc#观察组]]、[[AMH水平升高|h:AMH,inc#观察组]]，"
            "[[AFC增加|h:AFC,inc#观察组]]（P<0.05）；对照组[[FSH|h:FSH,dec#对照组]]、"
            "[[LH亦下降|h:LH,dec#对照组]]，而[[AMH|h:AMH,nc#对照组]]及[[AFC无明显变化|h:AFC,nc#对照组]]。随访期间"
            "观察组月经恢复17例，自然妊娠2例；对照组月经恢复6例，无妊娠。**结论** [[经卵巢动脉|r:oa]]移植"
            "[[hUC-MSCs|c:uc]]联合HRT可[[降低POF患者FSH水平|h:FSH,dec]]、[[提高AMH|h:AMH,inc]]，部分患者可恢复"
            "月经。"
        ),
        body=[
            ("heading", "1 资料与方法"),
            "**1.1 一般资料** 纳入标准：①年龄<40岁；②停经≥4个月；③间隔4周以上2次检测FSH>25 IU/L；④染色体"
            "核型正常；⑤自愿参加并签署知情同意书。排除标准：卵巢手术史、放化疗史、自身免疫性疾病活动期及恶性"
            "肿瘤。观察组年龄（33.2±4.1）岁，病程（2.6±1.2）年；对照组年龄（32.8±4.5）岁，病程（2.9±1.4）年，"
            "两组一般资料差异无统计学意义（P>0.05）。本研究经医院伦理委员会批准。",
            "**1.2 [[hUC-MSCs|c:uc]]来源** [[hUC-MSCs|c:uc]]由本院干细胞GMP实验室制备，取第4代细胞，活率>95%，CD73、"
            "CD90、CD105阳性率>95%，CD34、CD45、HLA-DR阳性率<2%，以生理盐水重悬至5×10^{5}个/mL备用。",
            "**1.3 治疗方法** 对照组：口服戊酸雌二醇片，后半周期加用地屈孕酮，28 d为1个周期，连续治疗6个周期。"
            "观察组：在对照组基础上行干细胞移植。患者平卧，局部麻醉后经右股动脉穿刺置入血管鞘，在DSA引导下将"
            "微导管[[超选择插入左、右卵巢动脉|r:oa,ir#观察组]]，每侧缓慢推注细胞悬液"
            "[[10 mL|d:10,mL,ovary#观察组]]（含[[hUC-MSCs|c:uc#观察组]] [[5×10^{6}个|d:5e6,cells,ovary#观察组]]），"
            "推注时间约10 min。首次移植后1个月行第2次移植，方法同前。术后穿刺点加压包扎6 h。",
            "**1.4 观察指标** 两组分别于治疗前及治疗后[[1、3、6个月|f:6,month]]抽血检测FSH、LH、E2、AMH，"
            "经阴道超声计数AFC（停用HRT 1周后检测）。全部患者随访[[12个月|f:12,month]]，记录月经恢复、妊娠及"
            "不良反应。",
            ("heading", "2 结果"),
            "**2.1 随访情况** 观察组失访2例、对照组失访3例，最终观察组41例、对照组40例完成随访并纳入分析。",
            "**2.2 激素水平** 治疗后[[6个月|f:6,month]]，观察组FSH由（82.4±16.7）IU/L"
            "[[降至|h:FSH,dec#观察组]]（48.9±14.2）IU/L，AMH由（0.08±0.05）ng/mL[[升至|h:AMH,inc#观察组]]"
            "（0.21±0.12）ng/mL，[[E2|h:E2,inc#观察组]]、[[AFC亦明显升高|h:AFC,inc#观察组]]，"
            "[[LH下降|h:LH,dec#观察组]]（均P<0.05）。对照组[[FSH|h:FSH,dec#对照组]]、"
            "[[LH较治疗前下降|h:LH,dec#对照组]]（P<0.05），[[E2升高|h:E2,inc#对照组]]，[[AMH|h:AMH,nc#对照组]]和"
            "[[AFC治疗前后差异无统计学意义|h:AFC,nc#对照组]]。观察组[[FSH下降|h:FSH,dec]]幅度大于对照组"
            "（P<0.01）。见表1。",
            (
                "table",
                "表1 两组治疗前后性激素及AFC比较（x̄±s）",
                [
                    ["组别", "时间", "FSH（IU/L）", "LH（IU/L）", "E2（pg/mL）", "AMH（ng/mL）", "AFC（个）"],
                    ["观察组", "治疗前", "82.4±16.7", "41.3±10.2", "19.6±8.4", "0.08±0.05", "1.2±0.9"],
                    ["观察组", "治疗后[[6个月|f:6,month#观察组]]", "48.9±14.2", "27.5±9.6", "46.8±15.1",
                     "0.21±0.12", "2.6±1.3"],
                    ["对照组", "治疗前", "80.7±17.3", "40.6±11.0", "20.3±7.9", "0.09±0.06", "1.3±0.8"],
                    ["对照组", "治疗后[[6个月|f:6,month#对照组]]", "64.1±15.8", "33.9±10.4", "38.2±13.6",
                     "0.09±0.05", "1.4±0.9"],
                ],
                [0.1, 0.16, 0.15, 0.14, 0.15, 0.15, 0.15],
            ),
            "**2.3 月经及妊娠** 随访期内，观察组月经恢复17例（41.5%），对照组6例（15.0%）；观察组自然妊娠2例，"
            "均于第2次移植后8个月左右受孕。",
            "**2.4 不良反应** 观察组2例穿刺部位皮下淤血，1例移植后低热（37.8 ℃），均自行缓解；两组均未发生血栓、"
            "感染等严重不良反应。",
            ("heading", "3 讨论"),
            "POF患者常表现为FSH升高、E2降低，HRT可缓解低雌激素症状，但不能恢复卵巢功能。与"
            "[[外周静脉输注|r:iv]]相比，[[经卵巢动脉|r:oa]]给药可使细胞直接到达卵巢，减少肺部滞留。张等^[6]对"
            "[[15例|n:15]]POF患者[[经卵巢动脉|r:oa]]注射自体[[骨髓间充质干细胞|c:bm]]，随访[[半年|f:0.5,year]]，"
            "[[FSH下降|h:FSH,dec]]，其中4例恢复月经。",
            "本研究观察组接受[[2次|s:2#观察组]]移植，[[FSH下降|h:FSH,dec]]幅度大于对照组。[[重复移植|s:-]]是否优于"
            "[[单次移植|s:1]]，尚需进一步研究。本研究的不足在于样本量较小，随访时间仅[[12个月|f:12,month]]。",
        ],
        notes=(
            "Two-arm RCT, arms 观察组 / 对照组 (Chinese text) and 'observation group' / 'control group' (English "
            "abstract, its own labels). Sample: 86例, 各43例 (each_arm, no arm), table rows hold no counts; "
            "completers 41/40 and 失访 2/3, 月经恢复17/6, 妊娠2 no samples. Sessions: 共2次 / twice / 2次移植 "
            "(观察组); '再次移植', '第2次移植' (ordinal of counted sessions) no fact; 重复移植 (null) and 单次移植 "
            "(1) in the discussion are general (no arm); HRT '连续治疗6个周期' is a course, not sessions. Dose: "
            "5×10^6个 per side (每侧卵巢), 10 mL suspension per side; 5×10^5个/mL concentration no. Route: "
            "'插管至双侧卵巢动脉' / '超选择插入左、右卵巢动脉' with DSA -> oa + interventional_radiology; "
            "'经右股动脉穿刺' (access) and 局部麻醉 no; discussion 外周静脉输注 (iv) and 经卵巢动脉 (general and "
            "张等[6]). Follow-up: 治疗后6个月 (abstract, both groups; 2.2 its own clause before the group; "
            "table rows with arm), 随访12个月 (several), visits 1、3、6个月 (list -> 6), [6] 随访半年 -> 0.5 "
            "year, '随访时间仅12个月'; '停用HRT 1周后', '第2次移植后8个月' (time to conception), 28 d cycle no. "
            "Hormones: 观察组 FSH/LH dec, E2/AMH/AFC inc; 对照组 FSH/LH dec, E2 inc (body), AMH/AFC nc "
            "('治疗前后差异无统计学意义' = no change); '观察组FSH下降幅度大于对照组' (size comparison: fact, no "
            "arm); conclusion FSH dec, AMH inc; discussion 'POF患者常表现为FSH升高、E2降低' (disease "
            "description: no fact). Table 1 values only. Traps: <40岁, ≥4个月, FSH>25, 2次检测, 病程, 37.8 ℃, 6 h."
        ),
        layout={
            "columns": 1,
            "font": "serif",
            "en_title": (
                "Transplantation of [[human umbilical cord mesenchymal stem cells|c:uc]] "
                "[[via the ovarian artery|r:oa]] combined with hormone replacement therapy for premature "
                "ovarian failure: a randomised controlled study"
            ),
            "en_abstract": (
                "**Abstract: Objective** To explore the effect of "
                "[[interventional ovarian artery transplantation|r:oa,ir]] of [[hUC-MSCs|c:uc]] combined with "
                "hormone replacement therapy (HRT) on ovarian function in patients with premature ovarian "
                "failure (POF). **Methods** [[Eighty-six|n:86]] patients with POF were randomly divided into an "
                "observation group and a control group, with [[43|n:43]] patients in each group. The control "
                "group received HRT; the observation group additionally received "
                "[[hUC-MSCs|c:uc#observation group]] ([[5×10^{6}|d:5e6,cells,ovary#observation group]] cells "
                "per ovary) [[through catheters placed in both ovarian arteries under DSA "
                "guidance|r:oa,ir#observation group]], [[twice|s:2#observation group]] at an interval of one "
                "month. Sex hormones, AMH and AFC were re-examined [[6 months|f:6,month]] after treatment, and "
                "all patients were followed up for [[12 months|f:12,month]]. **Results** After treatment, "
                "[[FSH|h:FSH,dec#observation group]] and [[LH decreased|h:LH,dec#observation group]] and "
                "[[E2|h:E2,inc#observation group]], [[AMH|h:AMH,inc#observation group]] and "
                "[[AFC increased|h:AFC,inc#observation group]] in the observation group (P<0.05); in the control "
                "group, [[FSH|h:FSH,dec#control group]] and [[LH also decreased|h:LH,dec#control group]], while "
                "[[AMH|h:AMH,nc#control group]] and [[AFC did not change significantly|h:AFC,nc#control group]]. "
                "**Conclusion** [[Ovarian artery|r:oa]] transplantation of [[hUC-MSCs|c:uc]] combined with HRT "
                "can [[reduce FSH|h:FSH,dec]] and [[increase AMH|h:AMH,inc]] in patients with POF."
            ),
        },
        batch=21,
    ),
    # ------------------------------------------------------------------ 253
    RealText(
        id="zh_blind253_singlearm_adsc_transvaginal_two_sessions_dor",
        lang="zh",
        kind="clinical",
        title=(
            "[[经阴道超声引导下卵巢内注射|r:io,tvus]]自体[[脂肪间充质干细胞|c:ad]]治疗卵巢储备功能减退的"
            "单臂临床研究"
        ),
        authors="钟离雨桐，宇文博，扎西卓嘎",
        journal=_J,
        year=2024,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "**摘要：目的** 评价[[分2次|s:2]][[卵巢内注射|r:io]]自体[[脂肪间充质干细胞|c:ad]]（[[ADSCs|c:ad]]）"
            "治疗卵巢储备功能减退（DOR）的安全性和初步疗效。**方法** 前瞻性单臂研究。2021年1月至2023年3月共筛查"
            "DOR患者57例，最终入组[[32例|n:32]]。局麻下抽吸腹部脂肪约30 mL，分离培养[[ADSCs|c:ad]]至第3代，"
            "[[经阴道超声引导注入双侧卵巢皮质|r:io,tvus]]，每次每侧卵巢[[1×10^{7}个|d:1e7,cells,ovary]]（悬于"
            "[[0.5 mL|d:0.5,mL,ovary]]生理盐水），间隔4周注射第2次。于末次注射后[[第4、12、24周|f:24,week]]复查"
            "AMH、AFC、FSH及E2。**结果** [[32例|n:32]]均完成[[2次|s:2]]注射，30例完成[[24周|f:24,week]]随访。"
            "末次注射后[[24周|f:24,week]]，AMH由（0.52±0.21）ng/mL[[升至|h:AMH,inc]]（0.71±0.26）ng/mL，AFC由"
            "（3.1±1.2）个[[增加至|h:AFC,inc]]（4.5±1.6）个（均P<0.01），[[FSH|h:FSH,nc]]和"
            "[[E2均未见明显变化|h:E2,nc]]。未发生严重不良反应。**结论** [[分两次|s:2]][[卵巢内注射|r:io]]自体"
            "[[ADSCs|c:ad]]安全可行，可[[提高DOR患者AMH水平|h:AMH,inc]]及[[AFC|h:AFC,inc]]。"
        ),
        body=[
            ("heading", "1 对象与方法"),
            "**1.1 研究对象** 纳入标准：①年龄25~40岁；②AMH<1.1 ng/mL和（或）AFC<5个；③既往至少1个IVF周期"
            "获卵数≤3枚；④有生育要求。排除标准：卵巢手术史、子宫内膜异位症Ⅲ~Ⅳ期、BMI>30 kg/m²、自身免疫性"
            "疾病。共筛查57例，排除25例（不符合纳入标准19例，拒绝参加6例），最终纳入[[32例|n:32]]，年龄"
            "（35.8±3.4）岁，不孕年限（4.2±2.6）年。",
            "**1.2 [[ADSCs|c:ad]]的制备** 在局麻下于下腹部抽吸脂肪组织约30 mL，经Ⅰ型胶原酶消化、离心后贴壁培养"
            "12~14 d，传至第3代收获。流式细胞术检测CD29、CD73、CD90、CD105阳性率>95%，CD31、CD34、CD45阳性率"
            "<2%。细胞经无菌、内毒素及支原体检测合格后使用。",
            "**1.3 注射方法** 于月经干净后3~7 d在静脉麻醉下进行。患者取膀胱截石位，以17G穿刺针"
            "[[在经阴道超声引导下穿刺双侧卵巢皮质|r:io,tvus]]，每侧分3点注入细胞悬液共"
            "[[0.5 mL|d:0.5,mL,ovary]]（含[[ADSCs|c:ad]] [[1×10^{7}个|d:1e7,cells,ovary]]）。首次注射后4周按相同"
            "方法行第2次注射，即每例患者共注射[[2次|s:2]]。",
            "**1.4 随访及观察指标** 分别于注射前及末次注射后[[第4、12、24周|f:24,week]]检测血清AMH、FSH、E2，"
            "经阴道超声计数AFC；[[术后第4周|f:4,week]]另行盆腔超声检查，了解有无卵巢血肿及粘连。",
            ("heading", "2 结果"),
            "**2.1 完成情况** [[32例|n:32]]患者均完成[[2次|s:2]]注射。2例于末次注射后12周内失访，30例完成"
            "[[24周|f:24,week]]随访。",
            "**2.2 卵巢储备指标** 末次注射后[[12周|f:12,week]]，AMH已较注射前[[升高|h:AMH,inc]]（P=0.02）；至"
            "[[24周|f:24,week]]，[[AMH|h:AMH,inc]]与[[AFC均进一步升高|h:AFC,inc]]。FSH"
            "[[未见明显变化|h:FSH,nc]]（P=0.18），E2亦[[无明显变化|h:E2,nc]]。见表1。",
            (
                "table",
                "表1 注射前后卵巢储备指标比较（x̄±s，n=30）",
                [
                    ["指标", "注射前", "末次注射后12周", "[[末次注射后24周|f:24,week]]", "P值"],
                    ["AMH（ng/mL）", "0.52±0.21", "0.63±0.24", "0.71±0.26", "0.003"],
                    ["AFC（个）", "3.1±1.2", "3.9±1.4", "4.5±1.6", "<0.001"],
                    ["FSH（IU/L）", "12.8±3.6", "12.1±3.9", "11.9±4.0", "0.18"],
                    ["E2（pg/mL）", "41.5±15.2", "44.0±16.8", "43.2±17.1", "0.61"],
                ],
                [0.2, 0.18, 0.22, 0.22, 0.18],
            ),
            "**2.3 安全性** 1例注射后出现下腹痛，持续约2 d后缓解；1例第2次注射后出现少量阴道出血。未发生感染、"
            "卵巢扭转等严重不良反应。",
            "**2.4 妊娠情况** 随访期间10例行IVF/ICSI，其中3例获临床妊娠；另有1例自然妊娠。",
            ("heading", "3 讨论"),
            "[[ADSCs|c:ad]]取材方便，获取量大，且为自体来源，无免疫排斥及伦理问题。Tanaka等^[9]对[[10例|n:10]]DOR患者"
            "[[单次|s:1]][[卵巢内注射|r:io]]自体[[ADSCs|c:ad]]，[[3个月|f:3,month]]后[[AMH升高|h:AMH,inc]]。本研究"
            "采用[[分2次|s:2]]注射，[[AMH升高|h:AMH,inc]]持续至[[24周|f:24,week]]，提示[[重复注射|s:-]]可能延长"
            "疗效。本研究为单臂设计，缺乏对照，结论有待随机对照试验验证。",
        ],
        notes=(
            "Single-arm study: no arms. Sample: 32例 enrolled (abstract twice, 1.1, 2.1 '32例患者均完成' = the "
            "whole sample restated); 57 screened, 25/19/6 excluded, 30 completers (subset), 2 lost, 10/3/1 "
            "IVF/pregnancy, Tanaka [9] 10例 (marked). Sessions: 分2次 / 分两次 / 共注射2次 / 均完成2次; '第2次注射' "
            "(ordinal, counted); [9] 单次; 重复注射 (null, general); 3点 (sites), 1个IVF周期 no. Dose: 1×10^7个 "
            "and 0.5 mL per ovary (每次每侧卵巢 / 每侧); 30 mL fat (harvest) no. Route: io with tvus where the "
            "sentence says 经阴道超声引导; 静脉麻醉 (anaesthesia) no. Follow-up: visits 第4、12、24周 (list -> 24, "
            "twice), 24周随访, 末次注射后24周 / 12周 (measurement times), 术后第4周 (ultrasound check), table "
            "heads 注射前 | 12周 | 24周 (last head), [9] 3个月后, '持续至24周'; '12周内失访' (window), 间隔4周, "
            "12~14 d culture, 2 d pain no. Hormones: AMH inc (several), AFC inc, FSH nc, E2 nc; conclusion AMH "
            "and AFC inc (two facts). Table values only. Traps: 25~40岁, AMH<1.1, AFC<5, ≤3枚, BMI>30, 第3代, "
            "17G, 月经干净后3~7 d, n=30 in the caption (completers)."
        ),
        layout={"columns": 1, "font": "sans"},
        batch=21,
    ),
    # ------------------------------------------------------------------ 254
    RealText(
        id="zh_blind254_retro_prp_single_vs_repeated_monthly_dor",
        lang="zh",
        kind="clinical",
        title=(
            "[[卵巢内注射|r:io]]富血小板血浆[[单次|s:1]]与[[多次|s:-]]治疗卵巢储备功能减退的回顾性队列研究"
        ),
        authors="慕容思远，东方晓岚，热依拉·艾山",
        journal=_J,
        year=2024,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "**摘要：目的** 比较[[卵巢内注射|r:io]]富血小板血浆（PRP）[[单次|s:1]]与[[多次|s:-]]治疗对卵巢储备"
            "功能减退（DOR）患者卵巢储备及IVF结局的影响。**方法** 回顾性分析2020年1月至2023年6月在本中心接受"
            "[[经阴道超声引导下卵巢内注射|r:io,tvus]]PRP的DOR患者[[158例|n:158]]，其中"
            "[[单次|s:1#单次注射组]]注射组[[96例|n:96#单次注射组]]，[[多次|s:-#多次注射组]]注射组（每月1次，连续"
            "3个月）[[62例|n:62#多次注射组]]。两组每次每侧卵巢均注射PRP [[2 mL|d:2,mL,ovary]]，注射后行拮抗剂"
            "方案IVF/ICSI。**结果** 末次注射后[[3个月|f:3,month]]，[[多次|s:-#多次注射组]]注射组"
            "[[AMH|h:AMH,inc#多次注射组]]及[[AFC较注射前升高|h:AFC,inc#多次注射组]]（P<0.05），"
            "[[单次|s:1#单次注射组]]注射组[[AMH|h:AMH,nc#单次注射组]]、[[AFC无明显变化|h:AFC,nc#单次注射组]]。"
            "[[多次|s:-#多次注射组]]注射组获卵数多于[[单次|s:1#单次注射组]]注射组（4.1±2.2 vs 3.0±1.9，"
            "P=0.002），两组临床妊娠率差异无统计学意义（24.2% vs 18.8%，P=0.41）。**结论** 与"
            "[[单次注射|s:1]]相比，[[多次|s:-]][[卵巢内注射|r:io]]PRP可能更有利于改善DOR患者的卵巢储备。"
        ),
        body=[
            ("heading", "1 资料与方法"),
            "**1.1 研究对象** 纳入标准：①年龄≤42岁；②符合博洛尼亚标准或AMH<1.2 ng/mL；③既往至少1个IVF周期"
            "卵巢低反应（获卵≤3枚）；④注射后6个月内进入IVF周期。排除标准：卵巢手术史、染色体异常、未控制的"
            "内分泌疾病。共检索到符合条件者171例，排除资料不全13例，最终纳入[[158例|n:158]]。",
            "**1.2 分组** 根据患者意愿选择注射次数：[[单次|s:1#单次注射组]]注射组仅注射[[1次|s:1#单次注射组]]；"
            "[[多次|s:-#多次注射组]]注射组自首次注射起每月1次，共[[3次|s:3#多次注射组]]。",
            "**1.3 PRP制备及注射** 抽取肘静脉血20 mL，经两次离心制备PRP约4 mL，血小板浓度为全血的4~6倍，注射前"
            "以氯化钙激活。于月经第3~5天在静脉麻醉下，"
            "[[经阴道超声引导以16G取卵针穿刺双侧卵巢皮质|r:io,tvus]]，每侧分4~5点注入PRP，共"
            "[[2 mL|d:2,mL,ovary]]。",
            "**1.4 IVF方案及观察指标** 末次注射后第1个月经周期起采用GnRH拮抗剂方案促排卵。于注射前及末次注射后"
            "[[1、2、3个月|f:3,month]]检测AMH，并经阴道超声计数AFC。主要结局为获卵数，次要结局为AMH、AFC变化、"
            "可移植胚胎数及临床妊娠率。",
            ("heading", "2 结果"),
            (
                "table",
                "表1 两组患者基线资料比较（x̄±s）",
                [
                    ["组别", "例数", "年龄（岁）", "AMH（ng/mL）", "AFC（个）", "既往IVF周期数"],
                    ["[[单次|s:1#单次注射组]]注射组", "[[96|n:96#单次注射组]]", "38.6±3.1", "0.58±0.26",
                     "3.6±1.4", "1.9±1.0"],
                    ["[[多次|s:-#多次注射组]]注射组", "[[62|n:62#多次注射组]]", "38.2±3.4", "0.61±0.28",
                     "3.4±1.5", "2.1±1.1"],
                ],
                [0.2, 0.12, 0.16, 0.18, 0.14, 0.2],
            ),
            "**2.1 卵巢储备** 末次注射后[[3个月|f:3,month]]，[[多次|s:-#多次注射组]]注射组AMH由（0.61±0.28）"
            "ng/mL[[升至|h:AMH,inc#多次注射组]]（0.79±0.33）ng/mL，AFC由（3.4±1.5）个"
            "[[增至|h:AFC,inc#多次注射组]]（4.6±1.8）个（均P<0.05）；[[单次|s:1#单次注射组]]注射组"
            "[[AMH|h:AMH,nc#单次注射组]]和[[AFC|h:AFC,nc#单次注射组]]注射前后差异均无统计学意义。",
            "**2.2 IVF结局** [[多次|s:-#多次注射组]]注射组获卵数、MII卵数及可移植胚胎数均多于"
            "[[单次|s:1#单次注射组]]注射组，两组周期取消率（4.8% vs 6.3%）及临床妊娠率差异无统计学意义。见表2。",
            (
                "table",
                "表2 两组IVF结局比较",
                [
                    ["组别", "获卵数（枚）", "MII卵数（枚）", "可移植胚胎数（个）", "临床妊娠率（%）"],
                    ["[[单次|s:1#单次注射组]]注射组", "3.0±1.9", "2.4±1.6", "1.2±1.0", "18.8"],
                    ["[[多次|s:-#多次注射组]]注射组", "4.1±2.2", "3.3±1.9", "1.7±1.1", "24.2"],
                ],
                [0.24, 0.19, 0.19, 0.19, 0.19],
            ),
            ("heading", "3 讨论"),
            "Sills等^[4]首先报道[[卵巢内注射|r:io]]PRP后部分围绝经期女性[[FSH下降|h:FSH,dec]]。此后一项纳入"
            "[[311例|n:311]]低反应患者的多中心研究显示，PRP注射后[[2个月|f:2,month]]时[[AMH升高|h:AMH,inc]]^[6]。"
            "关于注射次数，有研究每2周注射1次、连续[[2次|s:2]]^[8]，亦有研究仅注射[[1次|s:1]]^[9]。",
            "本研究中[[多次|s:-#多次注射组]]注射组[[AMH升高|h:AMH,inc#多次注射组]]。PRP中生长因子的作用可能需要"
            "[[重复注射|s:-]]才能累积。本研究为回顾性研究，注射次数由患者自行选择，存在选择偏倚，且随访仅至末次"
            "注射后[[3个月|f:3,month]]。",
        ],
        notes=(
            "Retrospective cohort with two pre-defined exposure groups, arms 单次注射组 and 多次注射组: the "
            "sessions word in each group name is a mark with the arm wherever the group is named (单次 -> 1, "
            "多次 -> null), also in comparisons and table rows; the title and the aim (no group named) and the "
            "conclusion (单次注射 / 多次) carry no arm. Sessions: 多次注射组 '每月1次，连续3个月' is a frequency "
            "with a duration (no count) but 1.2 states '每月1次，共3次' (3, arm); 单次注射组 '仅注射1次' (1, arm); "
            "discussion [8] '每2周注射1次、连续2次' (a total stated: 2), [9] 仅注射1次, 重复注射 (null, general). "
            "Sample: 158例 (twice), 96/62 with arms (abstract, table 1); 171 found, 13 excluded, outcome counts "
            "no; [6] 311例. Dose: PRP 2 mL per ovary (每次每侧卵巢 / 每侧 ... 共2 mL), both groups (两组: no arm); "
            "20 mL blood, 4 mL yield, 4~6倍 no. Route: io / io+tvus; 静脉麻醉 no. Follow-up: 末次注射后3个月 "
            "(its own clause before the group, no arm), visits 1、2、3个月 (list -> 3), [6] 2个月时, '随访仅至"
            "末次注射后3个月'; '注射后6个月内' (window), 月经第3~5天 no. Hormones: 多次注射组 AMH/AFC inc; 单次"
            "注射组 AMH/AFC nc ('注射前后差异均无统计学意义' = no change); discussion [4] FSH dec, [6] AMH inc, "
            "own 多次注射组 AMH inc (names label their own sentence). Traps: ≤42岁, AMH<1.2, 1个IVF周期, ≤3枚, "
            "既往IVF周期数 column, 16G, 4~5点, 24.2%/18.8%."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=21,
    ),
    # ------------------------------------------------------------------ 255
    RealText(
        id="zh_blind255_rat_tripterygium_mensc_tail_vein_weekly_three",
        lang="zh",
        kind="animal",
        title="[[尾静脉|r:iv]]移植人[[经血间充质干细胞|c:men]]对雷公藤多苷致大鼠卵巢早衰的修复作用",
        authors="上官若溪，赫连志远，格桑曲珍",
        journal=_J,
        year=2023,
        doi="",
        url="",
        licence=_LIC,
        species="rat",
        abstract=(
            "**摘要：目的** 探讨人[[经血间充质干细胞|c:men]]（[[MenSCs|c:men]]）对雷公藤多苷（GTW）致大鼠卵巢早衰（POF）"
            "的修复作用。**方法** 雌性SD大鼠40只，随机取10只为正常组，其余30只以GTW [[50 mg/kg|d:50,mg/kg,-]]"
            "灌胃，每日1次，连续14 d，建立POF模型。造模成功后将30只大鼠随机分为模型组、戊酸雌二醇组（EV组）和"
            "[[MenSCs|c:men#MenSCs组]]组，每组10只。[[MenSCs|c:men#MenSCs组]]组"
            "[[经尾静脉注射|r:iv#MenSCs组]][[MenSCs|c:men#MenSCs组]] [[200万个|d:2e6,cells,-#MenSCs组]]，每周1次，"
            "共[[3次|s:3#MenSCs组]]；EV组以戊酸雌二醇[[0.1 mg/kg|d:0.1,mg/kg,-#戊酸雌二醇组]]灌胃，每日1次，连续"
            "21 d；模型组给予等体积生理盐水。末次移植后[[2周|f:2,week]]和[[4周|f:4,week]]每组各处死5只，检测血清"
            "激素并观察卵巢组织学。**结果** 末次移植后[[4周|f:4,week]]，与模型组比较，"
            "[[MenSCs|c:men#MenSCs组]]组血清[[FSH|h:FSH,dec#MenSCs组]]、[[LH降低|h:LH,dec#MenSCs组]]，"
            "[[E2|h:E2,inc#MenSCs组]]、[[AMH升高|h:AMH,inc#MenSCs组]]，各级卵泡数增加（P<0.05）；EV组"
            "[[E2升高|h:E2,inc#戊酸雌二醇组]]、[[FSH降低|h:FSH,dec#戊酸雌二醇组]]，但"
            "[[AMH无明显变化|h:AMH,nc#戊酸雌二醇组]]。**结论** [[尾静脉|r:iv]]移植[[MenSCs|c:men]]可改善GTW致"
            "POF大鼠的卵巢功能，其[[提高AMH|h:AMH,inc]]的作用优于戊酸雌二醇。"
        ),
        body=[
            ("heading", "1 材料与方法"),
            "**1.1 实验动物** SPF级雌性SD大鼠40只，8周龄，体重180~220 g，适应性饲养1周，期间连续2个动情周期"
            "规律者用于实验。",
            "**1.2 模型建立** GTW片研磨后以0.5%羧甲基纤维素钠配成混悬液，按[[50 mg/kg|d:50,mg/kg,-]]灌胃，每日"
            "1次，连续14 d；正常组以等体积羧甲基纤维素钠溶液灌胃。造模期间每日行阴道脱落细胞涂片，动情周期紊乱"
            "或消失判定为造模成功。",
            "**1.3 [[MenSCs|c:men]]的培养与鉴定** 收集健康女性志愿者月经第2天经血约5 mL，密度梯度离心后贴壁培养，取第3~5代"
            "细胞。流式细胞术检测CD29、CD73、CD90、CD105阳性，CD34、CD45、HLA-DR阴性，具有成骨、成脂分化能力。",
            "**1.4 分组与干预** [[MenSCs|c:men#MenSCs组]]组于造模结束次日起"
            "[[经尾静脉缓慢注射|r:iv#MenSCs组]]细胞悬液[[1 mL|d:1,mL,-#MenSCs组]]（含[[MenSCs|c:men#MenSCs组]] "
            "[[2×10^{6}个|d:2e6,cells,-#MenSCs组]]），每周1次，共[[3次|s:3#MenSCs组]]；戊酸雌二醇组以戊酸雌二醇"
            "[[0.1 mg/kg|d:0.1,mg/kg,-#戊酸雌二醇组]]灌胃，每日1次，连续21 d；模型组于相同时间给予等体积生理"
            "盐水；正常组不予处理。",
            "**1.5 标本采集与检测** 于末次移植后第[[2周|f:2,week]]和第[[4周|f:4,week]]，每组随机处死5只大鼠，腹主"
            "动脉采血，ELISA法检测血清FSH、LH、E2及AMH；取双侧卵巢，HE染色后计数各级卵泡。",
            ("heading", "2 结果"),
            "**2.1 血清激素水平** 模型组FSH、LH较正常组升高，E2、AMH降低（P<0.05），提示造模成功。末次移植后"
            "[[2周|f:2,week]]时，[[MenSCs|c:men#MenSCs组]]组[[AMH|h:AMH,inc#MenSCs组]]已高于模型组（P<0.05），而其余"
            "激素差异尚无统计学意义。末次移植后[[4周|f:4,week]]，[[MenSCs|c:men#MenSCs组]]组"
            "[[FSH|h:FSH,dec#MenSCs组]]、[[LH低于模型组|h:LH,dec#MenSCs组]]，[[E2|h:E2,inc#MenSCs组]]、"
            "[[AMH高于模型组|h:AMH,inc#MenSCs组]]（P<0.05）；戊酸雌二醇组[[E2高于模型组|h:E2,inc#戊酸雌二醇组]]，"
            "[[FSH低于模型组|h:FSH,dec#戊酸雌二醇组]]，AMH[[与模型组差异无统计学意义|h:AMH,nc#戊酸雌二醇组]]。"
            "见表1。",
            (
                "table",
                "表1 末次移植后[[4周|f:4,week]]各组大鼠血清激素水平（x̄±s，n=5）",
                [
                    ["组别", "FSH（IU/L）", "LH（IU/L）", "E2（pg/mL）", "AMH（ng/mL）"],
                    ["正常组", "6.8±1.3", "4.9±1.0", "45.2±7.6", "4.72±0.63"],
                    ["模型组", "15.3±2.7", "11.4±2.2", "19.7±5.1", "1.86±0.42"],
                    ["戊酸雌二醇组", "10.1±2.0", "8.6±1.9", "38.4±6.9", "2.03±0.47"],
                    ["[[MenSCs|c:men#MenSCs组]]组", "9.2±1.8", "7.3±1.6", "34.9±6.2", "3.58±0.55"],
                ],
                [0.28, 0.18, 0.18, 0.18, 0.18],
            ),
            "**2.2 卵泡计数** 末次移植后[[4周|f:4,week]]，[[MenSCs|c:men#MenSCs组]]组原始卵泡及窦卵泡数多于模型组，"
            "闭锁卵泡减少；戊酸雌二醇组卵泡数与模型组相近。",
            ("heading", "3 讨论"),
            (
                "para",
                "雷公藤多苷为临床常用的免疫抑制剂，长期服用可致月经紊乱甚至卵巢早衰。[[MenSCs|c:men]]来源于经血，"
                "取材无创，增殖能力强。Liu等^[12]对[[7例|n:7]]卵巢早衰患者[[静脉输注|r:iv]]自体"
                "[[MenSCs|c:men]]，随访[[6个月|f:6,month]]，部分患者[[FSH下降|h:FSH,dec]]。",
                None,
            ),
            "本研究采用[[尾静脉|r:iv]]注射[[3次|s:3]]的方案，[[MenSCs|c:men]]可能通过归巢至受损卵巢并分泌生长因子"
            "发挥作用。戊酸雌二醇虽可[[提高E2|h:E2,inc]]、[[抑制FSH|h:FSH,dec]]，却不能增加卵泡储备，这与其仅为外源性激素补充有关。",
        ],
        notes=(
            "Rat study (species rat by default; the discussion's first paragraph, general statements and the "
            "clinical study Liu [12], has no species). Groups 正常组, 模型组, 戊酸雌二醇组 (alias 'EV组' in "
            "brackets: one arm, label 戊酸雌二醇组; EV here is estradiol valerate, not extracellular vesicles), "
            "MenSCs组 (the cell type in its name marked with its arm every time). Model: GTW 50 mg/kg by gavage "
            "(no route id), '每日1次，连续14 d' daily dosing (no sessions), every model rat (no arm). MenSCs组: "
            "tail vein, 200万个 = 2×10^6 cells (per rat: per null), 1 mL suspension, '每周1次，共3次' (3). "
            "戊酸雌二醇组: 0.1 mg/kg by gavage daily for 21 d (a dose of its own protocol, with arm; no route, "
            "no sessions). Saline to the model group: no value, no fact. Follow-up: 末次移植后2周和4周 killed "
            "(two facts, twice, 每组: no arm), '末次移植后4周' / '2周时' (their own clauses, before the group), "
            "caption 4周, 2.2 4周; '造模结束次日', '适应性饲养1周', '连续21 d' no. Hormones: MenSCs组 FSH/LH dec, "
            "E2/AMH inc (abstract, 2.1), AMH inc at 2 weeks; 戊酸雌二醇组 E2 inc, FSH dec, AMH nc ('无明显变化' / "
            "'与模型组差异无统计学意义'); conclusion 提高AMH (a comparison with estradiol valerate: fact, no "
            "arm); model vs normal (validation) no; discussion '戊酸雌二醇虽可提高E2、抑制FSH' (the positive "
            "control's effect in this study, no group named: E2 inc, FSH dec, species rat, no arm); '其余激素' "
            "unnamed. Sample: rats only; [12] 7例 "
            "(human). Own discussion: tail vein, 3次, MenSCs (no arm: no group named). Traps: 40/10/30/5 rats, "
            "8周龄, 180~220 g, 2个动情周期, 5 mL menstrual blood, 第3~5代, 0.5%, n=5."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=21,
    ),
    # ------------------------------------------------------------------ 256
    RealText(
        id="zh_blind256_mouse_dgal_hucmsc_vs_exosomes_tail_vein",
        lang="zh",
        kind="animal",
        title="人[[脐带间充质干细胞|c:uc]]及其[[外泌体|c:ev]]对D-半乳糖致衰老小鼠卵巢功能的影响",
        authors="令狐静怡，诸葛明轩，努尔古丽·吐尔逊",
        journal=_J,
        year=2024,
        doi="",
        url="",
        licence=_LIC,
        species="mouse",
        abstract=(
            "**摘要：目的** 比较人[[脐带间充质干细胞|c:uc]]（[[hUCMSCs|c:uc]]）与其来源[[外泌体|c:ev]]"
            "（[[hUCMSC|c:uc]]-[[Exos|c:ev]]）对D-半乳糖（D-gal）致衰老小鼠卵巢功能的影响。**方法** 8周龄雌性"
            "C57BL/6小鼠48只，随机分为正常组、模型组、细胞组和[[外泌体|c:ev#外泌体组]]组，每组12只。除正常组外，"
            "各组小鼠[[颈背部皮下注射|r:sc]]D-gal [[200 mg/kg|d:200,mg/kg,-]]，每日1次，连续6周。造模结束后，细胞组"
            "[[经尾静脉注射|r:iv#细胞组]][[hUCMSCs|c:uc#细胞组]] [[1×10^{6}个|d:1e6,cells,-#细胞组]]，"
            "[[外泌体|c:ev#外泌体组]]组[[经尾静脉注射|r:iv#外泌体组]][[hUCMSC|c:uc#外泌体组]]-"
            "[[Exos|c:ev#外泌体组]] [[50 μg|d:50,ug,-#外泌体组]]，两组均每周1次，共[[2次|s:2]]；模型组注射等体积"
            "PBS。末次注射后[[7、14、28 d|f:28,day]]每组各处死4只。**结果** 末次注射后[[28 d|f:28,day]]，与模型组"
            "比较，细胞组和[[外泌体|c:ev#外泌体组]]组血清[[AMH|h:AMH,inc]]、[[E2均升高|h:E2,inc]]，"
            "[[FSH降低|h:FSH,dec]]（P<0.05），两组间差异无统计学意义；[[外泌体|c:ev#外泌体组]]组于末次注射后"
            "[[7 d|f:7,day#外泌体组]]即出现[[AMH升高|h:AMH,inc#外泌体组]]。**结论** [[hUCMSCs|c:uc]]及其"
            "[[外泌体|c:ev]]均可改善D-gal致衰老小鼠的卵巢功能，[[外泌体|c:ev]]起效更快。"
        ),
        body=[
            ("heading", "1 材料与方法"),
            "**1.1 动物与分组** SPF级8周龄雌性C57BL/6小鼠48只，体重18~22 g，按随机数字表法分为正常组、模型组、"
            "细胞组和[[外泌体|c:ev#外泌体组]]组，每组12只。",
            "**1.2 模型建立** D-gal以生理盐水配制，除正常组外各组按[[200 mg/kg|d:200,mg/kg,-]]"
            "[[颈背部皮下注射|r:sc]]，每日1次，连续42 d；正常组注射等体积生理盐水。",
            "**1.3 [[hUCMSCs|c:uc]]及[[外泌体|c:ev]]制备** [[hUCMSCs|c:uc]]购自某细胞库，取第4~6代。细胞达80%融合后换无血清培养基"
            "培养48 h，收集上清，经超速离心（100 000×g，70 min）提取[[外泌体|c:ev]]。透射电镜下[[外泌体|c:ev]]呈杯状，粒径"
            "30~150 nm，表达CD9、CD63、TSG101。BCA法测定蛋白浓度后以PBS稀释至0.25 μg/μL。",
            "**1.4 干预方法** 造模结束次日，细胞组[[经尾静脉注射|r:iv#细胞组]][[hUCMSCs|c:uc#细胞组]]悬液"
            "[[0.2 mL|d:0.2,mL,-#细胞组]]（含细胞[[1×10^{6}个|d:1e6,cells,-#细胞组]]）；[[外泌体|c:ev#外泌体组]]组"
            "[[经尾静脉注射|r:iv#外泌体组]][[hUCMSC|c:uc#外泌体组]]-[[Exos|c:ev#外泌体组]]"
            "[[50 μg|d:50,ug,-#外泌体组]]（[[0.2 mL|d:0.2,mL,-#外泌体组]]）；模型组注射等体积PBS。1周后以相同方法"
            "再次注射，两治疗组各注射[[2次|s:2]]。",
            "**1.5 取材与检测** 于末次注射后[[7、14、28 d|f:28,day]]每组各处死4只小鼠，摘眼球取血，ELISA检测血清"
            "FSH、E2、AMH；取卵巢行HE染色及卵泡计数。",
            ("heading", "2 结果"),
            "**2.1 血清激素** 模型组FSH升高，E2、AMH降低，提示造模成功。末次注射后[[7 d|f:7,day]]，"
            "[[外泌体|c:ev#外泌体组]]组AMH[[高于模型组|h:AMH,inc#外泌体组]]（P<0.05），细胞组AMH"
            "[[无明显变化|h:AMH,nc#细胞组]]。末次注射后[[28 d|f:28,day]]，细胞组与[[外泌体|c:ev#外泌体组]]组"
            "[[AMH|h:AMH,inc]]、[[E2均高于模型组|h:E2,inc]]，[[FSH低于模型组|h:FSH,dec]]（P<0.05），两组间差异无"
            "统计学意义。见表1。",
            (
                "table",
                "表1 末次注射后[[28 d|f:28,day]]各组小鼠血清激素水平（x̄±s，n=4）",
                [
                    ["组别", "FSH（mIU/mL）", "E2（pg/mL）", "AMH（ng/mL）"],
                    ["正常组", "4.6±0.9", "36.2±5.4", "5.8±0.7"],
                    ["模型组", "11.8±2.1", "16.5±3.8", "2.4±0.5"],
                    ["细胞组", "7.4±1.5", "28.1±4.6", "4.3±0.6"],
                    ["[[外泌体|c:ev#外泌体组]]组", "7.9±1.6", "27.4±4.9", "4.1±0.6"],
                ],
                [0.28, 0.24, 0.24, 0.24],
            ),
            "**2.2 卵泡计数** 与模型组比较，两治疗组原始卵泡和初级卵泡数增加，闭锁卵泡减少。",
            ("heading", "3 讨论"),
            (
                "para",
                "[[外泌体|c:ev]]作为无细胞治疗手段，免疫原性低，便于储存和运输。Ding等^[15]对[[28例|n:28]]卵巢"
                "功能减退患者[[卵巢内注射|r:io]][[脐带MSC|c:uc]]来源[[外泌体|c:ev]]，[[3个月|f:3,month]]后"
                "[[AMH升高|h:AMH,inc]]。",
                None,
            ),
            "本研究中[[外泌体|c:ev]]起效早于细胞，可能与其体积小、易于穿过血管屏障进入卵巢有关；而D-gal模型"
            "以氧化应激为主，与化疗模型不同，结论外推需谨慎。",
        ],
        notes=(
            "Mouse study (species mouse by default; the first discussion paragraph, general and a clinical "
            "study Ding [15], has none). Chinese groups 正常组, 模型组, 细胞组, 外泌体组: each named with its "
            "own head word 组, so '外泌体' in '外泌体组' is a cell mention with that arm everywhere (also in the "
            "list of groups and in '细胞组和外泌体组'); '细胞组' holds no cell type. The English abstract's 'normal, "
            "model, cell and exosome groups' share one plural head: a list of groups, no arm. 'hUCMSC-Exos' = two "
            "mentions (uc, ev). Model: D-gal 200 mg/kg subcutaneously at the nape (route sc of the model drug), "
            "daily for 6 weeks / 42 d (no sessions), all groups but the normal one (no arm). Therapy: 细胞组 "
            "tail vein, 1×10^6个, 0.2 mL; 外泌体组 tail vein, 50 μg, 0.2 mL; '两组均每周1次，共2次' / "
            "'两治疗组各注射2次' / 'once a week for two doses' (2, no arm); '再次注射' no count; 0.25 μg/μL "
            "concentration no. Follow-up: killed 7、14、28 d after the last injection (list of three -> one fact, "
            "28 d), 末次注射后28 d / 7 d (own clauses), 外泌体组 '末次注射后7 d即出现AMH升高' (in its clause: arm), "
            "caption 28 d; 'day 28', 'day 7' in English. Hormones: both treated groups AMH/E2 inc, FSH dec (no "
            "arm); 外泌体组 AMH inc at 7 d; 细胞组 AMH nc at 7 d; model vs normal (validation) no; conclusion "
            "names no hormone. Discussion [15] 28例, io, uc + ev, 3个月后, AMH inc (no species). Traps: 48/12/4 "
            "mice, 8周龄, 18~22 g, 第4~6代, 48 h, 30~150 nm, n=4."
        ),
        layout={
            "columns": 1,
            "font": "sans",
            "en_title": (
                "Effects of [[human umbilical cord mesenchymal stem cells|c:uc]] and their [[exosomes|c:ev]] on "
                "ovarian function in mice with D-galactose-induced ageing"
            ),
            "en_abstract": (
                "**Abstract: Objective** To compare [[hUCMSCs|c:uc]] and [[hUCMSC|c:uc]]-derived "
                "[[exosomes|c:ev]] ([[hUCMSC|c:uc]]-[[Exos|c:ev]]) in mice with ovarian ageing induced by "
                "D-galactose (D-gal). **Methods** Forty-eight female C57BL/6 mice were randomly divided into "
                "normal, model, cell and [[exosome|c:ev]] groups (12 per group). Except for the normal group, "
                "mice were given D-gal [[200 mg/kg|d:200,mg/kg,-]] [[subcutaneously|r:sc]] once a day for 6 "
                "weeks. The cell group then received [[1×10^{6}|d:1e6,cells,-#cell group]] "
                "[[hUCMSCs|c:uc#cell group]] and the [[exosome|c:ev#exosome group]] group "
                "[[50 μg|d:50,ug,-#exosome group]] of [[hUCMSC|c:uc#exosome group]]-[[Exos|c:ev#exosome group]], "
                "both [[via the tail vein|r:iv]] once a week for [[two doses|s:2]]; the model group received PBS. "
                "Four mice per group were killed [[7, 14 and 28 days|f:28,day]] after the last injection. "
                "**Results** At [[day 28|f:28,day]], serum [[AMH|h:AMH,inc]] and [[E2|h:E2,inc]] were higher and "
                "[[FSH lower|h:FSH,dec]] in both treated groups than in the model group (P<0.05), with no "
                "difference between them. In the [[exosome|c:ev#exosome group]] group, AMH had already "
                "[[risen|h:AMH,inc#exosome group]] by [[day 7|f:7,day#exosome group]]. **Conclusion** Both "
                "[[hUCMSCs|c:uc]] and their [[exosomes|c:ev]] improve ovarian function in D-gal ageing mice, "
                "and [[exosomes|c:ev]] act sooner."
            ),
        },
        batch=21,
    ),
    # ------------------------------------------------------------------ 257
    RealText(
        id="zh_blind257_case_pmsc_laparoscopic_three_transplants_pregnancy",
        lang="zh",
        kind="case",
        title=(
            "[[腹腔镜下卵巢内注射|r:io,lap]][[胎盘间充质干细胞|c:pl]][[3次|s:3]]后卵巢早衰患者自然妊娠"
            "[[1例|n:1]]"
        ),
        authors="皇甫清和，澹台雨萱，次仁央宗",
        journal=_J,
        year=2023,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "**摘要** 报道[[1例|n:1]]自身免疫性卵巢早衰（POF）患者接受[[腹腔镜下卵巢皮质内注射|r:io,lap]]异体"
            "[[胎盘间充质干细胞|c:pl]]（[[PMSCs|c:pl]]）治疗，前后共移植[[3次|s:3]]，每次每侧卵巢"
            "[[1×10^{7}个|d:1e7,cells,ovary]]。末次移植后FSH[[降至|h:FSH,dec]]正常范围，AMH[[升高|h:AMH,inc]]，"
            "患者于末次移植后6个月自然妊娠，足月分娩1名健康女婴。自首次移植起随访[[2年|f:2,year]]，未见明显不良"
            "反应。[[多次|s:-]][[卵巢内注射|r:io]][[PMSCs|c:pl]]可能为POF患者带来自然妊娠的机会。"
        ),
        body=[
            ("heading", "1 病例资料"),
            "患者，女，31岁，G0P0，因“月经稀发3年，停经14个月”于2020年7月就诊。患者28岁起月经周期逐渐延长至"
            "40~60 d，2019年5月起停经。外院2次检测FSH分别为78.3 IU/L和86.4 IU/L（间隔5周），E2<18.4 pg/mL，"
            "AMH<0.01 ng/mL。染色体核型46,XX，FMR1基因CGG重复数正常；抗卵巢抗体及抗甲状腺过氧化物酶抗体阳性，"
            "诊断为自身免疫性POF。曾行激素替代治疗6个月，停药后仍无月经。患者生育意愿强烈，拒绝供卵，经医院伦理"
            "委员会批准并签署知情同意书后接受[[PMSCs|c:pl]]治疗。",
            ("heading", "2 治疗经过"),
            "2020年9月在全麻下行腹腔镜探查，见双侧卵巢体积小（左侧1.8 cm×1.1 cm，右侧1.6 cm×1.0 cm），表面光滑。"
            "[[PMSCs|c:pl]]由本院细胞制备中心提供（第5代，活率>95%）。"
            "[[在腹腔镜直视下以22G穿刺针于每侧卵巢皮质内多点注射|r:io,lap]]细胞悬液[[1 mL|d:1,mL,ovary]]"
            "（含[[PMSCs|c:pl]] [[1×10^{7}个|d:1e7,cells,ovary]]）。[[术后第4周|f:4,week]]复查FSH"
            "[[降至|h:FSH,dec]]52.1 IU/L，E2[[升至|h:E2,inc]]35.6 pg/mL，但仍无月经。遂分别于2021年1月、2021年5月"
            "以相同方法行第2、3次移植，即前后共移植[[3次|s:3]]，每次剂量相同。",
            ("heading", "3 随访结果"),
            "第3次移植后2个月月经来潮，此后月经周期30~35 d。末次移植后[[3个月|f:3,month]]复查，FSH"
            "[[进一步下降|h:FSH,dec]]至11.7 IU/L，AMH[[升至|h:AMH,inc]]0.32 ng/mL，经阴道超声示AFC由1个"
            "[[增至|h:AFC,inc]]4个。末次移植后6个月自然妊娠，孕期顺利，孕39周经阴道分娩1名女婴，体重3 150 g。"
            "自首次移植起共随访[[2年|f:2,year]]，患者月经规律，未见肿瘤、感染等不良事件。",
            ("heading", "4 讨论"),
            "[[胎盘间充质干细胞|c:pl]]来源丰富、免疫原性低，且取材不涉及有创操作。目前临床研究多采用"
            "[[脐带间充质干细胞|c:uc]]或自体[[骨髓间充质干细胞|c:bm]]，给药途径包括[[卵巢内注射|r:io]]和"
            "[[经卵巢动脉灌注|r:oa]]^[3-5]。Haruna等^[6]报道[[2例|n:2]]POF患者[[卵巢内注射|r:io]]自体"
            "[[骨髓MSC|c:bm]]后[[FSH下降|h:FSH,dec]]并恢复月经。",
            "本例首次移植后激素虽有改善，但月经未恢复，共移植[[3次|s:3]]后方出现月经并自然妊娠，提示"
            "[[多次移植|s:-]]可能具有累积效应。本例的局限在于为单一病例且缺乏对照，自身免疫因素亦可能自发缓解。",
        ],
        notes=(
            "Single case report: no arms. Sample: 1例 (title, abstract: the case itself); [6] 2例. Sessions: "
            "前后共移植3次 / 共移植3次 / title 3次; '第2、3次移植', '第3次移植后', '首次移植' are ordinals of "
            "counted sessions (no fact); 多次 / 多次移植 (null, hedged general); 2次检测FSH (measurements), HRT 6个月 "
            "(a course) no. Dose: 1×10^7个 and 1 mL per ovary (每次每侧卵巢 / 每侧卵巢皮质内); '每次剂量相同' no "
            "value. Route: io with laparoscopic guidance (title, abstract, 2); 全麻 no; discussion io / oa "
            "general and [6] io. Follow-up: 术后第4周复查, 末次移植后3个月复查, 随访2年 (twice); '第3次移植后2个月"
            "月经来潮', '末次移植后6个月自然妊娠' (times to events), 孕39周, 31岁, 3年, 14个月, 40~60 d, 间隔5周, "
            "30~35 d no. Hormones: FSH dec (abstract 降至; 术后第4周 降至; 进一步下降), E2 inc, AMH inc (abstract, "
            "3), AFC inc (1 -> 4); '激素虽有改善' unnamed; [6] FSH下降. Ovarian size 1.8 × 1.1 cm a baseline "
            "(no ovarian_volume change)."
        ),
        layout={"columns": 2, "font": "serif"},
        batch=21,
    ),
    # ------------------------------------------------------------------ 258
    RealText(
        id="zh_blind258_review_msc_exosomes_poi_routes_doses",
        lang="zh",
        kind="review",
        title="[[间充质干细胞|c:msc]]及其[[外泌体|c:ev]]治疗早发性卵巢功能不全的给药途径与剂量研究进展",
        authors="南宫书瑶，仲孙浩然，古丽米拉·库尔班",
        journal=_J,
        year=2024,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "**摘要** 早发性卵巢功能不全（POI）是女性不孕的重要原因，现有激素替代治疗无法恢复卵巢功能。近年来，"
            "[[间充质干细胞|c:msc]]（[[MSCs|c:msc]]）及其来源[[外泌体|c:ev]]在动物实验和临床研究中显示出修复"
            "卵巢功能的潜力。本文从细胞来源、给药途径、剂量与移植次数及随访与疗效评价4个方面综述相关研究进展，以期"
            "为临床方案的制订提供参考。"
        ),
        body=[
            ("heading", "1 细胞来源"),
            "目前用于POI治疗的[[MSCs|c:msc]]主要包括[[骨髓间充质干细胞|c:bm]]（[[BMSCs|c:bm]]）、"
            "[[脐带间充质干细胞|c:uc]]（[[UC-MSCs|c:uc]]）、[[脂肪间充质干细胞|c:ad]]、"
            "[[经血间充质干细胞|c:men]]及[[羊膜间充质干细胞|c:am]]等^[1-2]。[[BMSCs|c:bm]]需经骨髓穿刺获取，"
            "[[UC-MSCs|c:uc]]则取自分娩后废弃的脐带，来源丰富。此外，人[[羊膜上皮细胞|c:haec]]以及由诱导多能"
            "干细胞分化而来的[[MSCs|c:msc]]亦有报道^[3-4]。",
            ("heading", "2 给药途径"),
            "动物实验多采用[[尾静脉注射|r:iv@animal]]或[[卵巢内注射|r:io@animal]]。Sun等^[7]在环磷酰胺致POI小鼠"
            "中比较了[[尾静脉|r:iv@mouse]]与[[卵巢内|r:io@mouse]]注射[[UC-MSCs|c:uc@mouse]]，两种途径均可"
            "[[降低FSH|h:FSH,dec@mouse]]，但后者细胞在卵巢内滞留时间更长。",
            "临床研究中，细胞主要经以下途径给予：①[[腹腔镜下卵巢注射|r:io,lap]]；"
            "②[[经阴道超声引导下卵巢穿刺注射|r:io,tvus]]；③[[经卵巢动脉介入灌注|r:oa,ir]]；"
            "④[[外周静脉输注|r:iv]]。Okada等^[9]对[[47例|n:47]]POI患者行"
            "[[经阴道超声引导下卵巢局部注射|r:io,tvus]][[UC-MSCs|c:uc]]，随访[[12个月|f:12,month]]，"
            "[[FSH降低|h:FSH,dec]]，[[AMH升高|h:AMH,inc]]。Wei等^[10]采用[[经卵巢动脉|r:oa]]移植自体骨髓单个核"
            "细胞治疗[[20例|n:20]]患者，随访[[1年半|f:1.5,year]]，4例恢复月经。",
            ("heading", "3 剂量与移植次数"),
            "[[卵巢局部注射|r:io]]的剂量多为每侧卵巢[[5×10^{6}~2×10^{7}个|d:5e6,cells,ovary,5e6,2e7]]，[[静脉输注|r:iv]]多按体重"
            "计算，为[[0.5×10^{6}~2×10^{6}个/kg|d:5e5,cells/kg,-,5e5,2e6]]。[[外泌体|c:ev]]剂量尚无统一标准，"
            "小鼠实验多以蛋白量计，为每只[[50~200 μg|d:50,ug,-,50,200@mouse]]^[11-12]。",
            "移植次数方面，多数研究为[[单次|s:1]]移植，亦有研究[[分2次|s:2]]或[[3次|s:3]]给予。Zhang等^[13]的"
            "随机对照研究将[[60例|n:60]]POI患者分为[[单次|s:1#单次组]]组（[[30例|n:30#单次组]]）和"
            "[[2次|s:2#2次组]]组（[[30例|n:30#2次组]]），[[2次|s:2#2次组]]组[[两次|s:2#2次组]]注射间隔3个月。"
            "随访[[6个月|f:6,month]]时，[[2次|s:2#2次组]]组[[FSH下降|h:FSH,dec]]幅度大于[[单次|s:1#单次组]]组"
            "^[13]。亦有学者认为[[多次移植|s:-]]可能增加感染及出血风险。",
            ("heading", "4 随访与疗效评价"),
            "现有临床研究的随访时间多为[[3~12个月|f:3,month]]，疗效评价指标包括FSH、E2、AMH、AFC以及月经恢复和"
            "妊娠情况。一项纳入11项研究、[[538例|n:538]]患者的meta分析^[15]显示，[[MSCs|c:msc]]治疗后"
            "[[FSH降低|h:FSH,dec]]，[[E2|h:E2,inc]]和[[AMH升高|h:AMH,inc]]，而[[AFC未见明显变化|h:AFC,nc]]。但多数"
            "研究样本量不足50例，且缺乏长期随访，疗效的持久性仍不明确。",
            ("heading", "5 问题与展望"),
            "[[外泌体|c:ev]]作为无细胞治疗手段，具有免疫原性低、易于储存等优势，有望成为[[MSCs|c:msc]]的替代方案。"
            "未来需开展多中心、大样本随机对照研究，明确最佳细胞来源、给药途径、剂量及移植次数。",
        ],
        notes=(
            "Narrative review: facts of cited studies are facts of the document. Cell types: 间充质干细胞 / "
            "MSCs -> msc; BMSCs, UC-MSCs, 脂肪, 经血, 羊膜 MSCs, 羊膜上皮细胞 (haec); MSCs made from iPSCs -> "
            "msc only (the iPSC is their origin, not marked); 脐带 (tissue), 骨髓单个核细胞 (unfractionated, no "
            "id) no. Species: '动物实验' -> animal; Sun [7] mouse; the mouse exosome dose range 'per mouse' "
            "(per null) mouse. Routes: animal iv/io; [7] iv/io (mouse); the clinical list io+lap, io+tvus, "
            "oa+ir, iv; [9] io+tvus; [10] oa. Sample: [9] 47例, [10] 20例, [13] 60例 and 30例 per group with arms "
            "(单次组 / 2次组), meta-analysis [15] 538例 (the women pooled; 11项研究 not); '样本量不足50例' (bound) "
            "and '4例恢复月经' no. Sessions: 单次 / 分2次 / 3次 (general); [13] group names 单次组 (1) and 2次组 "
            "(2) with arms each time named, '两次注射' (2次组); '间隔3个月' interval; 多次移植 (null). Dose "
            "ranges: 5×10^6~2×10^7个 per ovary (每侧卵巢), 0.5×10^6~2×10^6个/kg, 50~200 μg per mouse (low end "
            "with low/high). Follow-up: [9] 12个月, [10] 1年半 -> 1.5 years, [13] 随访6个月时, '随访时间多为"
            "3~12个月' (range -> low end); '缺乏长期随访' no value. Hormones: [7] FSH dec (mouse); [9] FSH dec, "
            "AMH inc; [13] '2次组FSH下降幅度大于单次组' (a size comparison: fact, no arm); [15] FSH dec, E2 inc, "
            "AMH inc, AFC nc. Traps: 4个方面, 11项研究, 间隔3个月."
        ),
        layout={"columns": 2, "font": "serif"},
        batch=21,
    ),
]
