"""Invented papers written for litx by an annotator who had not seen its rules (twenty-second batch).

Part of the development set of invented papers (studied and tuned on, unlike
corpus/heldout_texts.py).  Every title, name, number and sentence below is invented;
nothing is copied from any paper.  Fact marks ``[[words|spec]]`` follow
corpus/ANNOTATION.md and the markup of corpus/make_papers.py.  This batch varies how the
weaker fact types are said.  Follow-up: results reported at a time ("AMH was higher at week 26
than at baseline", "by week 12", "at the final visit, 18 months after the last infusion", "over 2
years of observation", pooled data "at 3 months", 移植后第3个月, 治疗满半年时, 末次移植后第6个月,
killing times joined by "and" and listed by three), table heads of time points, and look-alikes
(time to menses or to a pregnancy, the span of a dosing course, days counted from model
induction, windows before IVF, the time between harvest and injection).  Sample sizes: screened
versus randomised versus analysed, per arm in parentheses, in words, in table cells and column
heads, drop-outs and completers, pooled women of a meta-analysis, and counts that are no samples
(animals, donors, outcomes, records, bounds).  Sessions said indirectly ("on three occasions",
"until four doses had been given", "the second of her two procedures", 共2次, 3次移植全部完成,
sessions per case in a table) beside frequencies, schedules and ordinals; doses per kg, per
ovary, per infusion, per mouse, in µg of vesicle protein, 万个, ranges, absolute ranges by
weight, and arm labels.  Kinds: a three-arm randomised trial (BMSC, two doses, sham), a single-arm
MenSC infusion study, mouse and rat models (UC-MSC vesicles by two routes; amniotic MSCs at three
doses per kg; ADSC exosomes; BMSCs at three doses), a case report, a meta-analysis and a review in
English; a randomised trial, a single-arm study, a retrospective two-therapy cohort (PRP versus
UC-MSCs), a case series of thin endometrium (another condition) and a meta-analysis in Chinese.
"""

from __future__ import annotations

try:
    from real_texts import RealText
except ImportError:  # pragma: no cover - imported as corpus.blind_texts22
    from corpus.real_texts import RealText

_LIC = "CC BY 4.0 (written for litx)"
_J = "litx blind set"

BLIND22: list[RealText] = [
    # ------------------------------------------------------------------ 259
    RealText(
        id="en_blind259_rct_three_arm_bmsc_two_doses_sham_poi",
        lang="en",
        kind="clinical",
        title=(
            "Two doses of autologous [[bone marrow mesenchymal stem cells|c:bm]] "
            "[[injected into the ovaries|r:io]] versus a sham procedure in premature ovarian insufficiency: a "
            "three-arm randomised trial"
        ),
        authors="Tomasz Wielgosz-Amadi, Noor ul-Ain Qadri, Henrik Solbakken",
        journal=_J,
        year=2024,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "**Background** It is not known whether the number of cells matters when "
            "[[bone marrow-derived MSCs|c:bm]] are placed in the ovary. "
            "**Methods** In this single-centre, assessor-blinded trial, 187 women with premature ovarian "
            "insufficiency (POI) were screened and [[96|n:96]] were randomly assigned to the low-dose "
            "([[n = 32|n:32#low-dose]]), high-dose ([[n = 33|n:33#high-dose]]) or sham "
            "([[n = 31|n:31#sham]]) group. Autologous [[BMSCs|c:bm]] were given [[once|s:1]] by "
            "[[transvaginal ultrasound-guided intraovarian injection|r:io,tvus]], "
            "[[5 × 10^{6}|d:5e6,cells,ovary#low-dose]] or [[2 × 10^{7}|d:2e7,cells,ovary#high-dose]] cells per "
            "ovary, respectively; the sham group had marrow aspiration and an ovarian puncture without "
            "injection. The primary outcome was the change in AMH at [[26 weeks|f:26,week]]. "
            "**Results** Seven women were lost before the last visit and 89 were analysed. In the high-dose "
            "group AMH [[rose|h:AMH,inc#high-dose]] from 0.11 to 0.29 ng/mL and FSH "
            "[[fell|h:FSH,dec#high-dose]] from 71 to 49 IU/L. In the low-dose group FSH "
            "[[fell|h:FSH,dec#low-dose]] a little, but AMH [[did not change|h:AMH,nc#low-dose]]. In the sham "
            "group neither [[FSH|h:FSH,nc#sham]] nor [[AMH changed|h:AMH,nc#sham]]. Menses returned in seven, "
            "three and one women, respectively. "
            "**Conclusion** A [[single|s:1]] [[intraovarian|r:io]] injection of "
            "[[2 × 10^{7}|d:2e7,cells,ovary]] [[BMSCs|c:bm]] per ovary [[raised AMH|h:AMH,inc]] over "
            "[[26 weeks|f:26,week]]; the lower dose did not."
        ),
        body=[
            "**Participants and allocation.** Women aged 20 to 39 years with at least four months of "
            "amenorrhoea and an FSH above 25 IU/L on two occasions were eligible. Of the 187 women screened, "
            "71 did not meet the criteria and 20 declined, leaving [[96|n:96]], who were allocated 1:1:1 by a "
            "web-based system in blocks of six. The laboratory staff who measured hormones and the "
            "sonographers who counted follicles did not know the allocation.",
            "**Procedures.** Sixty millilitres of marrow were aspirated from the posterior iliac crest of every "
            "woman three weeks before the ovarian procedure, and [[BMSCs|c:bm]] were expanded for 16 to 19 days. "
            "For each woman of the low-dose group, [[5 × 10^{6}|d:5e6,cells,ovary#low-dose]] cells were "
            "suspended in [[0.5 mL|d:0.5,mL,ovary#low-dose]] of saline for each ovary; the high-dose group "
            "received [[2 × 10^{7}|d:2e7,cells,ovary#high-dose]] cells per ovary in the same volume. In both "
            "cell groups the suspension was [[injected into the cortex of each ovary under transvaginal "
            "ultrasound guidance|r:io,tvus]] with a 17-gauge needle, under propofol sedation, and each woman "
            "was injected [[on one occasion only|s:1]]. In the sham group the needle was advanced into each "
            "ovary and withdrawn without injecting anything.",
            "**Outcomes.** FSH, LH, oestradiol and AMH were measured before the procedure and "
            "[[4, 12, 26 and 39 weeks|f:39,week]] after it, and antral follicles were counted at the same "
            "visits. Menstrual diaries were kept throughout.",
            (
                "table",
                "Table 1. Serum AMH (ng/mL) by group, mean (SD)",
                [
                    ["Group", "Baseline", "Week 12", "Week 26", "[[Week 39|f:39,week]]"],
                    ["Low dose ([[n = 32|n:32#low-dose]])", "0.12 (0.08)", "0.13 (0.09)", "0.14 (0.10)", "0.13 (0.10)"],
                    ["High dose ([[n = 33|n:33#high-dose]])", "0.11 (0.07)", "0.19 (0.11)", "0.29 (0.15)", "0.26 (0.14)"],
                    ["Sham ([[n = 31|n:31#sham]])", "0.12 (0.08)", "0.11 (0.08)", "0.12 (0.09)", "0.11 (0.08)"],
                ],
                [0.3, 0.17, 0.17, 0.18, 0.18],
            ),
            "**Results.** Two, two and three women of the low-dose, high-dose and sham groups missed the "
            "week-39 visit. In the high-dose group, [[AMH was higher|h:AMH,inc#high-dose]] at "
            "[[week 26|f:26,week#high-dose]] than at baseline, and by [[week 12|f:12,week#high-dose]] FSH had "
            "already [[dropped|h:FSH,dec#high-dose]]; the antral follicle count [[rose|h:AFC,inc#high-dose]] "
            "by two follicles. In the low-dose group FSH [[fell|h:FSH,dec#low-dose]] modestly and AMH "
            "[[did not differ from baseline|h:AMH,nc#low-dose]] at any visit. In the sham group "
            "[[FSH|h:FSH,nc#sham]], [[LH|h:LH,nc#sham]] and [[AMH were unchanged|h:AMH,nc#sham]]. Menses "
            "returned in seven women of the high-dose group, at a median of 15 weeks after the injection. "
            "Transient pelvic pain after the procedure was reported by 11 women, five of them in the sham "
            "group.",
        ],
        notes=(
            "Three-arm RCT; arms from 'the low-dose (n = 32), high-dose (n = 33) or sham (n = 31) group' "
            "(names listed before one head word with their counts: each name alone, 'low-dose', 'high-dose', "
            "'sham', kept where later named 'the high-dose group'). Sample: 96 randomised (abstract, "
            "allocation), per arm with arm; Table 1 row heads 'Low dose (n = 32)' etc.: a row whose first cell "
            "is a group's name, so its count carries the arm ('Low dose' = 'low-dose', the same name without "
            "'dose'; unlike counts in column heads, which have no arm); 187 screened, 71 "
            "ineligible, 20 declined, seven lost, 89 analysed, 'Two, two and three women' lost, 11 with pain, "
            "menses in seven/three/one: no samples. Doses: 5 × 10^6 and 2 × 10^7 cells per ovary, 'respectively' "
            "(arms), 0.5 mL per ovary (low-dose sentence; 'the same volume' for high-dose: no value); "
            "conclusion 2 × 10^7 per ovary (no arm). Sessions: 'once', 'on one occasion only', 'A single' (all "
            "cell groups: no arm). Route: io+tvus (abstract, procedures, both cell groups: no arm), title and "
            "conclusion io; the sham puncture injects nothing (no route). Follow-up: primary outcome 'at 26 "
            "weeks', visits '4, 12, 26 and 39 weeks' (list -> 39 weeks), Table heads Baseline..Week 39 (last "
            "head), high-dose 'at week 26', 'by week 12' (arm), conclusion 'over 26 weeks'; traps: 'three weeks "
            "before' (harvest interval), '16 to 19 days' culture, '15 weeks after the injection' (time to "
            "menses), 'week-39 visit' (a visit named, in a drop-out count: left unmarked), 'four months of "
            "amenorrhoea'. Hormones: high-dose AMH rose / was higher, FSH fell / dropped, AFC rose; low-dose FSH "
            "fell (twice), AMH no change (twice); sham FSH/AMH no change (abstract), FSH/LH/AMH unchanged "
            "(results); conclusion raised AMH. Harvest 'Sixty millilitres of marrow' no dose; FSH > 25 "
            "threshold; propofol sedation no route."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=22,
    ),
    # ------------------------------------------------------------------ 260
    RealText(
        id="en_blind260_singlearm_mensc_intravenous_three_occasions_poi",
        lang="en",
        kind="clinical",
        title=(
            "Peripheral infusion of allogeneic [[menstrual blood-derived mesenchymal stem cells|c:men]] in "
            "premature ovarian insufficiency: an open single-arm study with [[18 months|f:18,month]] of "
            "follow-up after the last infusion"
        ),
        authors="Aurelia Monteverde-Sato, Kwabena Ofori-Lind, Elif Demirtaş-Hale",
        journal=_J,
        year=2023,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "We asked whether [[menstrual blood-derived mesenchymal stem cells|c:men]] ([[MenSCs|c:men]]) "
            "given [[into a vein|r:iv]] can revive ovarian activity in premature ovarian insufficiency (POI). "
            "Thirty-one women were screened and [[twenty-five|n:25]] were enrolled. Each woman was infused on "
            "[[three occasions|s:3]], four weeks apart, with [[1 million cells per kilogram|d:1e6,cells/kg,-]] "
            "of body weight. Twenty-two women completed the course and 20 attended the final visit, "
            "[[18 months|f:18,month]] after the last infusion. FSH [[was lower|h:FSH,dec]] at "
            "[[month 6|f:6,month]] than before treatment (median 62 versus 87 IU/L), and oestradiol "
            "[[rose|h:E2,inc]] in 11 women; AMH [[stayed|h:AMH,nc]] below the detection limit in most. Menses "
            "returned in six women, at a median of 5.5 months after the first infusion, and one conceived. "
            "No infusion reaction needed treatment. A short course of [[intravenous|r:iv]] [[MenSCs|c:men]] is "
            "feasible, but its effect on the ovary was small."
        ),
        body=[
            "**Women.** Women aged 22 to 39 years were eligible if they had had no menses for at least six "
            "months, had FSH above 40 IU/L, and had a normal karyotype. Of the [[25|n:25]] women enrolled, "
            "two withdrew after the first infusion for personal reasons and one after the second because of a "
            "urinary infection unrelated to treatment.",
            "**Cells and infusions.** [[MenSCs|c:men]] were isolated from the menstrual blood of two healthy "
            "donors aged 24 and 27, expanded to passage 5 and cryopreserved. On the day of use they were thawed "
            "and diluted to 1.5 × 10^{6} cells/mL in saline with 2% albumin. The dose of "
            "[[1 × 10^{6} cells/kg|d:1e6,cells/kg,-]] meant that a woman received between "
            "[[4.4 × 10^{7} and 7.8 × 10^{7}|d:4.4e7,cells,injection,4.4e7,7.8e7]] cells per infusion, "
            "[[through a cannula in the antecubital vein|r:iv]] over about 40 minutes. Infusions were given "
            "every four weeks, so the course of [[three|s:3]] infusions spanned eight weeks.",
            "**Follow-up and results.** Women were seen [[3, 6, 12 and 18 months|f:18,month]] after the third "
            "infusion. FSH [[fell|h:FSH,dec]] in 16 of the 22 who completed the course and was lower at "
            "[[month 6|f:6,month]] than at baseline; by [[month 12|f:12,month]] half of them "
            "were back near their baseline values. Oestradiol [[increased|h:E2,inc]] above 50 pg/mL in 11 women. AMH "
            "[[did not change|h:AMH,nc]] in 19 of the 20 seen at the final visit, and LH "
            "[[declined|h:LH,dec]] in parallel with FSH. The six women whose menses returned had had the "
            "shortest amenorrhoea before treatment. One woman conceived spontaneously 14 months after the last "
            "infusion and delivered at term.",
            (
                "table",
                "Table 1. Hormones of the 20 women seen at every visit, median (IQR); months after the third "
                "infusion",
                [
                    ["Hormone", "Baseline", "3 mo", "6 mo", "12 mo", "[[18 mo|f:18,month]]"],
                    ["FSH, IU/L", "87 (71–104)", "70 (55–92)", "62 (44–85)", "74 (52–96)", "79 (57–99)"],
                    ["LH, IU/L", "41 (33–52)", "35 (27–47)", "31 (24–44)", "36 (28–48)", "38 (29–49)"],
                    ["Oestradiol, pg/mL", "18 (11–27)", "31 (16–58)", "39 (19–66)", "29 (15–55)",
                     "26 (14–49)"],
                    ["AMH, ng/mL", "<0.01", "<0.01", "<0.01", "<0.01", "<0.01"],
                ],
                [0.24, 0.16, 0.15, 0.15, 0.15, 0.15],
            ),
        ],
        notes=(
            "Single-arm study: no arms. Sample: 'twenty-five' enrolled (abstract) and 'the 25 women enrolled'; "
            "31 screened, 22 completers and 20 at the final visit (subsets of a stated larger count), two/one "
            "withdrawn, 16 of 22, 11 women, six with menses, two donors: no samples. Sessions: 'on three "
            "occasions' (administrations, not measurements) and 'the course of three infusions' (3); 'four weeks "
            "apart', 'every four weeks' (frequency), 'after the first/second infusion', 'the third infusion' "
            "(ordinals of counted sessions) no. Dose: '1 million cells per kilogram', '1 × 10^6 cells/kg' "
            "(cells/kg, per null); the absolute range 4.4 × 10^7 to 7.8 × 10^7 cells 'per infusion' (range, "
            "per injection); 1.5 × 10^6 cells/mL, 2% albumin no. Route: 'into a vein', 'through a cannula in "
            "the antecubital vein', 'intravenous MenSCs' (iv). Follow-up: 'the final "
            "visit, 18 months after the last infusion' (18 months), 'at month 6' (twice), 'by month 12', visit "
            "list '3, 6, 12 and 18 months' (-> 18), table heads 3 mo..18 mo (last head); the title's '18 months "
            "of follow-up' likewise. Traps: 'spanned eight weeks' (duration of the course), '5.5 months after "
            "the first infusion' (time to menses), '14 months after the last infusion' (time to conception), "
            "40 minutes, six months of amenorrhoea, ages. Hormones: FSH lower/fell (dec), E2 rose/increased, "
            "AMH stayed/did not change (nc, said of most women / 19 of 20: taken as the study's "
            "finding), LH declined; 'by month 12 half of them were back near their baseline values' names no "
            "hormone and no direction (follow-up only)."
        ),
        layout={"columns": 1, "font": "sans"},
        batch=22,
    ),
    # ------------------------------------------------------------------ 261
    RealText(
        id="en_blind261_mouse_ctx_ucmsc_sev_tail_vein_vs_intraovarian_four_doses",
        lang="en",
        kind="animal",
        title=(
            "Small [[extracellular vesicles|c:ev]] from [[umbilical cord mesenchymal stem cells|c:uc]] "
            "given [[into the tail vein|r:iv]] or [[into the ovary|r:io]] of cyclophosphamide-treated mice"
        ),
        authors="Chiara Abbondanza-Reyes, Dmitri Volkonsky, Thandeka Mahlangu",
        journal=_J,
        year=2024,
        doi="",
        url="",
        licence=_LIC,
        species="mouse",
        abstract=(
            "**Background** Vesicles from [[mesenchymal stem cells|c:msc@human]] are being tested in women "
            "with premature ovarian insufficiency, yet the best route is unclear. "
            "**Methods** Female C57BL/6 mice received cyclophosphamide ([[75 mg/kg|d:75,mg/kg,-]]) by "
            "[[a single|s:1]] [[intraperitoneal|r:ip]] injection. Fourteen days later, when estrous cycles had "
            "stopped, they were assigned to a model group, a [[tail-vein|r:iv#tail-vein group]] group and an "
            "[[intraovarian|r:io#intraovarian group]] group. Small [[extracellular vesicles|c:ev]] "
            "([[sEVs|c:ev]]) from human [[umbilical cord MSCs|c:uc]] were given every third day until "
            "[[four|s:4]] doses had been given. The [[tail-vein|r:iv#tail-vein group]] group received "
            "[[30 µg|d:30,ug,-#tail-vein group]] of vesicle protein per mouse "
            "[[intravenously|r:iv#tail-vein group]], and the [[intraovarian|r:io#intraovarian group]] group "
            "[[10 µg|d:10,ug,ovary#intraovarian group]] [[injected into each ovary|r:io#intraovarian group]]. Mice were killed [[7, 14 or 28 days|f:28,day]] after the last dose. "
            "**Results** By [[day 28|f:28,day]], [[AMH was higher|h:AMH,inc]] and "
            "[[FSH lower|h:FSH,dec]] in both [[sEV|c:ev]] groups than in the model group. In the "
            "[[intraovarian|r:io#intraovarian group]] group E2 had already "
            "[[risen|h:E2,inc#intraovarian group]] by [[day 14|f:14,day#intraovarian group]], whereas in the "
            "[[tail-vein|r:iv#tail-vein group]] group it [[did not change|h:E2,nc#tail-vein group]]. "
            "**Conclusion** [[Intraovarian|r:io]] [[sEVs|c:ev]] acted sooner, at a third of the dose."
        ),
        body=[
            "**Model.** Ninety-six female C57BL/6 mice aged eight weeks were used. Seventy-two received "
            "cyclophosphamide [[75 mg/kg|d:75,mg/kg,-]] [[intraperitoneally|r:ip]] "
            "[[once|s:1]]; 24 received saline and served as controls. Vaginal smears were taken daily from day "
            "5 to day 14 after the injection; mice without a complete cycle in that window were counted as "
            "injured.",
            "**[[sEVs|c:ev]].** [[UC-MSCs|c:uc]] from three donor cords were grown to passage 4. Their "
            "serum-free medium was collected after 48 h, and [[sEVs|c:ev]] were isolated by "
            "ultracentrifugation and size-exclusion chromatography. The particles measured 70–140 nm, carried "
            "CD63, CD81 and TSG101, and were quantified by BCA protein assay.",
            "**Treatment.** From day 14 after cyclophosphamide, each mouse of the "
            "[[tail-vein|r:iv#tail-vein group]] group received [[30 µg|d:30,ug,-#tail-vein group]] of "
            "[[sEVs|c:ev#tail-vein group]] in [[0.1 mL|d:0.1,mL,-#tail-vein group]] PBS "
            "[[into a lateral tail vein|r:iv#tail-vein group]]. In the "
            "[[intraovarian|r:io#intraovarian group]] group, both ovaries were exposed through a dorsal "
            "incision at the first dose and through the same scars later, and [[10 µg|d:10,ug,ovary#intraovarian group]] "
            "was [[injected into each ovary|r:io#intraovarian group]]. Doses were repeated every third day, so "
            "that every treated mouse had [[four|s:4]] in all; model mice received PBS on the same days.",
            "**Sampling.** Eight mice per group were killed [[7, 14 and 28 days|f:28,day]] after the fourth "
            "dose. Serum FSH, E2 and AMH were measured by ELISA and follicles were counted in serial sections.",
            (
                "table",
                "Table 1. Serum hormones [[28 days|f:28,day]] after the last dose, mean ± SD (eight mice per group)",
                [
                    ["Group", "FSH, mIU/mL", "E2, pg/mL", "AMH, ng/mL"],
                    ["Control", "4.8 ± 0.9", "42.1 ± 5.7", "6.4 ± 0.8"],
                    ["Model", "12.7 ± 2.2", "19.5 ± 4.3", "2.5 ± 0.6"],
                    ["[[Tail vein|r:iv#tail-vein group]]", "9.6 ± 1.8", "23.0 ± 4.9", "3.8 ± 0.7"],
                    ["[[Intraovarian|r:io#intraovarian group]]", "7.9 ± 1.5", "31.6 ± 5.2", "4.6 ± 0.7"],
                ],
                [0.31, 0.23, 0.23, 0.23],
            ),
            "**Results.** Model mice had higher FSH and lower AMH than controls at every time. At "
            "[[day 7|f:7,day]], neither treated group differed from the model group. In the "
            "[[intraovarian|r:io#intraovarian group]] group E2 [[increased|h:E2,inc#intraovarian group]] by "
            "[[day 14|f:14,day#intraovarian group]] and AMH [[rose|h:AMH,inc#intraovarian group]] by "
            "[[day 28|f:28,day#intraovarian group]]. In the [[tail-vein|r:iv#tail-vein group]] group, FSH "
            "[[fell|h:FSH,dec#tail-vein group]] only at [[day 28|f:28,day#tail-vein group]], and E2 "
            "[[was unchanged|h:E2,nc#tail-vein group]]. Estrous cycles returned 9 ± 2 days after the last "
            "dose in six of eight intraovarian mice.",
        ],
        notes=(
            "Mouse study (species mouse by default; the background's vesicles tested in women carry no species). "
            "Groups: model, 'tail-vein group', 'intraovarian group' (control for validation). The route in a "
            "group's name is read like the cell type or the sessions in a group's name: a route mark with the "
            "group's arm wherever the group is named (also as table rows 'Tail vein' / 'Intraovarian'; a "
            "doubtful extension of the guide). Model: cyclophosphamide 75 mg/kg, single/once, ip (all "
            "injured mice: no arm). Sessions: 'until four doses had been given' and 'four in all' (total "
            "stated: 4, every treated mouse: no arm); 'every third day' (frequency), 'the fourth dose', 'the "
            "first dose' (ordinals of counted doses) no. Doses: 30 µg per mouse (per null) and 0.1 mL "
            "(tail-vein group), 10 µg injected into each ovary (per ovary, intraovarian group), in the abstract "
            "each in its group's own clause. Follow-up: killed '7, "
            "14 or 28 days' / '7, 14 and 28 days' after the last/fourth dose (lists of three: one fact each, 28 "
            "days), 'By day 28' (both groups: no arm), 'by day 14' and 'by day 28' with the intraovarian group, "
            "'at day 28' with the tail-vein group, 'At day 7' (no group named before the comparison: no arm). "
            "Table caption '28 days after the last dose' (a measurement time: follow-up). Traps: 'Fourteen days later', 'from "
            "day 14 after cyclophosphamide', 'day 5 to day 14' (times counted from the model), '9 ± 2 days after "
            "the last dose' (time to cycles), 48 h, 70–140 nm, passage 4, three donor cords, 96/72/24/eight "
            "mice. Hormones: both sEV groups AMH higher, FSH lower (no arm); intraovarian group E2 risen / "
            "increased, AMH rose; tail-vein group E2 no change (twice), FSH fell; model vs control (validation) "
            "no fact; 'neither treated group differed' names no hormone."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=22,
    ),
    # ------------------------------------------------------------------ 262
    RealText(
        id="en_blind262_rat_vcd_hamsc_three_doses_per_kg_tail_vein",
        lang="en",
        kind="animal",
        title=(
            "Dose–response of [[human amniotic mesenchymal stem cells|c:am]] infused "
            "[[intravenously|r:iv]] in rats with 4-vinylcyclohexene diepoxide-induced ovarian failure"
        ),
        authors="Ruairí Ó Faoláin, Mei-Ling Castellanos, Oyelaran Adebisi-Frost",
        journal=_J,
        year=2023,
        doi="",
        url="",
        licence=_LIC,
        species="rat",
        abstract=(
            "We tested three doses of [[human amniotic mesenchymal stem cells|c:am]] ([[hAMSCs|c:am]]) in a "
            "rat model of ovarian failure induced by 4-vinylcyclohexene diepoxide (VCD), which destroys "
            "small follicles. Female Sprague-Dawley rats were given VCD [[80 mg/kg|d:80,mg/kg,-]] "
            "[[intraperitoneally|r:ip]] each day for 15 days. On day 30 after the first VCD injection, the "
            "AM-L, AM-M and AM-H groups received [[0.5|d:5e5,cells/kg,-#AM-L]], [[1|d:1e6,cells/kg,-#AM-M]] and "
            "[[2 × 10^{6} cells/kg|d:2e6,cells/kg,-#AM-H]], respectively, as [[a single|s:1]] "
            "[[tail-vein|r:iv]] injection; the VCD group received saline. Half of each group was killed on "
            "[[day 21|f:21,day]] and the rest on [[day 42|f:42,day]] after transplantation. By "
            "[[day 42|f:42,day#AM-H]], AMH [[had risen|h:AMH,inc#AM-H]] in the AM-H group to 71% of the value in "
            "untreated rats, and FSH [[had fallen|h:FSH,dec#AM-H]]. In the AM-L group neither "
            "[[AMH|h:AMH,nc#AM-L]] nor [[FSH changed|h:FSH,nc#AM-L]] significantly. The effect of "
            "[[hAMSCs|c:am]] grew with the dose."
        ),
        body=[
            "**Animals and model.** Fifty-six female Sprague-Dawley rats, 28 days old, were obtained; eight "
            "were kept as untreated controls and 48 were given VCD dissolved in sesame oil at "
            "[[80 mg/kg|d:80,mg/kg,-]] by [[intraperitoneal injection|r:ip]] daily for 15 consecutive days. "
            "Thirty days after the first injection the VCD rats were randomly divided into four groups of 12: "
            "VCD, AM-L, AM-M and AM-H.",
            "**Cells and transplantation.** [[hAMSCs|c:am]] were isolated from the amnion of two term "
            "placentas and used at passage 3–5. Rats of the AM-L group received "
            "[[0.5 × 10^{6}|d:5e5,cells/kg,-#AM-L]] [[hAMSCs|c:am#AM-L]] per kg body weight. The AM-M group "
            "was given [[1 × 10^{6} cells/kg|d:1e6,cells/kg,-#AM-M]] and the AM-H group "
            "[[2 × 10^{6} cells/kg|d:2e6,cells/kg,-#AM-H]]; in every group the cells were suspended in "
            "[[0.5 mL|d:0.5,mL,-]] of saline and [[injected slowly into a lateral tail vein|r:iv]] over one "
            "minute, [[once|s:1]]. The VCD group received 0.5 mL of saline by the same route.",
            "**Outcomes.** Six rats per group were killed on [[day 21|f:21,day]] and six on "
            "[[day 42|f:42,day]] after transplantation. Serum FSH, E2 and AMH were measured by ELISA; the "
            "ovaries were weighed and follicles were counted in every tenth section. Estrous cycles were "
            "followed by daily smears from day 7 to day 42.",
            (
                "table",
                "Table 1. Serum AMH (ng/mL) after transplantation, mean ± SD",
                [
                    ["Group", "Cells per kg", "Day 21", "[[Day 42|f:42,day]]"],
                    ["Untreated", "—", "3.9 ± 0.5", "3.7 ± 0.6"],
                    ["VCD", "Saline", "1.4 ± 0.4", "1.3 ± 0.4"],
                    ["AM-L", "[[0.5 × 10^{6}|d:5e5,cells/kg,-#AM-L]]", "1.5 ± 0.4", "1.6 ± 0.5"],
                    ["AM-M", "[[1 × 10^{6}|d:1e6,cells/kg,-#AM-M]]", "1.8 ± 0.5", "2.2 ± 0.5"],
                    ["AM-H", "[[2 × 10^{6}|d:2e6,cells/kg,-#AM-H]]", "2.1 ± 0.5", "2.6 ± 0.6"],
                ],
                [0.25, 0.27, 0.24, 0.24],
            ),
            "**Results.** Compared with untreated rats, VCD rats had more FSH and less AMH, with about a third "
            "of the primordial follicles. On [[day 21|f:21,day#AM-H]] only the AM-H group differed from the "
            "VCD group: its AMH [[was higher|h:AMH,inc#AM-H]]. On [[day 42|f:42,day#AM-M]] AMH "
            "[[had increased|h:AMH,inc#AM-M]] in the AM-M group as well, and in the AM-H group FSH [[was lower|h:FSH,dec#AM-H]] and E2 "
            "[[higher|h:E2,inc#AM-H]] than in the VCD group. Ovarian weight did not differ between groups. "
            "Regular cycles reappeared in AM-H rats a median of 12 days after the injection.",
        ],
        notes=(
            "Rat study (species rat by default). Arms AM-L, AM-M, AM-H: named before one head word with "
            "values one to one ('respectively'), each name alone; later named with their head word ('the AM-H "
            "group'), in the transplantation paragraph one by one, and as table rows (a row whose first cell is "
            "a group's name: its dose cell). VCD and untreated groups have no facts. Doses: 0.5, 1 and 2 × 10^6 "
            "cells/kg (per null; the bare '0.5' and '1' of the abstract share the unit written after the last "
            "value); 0.5 mL suspension in every group (no arm); the VCD group's 0.5 mL of saline is no therapy "
            "(not marked). Model: VCD 80 mg/kg ip daily for 15 days (daily dosing: no sessions). Therapy: 'a "
            "single tail-vein injection', 'once' (every cell group: no arm), tail vein (iv). Follow-up: killed on "
            "day 21 and day 42 (two facts, abstract and Outcomes; 'Half of each group' / 'per group': no arm); abstract 'By day 42, AMH had risen in the AM-H group' and results 'On day 21 only the AM-H "
            "group differed' / 'On day 42 AMH had increased in the AM-M group' (the group named in the clause "
            "labels the time before it); table heads Day 21 | Day 42 (two time heads: the last only). Traps: 'On day 30 "
            "after the first VCD injection', 'Thirty days after the first injection' (model times), 'daily "
            "smears from day 7 to day 42' (a monitoring window), 'a median of 12 days after the injection' "
            "(time to cycles), one minute, 28 days old, passage 3–5, two placentas (donors), 56/8/48/12/six "
            "rats. Hormones: AM-H AMH risen/higher, FSH fallen/lower, E2 higher; AM-M AMH increased; AM-L "
            "AMH/FSH no change; model vs untreated (validation) and ovarian weight (no contract hormone) no."
        ),
        layout={"columns": 2, "font": "serif"},
        batch=22,
    ),
    # ------------------------------------------------------------------ 263
    RealText(
        id="en_blind263_case_report_adsc_two_procedures_two_years_poi",
        lang="en",
        kind="case",
        title=(
            "Return of ovulation after [[two|s:2]] transvaginal injections of autologous "
            "[[adipose-derived mesenchymal stem cells|c:ad]] in premature ovarian insufficiency after ovarian "
            "surgery: [[a case report|n:1]] with [[two years|f:2,year]] of observation"
        ),
        authors="Inès Boukhalfa-Ward, Sigurd Evensen, Nomvula Dlamini-Park",
        journal=_J,
        year=2024,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "**Introduction** Repeated ovarian surgery for endometriomas can leave a woman with almost no "
            "follicles. **Case** A 34-year-old woman had had no periods for 19 months after a second bilateral "
            "cystectomy. Her FSH was 78 IU/L and AMH was undetectable. Autologous "
            "[[adipose-derived mesenchymal stem cells|c:ad]] ([[ADSCs|c:ad]]) were prepared from 80 mL of "
            "lipoaspirate, and [[1.2 × 10^{7}|d:1.2e7,cells,ovary]] cells in [[2 mL|d:2,mL,ovary]] were "
            "[[injected into each ovary under transvaginal ultrasound guidance|r:io,tvus]]; the injection was "
            "repeated five months later. [[Six weeks|f:6,week]] after the first injection FSH "
            "[[had fallen|h:FSH,dec]] to 41 IU/L. Menses returned 14 weeks after the second injection. At the "
            "final visit, [[18 months|f:18,month]] after the last injection, AMH "
            "[[had risen|h:AMH,inc]] to 0.21 ng/mL and the antral follicle count [[had increased|h:AFC,inc]] from 1 to 4. "
            "**Conclusion** Over [[2 years|f:2,year]] of observation, the woman ovulated repeatedly, but she has "
            "not conceived."
        ),
        body=[
            "**History.** The patient, a nulligravid office worker, had undergone laparoscopic excision of "
            "bilateral endometriomas at 27 and again at 31. Her cycles became irregular within a year of the "
            "second operation and stopped at 32. On two occasions four weeks apart FSH was above 70 IU/L; "
            "oestradiol was 14 pg/mL, the karyotype was 46,XX and thyroid and adrenal antibodies were absent. "
            "Hormone therapy with oestradiol valerate and dydrogesterone was started and continued throughout.",
            "**Treatment.** Under local anaesthesia 80 mL of abdominal fat was aspirated, and "
            "[[ADSCs|c:ad]] were isolated by collagenase digestion and expanded for 12 days to passage 2. Each "
            "procedure was done under conscious sedation: a 17-gauge needle was guided through the vaginal "
            "wall and [[1.2 × 10^{7}|d:1.2e7,cells,ovary]] [[ADSCs|c:ad]] in [[2 mL|d:2,mL,ovary]] of saline "
            "were [[deposited in the cortex of each ovary|r:io]] at three sites. Because her menses had not "
            "returned, she chose a second procedure five months after the first, with the same cells "
            "and dose from a cryopreserved aliquot. The second of her [[two|s:2]] procedures was uneventful.",
            "**Outcome.** [[Six weeks|f:6,week]] after the first injection, FSH [[had fallen|h:FSH,dec]] "
            "to 41 IU/L; [[three months|f:3,month]] after the second it was 16 IU/L, oestradiol "
            "[[had increased|h:E2,inc]] to 118 pg/mL, and the right ovary had [[grown|h:ovarian_volume,inc]] "
            "from 2.1 to 3.4 mL. Menses returned 14 weeks after the second injection, and ovulation was "
            "confirmed by mid-luteal progesterone in eight of the next 12 cycles. At the final visit, "
            "[[18 months|f:18,month]] after the last injection, AMH was 0.21 ng/mL and four antral follicles "
            "were seen, against one before treatment. Two cycles of IVF yielded one and two oocytes; no "
            "embryo implanted.",
            "**Discussion.** In [[two|n:2]] earlier case reports, [[ADSCs|c:ad]] "
            "[[injected into the ovaries|r:io]] were followed by a [[fall in FSH|h:FSH,dec]] at "
            "[[three months|f:3,month]] [4, 5]. Our patient's ovaries had been damaged by surgery rather than "
            "by an autoimmune or genetic cause, which may explain why she responded.",
        ],
        notes=(
            "Single case report: no arms. Sample: 'a case report' (title, n 1); [4, 5] 'two earlier case "
            "reports' (2, as the guide's 'two case reports'); 'a 34-year-old woman' is the case described, "
            "not counted again. Sessions: title 'two ... injections', body 'The second of her two procedures' "
            "(2); 'the injection was repeated', 'a second procedure', 'the first injection' (references to the "
            "counted sessions) no. Dose: 1.2 × 10^7 cells and 2 mL per ovary ('each ovary', twice each); 80 mL "
            "lipoaspirate / fat (harvest) no. Route: io+tvus in the abstract ('injected into each ovary under "
            "transvaginal ultrasound guidance'); body 'deposited in the cortex of each ovary' io (the needle "
            "'guided through the vaginal wall' in the previous clause names no imaging: no guidance); "
            "discussion io. Follow-up: 'Six weeks after the first injection FSH had fallen' (twice), 'At the final "
            "visit, 18 months after the last injection' (twice), 'Over 2 years of observation', 'three months "
            "after the second' (measurement), [4, 5] 'at three months', the title's 'two years of observation'. Traps: '14 weeks "
            "after the second injection' (time to menses), 'five months later' (interval between sessions), "
            "19 months amenorrhoea, ages "
            "27/31/32/34, 12 days culture, passage 2, two IVF cycles, eight of 12 cycles. Hormones: FSH fell "
            "(abstract, outcome), AMH rose (abstract; the body states only the value), AFC 'had increased from 1 to 4' "
            "(abstract; body 'four ... against one' left as values), E2 increased, ovarian volume grown (right "
            "ovary 2.1 -> 3.4 mL: a size, not a dose); [4, 5] FSH fall."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=22,
    ),
    # ------------------------------------------------------------------ 264
    RealText(
        id="en_blind264_meta_intraovarian_prp_poor_responders_dor",
        lang="en",
        kind="review",
        title=(
            "Autologous platelet-rich plasma [[injected into the ovaries|r:io]] of poor responders and women "
            "with diminished ovarian reserve: a systematic review and meta-analysis of controlled studies"
        ),
        authors="Federica Lanzarotti-Obi, Samir Haddadin, Wen-Hui Lockhart",
        journal=_J,
        year=2024,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "**Objective** To pool controlled studies of intraovarian platelet-rich plasma (PRP) in poor "
            "responders and women with diminished ovarian reserve (DOR). "
            "**Methods** Four databases were searched to February 2024. Randomised and non-randomised studies "
            "comparing PRP with no injection were eligible; random-effects models were used. "
            "**Results** Of 3,402 records, 15 studies were included: nine randomised trials with "
            "[[1,036 women|n:1036]] and six cohort studies with [[812|n:812]]. Random-effects pooled data at "
            "[[3 months|f:3,month]] showed that AMH [[was higher|h:AMH,inc]] after PRP than after no injection "
            "(mean difference 0.21 ng/mL) and that the antral follicle count [[increased|h:AFC,inc]] by 1.1; "
            "FSH [[decreased|h:FSH,dec]] in women with DOR but [[did not change|h:FSH,nc]] in poor responders. "
            "At [[6 months|f:6,month]] (four trials) the AMH difference was no longer significant. "
            "**Conclusions** The gain in ovarian reserve markers after PRP is small and may be short-lived."
        ),
        body=[
            "**Eligibility and data.** We included studies of at least 20 women that compared PRP "
            "[[injected into one or both ovaries|r:io]] with no injection or a sham procedure and reported "
            "AMH, the antral follicle count (AFC) or FSH. Single-arm studies and case series were excluded, as "
            "were studies that gave PRP into the uterine cavity only. For each study two reviewers "
            "recorded the number of women, the PRP volume and preparation, the number of injections and the "
            "times at which outcomes were measured.",
            "**Included studies.** The 15 studies enrolled [[1,848 women|n:1848]] in all, from 40 to 212 per study. PRP "
            "was injected [[under transvaginal ultrasound guidance|r:io,tvus]] in 13 studies and "
            "[[laparoscopically|r:io,lap]] in two. Volumes ranged from [[1 to 4 mL|d:1,mL,ovary,1,4]] per "
            "ovary; 11 studies injected [[once|s:1]] and four [[twice|s:2]], one cycle apart. Outcomes were "
            "reported at [[1 to 12 months|f:1,month]] after the injection, most often at "
            "[[three months|f:3,month]].",
            (
                "table",
                "Table 1. The randomised trials (follow-up in months after the last injection)",
                [
                    ["Trial", "Population", "Women", "Volume per ovary", "Injections", "Follow-up"],
                    ["Aldana 2020", "POSEIDON 3–4", "[[84|n:84]]", "[[4 mL|d:4,mL,ovary]]", "[[1|s:1]]",
                     "[[3|f:3,month]]"],
                    ["Brennan 2021", "DOR", "[[120|n:120]]", "[[2 mL|d:2,mL,ovary]]", "[[2|s:2]]",
                     "[[6|f:6,month]]"],
                    ["Celik 2021", "Poor responders", "[[96|n:96]]", "[[3 mL|d:3,mL,ovary]]", "[[1|s:1]]",
                     "[[3|f:3,month]]"],
                    ["Duarte 2022", "DOR", "[[212|n:212]]", "[[4 mL|d:4,mL,ovary]]", "[[1|s:1]]",
                     "[[12|f:12,month]]"],
                    ["Ekwueme 2022", "POSEIDON 4", "[[60|n:60]]", "[[1 mL|d:1,mL,ovary]]", "[[2|s:2]]",
                     "[[3|f:3,month]]"],
                    ["Five further trials", "Mixed", "[[464|n:464]]", "[[1–4 mL|d:1,mL,ovary,1,4]]", "1–2",
                     "[[1–6|f:1,month]]"],
                ],
                [0.2, 0.18, 0.1, 0.2, 0.14, 0.14],
            ),
            "**Pooled results.** At [[3 months|f:3,month]], PRP [[raised AMH|h:AMH,inc]] (nine studies, mean "
            "difference 0.21 ng/mL, 95% CI 0.10 to 0.32; I² = 61%) and [[the AFC|h:AFC,inc]] (eight studies, 1.1 follicles, "
            "0.5 to 1.7). In DOR, FSH [[fell|h:FSH,dec]] by 2.6 IU/L; in poor responders it "
            "[[did not change|h:FSH,nc]]. By [[6 months|f:6,month]] the AMH gain had shrunk to 0.08 ng/mL. "
            "Women given PRP had one more oocyte retrieved in the next IVF cycle, a median of 7 weeks after the "
            "injection. [[Two|s:2]] injections did no better than [[one|s:1]] (four trials, "
            "[[372 women|n:372]]).",
            "**Certainty.** Trials of fewer than 100 women dominated the evidence, and only three trials were "
            "blinded. We rated the certainty of evidence as low for AMH and very low for live birth.",
        ],
        notes=(
            "Meta-analysis: no arms (studies pooled, PRP vs no injection across studies). No cell type (PRP is "
            "not a cell therapy). Sample: 1,036 women (nine trials), 812 (six cohorts), '1,848 women in all' "
            "(the pooled women), '372 women' of the four trials comparing two injections with one (a pooled "
            "count, as batch 21's 'n = 318'); table 'Women' cells 84/120/96/212/60 and 464 for the five further "
            "trials. Not samples: 3,402 records, 15/nine/six/13/11/four studies, 'at least 20 women', 'from 40 to "
            "212 per study' (bounds of study sizes), 'fewer than 100 women' (bound). Sessions: once (11 "
            "studies), twice (four), table column 1/2, 'Two injections did no better than one' (2 and 1, "
            "general); 'the number of injections' (a variable), 'one cycle apart' (interval), the five-trial "
            "row '1–2' (a range of counts across trials: left unmarked) no. Dose: range 1 to 4 mL per ovary "
            "(low 1) in the text and in the five-trial row (the column head says per ovary), table volumes per "
            "ovary. Route: io (title, eligibility), io+tvus, io+lap; 'into the uterine cavity' is "
            "intrauterine (no id). Follow-up: 'pooled data at 3 months', 'At 6 months' (abstract), 'reported at "
            "1 to 12 months' (range -> low end), 'most often at three months', 'At 3 months', 'By 6 months', "
            "table column 3/6/3/12/3 and the five-trial row '1–6' (range -> 1); 'a median of 7 weeks after the "
            "injection' (time to the IVF cycle) no. Hormones: AMH higher / raised, AFC increased, FSH "
            "decreased / fell (DOR) and no change (poor responders), twice each; 'the AMH difference was no "
            "longer significant', 'had shrunk' (size of a difference) no; 'AMH, the antral follicle count "
            "(AFC) or FSH' (a list of outcomes) no; 'raised AMH (...) and the AFC' gives the AFC its own increase "
            "(coordinated hormones: one fact each, the span the AFC's own words)."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=22,
    ),
    # ------------------------------------------------------------------ 265
    RealText(
        id="en_blind265_review_cells_vesicles_ovary_endometrium_timing",
        lang="en",
        kind="review",
        title=(
            "When to look: timing of outcome assessment in studies of [[mesenchymal stem cells|c:msc]] and "
            "their [[vesicles|c:ev]] for ovarian insufficiency and a thin endometrium — a narrative review"
        ),
        authors="Gwendolyn Achterberg, Rohan Balasubramaniam, Zsófia Kertész-Mwangi",
        journal=_J,
        year=2024,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "Trials of [[mesenchymal stem cells|c:msc]] ([[MSCs|c:msc]]) and of their "
            "[[extracellular vesicles|c:ev]] in premature ovarian insufficiency (POI) and in thin endometrium "
            "or Asherman syndrome report their outcomes at very different times, from a few weeks to several "
            "years after treatment. We review how the time of assessment, the number of administrations and "
            "the dose were chosen in animal and human studies, and argue that hormone changes seen at one or "
            "two months say little about durable ovarian function."
        ),
        body=[
            "**Animal studies.** In rodents the ovary is usually examined "
            "[[two to eight weeks|f:2,week@animal]] after treatment. In mice given cyclophosphamide, [[umbilical cord MSCs|c:uc@mouse]] infused "
            "[[through the tail vein|r:iv@mouse]] [[lowered FSH|h:FSH,dec@mouse]] when the animals were killed "
            "[[2|f:2,week@mouse]] and [[6 weeks|f:6,week@mouse]] after the infusion, but the difference had "
            "faded by [[10 weeks|f:10,week@mouse]] in a later study [12, 13]. In rats, [[exosomes|c:ev@rat]] of "
            "[[bone marrow MSCs|c:bm@rat]], [[100 µg|d:100,ug,-@rat]] per rat given "
            "[[three times|s:3@rat]], one week apart, [[raised AMH|h:AMH,inc@rat]] at "
            "[[day 28|f:28,day@rat]] [15]. These intervals are short: in both species they cover a few "
            "follicle waves at most, and the times counted from the injury (often 7 to 14 days after "
            "chemotherapy) differ between laboratories.",
            "**Clinical studies in POI.** The longest observation we found was a cohort of "
            "[[61 women|n:61]] given [[UC-MSCs|c:uc]] by [[ovarian artery infusion|r:oa]], in whom FSH "
            "[[was still lower|h:FSH,dec]] than at baseline [[3 years|f:3,year]] after treatment [21]. In a "
            "trial of [[menstrual blood stem cells|c:men]] [[given intravenously|r:iv]], "
            "[[AMH improved|h:AMH,inc]] by [[week 8|f:8,week]] but [[fell back|h:AMH,dec]] by "
            "[[week 24|f:24,week]] [23]; that trial enrolled [[48 women|n:48]], of whom 40 were analysed. Most other series report a single time point at "
            "[[three|f:3,month]] or [[six months|f:6,month]], and some only the time until menses returned.",
            "**Thin endometrium and Asherman syndrome.** Here the outcome is endometrial thickness or "
            "pregnancy rather than hormones. [[Umbilical cord MSCs|c:uc]] on collagen scaffolds have been "
            "placed in the uterine cavity after adhesiolysis in [[26 women|n:26]], with thickness measured "
            "[[three months|f:3,month]] later [27]; autologous bone marrow mononuclear cells have been given "
            "into the spiral arteries. [[Two|s:2]] intrauterine infusions a month apart are common, and one "
            "small trial compared them with [[a single|s:1]] infusion.",
            "**Doses.** Intraovarian doses range from [[1 × 10^{6} to 2 × 10^{7}|d:1e6,cells,ovary,1e6,2e7]] "
            "cells per ovary, and intravenous doses are usually "
            "[[1 × 10^{6} cells/kg|d:1e6,cells/kg,-]]; vesicle doses are given as protein, particle number or "
            "cell equivalents, which cannot be compared. We suggest that trials report hormones at a fixed time "
            "after the last administration, at least six and preferably twelve months later, and state how many "
            "administrations each woman received.",
        ],
        notes=(
            "Narrative review: facts of cited studies are facts of the document; no arms. Cell types: MSCs "
            "(msc), vesicles / extracellular vesicles / exosomes (ev), UC-MSCs, BMSCs, menstrual blood stem "
            "cells; 'bone marrow mononuclear cells' (unfractionated: no id) no. Species: 'In rodents ... two to "
            "eight weeks after treatment' (a range of assessment times in rodent studies: low end, species "
            "animal, as 'rodents' names no mouse or rat); [12, 13] mice (uc, iv, FSH dec, killed 2 and 6 weeks "
            "-> two facts, 'faded by 10 weeks' in the later mouse study: a time at which the outcome was "
            "reported, no hormone fact since 'the difference had faded' gives no direction); [15] rats (ev, bm, "
            "100 µg per rat: per null, 'three times, one week apart': the total is stated, 3 (not 'three times a week'); AMH inc at day 28). "
            "Clinical: [21] 61 women, oa, FSH still lower 3 years after treatment; [23] iv, AMH improved (inc) "
            "by week 8 and fell back (dec) by week 24 (two follow-up facts), 48 enrolled (sample), 40 analysed "
            "(subset) no; 'at three or six months' of most series (two times, general: two facts, as the "
            "guide's times joined by 'or'); [27] 26 women, uc, thickness 'three months later' (follow-up; no "
            "hormone; intrauterine route no id). Sessions: 'Two intrauterine infusions' (2) and 'a single "
            "infusion' (1), general; 'a month apart' interval; 'how many administrations' no value. Doses: range "
            "1 × 10^6 to 2 × 10^7 per ovary (low), 1 × 10^6 cells/kg. Traps: abstract 'at one or two months' "
            "(an argument about timing, not a reported assessment: unmarked, doubtful), 'from a few weeks to "
            "several years' (no value), '7 to 14 days after chemotherapy' (model times), 'at least six and "
            "preferably twelve months later' (a recommendation), 'time until menses returned'."
        ),
        layout={"columns": 2, "font": "serif"},
        batch=22,
    ),
    # ------------------------------------------------------------------ 266
    RealText(
        id="zh_blind266_rct_hucmsc_transvaginal_intraovarian_dor_ivf",
        lang="zh",
        kind="clinical",
        title="[[经阴道超声引导卵巢内注射|r:io,tvus]][[人脐带间充质干细胞|c:uc]]改善卵巢储备功能减退患者卵巢储备的随机对照研究",
        authors="闻人清扬，东方慕雪，热依拉·艾尔肯",
        journal=_J,
        year=2024,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "**摘要：目的** 观察[[卵巢内注射|r:io]][[人脐带间充质干细胞|c:uc]]（[[hUC-MSCs|c:uc]]）对卵巢储备功能"
            "减退（DOR）患者卵巢储备指标及体外受精（IVF）结局的影响。**方法** 2021年1月至2023年6月于我院生殖中心"
            "筛查DOR患者132例，其中[[98例|n:98]]符合条件并签署知情同意书，按随机数字表法分为观察组（[[49例|n:49#观察组]]）"
            "和对照组（[[49例|n:49#对照组]]）。观察组[[经阴道超声引导下行双侧卵巢内注射|r:io,tvus#观察组]]"
            "[[hUC-MSCs|c:uc#观察组]]，每侧卵巢[[1×10^{7}个|d:1e7,cells,ovary#观察组]]，[[单次|s:1#观察组]]注射；"
            "对照组不予注射。两组均于治疗后3个月内进入拮抗剂方案IVF周期。移植后第[[3个月|f:3,month]]复查抗苗勒管"
            "激素（AMH）、卵泡刺激素（FSH）及窦卵泡计数（AFC），治疗满[[半年|f:0.5,year]]时再次复查。**结果** 观察组"
            "治疗后[[AMH升高|h:AMH,inc#观察组]]、[[AFC增加|h:AFC,inc#观察组]]、[[FSH降低|h:FSH,dec#观察组]]"
            "（P<0.05）；对照组[[AMH|h:AMH,nc#对照组]]、[[AFC|h:AFC,nc#对照组]]及[[FSH|h:FSH,nc#对照组]]"
            "与治疗前比较差异均无统计学意义。观察组获卵数多于对照组（P<0.05），临床妊娠率差异无统计学意义。"
            "**结论** [[hUC-MSCs|c:uc]][[卵巢内注射|r:io]]可[[提高DOR患者AMH水平|h:AMH,inc]]，增加获卵数。"
        ),
        body=[
            ("heading", "1 资料与方法"),
            "**1.1 研究对象** 纳入标准：①年龄25~40岁；②间隔4周以上2次检测AMH<1.1 ng/mL或AFC<7个；③月经周期"
            "规律；④有生育要求。排除卵巢手术史、子宫内膜异位症Ⅲ~Ⅳ期及染色体异常者。筛查的132例中，34例不符合"
            "纳入标准或拒绝参加，最终[[98例|n:98]]入组。观察组年龄（36.4±2.9）岁，对照组（36.1±3.2）岁，差异无"
            "统计学意义（P>0.05）。",
            "**1.2 治疗方法** [[hUC-MSCs|c:uc]]由细胞制备中心提供，第5代，活率>90%。观察组于月经干净后3~7 d，"
            "静脉麻醉下以17G取卵针[[经阴道超声引导穿刺双侧卵巢，每侧卵巢皮质内多点注射|r:io,tvus#观察组]]细胞"
            "悬液[[1 mL|d:1,mL,ovary#观察组]]（含[[hUC-MSCs|c:uc#观察组]] [[1×10^{7}个|d:1e7,cells,ovary#观察组]]），"
            "该组患者均仅注射[[1次|s:1#观察组]]。对照组同期观察，不予注射。两组均于治疗后3个月内采用拮抗剂方案促排卵，"
            "Gn起始剂量根据年龄及AFC确定。",
            "**1.3 观察指标** 于治疗前、移植后第[[3个月|f:3,month]]及治疗满[[半年|f:0.5,year]]时检测血清AMH、"
            "FSH，经阴道超声计数AFC；记录获卵数、可移植胚胎数及临床妊娠情况，随访至治疗后[[12个月|f:12,month]]。",
            ("heading", "2 结果"),
            "**2.1 卵巢储备指标** 观察组脱落3例、对照组脱落4例，最终观察组46例、对照组45例纳入分析。移植后第"
            "[[3个月|f:3,month#观察组]]，观察组AMH由（0.62±0.21）ng/mL[[升至|h:AMH,inc#观察组]]（0.85±0.27）ng/mL，"
            "AFC由（4.3±1.2）个[[增至|h:AFC,inc#观察组]]（5.9±1.6）个，FSH[[下降|h:FSH,dec#观察组]]（P<0.05）；"
            "治疗满[[半年|f:0.5,year#观察组]]时AMH[[仍高于治疗前|h:AMH,inc#观察组]]，但较第3个月有所回落。对照组"
            "各指标治疗前后差异无统计学意义。见表1。",
            (
                "table",
                "表1 两组治疗前后卵巢储备指标比较（x̄±s）",
                [
                    ["组别", "时间", "AMH（ng/mL）", "FSH（IU/L）", "AFC（个）"],
                    ["观察组（n=46）", "治疗前", "0.62±0.21", "11.8±2.6", "4.3±1.2"],
                    ["观察组（n=46）", "治疗后[[3个月|f:3,month#观察组]]", "0.85±0.27", "9.6±2.3", "5.9±1.6"],
                    ["对照组（n=45）", "治疗前", "0.60±0.23", "11.5±2.9", "4.4±1.3"],
                    ["对照组（n=45）", "治疗后[[3个月|f:3,month#对照组]]", "0.57±0.22", "11.9±3.0", "4.2±1.4"],
                ],
                [0.2, 0.2, 0.2, 0.2, 0.2],
            ),
            "**2.2 IVF结局** 观察组获卵数（5.2±2.1）个，多于对照组（3.9±1.8）个（P<0.05）；随访至治疗后"
            "[[12个月|f:12,month]]，观察组临床妊娠15例，对照组10例。观察组1例注射后盆腔疼痛持续2 d，未发生感染及"
            "卵巢出血。",
        ],
        notes=(
            "Two-arm RCT, arms 观察组 / 对照组 (Chinese) and 'observation group' / 'control group' (English "
            "abstract). Sample: 98例 randomised (abstract, 1.1), 观察组（49例）/对照组（49例） with arms; 132例 "
            "screened, 34例 excluded, 脱落3/4例, completers 46/45 (subsets; the table rows '观察组（n=46）' "
            "restate completers: no fact), 妊娠15/10例 no. Sessions: 单次注射 and '该组患者均仅注射1次' (观察组), English 'once' "
            "(observation group). Dose: 每侧卵巢1×10^7个 and 1 mL suspension per ovary (观察组); Gn dose (no "
            "value, stimulation drug) no. Route: title io+tvus, abstract aim and conclusion io, English conclusion 'Intraovarian', abstract and 1.2 io+tvus "
            "with arm (1.2: the puncture and the cortical injection one stretch, one fact); 静脉麻醉 no. Follow-up: 移植后第3个月 (abstract: both groups, no arm; 1.3; 2.1 in the "
            "观察组 clause; table rows with arm), 治疗满半年 -> 0.5 year (abstract, 1.3, 2.1 with arm), 随访至治疗后"
            "12个月 (twice); '治疗后3个月内进入…IVF周期' (a window) twice, '月经干净后3~7 d' (timing of the "
            "injection), '较第3个月有所回落' (a reference to the month-3 value) no. Hormones: 观察组 AMH inc, AFC "
            "inc, FSH dec (abstract and 2.1), 'AMH仍高于治疗前' at half a year (inc); '有所回落' (a fall from the "
            "month-3 peak, not from baseline: left unmarked, doubtful); 对照组 AMH/AFC/FSH nc (abstract); "
            "'对照组各指标' unnamed; conclusion AMH inc. Traps: AMH<1.1, AFC<7 (thresholds), 2次检测, 年龄, "
            "17G, 2 d pain, 获卵数."
        ),
        layout={
            "columns": 1,
            "font": "serif",
            "en_title": (
                "[[Transvaginal ultrasound-guided intraovarian injection|r:io,tvus]] of "
                "[[human umbilical cord mesenchymal stem cells|c:uc]] for women with diminished ovarian reserve: "
                "a randomised controlled study"
            ),
            "en_abstract": (
                "**Abstract: Objective** To observe the effect of [[intraovarian injection|r:io]] of "
                "[[hUC-MSCs|c:uc]] on ovarian reserve and IVF outcomes in women with diminished ovarian reserve "
                "(DOR). **Methods** Of 132 women screened, [[98|n:98]] were randomised to an observation group "
                "([[n = 49|n:49#observation group]]) or a control group ([[n = 49|n:49#control group]]). The "
                "observation group received [[1×10^{7}|d:1e7,cells,ovary#observation group]] "
                "[[hUC-MSCs|c:uc#observation group]] per ovary, [[once|s:1#observation group]], by "
                "[[transvaginal ultrasound-guided intraovarian injection|r:io,tvus#observation group]]; the "
                "control group received no injection. AMH, FSH and AFC were measured at "
                "[[3 months|f:3,month]] and [[6 months|f:6,month]] after treatment. **Results** In the observation "
                "group, [[AMH|h:AMH,inc#observation group]] and [[AFC increased|h:AFC,inc#observation group]] "
                "and [[FSH decreased|h:FSH,dec#observation group]]; in the control group none of them changed "
                "significantly. **Conclusion** [[Intraovarian|r:io]] [[hUC-MSCs|c:uc]] may [[raise AMH|h:AMH,inc]] in "
                "women with DOR."
            ),
        },
        batch=22,
    ),
    # ------------------------------------------------------------------ 267
    RealText(
        id="zh_blind267_singlearm_hamsc_ovarian_artery_three_transplants_pof",
        lang="zh",
        kind="clinical",
        title="[[经卵巢动脉|r:oa]]介入移植人[[羊膜间充质干细胞|c:am]]治疗卵巢早衰[[32例|n:32]]临床观察",
        authors="尉迟若兰，公冶长青，卓玛次仁",
        journal=_J,
        year=2023,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "**摘要：目的** 观察[[经卵巢动脉介入|r:oa,ir]]移植人[[羊膜间充质干细胞|c:am]]（[[hAMSCs|c:am]]）治疗"
            "卵巢早衰（POF）的疗效与安全性。**方法** 前瞻性纳入2020年5月至2022年4月我院POF患者"
            "[[32例|n:32]]，在数字减影血管造影（DSA）下[[将微导管超选择插入双侧卵巢动脉|r:oa,ir]]，每侧缓慢注入"
            "[[hAMSCs|c:am]] [[500万个|d:5e6,cells,ovary]]，每4周移植1次。[[3次|s:3]]移植全部完成者28例，2例因个人原因"
            "未完成第3次移植，2例失访。**结果** 末次移植后第[[6个月|f:6,month]]，患者血清[[FSH|h:FSH,dec]]、"
            "[[LH较治疗前下降|h:LH,dec]]，[[E2升高|h:E2,inc]]（P<0.05），[[AMH无明显变化|h:AMH,nc]]；随访满"
            "[[1年|f:1,year]]时，9例恢复自发月经，1例自然妊娠。全部移植过程中未发生血管损伤及过敏反应。"
            "**结论** [[经卵巢动脉|r:oa]]移植[[hAMSCs|c:am]]安全，可[[降低POF患者FSH|h:FSH,dec]]，部分患者恢复"
            "月经。"
        ),
        body=[
            ("heading", "1 资料与方法"),
            "**1.1 一般资料** 纳入标准：①年龄20~39岁；②停经≥6个月；③间隔1个月以上2次FSH>40 IU/L；④染色体核型"
            "46,XX。排除标准：卵巢切除史、放化疗史、凝血功能障碍及碘造影剂过敏。共入组[[32例|n:32]]，年龄"
            "（31.6±4.7）岁，停经时间（2.3±1.5）年。",
            "**1.2 细胞制备** [[hAMSCs|c:am]]取自健康剖宫产产妇胎盘羊膜，经胶原酶消化后贴壁培养至第3代，"
            "CD73、CD90、CD105阳性率>95%，以生理盐水重悬至1×10^{6}个/mL。",
            "**1.3 移植方法** 局部麻醉下经右股动脉穿刺，DSA引导下将4F导管置于髂内动脉前干，再以"
            "[[微导管超选择进入卵巢动脉|r:oa,ir]]，每侧卵巢缓慢推注细胞悬液[[5 mL|d:5,mL,ovary]]"
            "（含[[hAMSCs|c:am]] [[5×10^{6}个|d:5e6,cells,ovary]]），推注时间约15 min。每4周重复1次，3次移植"
            "历时约2个月，每例患者计划接受[[3次|s:3]]移植。",
            "**1.4 观察指标** 于首次移植前及末次移植后第[[1、3、6个月|f:6,month]]检测血清FSH、LH、E2及AMH，"
            "此后每3个月电话随访，随访满[[1年|f:1,year]]时复诊。",
            ("heading", "2 结果"),
            "**2.1 完成情况** [[32例|n:32]]患者中，28例完成全部[[3次|s:3]]移植；2例分别于第1次、第2次移植后"
            "退出，2例失访。以下分析基于完成[[3次|s:3]]移植的28例。",
            "**2.2 激素变化** 末次移植后第[[3个月|f:3,month]]，FSH由（86.3±18.2）IU/L[[降至|h:FSH,dec]]"
            "（62.7±20.4）IU/L；第[[6个月|f:6,month]]时[[进一步降至|h:FSH,dec]]（55.1±19.6）IU/L，"
            "[[LH亦下降|h:LH,dec]]，E2由（16.8±7.5）pg/mL[[升至|h:E2,inc]]（41.2±18.9）pg/mL（均P<0.05）；AMH"
            "[[治疗前后差异无统计学意义|h:AMH,nc]]。随访满[[1年|f:1,year]]时，9例恢复自发月经，恢复时间为"
            "第2次移植后5周至末次移植后7个月不等；1例于末次移植后10个月自然妊娠。",
            "**2.3 不良反应** 3例穿刺点血肿，2例移植后下腹隐痛，均于48 h内缓解；未见卵巢动脉痉挛或栓塞。",
        ],
        notes=(
            "Single-arm study: no arms. Sample: 32例 (title, abstract, 1.1, 2.1); 28例 completers (subset of "
            "32), 2例/2例 withdrawn/lost, 9例/1例 outcomes no. Sessions: '3次移植全部完成者' (abstract), "
            "'计划接受3次移植', '完成全部3次移植', '完成3次移植的28例' (3: the count of sessions named, even "
            "where it qualifies a subset of women); '每4周移植1次' / '每4周重复1次' (frequencies), '第3次移植', "
            "'第1次、第2次移植后', '末次移植', '首次移植' (ordinals of counted sessions) no. Dose: 500万个 = "
            "5×10^6 per side (每侧) and 5×10^6个 per ovary in 1.3, 5 mL suspension per ovary; 1×10^6个/mL "
            "concentration no. Route: abstract '将微导管超选择插入双侧卵巢动脉' under DSA (oa+ir), 1.3 '微导管"
            "超选择进入卵巢动脉' (DSA in the same sentence: oa+ir), abstract aim '经卵巢动脉介入' (oa+ir), "
            "title/conclusion oa; '将4F导管置于髂内动脉前干' (not the target vessel), 经右股动脉穿刺 (access) "
            "and 局部麻醉 no. Follow-up: 末次移植后第6个月 (abstract), visits 末次移植后第1、3、6个月 (list -> 6), "
            "随访满1年时 (three times), 末次移植后第3个月, 第6个月时; traps: '3次移植历时约2个月' (the span of "
            "the course), '每3个月电话随访' (a frequency of contact), '第2次移植后5周至末次移植后7个月' (times to "
            "menses), '末次移植后10个月自然妊娠' (time to conception), 48 h, 15 min, 停经≥6个月, 2.3年. "
            "Hormones: FSH dec (abstract; 2.2 '降至' at month 3 and '进一步降至' at month 6, two mentions; "
            "conclusion), LH dec (abstract, 2.2), E2 inc (abstract, 2.2), AMH nc (abstract, 2.2)."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=22,
    ),
    # ------------------------------------------------------------------ 268
    RealText(
        id="zh_blind268_retro_prp_vs_ucmsc_intraovarian_poor_responders",
        lang="zh",
        kind="clinical",
        title="[[卵巢内注射|r:io]]富血小板血浆与[[脐带间充质干细胞|c:uc]]治疗卵巢低反应患者的回顾性队列研究",
        authors="慕容晓岚，皇甫一鸣，巴桑卓嘎",
        journal=_J,
        year=2024,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "**摘要：目的** 比较[[卵巢内注射|r:io]]富血小板血浆（PRP）与[[脐带间充质干细胞|c:uc]]（[[UC-MSC|c:uc]]）对"
            "卵巢低反应（POR）患者卵巢储备及IVF结局的影响。**方法** 回顾性分析2020年1月至2023年3月我院接受"
            "[[卵巢内注射|r:io]]治疗的POR患者[[104例|n:104]]，按治疗方式分为PRP组（[[n=63|n:63#PRP组]]）和"
            "[[UC-MSC|c:uc#UC-MSC组]]组（[[n=41|n:41#UC-MSC组]]）。PRP组自体PRP每侧卵巢"
            "[[2~4 mL|d:2,mL,ovary,2,4#PRP组]]，间隔1个月[[分2次|s:2#PRP组]]注射；[[UC-MSC|c:uc#UC-MSC组]]组"
            "每侧卵巢[[5×10^{6}个|d:5e6,cells,ovary#UC-MSC组]]细胞，[[单次|s:1#UC-MSC组]]注射。两组均在"
            "[[经阴道超声引导下进行卵巢内注射|r:io,tvus]]。**结果** 末次注射后第[[2个月|f:2,month]]，"
            "[[UC-MSC|c:uc#UC-MSC组]]组[[AMH升高|h:AMH,inc#UC-MSC组]]、[[AFC增加|h:AFC,inc#UC-MSC组]]"
            "（P<0.05）；PRP组[[AMH亦升高|h:AMH,inc#PRP组]]，但[[FSH无明显变化|h:FSH,nc#PRP组]]。"
            "[[UC-MSC|c:uc#UC-MSC组]]组[[AMH升高|h:AMH,inc]]幅度大于PRP组（P=0.03）。两组获卵数、优质胚胎数"
            "差异无统计学意义。**结论** 两种[[卵巢内注射|r:io]]方法均可[[提高POR患者AMH|h:AMH,inc]]，"
            "[[UC-MSC|c:uc]]作用略强，但未转化为IVF结局的改善。"
        ),
        body=[
            ("heading", "1 资料与方法"),
            "**1.1 研究对象** 检索电子病历系统，符合博洛尼亚标准的POR患者117例，排除13例资料不全者，最终纳入"
            "[[104例|n:104]]。其中PRP组[[63例|n:63#PRP组]]，[[UC-MSC|c:uc#UC-MSC组]]组[[41例|n:41#UC-MSC组]]。选择何种治疗由患者知情后自行"
            "决定。两组基线资料见表1。",
            (
                "table",
                "表1 两组基线资料比较（x̄±s）",
                [
                    ["项目", "PRP组（[[n=63|n:63]]）", "[[UC-MSC|c:uc#UC-MSC组]]组（[[n=41|n:41]]）", "P值"],
                    ["年龄（岁）", "38.2±3.1", "37.6±3.4", "0.35"],
                    ["既往IVF周期数", "2.1±0.9", "2.3±1.0", "0.29"],
                    ["AMH（ng/mL）", "0.58±0.24", "0.55±0.22", "0.52"],
                    ["AFC（个）", "4.1±1.3", "3.9±1.5", "0.47"],
                ],
                [0.28, 0.24, 0.3, 0.18],
            ),
            "**1.2 治疗方法** PRP组：抽取肘静脉血36 mL，二次离心法制备PRP，血小板浓度约为外周血的4~5倍；于月经"
            "第8~10天[[经阴道超声引导下向双侧卵巢内注射|r:io,tvus#PRP组]]，每侧[[2~4 mL|d:2,mL,ovary,2,4#PRP组]]，"
            "1个月后重复1次，共[[2次|s:2#PRP组]]。[[UC-MSC|c:uc#UC-MSC组]]组：细胞购自具备资质的细胞库，第4代，"
            "细胞悬液每侧卵巢[[1 mL|d:1,mL,ovary#UC-MSC组]]（含[[5×10^{6}个|d:5e6,cells,ovary#UC-MSC组]]），"
            "[[经阴道超声引导穿刺卵巢注入|r:io,tvus#UC-MSC组]]，仅注射[[1次|s:1#UC-MSC组]]。两组均于末次注射后3个月内"
            "进入IVF周期。",
            "**1.3 随访** 末次注射后第[[2个月|f:2,month]]复查AMH、FSH及AFC，随访至末次注射后[[12个月|f:12,month]]，"
            "记录获卵数及妊娠结局。",
            ("heading", "2 结果"),
            (
                "table",
                "表2 两组治疗前后AMH比较（ng/mL，x̄±s）",
                [
                    ["组别", "治疗前", "治疗后1个月", "[[治疗后3个月|f:3,month]]"],
                    ["PRP组", "0.58±0.24", "0.71±0.29", "0.66±0.27"],
                    ["[[UC-MSC|c:uc#UC-MSC组]]组", "0.55±0.22", "0.69±0.31", "0.81±0.33"],
                ],
                [0.28, 0.24, 0.24, 0.24],
            ),
            "[[UC-MSC|c:uc#UC-MSC组]]组治疗后[[3个月|f:3,month#UC-MSC组]]AMH较治疗前[[升高|h:AMH,inc#UC-MSC组]]，"
            "AFC由（3.9±1.5）个[[增至|h:AFC,inc#UC-MSC组]]（5.0±1.7）个。PRP组AMH于治疗后[[1个月|f:1,month#PRP组]]"
            "[[升高|h:AMH,inc#PRP组]]，至[[3个月|f:3,month#PRP组]]时有所回落，FSH[[无明显变化|h:FSH,nc#PRP组]]。随访期内PRP组临床妊娠"
            "11例（17.5%），[[UC-MSC|c:uc#UC-MSC组]]组9例（22.0%），差异无统计学意义。",
        ],
        notes=(
            "Retrospective cohort of two therapies: arms 'PRP组' and 'UC-MSC组' (the latter's name holds the "
            "cell type: a uc mark with its arm wherever the group is named, also in table heads and rows). PRP "
            "is no cell type. Sample: 104例 (abstract, 1.1), PRP组（n=63）/UC-MSC组（n=41） (abstract) and "
            "'PRP组63例，UC-MSC组41例' (1.1) with arms; table 1 column heads 'n=63' / 'n=41' (column heads: no "
            "arm); 117 records and 13 excluded, pregnancies 11/9 no. Sessions: PRP组 分2次 / 共2次 ('1个月后重复1"
            "次' and '间隔1个月' no); UC-MSC组 单次 / 仅注射1次. Dose: PRP 2~4 mL per ovary (range, low 2, PRP组, "
            "twice); UC-MSC 5×10^6个 per ovary (twice) and 1 mL per ovary; 36 mL of venous blood (harvest), "
            "4~5倍 (concentration ratio) no. Route: title, aim, methods and conclusion 卵巢内注射 (io, no arm), "
            "abstract '两组均在经阴道超声引导下进行卵巢内注射' (both groups: io+tvus, no arm), 1.2 io+tvus per "
            "group with arm; 'PRP组自体PRP每侧卵巢2~4 mL' names no delivery. Follow-up: 末次注射后第2个月 "
            "(abstract, its own clause before the groups: no arm; 1.3), 随访至末次注射后12个月, table heads 治疗前 "
            "| 治疗后1个月 | 治疗后3个月 (the last time head), 'UC-MSC组治疗后3个月' and the PRP组 times "
            "'治疗后1个月' / '至3个月时' (arms); '3个月内进入IVF周期' (window), 月经第8~10天 no. Hormones: UC-MSC组 "
            "AMH inc, AFC inc (abstract, results); PRP组 AMH inc (abstract, results), FSH nc (twice); "
            "'UC-MSC组AMH升高幅度大于PRP组' (size comparison: fact, no arm); conclusion AMH inc (both methods, no "
            "arm); '有所回落' (a fall from the 1-month peak, not from baseline: left unmarked). Traps: 博洛尼亚"
            "标准, ages, IVF cycles, P values, 第4代."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=22,
    ),
    # ------------------------------------------------------------------ 269
    RealText(
        id="zh_blind269_mouse_cisplatin_adsc_vs_adsc_exosomes_intraovarian",
        lang="zh",
        kind="animal",
        title="人[[脂肪间充质干细胞|c:ad]]及其[[外泌体|c:ev]][[卵巢原位注射|r:io]]对顺铂致早发性卵巢功能不全小鼠的作用",
        authors="钟离思远，宇文若冰，帕提古丽·阿不都",
        journal=_J,
        year=2024,
        doi="",
        url="",
        licence=_LIC,
        species="mouse",
        abstract=(
            "**摘要：目的** 比较人[[脂肪间充质干细胞|c:ad]]（[[ADSCs|c:ad]]）与其[[外泌体|c:ev]]（[[ADSC-Exos|c:ev]]）"
            "[[卵巢原位注射|r:io]]对顺铂致早发性卵巢功能不全（POI）小鼠卵巢功能的影响。**方法** 雌性ICR小鼠"
            "[[腹腔注射|r:ip]]顺铂[[2 mg/kg|d:2,mg/kg,-]]，每日1次，连续7 d建立POI模型。造模后第10天将模型小鼠随机"
            "分为模型组、[[ADSCs|c:ad#ADSCs组]]组和[[外泌体|c:ev#外泌体组]]组，另设正常组。"
            "[[ADSCs|c:ad#ADSCs组]]组[[每侧卵巢注射|r:io#ADSCs组]][[1×10^{5}个|d:1e5,cells,ovary#ADSCs组]]细胞，"
            "[[单次|s:1#ADSCs组]]给药；[[外泌体|c:ev#外泌体组]]组[[每侧卵巢注射|r:io#外泌体组]]"
            "[[10 μg|d:10,ug,ovary#外泌体组]]，隔日1次，共[[3次|s:3#外泌体组]]。于末次注射后第"
            "[[7、14、28天|f:28,day]]各处死部分小鼠。**结果** 末次注射后第[[28天|f:28,day]]，两治疗组"
            "[[AMH均升高|h:AMH,inc]]、[[FSH均降低|h:FSH,dec]]（与模型组比较，P<0.05）；"
            "[[外泌体|c:ev#外泌体组]]组[[E2亦升高|h:E2,inc#外泌体组]]，而[[ADSCs|c:ad#ADSCs组]]组"
            "[[E2无明显变化|h:E2,nc#ADSCs组]]。**结论** [[ADSC-Exos|c:ev]]与[[ADSCs|c:ad]]均可改善顺铂致POI小鼠的"
            "卵巢储备。"
        ),
        body=[
            ("heading", "1 材料与方法"),
            "**1.1 动物与分组** SPF级雌性ICR小鼠96只，6~8周龄，体重22~26 g。随机取24只作为正常组，其余72只"
            "[[腹腔注射|r:ip]]顺铂[[2 mg/kg|d:2,mg/kg,-]]，每日1次，连续7 d；正常组注射等体积生理盐水。造模后第"
            "8~10天连续阴道涂片，动情周期紊乱者判定为造模成功，随机分为模型组、[[ADSCs|c:ad#ADSCs组]]组和"
            "[[外泌体|c:ev#外泌体组]]组，每组24只。",
            "**1.2 [[ADSCs|c:ad]]及[[外泌体|c:ev]]制备** [[ADSCs|c:ad]]取自3例腹部吸脂术供者的脂肪组织，"
            "培养至第3~5代。收集无血清培养上清，超速离心法提取[[外泌体|c:ev]]，透射电镜下呈杯状，粒径60~150 nm，"
            "表达CD9、CD63、TSG101，BCA法测定蛋白浓度。",
            "**1.3 干预方法** 异氟烷麻醉后经背部切口暴露双侧卵巢，以微量注射器"
            "[[向卵巢实质内注射|r:io]]。[[ADSCs|c:ad#ADSCs组]]组每侧注射[[1×10^{5}个|d:1e5,cells,ovary#ADSCs组]]"
            "[[ADSCs|c:ad#ADSCs组]]，仅[[1次|s:1#ADSCs组]]；[[外泌体|c:ev#外泌体组]]组每侧注射"
            "[[外泌体|c:ev#外泌体组]] [[10 μg|d:10,ug,ovary#外泌体组]]，隔日注射1次，[[3次|s:3#外泌体组]]注射分别于造模后第10、12、"
            "14天完成；模型组注射等体积PBS。",
            "**1.4 取材与检测** 于末次注射后第[[7、14、28天|f:28,day]]每组各处死8只小鼠，眼球取血，ELISA法检测"
            "血清FSH、E2及AMH，取卵巢行HE染色及卵泡计数。",
            ("heading", "2 结果"),
            "**2.1 血清激素** 模型组FSH高于正常组，AMH、E2低于正常组（P<0.05）。末次注射后第"
            "[[7天|f:7,day]]，各治疗组与模型组差异无统计学意义；第[[14天|f:14,day#外泌体组]]时"
            "[[外泌体|c:ev#外泌体组]]组[[AMH已高于模型组|h:AMH,inc#外泌体组]]；第[[28天|f:28,day]]时，两治疗组"
            "[[FSH均低于模型组|h:FSH,dec]]、[[AMH均高于模型组|h:AMH,inc]]，[[外泌体|c:ev#外泌体组]]组"
            "[[E2升高|h:E2,inc#外泌体组]]，[[ADSCs|c:ad#ADSCs组]]组[[E2与模型组相近|h:E2,nc#ADSCs组]]。见表1。",
            (
                "table",
                "表1 末次注射后第[[28天|f:28,day]]各组小鼠血清激素水平（x̄±s，n=8）",
                [
                    ["组别", "FSH（mIU/mL）", "E2（pg/mL）", "AMH（ng/mL）"],
                    ["正常组", "5.1±1.0", "40.6±6.3", "6.2±0.9"],
                    ["模型组", "13.4±2.5", "18.8±4.6", "2.3±0.6"],
                    ["[[ADSCs|c:ad#ADSCs组]]组", "9.7±1.9", "21.5±5.0", "3.9±0.7"],
                    ["[[外泌体|c:ev#外泌体组]]组", "8.8±1.7", "29.4±5.5", "4.4±0.8"],
                ],
                [0.28, 0.24, 0.24, 0.24],
            ),
            "**2.2 动情周期** 末次注射后，[[外泌体|c:ev#外泌体组]]组8只小鼠中6只于（11±3）d内恢复规律动情周期，"
            "[[ADSCs|c:ad#ADSCs组]]组为4只。",
        ],
        notes=(
            "Mouse study (species mouse by default). Arms ADSCs组 and 外泌体组 (the cell type in each name: a mark "
            "with its arm wherever named, also table rows); 正常组 and 模型组 have no facts (PBS and saline: no "
            "values). Model: cisplatin 2 mg/kg ip 每日1次，连续7 d (daily dosing: no sessions), all model mice "
            "(no arm). ADSCs组: 1×10^5个 per ovary (每侧), 单次 / 仅1次. 外泌体组: 10 μg per ovary, '隔日1次，共3次' "
            "(3), and in 1.3 '3次注射分别于造模后第10、12、14天完成' (the count restated: 3, the group "
            "of the sentence); '隔日注射1次' alone is a frequency and the days a schedule. Route: io (title, aim, 1.3 '向卵巢实质内"
            "注射' for both groups: no arm; abstract '每侧卵巢注射' of each group, with its arm; 1.3 '每侧注射' names no ovary: no mark), ip for the model. Follow-up: killed 末次注射后第7、14、28天 (a list of "
            "three: one fact, 28 days; abstract and 1.4, '每组': no arm), abstract and 2.1 第28天 (two treated "
            "groups: no arm), 2.1 第7天 (every group: no arm), 第14天时 with 外泌体组 (the group named in its clause), "
            "caption 第28天; traps: '造模后第10天', '造模后第8~10天', '造模后第10、12、14天' (times from the model), "
            "'（11±3）d内恢复' (time to cycles). Hormones: both treated groups AMH inc, FSH dec (abstract, 2.1; "
            "'两治疗组': no arm); 外泌体组 E2 inc (twice), AMH inc at day 14; ADSCs组 E2 nc (twice); model vs "
            "normal (validation) no. Sample: mice only (96/24/72/8), 3 donors, no samples. Traps: 60~150 nm, "
            "22~26 g, 6~8周龄, 第3~5代."
        ),
        layout={"columns": 1, "font": "sans"},
        batch=22,
    ),
    # ------------------------------------------------------------------ 270
    RealText(
        id="zh_blind270_rat_ctx_bmsc_three_doses_tail_vein_twice",
        lang="zh",
        kind="animal",
        title="不同剂量[[骨髓间充质干细胞|c:bm]][[尾静脉移植|r:iv]]对环磷酰胺致卵巢早衰大鼠卵巢功能的影响",
        authors="澹台静姝，万俟博文，阿孜古丽·吾斯曼",
        journal=_J,
        year=2023,
        doi="",
        url="",
        licence=_LIC,
        species="rat",
        abstract=(
            "**摘要：目的** 探讨不同剂量[[骨髓间充质干细胞|c:bm]]（[[BMSCs|c:bm]]）对环磷酰胺（CTX）致卵巢早衰"
            "（POF）大鼠的治疗作用及量效关系。**方法** 雌性SD大鼠首日[[腹腔注射|r:ip]]CTX "
            "[[50 mg/kg|d:50,mg/kg,-]]，此后每日[[8 mg/kg|d:8,mg/kg,-]]，连续14 d建立POF模型。造模成功后分为模型组、"
            "低剂量组、中剂量组和高剂量组，后三组分别[[经尾静脉|r:iv]]注射[[BMSCs|c:bm]] "
            "[[5×10^{5}|d:5e5,cells,-#低剂量组]]、[[1×10^{6}|d:1e6,cells,-#中剂量组]]、"
            "[[2×10^{6}个|d:2e6,cells,-#高剂量组]]，共注射[[2次|s:2]]。末次注射后[[2周|f:2,week]]和"
            "[[4周|f:4,week]]分批处死大鼠。**结果** 末次注射后[[4周|f:4,week]]，高剂量组血清"
            "[[FSH降低|h:FSH,dec#高剂量组]]，[[AMH|h:AMH,inc#高剂量组]]、[[E2升高|h:E2,inc#高剂量组]]；中剂量组"
            "[[AMH升高|h:AMH,inc#中剂量组]]；低剂量组[[FSH|h:FSH,nc#低剂量组]]、[[AMH与模型组比较差异无统计学意义|h:AMH,nc#低剂量组]]。"
            "**结论** [[尾静脉|r:iv]]移植[[BMSCs|c:bm]]改善POF大鼠卵巢功能的作用随剂量增加而增强。"
        ),
        body=[
            ("heading", "1 材料与方法"),
            "**1.1 动物与造模** SPF级雌性SD大鼠60只，8周龄，体重200~230 g。随机取12只为正常组，其余48只首日"
            "[[腹腔注射|r:ip]]CTX [[50 mg/kg|d:50,mg/kg,-]]，第2~15天每日腹腔注射[[8 mg/kg|d:8,mg/kg,-]]。"
            "造模后连续10 d观察动情周期，周期紊乱者入选，随机分为模型组、低剂量组、中剂量组和高剂量组，每组12只。",
            "**1.2 [[BMSCs|c:bm]]制备与移植** 取4周龄SD大鼠股骨和胫骨骨髓，全骨髓贴壁法培养[[BMSCs|c:bm]]，取第3代细胞，"
            "流式细胞术鉴定CD29、CD90阳性，CD34、CD45阴性。低剂量组、中剂量组和高剂量组分别"
            "[[经尾静脉缓慢注射|r:iv]][[BMSCs|c:bm]] [[5×10^{5}|d:5e5,cells,-#低剂量组]]、"
            "[[1×10^{6}|d:1e6,cells,-#中剂量组]]、[[2×10^{6}个|d:2e6,cells,-#高剂量组]]（均悬浮于"
            "[[0.5 mL|d:0.5,mL,-]] PBS），模型组注射等体积PBS。造模结束后第1天和第8天各注射1次，"
            "即每只大鼠共接受[[2次|s:2]]移植。",
            "**1.3 标本采集** 末次注射后[[2周|f:2,week]]和[[4周|f:4,week]]每组各处死6只，腹主动脉采血，ELISA法测定"
            "FSH、E2、AMH；取卵巢称重并行卵泡计数。",
            ("heading", "2 结果"),
            "末次注射后[[2周|f:2,week]]，仅高剂量组[[AMH高于模型组|h:AMH,inc#高剂量组]]（P<0.05）。末次注射后"
            "[[4周|f:4,week]]，高剂量组[[FSH|h:FSH,dec#高剂量组]]由（14.6±2.3）IU/L降至（8.9±1.8）IU/L，"
            "[[E2|h:E2,inc#高剂量组]]、[[AMH均明显升高|h:AMH,inc#高剂量组]]；中剂量组[[AMH升高|h:AMH,inc#中剂量组]]，"
            "[[FSH有所下降|h:FSH,dec#中剂量组]]但差异无统计学意义；低剂量组[[FSH|h:FSH,nc#低剂量组]]、"
            "[[E2|h:E2,nc#低剂量组]]、[[AMH与模型组相比均无明显变化|h:AMH,nc#低剂量组]]。",
            (
                "para",
                "王等^[8]对[[18例|n:18]]卵巢早衰患者[[外周静脉输注|r:iv]]自体[[BMSCs|c:bm]] "
                "[[1×10^{6}个/kg|d:1e6,cells/kg,-]]，治疗后[[6个月|f:6,month]][[FSH下降|h:FSH,dec]]，提示静脉途径"
                "在临床亦可行。本研究中，[[2×10^{6}个|d:2e6,cells,-@rat]]为大鼠体内有效剂量的较高水平，换算至人体"
                "尚需进一步研究。",
                None,
            ),
        ],
        notes=(
            "Rat study (species rat by default; the discussion paragraph is a clinical citation, no species, "
            "except the rat dose restated in its last sentence, marked @rat). Arms 低剂量组, 中剂量组, 高剂量组: "
            "each named with its head word and given its value one to one (分别); the dose values with arms in "
            "abstract and 1.2. 正常组 and 模型组 have no facts. Model: CTX 50 mg/kg on the first day then 8 "
            "mg/kg daily (daily dosing: no sessions; the first-day dose is no count either), ip, all model rats "
            "(no arm). Therapy: tail vein (iv; in 1.2 the three groups share it: no arm), 0.5 mL PBS each (均: no "
            "arm), '共注射2次' / '每只大鼠共接受2次移植' (2, every treated group: no arm); '第1天和第8天各注射1次' "
            "is a schedule ('各…1次' is no count of its own). Follow-up: killed 末次注射后2周和4周 (two facts, "
            "abstract and 1.3, 每组: no arm); results '末次注射后4周' (abstract and results, own clauses "
            "before the groups: no arm), '末次注射后2周，仅高剂量组…' (the time's clause ends at the comma: no "
            "arm); [8] 治疗后6个月. Traps: '造模后连续10 d', '造模结束后第1天和第8天' (times from the model), "
            "8周龄, 200~230 g, 4周龄 donor rats, 第3代, 60/12/48/6 rats. Hormones: 高剂量组 FSH dec, AMH/E2 "
            "inc (abstract, results), AMH higher at 2 weeks; 中剂量组 AMH inc, FSH '有所下降但差异无统计学意义' "
            "(a stated fall: dec, doubtful); 低剂量组 FSH/AMH nc (abstract), FSH/E2/AMH nc (results); [8] FSH "
            "dec (human)."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=22,
    ),
    # ------------------------------------------------------------------ 271
    RealText(
        id="zh_blind271_case_series_ucmsc_scaffold_intrauterine_thin_endometrium",
        lang="zh",
        kind="case",
        title="胶原支架负载[[脐带间充质干细胞|c:uc]]宫腔移植治疗宫腔粘连术后薄型子宫内膜[[3例|n:3]]",
        authors="司徒雨桐，闾丘明哲，央金拉姆",
        journal=_J,
        year=2024,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "**摘要** 报道宫腔粘连分离术后薄型子宫内膜患者[[3例|n:3]]，均接受胶原支架负载的人"
            "[[脐带间充质干细胞|c:uc]]（[[UC-MSCs|c:uc]]）宫腔内移植，每次[[1×10^{7}个|d:1e7,cells,injection]]"
            "细胞，根据内膜反应决定后续治疗。例1移植[[1次|s:1#例1]]后内膜厚度由5.1 mm增至7.4 mm，移植后第5个月"
            "冻胚移植妊娠；例2接受[[2次|s:2#例2]]移植，末次移植后第[[6个月|f:6,month#例2]]宫腔镜复查粘连未复发；"
            "例3内膜增长缓慢，至[[第3次|s:3#例3]]移植后方达7 mm。本组患者随访[[12~20个月|f:12,month]]，未见发热、"
            "感染等不良反应。"
        ),
        body=[
            ("heading", "1 病例资料"),
            "**例1** 32岁，G2P0，2次人工流产后月经量减少2年。宫腔镜诊断中度宫腔粘连（AFS评分6分），行粘连分离术，"
            "术后予人工周期治疗3个月，内膜最厚仅5.1 mm。2022年3月于月经干净后第3天在腹部超声监测下经宫颈置入"
            "负载[[UC-MSCs|c:uc#例1]] [[1×10^{7}个|d:1e7,cells,injection#例1]]的胶原支架，术后继续人工周期。"
            "移植[[1次|s:1#例1]]后内膜增至7.4 mm，移植后第5个月行冻胚移植，单胎妊娠，足月分娩。例1共随访"
            "[[14个月|f:14,month#例1]]。",
            "**例2** 36岁，G3P1，清宫术后闭经8个月，宫腔镜诊断重度宫腔粘连（AFS评分10分）。分离术后以同法移植"
            "[[UC-MSCs|c:uc#例2]]，每次[[1×10^{7}个|d:1e7,cells,injection#例2]]，[[两次|s:2#例2]]移植间隔3个月。"
            "末次移植后第[[6个月|f:6,month#例2]]宫腔镜复查，宫腔形态基本正常，内膜厚度6.8 mm，月经量较前增多。"
            "目前随访[[20个月|f:20,month#例2]]，尚未妊娠。",
            "**例3** 29岁，G1P0，子宫内膜结核治愈后内膜菲薄（4.3 mm），宫腔轻度粘连。首次移植"
            "[[UC-MSCs|c:uc#例3]] [[1×10^{7}个|d:1e7,cells,injection#例3]]后内膜增至5.2 mm，第2次移植后为6.1 mm，"
            "[[第3次|s:3#例3]]移植后达7.0 mm。治疗满[[1年|f:1,year#例3]]时内膜厚度维持在6.8~7.2 mm，拟行冻胚移植。",
            (
                "table",
                "表1 [[3例|n:3]]患者治疗前后子宫内膜厚度及随访情况",
                [
                    ["病例", "年龄（岁）", "AFS评分", "治疗前内膜（mm）", "末次移植后内膜（mm）", "随访（月）"],
                    ["例1", "32", "6", "5.1", "7.4", "[[14|f:14,month#例1]]"],
                    ["例2", "36", "10", "4.6", "6.8", "[[20|f:20,month#例2]]"],
                    ["例3", "29", "4", "4.3", "7.0", "[[12|f:12,month#例3]]"],
                ],
                [0.1, 0.14, 0.14, 0.2, 0.24, 0.18],
            ),
            ("heading", "2 讨论"),
            "薄型子宫内膜目前尚无公认有效的治疗方法。动物实验显示，[[UC-MSCs|c:uc@rat]]可促进大鼠受损内膜"
            "血管新生；Li等^[5]对[[26例|n:26]]宫腔粘连患者宫腔内移植胶原支架/[[UC-MSCs|c:uc]]，随访"
            "[[3个月|f:3,month]]，内膜厚度明显增加。本组例3至[[第3次|s:3#例3]]移植方见效，提示病因不同，所需移植"
            "次数可能不同。",
        ],
        notes=(
            "Case series of three women with thin endometrium after adhesiolysis (another condition, marked "
            "only where the contract has a value): intrauterine delivery has no route id (经宫颈置入, 宫腔内移植 "
            "not marked); endometrial thickness and menstrual volume are no contract hormones; 人工周期 (HRT, "
            "no values) no dose. Arms: 例1, 例2, 例3 (cases named by number), in the abstract clause by clause, "
            "each case paragraph and table rows. Sample: 3例 (title, abstract, table caption; '本组患者' the series, no arm), "
            "Li [5] 26例; 'G2P0' etc. no. Sessions: 例1 1次 (twice); 例2 2次 / 两次; 例3 '第3次移植' (no count of "
            "her sessions is stated anywhere, so the ordinal gives 3: abstract, paragraph, and the discussion's "
            "'例3至第3次移植方见效', its own sentence naming the case), '首次移植', '第2次移植' (ordinals below the stated count) no; '根据内膜反应决定后续"
            "治疗' no count. Dose: 1×10^7个 '每次' (per injection; abstract no arm, per case with arm). "
            "Follow-up: 例2 末次移植后第6个月 (abstract, paragraph), 随访20个月; 例1 随访14个月; 例3 治疗满1年时; "
            "table column 随访（月） 14/20/12 with arms; abstract '本组患者随访12~20个月' (range -> low end, no "
            "arm). Traps: '移植后第5个月行冻胚移植' (time to an event), '间隔3个月' (interval), "
            "'月经干净后第3天', '人工周期治疗3个月' (a course), '月经量减少2年', '闭经8个月' (history), ages, AFS "
            "scores, thicknesses in mm. Discussion: animal rat UC-MSCs (species rat); Li [5] 26例, uc, 3个月."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=22,
    ),
    # ------------------------------------------------------------------ 272
    RealText(
        id="zh_blind272_meta_msc_poi_routes_pooled_three_six_months",
        lang="zh",
        kind="review",
        title="[[间充质干细胞|c:msc]]移植治疗早发性卵巢功能不全疗效的meta分析",
        authors="呼延梓涵，申屠文静，迪丽娜尔·吐尔洪",
        journal=_J,
        year=2024,
        doi="",
        url="",
        licence=_LIC,
        abstract=(
            "**摘要：目的** 系统评价[[间充质干细胞|c:msc]]（[[MSCs|c:msc]]）移植治疗早发性卵巢功能不全（POI）的"
            "疗效。**方法** 检索中国知网、万方、PubMed、Embase及Cochrane图书馆，检索时限为建库至2024年3月，"
            "收集MSCs治疗POI的临床研究，采用RevMan 5.4软件进行meta分析。**结果** 共纳入13项研究，合计患者"
            "[[746例|n:746]]，其中随机对照试验5项（[[n=318|n:318]]）。随机效应模型合并结果显示，治疗后"
            "[[3个月|f:3,month]]患者[[FSH降低|h:FSH,dec]]〔MD=-12.4，95%CI（-16.8，-8.0）〕，"
            "[[E2升高|h:E2,inc]]；治疗后[[6个月|f:6,month]][[AMH升高|h:AMH,inc]]〔MD=0.19，95%CI（0.07，0.31）〕，"
            "[[AFC无明显变化|h:AFC,nc]]。亚组分析显示，[[卵巢内注射|r:io]]与[[经卵巢动脉移植|r:oa]]的"
            "[[FSH降幅|h:FSH,dec]]相近。**结论** [[MSCs|c:msc]]移植可[[降低POI患者FSH|h:FSH,dec]]、[[提高AMH|h:AMH,inc]]，但纳入研究质量"
            "偏低，需大样本随机对照试验进一步验证。"
        ),
        body=[
            ("heading", "1 资料与方法"),
            "**1.1 纳入与排除标准** 纳入标准：①研究对象为符合ESHRE诊断标准的POI患者；②干预措施为任何来源的"
            "[[MSCs|c:msc]]移植，给药途径不限；③报告治疗前后FSH、E2、AMH或AFC中至少1项。排除个案报道、"
            "样本量<10例的研究及动物实验。",
            "**1.2 文献筛选与资料提取** 初检文献2 386篇，去重及阅读题目、摘要后剩余64篇，阅读全文后最终纳入13项"
            "研究。由2名研究者独立提取研究设计、样本量、细胞类型、给药途径、剂量、移植次数及随访时间。",
            ("heading", "2 结果"),
            "**2.1 纳入研究特征** 13项研究共[[746例|n:746]]患者，各研究样本量12~146例。细胞类型为"
            "[[脐带MSCs|c:uc]] 7项、[[骨髓MSCs|c:bm]] 4项、[[经血干细胞|c:men]] 2项；给药途径为"
            "[[卵巢内注射|r:io]] 6项、[[经卵巢动脉介入|r:oa,ir]] 4项、[[外周静脉输注|r:iv]] 3项。局部注射剂量为每侧"
            "卵巢[[5×10^{6}~2×10^{7}个|d:5e6,cells,ovary,5e6,2e7]]，静脉输注多为"
            "[[1×10^{6}个/kg|d:1e6,cells/kg,-]]。9项研究为[[单次|s:1]]移植，4项为[[多次|s:-]]移植。随访时间为"
            "[[3~24个月|f:3,month]]。主要研究特征见表1。",
            (
                "table",
                "表1 纳入的随机对照试验基本特征",
                [
                    ["研究", "例数", "细胞", "途径", "移植次数", "随访（月）"],
                    ["Zhou 2019", "[[40|n:40]]", "[[脐带MSCs|c:uc]]", "[[卵巢动脉|r:oa]]", "[[1|s:1]]",
                     "[[12|f:12,month]]"],
                    ["Hassan 2020", "[[52|n:52]]", "[[骨髓MSCs|c:bm]]", "[[卵巢内|r:io]]", "[[1|s:1]]",
                     "[[6|f:6,month]]"],
                    ["Liu 2021", "[[60|n:60]]", "[[经血干细胞|c:men]]", "[[静脉|r:iv]]", "[[3|s:3]]",
                     "[[6|f:6,month]]"],
                    ["Marino 2022", "[[80|n:80]]", "[[脐带MSCs|c:uc]]", "[[卵巢内|r:io]]", "[[2|s:2]]",
                     "[[12|f:12,month]]"],
                    ["Chen 2023", "[[86|n:86]]", "[[脐带MSCs|c:uc]]", "[[卵巢动脉|r:oa]]", "[[2|s:2]]",
                     "[[12|f:12,month]]"],
                ],
                [0.2, 0.12, 0.2, 0.18, 0.14, 0.16],
            ),
            "**2.2 合并结果** 治疗后[[3个月|f:3,month]]，[[FSH较治疗前降低|h:FSH,dec]]（10项研究，MD=-12.4 IU/L），"
            "[[E2升高|h:E2,inc]]（8项研究）；治疗后[[6个月|f:6,month]]，[[AMH升高|h:AMH,inc]]（7项研究），而AFC"
            "[[差异无统计学意义|h:AFC,nc]]（5项研究）。亚组分析中，[[多次|s:-]]移植与[[单次|s:1]]移植的[[FSH降幅|h:FSH,dec]]差异"
            "无统计学意义（P=0.41）。以随机对照试验为限的敏感性分析结果与总体一致。",
            "**2.3 发表偏倚** FSH结局的漏斗图基本对称，Egger检验P=0.27。纳入研究中8项Jadad评分<3分，多数研究样本量"
            "<60例，且随访时间较短。",
        ],
        notes=(
            "Meta-analysis: facts of the included studies are facts of the document; no arms. Cell types: "
            "间充质干细胞 / MSCs (msc), 脐带MSCs, 骨髓MSCs, 经血干细胞. Sample: 746例 (abstract, 2.1), RCTs "
            "'n=318' (the women of the five trials: the sum of the table column), table 例数 40/52/60/80/86; "
            "not samples: 13项/5项/10项 studies, 2 386篇/64篇 records, '样本量<10例', '<60例' (bounds), "
            "'各研究样本量12~146例' (the range of study sizes, a bound), '样本量' (the variable). Sessions: "
            "单次 (1) and 多次 (null) in 2.1 and 2.2, table column; '移植次数' (variable) no. Dose ranges "
            "5×10^6~2×10^7个 per ovary (low), 1×10^6个/kg. Route: 卵巢内注射 io (abstract subgroup, 2.1), 经卵巢"
            "动脉移植 oa (abstract), 经卵巢动脉介入 oa+ir (2.1), 外周静脉输注 iv, table routes. Follow-up: "
            "治疗后3个月 and 治疗后6个月 (pooled, abstract and 2.2), 随访时间3~24个月 (range -> 3), table 随访 "
            "column; '随访时间较短' no value, '建库至2024年3月' (search period) no. Hormones: FSH dec, E2 inc, AMH "
            "inc, AFC nc (abstract and 2.2), subgroup 'FSH降幅相近' (the size of the falls: an FSH decrease, no "
            "arm; likewise 2.2 '多次移植与单次移植的FSH降幅差异无统计学意义': the falls are stated, their sizes "
            "compared); conclusion FSH dec, AMH inc."
        ),
        layout={"columns": 1, "font": "serif"},
        batch=22,
    ),
]
